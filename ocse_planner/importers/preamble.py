"""Facts written above the attendee table (meeting title, start time, webinar ID...).

They are not attendees, but they say *which* session a report belongs to,
and Teams' classic list needs the meeting end time to close the segments of
people who never "Left".  Two shapes occur:

* key/value rows (Teams: ``Meeting Title<TAB>Weekly sync``; Zoom:
  ``Report Generated:,"Apr 09, 2020 8:50 PM"``);
* a header row followed by one row of values (Zoom: ``Topic,Webinar ID,
  Actual Start Time,...`` then the values).
"""

from __future__ import annotations

from .headers import normalize_header

_BLOCK_HEADERS = frozenset({"topic", "meeting id", "webinar id"})
_MAX_ROWS = 60
_MAX_VALUE = 500


def extract_summary(preamble: list[list[str]]) -> dict[str, str]:
    """Return ``{key as written: value}`` for the facts found in *preamble*."""
    summary: dict[str, str] = {}
    rows = preamble[:_MAX_ROWS]
    i = 0
    while i < len(rows):
        cells = [cell.strip() for cell in rows[i]]
        filled = [cell for cell in cells if cell]
        if filled and normalize_header(filled[0]).rstrip(":") in _BLOCK_HEADERS and i + 1 < len(rows):
            for key, value in zip(cells, rows[i + 1]):
                _put(summary, key, value)
            i += 2
            continue
        if len(filled) == 2:
            _put(summary, filled[0], filled[1])
        i += 1
    return summary


def _put(summary: dict[str, str], key: str, value: str) -> None:
    """Keep one fact; `key` comes stripped (a cell of `cells`), `value` may not."""
    key = key.rstrip(":").strip()
    value = value.strip()
    if key and value and len(key) <= _MAX_VALUE:
        summary.setdefault(key, value[:_MAX_VALUE])
