"""The organization directory: search, create, edit, merge duplicates, delete with impact."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ocse_planner.services import organizations as orgs
from ocse_planner.services.organizations import OrganizationDetail, OrganizationImpact, OrganizationInput
from ocse_planner.ui.common import dialogs, operations
from ocse_planner.ui.common.buttons import button_row, push_button
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.labels import in_language, label
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import Column, RecordTableModel
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.partners.organization_dialog import MergeDialog, OrganizationDialog


class OrganizationDirectory(Retranslatable, QWidget):
    """`currentChanged(OrganizationDetail | None)` follows the selected organization."""

    currentChanged = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.view: RecordView[OrganizationDetail] = RecordView(RecordTableModel(self._columns()), parent=self)
        self.view.currentRowChanged.connect(self._current_changed)
        self.view.activated.connect(lambda _row: self.edit())

        self.new_button = push_button(self, "", "", self.create)
        self.edit_button = push_button(self, "", "", self.edit)
        self.merge_button = push_button(self, "", "", self.merge)
        self.delete_button = push_button(self, "", "", self.delete_organization)
        buttons = button_row(self.new_button, self.edit_button, self.merge_button, self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self._current_changed(None)
        self.retranslate()

    def _columns(self) -> list[Column[OrganizationDetail]]:
        return [
            # The organizations' names in the interface's language where written (else as written).
            Column(self.tr("Organization"), lambda r: in_language(r.name, r.name_fr)),
            Column(self.tr("Acronym"), lambda r: in_language(r.acronym, r.acronym_fr)),
            Column(self.tr("Kind"), lambda r: label(r.kind)),
            Column(self.tr("Part of"), lambda r: r.parent),
            Column(self.tr("People"), lambda r: r.people, align_right=True),
        ]

    def retranslate(self) -> None:
        self.view.set_texts(self.tr("Organizations"), self._columns(),
                            search_placeholder=self.tr("Search organizations by name, acronym, kind or parent…"))
        for button, text, name in (
            (self.new_button, self.tr("&New…"), self.tr("New organization")),
            (self.edit_button, self.tr("Edit…"), self.tr("Edit organization")),
            (self.merge_button, self.tr("&Merge…"), self.tr("Merge a duplicate organization")),
            (self.delete_button, self.tr("De&lete…"), self.tr("Delete organization")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.new_button.setShortcut(QKeySequence("Ctrl+Shift+N"))  # (setText took the Alt+N one's place)

    def _current_changed(self, row: OrganizationDetail | None) -> None:
        for button in (self.edit_button, self.merge_button, self.delete_button):
            button.setEnabled(row is not None)
        self.currentChanged.emit(row)

    def current(self) -> OrganizationDetail | None:
        return self.view.current_row()

    def refresh(self) -> None:
        db = self.state.db
        if db is None:
            self.view.set_rows([])
            return
        with db.read() as session:
            self.view.set_rows(orgs.search_organizations(session))
        # Long names would push acronym and kind out of a half-width pane.
        self.view.table.setColumnWidth(0, min(self.view.table.columnWidth(0), 280))

    def select_organization(self, organization_id: int) -> bool:
        self.view.search.clear()
        return self.view.select_where(lambda r: r.id == organization_id)

    # --- actions -----------------------------------------------------------------------
    def create(self) -> None:
        created: list[int] = []

        def save(data: OrganizationInput, dialog: OrganizationDialog) -> bool:
            return operations.run(dialog, self.state, self.tr("New organization"),
                            lambda s: created.append(orgs.create_organization(s, data)), fields=dialog.fields).ok

        if OrganizationDialog.ask(self, None, self.view.model.rows(), save) and created:
            self.select_organization(created[-1])  # (a write re-run after a collision appends again)

    def edit(self) -> None:
        row = self.current()
        if row is None:
            return

        def save(data: OrganizationInput, dialog: OrganizationDialog) -> bool:
            return operations.run(dialog, self.state, self.tr("Edit organization"),
                            lambda s: orgs.update_organization(s, row.id, row.version, data), fields=dialog.fields).ok

        OrganizationDialog.ask(self, row, self.view.model.rows(), save)

    def merge(self) -> None:
        keep = self.current()
        if keep is None:
            return
        duplicate = MergeDialog.ask(self, keep, self.view.model.rows())
        if duplicate is None:
            return
        if operations.run(self, self.state, self.tr("Merge organizations"),
                    lambda s: orgs.merge_organizations(s, keep.id, duplicate)).ok:
            self.select_organization(keep.id)

    def delete_organization(self) -> None:
        row = self.current()
        db = self.state.db
        if row is None or db is None:
            return
        with db.read() as session:
            impact = orgs.organization_impact(session, row.id)
        title = self.tr("Delete organization")
        if impact.blocks_delete:
            dialogs.show_error(self, title, self._blocked_text(row, impact))
            return
        if dialogs.ask_yes_no(self, title, self._impact_text(row, impact), default_yes=False):
            operations.run(self, self.state, title, lambda s: orgs.delete_organization(s, row.id, row.version)).ok

    def _blocked_text(self, row: OrganizationDetail, impact: OrganizationImpact) -> str:
        return fill(self.tr(
            "%1 cannot be deleted: it or its people present in %2 booking(s). Remove those "
            "presenters from the agendas first, or merge it into another organization."
        ), row.name, str(impact.bookings))

    def _impact_text(self, row: OrganizationDetail, impact: OrganizationImpact) -> str:
        lines = [self.tr("Delete %1?").replace("%1", row.name), ""]
        lines.append(self.tr("People who will have no organization: %1").replace("%1", str(impact.people)))
        lines.append(self.tr("Collaborations deleted with it: %1").replace("%1", str(impact.collaborations)))
        lines.append(self.tr("Units that will have no parent: %1").replace("%1", str(impact.children)))
        lines.append(self.tr("Series that will have no host: %1").replace("%1", str(impact.hosted_series)))
        return "\n".join(lines)
