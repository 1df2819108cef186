"""The co-hosts of the selected webinar: the organizations chosen, and the ones to choose from.

Adding or removing asks the handler (an undoable service call); the full partner record
(status, contact, agreement) is edited in the Partners tab.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ocse_planner.services.overview import OrganizationRow
from ocse_planner.ui.common.labels import organization_text

AnyIndex = QModelIndex | QPersistentModelIndex
ToggleHandler = Callable[[OrganizationRow, bool], bool]  # (organization, co-hosts now?) -> saved?


class CoHostModel(QAbstractListModel):
    """Rows: the chosen co-hosts, in the directory's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[OrganizationRow] = []
        self._chosen: list[OrganizationRow] = []
        self.toggle_handler: ToggleHandler | None = None

    def set_content(self, rows: list[OrganizationRow], chosen: set[int] | tuple[int, ...]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._chosen = [r for r in rows if r.id in set(chosen)]
        self.endResetModel()

    def chosen(self) -> list[OrganizationRow]:
        return list(self._chosen)

    def available(self) -> list[OrganizationRow]:
        """The organizations that could still be added."""
        ids = {r.id for r in self._chosen}
        return [r for r in self._all if r.id not in ids]

    def add(self, organization_id: int) -> bool:
        row = next((r for r in self._all if r.id == organization_id), None)
        if row is None or row in self._chosen:
            return False
        if self.toggle_handler is not None and not self.toggle_handler(row, True):
            return False
        if row not in self._chosen:  # the handler may have reset the model with the saved state
            self.set_content(self._all, {r.id for r in self._chosen} | {row.id})
        return True

    def remove(self, index: int) -> bool:
        if not 0 <= index < len(self._chosen):
            return False
        row = self._chosen[index]
        if self.toggle_handler is not None and not self.toggle_handler(row, False):
            return False
        if row in self._chosen:
            self.set_content(self._all, {r.id for r in self._chosen} - {row.id})
        return True

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._chosen)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._chosen):
            return None
        row = self._chosen[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return organization_text(row)
        return None
