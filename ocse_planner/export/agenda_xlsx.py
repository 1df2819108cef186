"""The agenda workbook: a cover sheet for the series and one sheet per webinar.

It goes to partners and presenters, so it is laid out to be read and printed: title rows,
the running agenda with clock times in Eastern time (Pacific beside it), presenters as an
agenda credits them, and page set-up that prints each webinar on pages one sheet wide.

What it may say follows services/credits.py: only confirmed presenters are named, others
are "to be confirmed" (or left out, an option), declined and withdrawn never appear, and
carried-over titles are marked. Overlaps and gaps of an agenda are printed above its table
and noted on the rows they concern.

An internal copy lists every booking with its status and says "INTERNAL — not for
distribution" on every sheet and in the header and footer of every printed page; a
release number adds the changes since.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from ocse_planner.db.enums import AgendaItemKind
from ocse_planner.export import styles as st
from ocse_planner.export.atomic import write_atomically
from ocse_planner.export.cells import put_row, put_text, put_value, sheet_title
from ocse_planner.export.wording import clock, label, long_date, time_with_pacific
from ocse_planner.services.agenda import AgendaItem, WebinarAgenda
from ocse_planner.services.credits import PendingPresenters, public_credit, public_title
from ocse_planner.services.releases import AgendaChange, ReleaseInfo, changes_since
from ocse_planner.services.series_outline import SeriesOutline, WebinarOutline, series_outline
from ocse_planner.services.text import for_xml
from ocse_planner.services.time_format import crosses_offset_change

AGENDA_HEADERS = ["Time", "Until", "Item", "Presenters"]
INTERNAL_MARKING = "INTERNAL — not for distribution"


@dataclass(frozen=True)
class AgendaOptions:
    internal: bool = False  # every booking with its status; marked as not for distribution
    changes_since: int | None = None  # add a "Changes since release N" sheet
    pending: PendingPresenters = PendingPresenters.MARKER  # unconfirmed presenters: marker or left out


@dataclass(frozen=True)
class AgendaExport:
    outline: SeriesOutline
    options: AgendaOptions
    exported: date
    release: ReleaseInfo | None = None
    changes: tuple[AgendaChange, ...] = ()


def gather_agenda(session: Session, series_id: int, options: AgendaOptions | None = None,
                  exported: date | None = None) -> AgendaExport:
    """Everything the workbook shows, read in the caller's session."""
    options = options or AgendaOptions()
    release, changes = None, ()
    if options.changes_since is not None:
        release, found = changes_since(session, series_id, options.changes_since)
        changes = tuple(found)
    return AgendaExport(series_outline(session, series_id), options, exported or date.today(), release, changes)


def build_agenda_workbook(data: AgendaExport) -> Workbook:
    wb = Workbook()
    st.register_styles(wb)
    taken: set[str] = set()
    cover = wb.active
    cover.title = sheet_title("Series", taken)
    _cover(cover, data)
    for webinar in data.outline.webinars:
        ws = wb.create_sheet(sheet_title(f"Webinar {webinar.number}", taken))
        _webinar_sheet(ws, webinar, data)
    if data.release is not None:
        ws = wb.create_sheet(sheet_title(f"Changes since release {data.release.number}", taken))
        _changes_sheet(ws, data)
    if data.options.internal:
        for ws in wb.worksheets:
            ws.sheet_properties.tabColor = "C00000"
    return wb


def _marking(data: AgendaExport) -> str | None:
    return INTERNAL_MARKING if data.options.internal else None


def _top(ws: Worksheet, data: AgendaExport, columns: int) -> int:
    """The internal copy's banner on the first row; the first row for the content."""
    if not data.options.internal:
        return 1
    put_text(ws, 1, 1, INTERNAL_MARKING, st.WARNING)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    ws.row_dimensions[1].height = 20
    return 2


def write_agenda(path: Path | str, data: AgendaExport) -> Path:
    wb = build_agenda_workbook(data)
    return write_atomically(path, lambda tmp: wb.save(tmp))


def export_agenda(session: Session, series_id: int, path: Path | str,
                  options: AgendaOptions | None = None) -> Path:
    return write_agenda(path, gather_agenda(session, series_id, options))


def _series_heading(outline: SeriesOutline) -> str:
    return f"{outline.title} — {outline.year} webinar series"


