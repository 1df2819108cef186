"""The readiness checklist of the selected webinar (services/readiness.py), on the Sessions tab.

The checks the data answers are shown ticked or not, with why; the series' own items are
ticked by hand: Space (or a click on the box) ticks the selected item as done today or
unticks it, F2 edits the cell under the cursor — the day it was done, or the note — and
the buttons add, rename, move and remove the series' items. Every change is one undoable
operation (ui/common/operations.py).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.services import readiness
from ocse_planner.services.errors import NotFoundError
from ocse_planner.services.readiness import ChecklistItem, ItemState, WebinarReadiness
from ocse_planner.ui.common import dialogs, operations
from ocse_planner.ui.common.buttons import button_row, push_button
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.lazy_refresh import RefreshWhenShown
from ocse_planner.ui.common.optional_date import from_qdate, to_qdate
from ocse_planner.ui.common.readiness_labels import STATE_COLOURS, short_date, state_text
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import AnyIndex, Column, RecordTableModel
from ocse_planner.ui.common.table_view import TableView

ITEM, DUE, STATE, DONE_ON, NOTE = range(5)


class ChecklistModel(RecordTableModel[ChecklistItem]):
    """Column 0 carries the tick (the series' items only); the day done and the note edit."""

    tickToggled = Signal(int, bool)  # item id, done
    doneOnEdited = Signal(int, object)  # item id, date
    noteEdited = Signal(int, str)  # item id, note

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        item = self.row_at(index.row())
        if item.manual and index.column() == ITEM:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if item.manual and (index.column() == NOTE or (index.column() == DONE_ON and item.done)):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == ITEM:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and index.column() == DONE_ON:
            return item.done_on
        if role == Qt.ItemDataRole.EditRole and index.column() == NOTE:
            return item.note
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and index.column() == STATE:
            colours = STATE_COLOURS.get(item.state)
            if colours:
                return QBrush(QColor(colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]))
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        item = self.row_at(index.row())
        if item.item_id is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == ITEM:
            self.tickToggled.emit(item.item_id, Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == DONE_ON and isinstance(value, date):
            if value != item.done_on:
                self.doneOnEdited.emit(item.item_id, value)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == NOTE:
            if str(value).strip() != item.note:
                self.noteEdited.emit(item.item_id, str(value))
            return True
        return False


class DoneOnDelegate(QStyledItemDelegate):
    """The day an item was done, edited in a date field with a calendar."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        if index.column() != DONE_ON:
            return super().createEditor(parent, option, index)
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setMinimumDate(QDate(1900, 1, 1))
        editor.setAccessibleName(self.tr("Day it was done"))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QDateEdit):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setDate(to_qdate(value) if isinstance(value, date) else QDate.currentDate())
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, from_qdate(editor.date()), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class ReadinessPanel(Retranslatable, QWidget):
    """The checklist of one webinar and the commands on the series' list."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.webinar_id: int | None = None
        self.readiness: WebinarReadiness | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = ChecklistModel(self._columns(), self)
        self.model.tickToggled.connect(self.set_ticked)
        self.model.doneOnEdited.connect(self.set_done_on)
        self.model.noteEdited.connect(self.set_note)
        self.table = TableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(DoneOnDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.verticalHeader().setVisible(False)
        self.table.size_columns(fit=[DUE, STATE, DONE_ON], stretch=NOTE)
        self._sized = False
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        for key, slot in ((Qt.Key.Key_Space, self.toggle_current), (Qt.Key.Key_F2, self.edit_current)):
            shortcut = QShortcut(QKeySequence(key), self.table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        self.add_button = push_button(self, "", "", self.add_item)
        self.rename_button = push_button(self, "", "", self.rename_item)
        self.days_button = push_button(self, "", "", self.change_days)
        self.up_button = push_button(self, "", "", lambda: self.move_item(-1))
        self.down_button = push_button(self, "", "", lambda: self.move_item(1))
        self.remove_button = push_button(self, "", "", self.remove_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(button_row(self.add_button, self.rename_button, self.days_button, self.up_button,
                                    self.down_button, self.remove_button))
        # Read when on screen only: behind the Running agenda page it notes that it is stale.
        self._lazy = RefreshWhenShown(self, self.refresh)
        state.dataChanged.connect(self._lazy.request)
        self.retranslate()

    def _columns(self) -> list[Column[ChecklistItem]]:
        return [
            Column(self.tr("Item"), lambda r: r.title, tooltip=lambda r: self._item_tip(r), fit=True),
            Column(self.tr("Due"), lambda r: r.due_on, text=lambda r: self._due_text(r), fit=True),
            Column(self.tr("State"), lambda r: r.state, text=lambda r: state_text(r.state), fit=True),
            Column(self.tr("Done on"), lambda r: r.done_on, text=lambda r: short_date(r.done_on), fit=True),
            Column(self.tr("Note or reason"), lambda r: r.note or r.detail, stretch=True),
        ]

    def _item_tip(self, item: ChecklistItem) -> str:
        if item.manual:
            return self.tr("%1 — tick with Space when done").replace("%1", item.title)
        return self.tr("%1 — checked from the plan, not ticked by hand").replace("%1", item.title)

    def _due_text(self, item: ChecklistItem) -> str:
        if item.due_on is None:
            return self.tr("%1 days before").replace("%1", str(item.days_before))
        return short_date(item.due_on)

    # --- language ------------------------------------------------------------------
    def retranslate(self) -> None:
        self.model.set_columns(self._columns())
        self.table.setAccessibleName(self.tr("Readiness checklist"))
        self.table.setToolTip(self.tr("Space: tick or untick the selected item. F2: edit the day it was done "
                                      "or the note."))
        self.summary.setAccessibleName(self.tr("Readiness summary"))
        texts = (
            (self.add_button, self.tr("Add item…"), self.tr("Add a checklist item to the series")),
            (self.rename_button, self.tr("Rename…"), self.tr("Rename the selected checklist item")),
            (self.days_button, self.tr("Due days…"), self.tr("Change how many days before the webinar the "
                                                            "selected item is due")),
            (self.up_button, self.tr("Move up"), self.tr("Move the selected checklist item up")),
            (self.down_button, self.tr("Move down"), self.tr("Move the selected checklist item down")),
            (self.remove_button, self.tr("Remove…"), self.tr("Remove the selected checklist item from the "
                                                            "series")),
        )
        # No mnemonics: the form above takes the letters (Tab reaches the buttons, Space and
        # F2 work in the list).
        for button, text, name in texts:
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
        self._show_summary()
        if self.readiness is not None:  # the checks' titles and reasons are read in the new language
            self._lazy.request()

    # --- reading -------------------------------------------------------------------
    def set_webinar(self, webinar_id: int | None) -> None:
        self.webinar_id = webinar_id
        self._lazy.request()

    def refresh(self) -> None:
        db, webinar_id = self.state.db, self.webinar_id
        result = None
        if db is not None and webinar_id is not None:
            with db.read() as session:
                try:
                    result = readiness.webinar_readiness(session, webinar_id)
                except NotFoundError:
                    result = None
        keep = self.table.currentIndex()
        keep_row, keep_column = keep.row(), max(keep.column(), 0)
        self.readiness = result
        self.model.set_rows(list(result.items) if result else [])
        if self.model.rowCount() and not self._sized:  # once; later refreshes keep the person's widths
            self._sized = True
            self.table.fit_interactive_columns(cap=340)
        if result is not None and self.model.rowCount():
            row = min(max(keep_row, 0), self.model.rowCount() - 1)
            self.table.setCurrentIndex(self.model.index(row, keep_column))
        self._show_summary()
        self._update_buttons()

    def _show_summary(self) -> None:
        r = self.readiness
        if r is None:
            self.summary.setText(self.tr("Select a webinar to see its readiness checklist."))
            return
        if not r.checked:
            text = self.tr("Webinar %1 is held or cancelled: nothing on its checklist is due any more.")
            self.summary.setText(text.replace("%1", str(r.number)))
            return
        text = self.tr("Webinar %1: %2 done, %3 due, %4 overdue.")
        for number, value in enumerate((r.number, r.done, r.due, r.overdue), start=1):
            text = text.replace(f"%{number}", str(value))
        self.summary.setText(text)

    def current_item(self) -> ChecklistItem | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self, *_: object) -> None:
        item = self.current_item()
        manual = item is not None and item.manual
        self.add_button.setEnabled(self.readiness is not None)
        for button in (self.rename_button, self.days_button, self.up_button, self.down_button, self.remove_button):
            button.setEnabled(manual)

    def select_item(self, item_id: int) -> bool:
        row = self.model.find_row(lambda r: r.item_id == item_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, ITEM))
        return True

    # --- ticks ---------------------------------------------------------------------
    def _run(self, description: str, work: Any) -> bool:
        return operations.run(self, self.state, description, work, title=self.tr("Not saved")).ok

    def _number(self) -> str:
        return str(self.readiness.number) if self.readiness else ""

    def toggle_current(self) -> None:
        item = self.current_item()
        if item is not None and item.manual:
            self.set_ticked(item.item_id, not item.done)  # type: ignore[arg-type]

    def set_ticked(self, item_id: int, done: bool) -> None:
        item = self._item(item_id)
        webinar_id = self.webinar_id
        if item is None or webinar_id is None:
            return
        text = self.tr("Tick “%1” for webinar %2") if done else self.tr("Untick “%1” for webinar %2")
        day = date.today() if done else None
        self._run(fill(text, item.title, self._number()),
                  lambda s: readiness.set_done(s, item_id, webinar_id, day))
        self.select_item(item_id)

    def set_done_on(self, item_id: int, day: date) -> None:
        item, webinar_id = self._item(item_id), self.webinar_id
        if item is None or webinar_id is None:
            return
        text = self.tr("Change the day “%1” was done for webinar %2")
        self._run(fill(text, item.title, self._number()),
                  lambda s: readiness.set_done(s, item_id, webinar_id, day))
        self.select_item(item_id)

    def set_note(self, item_id: int, note: str) -> None:
        item, webinar_id = self._item(item_id), self.webinar_id
        if item is None or webinar_id is None:
            return
        text = self.tr("Note on “%1” for webinar %2")
        self._run(fill(text, item.title, self._number()),
                  lambda s: readiness.set_note(s, item_id, webinar_id, note))
        self.select_item(item_id)

    def edit_current(self) -> None:
        """F2: the cell under the cursor if it can be edited, else the note."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        if not self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            index = self.model.index(index.row(), NOTE)
        if self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def _item(self, item_id: int) -> ChecklistItem | None:
        row = self.model.find_row(lambda r: r.item_id == item_id)
        return self.model.row_at(row) if row >= 0 else None

    # --- the series' list ------------------------------------------------------------
    def add_item(self) -> None:
        r = self.readiness
        if r is None:
            return
        title = dialogs.ask_text(self, self.tr("Add checklist item"), self.tr("What must be done before each "
                                                                          "webinar of the series:"))
        if not title or not title.strip():
            return
        days = dialogs.ask_number(self, self.tr("Add checklist item"), self.tr("Due how many days before the "
                                                                           "webinar:"), 7, 0, 365)
        if days is None:
            return
        series_id = r.series_id
        result = operations.run(self, self.state, self.tr("Add checklist item “%1”").replace("%1", title.strip()),
                                lambda s: readiness.add_item(s, series_id, title, days), title=self.tr("Not added"))
        if result.ok and result.value is not None:
            self.select_item(result.value)

    def rename_item(self) -> None:
        item = self.current_item()
        if item is None or item.item_id is None:
            return
        item_id = item.item_id
        title = dialogs.ask_text(self, self.tr("Rename checklist item"), self.tr("New title:"), item.title)
        if title is None or title.strip() == item.title:
            return
        self._run(self.tr("Rename checklist item “%1”").replace("%1", item.title),
                  lambda s: readiness.rename_item(s, item_id, title))
        self.select_item(item_id)

    def change_days(self) -> None:
        item = self.current_item()
        if item is None or item.item_id is None:
            return
        item_id = item.item_id
        days = dialogs.ask_number(self, self.tr("Due days"), self.tr("Due how many days before the webinar:"),
                                  item.days_before, 0, 365)
        if days is None or days == item.days_before:
            return
        self._run(self.tr("Change when “%1” is due").replace("%1", item.title),
                  lambda s: readiness.set_days_before(s, item_id, days))
        self.select_item(item_id)

    def move_item(self, step: int) -> None:
        item = self.current_item()
        if item is None or item.item_id is None:
            return
        item_id = item.item_id
        text = self.tr("Move “%1” up") if step < 0 else self.tr("Move “%1” down")
        self._run(text.replace("%1", item.title), lambda s: readiness.move_item(s, item_id, step))
        self.select_item(item_id)

    def remove_item(self) -> None:
        item = self.current_item()
        if item is None or item.item_id is None:
            return
        item_id = item.item_id
        question = self.tr("Remove “%1” from the checklist of every webinar of the series, with its ticks and "
                           "notes?\n\nEdit ▸ Undo brings it back.").replace("%1", item.title)
        if not dialogs.ask_yes_no(self, self.tr("Remove checklist item"), question, default_yes=False):
            return
        self._run(self.tr("Remove checklist item “%1”").replace("%1", item.title),
                  lambda s: readiness.remove_item(s, item_id))

    def focus_chain(self) -> list[QWidget]:
        return [self.table, self.add_button, self.rename_button, self.days_button, self.up_button,
                self.down_button, self.remove_button]


__all__ = ["ChecklistModel", "ReadinessPanel"]
