"""Attendance tab: who came (aggregated), from which sectors, what the survey said, and
how the editions of a series compare.

The summary page shows per-webinar figures and the sector × webinar table, each beside a
bar chart drawn from the same model; the other pages hold the survey results, the
hand-entered figures, the Unclassified attendees to fix, and the attendee list — the only
place names and e-mails appear. Figures are computed by services/attendance_summary.py in
SQL; the attendee list loads on a worker thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.export.atomic import write_atomically
from ocse_planner.importers import write_template_csv
from ocse_planner.services import attendance_admin as admin
from ocse_planner.services import overview
from ocse_planner.services.attendance_summary import (
    AttendanceSummary,
    WebinarFigures,
    attendance_summary,
    list_attendees,
)
from ocse_planner.services.attendee_index import PreparedAttendees, prepare
from ocse_planner.services.errors import UserError
from ocse_planner.services.personal_data import (
    PurgeIncomplete,
    PurgeResult,
    finish_scrub,
    personal_records,
    purge_personal_data,
)
from ocse_planner.services.sectors import list_rules, list_sectors
from ocse_planner.ui.attendance.attendee_list_view import AttendeeList
from ocse_planner.ui.attendance.bar_chart_view import BarChart
from ocse_planner.ui.attendance.compare_page import ComparePage
from ocse_planner.ui.attendance.figures_panel import EnteredFiguresPage, SurveyPage, UnclassifiedPage
from ocse_planner.ui.attendance.sector_model import SectorTableModel
from ocse_planner.ui.attendance.sectors_panel import SectorsPage
from ocse_planner.ui.common import dialogs, errors, operations
from ocse_planner.ui.common.buttons import push_button
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.focus import set_tab_order
from ocse_planner.ui.common.labels import format_number
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import Column, RecordTableModel
from ocse_planner.ui.common.table_view import TableView
from ocse_planner.ui.common.tasks import Latest, Progress, Task, run_task
from ocse_planner.ui.files import file_safety


# The per-webinar chart shows attendance counted from records when there are any, else the
# reported figures; its title says which (they are never mixed in one chart).
ATTENDED_COLUMN, REPORTED_COLUMN = 2, 5


class AttendanceTab(Retranslatable, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.summary: AttendanceSummary | None = None
        self.import_dialog = None
        self.task: Task | None = None
        # Only the newest read may fill the figures, and the attendee list.
        self._figures_latest = Latest()
        self._attendees_latest = Latest()
        self.participants = QLabel(self)
        self.participants.setWordWrap(True)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)

        self.import_button = push_button(self, "", "", self.open_import_dialog)
        self.template_button = push_button(self, "", "", self.download_template)
        self.purge_button = push_button(self, "", "", self.remove_personal_data)
        top = QHBoxLayout()
        top.addWidget(self.participants, 1)
        for button in (self.import_button, self.template_button, self.purge_button):
            top.addWidget(button)

        self.webinars = RecordView(RecordTableModel(self._columns()), searchable=False)
        self.webinar_chart = BarChart(parent=self)
        self.webinar_chart.set_model(self.webinars.model, 0, REPORTED_COLUMN)

        self.sector_model = SectorTableModel(self)
        self.sector_table = TableView(self)
        self.sector_table.setModel(self.sector_model)
        self.sector_table.verticalHeader().setVisible(False)
        self.sector_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Figures fit their contents; the sector names take the rest (the columns come with the summary).
        self.sector_model.modelReset.connect(self._size_sector_columns)
        self.sector_caption = QLabel(self)
        self.sector_caption.setWordWrap(True)
        self.sector_chart = BarChart(parent=self)
        self.sector_chart.set_model(self.sector_model, 0, -1, skip_last_row=True)

        summary_page = QWidget(self)
        grid = QGridLayout(summary_page)
        self.webinars_box = self._box(self.webinars)
        grid.addWidget(self.webinars_box, 0, 0)
        self.webinar_chart_box = self._box(self.webinar_chart)
        grid.addWidget(self.webinar_chart_box, 0, 1)
        grid.addWidget(self.totals, 1, 0, 1, 2)
        sectors_box = self.sectors_box = self._box(self.sector_table)
        sectors_box.layout().insertWidget(0, self.sector_caption)
        grid.addWidget(sectors_box, 2, 0)
        self.sector_chart_box = self._box(self.sector_chart)
        grid.addWidget(self.sector_chart_box, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 2)  # a few webinars; the sectors, more rows, get more height
        grid.setRowStretch(2, 3)

        self.survey_page = SurveyPage(state, self)
        self.survey = self.survey_page.view
        self.figures_page = EnteredFiguresPage(state, self)
        self.unclassified_page = UnclassifiedPage(state, self)
        self.sectors_page = SectorsPage(state, self)
        self.attendees = AttendeeList(self)
        self.compare_page = ComparePage(state, self)
        self.pages = QTabWidget(self)
        for page in (summary_page, self.survey_page, self.figures_page, self.unclassified_page,
                     self.sectors_page, self.attendees, self.compare_page):
            self.pages.addTab(page, "")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        # The buttons at the top, the pages, then each summary table before its chart.
        set_tab_order(self.import_button, self.template_button, self.purge_button, self.pages.tabBar(),
                      self.webinars.table, self.webinar_chart, self.sector_table, self.sector_chart)
        # With 300,000 records the summary takes a few tenths of a second and the attendee
        # list longer: a hidden tab only notes that it is stale and refreshes when shown.
        self._stale = True
        state.seriesChanged.connect(self._changed)
        state.dataChanged.connect(self._changed)
        self.retranslate()

    def _columns(self) -> list[Column[WebinarFigures]]:
        # Two-line headers keep the seven columns within half a 1280-pixel screen; every figure
        # column fits its numbers.
        return [
            Column(self.tr("Webinar"), lambda w: w.number, text=lambda w: self.tr("Webinar %1").replace(
                "%1", str(w.number)), tooltip=lambda w: w.title, fit=True),
            Column(self.tr("Registered"), lambda w: w.registered if w.registered is not None else -1,
                   text=lambda w: self.tr("not recorded") if w.has_records and not w.registration_recorded
                   else format_number(w.registered), align_right=True),
            Column(self.tr("Attended"), lambda w: w.attended if w.attended is not None else -1,
                   text=lambda w: format_number(w.attended), align_right=True),
            Column(self.tr("Attendance\nrate"), lambda w: w.rate if w.rate is not None else -1,
                   text=lambda w: "" if w.rate is None else format_number(w.rate * 100, 1) + " %", align_right=True),
            Column(self.tr("Average\nminutes"), lambda w: w.average_minutes or 0,
                   text=lambda w: format_number(w.average_minutes, 1), align_right=True),
            Column(self.tr("Reported"), lambda w: w.reported if w.reported is not None else -1,
                   text=lambda w: format_number(w.reported), align_right=True),
        ]

    def retranslate(self) -> None:
        self.participants.setAccessibleName(self.tr("Participants"))
        self.totals.setAccessibleName(self.tr("Series totals"))
        for button, text, name in (
            (self.import_button, self.tr("I&mport…"), self.tr("Import an attendance report")),
            (self.template_button, self.tr("Do&wnload template…"), self.tr("Download the attendance template")),
            (self.purge_button, self.tr("Remove personal &data…"), self.tr("Remove names and e-mails of the series")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.webinars.set_texts(self.tr("Figures per webinar"), self._columns())
        self.webinar_chart.setAccessibleName(self.tr("Participants per webinar"))
        self.sector_table.setAccessibleName(self.tr("Participants by sector and webinar"))
        self.sector_caption.setAccessibleName(self.tr("Where the sector figures come from"))
        self.sector_chart.setAccessibleName(self.tr("Participants by sector"))
        self.webinars_box.setTitle(self.tr("Per webinar"))
        self.sectors_box.setTitle(self.tr("Sectors"))
        self.sector_chart_box.setTitle(self.tr("Participants by sector"))
        self.pages.setAccessibleName(self.tr("Attendance pages"))
        for index, title in enumerate((
            self.tr("S&ummary"), self.tr("Sur&vey"), self.tr("Entered fi&gures"), self.tr("U&nclassified"),
            self.tr("Sect&ors and rules"), self.tr("Attendee &list"),
            # no mnemonic: every letter of it is taken on the Attendance tab; the
            # page is reached with Ctrl+Tab / Ctrl+Shift+Tab or the arrow keys
            self.tr("Compare editions"),
        )):
            self.pages.setTabText(index, title)
        self.sector_model.retranslate()
        self._show_texts()

    def _changed(self, *_: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _size_sector_columns(self) -> None:
        columns = self.sector_model.columnCount()
        if columns:
            self.sector_table.size_columns(fit=range(1, columns), stretch=0)

    def _box(self, widget: QWidget) -> QGroupBox:
        box = QGroupBox(self)
        QVBoxLayout(box).addWidget(widget)
        return box

    # --- showing ----------------------------------------------------------------------
    def refresh(self, *_: object) -> None:
        self._stale = False
        db, series_id = self.state.db, self.state.series_id
        has_series = db is not None and series_id is not None
        for button in (self.import_button, self.purge_button):
            button.setEnabled(has_series)
        if not has_series:
            self.summary = None
            self.unclassified_page.sector_rows = []
            self._show(None, [], [], [], [], [], {})
            self.sectors_page.set_rows([], [])
            self.attendees.set_rows([])
            return
        # The summary's queries take over 100 ms with 100,000+ records: they run on a worker,
        # and only the newest refresh may fill the tab (`latest`).

        def work(_progress: object) -> tuple:  # type: ignore[type-arg]
            with db.read() as session:  # type: ignore[union-attr]
                return (attendance_summary(session, series_id),  # type: ignore[arg-type]
                        overview.list_webinars(session, series_id),  # type: ignore[arg-type]
                        list_sectors(session), list_rules(session),
                        admin.list_survey(session, series_id),  # type: ignore[arg-type]
                        admin.list_sector_counts(session, series_id),  # type: ignore[arg-type]
                        admin.unclassified_groups(session, series_id))  # type: ignore[arg-type]

        def done(result: tuple) -> None:  # type: ignore[type-arg]
            self._apply_figures(*result)

        def failed(exc: BaseException) -> None:
            if self.state.db is db:
                errors.report(self, exc, self.tr("Attendance figures"))

        self.figures_task = run_task(work, done, failed, parent=self, what=self.tr("Reading the attendance figures"),
                                     latest=self._figures_latest)
        self._load_attendees(series_id)  # type: ignore[arg-type]

    def figures_pending(self) -> bool:
        """True while the newest refresh's figures are still being read (tests wait on it)."""
        task = getattr(self, "figures_task", None)
        return task is not None and not task.done

    def _apply_figures(self, summary, webinar_rows, sector_rows, rules, survey, counts, groups) -> None:  # type: ignore[no-untyped-def]
        webinars = [(w.id, fill(self.tr("Webinar %1: %2"), str(w.number), w.title))
                    for w in webinar_rows]
        sectors = [(s.id, s.name) for s in sector_rows]
        self.summary = summary
        reported: dict[int | None, int | None] = {None: summary.participants_reported}
        reported |= {webinar_id: w.reported for (webinar_id, _), w in zip(webinars, summary.webinars, strict=True)}
        self.unclassified_page.sector_rows = list(sector_rows)
        self._show(summary, webinars, sectors, survey, counts, groups, reported)
        self.sectors_page.sectors = sectors
        self.sectors_page.set_rows(sector_rows, rules)

    def _show(self, summary, webinars, sectors, survey, counts, groups, reported) -> None:  # type: ignore[no-untyped-def]
        for page in (self.survey_page, self.figures_page, self.unclassified_page):
            page.webinars, page.sectors = webinars, sectors
        self.webinars.set_rows(list(summary.webinars) if summary else [])
        self.sector_model.set_summary(summary)
        self.survey_page.set_rows(survey)
        self.figures_page.set_rows(counts, reported)
        self.unclassified_page.set_rows(groups)
        self._show_texts()

    def _show_texts(self) -> None:
        """The sentences over and under the figures, from the summary last read."""
        summary = self.summary
        if summary is None:
            self.webinar_chart_box.setTitle(self.tr("Participants per webinar (reported)"))
            self.participants.setText(self.tr(
                "No series selected: choose one on the Series tab, then Import… the attendance report of "
                "each of its webinars."))
            self.totals.clear()
            return
        reported = (format_number(summary.participants_reported) if summary.participants_reported is not None
                    else self.tr("not reported"))
        if summary.has_records:
            self.participants.setText(
                fill(self.tr("Participants: %1 reported · %2 counted from imported records"), reported,
                     format_number(summary.participants_counted)))
        else:
            self.participants.setText(self.tr("Participants: %1 reported").replace("%1", reported))
        counted = summary.has_records
        self.webinar_chart.set_value_column(ATTENDED_COLUMN if counted else REPORTED_COLUMN)
        self.webinar_chart_box.setTitle(self.tr("Attended per webinar (counted from imported records)") if counted
                                        else self.tr("Participants per webinar (reported)"))
        self.sector_caption.setText(
            self.tr("Counted from imported records; each webinar's total is its attendance. Figures entered by "
                    "hand are on the Entered figures page.") if self.sector_model.counted
            else self.tr("As reported (entered by hand)."))
        if summary.has_records:
            self.totals.setText(
                fill(self.tr("Total attendances: %1 · Unique participants (by e-mail): %2 · "
                        "Came to two or more webinars: %3 · Reported: %4"),
                     format_number(summary.total_attended), format_number(summary.unique_participants),
                     format_number(summary.returning_participants),
                     format_number(summary.participants_reported) or self.tr("none")))
        elif self._anything_entered(summary):
            self.totals.setText(self.tr("No attendance records imported yet; the figures shown were entered by hand."))
        else:
            self.totals.setText(self.tr(
                "Nothing recorded yet: after a webinar, Import… its attendance report (Zoom, Teams, Eventbrite "
                "or the template from Download template…), or type the totals on the Entered figures page."))

    @staticmethod
    def _anything_entered(summary: AttendanceSummary) -> bool:
        return (summary.participants_reported is not None or bool(summary.survey)
                or any(w.reported is not None for w in summary.webinars)
                or any(s.series_reported is not None or any(v is not None for v in s.per_webinar)
                       for s in summary.sectors))

    def _load_attendees(self, series_id: int) -> None:
        db = self.state.db
        if db is None:
            return
        # A later refresh supersedes this one: only the newest load may fill the list (`latest`).

        # The worker also builds the search texts and the rows to show for the list's filter
        # and sort, so the UI thread only swaps them in (a typed filter is re-applied then).
        needle, sort = self.attendees.model.view_spec()

        def work(progress: Progress) -> PreparedAttendees:
            with db.read() as session:
                rows = list_attendees(session, series_id)
            return prepare(rows, needle, sort, progress.check)

        def failed(exc: BaseException) -> None:
            self.attendees.set_rows([])  # no stale list; what failed is said (run_task: faults)
            errors.report(self, exc, self.tr("Attendee list"))

        self.task = run_task(work, self.attendees.set_prepared, failed, parent=self,
                             what=self.tr("Loading the attendee list"), latest=self._attendees_latest)

    # --- actions ------------------------------------------------------------------------
    def open_import_dialog(self) -> None:
        from ocse_planner.ui.attendance.import_dialog import ImportDialog

        if self.state.db is None or self.state.series_id is None:
            return
        self.import_dialog = ImportDialog(self.state, parent=self)
        self.import_dialog.imported.connect(self._imported)
        self.import_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.import_dialog.show()

    def _imported(self, result: object) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(  # type: ignore[attr-defined]
                fill(self.tr("Stored %1 attendance records for %2"), format_number(result.stored),
                     result.webinar_label), 8000)  # type: ignore[attr-defined]

    def download_template(self) -> None:
        db = self.state.db
        path = dialogs.ask_export_path(self, self.tr("Save the attendance template"), "attendance-template.csv",
                                       "CSV files (*.csv);;All files (*)", db.path if db else None)
        if path is None:
            return
        try:
            write_atomically(path, write_template_csv)
        except UserError as exc:
            errors.report(self, exc, self.tr("Download template"))

    def remove_personal_data(self) -> None:
        db, series_id = self.state.db, self.state.series_id
        if db is None or series_id is None or not self.state.history.commit_pending(self):
            return
        with db.read() as session:
            count = personal_records(session, series_id)
        if count == 0:
            dialogs.show_info(self, self.tr("Remove personal data"),
                              self.tr("No names or e-mails are stored for this series."))
            return
        if not dialogs.ask_yes_no(
            self, self.tr("Remove personal data"),
            self.tr("Remove the names, e-mails and organizations of %1 attendance records of this series? "
                    "Counts, sectors and totals are kept.").replace("%1", format_number(count))
            + "\n\n" + operations.cannot_undo_note(),
            default_yes=False,
        ):
            return
        self.purge_button.setEnabled(False)

        settings = getattr(self.window(), "settings", None)
        keep = file_safety.backup_policy(settings).keep if settings is not None else None

        def done(result: PurgeResult) -> None:
            self.purge_button.setEnabled(True)
            self.state.history.clear()  # no step before the purge may put the names back
            self.state.notify_changed()
            window = self.window()
            if result.server_note is not None:  # a team database: say what only its administrator can do
                dialogs.show_info(self, self.tr("Remove personal data"), self.tr(
                    "Personal data removed from %1 records. The records were anonymized on the team database "
                    "and its attendance table vacuumed. The server's own backups, archived write-ahead log and "
                    "replicas may still hold the removed names and e-mails until they expire: ask the database "
                    "administrator.").replace("%1", format_number(result.records_purged)))
                return
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(  # type: ignore[attr-defined]
                    self.tr("Personal data removed from %1 records; the file was scrubbed and checked.")
                    .replace("%1", format_number(result.records_purged)), 8000)
            file_safety.offer_to_delete_stale_backups(self, result.stale_backups)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, PurgeIncomplete):  # anonymized, not yet scrubbed: say so, offer to finish
                self.state.history.clear()
                self.state.notify_changed()
                if dialogs.ask_yes_no(
                    self, self.tr("Remove personal data"),
                    self.tr("The names and e-mails were removed from the records, but the file still holds "
                            "copies of them because another program or window is reading it. Close it, "
                            "then choose Yes. Try again now?"),
                ):
                    self.task = run_task(lambda _p: finish_scrub(db, series_id, exc.pending, exc.records_purged,
                                                                 keep_backups=keep), done, failed, parent=self)
                    return
            self.purge_button.setEnabled(True)
            errors.report(self, exc, self.tr("Remove personal data"))

        self.task = run_task(lambda _p: purge_personal_data(db, series_id, keep_backups=keep), done, failed,
                             parent=self, what=self.tr("Removing personal data"))
