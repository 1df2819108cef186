"""The running agenda as an editable, reorderable table model.

The model never writes to the database itself: an edit (`setData`), a move (`moveRows`)
or a drop asks its handlers, which turn it into an undoable service call; the model then
shows the agenda as re-read. Clock times are computed by services/agenda.py and shown in
the webinar's own zone.

The "Fixed start" column shows and edits an item's planned start (empty: it follows the
item before it). Rows that overlap the item before them, or leave a gap before them, are
tinted and say so in their tool tip; the panel lists the same findings above the table.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ocse_planner.db.enums import AgendaItemKind, BookingStatus
from ocse_planner.services.agenda import AgendaItem, WebinarAgenda
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.labels import format_clock, format_clock_range, label

MIME_TYPE = "application/x-ocse-agenda-item"
AnyIndex = QModelIndex | QPersistentModelIndex

ORDER, TIME, FIXED, KIND, TITLE, TITLE_FR, MINUTES, PRESENTERS, LINKS = range(9)
COLUMNS = 9
EDITABLE = {FIXED: "start", KIND: "kind", TITLE: "title", TITLE_FR: "title_fr", MINUTES: "duration", LINKS: "links"}
OVERLAP_TINT = QColor("#fde2e1")
GAP_TINT = QColor("#fff1d6")

EditHandler = Callable[[AgendaItem, str, Any], bool]  # (item, field, value) -> saved?
MoveHandler = Callable[[AgendaItem, int], bool]  # (item, new 1-based position) -> moved?


class AgendaTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._agenda: WebinarAgenda | None = None
        self._items: list[AgendaItem] = []
        self.edit_handler: EditHandler | None = None
        self.move_handler: MoveHandler | None = None
        # True while a view commits an edit: a reset then would pull the editor from under
        # the view, so whoever re-reads the agenda waits until the commit is over.
        self.committing = False

    # --- content ---------------------------------------------------------------------
    def set_agenda(self, agenda: WebinarAgenda | None) -> None:
        self.beginResetModel()
        self._agenda = agenda
        self._items = list(agenda.items) if agenda else []
        self.endResetModel()

    def agenda(self) -> WebinarAgenda | None:
        return self._agenda

    def item_at(self, row: int) -> AgendaItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int) -> int:
        return next((i for i, item in enumerate(self._items) if item.id == item_id), -1)

    def _zone(self) -> str:
        return self._agenda.time_zone if self._agenda else "UTC"

    def _times(self, item: AgendaItem) -> str:
        if item.starts_at is None or item.ends_at is None:
            return fill(self.tr("+%1–%2 min"), str(item.offset_minutes),
                        str(item.offset_minutes + item.duration_minutes))
        return format_clock_range(item.starts_at, item.ends_at, self._zone(), with_zone=False)

    def fixed_start_text(self, item: AgendaItem) -> str:
        """The planned start as typed back: a clock time, or "+10" while undated; "" if none."""
        if item.start_offset_minutes is None:
            return ""
        if item.starts_at is None:
            return f"+{item.start_offset_minutes}"
        return format_clock(item.starts_at, self._zone())

    def _presenters(self, item: AgendaItem) -> str:
        """Everyone booked (this is the organizer's own view), the unconfirmed with their status."""
        return "; ".join(
            p.name if p.status == BookingStatus.CONFIRMED else f"{p.name} ({label(BookingStatus(p.status)).lower()})"
            for p in item.presenters
        )

    def _timing_note(self, item: AgendaItem) -> str:
        notes = []
        if item.overlap_minutes:
            notes.append(self.tr("Overlaps the item before it by %1 minutes").replace("%1", str(item.overlap_minutes)))
        if item.gap_minutes:
            notes.append(self.tr("%1 unplanned minutes before this item").replace("%1", str(item.gap_minutes)))
        return "\n".join(notes)

    # --- Qt model API ----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [
            self.tr("Order"), self.tr("Time"), self.tr("Fixed start"), self.tr("Kind"), self.tr("Title"),
            self.tr("French title"), self.tr("Minutes"), self.tr("Presenters"), self.tr("Resource links"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                ORDER: str(item.position),
                TIME: self._times(item),
                FIXED: self.fixed_start_text(item),
                KIND: label(item.kind),
                TITLE: item.title + (self.tr(" (title to be confirmed)") if item.placeholder else ""),
                TITLE_FR: item.title_fr,
                MINUTES: str(item.duration_minutes),
                PRESENTERS: self._presenters(item),
                LINKS: " ".join(item.resource_links),
            }.get(column)
        if role == Qt.ItemDataRole.EditRole:
            return {
                FIXED: self.fixed_start_text(item),
                KIND: item.kind.value,
                TITLE: item.title,
                TITLE_FR: item.title_fr,
                MINUTES: item.duration_minutes,
                LINKS: " ".join(item.resource_links),
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ORDER, MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PRESENTERS:
                return "\n".join(p.credit for p in item.presenters) or None
            if column in (TIME, FIXED):
                return self._timing_note(item) or (
                    self.tr("Fixed start: the items after it re-flow from here") if item.fixed_start else
                    self.tr("Follows the item before it; type a time in Fixed start to pin it"))
            if column == TITLE:
                return item.description or None
        if role == Qt.ItemDataRole.BackgroundRole and column in (TIME, FIXED):
            if item.overlap_minutes:
                return QBrush(OVERLAP_TINT)
            if item.gap_minutes:
                return QBrush(GAP_TINT)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drop between rows
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None or role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        if self.edit_handler is None:
            return False
        self.committing = True
        try:
            return self.edit_handler(item, EDITABLE[index.column()], value)
        finally:
            self.committing = False

    # --- reordering ------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(self, source_parent: AnyIndex, source_row: int, count: int, destination_parent: AnyIndex, destination_child: int) -> bool:
        """Move one row to before `destination_child` (Qt's convention), through the handler."""
        item = self.item_at(source_row)
        if (
            count != 1 or item is None or source_parent.isValid() or destination_parent.isValid()
            or self.move_handler is None or destination_child in (source_row, source_row + 1)
        ):
            return False
        target = destination_child - 1 if destination_child > source_row else destination_child
        return self.move_handler(item, target + 1)

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self._items[r].id for r in rows if r < len(self._items)]
        data.setData(MIME_TYPE, json.dumps(ids).encode())
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        if len(ids) != 1 or self.row_of(ids[0]) < 0:
            return False
        if row < 0:  # dropped on an item: take its place; on empty space: at the end
            row = parent.row() if parent.isValid() else len(self._items)
        return self.moveRows(QModelIndex(), self.row_of(ids[0]), 1, QModelIndex(), row)


class KindDelegate(QStyledItemDelegate):
    """Choose an agenda item's kind from the translated list."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Agenda item kind"))
        for kind in AgendaItemKind:
            combo.addItem(label(kind), kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
