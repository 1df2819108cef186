"""Attendance tab: participants, audience sectors and survey results of the series."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ocse_planner.services import overview
from ocse_planner.services.overview import SectorFigure, SurveyFigure
from ocse_planner.ui.labels import format_number, format_percent
from ocse_planner.ui.record_view import RecordView
from ocse_planner.ui.state import AppState
from ocse_planner.ui.table_model import Column, RecordTableModel


class AttendanceTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.participants = QLabel(self)
        self.participants.setAccessibleName(self.tr("Participants"))

        sector_columns: list[Column[SectorFigure]] = [
            Column(self.tr("Sector"), lambda r: r.sector),
            Column(
                self.tr("Participants"),
                lambda r: -1 if r.count is None else r.count,
                text=lambda r: self.tr("named, not counted") if r.count is None else format_number(r.count),
                align_right=True,
            ),
        ]
        self.sectors = RecordView(
            RecordTableModel(sector_columns), name=self.tr("Audience sectors"), searchable=False
        )
        survey_columns: list[Column[SurveyFigure]] = [
            Column(self.tr("Statement"), lambda r: r.statement),
            Column(
                self.tr("Agreeing"),
                lambda r: r.percent_agree,
                text=lambda r: format_percent(r.percent_agree, r.approximate),
                align_right=True,
            ),
        ]
        self.survey = RecordView(
            RecordTableModel(survey_columns), name=self.tr("Survey results"), searchable=False
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.participants)
        for title, view in ((self.tr("Audience sectors"), self.sectors), (self.tr("Survey results"), self.survey)):
            box = QGroupBox(title, self)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(view)
            layout.addWidget(box)
        state.seriesChanged.connect(self.refresh)
        state.dataChanged.connect(self.refresh)

    def refresh(self) -> None:
        db, series_id = self.state.db, self.state.series_id
        if db is None or series_id is None:
            self.participants.clear()
            self.sectors.set_rows([])
            self.survey.set_rows([])
            return
        with db.read() as session:
            figures = overview.series_figures(session, series_id)
        if figures.participants_reported is None:
            self.participants.setText(self.tr("Participants: not reported"))
        else:
            self.participants.setText(
                self.tr("Participants (reported): %1").replace("%1", format_number(figures.participants_reported))
            )
        self.sectors.set_rows(figures.sectors)
        self.survey.set_rows(figures.survey)
