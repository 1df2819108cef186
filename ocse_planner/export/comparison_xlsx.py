"""The comparison workbook: two or more editions of a series side by side, with what changed.

One sheet holds every table of the comparison (services/comparison.py), each with a
column per edition and, after each edition but the first, the change from the one before
(the difference, and the relative change where one means something; shares change in
percentage points). A figure that cannot be known reads "n/a", with its reason in the
numbered notes under the table; a count hidden for publication reads "<N". A second sheet
draws the participants, the sector shares and the survey agreement per edition as native
charts, one per printed page, from the cells of the first sheet (so the two never
disagree).

Aggregates only: the comparison holds no name or address, and the stored cross-edition
figures of purged editions are counts. The workbook is written in one language, English or
French (the interface's unless told otherwise, as every export): its own words through the
document's `Wording`, the service's message templates through the same catalogue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from ocse_planner.export import styles as st
from ocse_planner.export.atomic import write_atomically
from ocse_planner.export.cells import put_row, put_text, put_value, sheet_title
from ocse_planner.export.charts import place_charts
from ocse_planner.export.wording import Wording
from ocse_planner.services.comparison import Cell, Change, Comparison, Section, Table, ValueKind, compare_editions
from ocse_planner.services.disclosure import SmallCounts
from ocse_planner.services.errors import N_


NOT_AVAILABLE = N_("n/a")
NOTHING = "—"  # nothing to say (the first edition has no edition before it)
FORMATS = {
    ValueKind.COUNT: "#,##0",
    ValueKind.NUMBER: "#,##0",
    ValueKind.DECIMAL: "#,##0.0",
    ValueKind.SHARE: "0.0%",
}
DELTA_FORMATS = {
    ValueKind.COUNT: "+#,##0;-#,##0;0",
    ValueKind.NUMBER: "+#,##0;-#,##0;0",
    ValueKind.DECIMAL: "+#,##0.0;-#,##0.0;0.0",
    ValueKind.SHARE: '+0.0" pts";-0.0" pts";0.0" pts"',  # written in points: 0.05 → 5.0
}
RELATIVE_FORMAT = "+0.0%;-0.0%;0.0%"
APPROXIMATE_FORMATS = {"en": '"close to "0%', "fr": '"près de "0\u00a0%'}  # "close to 80%", as the report said it
LABEL_WIDTH, VALUE_WIDTH, NOTE_WIDTH = 52, 13, 9
# Lines of 15 pt a landscape letter page holds within its margins at 100 % (the sheet's
# columns fit the page's width unscaled up to three editions; with more, the page is
# scaled down and holds more, so the estimate stays on the safe side).
PAGE_LINES = 34


@dataclass(frozen=True)
class ComparisonOptions:
    min_cell: int | None = None  # counts below this are shown as "<N"
    language: str = "en"  # of the document: "en" or "fr"


@dataclass(frozen=True)
class _Placed:
    """Where a table's rows landed: the header row and the row of each row key."""

    header: int
    rows: dict[str, int]


def build_comparison_workbook(comparison: Comparison, *, exported: date | None = None,
                              language: str = "en") -> Workbook:
    words = Wording(language)
    exported = exported or date.today()
    wb = Workbook()
    st.register_styles(wb)
    taken: set[str] = set()
    ws = wb.active
    ws.title = sheet_title(words.gettext("Comparison"), taken)
    placed = _comparison_sheet(ws, comparison, words, exported)
    charts = _charts(ws, comparison, placed, words)
    if charts:
        sheet = wb.create_sheet(sheet_title(words.gettext("Charts"), taken))
        _heading(sheet, comparison, words, words.gettext("Charts"))
        st.set_widths(sheet, {"A": 12})
        st.print_setup(sheet, title=_titled(comparison, words, N_("charts")), header_rows=None, exported=exported,
                       words=words)
        place_charts(sheet, charts, 4)
    return wb


def write_comparison(path: Path | str, comparison: Comparison, *, language: str = "en") -> Path:
    wb = build_comparison_workbook(comparison, language=language)
    return write_atomically(path, lambda tmp: wb.save(tmp))


def export_comparison(session: Session, series_ids: Sequence[int], path: Path | str,
                      options: ComparisonOptions | None = None) -> Path:
    options = options or ComparisonOptions()
    comparison = compare_editions(session, series_ids).suppressed(options.min_cell)
    return write_comparison(path, comparison, language=options.language)


# --- the tables ------------------------------------------------------------------------

def _title(comparison: Comparison, words: Wording) -> str:
    titles = list(dict.fromkeys(e.title_in(words.language) for e in comparison.editions))
    return titles[0] if len(titles) == 1 else " / ".join(titles)


def _titled(comparison: Comparison, words: Wording, part: str) -> str:
    """"Title — comparison" in the document's language (`part` marked with N_ where written)."""
    return f"{_title(comparison, words)} — {words.gettext(part)}"


