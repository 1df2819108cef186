"""Partners tab: the organizations the series works with."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ocse_planner.services import overview
from ocse_planner.services.overview import OrganizationRow
from ocse_planner.ui.labels import label
from ocse_planner.ui.record_view import RecordView
from ocse_planner.ui.state import AppState
from ocse_planner.ui.table_model import Column, RecordTableModel


class PartnersTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        columns: list[Column[OrganizationRow]] = [
            Column(self.tr("Organization"), lambda r: r.name),
            Column(self.tr("Acronym"), lambda r: r.acronym),
            Column(self.tr("Kind"), lambda r: r.kind, text=lambda r: label(r.kind)),
            Column(self.tr("Part of"), lambda r: r.parent),
            Column(self.tr("People"), lambda r: r.people, align_right=True),
        ]
        self.organizations = RecordView(
            RecordTableModel(columns), name=self.tr("Organizations"), parent=self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.organizations)
        state.databaseChanged.connect(self.refresh)
        state.dataChanged.connect(self.refresh)

    def refresh(self) -> None:
        db = self.state.db
        if db is None:
            self.organizations.set_rows([])
            return
        with db.read() as session:
            self.organizations.set_rows(overview.list_organizations(session))
