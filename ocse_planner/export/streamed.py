"""Write-only workbooks that are still written like ordinary ones.

openpyxl's write-only mode streams each sheet to disk row by row and keeps no cell
objects around, but rows must come in order and a sheet's layout (column widths, frozen
panes, tab colour) must be set before its first row. `StreamedSheet` lets an exporter
place its titles, tables and notes in any order, as `cells.put_text`/`put_value` do on a
normal worksheet, and writes the rows out in order at `flush()`; a long table (the
attendee list) is then appended straight to the stream. Cells carry named styles only
(`styles.register_styles`), never a style object per cell.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet


def streamed_workbook() -> Workbook:
    return Workbook(write_only=True)


class StreamedSheet:
    """A write-only worksheet with a buffer of cells placed by row and column.

    Reads and sets everything else (dimensions, print set-up, charts…) on the worksheet
    itself.
    """

    PAPERSIZE_LETTER = Worksheet.PAPERSIZE_LETTER

    def __init__(self, wb: Workbook, title: str) -> None:
        sheet = wb.create_sheet(title)
        assert isinstance(sheet, WriteOnlyWorksheet)
        object.__setattr__(self, "ws", sheet)
        object.__setattr__(self, "_rows", {})
        object.__setattr__(self, "_written", 0)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.ws, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self.ws, name, value)

    def cell(self, row: int, column: int, value: Any = None) -> Cell:
        """The buffered cell at (row, column), made on first use (as Worksheet.cell)."""
        if row <= self._written:
            raise ValueError(f"row {row} of {self.ws.title!r} was already written")
        cells = self._rows.setdefault(row, {})
        cell = cells.get(column)
        if cell is None:
            cell = cells[column] = Cell(self.ws, row=row, column=column)
        if value is not None:
            cell.value = value
        return cell

    def __getitem__(self, row: int) -> list[Cell]:
        """The buffered cells of `row`, left to right (for `styles.fit_row_heights`)."""
        cells = self._rows.get(row, {})
        return [cells[column] for column in sorted(cells)]

    def merge_cells(self, ref: str) -> None:
        self.ws.merged_cells.add(ref)

    def flush(self) -> None:
        """Write the buffered rows, in order (empty rows between them as empty rows)."""
        for row in sorted(self._rows):
            while self._written < row - 1:
                self.ws.append([])
                object.__setattr__(self, "_written", self._written + 1)
            cells = self._rows[row]
            line: list[Any] = [None] * max(cells)
            for column, cell in cells.items():
                line[column - 1] = cell
            self.ws.append(line)
            object.__setattr__(self, "_written", row)
        self._rows.clear()

    def append(self, values: Iterable[Any]) -> None:
        """A row after everything buffered (flushed first)."""
        if self._rows:
            self.flush()
        self.ws.append(list(values))
        object.__setattr__(self, "_written", self._written + 1)

    @property
    def written(self) -> int:
        """Rows written so far."""
        return self._written
