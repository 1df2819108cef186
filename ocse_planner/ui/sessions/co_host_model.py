"""A check list of organizations: which ones co-host the selected webinar.

Checking or unchecking asks the handler (an undoable service call); the full partner
record (status, contact, agreement) is edited in the Partners tab.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ocse_planner.services.overview import OrganizationRow

AnyIndex = QModelIndex | QPersistentModelIndex
ToggleHandler = Callable[[OrganizationRow, bool], bool]


class OrganizationChecklistModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[OrganizationRow] = []
        self._checked: set[int] = set()
        self.toggle_handler: ToggleHandler | None = None

    def set_content(self, rows: list[OrganizationRow], checked: set[int] | tuple[int, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._checked = set(checked)
        self.endResetModel()

    def row_of(self, organization_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == organization_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.name} ({row.acronym})" if row.acronym else row.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.id in self._checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if (row.id in self._checked) == checked:
            return True
        if self.toggle_handler is not None and not self.toggle_handler(row, checked):
            return False
        # The handler may have reset the model with the saved state; mirror it either way.
        if checked:
            self._checked.add(row.id)
        else:
            self._checked.discard(row.id)
        changed = self.index(self.row_of(row.id), 0)
        self.dataChanged.emit(changed, changed, [Qt.ItemDataRole.CheckStateRole])
        return True
