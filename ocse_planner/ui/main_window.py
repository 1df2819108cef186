"""The main window: five tabs over one open planner (a file or a team database), menus,
status bar.

The window is cheap to show: the tabs (and through them SQLAlchemy and the services) are
built on first need, and a planner is opened on a worker thread (integrity check, backup,
migration; a server's connection), so the window appears at once and fills when ready.

A team database (File ▸ Connect to team database…, `--db postgresql://…`) asks for a
password when libpq has none, offers to create a planner in an empty database, and opens
one whose schema is older than this app for reading only until its administrator
upgrades it. Other people's changes reach the window through the change log
(ui/common/change_watch.py).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMenu, QTabWidget, QWidget

from ocse_planner import APP_NAME, __version__, i18n
from ocse_planner.db.location import Location, ServerLocation, describe, parse_location
from ocse_planner.logs import log_file
from ocse_planner.services.errors import UserError
from ocse_planner.ui.common import dialogs, errors, operations
from ocse_planner.ui.common.change_watch import ChangeWatcher
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.settings import RECENT_FILES, WINDOW_GEOMETRY, WINDOW_STATE, Settings
from ocse_planner.ui.common.splitter_sizes import restore_splitters, save_splitters
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.tasks import Progress, Task, run_task
from ocse_planner.ui.files.export_menu import ExportMenu

if TYPE_CHECKING:
    from ocse_planner.db import Database
    from ocse_planner.ui.attendance.attendance_tab import AttendanceTab
    from ocse_planner.ui.partners.partners_tab import PartnersTab
    from ocse_planner.ui.presenters.presenters_tab import PresentersTab
    from ocse_planner.ui.series.series_tab import FirstReading, SeriesTab
    from ocse_planner.ui.sessions.sessions_tab import SessionsTab

DEFAULT_SIZE = (1280, 800)
MODULES_READY, OPEN_STEPS = 1, 2  # opening a file: the tabs' code imported, then the file open
TAB_BUILD_WAIT = 2.0  # seconds the opening worker waits at most for the UI thread to build the tab


def _freeze_startup_objects() -> None:
    """Exclude what start-up created (modules, classes, Qt wrappers) from later full
    garbage collections: without this, the first full collection after importing
    100,000 attendees walks every start-up object too and holds the UI for ~140 ms."""
    if not getattr(_freeze_startup_objects, "done", False):
        gc.freeze()
        _freeze_startup_objects.done = True  # type: ignore[attr-defined]


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.state = AppState(self)
        # One history for every edit (ui/common/operations.py); a new file starts a new one.
        self.history = self.state.history
        self.history.set_window(self)
        self.undo_stack = self.history.stack
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self._add_placeholders()
        self.tabs.currentChanged.connect(self._build_shown_tab)
        self.open_task: Task | None = None
        self.setCentralWidget(self.tabs)

        self.file_label = QLabel(self)
        self.mode_label = QLabel(self)  # "Team database" / "Read-only"
        self.mode_label.setObjectName("modeLabel")
        self.statusBar().addPermanentWidget(self.mode_label)
        self.statusBar().addPermanentWidget(self.file_label)
        self.changes = ChangeWatcher(self.state, self)
        self.changes.changedElsewhere.connect(self._changed_elsewhere)

        self._build_menus()
        self._build_this_week()
        self.retranslate()
        self._restore_geometry()
        self._update_title()

    def _add_placeholders(self) -> None:
        """A "Loading…" page per tab until the tab is first needed."""
        self._tabs_built = False
        self._pages: list[QWidget | None] = []
        for _title in self._tab_titles():
            placeholder = QLabel()
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(placeholder, "")
            self._pages.append(None)

    def _tab_titles(self) -> list[str]:
        return [
            self.tr("&Series"),
            self.tr("Sess&ions"),
            self.tr("&Presenters"),
            self.tr("P&artners"),
            self.tr("A&ttendance"),
        ]

    # --- language ----------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text the window itself shows, in the current language (called at start
        and on each LanguageChange)."""
        self.tabs.setAccessibleName(self.tr("Sections"))
        for index, title in enumerate(self._tab_titles()):
            self.tabs.setTabText(index, title)
            if self._pages[index] is None:
                placeholder = self.tabs.widget(index)
                if isinstance(placeholder, QLabel):
                    placeholder.setText(self.tr("Loading…"))
        self.file_label.setAccessibleName(self.tr("Open file"))
        self.mode_label.setAccessibleName(self.tr("Planner mode"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New…"))
        self.open_action.setText(self.tr("&Open…"))
        self.connect_action.setText(self.tr("Connect to &team database…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.copy_action.setText(self.tr("&Copy planner to…"))
        self.restore_action.setText(self.tr("Restore from &backup…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.demo_action.setText(self.tr("Open the &demo"))
        self.getting_started_action.setText(self.tr("&Getting started"))
        self.import_attendance_action.setText(self.tr("&Import attendance…"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._make_undo_actions()
        self.series_menu.setTitle(self.tr("Se&ries"))
        self.clone_action.setText(self.tr("&Clone to next year…"))
        # No mnemonic, as Language: its letters are taken by some tab's controls (F10 reaches it).
        self.view_menu.setTitle(self.tr("View"))
        # No mnemonic: every letter of "Language" is taken by some tab's controls; the menu is
        # reached with F10 (or Alt) and the arrow keys, its two entries have their own.
        self.language_menu.setTitle(self.tr("Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About OCSE Planner"))
        if hasattr(self, "export_menu"):
            self.export_menu.retranslate()
        self._update_title()

    def _make_undo_actions(self) -> None:
        """Edit ▸ Undo / Redo, naming the step (ui/common/operations.py); their texts
        follow the language."""
        if self.undo_action is None or self.redo_action is None:
            self.undo_action, self.redo_action = self.history.create_actions(self)
            self.edit_menu.addAction(self.undo_action)
            self.edit_menu.addAction(self.redo_action)
        else:
            self.history.retranslate_actions()

    def set_language(self, language: str) -> None:
        """Switch the interface language now and keep the choice for the next start.

        Installing the translators sends every widget a LanguageChange, on which each one
        retranslates itself in place (ui/common/retranslate.py): nothing is rebuilt, so the
        tab, the selected rows, the scroll positions, the splitters and typing not yet saved
        all stay as they were.
        """
        from ocse_planner.ui.app import install_translations

        if language == i18n.current_language() and self._language_matches_actions():
            return
        i18n.save_language(language)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_translations(app, language)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self._check_language_action()

    def _language_matches_actions(self) -> bool:
        checked = self.language_group.checkedAction()
        return checked is not None and checked.data() == i18n.current_language()

    def _check_language_action(self) -> None:
        for action in self.language_group.actions():
            action.setChecked(action.data() == i18n.current_language())

    # --- tabs ------------------------------------------------------------------
    # Each tab is built the first time it is needed: shown, asked for by its property, or
    # (the Series tab, which chooses the series every other tab follows) when a file
    # opens. A tab never shown costs nothing when a file opens; a tab built after the file
    # opened fills itself at once.
    SERIES, SESSIONS, PRESENTERS, PARTNERS, ATTENDANCE = range(5)

    def _new_tab(self, index: int) -> QWidget:
        if index == self.SERIES:
            from ocse_planner.ui.series.series_tab import SeriesTab

            tab = SeriesTab(self.state)
            tab.demoRequested.connect(self.open_demo)
            tab.helpRequested.connect(self.show_getting_started)
            tab.readinessRequested.connect(self.show_checklist)
            return tab
        if index == self.SESSIONS:
            from ocse_planner.ui.sessions.sessions_tab import SessionsTab

            return SessionsTab(self.state, self.settings)
        if index == self.PRESENTERS:
            from ocse_planner.ui.presenters.presenters_tab import PresentersTab

            return PresentersTab(self.state, self.settings)
        if index == self.PARTNERS:
            from ocse_planner.ui.partners.partners_tab import PartnersTab

            return PartnersTab(self.state)
        from ocse_planner.ui.attendance.attendance_tab import AttendanceTab

        attendance = AttendanceTab(self.state)
        attendance.compare_page.exportRequested.connect(self.export_menu.export_comparison)
        return attendance

    def _tab(self, index: int) -> QWidget:
        """The tab at `index`, built now if it was not yet."""
        page = self._pages[index]
        if page is not None:
            return page
        if index != self.SERIES and self._pages[self.SERIES] is None:
            self._tab(self.SERIES)  # first: the others follow the series it selects
        page = self._new_tab(index)
        self._pages[index] = page
        placeholder = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # swapping the page is not the person changing tabs
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, self._tab_titles()[index])
            self.tabs.setCurrentIndex(max(current, 0))
        finally:
            self.tabs.blockSignals(False)
        placeholder.deleteLater()
        restore_splitters(page, self.settings)
        self._tabs_built = all(p is not None for p in self._pages)
        if self.state.db is not None:  # built after the file opened: fill it now
            page.refresh()  # type: ignore[attr-defined]
        return page

    def _build_shown_tab(self, index: int) -> None:
        if index >= 0 and (self.state.db is not None or self._pages[self.SERIES] is not None):
            self._tab(index)

    def ensure_current_tab(self) -> None:
        """The Series tab and the tab on screen, built (the others wait to be shown)."""
        self._tab(self.SERIES)
        self._tab(max(self.tabs.currentIndex(), 0))

    def ensure_tabs(self) -> None:
        """Build every tab that was not yet built."""
        for index in range(len(self._pages)):
            self._tab(index)

    @property
    def series_tab(self) -> SeriesTab:
        return self._tab(self.SERIES)  # type: ignore[return-value]

    @property
    def sessions_tab(self) -> SessionsTab:
        return self._tab(self.SESSIONS)  # type: ignore[return-value]

    @property
    def presenters_tab(self) -> PresentersTab:
        return self._tab(self.PRESENTERS)  # type: ignore[return-value]

    @property
    def partners_tab(self) -> PartnersTab:
        return self._tab(self.PARTNERS)  # type: ignore[return-value]

    @property
    def attendance_tab(self) -> AttendanceTab:
        return self._tab(self.ATTENDANCE)  # type: ignore[return-value]

    # --- menus -----------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = self._action(QKeySequence.StandardKey.New, self.new_file)
        self.open_action = self._action(QKeySequence.StandardKey.Open, self.open_file)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.connect_action = self._action(QKeySequence("Ctrl+Shift+O"), self.connect_to_team_database)
        self.copy_action = self._action(QKeySequence.StandardKey.SaveAs, self.copy_planner)
        self.restore_action = self._action(None, self.restore_from_backup)
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close)
        self.demo_action = self._action(None, self.open_demo)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.connect_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.import_attendance_action = self._action(QKeySequence("Ctrl+I"), self.import_attendance)
        self.file_menu.addAction(self.import_attendance_action)
        self.file_menu.addAction(self.copy_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self._build_edit_and_series_menus()
        self.export_menu = ExportMenu(self)

        self.language_menu = bar.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():  # each language named in itself
            action = self.language_menu.addAction("&" + name)
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
        self._check_language_action()

        self.help_menu = bar.addMenu("")
        self.getting_started_action = self._action(QKeySequence.StandardKey.HelpContents, self.show_getting_started)
        self.about_action = self._action(None, self.show_about)
        self.help_menu.addAction(self.getting_started_action)
        self.help_menu.addAction(self.about_action)
        self.getting_started: QDialog | None = None

    def _build_edit_and_series_menus(self) -> None:
        bar = self.menuBar()
        self.edit_menu = bar.addMenu("")
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self.series_menu = bar.addMenu("")
        self.clone_action = self._action(None, self.clone_series)
        self.series_menu.addAction(self.clone_action)
        self.view_menu = bar.addMenu("")

    def _build_this_week(self) -> None:
        """This week (ui/week/this_week_dock.py): a dock under every tab, View ▸ This week."""
        from ocse_planner.ui.week.this_week_dock import ThisWeekDock

        self.this_week = ThisWeekDock(self.state, self.settings, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.this_week)
        self.resizeDocks([self.this_week], [200], Qt.Orientation.Vertical)
        self.this_week.hide()  # until the person asks for it (then as they left it)
        action = self.this_week.toggleViewAction()
        action.setShortcut(QKeySequence("Ctrl+Shift+D"))  # D: what is due
        self.view_menu.addAction(action)
        self.this_week.entryActivated.connect(self._act_on)

    def show_this_week(self, shown: bool = True) -> None:
        self.this_week.setVisible(shown)
        if shown:
            self.this_week.panel.view.table.setFocus()

    def _act_on(self, entry: object) -> None:
        """Where an entry of This week is acted on: the checklist, or the Partners tab."""
        from ocse_planner.services.todo import Source, TodoEntry

        if not isinstance(entry, TodoEntry):
            return
        if entry.source == Source.PARTNER:
            self.series_tab.select_series(entry.series_id)
            self.tabs.setCurrentWidget(self.partners_tab)
        elif entry.webinar_id is not None:
            self.show_checklist(entry.webinar_id, entry.item_id if entry.source == Source.READINESS else None,
                                series_id=entry.series_id)

    def clone_series(self) -> None:
        from ocse_planner.ui.series.clone_dialog import clone_selected_series

        def show(new_id: int) -> None:
            self.series_tab.select_series(new_id)
            self.tabs.setCurrentWidget(self.series_tab)

        clone_selected_series(self, self.state, show)

    def show_checklist(self, webinar_id: int, item_id: int | None = None, *, series_id: int | None = None) -> None:
        """A webinar's readiness checklist, on the Sessions tab."""
        if series_id is not None and series_id != self.state.series_id:
            self.series_tab.select_series(series_id)
        self.tabs.setCurrentWidget(self.sessions_tab)
        self.sessions_tab.show_readiness(webinar_id, item_id)

    def import_attendance(self) -> None:
        self.tabs.setCurrentWidget(self.attendance_tab)
        self.attendance_tab.open_import_dialog()

    def _action(self, shortcut: object, slot: object) -> QAction:
        """An action whose text `retranslate` sets."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(slot)  # type: ignore[arg-type]
        return action

    # --- opening planners ---------------------------------------------------------
    def open_path(self, path: Location | str, *, offer_demo: bool = True, create_server: bool = False,
                  read_only: bool = False) -> bool:
        """Open a planner now (blocking); on failure say why and keep what was open before."""

        where = self._resolve(path)
        try:
            db = self._opener(where, create_server, read_only)()
        except UserError as exc:
            return self._recover(exc, where, offer_demo=offer_demo, background=False)
        return self._adopt(db, where, offer_demo=offer_demo)

    @staticmethod
    def _resolve(path: Location | str) -> Location:
        where = parse_location(path)
        return where if isinstance(where, ServerLocation) else where.expanduser().resolve()

    def _opener(self, where: Location, create_server: bool, read_only: bool) -> Callable[[], Database]:
        """How to open `where`, as a function any thread may call. A missing file is created;
        a team database gets a planner only when asked (`create_server`); `read_only`
        reads an older team database until it is upgraded."""
        from ocse_planner.ui.files import file_safety
        from ocse_planner.ui.files.connect_dialog import author_name

        policy = file_safety.backup_policy(self.settings)
        author = author_name(self.settings)

        def open_it() -> Database:
            from ocse_planner.db.migrate import open_database, open_for_reading

            if read_only:
                return open_for_reading(where)
            if isinstance(where, ServerLocation):
                return open_database(where, create=create_server, author=author)
            return open_database(where, backups=policy, author=author)

        return open_it

    def open_in_background(self, path: Location | str, *, offer_demo: bool = True, create_server: bool = False,
                           read_only: bool = False) -> Task:
        """Open a planner on a worker thread; the window stays responsive meanwhile.

        Checking, backing up and migrating a large file (or reaching a server) takes
        noticeable time; the result (or the error) comes back to the UI thread.
        `open_task.done` tells tests when.
        """
        where = self._resolve(path)
        open_it = self._opener(where, create_server, read_only)
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", describe(where)))
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

        first: list[FirstReading] = []
        tab_built = threading.Event()

        def work(progress: Progress) -> Database:
            # The tabs' code (and through it SQLAlchemy) is imported here, not on the UI
            # thread; once it is, the UI thread builds the tab on screen (`step`) while this
            # thread opens the planner and makes that tab's first reading cheap.
            # A full garbage collection on this thread holds the GIL, and so the UI thread,
            # while it walks every object: 120-200 ms during these imports. So the objects
            # start-up made are frozen out of collections first, the collector rests while
            # the modules load (their objects live as long as the process), and those are
            # frozen too before it resumes.
            if not self._tabs_built:
                gc.freeze()
                from ocse_planner.importers import gc_paused

                with gc_paused():
                    import ocse_planner.ui.attendance.attendance_tab  # noqa: F401
                    import ocse_planner.ui.partners.partners_tab  # noqa: F401
                    import ocse_planner.ui.presenters.presenters_tab  # noqa: F401
                    import ocse_planner.ui.series.series_tab  # noqa: F401
                    import ocse_planner.ui.sessions.sessions_tab  # noqa: F401
                    gc.freeze()  # before the collector wakes: else its first pass walks them all
                from ocse_planner.ui.series.series_tab import warm_up_forms

                warm_up_forms()  # the zone lists the Series tab's form needs, before it is built
            progress.report(MODULES_READY, OPEN_STEPS)
            # Let the UI thread build the tab on screen without sharing the GIL with this
            # one (interleaved, the build took two to three times as long a stall).
            tab_built.wait(TAB_BUILD_WAIT)
            from ocse_planner.ui.series.series_tab import warm_up

            database = open_it()
            first.append(warm_up(database))  # the Series tab's first reading; statements compiled
            return database

        def step(done: int, _total: int) -> None:
            if done == MODULES_READY:
                try:
                    self.ensure_current_tab()
                finally:
                    tab_built.set()

        def done(db: Database) -> None:
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
            self._adopt(db, where, offer_demo=offer_demo, first=first[0] if first else None)

        def failed(exc: BaseException) -> None:
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
            if isinstance(exc, UserError):
                self._recover(exc, where, offer_demo=offer_demo, background=True)
            else:
                self._report_open_error(exc)

        self.open_task = run_task(work, done, failed, parent=self,
                                  what=self.tr("Opening %1").replace(
                                      "%1", where.short_name if isinstance(where, ServerLocation) else where.name))
        self.open_task.progressed.connect(step)
        return self.open_task

    def _recover(self, exc: UserError, where: Location, *, offer_demo: bool, background: bool) -> bool:
        """What a person can do about a planner that did not open: type the password the
        server asked for, create a planner in an empty team database, read an older one."""
        from ocse_planner.db.errors import ServerUnavailableError
        from ocse_planner.db.server import EmptyServerError, SchemaOutdatedError

        retry = None
        if isinstance(where, ServerLocation) and isinstance(exc, ServerUnavailableError) and exc.needs_password:
            password = dialogs.ask_password(self, self.tr("Connect to team database"), fill(self.tr(
                "The team database %1 asks for a password (it is not stored).\n\n%2"),
                                                                                            where.display,
                                                                                            exc.reason))
            if password is not None:
                retry = {"path": where.with_password(password)}
        elif isinstance(exc, EmptyServerError) and dialogs.ask_yes_no(
            self, self.tr("Empty team database"),
            self.tr("The team database %1 holds no planner yet. Create an empty planner in it?\n\n"
                    "To move a planner file there instead, open the file and choose File ▸ Copy planner to….")
            .replace("%1", describe(where)),
        ):
            retry = {"path": where, "create_server": True}
        elif isinstance(exc, SchemaOutdatedError):
            retry = {"path": where, "read_only": True}
        if retry is None:
            self._report_open_error(exc)
            return False
        if background:
            self.open_in_background(offer_demo=offer_demo, **retry)  # type: ignore[arg-type]
            return True
        return self.open_path(offer_demo=offer_demo, **retry)  # type: ignore[arg-type]

    def _report_open_error(self, exc: BaseException) -> None:
        title = self.tr("Cannot open team database") if getattr(exc, "is_server", False) else self.tr(
            "Cannot open file")
        errors.report(self, exc, title)

    def _adopt(self, db: Database, where: Location, *, offer_demo: bool, first: FirstReading | None = None) -> bool:
        """Show `db` in every tab. Typing still pending in a form is saved first, into the
        planner it was typed for; when it cannot be and the person goes back to it, `db`
        is closed again and False returned."""
        if not self.history.commit_pending(self):
            db.close()
            return False
        self.ensure_current_tab()
        if first is not None:
            self.series_tab.preload(first)  # read on the worker: not again on this thread
        _freeze_startup_objects()  # before the first reading: no full collection walks them
        self._set_database(db)
        self._remember_recent(where)
        if isinstance(where, Path):
            from ocse_planner.ui.files import file_safety

            file_safety.warn_if_network_drive(self, where)
        if db.read_only:
            dialogs.show_info(self, self.tr("Read-only"), fill(self.tr(
                "%1 %2\n\nYou can read and export it; changes are refused until then."),
                                                               db.name, db.read_only_reason))
        elif db.is_server:
            self.statusBar().showMessage(self.tr(
                "Connected. Backups of a team database are the server's; File ▸ Copy planner to… takes an "
                "offline copy."), 10000)
        if offer_demo and not db.read_only:
            self._offer_demo_if_empty(first.rows if first is not None else None)
        return True

    def _set_database(self, db: Database | None) -> None:
        self.state.set_database(db)
        self._update_title()

    def _offer_demo_if_empty(self, series_rows: list[object] | None = None) -> None:
        """`series_rows`: the series the worker that opened the file read, if it did."""
        db = self.state.db
        if db is None or series_rows:
            return
        from ocse_planner.db.demo import load_demo
        from ocse_planner.services import overview

        if series_rows is None:
            with db.read() as session:
                if overview.list_series(session):
                    return
        if dialogs.ask_yes_no(
            self,
            self.tr("Empty planner file"),
            self.tr(
                "This file holds no series yet. Load the demo data (the 2022 webinar series "
                "\u201cCombatting Online Child Sexual Exploitation\u201d) to explore the app?"
            ),
        ):
            operations.run(self, self.state, self.tr("Load the demo data"), load_demo)

    def may_leave_planner(self) -> bool:
        """Before another planner is opened: typing is saved, and the person agrees to lose
        the way back through Edit ▸ Undo (the changes themselves are all saved)."""
        if not self.history.commit_pending(self):
            return False
        if not self.undo_stack.canUndo() and not self.undo_stack.canRedo():
            return True
        return dialogs.ask_yes_no(
            self, self.tr("Open another planner"),
            self.tr("Your changes to %1 are saved. Open another planner?").replace(
                "%1", self.state.db.name if self.state.db else "")
            + "\n\n" + operations.cannot_undo_note(),
        )

    def open_demo(self) -> Task:
        """A fresh temporary copy of the demo series (as `ocse-planner --demo`); the planner
        file that was open is not touched."""
        import tempfile

        def work(progress: Progress) -> Path:
            from ocse_planner.db.demo import create_demo_database

            folder = Path(tempfile.mkdtemp(prefix="ocse-planner-demo-"))
            return create_demo_database(folder / "demo-2022.db")

        def done(path: Path) -> None:
            self.open_in_background(path, offer_demo=False)

        self.demo_task = run_task(work, done, parent=self, what=self.tr("Writing the demo series"))
        return self.demo_task

    def new_file(self) -> None:
        if not self.may_leave_planner():
            return
        path = dialogs.ask_save_path(self, self.tr("New planner file"), str(self._start_dir() / "planner.db"))
        if not path:
            return
        if Path(path).exists():
            dialogs.show_error(
                self,
                self.tr("File exists"),
                self.tr("%1 already exists. Open it with File ▸ Open, or choose another name.").replace("%1", path),
            )
            return
        self.open_path(path)

    def open_file(self) -> None:
        if not self.may_leave_planner():
            return
        path = dialogs.ask_open_path(self, str(self._start_dir()))
        if path:
            self.open_in_background(path)

    def connect_to_team_database(self) -> Task | None:
        """File ▸ Connect to team database…"""
        if not self.may_leave_planner():
            return None
        from ocse_planner.ui.files.connect_dialog import ConnectDialog

        location = ConnectDialog.ask(self.settings, self)
        if location is None:
            return None
        return self.open_in_background(location)

    def restore_from_backup(self) -> None:
        """File ▸ Restore from backup… (ui/files/file_safety.py, loaded when first used)."""
        from ocse_planner.ui.files import file_safety

        file_safety.restore_from_backup(self)

    def copy_planner(self) -> None:
        """File ▸ Copy planner to…: the open planner, whole and checked, to a file or a team database."""
        from ocse_planner.ui.files.copy_dialog import CopyDialog

        db = self.state.db
        if db is None:
            return
        report = CopyDialog.ask(db.location, self.settings, self)
        if report is not None:
            self.statusBar().showMessage(self.tr("Copied the planner to %1").replace("%1", report.destination), 8000)

    def _changed_elsewhere(self, entries: list[object]) -> None:
        """Someone else saved: re-read what is shown, and say who changed what."""
        last = entries[-1]
        text = fill(self.tr("%1 %2"), last.author, last.description)  # type: ignore[attr-defined]
        if len(entries) > 1:
            text += " " + self.tr("(and %1 more changes)").replace("%1", str(len(entries) - 1))
        self.state.notify_changed()
        self.statusBar().showMessage(text, 15000)

    def _start_dir(self) -> Path:
        db = self.state.db
        return db.path.parent if db is not None and db.path is not None else Path.home()

    # --- recent files ------------------------------------------------------------
    def recent_files(self) -> list[str]:
        return list(self.settings.get(RECENT_FILES))

    def _remember_recent(self, where: Location) -> None:
        """Files by path; team databases by URL, never with a password."""
        entry = describe(where)
        recent = [entry] + [p for p in self.recent_files() if p != entry]
        self.settings.set(RECENT_FILES, tuple(recent))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(none)"))
            empty.setEnabled(False)
            return
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {path}" if number < 10 else path)
            action.triggered.connect(lambda _=False, p=path: self.may_leave_planner() and self.open_in_background(p))

    # --- window ------------------------------------------------------------------
    def _update_title(self) -> None:
        db = self.state.db
        if db is None:
            self.setWindowTitle(APP_NAME)
            self.file_label.setText(self.tr("No file open"))
            self.mode_label.setText("")
        else:
            location = db.location
            name = location.short_name if isinstance(location, ServerLocation) else location.name
            self.setWindowTitle(f"{name} — {APP_NAME}")
            self.file_label.setText(db.name)
            if db.read_only:
                self.mode_label.setText(self.tr("Read-only"))
                self.mode_label.setToolTip(db.read_only_reason)
            else:
                self.mode_label.setText(self.tr("Team database") if db.is_server else "")
                self.mode_label.setToolTip("")
        self.copy_action.setEnabled(db is not None)
        # A team database's backups are the server's; Copy planner to… takes an offline copy.
        self.restore_action.setEnabled(db is not None and db.path is not None)

    def show_getting_started(self) -> None:
        from ocse_planner.ui.help.getting_started_dialog import GettingStartedDialog

        if self.getting_started is None:
            self.getting_started = GettingStartedDialog(self)
        self.getting_started.show()
        self.getting_started.raise_()
        self.getting_started.activateWindow()

    def about_text(self) -> str:
        text = self.tr(
            "OCSE Planner %1\n\nPlan a recurring webinar series offline: sessions and "
            "agendas, presenters and their bookings, partner collaborations, attendance "
            "and survey figures, and the files that go to partners."
        ).replace("%1", __version__)
        path = log_file()
        if path is not None:
            text += "\n\n" + self.tr("Log file (what went wrong, for a problem report): %1").replace("%1", str(path))
        return text

    def show_about(self) -> None:
        dialogs.show_info(self, self.tr("About OCSE Planner"), self.about_text())

    def _restore_geometry(self) -> None:
        docks = self.settings.get(WINDOW_STATE)
        if docks:
            self.restoreState(QByteArray(docks))
        geometry = self.settings.get(WINDOW_GEOMETRY)
        if geometry and self.restoreGeometry(QByteArray(geometry)):
            return
        # The first time: as large as a laptop's screen allows (1280×800, or 1920×1080 at 150 %).
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = DEFAULT_SIZE
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(width, height)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.history.commit_pending(self):  # typing that cannot be saved: the person chose to stay
            event.ignore()
            return
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry().data())
        self.settings.set(WINDOW_STATE, self.saveState().data())
        if any(page is not None for page in self._pages):
            save_splitters(self, self.settings)  # (the tabs not built keep what they had)
        self.settings.sync()
        db = self.state.db
        if db is not None:
            self.state.set_database(None)
        super().closeEvent(event)


def tab_titles(window: MainWindow) -> list[str]:
    """The tabs' titles as a person reads them (mnemonic markers removed)."""
    return [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]


__all__ = ["MainWindow", "tab_titles"]
