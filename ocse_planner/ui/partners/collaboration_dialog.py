"""The form of one collaboration record: what an organization does in a series or webinar.

The contact-person list offers only the organization's own people; a contact kept from
before who has since moved elsewhere stays listed (marked) so editing other fields does
not silently drop them — the save then warns about it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from ocse_planner.db.enums import CollaborationRole, CollaborationStatus
from ocse_planner.services.collaborations import CollaborationInput, CollaborationRow, PersonChoice
from ocse_planner.services.organizations import OrganizationDetail
from ocse_planner.services.overview import WebinarRow
from ocse_planner.ui.common.enum_combo import EnumCombo
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.partners.captioned_form import captioned_form
from ocse_planner.ui.common.optional_date import OptionalDateEdit
from ocse_planner.ui.common.retranslate import ModalOnly


class CollaborationDialog(ModalOnly, QDialog):
    def __init__(
        self,
        organization: OrganizationDetail,
        series_id: int,
        webinars: Sequence[WebinarRow],
        people: Sequence[PersonChoice],
        row: CollaborationRow | None,
        on_save: Callable[[CollaborationInput], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._organization_id = organization.id
        self._series_id = series_id
        self._on_save = on_save
        self.setWindowTitle(self.tr("New collaboration") if row is None else self.tr("Edit collaboration"))

        self.organization = QLabel(organization.name, self)
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("The whole series"), None)
        for w in webinars:
            self.scope.addItem(fill(self.tr("Webinar %1: %2"), str(w.number), w.title), w.id)
        self.role: EnumCombo[CollaborationRole] = EnumCombo(CollaborationRole, self)
        self.status: EnumCombo[CollaborationStatus] = EnumCombo(CollaborationStatus, self)
        self.contact = QComboBox(self)
        self.contact.addItem(self.tr("(no contact person)"), None)
        for person in people:
            self.contact.addItem(person.name, person.id)
        self.agreement = OptionalDateEdit(self.tr("No agreement yet"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)

        self.buttons = captioned_form(
            self,
            (
                (self.tr("&For:"), self.scope, self.tr("Series or webinar")),
                (self.tr("&Role:"), self.role, self.tr("Role")),
                (self.tr("&Status:"), self.status, self.tr("Status")),
                (self.tr("&Contact person:"), self.contact, self.tr("Contact person")),
                (self.tr("&Agreement date:"), self.agreement, self.tr("Agreement date")),
                (self.tr("&Notes:"), self.notes, self.tr("Notes")),
            ),
            before=((self.tr("Organization:"), self.organization),),
        )

        self.fields: dict[str, QWidget] = {
            "webinar": self.scope, "role": self.role, "contact": self.contact, "series": self.scope}
        if row is not None:
            self.scope.setCurrentIndex(max(0, self.scope.findData(row.webinar_id)))
            self.role.set_value(row.role)
            self.status.set_value(row.status)
            if row.contact_person_id is not None and self.contact.findData(row.contact_person_id) < 0:
                self.contact.addItem(
                    self.tr("%1 (another organization)").replace("%1", row.contact), row.contact_person_id
                )
            self.contact.setCurrentIndex(max(0, self.contact.findData(row.contact_person_id)))
            self.agreement.set_value(row.agreement_date)
            self.notes.setPlainText(row.notes)
        self.resize(560, 380)

    def value(self) -> CollaborationInput:
        return CollaborationInput(
            organization_id=self._organization_id,
            series_id=self._series_id,
            webinar_id=self.scope.currentData(),
            role=self.role.value(),
            status=self.status.value(),
            contact_person_id=self.contact.currentData(),
            agreement_date=self.agreement.value(),
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        if self._on_save(self.value(), self):
            super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        organization: OrganizationDetail,
        series_id: int,
        webinars: Sequence[WebinarRow],
        people: Sequence[PersonChoice],
        row: CollaborationRow | None,
        on_save: Callable[[CollaborationInput, CollaborationDialog], bool],
    ) -> bool:
        dialog = cls(organization, series_id, webinars, people, row, on_save, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
