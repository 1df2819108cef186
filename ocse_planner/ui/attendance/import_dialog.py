"""Import an attendance report: choose webinar and file, read it in the background,
look at what will be stored and what is wrong, then store all, the valid rows, or nothing.

Reading (parse + classify + preview) runs in a child process (services/import_process.py)
watched by a worker thread, with a progress bar and a Stop button; the child keeps the
plan and stores it, in one transaction, when asked. The CPU-heavy parsing never holds this
process's GIL, so the window keeps painting. "Import" is only possible
when the file has no problems; "Import the valid rows only" is the deliberate other way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.importers import UnknownLayoutError
from ocse_planner.services import overview
from ocse_planner.services.attendance_import import (
    FORMATS,
    PlannedRecord,
    StoreResult,
    remember_mapping,
    remembered_mappings,
)
from ocse_planner.services.import_process import ImportJob, ImportSummary, ReadRequest
from ocse_planner.ui.attendance.mapping_dialog import MappingDialog
from ocse_planner.ui.attendance.problems_view import ProblemsView
from ocse_planner.ui.common import dialogs, errors, operations
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.labels import format_number
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import Column, RecordTableModel
from ocse_planner.ui.common.tasks import Cancelled, Progress, Task, run_task
from ocse_planner.ui.common.retranslate import ModalOnly

# Tests set this to run the child's loop on a thread (so they may patch the parser);
# the app always reads in a child process.
READ_IN_THREAD = False


class ImportDialog(ModalOnly, QDialog):
    imported = Signal(object)  # StoreResult

    def __init__(self, state: AppState, webinar_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Import attendance"))
        self.plan: ImportSummary | None = None
        self.job: ImportJob | None = None
        self.task: Task | None = None
        self._mapping: dict[str, str] | None = None

        self.webinar = QComboBox(self)
        self.webinar.setAccessibleName(self.tr("Webinar"))
        with state.db.read() as session:  # type: ignore[union-attr]
            for w in overview.list_webinars(session, state.series_id) if state.series_id else []:
                self.webinar.addItem(fill(self.tr("Webinar %1: %2"), str(w.number), w.title), w.id)
        if webinar_id is not None:
            self.webinar.setCurrentIndex(max(self.webinar.findData(webinar_id), 0))
        self.file = QLineEdit(self)
        self.file.setReadOnly(True)
        self.file.setAccessibleName(self.tr("File"))
        self.choose_button = QPushButton(self.tr("C&hoose file…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the attendance report"))
        self.choose_button.clicked.connect(self.choose_file)
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Layout"))
        names = {"auto": self.tr("Detect from the headers"), "zoom": "Zoom", "teams": "Microsoft Teams",
                 "eventbrite": "Eventbrite", "template": self.tr("OCSE Planner template")}
        for key in FORMATS:
            self.format.addItem(names[key], key)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        for text, field, buddy in ((self.tr("&Webinar:"), self.webinar, self.webinar),
                                   (self.tr("&File:"), file_row, self.choose_button),
                                   (self.tr("&Layout:"), self.format, self.format)):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            form.addRow(label, field)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Reading progress"))
        self.progress.setVisible(False)
        self.cancel_task_button = QPushButton(self.tr("Stop"), self)
        self.cancel_task_button.setAccessibleName(self.tr("Stop reading the file"))
        self.cancel_task_button.setVisible(False)
        self.cancel_task_button.clicked.connect(self.cancel_task)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_task_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Import status"))

        preview_columns: list[Column[PlannedRecord]] = [
            Column(self.tr("Will be"), lambda r: self.tr("added") if r.is_new else self.tr("updated")),
            Column(self.tr("Name"), lambda r: r.name or ""),
            Column(self.tr("E-mail"), lambda r: r.email or ""),
            Column(self.tr("Organization"), lambda r: r.organization or ""),
            Column(self.tr("Sector"), lambda r: self._sector_name(r.sector_id)),
            Column(self.tr("Attended"), lambda r: int(r.attended),
                   text=lambda r: self.tr("yes") if r.attended else self.tr("no")),
            Column(self.tr("Minutes"), lambda r: r.minutes, text=lambda r: format_number(r.minutes), align_right=True),
        ]
        self.preview = RecordView(RecordTableModel(preview_columns), name=self.tr("What will be stored"))
        self.problems = ProblemsView(self, planner=lambda: self.state.db.path if self.state.db else None)
        self.pages = QTabWidget(self)
        self.pages.addTab(self.preview, self.tr("&Preview"))
        self.pages.addTab(self.problems, self.tr("Pro&blems"))

        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setAccessibleName(self.tr("Import every row"))
        self.import_button.clicked.connect(lambda: self.store(valid_rows_only=False))
        self.valid_only_button = QPushButton(self.tr("Import the &valid rows only"), self)
        self.valid_only_button.setAccessibleName(self.tr("Import the valid rows only"))
        self.valid_only_button.clicked.connect(lambda: self.store(valid_rows_only=True))
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.close_button.setAccessibleName(self.tr("Close without importing"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.import_button, self.valid_only_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(900, 600)
        self.webinar.currentIndexChanged.connect(self._restart)
        self.format.currentIndexChanged.connect(self._restart)
        self._update_buttons()

    # --- reading ---------------------------------------------------------------------
    def _sector_name(self, sector_id: int | None) -> str:
        if sector_id is None or self.plan is None:
            return self.tr("Unclassified")
        return self.plan.sector_names.get(sector_id, "")

    def choose_file(self) -> None:
        path = dialogs.ask_attendance_file(self, str(Path(self.file.text()).parent) if self.file.text() else "")
        if path:
            self.file.setText(path)
            self._mapping = None
            self.read_file()

    def _restart(self, *_: Any) -> None:
        if self.file.text() and (self.task is None or self.task.done):
            self.read_file()

    def read_file(self) -> None:
        db, webinar_id, path = self.state.db, self.webinar.currentData(), self.file.text()
        if db is None or webinar_id is None or not path:
            return
        with db.read() as session:
            remembered = remembered_mappings(session)
        request = ReadRequest(db.location, webinar_id, path, self.format.currentData(), self._mapping, remembered,
                              db.author, db.client_id)
        self._close_job()
        job = self.job = ImportJob(request, in_thread=READ_IN_THREAD)

        def work(progress: Progress) -> ImportSummary:
            return job.read(progress.report, lambda: progress.cancelled)

        self.plan = None
        self._show_plan()
        self._start(work, self._plan_ready, self.tr("Reading %1…").replace("%1", Path(path).name), cancellable=True)

    def _start(self, work: Any, on_done: Any, message: str, *, cancellable: bool) -> None:
        self.status.setText(message)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_task_button.setVisible(cancellable)
        self.task = run_task(work, on_done, self._failed, parent=self, what=self.tr("Importing attendance"))
        self.task.progressed.connect(self._progressed)
        self._update_buttons()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
        if self.job is not None:
            self.job.cancel()

    def _close_job(self) -> None:
        """End the child holding a plan (not one that is storing: a store finishes)."""
        if self.job is not None:
            self.job.close()
            self.job = None

    def _finish_task(self) -> None:
        self.progress.setVisible(False)
        self.cancel_task_button.setVisible(False)

    def _plan_ready(self, plan: ImportSummary) -> None:
        self._finish_task()
        self.plan = plan
        self._show_plan()

    def _failed(self, error: BaseException) -> None:
        self._finish_task()
        if isinstance(error, UnknownLayoutError):
            mapping = MappingDialog.ask(self, Path(error.file).name, error.headers)
            headers = error.headers
            if mapping and operations.run(self, self.state, self.tr("Remember the columns of %1").replace(
                    "%1", Path(error.file).name), lambda s: remember_mapping(s, headers, mapping)).ok:
                self._mapping = mapping
                self.read_file()
                return
            self.status.setText(self.tr("Not imported: the columns were not mapped."))
        elif isinstance(error, Cancelled):
            self.status.setText(self.tr("Stopped; nothing was imported."))
        else:
            self.status.setText(self.tr("Nothing was imported."))
            errors.report(self, error, self.tr("Cannot import the file"))
        self._update_buttons()

    def _show_plan(self) -> None:
        plan = self.plan
        self.preview.set_rows(list(plan.preview) if plan else [])
        self.problems.set_problems(list(plan.problems) if plan else [])
        if plan is not None:
            text = fill(self.tr("%1 records will be stored for %2: %3 new, %4 updated, %5 unclassified."),
                        format_number(plan.record_count), plan.webinar_label, format_number(plan.new_count),
                        format_number(plan.updated_count), format_number(plan.unclassified_count))
            if plan.cleaned_values:
                text += " " + self.tr("%1 values held control characters or line breaks; they were removed "
                                      "or made spaces.").replace("%1", format_number(plan.cleaned_values))
            if len(plan.preview) < plan.record_count:
                text += " " + self.tr("The preview shows the first %1.").replace(
                    "%1", format_number(len(plan.preview)))
            if plan.problem_count:
                text += " " + self.tr("%1 problems: fix the file, or import the valid rows only.").replace(
                    "%1", format_number(plan.problem_count))
                if len(plan.problems) < plan.problem_count:
                    text += " " + self.tr("The first %1 are listed.").replace("%1", format_number(len(plan.problems)))
                self.pages.setCurrentWidget(self.problems)
            else:
                self.pages.setCurrentWidget(self.preview)
            self.status.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task is not None and not self.task.done
        plan = self.plan if self.job is not None else None  # a failed store leaves no child to ask
        self.import_button.setEnabled(not busy and plan is not None and not plan.problem_count
                                      and plan.record_count > 0)
        self.valid_only_button.setEnabled(not busy and plan is not None and plan.problem_count > 0
                                          and plan.record_count > 0)
        self.choose_button.setEnabled(not busy)

    def reject(self) -> None:
        """Closing while a file is being read stops the reading (a store, once started, finishes)."""
        if self.task is not None and not self.task.done:
            self.task.cancel()
        self._close_job()
        super().reject()

    # --- storing -------------------------------------------------------------------------
    def store(self, *, valid_rows_only: bool) -> None:
        job = self.job
        if self.plan is None or job is None:
            return
        self.job = None  # the child exits after storing; closing the dialog must not end it
        db, name = self.state.db, Path(self.file.text()).name

        def work(_progress: Progress) -> StoreResult:
            return job.store(valid_rows_only=valid_rows_only)

        def stored(result: StoreResult) -> None:
            if db is not None and job.changes:  # one step of Edit ▸ Undo, like every change
                operations.record_done(
                    self.state, db, fill(self.tr("Import %1 into %2"), name, result.webinar_label),
                    job.changes, receipt=job.receipt)
            self._stored(result)

        self._start(work, stored, self.tr("Storing…"), cancellable=False)

    def _stored(self, result: StoreResult) -> None:
        self._finish_task()
        self.state.notify_changed()
        self.imported.emit(result)
        self.accept()
