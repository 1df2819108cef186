"""The contact log of one collaboration: dated calls, e-mails and meetings, newest first.

An entry is corrected in a small form (F2 or Enter on the list, or the Edit button) and
removed after a confirmation (Delete key or the Remove button).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ocse_planner.db.enums import ContactChannel
from ocse_planner.services import collaborations as collab_service
from ocse_planner.services.collaborations import ContactRow
from ocse_planner.ui.common import dialogs, operations
from ocse_planner.ui.common.enum_combo import EnumCombo
from ocse_planner.ui.common.labels import label
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import Column, RecordTableModel
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.partners.entry_dialog import ContactEntryDialog, ContactValue
from ocse_planner.ui.common.optional_date import OptionalDateEdit, format_day


class ContactLogPanel(Retranslatable, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.collaboration_id: int | None = None
        self.view: RecordView[ContactRow] = RecordView(RecordTableModel(self._columns()), searchable=False,
                                                       parent=self)
        self.day = OptionalDateEdit("", self)
        self.channel: EnumCombo[ContactChannel] = EnumCombo(ContactChannel, self)
        self.summary = QLineEdit(self)
        self.summary.returnPressed.connect(self.add)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.remove)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit)
        self.view.activated.connect(lambda _row: self.edit())
        self.view.currentRowChanged.connect(self._update_buttons)
        for key, slot in ((Qt.Key.Key_F2, self.edit), (Qt.Key.Key_Delete, self.remove)):
            shortcut = QShortcut(QKeySequence(key), self.view.table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        form = QHBoxLayout()
        form.addWidget(self.day)
        form.addWidget(self.channel)
        form.addWidget(self.summary, 1)
        form.addWidget(self.add_button)
        form.addWidget(self.edit_button)
        form.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(form)
        self.show_collaboration(None)
        self.retranslate()

    def _columns(self) -> list[Column[ContactRow]]:
        return [
            Column(self.tr("Date"), lambda r: r.occurred_on.isoformat(), text=lambda r: format_day(r.occurred_on)),
            Column(self.tr("How"), lambda r: label(r.channel)),
            Column(self.tr("Summary"), lambda r: r.summary),
        ]

    def retranslate(self) -> None:
        self.view.set_texts(self.tr("Contact log"), self._columns())
        self.day.setSpecialValueText(self.tr("No date"))
        self.day.setAccessibleName(self.tr("New contact: date"))
        self.channel.setAccessibleName(self.tr("New contact: call, e-mail or meeting"))
        self.summary.setPlaceholderText(self.tr("What was said or agreed"))
        self.summary.setAccessibleName(self.tr("New contact: summary"))
        self.add_button.setText(self.tr("Log &contact"))
        self.add_button.setAccessibleName(self.tr("Add contact log entry"))
        self.delete_button.setText(self.tr("Remove entr&y"))
        self.delete_button.setAccessibleName(self.tr("Remove the selected contact log entry"))
        self.delete_button.setToolTip(self.tr("Remove the selected entry (Delete)"))
        self.edit_button.setText(self.tr("Edit entry…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected contact log entry"))
        self.edit_button.setToolTip(self.tr("Edit the selected entry (F2)"))

    def show_collaboration(self, collaboration_id: int | None) -> None:
        self.collaboration_id = collaboration_id
        for widget in (self.day, self.channel, self.summary, self.add_button):
            widget.setEnabled(collaboration_id is not None)
        self.day.setDate(QDate.currentDate())
        self.refresh()

    def refresh(self) -> None:
        db = self.state.db
        if db is None or self.collaboration_id is None:
            self.view.set_rows([])
            return
        with db.read() as session:
            self.view.set_rows(collab_service.list_contacts(session, self.collaboration_id))
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        selected = self.view.current_row() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def add(self) -> None:
        collab_id = self.collaboration_id
        if collab_id is None:
            return
        day, channel, summary = self.day.value(), self.channel.value(), self.summary.text()
        if operations.run(self, self.state, self.tr("Log contact"),
                    lambda s: collab_service.add_contact(s, collab_id, day, channel, summary),
                    fields={"date": self.day, "summary": self.summary}).ok:
            self.summary.clear()

    def remove(self) -> None:
        row = self.view.current_row()
        if row is None:
            return
        title = self.tr("Remove contact log entry")
        if dialogs.ask_yes_no(self, title, self.tr("Remove the entry “%1”?").replace("%1", row.summary),
                              default_yes=False):
            operations.run(self, self.state, title, lambda s: collab_service.delete_contact(s, row.id)).ok
            self.view.table.setFocus()

    def edit(self) -> None:
        row = self.view.current_row()
        if row is None:
            return
        title = self.tr("Edit contact log entry")

        def save(value: ContactValue, dialog: ContactEntryDialog) -> bool:
            day, channel, summary = value
            return operations.run(dialog, self.state, title,
                            lambda s: collab_service.update_contact(s, row.id, day, channel, summary),
                            fields=dialog.fields).ok

        if ContactEntryDialog.ask(self, row, save):
            self.view.select_where(lambda r: r.id == row.id)
            self.view.table.setFocus()
