"""Plain data produced by the parsing layer.

These types are deliberately free of Qt and database concerns: the storage
layer decides how to match people to existing contacts, and the UI decides
how to display problems.  The parser only promises that every row in
``ParsedReport.rows`` passed validation and that every rejected row has at
least one :class:`Problem` with the row number a spreadsheet would show.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from ocse_planner.services.errors import render


@dataclass(frozen=True)
class AttendeeRow:
    """One person from one report, after merging their join/leave segments.

    ``row_number`` is the first row where the person appears (1-based, as a
    spreadsheet shows it).  ``email`` is stripped but its case is kept: a
    later layer normalises it, and keeping it untouched here makes problems
    easy to find in the source file.  ``minutes_attended`` is the sum over
    all segments, rounded to whole minutes; ``first_join``/``last_leave``
    are naive or timezone-aware exactly as the file wrote them.  ``sector`` is
    None when the file has no sector field and ``""`` when it has one left
    empty (the person did not state a sector).

    (No ``slots=True``: :mod:`.merge` builds large batches of rows by
    filling ``__dict__`` directly, about four times faster than the frozen
    ``__init__``; see ``merge._build_rows``.)
    """

    row_number: int
    name: str | None
    email: str | None
    organization: str | None
    sector: str | None
    registered: bool
    attended: bool
    minutes_attended: int
    first_join: datetime | None
    last_leave: datetime | None


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one row (or, with ``row=None``, with the whole file).

    ``column`` is the header text as written in the file, so the organiser
    can find the cell; it is None when the problem is not about one column.
    ``template`` and ``arguments`` make the message, filled in when it is
    shown (services/errors.py), so the list can be read in the user's language.
    """

    file: str
    row: int | None
    column: str | None
    template: str
    arguments: Mapping[str, object] = field(default_factory=dict)

    def message(self) -> str:
        return render(self.template, self.arguments)


@dataclass
class ParsedReport:
    """Result of parsing one file.

    ``layout`` is one of ``"zoom"``, ``"teams"``, ``"eventbrite"``,
    ``"template"`` or ``"mapped"``.  ``encoding`` is the text encoding that
    was detected (``"utf-8"``, ``"utf-8-sig"``, ``"utf-16-le"``,
    ``"utf-16-be"``, ``"cp1252"``...) or ``"xlsx"`` for workbooks, whose XML
    declares its own encoding.

    ``header_row`` and ``summary`` are extras for the storage layer:
    the 1-based row of the column headers, and the key/value facts found
    above the table (Zoom's Topic / Webinar ID / Actual Start Time, Teams'
    Meeting Title / Start Time...), which help match a report to a session.
    """

    file: str
    layout: str
    rows: list[AttendeeRow]
    problems: list[Problem]
    encoding: str
    header_row: int | None = None
    summary: dict[str, str] = field(default_factory=dict)
    #: Values (names, organizations, sectors, e-mails) that held control characters,
    #: tabs or line breaks: those were removed or made spaces (services/text.py).
    cleaned_values: int = 0
