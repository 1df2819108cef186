"""The agenda workbook: a cover sheet for the series and one sheet per webinar.

It goes to partners and presenters, so it is laid out to be read and printed: title rows,
the running agenda with clock times in Eastern time (Pacific beside it), presenters as an
agenda credits them, and page set-up that prints each webinar on pages one sheet wide.
An internal copy lists every booking with its status and says "INTERNAL — not for
distribution" on the first row of every sheet and in the header and footer of every
printed page, with red sheet tabs; a release number adds the changes since. What the
sheets say comes from `agenda_content.py`, which the PDF agenda prints too.

An agenda in one language is written in it; a bilingual one puts English and French side
by side on every sheet (English left, French right, a narrow empty column between), the
rows of both sides level with each other so that a reader can go from one to the other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from ocse_planner.export import agenda_content as content
from ocse_planner.export import styles as st
from ocse_planner.export.agenda_content import INTERNAL_MARKING, AgendaExport, AgendaOptions, gather_agenda
from ocse_planner.export.atomic import write_atomically
from ocse_planner.export.cells import put_row, put_text, put_value, sheet_title
from ocse_planner.export.wording import Wording
from ocse_planner.services.series_outline import WebinarOutline
from ocse_planner.services.text import for_xml

__all__ = ["INTERNAL_MARKING", "AgendaExport", "AgendaOptions", "build_agenda_workbook", "export_agenda",
           "gather_agenda", "write_agenda"]


def build_agenda_workbook(data: AgendaExport) -> Workbook:
    wb = Workbook()
    st.register_styles(wb)
    editions = data.editions
    taken: set[str] = set()
    cover = wb.active
    cover.title = sheet_title(_name(editions, lambda w: w.gettext("Series")), taken)
    _cover(cover, data)
    for webinar in data.outline.webinars:
        name = _name(editions, lambda w: w.gettext("Webinar {number}").format(number=webinar.number))
        _webinar_sheet(wb.create_sheet(sheet_title(name, taken)), webinar, data)
    if data.release is not None:
        release = data.release
        name = _name(editions, lambda w: w.gettext("Changes since release {number}").format(number=release.number))
        _changes_sheet(wb.create_sheet(sheet_title(name, taken)), data)
    if data.options.internal:
        for ws in wb.worksheets:
            ws.sheet_properties.tabColor = "C00000"
    return wb


def _name(editions: tuple[Wording, ...], text: Callable[[Wording], str]) -> str:
    return " - ".join(dict.fromkeys(text(w) for w in editions))


def _sides(data: AgendaExport, columns: int) -> list[tuple[Wording, int]]:
    """(wording, first column) of each language's side: English from A, French after a gap."""
    return [(words, 1 + index * (columns + 1)) for index, words in enumerate(data.editions)]


def _marking_text(data: AgendaExport) -> str | None:
    texts = [content.marking(data.options, w) for w in data.editions]
    return content.both([t for t in texts if t]) or None


def _top(ws: Worksheet, data: AgendaExport, columns: int) -> int:
    """The internal copy's banner on the first row; the row the content starts on."""
    marking = _marking_text(data)
    if marking is None:
        return 1
    put_text(ws, 1, 1, marking, st.WARNING)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns * len(data.editions)
                   + len(data.editions) - 1)
    ws.row_dimensions[1].height = 20
    return 2


def _widths(ws: Worksheet, data: AgendaExport, widths: list[float]) -> None:
    for _, first in _sides(data, len(widths)):
        st.set_widths(ws, {get_column_letter(first + i): w for i, w in enumerate(widths)})
        if first > 1:
            st.set_widths(ws, {get_column_letter(first - 1): 3})


def _print(ws: Worksheet, data: AgendaExport, title: str, header: int | None) -> None:
    st.print_setup(ws, title=title, header_rows=(header, header) if header else None, exported=data.exported,
                   marking=_marking_text(data), words=data.editions)


def write_agenda(path: Path | str, data: AgendaExport) -> Path:
    wb = build_agenda_workbook(data)
    return write_atomically(path, lambda tmp: wb.save(tmp))


def export_agenda(session: Session, series_id: int, path: Path | str,
                  options: AgendaOptions | None = None) -> Path:
    return write_agenda(path, gather_agenda(session, series_id, options))


