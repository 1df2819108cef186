"""One table of a comparison of editions (services/comparison.py) as a Qt table model.

Columns: the measure, one per edition, then for each edition after the first the change
from the one before (the difference; then the relative change where one means something,
shares changing in percentage points). A figure that cannot be known shows "n/a" and its
reason as tool tip and accessible text; a count hidden for publication shows "<N". The
number behind each figure is in SORT_ROLE (shares in per cent), which the bar charts read,
so a table and its chart can never disagree.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ocse_planner.services.comparison import Cell, Change, Edition, Row, Table, ValueKind
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.labels import format_number
from ocse_planner.ui.common.table_model import SORT_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ComparisonTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, *, keys: tuple[str, ...] | None = None) -> None:
        """`keys`: only these rows of the table (a chart of two measures), in that order."""
        super().__init__(parent)
        self._keys = keys
        self._editions: tuple[Edition, ...] = ()
        self._rows: list[Row] = []
        self._min_cell: int | None = None

    def set_table(self, table: Table | None, editions: tuple[Edition, ...], min_cell: int | None = None) -> None:
        self.beginResetModel()
        self._editions = editions if table is not None else ()
        rows = list(table.rows) if table is not None else []
        if self._keys is not None:
            by_key = {r.key: r for r in rows}
            rows = [by_key[k] for k in self._keys if k in by_key]
        self._rows = rows
        self._min_cell = min_cell
        self.endResetModel()

    def edition_columns(self) -> list[int]:
        return list(range(1, 1 + len(self._editions)))

    def row_key(self, row: int) -> str:
        return self._rows[row].key

    # --- the model -----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self._editions:
            return 0
        return 1 + len(self._editions) + 2 * (len(self._editions) - 1)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < self.columnCount()):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return RIGHT
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == 0:
            return self.tr("Measure")
        editions = self._editions
        if section <= len(editions):
            edition = editions[section - 1]
            return edition.label if role == Qt.ItemDataRole.DisplayRole else f"{edition.title} ({edition.year})"
        pair, relative = divmod(section - 1 - len(editions), 2)
        before, after = editions[pair].label, editions[pair + 1].label
        if relative:
            return self.tr("Change\n(%)")
        return fill(self.tr("Change\n%1–%2"), before, after)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], index.column()
        editions = len(self._editions)
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
                return row.label_text()
            if role == SORT_ROLE:
                return row.label_text()
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if column <= editions:
            return self._cell_data(row, row.cells[column - 1], role)
        pair, relative = divmod(column - 1 - editions, 2)
        cells = row.cells[pair:pair + 2]
        silent = any(c.value is None and c.note is None and not c.hidden for c in cells)
        return self._change_data(row.kind, row.changes[pair], bool(relative), silent, role)

    def _cell_data(self, row: Row, cell: Cell, role: int) -> Any:
        if role == SORT_ROLE:
            if not cell.known:
                return None
            return cell.value * 100 if row.kind == ValueKind.SHARE else cell.value  # type: ignore[operator]
        text = self._cell_text(row.kind, cell)
        reason = cell.note.message() if cell.note is not None else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return reason or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{text}: {reason}" if reason else text
        return None

    def _cell_text(self, kind: ValueKind, cell: Cell) -> str:
        if cell.hidden:
            return f"<{self._min_cell}"
        if cell.value is None:
            return self.tr("n/a") if cell.note is not None else "—"
        text = _figure(kind, cell.value)
        if cell.approximate:
            return self.tr("close to %1").replace("%1", text)
        return text

    def _change_data(self, kind: ValueKind, change: Change, relative: bool, silent: bool, role: int) -> Any:
        if role == SORT_ROLE:
            value = change.relative if relative else change.delta
            if change.hidden or value is None:
                return None
            return value * 100 if relative or kind == ValueKind.SHARE else value
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if change.hidden:
            return "" if relative else self.tr("hidden")
        if change.delta is None:
            return "" if relative else ("—" if silent else self.tr("n/a"))
        if relative:
            if change.relative is None:
                return "" if kind == ValueKind.SHARE else self.tr("n/a")
            return _signed(format_number(change.relative * 100, 1) + " %", change.relative)
        if kind == ValueKind.SHARE:
            return self.tr("%1 pts").replace("%1", _signed(format_number(change.delta * 100, 1), change.delta))
        return _signed(_figure(kind, change.delta), change.delta)


def _figure(kind: ValueKind, value: float) -> str:
    if kind == ValueKind.SHARE:
        return format_number(value * 100, 1) + " %"
    if kind == ValueKind.DECIMAL:
        return format_number(value, 1)
    return format_number(int(round(value)))


def _signed(text: str, value: float) -> str:
    return "+" + text if value > 0 else text
