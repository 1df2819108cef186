"""Fold the segments of one person into a single AttendeeRow.

Zoom writes one row per join/leave: someone whose connection dropped twice
appears three times.  Counting them three times would inflate attendance
and, worse, create three contacts.  Segments are grouped by e-mail address
(case-insensitive), or by name (case- and space-insensitive) for people
without an address; the earliest join and latest leave are kept, and the
row number of the person's first appearance reported.

A person's minutes are the time they were present, not the sum of their
rows (:func:`present_seconds`): a rejoin after a gap adds up, but someone on
two devices at once (two overlapping rows) is counted once, so nobody
attends longer than they could have.  A row's own figure (Zoom's
"Time in Session", rounded up to the minute; Teams' in-meeting duration,
which leaves out gaps between its first join and last leave) is kept; only
the share of it that falls in time already counted for the person is taken
off, in proportion.  When the figures are the join-to-leave spans this is
exactly the union of the person's intervals.  A row without both times (a
report with only a duration column) cannot be placed in time: its minutes
are added, as the import cannot tell whether they overlapped.

The same rule is applied to every layout, so a person listed twice in an
Eventbrite export (two tickets) or a template is also reported once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from datetime import datetime

from .models import AttendeeRow
from .rows import Segment

_SEGMENT_FIELDS = 10  # a merged group has one more: its segments (merge_segment)


class SegmentMerger:
    """Accumulate segments; :meth:`rows` returns them merged, in first-seen order.

    ``groups`` is exposed so the parser's hot loop can do the common case
    (a person seen for the first time) without a method call per row; it
    must then follow :meth:`add`'s logic exactly, using :func:`person_key`
    and :func:`merge_segment`.
    """

    __slots__ = ("groups",)

    def __init__(self) -> None:
        self.groups: dict[str, Segment] = {}

    def add(self, segment: Segment) -> None:
        """Add one segment (a tuple, see :data:`.rows.Segment`)."""
        key = person_key(segment)
        group = self.groups.get(key)
        self.groups[key] = segment if group is None else merge_segment(group, segment)

    def rows(self) -> list[AttendeeRow]:
        """One AttendeeRow per person, minutes rounded to the nearest whole minute."""
        return _build_rows(self.groups.values())

    def __len__(self) -> int:
        return len(self.groups)


def person_key(segment: Segment) -> str:
    """E-mail (case-insensitive), else the name with spacing and case ignored."""
    email = segment[2]
    if email is not None:
        return email.casefold()
    return "\0" + " ".join(segment[1].split()).casefold()


def merge_segment(group: Segment, segment: Segment) -> Segment:
    """Return *group* and *segment* folded together: first non-empty texts,
    OR'ed flags, earliest join and latest leave.

    The time is worked out once all of a person's segments are in (they may come
    in any order): the merged group carries them in an eleventh field, a list it
    owns and extends in place (a copy per merge would be quadratic for someone
    listed thousands of times); its seconds field is unused until then.
    """
    if len(group) > _SEGMENT_FIELDS:
        parts = group[10]  # type: ignore[misc]
        parts.append(segment)
    else:
        parts = [group, segment]
    return (  # type: ignore[return-value]
        group[0],
        group[1] if group[1] is not None else segment[1],
        group[2] if group[2] is not None else segment[2],
        group[3] if group[3] is not None else segment[3],
        group[4] or segment[4] or (group[4] if group[4] is not None else segment[4]),
        group[5] or segment[5],
        group[6] or segment[6],
        None,
        _pick(group[8], segment[8], earliest=True),
        _pick(group[9], segment[9], earliest=False),
        parts,
    )


def present_seconds(segments: list[Segment]) -> float | None:
    """The time one person was present, from all their segments (see the module's doc).

    Segments with a join before their leave are swept in time order: each adds the
    share of its seconds that its span has after the latest leave seen so far (a
    nested one adds nothing; one after a gap, or touching the previous, adds all).
    The others add their seconds whole.  None when no segment has a time.  If the
    times cannot be compared (naive and time-zone-aware ones mixed), the seconds are
    summed as written.
    """
    placed = []
    loose = None  # seconds of segments that cannot be placed in time
    try:
        for segment in segments:
            seconds, join, leave = segment[7], segment[8], segment[9]
            if seconds is None:
                continue
            if join is not None and leave is not None and join < leave:
                placed.append((join, leave, seconds))
            else:
                loose = seconds if loose is None else loose + seconds
        if not placed:
            return loose
        placed.sort()
        present = 0.0
        reach = placed[0][0]  # counted up to here
        for join, leave, seconds in placed:
            if join >= reach:  # after a gap, or touching: all of it (the common case)
                present += seconds
                reach = leave
            elif leave > reach:
                present += seconds * ((leave - reach) / (leave - join))
                reach = leave
    except TypeError:
        return sum(s[7] for s in segments if s[7] is not None)
    return present if loose is None else present + loose


_ROW_FIELDS = ("row_number", "name", "email", "organization", "sector", "registered",
               "attended", "minutes_attended", "first_join", "last_leave")
if tuple(f.name for f in fields(AttendeeRow)) != _ROW_FIELDS:  # pragma: no cover
    raise RuntimeError("AttendeeRow changed: update merge._build_rows and _ROW_FIELDS")


def _build_rows(groups: Iterable[Segment]) -> list[AttendeeRow]:
    """Create AttendeeRows without running the frozen dataclass ``__init__``.

    A frozen ``__init__`` sets each field through ``object.__setattr__``,
    which made building the rows the single most expensive step of a large
    import (over 1 µs per row).  The values here are already validated, so
    the instance ``__dict__`` is filled directly; the result is an ordinary
    AttendeeRow (equality, hashing, repr and immutability are unchanged),
    and the check above fails loudly if the class gains or renames a field.
    """
    new = object.__new__
    cls = AttendeeRow
    result: list[AttendeeRow] = []
    append = result.append
    for g in groups:
        row = new(cls)
        d = row.__dict__
        d["row_number"] = g[0]
        d["name"] = g[1]
        d["email"] = g[2]
        d["organization"] = g[3]
        d["sector"] = g[4]
        d["registered"] = g[5]
        d["attended"] = g[6]
        seconds = g[7] if len(g) == _SEGMENT_FIELDS else present_seconds(g[10])  # type: ignore[misc]
        d["minutes_attended"] = int(seconds / 60.0 + 0.5) if seconds else 0
        d["first_join"] = g[8]
        d["last_leave"] = g[9]
        append(row)
    return result


def _pick(current: datetime | None, new: datetime | None, *, earliest: bool) -> datetime | None:
    if current is None:
        return new
    if new is None:
        return current
    try:
        if earliest:
            return new if new < current else current
        return new if new > current else current
    except TypeError:  # one naive, one aware: keep what we had
        return current
