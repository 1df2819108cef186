"""Writing user text into cells so that it stays text.

openpyxl stores any string starting with "=" as a formula and strings such as "#REF!" as
error values; Excel and LibreOffice also evaluate "+", "-" and "@" at the start of a cell
typed by hand, and a leading tab or carriage return is the classic CSV-injection prefix.
A presenter called `=HYPERLINK("http://x","y")` must export as those characters, so every
cell of user text goes through `put_text`, which forces the string type and, for risky
text, sets the quote prefix so that the cell displays without a stray apostrophe and
stays text when someone edits it.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.worksheet.worksheet import Worksheet

from ocse_planner.services.text import LINE_BREAKS, RISKY_PREFIXES, for_xlsx_footer, for_xml


def put_text(ws: Worksheet, row: int, column: int, text: str | None, style: str | None = None) -> Cell:
    """Write user text as a string cell, never a formula or an error value."""
    cell = ws.cell(row=row, column=column)
    value = for_xml(text) if text else None  # XML-illegal characters out, Excel's cell limit
    cell.value = value
    if style is not None:
        cell.style = style  # before the quote prefix: a named style resets it
    if value is not None:
        cell.data_type = "s"  # undo openpyxl's guess ("=…" → formula, "#N/A" → error)
        if value.startswith(RISKY_PREFIXES):
            cell.quotePrefix = True
    return cell


def text_value(ws: Any, text: str | None) -> str | Cell | None:
    """User text for a row appended to a write-only sheet: the cleaned string when openpyxl
    stores it as text anyway, else a cell forced to text (as `put_text` does)."""
    if not text:
        return None
    value = for_xml(text)
    if not value.startswith(RISKY_PREFIXES) and value not in ERROR_CODES:
        return value
    cell = WriteOnlyCell(ws, value)  # placed where the row puts it
    cell.data_type = "s"
    if value.startswith(RISKY_PREFIXES):
        cell.quotePrefix = True
    return cell


def put_value(ws: Worksheet, row: int, column: int, value: Any, style: str | None = None) -> Cell:
    """Write a number, date or our own label; strings still go through `put_text`."""
    if isinstance(value, str):
        return put_text(ws, row, column, value, style)
    cell = ws.cell(row=row, column=column)
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.replace(tzinfo=None)  # Excel has no zones; callers pass local times
    cell.value = value
    if style is not None:
        cell.style = style
    if isinstance(value, datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    elif isinstance(value, time):
        cell.number_format = "hh:mm"
    return cell


def put_row(ws: Worksheet, row: int, values: list[Any], style: str | None = None, first_column: int = 1) -> None:
    for offset, value in enumerate(values):
        put_value(ws, row, first_column + offset, value, style)


def sheet_title(text: str, taken: set[str]) -> str:
    """A worksheet name Excel accepts (31 characters, none of []:*?/\\), unique in the book."""
    base = "".join("-" if c in '[]:*?/\\' else c for c in LINE_BREAKS.sub(" ", for_xml(text))).strip("' ") or "Sheet"
    base = base[:31]
    name, n = base, 2
    while name.lower() in {t.lower() for t in taken}:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(name)
    return name


def footer_text(text: str) -> str:
    """Header/footer text with "&" escaped (it starts a code such as &P there), trimmed."""
    return for_xlsx_footer(text)
