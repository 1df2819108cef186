"""Team mode in the window, driven as a person would: connect (with a password typed into
the prompt), create a planner in an empty database, copy a planner there and back, see
someone else's change appear, be refused an undo over it, read an older database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from ocse_planner.db import open_database
from ocse_planner.db.location import ServerLocation
from ocse_planner.db.models import Webinar
from ocse_planner.ui.common import dialogs
from ocse_planner.ui.common.settings import TEAM_AUTHOR, TEAM_LAST_URL
from ocse_planner.ui.files.connect_dialog import ConnectDialog
from ocse_planner.ui.files.copy_dialog import CopyDialog
from tests.ui.keyboard import activate, type_into


@pytest.fixture
def blank_window(qtbot, settings):  # type: ignore[no-untyped-def]
    """The main window with nothing open yet."""
    from ocse_planner.ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    win.ensure_tabs()
    return win


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_window(request, qtbot, settings, demo_path):  # type: ignore[no-untyped-def]
    """The window on the demo planner — a file, or a team database — and where it is."""
    from ocse_planner.ui.main_window import MainWindow

    where = str(demo_path) if request.param == "sqlite" else request.getfixturevalue("pg_database")("demo")
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(where)
    return win, where


def _messages(monkeypatch, name: str) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(dialogs, name, lambda _parent, _title, text, *a, **k: said.append(text))
    return said


def test_the_connect_dialog_remembers_the_url_without_its_password_and_the_name(qtbot, settings):
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.url, "ocse.example.ca/ocse")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "starts with postgresql:" in dialog.message.text()  # not a URL: said, kept open
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, "postgresql://alice:hunter2@db.example.ca/ocse?sslmode=verify-full")
    qtbot.keyClicks(dialog.author, "Alice Tremblay")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.location().url.endswith("verify-full")  # used as typed for this connection
    assert settings.get(TEAM_LAST_URL) == "postgresql://alice@db.example.ca/ocse?sslmode=verify-full"
    assert settings.get(TEAM_AUTHOR) == "Alice Tremblay"


@pytest.mark.postgresql
def test_connect_with_a_password_typed_into_the_prompt_and_never_stored(
        blank_window, qtbot, settings, tmp_path, pg_database, pg_password_role, monkeypatch):
    window = blank_window
    url = pg_password_role.url(pg_database("demo"))
    asked: list[str] = []
    monkeypatch.setattr(ConnectDialog, "ask", classmethod(lambda cls, s, parent=None: ServerLocation(url)))
    monkeypatch.setattr(dialogs, "ask_password", lambda _p, _t, label: asked.append(label) or pg_password_role.password)
    window.file_menu.aboutToShow.emit()
    window.connect_action.trigger()
    qtbot.waitUntil(lambda: window.state.db is not None, timeout=20_000)
    assert len(asked) == 1 and "asks for a password" in asked[0]
    assert window.state.db.is_server and window.mode_label.text() == "Team database"
    assert window.windowTitle().startswith(url.split("?")[0].rsplit("/", 1)[1])
    assert window.series_tab.list.current_row().title.startswith("Combatting")
    assert not window.restore_action.isEnabled()  # backups of a team database are the server's
    settings.sync()
    stored = Path(settings.location).read_text()
    assert url.split("?")[0] in stored and pg_password_role.password not in stored
    assert window.recent_files()[0] == url


@pytest.mark.postgresql
def test_an_empty_team_database_gets_a_planner_when_the_person_says_yes(blank_window, qtbot, pg_database, monkeypatch):
    window = blank_window
    url = pg_database("blank")
    questions: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, text, **k: questions.append(text) or True)
    window.open_in_background(url)
    qtbot.waitUntil(lambda: window.state.db is not None, timeout=20_000)
    assert "holds no planner yet" in questions[0] and "demo data" in questions[1]
    with window.state.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Webinar)) == 3


@pytest.mark.postgresql
def test_copy_the_open_file_to_a_team_database_and_back(window, qtbot, tmp_path, pg_database, monkeypatch):
    url = pg_database("blank")
    said = _messages(monkeypatch, "show_info")
    dialog = CopyDialog(window.state.db.location, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.to_server.isChecked()  # from a file, the usual copy is to the team database
    qtbot.keyClicks(dialog.url, url)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=30_000)
    assert dialog.report is not None and "content hash are the same on both sides" in said[0]
    with open_database(url) as db, db.read() as session:
        assert session.scalar(select(func.count()).select_from(Webinar)) == 3

    back = CopyDialog(ServerLocation(url), window.settings, window)
    qtbot.addWidget(back)
    back.show()
    assert back.to_file.isChecked()  # from a team database, an offline file
    back.file.clear()
    qtbot.keyClicks(back.file, str(tmp_path / "offline.db"))
    qtbot.mouseClick(back.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: back.task is not None and back.task.done, timeout=30_000)
    assert back.report is not None and back.report.digest == dialog.report.digest


def test_copy_refused_says_why_in_the_dialog_and_writes_nothing(window, qtbot, tmp_path):
    taken = tmp_path / "taken.db"
    from ocse_planner.db.transfer import copy_planner

    copy_planner(window.state.db.location, taken)
    before = taken.read_bytes()
    window.copy_action.setEnabled(True)
    dialog = CopyDialog(window.state.db.location, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.to_file.setChecked(True)
    type_into(qtbot, dialog.file, str(taken))  # Return presses Copy
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=30_000)
    assert "already holds a planner" in dialog.message.text() and dialog.isVisible()
    assert taken.read_bytes() == before


def _rename_webinar_2(qtbot, window, title: str) -> None:
    activate(window, qtbot)
    window.tabs.setCurrentWidget(window.sessions_tab)
    tab = window.sessions_tab
    assert tab.webinars.select_where(lambda r: r.number == 2)
    type_into(qtbot, tab.form.title, title)
    qtbot.waitUntil(lambda: tab.webinars.current_row().title == title)


def _someone_else_sets(where: str, author: str, number: int, **values: object) -> None:
    """Another person (another app instance) saves webinar `number` with `values`."""
    other = open_database(where)
    other.set_author(author)
    try:
        with other.write() as session:
            webinar = session.scalar(select(Webinar).where(Webinar.number == number))
            for name, value in values.items():
                setattr(webinar, name, value)
    finally:
        other.close()


def test_someone_elses_change_appears_with_who_changed_what(shared_window, qtbot):
    window, where = shared_window
    window.tabs.setCurrentWidget(window.sessions_tab)
    window.changes.poll()
    qtbot.waitUntil(lambda: window.changes._last is not None)
    _someone_else_sets(where, "bob", 2, title="Renamed by Bob")
    with qtbot.waitSignal(window.changes.changedElsewhere, timeout=10_000):
        window.changes.poll()
    assert window.statusBar().currentMessage() == "bob renamed webinar 2"
    titles = [r.title for r in window.sessions_tab.webinars.model.rows()]
    assert "Renamed by Bob" in titles  # the visible tab was re-read


def test_undo_refuses_to_overwrite_someone_elses_later_change(shared_window, qtbot, monkeypatch):
    window, where = shared_window
    _rename_webinar_2(qtbot, window, "My title")
    _someone_else_sets(where, "carol", 2, title="Carol's title")
    errors = _messages(monkeypatch, "show_error")
    window.undo_action.trigger()
    assert errors and "changed elsewhere: carol renamed webinar 2 after your change" in errors[0]
    with window.state.db.read() as session:
        assert session.scalar(select(Webinar.title).where(Webinar.number == 2)) == "Carol's title"
    assert not window.undo_stack.canUndo() or window.undo_stack.undoText() != "Rename webinar 2"


def test_undo_of_ones_own_step_still_works_when_others_changed_something_else(shared_window, qtbot):
    window, where = shared_window
    with window.state.db.read() as session:
        before = session.scalar(select(Webinar.title).where(Webinar.number == 2))
    _rename_webinar_2(qtbot, window, "My title")
    _someone_else_sets(where, "dave", 3, platform="Teams")
    window.undo_action.trigger()
    with window.state.db.read() as session:
        assert session.scalar(select(Webinar.title).where(Webinar.number == 2)) == before


@pytest.mark.postgresql
def test_a_team_database_older_than_the_app_opens_read_only(blank_window, qtbot, pg_database, monkeypatch):
    from tests.db.test_server import _pretend_a_newer_app

    window = blank_window
    url = pg_database("demo")
    _pretend_a_newer_app(monkeypatch)
    infos = _messages(monkeypatch, "show_info")
    errors = _messages(monkeypatch, "show_error")
    window.open_in_background(url)
    qtbot.waitUntil(lambda: window.state.db is not None, timeout=30_000)
    assert window.state.db.read_only and window.mode_label.text() == "Read-only"
    assert "ocse-planner upgrade --db URL" in infos[0]
    activate(window, qtbot)
    type_into(qtbot, window.series_tab.form.title, "Changed while read-only")
    assert errors and "upgrade" in errors[0]
    import psycopg

    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT title FROM series").fetchone()[0].startswith("Combatting")


@pytest.mark.postgresql
def test_import_then_remove_personal_data_on_a_team_database(qtbot, settings, pg_database, monkeypatch, tmp_path):
    """The import dialog's child process stores into the team database (logged as this
    window's change), and the purge says what a server's backups may still hold."""
    from ocse_planner.ui.main_window import MainWindow
    from tests.services.attendance_files import WEBINAR_1, write_template
    from tests.ui.attendance.test_attendance_tab import _open_import

    url = pg_database("demo")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(url)
    tab, dialog = _open_import(window, qtbot, monkeypatch, write_template(tmp_path / "w1.csv", WEBINAR_1), wait=False)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.attendees.model.total() == 4, timeout=30_000)
    entry = window.state.db.changes_after(0)[-1]
    assert entry.client == window.state.db.client_id and "imported 4 attendance records" in entry.description
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)
    said = _messages(monkeypatch, "show_info")
    qtbot.mouseClick(tab.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert "Personal data removed from 4 records" in said[0] and "ask the database administrator" in said[0]
    qtbot.waitUntil(lambda: tab.attendees.model.index(0, 2).data() == "(removed)", timeout=10_000)
