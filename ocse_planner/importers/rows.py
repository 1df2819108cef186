"""Convert one table row into a validated *segment* (or into Problems).

A segment is one appearance of a person in the file: one Zoom join/leave
row, one Teams participant row, one Eventbrite ticket, one template line.
:mod:`.merge` later folds the segments of the same person together.

This is the hot loop of the importer (it runs once per row on files of
hundreds of thousands of rows), which explains the shape of the code: the
column indexes are bound once into a closure, segments are plain tuples
rather than objects or dicts, and helpers are only called off the common
path (an unusual value, a problem).  Validation never raises: every issue in a row becomes a
:class:`Problem` naming the row and the column as written in the file, and
the row is left out of the result.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import chain
from operator import itemgetter

from ocse_planner.services.errors import ValidationError

from .cleaning import TextCleaner
from .headers import section_title
from .layouts import HeaderMatch
from .limits import MAX_CELL_CHARS
from .models import Problem
from .values import (
    EMAIL_PATTERN,
    EMPTY_MARKERS,
    MAX_SECONDS,
    YES_NO,
    parse_datetime,
    parse_minutes,
    parse_yes_no,
    quote,
)

#: (row_number, name, email, organization, sector, registered, attended,
#:  seconds or None, first_join, last_leave).  A plain tuple: cheap to build,
#:  and untracked by the cyclic garbage collector once it holds only atoms.
Segment = tuple[int, str | None, str | None, str | None, str | None, bool, bool,
                float | None, datetime | None, datetime | None]

_DATE_MEMO_SIZE = 50_000

#: Returned by a converter when a section title ends the table (Zoom, Teams).
END_OF_TABLE = object()

#: Teams roles that are not audience members and are left out of the result
#: (English and French spellings; any other role, e.g. "Attendee", is kept).
NON_ATTENDEE_ROLES = frozenset({
    "organizer", "organiser", "co-organizer", "co-organiser", "presenter", "producer",
    "organisateur", "organisatrice", "co-organisateur", "co-organisatrice",
    "présentateur", "présentatrice", "producteur", "productrice",
})

_EVENTBRITE_STATUS = {"checked in": True, "attending": True}

Converter = Callable[[int, list[str]], "Segment | object | None"]


def make_converter(
    match: HeaderMatch, file: str, problems: list[Problem], check_lengths: bool,
    cleaner: TextCleaner | None = None,
) -> Converter:
    """Return ``convert(row_number, cells)`` for the table described by *match*.

    The converter returns a :data:`Segment`, ``None`` for a row that is
    skipped (blank, rejected with Problems, or a Teams organiser/presenter),
    or :data:`END_OF_TABLE`. With a *cleaner*, names, organizations, sectors and
    e-mails are cleaned (and counted); None means the file is known to need none.
    Non-ASCII e-mails are always put in canonical form (NFKC, invisible characters out).
    """
    idx = match.indexes
    i_name = idx.get("name", -1)
    i_first = idx.get("first_name", -1)
    i_last = idx.get("last_name", -1)
    i_email = idx.get("email", -1)
    i_upn = idx.get("upn", -1)
    i_org = idx.get("organization", -1)
    i_sector = idx.get("sector", -1)
    i_attended = idx.get("attended", -1)
    i_checked = idx.get("checked_in", -1)
    i_status = idx.get("status", -1)
    i_minutes = idx.get("minutes", -1)
    i_join = idx.get("join_time", -1)
    i_leave = idx.get("leave_time", -1)
    i_registered = idx.get("registered", -1)
    i_regtime = idx.get("registration_time", -1)
    i_approval = idx.get("approval_status", -1)
    i_role = idx.get("role", -1)

    variant = match.variant
    width = match.width
    sectioned = variant.sectioned
    split_name = i_first >= 0 or i_last >= 0
    attended_default = variant.attended_default
    registered_column = variant.registered == "column"
    registered_fixed = variant.registered != "never"  # "always" (and "column" default)
    registered_zoom = variant.registered == "zoom"
    column = match.column_name
    # never empty: parser._require_identity refuses a table without any of these columns
    identity_column = " / ".join(column(i) for i in (i_name, i_first, i_last, i_email) if i >= 0)
    empty = EMPTY_MARKERS
    padding = [""] * width
    text_indexes = tuple(i for i in (i_name, i_first, i_last, i_org, i_sector) if i >= 0)
    tidy = cleaner.text if cleaner is not None else None
    email_form = (cleaner or TextCleaner()).email
    email_ok = EMAIL_PATTERN.match
    yes_no = YES_NO.get

    # Join/leave times repeat a lot (a webinar lasts a couple of hours and
    # timestamps have one-second resolution), so parsed values are memoised
    # per file; the memo is bounded so a hostile file cannot grow it forever.
    # The empty markers are in it too (as None), so a block's column of times is read
    # with one `map` over the memo (`dates`) once its times have been seen.
    date_memo: dict[str, datetime | None] = dict.fromkeys(empty)
    seen_dates = date_memo.get
    known_date = date_memo.__getitem__

    def parse_date(value: str) -> datetime:
        parsed = parse_datetime(value)
        if len(date_memo) < _DATE_MEMO_SIZE:
            date_memo[value] = parsed
        return parsed

    def problem(row_number: int, index: int | None, template: str, **arguments: object) -> None:
        name = column(index) if index is not None else identity_column
        problems.append(Problem(file, row_number, name, template, arguments))

    def refused(row_number: int, index: int, error: ValidationError) -> None:
        problem(row_number, index, error.template, **error.arguments)

    def convert(row_number: int, cells: list[str]) -> Segment | object | None:
        # Written for speed: locals only, no helper calls for the common case.
        if len(cells) < width:
            if not any(cells):
                return None
            cells = cells + padding[len(cells):]
        if sectioned and not cells[-1] and section_title(cells) is not None:
            return END_OF_TABLE
        if check_lengths and max(map(len, cells)) > MAX_CELL_CHARS:
            for index, cell in enumerate(cells):
                if len(cell) > MAX_CELL_CHARS:
                    problem(row_number, index, "this cell is {length:,} characters long; the limit is {limit:,}",
                            length=len(cell), limit=MAX_CELL_CHARS)
            return None
        if i_role >= 0 and cells[i_role].strip().casefold() in NON_ATTENDEE_ROLES:
            return None
        if tidy is not None:
            for index in text_indexes:
                cells[index] = tidy(cells[index])

        ok = True
        # -- who ----------------------------------------------------------
        name = cells[i_name].strip() if i_name >= 0 else ""
        if split_name:
            first = cells[i_first].strip() if i_first >= 0 else ""
            last = cells[i_last].strip() if i_last >= 0 else ""
            if first in empty:
                first = ""
            if last in empty:
                last = ""
            if first or last:
                name = f"{first} {last}" if first and last else first or last
        if name in empty:
            name = None

        email = cells[i_email].strip() if i_email >= 0 else ""
        if tidy is not None or not email.isascii():
            email = email_form(email)
        if email in empty:
            email = None
            if i_upn >= 0:
                upn = email_form(cells[i_upn].strip())
                if email_ok(upn) is not None:
                    email = upn
        elif email_ok(email) is None:
            problem(row_number, i_email, "{value} is not an e-mail address", value=quote(email))
            ok = False

        if name is None and email is None and ok:
            if not any(cell.strip() for cell in cells):
                return None  # a row of blanks/spaces is a blank line
            problem(row_number, None, "this row has neither a name nor an e-mail address")
            ok = False

        organization = cells[i_org].strip() if i_org >= 0 else None
        if organization in empty:
            organization = None
        # None: the file has no sector field; "": it has one, left empty ("Not stated").
        sector = cells[i_sector].strip() if i_sector >= 0 else None
        if sector in empty:  # never None: None is no empty marker
            sector = ""

        # -- attendance -----------------------------------------------------
        attended = None
        if i_attended >= 0:
            value = cells[i_attended].strip()
            if value not in empty:
                attended = yes_no(value.casefold())
                if attended is None:
                    try:
                        attended = parse_yes_no(value)
                    except ValidationError as exc:
                        refused(row_number, i_attended, exc)
                        ok = False
        elif i_checked >= 0 or i_status >= 0:
            attended = _eventbrite_attended(cells, i_checked, i_status)

        seconds = None
        if i_minutes >= 0:
            value = cells[i_minutes].strip()
            if value not in empty:
                try:
                    seconds = float(value) * 60.0
                    if not 0.0 <= seconds <= MAX_SECONDS:  # negative, NaN, huge
                        raise ValueError
                except ValueError:
                    try:
                        seconds = parse_minutes(value)
                    except ValidationError as exc:
                        refused(row_number, i_minutes, exc)
                        ok = False

        join = leave = None
        if i_join >= 0:
            value = cells[i_join].strip()
            if value not in empty:
                join = seen_dates(value)
                if join is None:
                    try:
                        join = parse_date(value)
                    except ValidationError as exc:
                        refused(row_number, i_join, exc)
                        ok = False
        if i_leave >= 0:
            value = cells[i_leave].strip()
            if value not in empty:
                leave = seen_dates(value)
                if leave is None:
                    try:
                        leave = parse_date(value)
                    except ValidationError as exc:
                        refused(row_number, i_leave, exc)
                        ok = False

        registered = registered_fixed
        if registered_column:
            if i_registered >= 0:
                value = cells[i_registered].strip()
                if value not in empty:
                    try:
                        registered = parse_yes_no(value)
                    except ValidationError as exc:
                        refused(row_number, i_registered, exc)
                        ok = False
        elif registered_zoom:
            registered = attended is False or (
                i_regtime >= 0 and cells[i_regtime].strip() not in empty
            ) or (i_approval >= 0 and cells[i_approval].strip() not in empty)

        if not ok:
            return None

        if seconds is None and join is not None and leave is not None:
            seconds = _span_seconds(join, leave)
        if attended is None:
            if attended_default is None:
                attended = bool(seconds) or join is not None
            else:
                attended = attended_default
        return (row_number, name, email, organization, sector, registered, attended,
                seconds, join, leave)

    # --- many rows at once, column by column ------------------------------------------
    # The same conversion as `convert`, one field at a time over a block of rows: each
    # column goes through one comprehension (the loop runs in C) instead of the per-row
    # code's branches. Only for blocks whose every row takes `convert`'s common path; at
    # the first sign of anything else (a short or blank row, an over-long cell, a
    # section title, a value that is not plainly valid) it answers None and the block is
    # converted row by row, problems and all, as if this did not exist.
    plain_layout = i_role < 0 and i_upn < 0
    strip = str.strip

    def minutes_as_seconds(value: str) -> float | None:
        try:
            seconds = float(value) * 60.0
        except ValueError:
            return None
        return seconds if 0.0 <= seconds <= MAX_SECONDS else None

    def convert_block(numbers: list[int], block: list[list[str]]) -> list[Segment] | None:
        if not plain_layout or min(map(len, block)) < width:
            return None
        if check_lengths and max(map(len, chain.from_iterable(block))) > MAX_CELL_CHARS:
            return None
        if sectioned and not all(map(itemgetter(-1), block)) and any(
                not cells[-1] and section_title(cells) is not None for cells in block):
            return None
        if cleaner is None:
            return _block(numbers, block)
        cleaned_before = cleaner.count
        segments = _block(numbers, block)
        if segments is None:
            cleaner.count = cleaned_before  # counted again, row by row
        return segments

    def _block(numbers: list[int], block: list[list[str]]) -> list[Segment] | None:
        count = len(block)
        cleaned: dict[int, list[str]] = {}
        if tidy is not None:  # only a column with an unprintable character needs the cleaner
            for index in text_indexes:
                values = list(map(itemgetter(index), block))
                cleaned[index] = values if all(map(str.isprintable, values)) else list(map(tidy, values))

        stripped: dict[int, list[str]] = {}

        def texts(index: int) -> list[str]:
            """Column `index`, cleaned and stripped (all in C: map, itemgetter, str.strip); a
            column the file does not have (-1) reads as empty cells."""
            if index < 0:
                return [""] * count
            found = stripped.get(index)
            if found is None:
                values = cleaned.get(index)
                found = stripped[index] = list(map(strip, values if values is not None
                                                   else map(itemgetter(index), block)))
            return found

        def dates(index: int) -> list[datetime | None] | None:
            values = texts(index)
            try:
                return list(map(known_date, values))  # every value seen before (or empty)
            except KeyError:
                pass
            found: list[datetime | None] = []
            for value in values:
                when = None if value in empty else seen_dates(value)
                if when is None and value not in empty:
                    try:
                        when = parse_date(value)
                    except ValidationError:
                        return None
                found.append(when)
            return found

        names: list[str | None] = texts(i_name)  # type: ignore[assignment]
        if split_name:
            firsts = ["" if v in empty else v for v in texts(i_first)]
            lasts = ["" if v in empty else v for v in texts(i_last)]
            names = [(f"{first} {last}" if first and last else first or last) if first or last else name
                     for name, first, last in zip(names, firsts, lasts, strict=True)]
        names = [None if name in empty else name for name in names]

        emails: list[str | None] = texts(i_email)  # type: ignore[assignment]
        # email_form leaves a printable ASCII address as it is: only others need the call
        if not (all(map(str.isascii, emails)) and (tidy is None or all(map(str.isprintable, emails)))):
            emails = [email_form(e) if tidy is not None or not e.isascii() else e  # type: ignore[union-attr,arg-type]
                      for e in emails]
        emails = [None if e in empty else e for e in emails]
        if not all(map(email_ok, filter(None, emails))):
            return None
        if None in names and None in emails and any(
                n is None and e is None for n, e in zip(names, emails, strict=True)):
            return None  # a blank row, or one without name and e-mail

        organizations = [None if o in empty else o for o in texts(i_org)]
        sectors = ["" if v in empty else v for v in texts(i_sector)] if i_sector >= 0 else [None] * count

        attended: list[bool | None] = [None] * count
        if i_attended >= 0:
            written = texts(i_attended)
            attended = [None if v in empty else yes_no(v.casefold()) for v in written]
            if None in attended and any(a is None and v not in empty for a, v in zip(attended, written, strict=True)):
                return None  # a value only parse_yes_no reads, or refuses
        elif i_checked >= 0 or i_status >= 0:
            attended = [_eventbrite_attended(cells, i_checked, i_status) for cells in block]

        seconds: list[float | None] = [None] * count
        if i_minutes >= 0:
            written = texts(i_minutes)
            seconds = [None if v in empty else minutes_as_seconds(v) for v in written]
            if None in seconds and any(x is None and v not in empty for x, v in zip(seconds, written, strict=True)):
                return None  # a duration such as 1h 5m, or no number at all
        joins = dates(i_join)
        leaves = dates(i_leave)
        if joins is None or leaves is None:
            return None

        registered: list[bool] = [registered_fixed] * count
        if registered_column and i_registered >= 0:
            written = texts(i_registered)
            answers = [None if v in empty else yes_no(v.casefold()) for v in written]
            if any(a is None and v not in empty for a, v in zip(answers, written, strict=True)):
                return None
            registered = [registered_fixed if a is None else a for a in answers]
        elif registered_zoom:
            registered = [a is False or t not in empty or p not in empty
                          for a, t, p in zip(attended, texts(i_regtime), texts(i_approval), strict=True)]

        segments: list[Segment] = []
        for number, name, email, organization, sector, is_registered, was_there, spent, join, leave in zip(
                numbers, names, emails, organizations, sectors, registered, attended, seconds, joins, leaves,
                strict=True):
            if spent is None and join is not None and leave is not None:
                spent = _span_seconds(join, leave)
            if was_there is None:
                was_there = (bool(spent) or join is not None) if attended_default is None else attended_default
            segments.append((number, name, email, organization, sector, is_registered, was_there, spent, join,
                             leave))
        return segments

    convert.block = convert_block  # type: ignore[attr-defined]
    return convert


def _eventbrite_attended(cells: list[str], i_checked: int, i_status: int) -> bool:
    """Eventbrite: an explicit "Checked In" value wins, else the attendee status.

    "Checked In" and "Attending" statuses count as attended (as the product
    brief asks); "Not Attending", refunds and cancellations do not.
    """
    if i_checked >= 0:
        value = cells[i_checked].strip()
        if value:
            try:
                return parse_yes_no(value)
            except ValidationError:
                pass  # fall back on the status column (an empty marker such as "--" too)
    if i_status >= 0:
        return _EVENTBRITE_STATUS.get(cells[i_status].strip().casefold(), False)
    return False


def _span_seconds(join: datetime, leave: datetime) -> float | None:
    try:
        return max(0.0, (leave - join).total_seconds())
    except TypeError:  # one naive, one aware: no honest answer
        return None
