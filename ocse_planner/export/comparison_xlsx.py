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
figures of purged editions are counts. The workbook is written in the document's
language (`ComparisonOptions.languages`, export/wording.py): every word through the
`Wording` of the comparison's language, the organizers' texts as the comparison took them
in that language; a bilingual workbook holds the English sheets, then the French ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
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
from ocse_planner.export.wording import ENGLISH_ONLY, DocumentLanguage, Wording
from ocse_planner.services.comparison import Cell, Change, Comparison, Section, Table, ValueKind, compare_editions_in
from ocse_planner.services.disclosure import SmallCounts

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
}
RELATIVE_FORMAT = "+0.0%;-0.0%;0.0%"
LABEL_WIDTH, VALUE_WIDTH, NOTE_WIDTH = 52, 13, 9
# Lines of 15 pt a landscape letter page holds within its margins at 100 % (the sheet's
# columns fit the page's width unscaled up to three editions; with more, the page is
# scaled down and holds more, so the estimate stays on the safe side).
PAGE_LINES = 34


@dataclass(frozen=True)
class ComparisonOptions:
    min_cell: int | None = None  # counts below this are shown as "<N"
    languages: DocumentLanguage = field(default_factory=lambda: ENGLISH_ONLY)


@dataclass(frozen=True)
class _Placed:
    """Where a table's rows landed: the header row and the row of each row key."""

    header: int
    rows: dict[str, int]


def _editions(comparisons: Comparison | Sequence[Comparison]) -> Sequence[Comparison]:
    return (comparisons,) if isinstance(comparisons, Comparison) else comparisons


def build_comparison_workbook(comparisons: Comparison | Sequence[Comparison], *,
                              exported: date | None = None) -> Workbook:
    """The sheets of each comparison (one per language of the document), in its language."""
    exported = exported or date.today()
    wb = Workbook()
    st.register_styles(wb)
    wb.remove(wb.active)
    taken: set[str] = set()
    for comparison in _editions(comparisons):
        w = Wording(comparison.language)
        ws = wb.create_sheet(sheet_title(w.gettext("Comparison"), taken))
        placed = _comparison_sheet(ws, comparison, w, exported)
        charts = _charts(ws, comparison, placed, w)
        if charts:
            sheet = wb.create_sheet(sheet_title(w.gettext("Charts"), taken))
            _heading(sheet, comparison, w.gettext("Charts"), w)
            st.set_widths(sheet, {"A": 12})
            charts_word = w.gettext("charts")  # (outside the f-string: the extractor skips those)
            st.print_setup(sheet, title=f"{_title(comparison)} — {charts_word}", header_rows=None,
                           exported=exported, words=w)
            place_charts(sheet, charts, 4)
    return wb


def write_comparison(path: Path | str, comparisons: Comparison | Sequence[Comparison]) -> Path:
    wb = build_comparison_workbook(comparisons)
    return write_atomically(path, lambda tmp: wb.save(tmp))


def comparisons_for(session: Session, series_ids: Sequence[int],
                    options: ComparisonOptions | None = None) -> list[Comparison]:
    """What the workbook shows: the comparison in each language of the document, small
    counts hidden as asked (the window's export gathers the same on its worker)."""
    options = options or ComparisonOptions()
    return [c.suppressed(options.min_cell)
            for c in compare_editions_in(session, series_ids, options.languages.editions)]


def export_comparison(session: Session, series_ids: Sequence[int], path: Path | str,
                      options: ComparisonOptions | None = None) -> Path:
    return write_comparison(path, comparisons_for(session, series_ids, options))


# --- the tables ------------------------------------------------------------------------

def _title(comparison: Comparison) -> str:
    titles = list(dict.fromkeys(e.title for e in comparison.editions))
    return titles[0] if len(titles) == 1 else " / ".join(titles)


