"""Action items: the list of one collaboration (tick to mark done) and the open actions
across all partners, overdue ones highlighted, soonest due first.

Both lists edit (F2, or Enter in the collaboration's list) and delete (Delete) the
selected item the same way, through `edit_action_item` / `delete_action_item`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ocse_planner.services import collaborations as collab_service
from ocse_planner.services.collaborations import ActionInput, ActionRow
from ocse_planner.ui.common import dialogs, operations
from ocse_planner.ui.common.labels import in_language, label
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import AnyIndex, Column, RecordTableModel
from ocse_planner.ui.partners.entry_dialog import ActionItemDialog
from ocse_planner.ui.common.optional_date import OptionalDateEdit, format_day

OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_FOREGROUND = QColor("#8a1c14")



def action_context(row: ActionRow) -> str:
    """"Co-host · Webinar 3 · 2022", or "Strategy partner · <series title> · 2022"."""
    where = QCoreApplication.translate("ActionsView", "Webinar %1").replace("%1", str(row.webinar_number)) if row.webinar_number else row.series
    return f"{label(row.role)} · {where} · {row.year}"


def edit_action_item(parent: QWidget, state: AppState, row: ActionRow) -> bool:
    """Open the item's form; warns (as adding does) about a due date before it was created."""
    title = QCoreApplication.translate("ActionsView", "Edit action item")

    def save(data: ActionInput, dialog: ActionItemDialog) -> bool:
        return operations.run(dialog, state, title, lambda s: collab_service.update_action(s, row.id, data),
                        check=lambda s: collab_service.check_action_update(s, row.id, data), fields=dialog.fields).ok

    return ActionItemDialog.ask(parent, row, save)


def delete_action_item(parent: QWidget, state: AppState, row: ActionRow) -> bool:
    title = QCoreApplication.translate("ActionsView", "Delete action item")
    text = QCoreApplication.translate("ActionsView", "Delete the action item “%1”?").replace("%1", row.description)
    if not dialogs.ask_yes_no(parent, title, text, default_yes=False):
        return False
    return operations.run(parent, state, title, lambda s: collab_service.delete_action(s, row.id)).ok


def item_buttons(parent: QWidget, table: QWidget, edit: object, delete: object) -> tuple[QPushButton, QPushButton]:
    """Edit… (F2) and Delete… (Delete key) buttons; the keys work while the list has focus.
    Their texts are set by `SelectedActionCommands._name_item_buttons` (from retranslate)."""
    edit_button = QPushButton(parent)
    edit_button.clicked.connect(edit)  # type: ignore[arg-type]
    delete_button = QPushButton(parent)
    delete_button.clicked.connect(delete)  # type: ignore[arg-type]
    for key, slot in ((Qt.Key.Key_F2, edit), (Qt.Key.Key_Delete, delete)):
        shortcut = QShortcut(QKeySequence(key), table, context=Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)  # type: ignore[arg-type]
    return edit_button, delete_button


class SelectedActionCommands:
    """Edit… / Delete… on the selected action item, shared by both action lists."""

    view: RecordView[ActionRow]
    state: AppState
    edit_button: QPushButton
    delete_button: QPushButton

    def _name_item_buttons(self) -> None:
        translate = QCoreApplication.translate
        self.edit_button.setText(translate("ActionsView", "Edit action…"))
        self.edit_button.setAccessibleName(translate("ActionsView", "Edit the selected action item"))
        self.edit_button.setToolTip(translate("ActionsView", "Edit the selected action item (F2)"))
        self.delete_button.setText(translate("ActionsView", "Delete action…"))
        self.delete_button.setAccessibleName(translate("ActionsView", "Delete the selected action item"))
        self.delete_button.setToolTip(translate("ActionsView", "Delete the selected action item (Delete)"))

    def _update_buttons(self, *_: object) -> None:
        selected = self.view.current_row() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def edit_selected(self) -> None:
        row = self.view.current_row()
        if row is not None and edit_action_item(self, self.state, row):  # type: ignore[arg-type]
            self.view.select_where(lambda r: r.id == row.id)
            self.view.table.setFocus()

    def delete_selected(self) -> None:
        row = self.view.current_row()
        if row is not None and delete_action_item(self, self.state, row):  # type: ignore[arg-type]
            self.view.table.setFocus()


