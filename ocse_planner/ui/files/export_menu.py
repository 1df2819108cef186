"""File ▸ Export: agenda (workbook or PDF), attendee summary, report, directories, calendar,
comparison of editions; Release agenda; and File ▸ Print agenda.

Each export asks where to save (proposing `OCSE-2022-agenda.xlsx` beside the planner
file), runs on a worker thread with a progress dialog, and then offers to open the file or
its folder. The worker opens its own read session: ORM objects never cross threads.
The writers (openpyxl, python-docx, ReportLab) are imported when an export runs, not at
start-up. Printing writes the agenda PDF to a temporary folder and opens it in the
desktop's PDF viewer, which prints it: no office suite is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QProgressDialog, QWidget

from ocse_planner.export.naming import suggested_file_name
from ocse_planner.ui.common import dialogs, errors, operations
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.tasks import Cancelled, Progress, Task, run_task

if TYPE_CHECKING:
    from ocse_planner.db import Database
    from ocse_planner.export.agenda_content import AgendaOptions
    from ocse_planner.export.wording import DocumentLanguage
    from ocse_planner.ui.main_window import MainWindow

XLSX_FILTER, PDF_FILTER = dialogs.XLSX_FILTER, dialogs.PDF_FILTER
DOCX_FILTER, ICS_FILTER = dialogs.DOCX_FILTER, dialogs.ICS_FILTER
MAX_LISTED = 12  # translation gaps named before a French export; the rest are counted



def open_url(url: QUrl) -> bool:
    """Open a file or folder in the desktop's default application (patched in tests)."""
    return QDesktopServices.openUrl(url)


def ask_release_note(parent: QWidget, number_hint: str) -> str | None:
    """The note for a new agenda release, or None when cancelled (patched in tests)."""
    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("ExportMenu", "Release agenda"), number_hint)
    return text if ok else None


@dataclass(frozen=True)
class _Series:
    id: int
    title: str
    year: int