def _heading(ws: Worksheet, comparison: Comparison, subtitle: str, w: Wording) -> None:
    put_text(ws, 1, 1, _title(comparison), st.TITLE)
    ws.row_dimensions[1].height = 24
    labels = [e.label for e in comparison.editions]
    editions = w.gettext("{editions} and {last}").format(editions=", ".join(labels[:-1]), last=labels[-1])
    put_text(ws, 2, 1, subtitle + w.colon() + editions, st.SUBTITLE)


def _headers(comparison: Comparison, w: Wording) -> list[str]:
    editions = comparison.editions
    headers = [w.gettext("Measure"), *(e.label for e in editions)]
    for before, after in zip(editions, editions[1:]):
        headers += [w.gettext("Change {first}–{last}").format(first=before.label, last=after.label),
                    w.gettext("Change (%)")]
    return [*headers, w.gettext("Notes")]


def _literal(text: str) -> str:
    """`text` as a literal of a number format (quoted; a quote inside written twice)."""
    return '"' + text.replace('"', '""') + '"' if text else ""


def _around(w: Wording, template: str, placeholder: str, number_format: str) -> str:
    """`number_format` inside the words of `template` ("close to {percent}" → "close to "0%)."""
    before, _, after = w.gettext(template).partition("{" + placeholder + "}")
    return _literal(before) + number_format + _literal(after)


def _approximate_format(w: Wording) -> str:
    """"close to 80%" / "près de 80%", as the report said it."""
    return _around(w, "close to {percent}", "percent", "0%")


def _points_format(w: Wording) -> str:
    """A share's change, written in percentage points (0.05 → 5.0 pts)."""
    return ";".join(_around(w, "{points} pts", "points", number) for number in ("+0.0", "-0.0", "0.0"))


def _comparison_sheet(ws: Worksheet, comparison: Comparison, w: Wording, exported: date) -> dict[Section, _Placed]:
    _heading(ws, comparison, w.gettext("Editions compared"), w)
    row = 3
    if comparison.min_cell is not None:
        put_text(ws, row, 1, w.gettext('Counts below {number} are shown as "<{number}", with the shares and changes '
                                       "that would reveal them.").format(number=comparison.min_cell), st.NOTE)
        row += 1
    for note in comparison.notes:
        put_text(ws, row, 1, note.message(w.gettext), st.NOTE)
        row += 1
    row += 1
    headers = _headers(comparison, w)
    placed: dict[Section, _Placed] = {}
    first_header = None
    used = row  # lines printed on the current page so far
    for table in comparison.tables:
        height = _height(table, w, len(headers))
        if used + height > PAGE_LINES and used > 0:  # the whole table on the next page
            ws.row_breaks.append(Break(id=row - 1))
            used = 0
        placed[table.section], row = _table(ws, row, table, headers, comparison, w)
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
    comparison_word = w.gettext("comparison")
    st.print_setup(ws, title=f"{_title(comparison)} — {comparison_word}", header_rows=None,
                   exported=exported, words=w)
    return placed


def _wrapped_note(ws: Worksheet, row: int, text: str, columns: int) -> None:
    """A note across the table's width, wrapped (a long one would run off the page)."""
    put_text(ws, row, 1, text, st.NOTE).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)


