"""Each webinar's readiness at a glance, beside the series' form on the Series tab.

One row per webinar: how many checklist items are done, due and overdue, and a word for
the whole (“Overdue”, “On track”, “Ready”, “Held”) in colour *and* text, so the state
does not rely on colour; a screen reader hears the row as a sentence. Activating a row
(Enter, double-click) opens that webinar's checklist on the Sessions tab.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ocse_planner.services import readiness
from ocse_planner.services.readiness import ItemState, WebinarReadiness
from ocse_planner.ui.common.lazy_refresh import RefreshWhenShown
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import AnyIndex, Column, RecordTableModel
from ocse_planner.ui.common.tasks import Latest, Progress, run_task
from ocse_planner.ui.common.readiness_labels import STATE_COLOURS, short_date

VERDICT = 5


def verdict(row: WebinarReadiness) -> ItemState | None:
    """The state that sums the webinar up: overdue if anything is, done if everything is."""
    if not row.checked:
        return None
    if row.overdue:
        return ItemState.OVERDUE
    if row.due:
        return ItemState.DUE
    return ItemState.DONE


class OverviewModel(RecordTableModel[WebinarReadiness]):
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (index.isValid() and index.column() == VERDICT
                and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)):
            state = verdict(self.row_at(index.row()))
            colours = STATE_COLOURS.get(state) if state is not None else None
            if colours:
                return QBrush(QColor(colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]))
        if index.isValid() and role == Qt.ItemDataRole.AccessibleTextRole:
            return self._sentence(self.row_at(index.row()))
        return super().data(index, role)

    sentence: Any = None

    def _sentence(self, row: WebinarReadiness) -> str:
        return self.sentence(row) if self.sentence else ""


class ReadinessOverview(Retranslatable, QWidget):
    """The webinars of the selected series with their readiness counts."""

    openChecklist = Signal(int)  # webinar id

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.heading = QLabel(self)
        self.model = OverviewModel(self._columns(), self)
        self.model.sentence = self._sentence
        self.view = RecordView(self.model, name="", searchable=False, parent=self)
        self.view.activated.connect(lambda row: row is not None and self.openChecklist.emit(row.webinar_id))
        self.heading.setBuddy(self.view.table)
        self._latest = Latest()  # only the newest reading may fill the list
        # what the worker that opened the file read: (planner, series id, rows), shown once
        self._first: tuple[object, int, list[WebinarReadiness]] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        self._lazy = RefreshWhenShown(self, self.refresh)
        state.seriesChanged.connect(self._lazy.request)
        state.dataChanged.connect(self._lazy.request)
        state.databaseChanged.connect(self._lazy.request)
        self.retranslate()

    def _columns(self) -> list[Column[WebinarReadiness]]:
        return [
            Column(self.tr("No."), lambda r: r.number, align_right=True),
            Column(self.tr("Date"), lambda r: r.starts_on, text=lambda r: short_date(r.starts_on) or self.tr("not set"),
                   fit=True),
            Column(self.tr("Done"), lambda r: r.done, align_right=True),
            Column(self.tr("Due"), lambda r: r.due, align_right=True),
            Column(self.tr("Overdue"), lambda r: r.overdue, align_right=True),
            Column(self.tr("Readiness"), lambda r: self._verdict_text(r), stretch=True),
        ]

    def _verdict_text(self, row: WebinarReadiness) -> str:
        state = verdict(row)
        if state is None:
            return self.tr("Held or cancelled")
        return {ItemState.OVERDUE: self.tr("Overdue"), ItemState.DUE: self.tr("On track"),
                ItemState.DONE: self.tr("Ready")}[state]

    def _sentence(self, row: WebinarReadiness) -> str:
        text = self.tr("Webinar %1: %2 done, %3 due, %4 overdue — %5")
        for number, value in enumerate((row.number, row.done, row.due, row.overdue), start=1):
            text = text.replace(f"%{number}", str(value))
        return text.replace("%5", self._verdict_text(row))

    def retranslate(self) -> None:
        self.view.set_texts(self.tr("Readiness of the webinars"), self._columns())
        self.heading.setText(self.tr("Readiness of the &webinars (Enter opens the checklist):"))

    def refresh(self) -> None:
        """Read the series' readiness on a worker: with a decade of series in the file its
        checks (the French gaps look through every attendance record's sector) hold the
        UI thread for 100–300 ms, the first-file-open stall (bench/blackbox.py)."""
        db, series_id = self.state.db, self.state.series_id
        first = self._first
        if first is not None and first[0] is not db:
            first = self._first = None  # read from another planner: never shown
        if db is None or series_id is None:
            self._latest.supersede()
            self.view.set_rows([])
            return
        self._first = None  # shown at most once: later refreshes read what changed since
        if first is not None and first[1] == series_id:
            self._latest.supersede()
            self.view.set_rows(first[2])
            return

        def work(_progress: Progress) -> list[WebinarReadiness]:
            with db.read() as session:
                return readiness.series_readiness(session, series_id)

        run_task(work, self.view.set_rows, parent=self, what=self.tr("Reading the webinars' readiness"),
                 latest=self._latest)

    def preload(self, db: object, series_id: int, rows: list[WebinarReadiness]) -> None:
        """The next refresh of `series_id` in `db` shows `rows`, read by the worker that
        opened the file, instead of reading them on another worker while the tab paints."""
        self._first = (db, series_id, rows)

    def pending(self) -> bool:
        """True while the newest reading has not reported (tests wait on it)."""
        return self._latest.pending

    def rows(self) -> list[WebinarReadiness]:
        return self.model.rows()
