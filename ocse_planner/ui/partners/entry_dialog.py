"""Small forms to correct an action item or a contact-log entry after it was added.

Both keep the form open until the save succeeds: `on_save` runs the check, asks about
warnings and writes in one transaction; a refusal or a declined warning leaves what was
typed in place so nothing has to be typed twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QWidget,
)

from ocse_planner.db.enums import ContactChannel
from ocse_planner.services.collaborations import ActionInput, ActionRow, ContactRow
from ocse_planner.ui.common.enum_combo import EnumCombo
from ocse_planner.ui.partners.captioned_form import captioned_form
from ocse_planner.ui.common.optional_date import OptionalDateEdit
from ocse_planner.ui.common.retranslate import ModalOnly


class ActionItemDialog(ModalOnly, QDialog):
    """What, owner and due date of one action item (done is ticked in the list)."""

    def __init__(self, row: ActionRow, on_save: Callable[[ActionInput, ActionItemDialog], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._collaboration_id = row.collaboration_id
        self._on_save = on_save
        self.setWindowTitle(self.tr("Edit action item"))
        self.description = QLineEdit(row.description, self)
        self.owner = QLineEdit(row.owner, self)
        self.due = OptionalDateEdit(self.tr("No due date"), self)
        self.due.set_value(row.due_date)
        self.buttons = captioned_form(self, [
            (self.tr("&What:"), self.description, self.tr("What")),
            (self.tr("&Owner:"), self.owner, self.tr("Owner")),
            (self.tr("&Due date:"), self.due, self.tr("Due date")),
        ])
        self.fields: dict[str, QWidget] = {"description": self.description, "due": self.due}
        self.resize(460, 160)

    def value(self) -> ActionInput:
        return ActionInput(self._collaboration_id, self.description.text(), self.owner.text(), self.due.value())

    def accept(self) -> None:
        if self._on_save(self.value(), self):
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, row: ActionRow,
            on_save: Callable[[ActionInput, ActionItemDialog], bool]) -> bool:
        return cls(row, on_save, parent).exec() == QDialog.DialogCode.Accepted


ContactValue = tuple[date | None, ContactChannel, str]


class ContactEntryDialog(ModalOnly, QDialog):
    """Date, channel and summary of one contact-log entry."""

    def __init__(
        self, row: ContactRow, on_save: Callable[[ContactValue, ContactEntryDialog], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_save = on_save
        self.setWindowTitle(self.tr("Edit contact log entry"))
        self.day = OptionalDateEdit(self.tr("No date"), self)
        self.day.set_value(row.occurred_on)
        self.channel: EnumCombo[ContactChannel] = EnumCombo(ContactChannel, self)
        self.channel.set_value(row.channel)
        self.summary = QLineEdit(row.summary, self)
        self.buttons = captioned_form(self, [
            (self.tr("&Date:"), self.day, self.tr("Date")),
            (self.tr("&How:"), self.channel, self.tr("Call, e-mail or meeting")),
            (self.tr("S&ummary:"), self.summary, self.tr("Summary")),
        ])
        self.fields: dict[str, QWidget] = {"date": self.day, "summary": self.summary}
        self.resize(460, 160)

    def value(self) -> ContactValue:
        return self.day.value(), self.channel.value(), self.summary.text()

    def accept(self) -> None:
        if self._on_save(self.value(), self):
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, row: ContactRow,
            on_save: Callable[[ContactValue, ContactEntryDialog], bool]) -> bool:
        return cls(row, on_save, parent).exec() == QDialog.DialogCode.Accepted
