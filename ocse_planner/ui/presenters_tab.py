"""Presenters tab: the directory of people who present (or may present)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ocse_planner.services import overview
from ocse_planner.services.overview import PersonRow
from ocse_planner.ui.record_view import RecordView
from ocse_planner.ui.state import AppState
from ocse_planner.ui.table_model import Column, RecordTableModel


class PresentersTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        columns: list[Column[PersonRow]] = [
            Column(self.tr("Name"), lambda r: r.family_name, text=lambda r: r.name),
            Column(self.tr("Job title"), lambda r: r.job_title),
            Column(self.tr("Organization"), lambda r: r.organization),
            Column(self.tr("E-mail"), lambda r: r.email),
            Column(self.tr("Time zone"), lambda r: r.time_zone),
        ]
        self.people = RecordView(
            RecordTableModel(columns),
            name=self.tr("Presenters"),
            search_placeholder=self.tr("Search people by name, title or organization…"),
            parent=self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.people)
        state.databaseChanged.connect(self.refresh)
        state.dataChanged.connect(self.refresh)

    def refresh(self) -> None:
        db = self.state.db
        if db is None:
            self.people.set_rows([])
            return
        with db.read() as session:
            self.people.set_rows(overview.list_people(session))
