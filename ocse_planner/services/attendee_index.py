"""Which attendee rows to show, in which order: pure Python, so a worker thread can do it.

The attendee list can hold 300,000 rows. Sorting or filtering them with a Python callback
per row on the UI thread froze the window for 30–140 ms per reload, click or keystroke.
Here the work is done over plain index lists, and shaped for a worker thread:

- every loop is cut into chunks of CHUNK rows; between chunks `check()` lets a newer
  request cancel this one, and the interpreter can hand the GIL back to the UI thread
  (a single C-level `sorted` or `map` over 300,000 rows would hold it for its whole run);
- inside a chunk the work runs in C (`sorted` with a precomputed key list, `map` +
  `compress` for the substring test), not in per-row Python code;
- sort keys are casefolded once per column and sorted chunks are merged with `heapq.merge`,
  which is stable, so the result equals one `sorted(..., reverse=descending)`.
"""

from __future__ import annotations

import heapq
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import compress, islice, repeat
from typing import Any

from ocse_planner.services.attendance_summary import AttendeeTuple

CHUNK = 20_000
SortSpec = tuple[int, bool]  # (column, descending)
Check = Callable[[], None]


def _no_check() -> None:
    return None


def search_texts(rows: Sequence[AttendeeTuple]) -> list[str]:
    """The casefolded text searched for each row (name, e-mail, organization, sector)."""
    return ["\x1f".join(str(v) for v in row[1:5] if v).casefold() for row in rows]


def sort_keys(rows: Sequence[AttendeeTuple], column: int) -> list[tuple[bool, Any]]:
    """One key per row: empty values last (ascending), text compared casefolded."""
    return [
        (True, "") if v is None else (False, v.casefold() if isinstance(v, str) else v)
        for v in (row[column] for row in rows)
    ]


def sorted_order(rows: Sequence[AttendeeTuple], sort: SortSpec, check: Check = _no_check) -> list[int]:
    """Row indices in the order of `sort`, computed chunk by chunk."""
    column, descending = sort
    get = sort_keys(rows, column).__getitem__
    count = len(rows)
    runs = []
    for start in range(0, count, CHUNK):
        check()
        runs.append(sorted(range(start, min(count, start + CHUNK)), key=get, reverse=descending))
    if len(runs) <= 1:
        return runs[0] if runs else []
    merged: list[int] = []
    stream = heapq.merge(*runs, key=get, reverse=descending)
    while batch := list(islice(stream, CHUNK)):
        check()
        merged.extend(batch)
    return merged


def matching(haystack: Sequence[str], needle: str, candidates: Sequence[int], check: Check = _no_check) -> list[int]:
    """The candidates (in their order) whose search text contains `needle`."""
    found: list[int] = []
    contains, pick = operator.contains, haystack.__getitem__
    for start in range(0, len(candidates), CHUNK):
        check()
        part = candidates[start:start + CHUNK]
        found.extend(compress(part, map(contains, map(pick, part), repeat(needle))))
    return found


@dataclass(frozen=True)
class AttendeeView:
    """What the list shows: `shown` indexes `rows`; `order` is the full sorted order (cached)."""

    needle: str
    sort: SortSpec | None
    order: list[int] | None  # None: the service's order
    shown: list[int]


def compute_view(
    rows: Sequence[AttendeeTuple],
    haystack: Sequence[str],
    needle: str,
    sort: SortSpec | None,
    *,
    order: list[int] | None = None,
    previous: AttendeeView | None = None,
    check: Check = _no_check,
) -> AttendeeView:
    """Rows shown for `needle` in the order of `sort`.

    `order` is a cached sorted order for `sort`; `previous` a view of the same rows and
    sort whose needle is part of this one (typing on): only its rows are searched again.
    """
    if sort is not None and order is None:
        order = sorted_order(rows, sort, check)
    if not needle:
        return AttendeeView(needle, sort, order, list(order) if order is not None else list(range(len(rows))))
    if previous is not None and previous.sort == sort and previous.needle and previous.needle in needle:
        candidates: Sequence[int] = previous.shown
    else:
        candidates = order if order is not None else range(len(rows))
    return AttendeeView(needle, sort, order, matching(haystack, needle, candidates, check))


@dataclass(frozen=True)
class PreparedAttendees:
    """Rows as loaded on a worker, with their search texts and the view asked for then."""

    rows: list[AttendeeTuple]
    haystack: list[str]
    view: AttendeeView


def prepare(
    rows: list[AttendeeTuple], needle: str, sort: SortSpec | None, check: Check = _no_check
) -> PreparedAttendees:
    haystack = search_texts(rows)
    return PreparedAttendees(rows, haystack, compute_view(rows, haystack, needle, sort, check=check))