def _cover(ws: Worksheet, data: AgendaExport) -> None:
    outline = data.outline
    top = _top(ws, data, 5)
    put_text(ws, top, 1, _series_heading(outline), st.TITLE)
    ws.row_dimensions[top].height = 24
    row = top + 2
    facts = [
        ("Host", outline.host.label if outline.host else ""),
        ("Programme", outline.programme or ""),
        ("Year", str(outline.year)),
    ]
    for name, value in facts:
        put_value(ws, row, 1, name, st.LABEL)
        put_value(ws, row, 2, value, st.BODY)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
        row += 1
    if outline.objectives:
        put_value(ws, row, 1, "Objectives", st.LABEL)
        for objective in outline.objectives:
            put_text(ws, row, 2, f"• {objective}", st.BODY)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
            row += 1
    row += 1
    put_text(ws, row, 1, "Webinars", st.SUBTITLE)
    row += 1
    header = row
    put_row(ws, header, ["No.", "Title", "Date", "Time", "Co-hosting partner"], st.HEADER)
    for webinar in outline.webinars:
        row += 1
        put_text(ws, row, 1, str(webinar.number), st.BODY)
        put_text(ws, row, 2, webinar.title, st.BODY)
        put_text(ws, row, 3, long_date(webinar.starts_at, webinar.time_zone), st.BODY)
        put_text(ws, row, 4, time_with_pacific(webinar.starts_at, webinar.duration_minutes, webinar.time_zone), st.BODY)
        put_text(ws, row, 5, webinar.co_host_labels, st.BODY)
    if outline.webinars:
        _table(ws, f"Webinars{outline.id}", header, row, 5)
    st.set_widths(ws, {"A": 14, "B": 60, "C": 26, "D": 30, "E": 36})
    st.fit_row_heights(ws, top + 2, row)
    st.print_setup(ws, title=_series_heading(outline), header_rows=(header, header), exported=data.exported,
                   marking=_marking(data))


def _row_note(item: AgendaItem) -> str:
    notes = []
    if item.overlap_minutes:
        notes.append(f"Overlaps the previous item by {item.overlap_minutes} minutes")
    if item.gap_minutes:
        notes.append(f"Starts {item.gap_minutes} minutes after the previous item ends" if item.position > 1
                     else f"Starts {item.gap_minutes} minutes after the webinar begins")
    return "; ".join(notes)


def _item_title(item: AgendaItem) -> str:
    title = public_title(item.title, item.placeholder)
    if item.kind != AgendaItemKind.PRESENTATION and item.title.strip().lower() != label(item.kind).lower():
        title = f"{title} ({label(item.kind)})"
    return title


def _presenters(item: AgendaItem, options: AgendaOptions) -> tuple[str, str]:
    """(presenter lines, status lines): every booking in the internal copy, else the credit rule."""
    if options.internal:
        return "\n".join(p.credit for p in item.presenters), "\n".join(label(p.status) for p in item.presenters)
    credit = public_credit(item.presenters, options.pending,
                           needs_presenter=item.kind == AgendaItemKind.PRESENTATION)
    return "\n".join(credit.lines(lambda p: p.credit)), ""


def _times(agenda: WebinarAgenda, item: AgendaItem) -> tuple[str, str]:
    """Clock times of a row; each with its zone abbreviation when the webinar crosses a
    daylight-saving change, so that no row reads as the wrong length."""
    if item.starts_at is None or item.ends_at is None:
        return f"+{item.offset_minutes} min", f"+{item.offset_minutes + item.duration_minutes} min"
    zoned = (agenda.starts_at is not None and agenda.ends_at is not None
             and crosses_offset_change(agenda.starts_at, max(agenda.ends_at, item.ends_at), agenda.time_zone))
    return (clock(item.starts_at, agenda.time_zone, with_zone=zoned),
            clock(item.ends_at, agenda.time_zone, with_zone=zoned))


