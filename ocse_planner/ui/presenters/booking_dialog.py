"""The booking dialog: put a person, or an organization presenting as a body, on a slot.

`BookingDialog.ask()` returns what was chosen (or None), so tests answer it directly and
the tab does the booking through the service, where a double booking is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from ocse_planner.db.enums import AgendaItemKind, BookingStatus
from ocse_planner.services.overview import OrganizationRow
from ocse_planner.services.people import DirectoryRow
from ocse_planner.services.timetable import TimetableSlot
from ocse_planner.ui.common.enum_combo import EnumCombo
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.retranslate import ModalOnly


@dataclass(frozen=True)
class BookingRequest:
    presentation_id: int
    person_id: int | None
    organization_id: int | None
    status: BookingStatus
    note: str


class BookingDialog(ModalOnly, QDialog):
    def __init__(self, slots: list[TimetableSlot], people: list[DirectoryRow],
                 organizations: list[OrganizationRow], *, presentation_id: int | None = None,
                 person_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Book a presenter"))
        self.presentation = QComboBox(self)
        self.presentation.setAccessibleName(self.tr("Presentation"))
        for slot in slots:
            if slot.kind == AgendaItemKind.PRESENTATION:
                self.presentation.addItem(
                    fill(self.tr("Webinar %1 · %2"), str(slot.webinar_number), slot.title),
                    slot.id,
                )
        if presentation_id is not None:
            self.presentation.setCurrentIndex(max(0, self.presentation.findData(presentation_id)))

        self.as_person = QRadioButton(self.tr("A &person"), self)
        self.as_organization = QRadioButton(self.tr("An organi&zation as a body"), self)
        self.as_person.setAccessibleName(self.tr("Book a person"))
        self.as_organization.setAccessibleName(self.tr("Book an organization"))
        self.as_person.setChecked(True)
        self.person = QComboBox(self)
        self.person.setAccessibleName(self.tr("Person"))
        for row in people:
            self.person.addItem(f"{row.name} — {row.organization}" if row.organization else row.name, row.id)
        if person_id is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(person_id)))
        self.organization = QComboBox(self)
        self.organization.setAccessibleName(self.tr("Organization"))
        for org in organizations:
            self.organization.addItem(f"{org.name} ({org.acronym})" if org.acronym else org.name, org.id)
        self.organization.setEnabled(False)
        self.as_person.toggled.connect(self.person.setEnabled)
        self.as_organization.toggled.connect(self.organization.setEnabled)

        self.status: EnumCombo[BookingStatus] = EnumCombo(BookingStatus, self)
        self.status.setAccessibleName(self.tr("Booking status"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Booking note"))

        for combo in (self.presentation, self.person, self.organization):
            # Titles and organization names are long: keep the dialog a sensible width.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(48)
        who = QHBoxLayout()
        who.addWidget(self.as_person)
        who.addWidget(self.as_organization)
        form = QFormLayout(self)
        form.addRow(self.tr("P&resentation:"), self.presentation)
        form.addRow(self.tr("Presenter:"), who)
        form.addRow(self.tr("Pe&rson:"), self.person)
        form.addRow(self.tr("Or&ganization:"), self.organization)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def request(self) -> BookingRequest | None:
        presentation_id = self.presentation.currentData()
        person = self.person.currentData() if self.as_person.isChecked() else None
        org = self.organization.currentData() if self.as_organization.isChecked() else None
        if presentation_id is None or (person is None and org is None):
            return None
        return BookingRequest(presentation_id, person, org, self.status.value(), self.note.text())

    @classmethod
    def ask(cls, parent: QWidget | None, slots: list[TimetableSlot], people: list[DirectoryRow],
            organizations: list[OrganizationRow], *, presentation_id: int | None = None,
            person_id: int | None = None) -> BookingRequest | None:
        dialog = cls(slots, people, organizations, presentation_id=presentation_id,
                     person_id=person_id, parent=parent)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