def _heading(ws: Worksheet, comparison: Comparison, words: Wording, subtitle: str) -> None:
    put_text(ws, 1, 1, _title(comparison, words), st.TITLE)
    ws.row_dimensions[1].height = 24
    labels = [e.label for e in comparison.editions]
    editions = words.gettext("{first} and {last}").format(first=", ".join(labels[:-1]), last=labels[-1])
    put_text(ws, 2, 1, f"{subtitle}{words.colon()}{editions}", st.SUBTITLE)


def _headers(comparison: Comparison, words: Wording) -> list[str]:
    editions = comparison.editions
    headers = [words.gettext("Measure"), *(e.label for e in editions)]
    for before, after in zip(editions, editions[1:]):
        headers += [words.gettext("Change {first}–{last}").format(first=before.label, last=after.label),
                    words.gettext("Change (%)")]
    return [*headers, words.gettext("Notes")]


def _comparison_sheet(ws: Worksheet, comparison: Comparison, words: Wording,
                      exported: date) -> dict[Section, _Placed]:
    tr = words.gettext
    _heading(ws, comparison, words, words.gettext("Editions compared"))
    row = 3
    if comparison.min_cell is not None:
        put_text(ws, row, 1, words.gettext('Counts below {number} are shown as "<{number}", with the shares and '
                                           "changes that would reveal them.").format(number=comparison.min_cell),
                 st.NOTE)
        row += 1
    for note in comparison.notes:
        put_text(ws, row, 1, note.message(tr), st.NOTE)
        row += 1
    row += 1
    headers = _headers(comparison, words)
    placed: dict[Section, _Placed] = {}
    first_header = None
    used = row  # lines printed on the current page so far
    for table in comparison.tables:
        height = _height(table, words, len(headers))
        if used + height > PAGE_LINES and used > 0:  # the whole table on the next page
            ws.row_breaks.append(Break(id=row - 1))
            used = 0
        placed[table.section], row = _table(ws, row, table, headers, comparison, words)
        first_header = first_header or placed[table.section].header
        row += 2
        used += height + 2
    width = len(headers)
    st.set_widths(ws, {"A": LABEL_WIDTH} | {get_column_letter(c): VALUE_WIDTH for c in range(2, width)}
                  | {get_column_letter(width): NOTE_WIDTH})
    st.fit_row_heights(ws, 3, row)
    if first_header is not None:
        ws.freeze_panes = ws.cell(row=3, column=2)
    # Several tables on one sheet: no repeated header row (it would head the wrong table).
    st.print_setup(ws, title=_titled(comparison, words, N_("comparison")), header_rows=None, exported=exported,
                   words=words)
    return placed


def _wrapped_note(ws: Worksheet, row: int, text: str, columns: int) -> None:
    """A note across the table's width, wrapped (a long one would run off the page)."""
    put_text(ws, row, 1, text, st.NOTE).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)


