"""The look of every exported workbook: one set of named styles, page set-up, widths.

Fonts always name their family: a bold header with no font name was drawn by LibreOffice
in a serif fallback next to Calibri body text. Named styles (rather than a Font object per
cell) keep the files small and the export fast.
"""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ocse_planner.export.cells import footer_text
from ocse_planner.export.wording import Wording

FONT = "Calibri"
ACCENT = "1F4E79"  # dark blue: titles and header fill
HEADER_FILL = "DDEBF7"
THIN = Side(style="thin", color="9BC2E6")

TITLE = "OCSE Title"
SUBTITLE = "OCSE Subtitle"
LABEL = "OCSE Label"
HEADER = "OCSE Header"
BODY = "OCSE Body"
NUMBER = "OCSE Number"
TOTAL = "OCSE Total"
PERCENT = "OCSE Percent"
NOTE = "OCSE Note"
WARNING = "OCSE Warning"


def _style(name: str, font: Font, *, fill: str | None = None, wrap: bool = True,
           horizontal: str | None = None, border: bool = False, number_format: str = "General") -> NamedStyle:
    style = NamedStyle(name=name)
    style.font = font
    style.alignment = Alignment(wrap_text=wrap, vertical="top", horizontal=horizontal)
    if fill:
        style.fill = PatternFill("solid", start_color=fill, end_color=fill)
    if border:
        style.border = Border(bottom=THIN)
    style.number_format = number_format
    return style


def register_styles(wb: Workbook) -> None:
    """Add the named styles to a new workbook (once) and make Calibri its body font."""
    for style in (
        _style(TITLE, Font(name=FONT, size=16, bold=True, color=ACCENT), wrap=False),
        _style(SUBTITLE, Font(name=FONT, size=12, bold=True, color=ACCENT), wrap=False),
        _style(LABEL, Font(name=FONT, size=11, bold=True)),
        _style(HEADER, Font(name=FONT, size=11, bold=True, color=ACCENT), fill=HEADER_FILL, border=True),
        _style(BODY, Font(name=FONT, size=11)),
        _style(NUMBER, Font(name=FONT, size=11), horizontal="right", number_format="#,##0"),
        _style(TOTAL, Font(name=FONT, size=11, bold=True), horizontal="right", number_format="#,##0"),
        _style(PERCENT, Font(name=FONT, size=11), horizontal="right", number_format="0%"),
        _style(NOTE, Font(name=FONT, size=10, italic=True, color="595959"), wrap=False),
        _style(WARNING, Font(name=FONT, size=11, bold=True, color="C00000"), fill="FCE4D6"),
    ):
        wb.add_named_style(style)


def set_widths(ws: Worksheet, widths: dict[str, float]) -> None:
    for letter, width in widths.items():
        ws.column_dimensions[letter].width = width


def print_setup(ws: Worksheet, *, title: str, header_rows: tuple[int, int] | None, exported: date,
                landscape: bool = True, marking: str | None = None,
                words: Wording | tuple[Wording, ...] | None = None) -> None:
    """Landscape, one page wide, header rows repeated, page numbers and export date in the footer.

    `marking` ("INTERNAL — not for distribution") is printed in red in the header and in
    the footer of every page, so no printed page of an internal copy can pass for the
    public one. `words` is the language of the footer (both, for a bilingual document)."""
    editions = words if isinstance(words, tuple) else (words or Wording("en"),)
    page = " / ".join(dict.fromkeys(w.gettext("Page {page} of {pages}").format(page="&P", pages="&N") for w in editions))
    exported_text = " / ".join(dict.fromkeys(w.gettext("Exported {date}").format(date=exported.isoformat())
                                             for w in editions))
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_LETTER
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    if header_rows is not None:
        ws.print_title_rows = f"{header_rows[0]}:{header_rows[1]}"
    ws.oddFooter.left.text = footer_text(title)
    ws.oddFooter.left.size = 9
    ws.oddFooter.center.text = page
    ws.oddFooter.center.size = 9
    ws.oddFooter.right.text = exported_text
    ws.oddFooter.right.size = 9
    if marking:
        ws.oddHeader.center.text = footer_text(marking)
        ws.oddHeader.center.size = 12
        ws.oddHeader.center.color = "C00000"
        ws.oddHeader.center.font = f"{FONT},Bold"
        ws.oddFooter.center.text = f"{footer_text(marking)} · {page}"
        ws.oddFooter.center.color = "C00000"
        ws.oddFooter.center.font = f"{FONT},Bold"


def _lines(text: str, width: float) -> int:
    """Lines a wrapped Calibri 11 cell of `width` needs for `text` (a fair estimate)."""
    per_line = max(1, int(width * 1.15))
    total = 0
    for paragraph in text.split("\n"):
        words, line, count = paragraph.split(" "), 0, 1
        for word in words:
            needed = len(word) + (1 if line else 0)
            if line and line + needed > per_line:
                count, line = count + 1, len(word)
            else:
                line += needed
        total += count
    return total


def fit_row_heights(ws: Worksheet, first_row: int, last_row: int, line_height: float = 15.0) -> None:
    """Give wrapped rows room for their text: openpyxl cannot measure it, and LibreOffice
    keeps the stored default height, so long titles would print over the next row."""
    from openpyxl.utils import get_column_letter

    merged = {(r.min_row, r.min_col): r for r in ws.merged_cells.ranges}
    default = 8.43

    def width(column: int) -> float:
        return ws.column_dimensions[get_column_letter(column)].width or default

    for row in range(first_row, last_row + 1):
        lines = 1
        for cell in ws[row]:
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            span = merged.get((row, cell.column))
            columns = range(cell.column, (span.max_col if span else cell.column) + 1)
            lines = max(lines, _lines(cell.value, sum(width(c) for c in columns)))
        if lines > 1:
            ws.row_dimensions[row].height = line_height * lines + 2
