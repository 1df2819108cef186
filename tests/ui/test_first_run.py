"""A first-time user: an empty planner file, where to start, the demo, Getting started."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QSplitter

from ocse_planner.ui.common import dialogs
from ocse_planner.ui.main_window import MainWindow
from tests.ui.keyboard import activate


def _empty_window(qtbot, settings, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: False)  # no demo in this file
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.open_path(tmp_path / "first.db")
    return window


def test_an_empty_file_says_where_to_start_on_every_tab(qtbot, settings, tmp_path, monkeypatch):
    window = _empty_window(qtbot, settings, tmp_path, monkeypatch)
    series = window.series_tab
    assert series.details.currentWidget() is series.welcome and series.welcome.isVisible()
    assert series.demo_button.isVisible() and series.help_button.isVisible()
    assert not series.form.isVisible()  # no disabled form with a made-up year

    window.tabs.setCurrentWidget(window.sessions_tab)
    sessions = window.sessions_tab
    assert sessions.empty_hint.isVisible() and "Series tab" in sessions.empty_hint.text()
    assert not sessions.form.isVisible() and not sessions.agenda.isVisible()
    shown = [w.text() for w in sessions.findChildren(QDateEdit) if w.isVisible()]
    assert shown == []  # no 2000-01-01 anywhere

    window.tabs.setCurrentWidget(window.presenters_tab)
    presenters = window.presenters_tab
    assert presenters.empty_hint.isVisible() and "Save person" in presenters.empty_hint.text()
    assert "Series tab" in presenters.timetable_title.text()

    assert not presenters.bookings.book_button.isEnabled()  # no slot to book yet

    window.tabs.setCurrentWidget(window.partners_tab)
    assert "No organizations yet: New…" in window.partners_tab.collaborations.title.text()

    window.tabs.setCurrentWidget(window.attendance_tab)
    attendance = window.attendance_tab
    qtbot.waitUntil(lambda: not attendance.figures_pending())
    assert "Series tab" in attendance.participants.text() and attendance.participants.isVisible()

    # New series: the form replaces the welcome page; Sessions then asks for a first webinar.
    window.tabs.setCurrentWidget(series)
    qtbot.mouseClick(series.new_button, Qt.MouseButton.LeftButton)
    assert series.form.isVisible() and series.form.title.text().startswith("New series")
    window.tabs.setCurrentWidget(sessions)
    assert "New webinar" in sessions.empty_hint.text() and sessions.empty_hint.isVisible()
    qtbot.mouseClick(sessions.new_button, Qt.MouseButton.LeftButton)
    assert sessions.form.isVisible() and sessions.agenda.isVisible()
    window.tabs.setCurrentWidget(attendance)
    qtbot.waitUntil(lambda: not attendance.figures_pending())
    assert attendance.totals.text().startswith("Nothing recorded yet: after a webinar, Import…")


def test_an_undated_webinar_shows_no_date_not_a_made_up_one(window, qtbot):
    window.tabs.setCurrentWidget(window.sessions_tab)
    tab = window.sessions_tab
    tab.form.date.setFocus()
    tab.form.date.lineEdit().selectAll()
    qtbot.keyClick(tab.form.date, Qt.Key.Key_Delete)
    tab.form.title.setFocus()  # leaving the field saves it
    qtbot.waitUntil(lambda: tab.webinars.current_row().starts_at is None)
    assert tab.form.date.text() == "No date yet"
    assert tab.form.start_time.text() == "—"
    assert tab.webinars.proxy.index(0, 1).data() == "not set"
    window.undo_action.trigger()
    assert tab.webinars.current_row().starts_at is not None and tab.form.start_time.text() == "1:00 p.m."


def test_getting_started_walks_through_the_three_jobs(window, qtbot):
    activate(window, qtbot)
    window.help_menu.aboutToShow.emit()
    assert [a.text().replace("&", "") for a in window.help_menu.actions()][:1] == ["Getting started"]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.getting_started
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.text.toPlainText()
    for job in ("1. Plan next year's series", "2. Schedule presenters", "3. Export the agenda"):
        assert job in text
    assert "Clone to next year" in text and "Book…" in text and "Agenda as PDF" in text
    assert dialog.text.accessibleName() == "Getting started"
    dialog.close()


def test_the_welcome_page_opens_the_demo_and_leaves_the_file_alone(qtbot, settings, tmp_path, monkeypatch):
    window = _empty_window(qtbot, settings, tmp_path, monkeypatch)
    first = window.state.db.path
    before = first.read_bytes()
    qtbot.mouseClick(window.series_tab.help_button, Qt.MouseButton.LeftButton)
    assert window.getting_started is not None and window.getting_started.isVisible()
    window.getting_started.close()
    qtbot.mouseClick(window.series_tab.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.state.db is not None and window.state.db.path.name == "demo-2022.db",
                    timeout=20_000)
    assert window.series_tab.list.proxy.rowCount() == 1
    assert window.series_tab.form.isVisible()
    assert first.read_bytes() == before
    window.state.set_database(None)


def test_splitter_positions_are_kept_for_the_next_session(qtbot, settings, demo_path):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_path(demo_path)
    window.tabs.setCurrentWidget(window.presenters_tab)
    QApplication.processEvents()
    splitter = window.findChild(QSplitter, "presentersSplitter")
    assert splitter is not None
    first = splitter.sizes()
    assert first[0] < first[1]  # the timetable gets the larger share to begin with
    splitter.setSizes([700, 560])
    moved = splitter.sizes()
    window.close()
    import json

    from ocse_planner.ui.common.settings import SPLITTER_LAYOUT

    assert "presentersSplitter" in json.loads(settings.get(SPLITTER_LAYOUT))

    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.resize(1280, 800)
    again.show()
    again.ensure_tabs()
    again.tabs.setCurrentWidget(again.presenters_tab)
    QApplication.processEvents()
    assert again.findChild(QSplitter, "presentersSplitter").sizes() == moved
    names = {s.objectName() for s in again.findChildren(QSplitter)}
    assert {"seriesSplitter", "sessionsSplitter", "sessionsAgendaSplitter", "presentersSplitter",
            "presentersDirectorySplitter", "presentersTimetableSplitter", "partnersSplitter"} <= names


def test_the_window_and_taskbar_icon(qapp):
    from PySide6.QtCore import QLocale

    from ocse_planner.ui.app import application

    locale = QLocale()
    try:
        assert application() is qapp
        assert not qapp.windowIcon().isNull()
        assert qapp.windowIcon().availableSizes() or qapp.windowIcon().pixmap(64).width() == 64
        assert qapp.desktopFileName() == "ocse-planner"
    finally:
        QLocale.setDefault(locale)