def _webinar_sheet(ws: Worksheet, webinar: WebinarOutline, data: AgendaExport) -> None:
    zone, agenda, options = webinar.time_zone, webinar.agenda, data.options
    notes = {item.id: _row_note(item) for item in agenda.items}
    headers = AGENDA_HEADERS + (["Note"] if any(notes.values()) else [])
    headers += ["Booking status"] if options.internal else []
    top = _top(ws, data, len(headers))
    put_text(ws, top, 1, f"Webinar {webinar.number}: {webinar.title}", st.TITLE)
    ws.row_dimensions[top].height = 24
    put_text(ws, top + 1, 1, _series_heading(data.outline), st.NOTE)
    facts = [
        ("Date", long_date(webinar.starts_at, zone)),
        ("Time", time_with_pacific(webinar.starts_at, webinar.duration_minutes, zone)),
        ("In collaboration with", webinar.co_host_labels or "—"),
        ("Platform", ", ".join(x for x in (webinar.platform, webinar.link) if x) or "To be announced"),
    ]
    row = top + 3
    for name, value in facts:
        put_text(ws, row, 1, name, st.LABEL)
        put_text(ws, row, 2, value, st.BODY)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        row += 1
    if webinar.link:
        ws.cell(row=row - 1, column=2).hyperlink = for_xml(webinar.link)
    warnings = [issue.message() for issue in agenda.timing]
    if agenda.overrun_minutes:
        warnings.insert(0, f"The agenda runs {agenda.overrun_minutes} minutes past the end of the webinar.")
    for text in warnings:
        put_text(ws, row, 1, text, st.WARNING)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(headers))
        row += 1
    header = row + 1
    put_row(ws, header, headers, st.HEADER)
    row = header
    for item in agenda.items:
        row += 1
        start, end = _times(agenda, item)
        presenters, statuses = _presenters(item, options)
        put_text(ws, row, 1, start, st.BODY)
        put_text(ws, row, 2, end, st.BODY)
        put_text(ws, row, 3, _item_title(item), st.BODY)
        put_text(ws, row, 4, presenters, st.BODY)
        column = 5
        if "Note" in headers:
            put_text(ws, row, column, notes[item.id], st.WARNING if notes[item.id] else st.BODY)
            column += 1
        if options.internal:
            put_text(ws, row, column, statuses, st.BODY)
    if row > header:
        _table(ws, f"Agenda{webinar.number}", header, row, len(headers))
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    widths = {"A": 22, "B": 14, "C": 50, "D": 70}
    for index, name in enumerate(headers[4:], start=5):
        widths[chr(ord("A") + index - 1)] = 28 if name == "Note" else 16
    st.set_widths(ws, widths)
    st.fit_row_heights(ws, top + 3, row)
    st.print_setup(ws, title=f"Webinar {webinar.number}: {webinar.title}", header_rows=(header, header),
                   exported=data.exported, marking=_marking(data))


def _changes_sheet(ws: Worksheet, data: AgendaExport) -> None:
    release = data.release
    assert release is not None
    top = _top(ws, data, 5)
    put_text(ws, top, 1, f"Changes since agenda release {release.number}", st.TITLE)
    ws.row_dimensions[top].height = 24
    note = f" — {release.note}" if release.note else ""
    put_text(ws, top + 1, 1, f"Release {release.number} of {release.released_at:%Y-%m-%d}{note}", st.NOTE)
    header = top + 3
    put_row(ws, header, ["Webinar", "Change", "Presentation", "Before", "Now"], st.HEADER)
    row = header
    kinds = {"added": "Added", "removed": "Removed", "moved": "Moved", "retitled": "Retitled",
             "presenters": "Presenters changed"}
    for change in data.changes:
        row += 1
        put_text(ws, row, 1, str(change.webinar_number), st.BODY)
        put_text(ws, row, 2, kinds[change.kind], st.BODY)
        put_text(ws, row, 3, change.title, st.BODY)
        put_text(ws, row, 4, change.before, st.BODY)
        put_text(ws, row, 5, change.after, st.BODY)
    if row == header:
        put_text(ws, row + 1, 1, "No changes: the agendas are as released.", st.NOTE)
    else:
        _table(ws, "Changes", header, row, 5)
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    st.set_widths(ws, {"A": 10, "B": 20, "C": 55, "D": 40, "E": 40})
    st.fit_row_heights(ws, header + 1, row)
    st.print_setup(ws, title=ws.title, header_rows=(header, header), exported=data.exported,
                   marking=_marking(data))


def _table(ws: Worksheet, name: str, first_row: int, last_row: int, columns: int) -> None:
    """A filterable Excel table over a header row and its data rows."""
    from openpyxl.utils import get_column_letter

    ref = f"A{first_row}:{get_column_letter(columns)}{last_row}"
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(table)
