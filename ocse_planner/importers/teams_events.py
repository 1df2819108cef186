"""Teams' classic attendance list: one Joined/Left *event* per row.

The classic "Meeting Summary" download (UTF-16, tab-separated) has no
durations: each row is ``Full Name, User Action, Timestamp`` where the
action is "Joined", "Joined before" (already present when the list started)
or "Left".  Minutes therefore have to be computed by pairing the joins and
leaves of the same person (counted: someone on two devices joins twice and
leaves twice, and is present until the last leave).  A join that is never
followed by a leave means the person stayed until the end: the meeting end
time from the summary block is used, or else the last timestamp in the file,
which is what Teams itself does in its newer reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ocse_planner.services.errors import ValidationError

from .headers import section_title
from .layouts import HeaderMatch
from .limits import MAX_CELL_CHARS
from .models import Problem
from .rows import END_OF_TABLE, NON_ATTENDEE_ROLES, Segment
from .cleaning import TextCleaner
from .values import EMPTY_MARKERS, is_email, parse_datetime, quote

_SUMMARY_END_KEYS = ("meeting end time", "end time", "meeting end")
_SUMMARY_START_KEYS = ("meeting start time", "start time", "meeting start")


@dataclass
class _Person:
    row_number: int
    name: str | None
    email: str | None
    events: list[tuple[datetime, bool]] = field(default_factory=list)


class TeamsEventCollector:
    """Accumulate Joined/Left rows, then turn them into one segment per person."""

    def __init__(self, match: HeaderMatch, file: str, problems: list[Problem],
                 cleaner: TextCleaner | None = None) -> None:
        self._cleaner = cleaner or TextCleaner()
        idx = match.indexes
        self._i_name = idx["name"]  # the layout is recognised by its Full Name column
        self._i_email = idx.get("email", -1)
        self._i_action = idx["action"]
        self._i_time = idx["timestamp"]
        self._i_role = idx.get("role", -1)
        self._width = match.width
        self._column = match.column_name
        self._file = file
        self._problems = problems
        self._people: dict[str, _Person] = {}
        self._latest: datetime | None = None

    def add(self, row_number: int, cells: list[str]) -> object | None:
        """Record one row; return END_OF_TABLE at a section title, else None."""
        if not any(cells):
            return None
        if len(cells) < self._width:
            cells = cells + [""] * (self._width - len(cells))
        if section_title(cells) is not None:
            return END_OF_TABLE
        if self._i_role >= 0 and cells[self._i_role].strip().casefold() in NON_ATTENDEE_ROLES:
            return None
        for index, cell in enumerate(cells):
            if len(cell) > MAX_CELL_CHARS:
                self._problem(row_number, index, "this cell is {length:,} characters long; the limit is {limit:,}",
                              length=len(cell), limit=MAX_CELL_CHARS)
                return None

        ok = True
        name = self._cleaner.text(cells[self._i_name]).strip()
        name = None if name in EMPTY_MARKERS else name
        email = self._cleaner.email(cells[self._i_email].strip()) if self._i_email >= 0 else ""
        if email in EMPTY_MARKERS:
            email = None
        elif not is_email(email):
            self._problem(row_number, self._i_email, "{value} is not an e-mail address", value=quote(email))
            ok = False
        if name is None and email is None and ok:
            if not any(cell.strip() for cell in cells):
                return None
            self._problem(row_number, self._i_name, "this row has neither a name nor an e-mail address")
            ok = False

        action = cells[self._i_action].strip().casefold()
        is_join = action.startswith("join")
        if not is_join and not action.startswith(("left", "leave")):
            self._problem(row_number, self._i_action, "{value} is neither 'Joined' nor 'Left'",
                          value=quote(cells[self._i_action]))
            ok = False
        try:
            when = parse_datetime(cells[self._i_time])
        except ValidationError as exc:
            self._problem(row_number, self._i_time, exc.template, **exc.arguments)
            ok = False
        if not ok:
            return None

        key = email.casefold() if email else "\0" + " ".join(name.split()).casefold()  # type: ignore[union-attr]
        person = self._people.get(key)
        if person is None:
            person = self._people[key] = _Person(row_number, name, email)
        person.events.append((when, is_join))
        if self._latest is None or _later(when, self._latest):
            self._latest = when
        return None

    def segments(self, summary: dict[str, str]) -> list[Segment]:
        """Pair joins with leaves: one segment per time a person was present (at least one
        per person), in order of first appearance, for :mod:`.merge` to fold together.

        Joins and leaves are counted, so a person on two devices is present from the first
        join until the last of the devices has left.  A leave without a join means present
        since the meeting start (when the summary gives it, else for no known time); the
        merge counts time that overlaps once.
        """
        start = _summary_time(summary, _SUMMARY_START_KEYS)
        end = _summary_time(summary, _SUMMARY_END_KEYS) or self._latest
        result: list[Segment] = []
        for person in self._people.values():
            events = person.events
            try:
                events = sorted(events, key=lambda event: event[0])
            except TypeError:  # naive and aware timestamps mixed: keep file order
                pass
            spans: list[tuple[datetime | None, datetime | None]] = []
            opened: datetime | None = None
            devices = 0  # joins not yet matched by a leave
            for when, is_join in events:
                if is_join:
                    if devices == 0:
                        opened = when
                    devices += 1
                elif devices > 1:  # one device left, another is still there
                    devices -= 1
                else:
                    spans.append((opened if opened is not None else start, when))
                    opened, devices = None, 0
            if opened is not None:  # still there: until the end (if known); never no span
                spans.append((opened, end))
            row = (person.row_number, person.name, person.email, None, None, False, True)
            result.extend((*row, _seconds(began, ended), began, ended) for began, ended in spans)
        return result

    def _problem(self, row_number: int, index: int, template: str, **arguments: object) -> None:
        self._problems.append(Problem(self._file, row_number, self._column(index), template, arguments))


def _summary_time(summary: dict[str, str], keys: tuple[str, ...]) -> datetime | None:
    """The first summary value under one of *keys* (any case), read as a time.

    The keys come from preamble.extract_summary, already stripped of spaces and of a
    trailing colon."""
    for key, value in summary.items():
        if key.casefold() in keys:
            try:
                return parse_datetime(value)
            except ValidationError:
                return None
    return None


def _seconds(began: datetime | None, ended: datetime | None) -> float:
    try:
        return max(0.0, (ended - began).total_seconds())  # type: ignore[operator]
    except TypeError:  # a time not known, or one naive and one aware: no time
        return 0.0


def _later(a: datetime, b: datetime) -> bool:
    try:
        return a > b
    except TypeError:
        return False
