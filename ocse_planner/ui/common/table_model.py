"""One table model for every list of service rows (frozen dataclasses).

A view describes its columns once (title, the value, and optionally the text shown for a
row); the model serves display text, sort keys (SORT_ROLE), alignment and tool tips, so
sorting by a date or a number sorts by value, not by the text shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ocse_planner.ui.common.retranslate import headers_changed

Row = TypeVar("Row")
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    value: Callable[[Row], Any]
    text: Callable[[Row], str] | None = None  # the text shown; default str(value)
    align_right: bool = False  # a number: right-aligned, and its column fits its contents
    tooltip: Callable[[Row], str] | None = None
    fit: bool = False  # a short text (a date, a status) whose column fits its contents
    stretch: bool = False  # the column that takes the width left, eliding long text

    @property
    def fits_contents(self) -> bool:
        return self.align_right or self.fit


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []

    # --- content -------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column[Row]]) -> None:
        """The same columns again, titled (and their texts written) in the current
        language: the views repaint headers and cells, keeping rows, selection and scroll."""
        if len(columns) != len(self._columns):
            raise ValueError("set_columns keeps the number of columns")
        self._columns = list(columns)
        headers_changed(self)

    def columns(self) -> list[Column[Row]]:
        return list(self._columns)

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def find_row(self, predicate: Callable[[Row], bool]) -> int:
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    # --- Qt model API ----------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            if column.text is not None:
                return column.text(row)
            value = column.value(row)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            value = column.value(row)
            if value is None:
                return ""
            return value if isinstance(value, int | float | str) else str(value)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row)
            if column.stretch:  # an elided text can be read whole on hover
                return column.text(row) if column.text is not None else str(column.value(row) or "")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None