def _cover(ws: Worksheet, data: AgendaExport) -> None:
    outline = data.outline
    top = _top(ws, data, 5)
    header = last = top
    for words, first in _sides(data, 5):
        put_text(ws, top, first, content.series_heading(outline, words), st.TITLE)
        row = top + 2
        for name, value in content.cover_facts(outline, words):
            put_value(ws, row, first, name, st.LABEL)
            put_value(ws, row, first + 1, value, st.BODY)
            ws.merge_cells(start_row=row, start_column=first + 1, end_row=row, end_column=first + 4)
            row += 1
        objectives = content.cover_objectives(outline, words)
        if objectives:
            put_value(ws, row, first, words.gettext("Objectives"), st.LABEL)
            for objective in objectives:
                put_text(ws, row, first + 1, objective, st.BODY)
                ws.merge_cells(start_row=row, start_column=first + 1, end_row=row, end_column=first + 4)
                row += 1
        row += 1
        put_text(ws, row, first, words.gettext("Webinars"), st.SUBTITLE)
        row += 1
        header = row
        put_row(ws, header, content.cover_headers(words), st.HEADER, first)
        for values in content.cover_rows(outline, words):
            row += 1
            for column, value in enumerate(values, start=first):
                put_text(ws, row, column, value, st.BODY)
        if outline.webinars:
            _table(ws, f"Webinars{outline.id}{words.language.upper()}", header, row, first, 5)
        last = row
    ws.row_dimensions[top].height = 24
    _widths(ws, data, [14, 60, 26, 30, 36])
    st.fit_row_heights(ws, top + 2, last)
    _print(ws, data, content.both([content.series_heading(outline, w) for w in data.editions]), header)


def _webinar_sheet(ws: Worksheet, webinar: WebinarOutline, data: AgendaExport) -> None:
    columns = len(content.agenda_headers(webinar, data.options, data.editions[0]))
    top = _top(ws, data, columns)
    header = last = top
    note = content.note_column(webinar)
    for words, first in _sides(data, columns):
        put_text(ws, top, first, content.webinar_heading(webinar, words), st.TITLE)
        put_text(ws, top + 1, first, content.series_heading(data.outline, words), st.NOTE)
        row = top + 3
        for index, (name, value) in enumerate(content.webinar_facts(webinar, words)):
            put_text(ws, row, first, name, st.LABEL)
            put_text(ws, row, first + 1, value, st.BODY)
            ws.merge_cells(start_row=row, start_column=first + 1, end_row=row, end_column=first + 3)
            if index == content.PLATFORM_FACT and webinar.link:
                ws.cell(row=row, column=first + 1).hyperlink = for_xml(webinar.link)
            row += 1
        for warning in content.warning_lines(webinar, words):
            put_text(ws, row, first, warning, st.WARNING)
            ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=first + columns - 1)
            row += 1
        header = row + 1
        put_row(ws, header, content.agenda_headers(webinar, data.options, words), st.HEADER, first)
        row = header
        for values in content.agenda_rows(webinar, data.options, words):
            row += 1
            for offset, value in enumerate(values):
                put_text(ws, row, first + offset, value, st.WARNING if offset == note and value else st.BODY)
        if row > header:
            _table(ws, f"Agenda{webinar.number}{words.language.upper()}", header, row, first, columns)
        last = row
    ws.row_dimensions[top].height = 24
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    widths = [16, 16, 50, 70][:columns]
    widths += [28 if index == note else 16 for index in range(4, columns)]
    _widths(ws, data, widths)
    st.fit_row_heights(ws, top + 3, last)
    _print(ws, data, content.both([content.webinar_heading(webinar, w) for w in data.editions]), header)


def _changes_sheet(ws: Worksheet, data: AgendaExport) -> None:
    release = data.release
    assert release is not None
    top = _top(ws, data, 5)
    header = top + 3
    last = header
    for words, first in _sides(data, 5):
        put_text(ws, top, first, content.changes_heading(release, words), st.TITLE)
        put_text(ws, top + 1, first, content.release_line(release, words), st.NOTE)
        put_row(ws, header, content.change_headers(words), st.HEADER, first)
        row = header
        for values in content.change_rows(data.changes, words):
            row += 1
            for column, value in enumerate(values, start=first):
                put_text(ws, row, column, value, st.BODY)
        if row == header:
            put_text(ws, row + 1, first, words.gettext(content.NO_CHANGES), st.NOTE)
        else:
            _table(ws, f"Changes{words.language.upper()}", header, row, first, 5)
        last = row
    ws.row_dimensions[top].height = 24
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    _widths(ws, data, [10, 20, 55, 40, 40])
    st.fit_row_heights(ws, header + 1, last)
    _print(ws, data, ws.title, header)


def _table(ws: Worksheet, name: str, first_row: int, last_row: int, first_column: int, columns: int) -> None:
    """A filterable Excel table over a header row and its data rows."""
    ref = (f"{get_column_letter(first_column)}{first_row}:"
           f"{get_column_letter(first_column + columns - 1)}{last_row}")
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(table)
