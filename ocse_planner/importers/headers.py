"""Header-row helpers: normalisation, signatures, section titles, best guesses.

Platforms change capitalisation and spacing between versions ("In-Meeting
Duration" vs "In-meeting duration"), Excel adds BOMs and stray spaces, so
headers are compared in a normalised form: BOM removed, whitespace collapsed,
case folded.  The same normalisation feeds :func:`header_signature`, so a
column mapping remembered for one export still applies to the next export of
the same platform.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from itertools import islice

from .values import is_email

_SECTION_NUMBERED = re.compile(r"\d{1,2}\s*[.)]\s*\S")

#: Section titles that start or end a table in Zoom and Teams reports (besides numbered
#: ones and those ending in "details": Zoom's attendee, host, panelist, other details).
KNOWN_SECTION_TITLES = frozenset(
    {
        "attendee report", "registration report", "other attended", "meeting summary",
        "summary", "participants", "in-meeting activities", "activities",
    }
)


def normalize_header(text: str) -> str:
    """``'\\ufeff  In-Meeting  Duration '`` → ``'in-meeting duration'``."""
    return " ".join(text.replace("\ufeff", "").split()).casefold()


def header_signature(headers: Iterable[str]) -> str:
    """Stable key for remembering a column mapping for a given set of headers.

    Order-independent (a platform that reorders columns keeps its mapping),
    insensitive to case, spacing and a BOM, and blind to empty header cells.
    The value is an opaque, fixed-length string safe to store in settings.
    """
    names = sorted({normalize_header(h) for h in headers if h is not None} - {""})
    digest = hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()
    return f"hdr1-{digest[:32]}"


def section_title(cells: Sequence[str]) -> str | None:
    """Return the normalised title if *cells* is a lone section-title row.

    A title row has a single non-empty cell, in the first column, that is a
    known title, a numbered heading (``2. Participants``) or ends with
    "details" (Zoom's "Attendee Details", "Panelist Details", ...).
    """
    if not cells:
        return None
    first = cells[0].strip()
    if not first:
        return None
    for cell in islice(cells, 1, None):
        if cell and not cell.isspace():
            return None
    title = normalize_header(first).rstrip(":,")
    if (
        title in KNOWN_SECTION_TITLES
        or title.endswith("details")
        or _SECTION_NUMBERED.match(title) is not None
    ):
        return title
    return None


def trimmed(cells: Sequence[str]) -> list[str]:
    """Headers as the file wrote them, stripped, without trailing empty cells."""
    out = [cell.replace("\ufeff", "").strip() for cell in cells]
    while out and not out[-1]:
        out.pop()
    return out


def guess_header(candidates: Sequence[tuple[int, list[str]]]) -> tuple[int | None, list[str]]:
    """Best guess at the header row among the first non-blank rows.

    The header of a plain table is its widest early row; preamble lines
    ("Attendee Report", "Meeting Summary") are narrower, so the first row with
    the most non-empty cells wins.
    """
    best_row: int | None = None
    best: list[str] = []
    best_width = 0
    for number, cells in candidates:
        width = sum(1 for cell in cells if cell.strip())
        if width > best_width:
            best_row, best, best_width = number, trimmed(cells), width
    return best_row, best


def looks_like_data(cells: Sequence[str]) -> bool:
    """True when a supposed header row already holds an e-mail address."""
    return any(is_email(cell.strip()) for cell in cells if "@" in cell)
