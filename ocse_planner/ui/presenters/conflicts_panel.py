"""The conflicts of the selected series, recomputed off the UI thread after every save.

The check reads every booking of the people involved across all series, which can grow
beyond what the UI thread should do on each keystroke-sized save; a generation number
drops results that arrive after a newer check started.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ocse_planner.services.conflicts import Finding, Severity, find_conflicts
from ocse_planner.ui.common import errors
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.table_model import Column, RecordTableModel
from ocse_planner.ui.common.tasks import Latest, Progress, run_task


class ConflictsPanel(Retranslatable, QWidget):
    findingsChanged = Signal(object)  # list[Finding]

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.unconfirmed_days = 14
        self._latest = Latest()  # only the newest check may fill the list
        self.findings: list[Finding] = []
        self._summary = ""  # "checking", "failed", "counts" or "" (nothing checked)
        self.list = RecordView(_FindingModel(self._columns()), parent=self)
        # Messages are sentences naming people and two local times: wrap, don't truncate.
        self.list.table.setWordWrap(True)
        self.list.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self.retranslate()

    def _columns(self) -> list[Column[Finding]]:
        return [
            Column(
                self.tr("Severity"),
                lambda f: 0 if f.severity is Severity.ERROR else 1,
                text=lambda f: self.tr("Error") if f.severity is Severity.ERROR else self.tr("Warning"),
            ),
            Column(self.tr("People"), lambda f: "; ".join(f.person_names)),
            Column(self.tr("Finding"), lambda f: f.message, tooltip=lambda f: f.message),
        ]

    def retranslate(self) -> None:
        self.list.set_texts(self.tr("Conflicts"), self._columns(), search_placeholder=self.tr("Search conflicts…"))
        self.summary.setAccessibleName(self.tr("Conflicts summary"))
        self._show_summary()
        if self.findings:  # the findings are sentences: check again to have them in the new language
            self.refresh()

    def _show_summary(self) -> None:
        errors = sum(1 for f in self.findings if f.severity is Severity.ERROR)
        self.summary.setText({
            "checking": self.tr("Checking…"),
            "failed": self.tr("Could not check conflicts."),
            "counts": fill(self.tr("%1 error(s), %2 warning(s)"), str(errors), str(len(self.findings) - errors)),
        }.get(self._summary, ""))

    def refresh(self) -> None:
        db, series_id, days = self.state.db, self.state.series_id, self.unconfirmed_days
        if db is None or series_id is None:
            self._latest.supersede()
            self._show([])
            return
        self._summary = "checking"
        self._show_summary()

        def work(_progress: Progress) -> list[Finding]:
            with db.read() as session:
                return find_conflicts(session, series_id, unconfirmed_days=days)

        run_task(work, self._show, self._failed, parent=self, what=self.tr("Checking conflicts"),
                 latest=self._latest)

    def pending(self) -> bool:
        """True while the newest check has not reported (tests wait on it)."""
        return self._latest.pending

    def _show(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        self.list.set_rows(self.findings)
        self.list.table.setColumnWidth(2, max(200, self.list.table.viewport().width() - self.list.table.columnViewportPosition(2)))
        self.list.table.resizeRowsToContents()
        self._summary = "counts"
        self._show_summary()
        self.findingsChanged.emit(self.findings)

    def _failed(self, exc: BaseException) -> None:
        """The summary line says the check failed; why is shown the one way (a fault by
        run_task, once; a user error — the file busy, say — in a box)."""
        self._summary = "failed"
        self._show_summary()
        errors.report(self, exc, self.tr("Conflicts"))


class _FindingModel(RecordTableModel[Finding]):
    """Errors in red, warnings in amber, so the worst stands out when scanning."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.column() == 0:
            finding = self.row_at(index.row())
            return QBrush(QColor("#f5b8b8" if finding.severity is Severity.ERROR else "#ffe39a"))
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 0:
            return QBrush(QColor("#000000"))
        return super().data(index, role)