class ActionItemsModel(RecordTableModel[ActionRow]):
    """Column 0 is a check box: ticking it (mouse or Space) marks the item done."""

    doneToggled = Signal(int, bool)  # action id, done

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            done = self.row_at(index.row()).done
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        return _overdue_colours(self, index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        self.doneToggled.emit(self.row_at(index.row()).id, done)
        return True


class OpenActionsModel(RecordTableModel[ActionRow]):
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return _overdue_colours(self, index, role)


def _overdue_colours(model: RecordTableModel[ActionRow], index: AnyIndex, role: int) -> Any:
    if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
        if model.row_at(index.row()).overdue:
            colour = OVERDUE_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole else OVERDUE_FOREGROUND
            return QBrush(colour)
        return None
    return RecordTableModel.data(model, index, role)


def _due_text(row: ActionRow) -> str:
    text = format_day(row.due_date)
    return QCoreApplication.translate("ActionsView", "%1 (overdue)").replace("%1", text) if row.overdue else text


class ActionItemsPanel(Retranslatable, SelectedActionCommands, QWidget):
    """The action items of the selected collaboration, with a line to add one."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.collaboration_id: int | None = None
        self.model = ActionItemsModel(self._columns())
        # Queued: the save reloads the model, which must not happen inside its own setData.
        self.model.doneToggled.connect(self.set_done, Qt.ConnectionType.QueuedConnection)
        self.view: RecordView[ActionRow] = RecordView(self.model, searchable=False, parent=self)
        self.description = QLineEdit(self)
        self.owner = QLineEdit(self)
        self.due = OptionalDateEdit("", self)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.description.returnPressed.connect(self.add)
        self.done_button = QPushButton(self)
        self.done_button.clicked.connect(self.toggle_current)
        self.edit_button, self.delete_button = item_buttons(self, self.view.table, self.edit_selected, self.delete_selected)
        self.view.activated.connect(lambda _row: self.edit_selected())
        self.view.currentRowChanged.connect(self._update_buttons)

        form = QHBoxLayout()
        form.addWidget(self.description, 3)
        form.addWidget(self.owner, 1)
        form.addWidget(self.due)
        form.addWidget(self.add_button)
        form.addWidget(self.done_button)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.edit_button)
        row_buttons.addWidget(self.delete_button)
        row_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(row_buttons)
        layout.addLayout(form)
        self.show_collaboration(None)
        self.retranslate()

    def _columns(self) -> list[Column[ActionRow]]:
        return [
            Column(self.tr("Done"), lambda r: int(r.done), text=lambda r: ""),
            Column(self.tr("What"), lambda r: r.description),
            Column(self.tr("Owner"), lambda r: r.owner),
            Column(self.tr("Due"), lambda r: r.due_date, text=_due_text),
        ]

    def retranslate(self) -> None:
        self.view.set_texts(self.tr("Action items"), self._columns())
        self.description.setPlaceholderText(self.tr("What needs doing"))
        self.description.setAccessibleName(self.tr("New action: what"))
        self.owner.setPlaceholderText(self.tr("Owner"))
        self.owner.setAccessibleName(self.tr("New action: owner"))
        self.due.setSpecialValueText(self.tr("No due date"))
        self.due.setAccessibleName(self.tr("New action: due date"))
        self.add_button.setText(self.tr("Add action"))
        self.add_button.setAccessibleName(self.tr("Add action item"))
        self.done_button.setText(self.tr("Mark done"))
        self.done_button.setAccessibleName(self.tr("Mark the selected action item done or not done"))
        # No mnemonic: Alt+letters are taken by the main tabs; Space on the check box works too.
        self.done_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.done_button.setToolTip(self.tr("Mark the selected action done or not done (Ctrl+Return)"))
        self._name_item_buttons()

    def show_collaboration(self, collaboration_id: int | None) -> None:
        self.collaboration_id = collaboration_id
        for widget in (self.description, self.owner, self.due, self.add_button, self.done_button):
            widget.setEnabled(collaboration_id is not None)
        self.refresh()

    def refresh(self) -> None:
        db = self.state.db
        if db is None or self.collaboration_id is None:
            self.view.set_rows([])
            return
        with db.read() as session:
            self.view.set_rows(collab_service.list_actions(session, self.collaboration_id))
        self._update_buttons()

    def add(self) -> None:
        if self.collaboration_id is None:
            return
        data = ActionInput(self.collaboration_id, self.description.text(), self.owner.text(), self.due.value())
        if operations.run(self, self.state, self.tr("Add action item"),
                    lambda s: collab_service.add_action(s, data),
                    check=lambda s: collab_service.check_action(s, data),
                    fields={"description": self.description, "due": self.due}).ok:
            self.description.clear()
            self.owner.clear()
            self.due.set_value(None)
            self.description.setFocus()

    def set_done(self, action_id: int, done: bool) -> None:
        operations.run(self, self.state, self.tr("Mark action item done"),
                 lambda s: collab_service.set_action_done(s, action_id, done)).ok
        self.view.select_where(lambda r: r.id == action_id)

    def toggle_current(self) -> None:
        row = self.view.current_row()
        if row is not None:
            self.set_done(row.id, not row.done)


class OpenActionsView(Retranslatable, SelectedActionCommands, QWidget):
    """Every open action item across partners; overdue rows are highlighted."""

    collaborationActivated = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = OpenActionsModel(self._columns())
        self.view: RecordView[ActionRow] = RecordView(self.model, parent=self)
        self.view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(lambda row: row and self.collaborationActivated.emit(row.collaboration_id))
        self.edit_button, self.delete_button = item_buttons(self, self.view.table, self.edit_selected, self.delete_selected)
        self.view.currentRowChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self._update_buttons()
        self.retranslate()

    def _columns(self) -> list[Column[ActionRow]]:
        return [
            Column(self.tr("Due"), lambda r: r.due_date.isoformat() if r.due_date else "9999", text=_due_text),
            Column(self.tr("What"), lambda r: r.description),
            Column(self.tr("Owner"), lambda r: r.owner),
            Column(self.tr("Organization"), lambda r: in_language(r.organization, r.organization_fr)),
            Column(self.tr("Collaboration"), action_context),
        ]

    def retranslate(self) -> None:
        self.view.set_texts(self.tr("Open actions"), self._columns(),
                            search_placeholder=self.tr("Search open actions by what, owner or organization…"))
        self._name_item_buttons()

    def refresh(self, today: date | None = None) -> None:
        db = self.state.db
        if db is None:
            self.view.set_rows([])
            return
        with db.read() as session:
            self.view.set_rows(collab_service.open_actions(session, today=today))
