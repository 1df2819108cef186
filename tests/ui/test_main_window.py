"""The real main window, driven as a person would."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QLabel

from ocse_planner import logs
from ocse_planner.ui.sessions.agenda_model import PRESENTERS
from ocse_planner.ui.common import dialogs
from ocse_planner.ui.common.settings import RECENT_FILES, WINDOW_GEOMETRY
from ocse_planner.ui.common.table_model import RecordTableModel
from ocse_planner.ui.main_window import MainWindow, tab_titles


def _column(view, column):
    model = view.proxy
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_five_tabs_and_the_webinars_of_the_demo(window, qtbot):
    assert tab_titles(window) == ["Series", "Sessions", "Presenters", "Partners", "Attendance"]
    assert str(window.state.db.path) in window.file_label.text()
    qtbot.mouseClick(window.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=window.tabs.tabBar().tabRect(1).center())
    assert window.tabs.currentWidget() is window.sessions_tab
    titles = _column(window.sessions_tab.webinars, 3)
    assert titles == [
        "Reporting Mechanisms, Tools and Emerging Trends in Online Child Sexual Exploitation",
        "Best Practices in Trauma-informed Care and Supports when Working with Victims of Online Child Sexual Exploitation",
        "Public Awareness and Research on Online Child Sexual Exploitation",
    ]
    co_hosts = [r.co_hosts for r in window.sessions_tab.webinars.model.rows()]
    assert co_hosts[:2] == ["Royal Canadian Mounted Police (RCMP)", "Justice Canada"]


def test_selecting_a_webinar_shows_its_agenda(window, qtbot):
    window.tabs.setCurrentWidget(window.sessions_tab)
    view = window.sessions_tab.webinars
    index = view.proxy.index(2, 1)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center())
    agenda = window.sessions_tab.agenda.model
    assert agenda.index(1, PRESENTERS).data() == "Erin Rogers; Julie Chan"
    assert "webinar 3" in window.sessions_tab.agenda_title.text()


def test_search_filters_the_presenter_directory(window, qtbot):
    window.tabs.setCurrentWidget(window.presenters_tab)
    people = window.presenters_tab.people
    assert people.proxy.rowCount() == 11
    qtbot.keyClicks(people.search, "Police")
    assert _column(people, 0) == ["Detective Constable Dayna Boyko"]


def test_attendance_tab_shows_the_reported_figures(window, qtbot):
    tab = window.attendance_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.figures_pending(), timeout=5000)
    assert "611" in tab.participants.text()
    assert tab.sector_model.rowCount() == 9  # the eight sectors the report names, and the total row
    assert _column(tab.survey, 2) == ["82%", "close to 80%"]


def test_keyboard_reaches_every_tab(window, qtbot):
    window.tabs.setFocus()
    for expected in (1, 2, 3, 4):
        qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Right)
        assert window.tabs.currentIndex() == expected


def test_opening_a_bad_file_keeps_the_open_one(window, qtbot, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: str(bad))
    window.open_action.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert str(bad) in errors[0]
    assert window.state.db is not None and window.state.db.path.name == "demo.db"
    assert bad.read_text() == "not a database"


def test_empty_file_offers_the_demo(qtbot, settings, tmp_path, monkeypatch):
    questions = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text, **k: questions.append(title) or True)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.open_path(tmp_path / "first.db")
    assert questions == ["Empty planner file"]
    assert win.series_tab.list.proxy.rowCount() == 1


def test_recent_files_and_geometry_are_remembered(qtbot, settings, demo_path):
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    win.resize(900, 600)
    win.open_path(demo_path)
    win.close()
    assert settings.get(RECENT_FILES) == (str(demo_path.resolve()),)
    saved = settings.get(WINDOW_GEOMETRY)
    assert len(saved) > 0
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.restoreGeometry(QByteArray(saved))  # the offscreen platform ignores sizes; Qt's own format
    again.recent_menu.aboutToShow.emit()
    actions = [a for a in again.recent_menu.actions() if a.isEnabled()]
    assert actions and str(demo_path.resolve()) in actions[0].text()
    actions[0].trigger()
    qtbot.waitUntil(lambda: again.state.db is not None, timeout=10_000)


def test_item_models_pass_qt_model_tester(window, qtmodeltester):
    for model in (
        window.series_tab.list.model,
        window.sessions_tab.webinars.model,
        window.presenters_tab.people.model,
        window.partners_tab.organizations.model,
    ):
        assert isinstance(model, RecordTableModel)
        qtmodeltester.check(model)


def test_the_window_shows_before_the_file_is_opened(qtbot, settings, demo_path, monkeypatch):
    """Start-up: the window appears with its tabs; the file opens on a worker thread."""
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    assert tab_titles(win) == ["Series", "Sessions", "Presenters", "Partners", "Attendance"]
    assert win.state.db is None
    task = win.open_in_background(demo_path)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert win.state.db is not None and win.state.db.path == demo_path.resolve()
    assert win.series_tab.list.proxy.rowCount() == 1
    assert win.tabs.widget(0) is win.series_tab


def test_file_open_opens_in_the_background(window, qtbot, tmp_path, monkeypatch):
    from ocse_planner.db.demo import create_demo_database

    other = create_demo_database(tmp_path / "other.db")
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: str(other))
    window.open_action.trigger()
    qtbot.waitUntil(lambda: window.state.db is not None and window.state.db.path.name == "other.db", timeout=10_000)
    assert "other.db" in window.windowTitle()
    assert window.sessions_tab.webinars.proxy.rowCount() == 3


def test_start_up_objects_are_kept_out_of_later_garbage_collections(window):
    """A full collection after a large import must not walk every start-up object."""
    import gc

    assert gc.get_freeze_count() > 0


def test_help_about_says_where_the_log_is(window, qtbot, monkeypatch):
    """The window logs to a rotating file in the user's data folder (XDG_DATA_HOME is a
    temporary folder in tests); Help ▸ About names it for problem reports."""
    shown = []
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: shown.append((title, text)))
    path = logs.configure_file_logging()
    try:
        assert path == Path(os.environ["XDG_DATA_HOME"]) / "ocse-planner" / "ocse-planner.log"
        window.help_menu.setFocus()
        window.about_action.trigger()
        assert shown and shown[0][0] == "About OCSE Planner"
        assert str(path) in shown[0][1]
        logging.getLogger("ocse_planner.test").warning("written for the test")
        assert "written for the test" in path.read_text(encoding="utf-8")
    finally:
        logs.reset()
    window.about_action.trigger()
    assert "Log file" not in shown[-1][1]  # no log configured (as in a script): nothing to point at


def test_opening_a_file_builds_only_the_tab_on_screen(qtbot, settings, demo_path):
    """The first-file-open stall: the hidden tabs are not built (nor read) until shown;
    a tab built later fills itself from the open file, clicked or reached by keyboard."""
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    task = win.open_in_background(demo_path)
    qtbot.waitUntil(lambda: task.done and win.state.db is not None, timeout=10_000)
    placeholders = [i for i in range(win.tabs.count()) if isinstance(win.tabs.widget(i), QLabel)]
    assert placeholders == [1, 2, 3, 4]
    assert win.tabs.widget(0).list.proxy.rowCount() == 1

    bar = win.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    sessions = win.tabs.widget(1)
    assert not isinstance(sessions, QLabel) and sessions.isVisible()
    assert sessions.webinars.proxy.rowCount() == 3  # filled from the open file at once
    assert tab_titles(win) == ["Series", "Sessions", "Presenters", "Partners", "Attendance"]

    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert [i for i in range(win.tabs.count()) if isinstance(win.tabs.widget(i), QLabel)] == [3, 4]
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    attendance = win.tabs.widget(4)
    assert win.tabs.currentIndex() == 4 and not isinstance(attendance, QLabel)
    qtbot.waitUntil(lambda: not attendance.figures_pending(), timeout=5000)
    assert "611" in attendance.participants.text()
    assert not [i for i in range(win.tabs.count()) if isinstance(win.tabs.widget(i), QLabel)]


def test_opening_a_file_reads_the_series_list_and_the_readiness_off_the_ui_thread(qtbot, settings, demo_path,
                                                                                  monkeypatch):
    """The first-file-open stall (bench/blackbox.py): the Series tab's first reading is done
    by the worker that opened the file, and the readiness overview reads on a worker too."""
    import threading

    from ocse_planner.services import overview, readiness

    on_ui_thread: list[str] = []
    for module, name in ((overview, "list_series"), (overview, "list_organizations"),
                         (readiness, "series_readiness")):
        def recorded(*args, _real=getattr(module, name), _name=name, **kwargs):
            if threading.current_thread() is threading.main_thread():
                on_ui_thread.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, recorded)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    task = win.open_in_background(demo_path)
    qtbot.waitUntil(lambda: task.done and win.state.db is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not win.series_tab.readiness.pending() and bool(win.series_tab.readiness.rows()),
                    timeout=10_000)
    assert win.series_tab.list.proxy.rowCount() == 1
    assert win.series_tab.form.fields  # the first series shown in the form
    assert on_ui_thread == []
    win.state.notify_changed()  # a later change is read again (on this thread: a few rows)
    assert "list_series" in on_ui_thread


def test_the_opening_worker_reads_the_first_series_readiness_and_no_second_worker_runs(qtbot, settings, demo_path,
                                                                                     monkeypatch):
    """A second worker reading the readiness while the UI thread paints the filled tab takes
    the GIL from it at every call into Python (a 100-140 ms stall on the large file): the
    worker that opened the file reads it, once, and the overview shows it."""
    import threading

    from ocse_planner.services import readiness

    calls: list[str] = []
    real = readiness.series_readiness

    def recorded(*args, **kwargs):
        calls.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(readiness, "series_readiness", recorded)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    task = win.open_in_background(demo_path)
    qtbot.waitUntil(lambda: task.done and win.state.db is not None, timeout=10_000)
    qtbot.wait(50)  # let any refresh the file's arrival queued run
    overview = win.series_tab.readiness
    assert not overview.pending() and len(overview.rows()) == 3  # the demo's three webinars
    assert len(calls) == 1 and calls[0] != threading.main_thread().name
    win.state.notify_changed()  # a later change is read again, on a worker
    qtbot.waitUntil(lambda: len(calls) == 2 and not overview.pending(), timeout=10_000)
    assert len(overview.rows()) == 3


def test_the_tabs_modules_load_with_the_collector_paused_and_start_up_objects_frozen(qtbot, settings, demo_path,
                                                                                     monkeypatch):
    """A full collection on the worker holds the GIL, and the UI thread, for 120-200 ms
    while the tabs' modules load (bench/blackbox.py stall): it must not walk them."""
    import contextlib
    import gc

    import ocse_planner.importers

    entered: list[bool] = []
    frozen: list[int] = []

    @contextlib.contextmanager
    def paused():
        entered.append(True)
        frozen.append(gc.get_freeze_count())
        yield

    monkeypatch.setattr(ocse_planner.importers, "gc_paused", paused)
    monkeypatch.setattr(gc, "freeze", lambda real=gc.freeze: (frozen.append(-1), real()))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    task = win.open_in_background(demo_path)
    qtbot.waitUntil(lambda: task.done and win.state.db is not None, timeout=10_000)
    assert entered == [True]
    assert frozen[0] == -1 and frozen[-1] == -1  # frozen before the imports, and after them