def _lines(text: str, width: float) -> int:
    return max(1, -(-len(text) // int(width * 1.1)))


def _height(table: Table, w: Wording, columns: int) -> int:
    """Printed lines the table takes (title, caption, two-line header, rows, notes)."""
    wide = LABEL_WIDTH + VALUE_WIDTH * (columns - 2) + NOTE_WIDTH
    notes = [table.caption.message(w.gettext)] if table.caption is not None else []
    notes += [note.message(w.gettext) for note in table.notes()]
    return (1 + 2 + sum(_lines(n, wide) for n in notes)
            + sum(_lines(r.label_text(w.gettext), LABEL_WIDTH) for r in table.rows))


def _table(ws: Worksheet, row: int, table: Table, headers: list[str], comparison: Comparison,
           w: Wording) -> tuple[_Placed, int]:
    put_text(ws, row, 1, table.title.message(w.gettext), st.SUBTITLE)
    if table.caption is not None:
        row += 1
        _wrapped_note(ws, row, table.caption.message(w.gettext), len(headers))
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
        put_text(ws, row, 1, line.label_text(w.gettext), st.BODY)
        for offset, cell in enumerate(line.cells):
            _value(ws, row, 2 + offset, cell, line.kind, counts, w)
        column = 2 + len(line.cells)
        for index, change in enumerate(line.changes):
            silent = any(_says_nothing(c) for c in line.cells[index:index + 2])
            _change(ws, row, column, change, line.kind, silent, w)
            column += 2
        marks = sorted({numbers[c.note] for c in line.cells if c.note is not None})
        put_text(ws, row, len(headers), " ".join(f"[{n}]" for n in marks) or None, st.NOTE)
    for note, number in numbers.items():
        row += 1
        _wrapped_note(ws, row, f"[{number}] {note.message(w.gettext)}", len(headers))
    return _Placed(header, rows), row


def _value(ws: Worksheet, row: int, column: int, cell: Cell, kind: ValueKind, counts: SmallCounts,
           w: Wording) -> None:
    if cell.hidden:
        put_text(ws, row, column, counts.text(), st.NUMBER)
    elif cell.value is None:
        put_text(ws, row, column, w.gettext("n/a") if cell.note is not None else NOTHING, st.NUMBER)
    else:
        target = put_value(ws, row, column, cell.value, st.NUMBER)
        target.number_format = _approximate_format(w) if cell.approximate else FORMATS[kind]


def _says_nothing(cell: Cell) -> bool:
    return cell.value is None and cell.note is None and not cell.hidden


def _change(ws: Worksheet, row: int, column: int, change: Change, kind: ValueKind, silent: bool,
            w: Wording) -> None:
    """The difference, then the relative change; `silent`: one side has nothing to say."""
    if change.hidden:
        put_text(ws, row, column, w.gettext("suppressed"), st.NUMBER)
        return
    if change.delta is None:
        put_text(ws, row, column, NOTHING if silent else w.gettext("n/a"), st.NUMBER)
        return
    delta = change.delta * 100 if kind == ValueKind.SHARE else change.delta
    number_format = _points_format(w) if kind == ValueKind.SHARE else DELTA_FORMATS[kind]
    put_value(ws, row, column, round(delta, 6), st.NUMBER).number_format = number_format
    if change.relative is not None:
        put_value(ws, row, column + 1, change.relative, st.NUMBER).number_format = RELATIVE_FORMAT
    elif kind != ValueKind.SHARE:  # from nothing: no relative change
        put_text(ws, row, column + 1, w.gettext("n/a"), st.NUMBER)


# --- the charts --------------------------------------------------------------------------

def _charts(ws: Worksheet, comparison: Comparison, placed: dict[Section, _Placed], w: Wording) -> list[BarChart]:
    """Participants, sector shares and survey agreement per edition, from the table cells."""
    editions = len(comparison.editions)
    charts = []
    reach = placed.get(Section.REACH)
    if reach is not None:
        rows = [reach.rows[k] for k in ("participants_reported", "participants_counted") if k in reach.rows]
        if _any_number(ws, rows, editions):
            chart = _bar(w.gettext("Participants per edition (reported and counted)"), "col", w.gettext("People"))
            for r in rows:  # one series per measure, the editions along the axis
                chart.add_data(Reference(ws, min_col=1, max_col=1 + editions, min_row=r), from_rows=True,
                               titles_from_data=True)
            chart.set_categories(Reference(ws, min_col=2, max_col=1 + editions, min_row=reach.header))
            charts.append(chart)
    for section, title in ((Section.SECTORS, w.gettext("Sector shares per edition (share of attendances, counted)")),
                           (Section.SURVEY, w.gettext("Survey: share of respondents who agreed, per edition"))):
        table = placed.get(section)
        if table is None or not table.rows:
            continue
        first, last = min(table.rows.values()), max(table.rows.values())
        if not _any_number(ws, range(first, last + 1), editions):
            continue
        chart = _bar(title, "bar", None)
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
