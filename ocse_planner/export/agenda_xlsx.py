"""The agenda workbook: a cover sheet for the series and one sheet per webinar.

It goes to partners and presenters, so it is laid out to be read and printed: title rows,
the running agenda with clock times in Eastern time (Pacific beside it), presenters as an
agenda credits them, and page set-up that prints each webinar on pages one sheet wide.
An internal copy lists every booking with its status and says "INTERNAL — not for
distribution" on the first row of every sheet and in the header and footer of every
printed page, with red sheet tabs; a release number adds the changes since. What the
sheets say comes from `agenda_content.py`, which the PDF agenda prints too.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from ocse_planner.export import agenda_content as content
from ocse_planner.export import styles as st
from ocse_planner.export.agenda_content import INTERNAL_MARKING, AgendaExport, AgendaOptions, gather_agenda
from ocse_planner.export.atomic import write_atomically
from ocse_planner.export.cells import put_row, put_text, put_value, sheet_title
from ocse_planner.services.series_outline import WebinarOutline
from ocse_planner.services.text import for_xml

__all__ = ["INTERNAL_MARKING", "AgendaExport", "AgendaOptions", "build_agenda_workbook", "export_agenda",
           "gather_agenda", "write_agenda"]


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


def _top(ws: Worksheet, data: AgendaExport, columns: int) -> int:
    """The internal copy's banner on the first row; the row the content starts on."""
    marking = content.marking(data.options)
    if marking is None:
        return 1
    put_text(ws, 1, 1, marking, st.WARNING)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    ws.row_dimensions[1].height = 20
    return 2


def write_agenda(path: Path | str, data: AgendaExport) -> Path:
    wb = build_agenda_workbook(data)
    return write_atomically(path, lambda tmp: wb.save(tmp))


def export_agenda(session: Session, series_id: int, path: Path | str,
                  options: AgendaOptions | None = None) -> Path:
    return write_agenda(path, gather_agenda(session, series_id, options))


def _cover(ws: Worksheet, data: AgendaExport) -> None:
    outline = data.outline
    top = _top(ws, data, 5)
    put_text(ws, top, 1, content.series_heading(outline), st.TITLE)
    ws.row_dimensions[top].height = 24
    row = top + 2
    for name, value in content.cover_facts(outline):
        put_value(ws, row, 1, name, st.LABEL)
        put_value(ws, row, 2, value, st.BODY)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
        row += 1
    objectives = content.cover_objectives(outline)
    if objectives:
        put_value(ws, row, 1, "Objectives", st.LABEL)
        for objective in objectives:
            put_text(ws, row, 2, objective, st.BODY)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
            row += 1
    row += 1
    put_text(ws, row, 1, "Webinars", st.SUBTITLE)
    row += 1
    header = row
    put_row(ws, header, content.COVER_HEADERS, st.HEADER)
    for values in content.cover_rows(outline):
        row += 1
        for column, value in enumerate(values, start=1):
            put_text(ws, row, column, value, st.BODY)
    if outline.webinars:
        _table(ws, f"Webinars{outline.id}", header, row, 5)
    st.set_widths(ws, {"A": 14, "B": 60, "C": 26, "D": 30, "E": 36})
    st.fit_row_heights(ws, top + 2, row)
    st.print_setup(ws, title=content.series_heading(outline), header_rows=(header, header),
                   exported=data.exported, marking=content.marking(data.options))


def _webinar_sheet(ws: Worksheet, webinar: WebinarOutline, data: AgendaExport) -> None:
    headers = content.agenda_headers(webinar, data.options)
    top = _top(ws, data, len(headers))
    put_text(ws, top, 1, content.webinar_heading(webinar), st.TITLE)
    ws.row_dimensions[top].height = 24
    put_text(ws, top + 1, 1, content.series_heading(data.outline), st.NOTE)
    row = top + 3
    for name, value in content.webinar_facts(webinar):
        put_text(ws, row, 1, name, st.LABEL)
        put_text(ws, row, 2, value, st.BODY)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        row += 1
    if webinar.link:
        ws.cell(row=row - 1, column=2).hyperlink = for_xml(webinar.link)
    for warning in content.warning_lines(webinar):
        put_text(ws, row, 1, warning, st.WARNING)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(headers))
        row += 1
    header = row + 1
    put_row(ws, header, headers, st.HEADER)
    row = header
    note = headers.index(content.NOTE_HEADER) + 1 if content.NOTE_HEADER in headers else None
    for values in content.agenda_rows(webinar, data.options):
        row += 1
        for column, value in enumerate(values, start=1):
            put_text(ws, row, column, value, st.WARNING if column == note and value else st.BODY)
    if row > header:
        _table(ws, f"Agenda{webinar.number}", header, row, len(headers))
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    widths = {"A": 16, "B": 16, "C": 50, "D": 70}
    for letter, name in zip("EF", headers[4:], strict=False):
        widths[letter] = 28 if name == content.NOTE_HEADER else 16
    st.set_widths(ws, widths)
    st.fit_row_heights(ws, top + 3, row)
    st.print_setup(ws, title=content.webinar_heading(webinar), header_rows=(header, header),
                   exported=data.exported, marking=content.marking(data.options))


def _changes_sheet(ws: Worksheet, data: AgendaExport) -> None:
    release = data.release
    assert release is not None
    top = _top(ws, data, 5)
    put_text(ws, top, 1, content.changes_heading(release), st.TITLE)
    ws.row_dimensions[top].height = 24
    put_text(ws, top + 1, 1, content.release_line(release), st.NOTE)
    header = top + 3
    put_row(ws, header, content.CHANGE_HEADERS, st.HEADER)
    row = header
    for values in content.change_rows(data.changes):
        row += 1
        for column, value in enumerate(values, start=1):
            put_text(ws, row, column, value, st.BODY)
    if row == header:
        put_text(ws, row + 1, 1, content.NO_CHANGES, st.NOTE)
    else:
        _table(ws, "Changes", header, row, 5)
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    st.set_widths(ws, {"A": 10, "B": 20, "C": 55, "D": 40, "E": 40})
    st.fit_row_heights(ws, header + 1, row)
    st.print_setup(ws, title=ws.title, header_rows=(header, header), exported=data.exported,
                   marking=content.marking(data.options))


def _table(ws: Worksheet, name: str, first_row: int, last_row: int, columns: int) -> None:
    """A filterable Excel table over a header row and its data rows."""
    from openpyxl.utils import get_column_letter

    ref = f"A{first_row}:{get_column_letter(columns)}{last_row}"
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(table)