class ExportMenu(QObject):
    """Builds File ▸ Export and runs the exports; one instance per main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.last_path: Path | None = None
        self.menu = QMenu(window)
        self.menu.setObjectName("exportMenu")
        self.agenda_action = self._add(self.export_agenda, "Ctrl+E")
        self.agenda_pdf_action = self._add(self.export_agenda_pdf)
        self.attendance_action = self._add(self.export_attendance)
        self.report_action = self._add(self.export_report)
        self.directory_action = self._add(self.export_directory)
        self.calendar_action = self._add(self.export_calendar)
        self.comparison_action = self._add(self.export_comparison)
        self.menu.addSeparator()
        self.release_action = self._add(self.release)
        actions = window.file_menu.actions()
        after = actions.index(window.copy_action) + 1
        before = actions[after] if after < len(actions) else None
        window.file_menu.insertMenu(before, self.menu)
        self.print_action = QAction(window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_agenda)
        window.file_menu.insertAction(before, self.print_action)
        self.retranslate()
        window.state.databaseChanged.connect(self._update_enabled)
        self._update_enabled()

    def retranslate(self) -> None:
        """The menu's texts in the current language (the window calls this on LanguageChange)."""
        self.menu.setTitle(self.tr("E&xport"))
        self.agenda_action.setText(self.tr("&Agenda…"))
        self.agenda_pdf_action.setText(self.tr("Agenda as &PDF…"))
        self.attendance_action.setText(self.tr("Attendee &summary…"))
        self.report_action.setText(self.tr("&Report…"))
        self.directory_action.setText(self.tr("&Directories…"))
        self.calendar_action.setText(self.tr("&Calendar…"))
        self.comparison_action.setText(self.tr("C&omparison…"))
        self.release_action.setText(self.tr("Re&lease agenda…"))
        self.print_action.setText(self.tr("&Print agenda…"))

    def _add(self, slot: Callable[[], None], shortcut: str | None = None) -> QAction:
        action = self.menu.addAction("")
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _update_enabled(self) -> None:
        self.menu.setEnabled(self.window.state.db is not None)
        self.print_action.setEnabled(self.window.state.db is not None)

    # --- which series ----------------------------------------------------------------
    def _series(self) -> _Series | None:
        db = self.window.state.db
        if db is None:
            return None
        with db.read() as session:
            from ocse_planner.services import overview

            rows = overview.list_series(session)
        chosen = self.window.state.series_id
        match = [r for r in rows if r.id == chosen] or (rows if len(rows) == 1 else [])
        if not match:
            dialogs.show_error(self.window, self.tr("Export"),
                               self.tr("Choose a series on the Series tab first."))
            return None
        return _Series(match[0].id, match[0].title, match[0].year)

    def _ask_path(self, series: _Series, kind: str, title: str, file_filter: str,
                  extension: str | None = None, *, internal: bool = False) -> Path | None:
        db = self.window.state.db
        folder = db.path.parent if db is not None and db.path is not None else Path.home()
        start = folder / suggested_file_name(series.title, series.year, kind, extension, internal=internal)
        return dialogs.ask_export_path(self.window, title, str(start), file_filter, db.path if db else None)

    # --- the exports -----------------------------------------------------------------
    def _agenda_options(self, series: _Series, *, printing: bool = False) -> AgendaOptions | None:
        db = self.window.state.db
        assert db is not None
        from ocse_planner.services.releases import list_releases

        with db.read() as session:
            releases = [(r.number, fill(self.tr("Release %1 of %2"), str(r.number),
                                        r.released_at.strftime("%Y-%m-%d"))) for r in list_releases(session, series.id)]
        from ocse_planner.ui.files.export_options_dialog import AgendaOptionsDialog

        if printing:
            options = AgendaOptionsDialog.ask(self.window, releases, printing=True)
        else:
            options = AgendaOptionsDialog.ask(self.window, releases)
        return (options if options is not None and self._timing_accepted(series)
                and self._french_accepted(series, options.languages) else None)

    def _timing_accepted(self, series: _Series) -> bool:
        """Before writing clock times: name the agendas' overlaps and gaps and ask whether to
        export anyway (the file notes them on their rows; the export is not refused)."""
        db = self.window.state.db
        assert db is not None
        from ocse_planner.services.agenda import series_timing_warnings

        with db.read() as session:
            found = series_timing_warnings(session, series.id)
        if not found:
            return True
        lines = "\n".join(
            "• " + fill(self.tr("Webinar %1: %2"), str(number), issue.message())
            for number, issue in found
        )
        return dialogs.ask_yes_no(
            self.window, self.tr("Agenda timing"),
            self.tr("The agendas have items that overlap or leave time unplanned:\n%1\n\n"
                    "The file notes them on their rows. Export anyway?").replace("%1", lines),
            default_yes=True,
        )

    def export_agenda(self) -> None:
        series = self._series()
        options = series and self._agenda_options(series)
        if series is None or options is None:
            return
        path = self._ask_path(series, "agenda", self.tr("Export agenda"), XLSX_FILTER, internal=options.internal)
        if path is None:
            return
        from ocse_planner.export.agenda_xlsx import gather_agenda, write_agenda

        self._run(path, lambda session: gather_agenda(session, series.id, options), write_agenda)

    def export_agenda_pdf(self) -> None:
        """The same agenda as the workbook, as a PDF (ReportLab: no office suite needed)."""
        series = self._series()
        options = series and self._agenda_options(series)
        if series is None or options is None:
            return
        path = self._ask_path(series, "agenda", self.tr("Export agenda as PDF"), PDF_FILTER, "pdf",
                              internal=options.internal)
        if path is None:
            return
        from ocse_planner.export.agenda_content import gather_agenda
        from ocse_planner.export.agenda_pdf import write_agenda_pdf

        self._run(path, lambda session: gather_agenda(session, series.id, options), write_agenda_pdf)

    def print_agenda(self) -> None:
        """Write the agenda PDF to a temporary folder and open it in the PDF viewer to print."""
        series = self._series()
        options = series and self._agenda_options(series, printing=True)
        if series is None or options is None:
            return
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="ocse-planner-print-"))
        path = folder / suggested_file_name(series.title, series.year, "agenda", "pdf", internal=options.internal)
        from ocse_planner.export.agenda_content import gather_agenda
        from ocse_planner.export.agenda_pdf import write_agenda_pdf

        self._run(path, lambda session: gather_agenda(session, series.id, options), write_agenda_pdf,
                  self._opened_for_printing)

    def _opened_for_printing(self, path: Path) -> None:
        self._close_progress()
        self.last_path = path
        if open_url(QUrl.fromLocalFile(str(path))):
            self.window.statusBar().showMessage(
                self.tr("The agenda is open in your PDF viewer: print it from there (%1).").replace("%1", str(path)),
                10000)
        else:
            dialogs.show_error(self.window, self.tr("Print agenda"), self.tr(
                "No PDF viewer could be opened. The agenda was written to %1; open it with any PDF "
                "viewer to print it.").replace("%1", str(path)))

    def export_attendance(self) -> None:
        series = self._series()
        if series is None:
            return
        from ocse_planner.ui.files.export_options_dialog import AttendanceOptionsDialog

        options = AttendanceOptionsDialog.ask(self.window, self.window.settings)
        if options is None or not self._french_accepted(series, options.languages):
            return
        path = self._ask_path(series, "attendance", self.tr("Export attendee summary"), XLSX_FILTER)
        if path is None:
            return
        from ocse_planner.export.attendance_xlsx import write_attendance
        from ocse_planner.services.attendance_summary import attendance_summary

        self._run(path, lambda s: attendance_summary(s, series.id, include_names=options.include_names),
                  lambda p, summary: write_attendance(p, summary, options))

    def _languages(self, series: _Series, title: str) -> DocumentLanguage | None:
        """The language of a document without other options, its translation gaps accepted."""
        from ocse_planner.ui.files.export_options_dialog import LanguageDialog

        languages = LanguageDialog.ask(self.window, title)
        return languages if languages is not None and self._french_accepted(series, languages) else None

    def _french_accepted(self, series: _Series, languages: DocumentLanguage) -> bool:
        """Before a French or bilingual document: name the texts it must print in English
        (marked "[EN]") and ask whether to export anyway."""
        if not languages.needs_french:
            return True
        db = self.window.state.db
        assert db is not None
        from ocse_planner.services.french_check import series_french_gaps

        with db.read() as session:
            gaps = series_french_gaps(session, series.id)
        if not gaps:
            return True
        shown = [f"• {gap.message}" for gap in gaps[:MAX_LISTED]]
        if len(gaps) > MAX_LISTED:
            shown.append(self.tr("… and %1 more (all are listed with the conflicts).")
                         .replace("%1", str(len(gaps) - MAX_LISTED)))
        return dialogs.ask_yes_no(
            self.window, self.tr("French text missing"),
            self.tr("These texts have no French yet:\n%1\n\nThe document shows their English, marked "
                    "[EN]. Export anyway?").replace("%1", "\n".join(shown)),
            default_yes=True,
        )

    def export_report(self) -> None:
        series = self._series()
        languages = series and self._languages(series, self.tr("Export report"))
        path = languages and self._ask_path(series, "report", self.tr("Export report"), DOCX_FILTER)
        if series is None or languages is None or not path:
            return
        from ocse_planner.export.report_docx import gather_report, write_report

        self._run(path, lambda s: gather_report(s, series.id, languages), write_report)

    def export_directory(self) -> None:
        series = self._series()
        languages = series and self._languages(series, self.tr("Export directories"))
        path = languages and self._ask_path(series, "directory", self.tr("Export directories"), XLSX_FILTER)
        if series is None or languages is None or not path:
            return
        from ocse_planner.export.directory_xlsx import gather_directory, write_directory

        self._run(path, lambda s: gather_directory(s, series.id, languages), write_directory)

    def export_calendar(self) -> None:
        """Every presentation of the series, for organizers' and partners' calendars."""
        series = self._series()
        if series is None or not self._timing_accepted(series):
            return
        languages = self._languages(series, self.tr("Export calendar"))
        path = languages and self._ask_path(series, "calendar", self.tr("Export calendar"), ICS_FILTER)
        if languages is None or not path:
            return
        from ocse_planner.export.atomic import write_bytes_atomic
        from ocse_planner.export.ics import series_calendar

        self._run(path, lambda s: series_calendar(s, series.id, languages=languages), write_bytes_atomic)

    def export_comparison(self) -> None:
        """The editions checked on Attendance ▸ Compare editions, with its threshold, in the
        document's language (or both)."""
        from ocse_planner.ui.files.export_options_dialog import LanguageDialog

        page = self.window.attendance_tab.compare_page
        ids, min_cell = page.selection()
        if len(ids) < 2:
            self.window.tabs.setCurrentWidget(self.window.attendance_tab)
            self.window.attendance_tab.pages.setCurrentWidget(page)
            dialogs.show_error(self.window, self.tr("Export comparison"), self.tr(
                "Check two or more editions on Attendance ▸ Compare editions first."))
            return
        languages = LanguageDialog.ask(self.window, self.tr("Export comparison"))
        if languages is None:
            return
        comparison = page.comparison  # what the page shows: the checked editions, named in the file's name
        db = self.window.state.db
        folder = db.path.parent if db is not None else Path.home()
        from ocse_planner.export.naming import comparison_file_name

        name = comparison_file_name([(e.title, e.year) for e in comparison.editions] if comparison else [])
        path = dialogs.ask_export_path(self.window, self.tr("Export comparison"), str(folder / name), XLSX_FILTER,
                                       db.path if db else None)
        if path is None:
            return
        from ocse_planner.export.comparison_xlsx import ComparisonOptions, comparisons_for, write_comparison

        options = ComparisonOptions(min_cell, languages)
        self._run(path, lambda s: comparisons_for(s, ids, options), write_comparison)

    def _run(self, path: Path, gather: Callable[[Any], Any], write: Callable[[Path, Any], Path],
             finished: Callable[[Path], None] | None = None) -> None:
        db: Database | None = self.window.state.db
        assert db is not None

        def work(progress: Progress) -> Path:
            progress.report(0, 2)
            with db.read() as session:
                data = gather(session)
            progress.check()
            progress.report(1, 2)
            return write(path, data)

        dialog = QProgressDialog(self.tr("Writing %1…").replace("%1", path.name), self.tr("Cancel"), 0, 2, self.window)
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        self.progress_dialog = dialog
        self.task = run_task(work, finished or self._finished, self._failed,  # kept alive until it reports
                             what=self.tr("Writing %1").replace("%1", path.name))
        dialog.canceled.connect(self.task.cancel)
        self.task.progressed.connect(lambda done, total: dialog.setValue(done))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _finished(self, path: Path) -> None:
        self._close_progress()
        self.last_path = path
        self.window.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(path)), 8000)
        choice = dialogs.ask_open_choice(self.window, path)
        if choice == "file":
            open_url(QUrl.fromLocalFile(str(path)))
        elif choice == "folder":
            open_url(QUrl.fromLocalFile(str(path.parent)))

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, Cancelled):
            self.window.statusBar().showMessage(self.tr("Export cancelled; no file was written."), 5000)
            return
        errors.report(self.window, error, self.tr("Export failed"))

    # --- releases --------------------------------------------------------------------
    def release(self) -> None:
        series = self._series()
        if series is None:
            return
        note = ask_release_note(self.window, self.tr("Note for this agenda release (optional):"))
        if note is None:
            return
        from ocse_planner.services.releases import release_agenda

        series_id = series.id

        def done(info: object) -> None:
            dialogs.show_info(
                self.window, self.tr("Release agenda"),
                fill(self.tr("Agenda release %1 recorded with %2 presentations. The next agenda export can list "
                        "the changes since it."), str(info.number), str(info.presentations)),  # type: ignore[attr-defined]
            )

        # On a worker, behind a progress dialog: a release copies every presentation.
        operations.run_in_background(
            self.window, self.window.state, self.tr("Release the agenda of “%1”").replace("%1", series.title),
            lambda session: release_agenda(session, series_id, note), on_done=done, title=self.tr("Release agenda"))