def _lines(text: str, width: float) -> int:
    return max(1, -(-len(text) // int(width * 1.1)))


def _height(table: Table, words: Wording, columns: int) -> int:
    """Printed lines the table takes (title, caption, two-line header, rows, notes)."""
    tr = words.gettext
    wide = LABEL_WIDTH + VALUE_WIDTH * (columns - 2) + NOTE_WIDTH
    notes = [table.caption.message(tr)] if table.caption is not None else []
    notes += [note.message(tr) for note in table.notes()]
    return (1 + 2 + sum(_lines(n, wide) for n in notes)
            + sum(_lines(r.label_text(tr, words.language), LABEL_WIDTH) for r in table.rows))


def _table(ws: Worksheet, row: int, table: Table, headers: list[str], comparison: Comparison,
           words: Wording) -> tuple[_Placed, int]:
    tr = words.gettext
    put_text(ws, row, 1, table.title.message(tr), st.SUBTITLE)
    if table.caption is not None:
        row += 1
        _wrapped_note(ws, row, table.caption.message(tr), len(headers))
    header = row + 1
    put_row(ws, header, headers, st.HEADER)
    for column in range(2, len(headers)):  # figures are right-aligned: so are their headings
        ws.cell(row=header, column=column).alignment = Alignment(horizontal="right", vertical="top", wrap_text=True)
    numbers = {note: index for index, note in enumerate(table.notes(), start=1)}
    counts = SmallCounts(comparison.min_cell)
    rows: dict[str, int] = {}
    row = header
    for line in table.rows:
        row += 1
        rows[line.key] = row
        put_text(ws, row, 1, line.label_text(tr, words.language), st.BODY)
        for offset, cell in enumerate(line.cells):
            _value(ws, row, 2 + offset, cell, line.kind, counts, words)
        column = 2 + len(line.cells)
        for index, change in enumerate(line.changes):
            silent = any(_says_nothing(c) for c in line.cells[index:index + 2])
            _change(ws, row, column, change, line.kind, silent, words)
            column += 2
        marks = sorted({numbers[c.note] for c in line.cells if c.note is not None})
        put_text(ws, row, len(headers), " ".join(f"[{n}]" for n in marks) or None, st.NOTE)
    for note, number in numbers.items():
        row += 1
        _wrapped_note(ws, row, f"[{number}] {note.message(tr)}", len(headers))
    return _Placed(header, rows), row


def _value(ws: Worksheet, row: int, column: int, cell: Cell, kind: ValueKind, counts: SmallCounts,
           words: Wording) -> None:
    if cell.hidden:
        put_text(ws, row, column, counts.text(), st.NUMBER)
    elif cell.value is None:
        put_text(ws, row, column, words.gettext(NOT_AVAILABLE) if cell.note is not None else NOTHING, st.NUMBER)
    else:
        target = put_value(ws, row, column, cell.value, st.NUMBER)
        target.number_format = APPROXIMATE_FORMATS[words.language] if cell.approximate else FORMATS[kind]


def _says_nothing(cell: Cell) -> bool:
    return cell.value is None and cell.note is None and not cell.hidden


def _change(ws: Worksheet, row: int, column: int, change: Change, kind: ValueKind, silent: bool,
            words: Wording) -> None:
    """The difference, then the relative change; `silent`: one side has nothing to say."""
    if change.hidden:
        put_text(ws, row, column, words.gettext("suppressed"), st.NUMBER)
        return
    if change.delta is None:
        put_text(ws, row, column, NOTHING if silent else words.gettext(NOT_AVAILABLE), st.NUMBER)
        return
    delta = change.delta * 100 if kind == ValueKind.SHARE else change.delta
    put_value(ws, row, column, round(delta, 6), st.NUMBER).number_format = DELTA_FORMATS[kind]
    if change.relative is not None:
        put_value(ws, row, column + 1, change.relative, st.NUMBER).number_format = RELATIVE_FORMAT
    elif kind != ValueKind.SHARE:  # from nothing: no relative change
        put_text(ws, row, column + 1, words.gettext(NOT_AVAILABLE), st.NUMBER)


# --- the charts --------------------------------------------------------------------------

def _charts(ws: Worksheet, comparison: Comparison, placed: dict[Section, _Placed], words: Wording) -> list[BarChart]:
    """Participants, sector shares and survey agreement per edition, from the table cells."""
    editions = len(comparison.editions)
    charts = []
    reach = placed.get(Section.REACH)
    if reach is not None:
        rows = [reach.rows[k] for k in ("participants_reported", "participants_counted") if k in reach.rows]
        if _any_number(ws, rows, editions):
            chart = _bar(words.gettext("Participants per edition (reported and counted)"), "col",
                         words.gettext("People"))
            for r in rows:  # one series per measure, the editions along the axis
                chart.add_data(Reference(ws, min_col=1, max_col=1 + editions, min_row=r), from_rows=True,
                               titles_from_data=True)
            chart.set_categories(Reference(ws, min_col=2, max_col=1 + editions, min_row=reach.header))
            charts.append(chart)
    for section, title in ((Section.SECTORS, N_("Sector shares per edition (share of attendances, counted)")),
                           (Section.SURVEY, N_("Survey: share of respondents who agreed, per edition"))):
        table = placed.get(section)
        if table is None or not table.rows:
            continue
        first, last = min(table.rows.values()), max(table.rows.values())
        if not _any_number(ws, range(first, last + 1), editions):
            continue
        chart = _bar(words.gettext(title), "bar", None)
        chart.x_axis.scaling.orientation = "maxMin"  # top to bottom in the table's order
        chart.y_axis.number_format = "0%"
        chart.y_axis.scaling.min = 0  # an axis starting at 77 % would make 82 % look like twice 80 %
        if section == Section.SURVEY:
            chart.y_axis.scaling.max, chart.y_axis.majorUnit = 1, 0.2
        chart.add_data(Reference(ws, min_col=2, max_col=1 + editions, min_row=table.header, max_row=last),
                       titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
        charts.append(chart)
    return charts


def _bar(title: str, direction: str, axis_title: str | None) -> BarChart:
    chart = BarChart()
    chart.type = direction
    chart.title = title
    chart.y_axis.title = axis_title
    chart.y_axis.delete = False  # openpyxl hides both axes by default; LibreOffice follows it
    chart.x_axis.delete = False
    chart.legend.position = "b"
    return chart


def _any_number(ws: Worksheet, rows: Sequence[int] | range, editions: int) -> bool:
    return any(isinstance(ws.cell(row=r, column=c).value, int | float)
               for r in rows for c in range(2, 2 + editions))
