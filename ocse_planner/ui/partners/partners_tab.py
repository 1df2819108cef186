"""Partners tab: who the series works with, on what, and what is still owed.

Three sub-tabs: the organization directory beside the selected organization's
collaborations (with their action items and contact log); the open actions across all
partners; and the who-works-with-whom matrix of the selected series.

Mnemonics (Alt+letter) inside the tab avoid those of the main tabs and menus (S, I, P, A,
T, F, E, R, H); within a sub-page, Tab and Ctrl+Tab reach the rest (Enter on a list edits).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from ocse_planner.services.organizations import OrganizationDetail
from ocse_planner.ui.common.focus import set_tab_order
from ocse_planner.ui.common.lazy_refresh import RefreshWhenShown
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.partners.actions_view import OpenActionsView
from ocse_planner.ui.partners.collaborations_panel import CollaborationsPanel
from ocse_planner.ui.partners.matrix_view import MatrixView
from ocse_planner.ui.partners.organizations_panel import OrganizationDirectory


class PartnersTab(Retranslatable, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.directory = OrganizationDirectory(state, self)
        self.collaborations = CollaborationsPanel(state, self)
        self.directory.currentChanged.connect(self._organization_changed)
        self.open_actions = OpenActionsView(state, self)
        self.open_actions.collaborationActivated.connect(self._show_collaboration)
        self.matrix = MatrixView(state, self)
        self.matrix.collaborationActivated.connect(self._show_matrix_record)

        directory_page = QSplitter(Qt.Orientation.Horizontal, self)
        directory_page.setObjectName("partnersSplitter")
        directory_page.addWidget(self.directory)
        directory_page.addWidget(self.collaborations)
        directory_page.setStretchFactor(0, 2)
        directory_page.setStretchFactor(1, 3)
        directory_page.setSizes([440, 820])
        directory_page.setChildrenCollapsible(False)

        self.pages = QTabWidget(self)
        self.pages.addTab(directory_page, "")
        self.pages.addTab(self.open_actions, "")
        self.pages.addTab(self.matrix, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        directory, collaborations = self.directory, self.collaborations
        actions, contacts = collaborations.actions, collaborations.contacts
        set_tab_order(
            self.pages.tabBar(), directory.view.search, directory.view.table, directory.new_button,
            directory.edit_button, directory.merge_button, directory.delete_button,
            collaborations.view.table, collaborations.add_button, collaborations.edit_button,
            collaborations.delete_button, collaborations.details.tabBar(),
            actions.view.table, actions.edit_button, actions.delete_button, actions.description, actions.owner,
            actions.due, actions.add_button, actions.done_button,
            contacts.view.table, contacts.day, contacts.channel, contacts.summary, contacts.add_button,
            contacts.edit_button, contacts.delete_button,
            self.open_actions.view.search, self.open_actions.view.table, self.open_actions.edit_button,
            self.open_actions.delete_button,
            self.matrix.table, self.matrix.records.table,
        )

        # seriesChanged follows every databaseChanged (ui/common/state.py); a hidden tab waits
        # until it is shown.
        self.refresher = RefreshWhenShown(self, self.refresh)
        state.seriesChanged.connect(self.refresher.request)
        state.dataChanged.connect(self.refresher.request)
        self.retranslate()

    def retranslate(self) -> None:
        self.pages.setAccessibleName(self.tr("Partner views"))
        self.pages.setTabText(0, self.tr("Or&ganizations and collaborations"))
        self.pages.setTabText(1, self.tr("Open acti&ons"))
        self.pages.setTabText(2, self.tr("&Who works with whom"))

    @property
    def organizations(self) -> RecordView[OrganizationDetail]:
        """The directory's list (the name other code and tests know it by)."""
        return self.directory.view

    def refresh(self) -> None:
        self.directory.refresh()
        self.collaborations.no_organizations = not self.directory.view.model.rowCount()
        self.collaborations.refresh()
        self.open_actions.refresh()
        self.matrix.refresh()

    def _organization_changed(self, organization: OrganizationDetail | None) -> None:
        self.collaborations.show_organization(organization)

    def _show_collaboration(self, collaboration_id: int) -> None:
        """From the open-actions list: show that collaboration with its action items."""
        row = next((r for r in self.open_actions.view.model.rows() if r.collaboration_id == collaboration_id), None)
        if row is None:
            return
        self._show_matrix_record(row.organization_id, row.series_id, collaboration_id)

    def _show_matrix_record(self, organization_id: int, series_id: int, collaboration_id: int) -> None:
        self.state.set_series(series_id)
        self.directory.select_organization(organization_id)
        self.collaborations.select_collaboration(collaboration_id)
        self.pages.setCurrentIndex(0)
        self.collaborations.view.table.setFocus()
