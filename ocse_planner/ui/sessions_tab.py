"""Sessions tab: the webinars of the selected series and the agenda of the selected one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ocse_planner.services import overview
from ocse_planner.services.overview import AgendaRow, WebinarRow
from ocse_planner.ui.labels import format_datetime, label
from ocse_planner.ui.record_view import RecordView
from ocse_planner.ui.state import AppState
from ocse_planner.ui.table_model import Column, RecordTableModel


class SessionsTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        webinar_columns: list[Column[WebinarRow]] = [
            Column(self.tr("No."), lambda r: r.number, align_right=True),
            Column(self.tr("Title"), lambda r: r.title),
            Column(
                self.tr("Starts"),
                lambda r: r.starts_at,  # sorts by the instant, shown in the webinar's zone
                text=lambda r: format_datetime(r.starts_at, r.time_zone),
            ),
            Column(self.tr("Minutes"), lambda r: r.duration_minutes, align_right=True),
            Column(self.tr("Co-host"), lambda r: r.co_hosts),
            Column(self.tr("Status"), lambda r: r.status, text=lambda r: label(r.status)),
            Column(self.tr("Presentations"), lambda r: r.presentations, align_right=True),
        ]
        self.webinars = RecordView(
            RecordTableModel(webinar_columns), name=self.tr("Webinars"), parent=self
        )
        self.webinars.currentRowChanged.connect(self._show_agenda)

        agenda_columns: list[Column[AgendaRow]] = [
            Column(self.tr("Order"), lambda r: r.position, align_right=True),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Minutes"), lambda r: r.duration_minutes, align_right=True),
            Column(self.tr("Presenters"), lambda r: r.presenters),
        ]
        self.agenda = RecordView(
            RecordTableModel(agenda_columns), name=self.tr("Agenda"), searchable=False, parent=self
        )
        self.agenda_title = QLabel(self)
        self.agenda_title.setTextFormat(Qt.TextFormat.PlainText)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.agenda_title)
        lower_layout.addWidget(self.agenda)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.webinars)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        state.seriesChanged.connect(self.refresh)
        state.dataChanged.connect(self.refresh)

    def refresh(self) -> None:
        db, series_id = self.state.db, self.state.series_id
        if db is None or series_id is None:
            self.webinars.set_rows([])
            return
        with db.read() as session:
            rows = overview.list_webinars(session, series_id)
        self.webinars.set_rows(rows)
        if self.webinars.current_row() is None and rows:
            self.webinars.select_where(lambda r: r.id == rows[0].id)

    def _show_agenda(self, row: WebinarRow | None) -> None:
        db = self.state.db
        if row is None or db is None:
            self.agenda_title.clear()
            self.agenda.set_rows([])
            return
        self.agenda_title.setText(
            self.tr("Agenda of webinar %1: %2").replace("%1", str(row.number)).replace("%2", row.title)
        )
        with db.read() as session:
            self.agenda.set_rows(overview.list_agenda(session, row.id))
