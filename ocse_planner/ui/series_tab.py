"""Series tab: every series in the file; selecting one selects it for the other tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSplitter, QVBoxLayout, QWidget
from PySide6.QtCore import Qt

from ocse_planner.services import overview
from ocse_planner.services.overview import SeriesRow
from ocse_planner.ui.labels import label
from ocse_planner.ui.record_view import RecordView
from ocse_planner.ui.state import AppState
from ocse_planner.ui.table_model import Column, RecordTableModel


class SeriesTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        columns: list[Column[SeriesRow]] = [
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Year"), lambda r: r.year, align_right=True),
            Column(self.tr("Status"), lambda r: r.status, text=lambda r: label(r.status)),
            Column(self.tr("Host"), lambda r: r.host),
            Column(self.tr("Webinars"), lambda r: r.webinars, align_right=True),
            Column(self.tr("Presentations"), lambda r: r.presentations, align_right=True),
            Column(
                self.tr("Presenters confirmed / needed"),
                lambda r: f"{r.presenters_confirmed} / {r.presenters_needed}",
                align_right=True,
            ),
        ]
        self.list = RecordView(RecordTableModel(columns), name=self.tr("Series"), parent=self)
        self.list.currentRowChanged.connect(self._on_current)

        details = QWidget(self)
        form = QFormLayout(details)
        self.programme = QLabel(details)
        self.objectives = QLabel(details)
        for widget in (self.programme, self.objectives):
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Programme:"), self.programme)
        form.addRow(self.tr("Objectives:"), self.objectives)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        state.databaseChanged.connect(self.refresh)
        state.dataChanged.connect(self.refresh)

    def refresh(self) -> None:
        db = self.state.db
        if db is None:
            self.list.set_rows([])
            return
        with db.read() as session:
            rows = overview.list_series(session)
        self.list.set_rows(rows, keep=self.state.series_id)
        if self.list.current_row() is None and rows:
            self.list.select_where(lambda r: r.id == rows[0].id)

    def _on_current(self, row: SeriesRow | None) -> None:
        self.state.set_series(row.id if row else None)
        self._show_details(row)

    def _show_details(self, row: SeriesRow | None) -> None:
        db = self.state.db
        if row is None or db is None:
            self.programme.clear()
            self.objectives.clear()
            return
        with db.read() as session:
            detail = overview.series_detail(session, row.id)
        self.programme.setText(detail.programme)
        self.objectives.setText("\n".join(f"• {o}" for o in detail.objectives))
