"""The contact log of one collaboration: dated calls, e-mails and meetings, newest first."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ocse_planner.db.enums import ContactChannel
from ocse_planner.services import collaborations as collab_service
from ocse_planner.services.collaborations import ContactRow
from ocse_planner.ui import dialogs
from ocse_planner.ui.labels import label
from ocse_planner.ui.optional_date import OptionalDateEdit, format_day
from ocse_planner.ui.partner_saves import run_save
from ocse_planner.ui.record_view import RecordView
from ocse_planner.ui.state import AppState
from ocse_planner.ui.table_model import Column, RecordTableModel


class ContactLogPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.collaboration_id: int | None = None
        columns: list[Column[ContactRow]] = [
            Column(self.tr("Date"), lambda r: r.occurred_on.isoformat(), text=lambda r: format_day(r.occurred_on)),
            Column(self.tr("How"), lambda r: label(r.channel)),
            Column(self.tr("Summary"), lambda r: r.summary),
        ]
        self.view: RecordView[ContactRow] = RecordView(
            RecordTableModel(columns), name=self.tr("Contact log"), searchable=False, parent=self
        )
        self.day = OptionalDateEdit(self.tr("No date"), self)
        self.day.setAccessibleName(self.tr("New contact: date"))
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("New contact: call, e-mail or meeting"))
        for channel in ContactChannel:
            self.channel.addItem(label(channel), channel)
        self.summary = QLineEdit(self)
        self.summary.setPlaceholderText(self.tr("What was said or agreed"))
        self.summary.setAccessibleName(self.tr("New contact: summary"))
        self.summary.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Log &contact"), self)
        self.add_button.setAccessibleName(self.tr("Add contact log entry"))
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("Remove entr&y"), self)
        self.delete_button.setAccessibleName(self.tr("Remove the selected contact log entry"))
        self.delete_button.clicked.connect(self.remove)

        form = QHBoxLayout()
        form.addWidget(self.day)
        form.addWidget(self.channel)
        form.addWidget(self.summary, 1)
        form.addWidget(self.add_button)
        form.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(form)
        self.show_collaboration(None)

    def show_collaboration(self, collaboration_id: int | None) -> None:
        self.collaboration_id = collaboration_id
        for widget in (self.day, self.channel, self.summary, self.add_button, self.delete_button):
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

    def add(self) -> None:
        collab_id = self.collaboration_id
        if collab_id is None:
            return
        day, channel, summary = self.day.value(), self.channel.currentData(), self.summary.text()
        if run_save(self, self.state, self.tr("Log contact"),
                    lambda s: collab_service.add_contact(s, collab_id, day, channel, summary)):
            self.summary.clear()

    def remove(self) -> None:
        row = self.view.current_row()
        if row is None:
            return
        title = self.tr("Remove contact log entry")
        if dialogs.ask_yes_no(self, title, self.tr("Remove the entry “%1”?").replace("%1", row.summary),
                              default_yes=False):
            run_save(self, self.state, title, lambda s: collab_service.delete_contact(s, row.id))
