"""Readiness in the window, driven as a person would: tick with Space on the Sessions tab,
see the Series tab's counts follow, undo; F2 on the day done and on the note; the series'
list edited with the buttons; This week in its dock, kept across restarts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from ocse_planner.services.clone import CloneOptions, clone_series
from ocse_planner.services.readiness import ItemState
from ocse_planner.services.todo import Source
from ocse_planner.ui.common import dialogs
from ocse_planner.ui.common.settings import SESSIONS_LOWER_PAGE, THIS_WEEK_DAYS
from ocse_planner.ui.sessions.readiness_panel import DONE_ON, ITEM, NOTE, STATE
from tests.ui.keyboard import activate, type_into

NEXT_YEAR = date.today().year + 1


@pytest.fixture
def planning(window, qtbot):
    """The demo's series cloned to next year (webinars to come), selected; its id."""
    db = window.state.db
    with db.write() as s:
        new_id = clone_series(s, 1, CloneOptions(year=NEXT_YEAR, keep_presenters=True, keep_partners=True)).series_id
    window.state.notify_changed()
    assert window.series_tab.select_series(new_id)
    activate(window, qtbot)
    return new_id


def _open_checklist(window, qtbot):
    window.tabs.setCurrentWidget(window.sessions_tab)
    tab = window.sessions_tab
    bar = tab.lower.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert tab.lower.currentWidget() is tab.readiness
    return tab.readiness


def _row(panel, title):
    return panel.model.find_row(lambda r: r.title == title)


def _click(qtbot, panel, row, column):
    rect = panel.table.visualRect(panel.model.index(row, column))
    panel.table.scrollTo(panel.model.index(row, column))
    rect = panel.table.visualRect(panel.model.index(row, column))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.table.currentIndex().row() == row


def _overview_done(window, number, qtbot):
    window.tabs.setCurrentWidget(window.series_tab)
    overview = window.series_tab.readiness
    qtbot.waitUntil(lambda: not overview.pending(), timeout=5000)  # read on a worker
    qtbot_rows = overview.rows()
    return next(r for r in qtbot_rows if r.number == number).done


def test_tick_with_space_on_sessions_changes_the_series_count_and_undo_takes_it_back(window, qtbot, planning):
    before = _overview_done(window, 1, qtbot)
    panel = _open_checklist(window, qtbot)
    assert panel.readiness.number == 1
    row = _row(panel, "Slides received")
    _click(qtbot, panel, row, ITEM)
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    item = panel.model.row_at(_row(panel, "Slides received"))
    assert item.state is ItemState.DONE and item.done_on == date.today()
    assert panel.model.index(_row(panel, "Slides received"), STATE).data() == "Done"
    assert window.undo_stack.undoText() == "Tick “Slides received” for webinar 1"
    assert _overview_done(window, 1, qtbot) == before + 1

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _overview_done(window, 1, qtbot) == before
    window.tabs.setCurrentWidget(window.sessions_tab)  # back where it was ticked: unticked
    panel = window.sessions_tab.readiness
    assert panel.model.row_at(_row(panel, "Slides received")).state is not ItemState.DONE


def test_a_computed_item_cannot_be_ticked_by_hand(window, qtbot, planning):
    panel = _open_checklist(window, qtbot)
    row = _row(panel, "Platform link set")
    _click(qtbot, panel, row, ITEM)
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert panel.model.row_at(row).state is not ItemState.DONE
    assert window.undo_stack.count() == 0
    assert not panel.rename_button.isEnabled() and not panel.remove_button.isEnabled()


def test_f2_edits_the_day_it_was_done_and_the_note(window, qtbot, planning):
    panel = _open_checklist(window, qtbot)
    row = _row(panel, "Rehearsal held")
    _click(qtbot, panel, row, ITEM)
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    row = _row(panel, "Rehearsal held")
    _click(qtbot, panel, row, DONE_ON)
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QDateEdit)
    assert editor.date() == QDate.currentDate()
    editor.setDate(QDate(NEXT_YEAR - 1, 12, 1))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.row_at(_row(panel, "Rehearsal held")).done_on == date(NEXT_YEAR - 1, 12, 1))
    assert window.undo_stack.undoText() == "Change the day “Rehearsal held” was done for webinar 1"

    row = _row(panel, "Rehearsal held")
    _click(qtbot, panel, row, ITEM)  # F2 elsewhere on the row edits the note
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not panel.table
    assert panel.table.currentIndex().column() == NOTE
    type_into(qtbot, editor, "Tech check with the RCMP speakers")
    qtbot.waitUntil(lambda: panel.model.row_at(_row(panel, "Rehearsal held")).note
                    == "Tech check with the RCMP speakers")
    assert window.undo_stack.undoText() == "Note on “Rehearsal held” for webinar 1"
    window.undo_action.trigger()
    assert panel.model.row_at(_row(panel, "Rehearsal held")).note == ""


def test_the_series_list_is_edited_with_the_buttons(window, qtbot, planning, monkeypatch):
    panel = _open_checklist(window, qtbot)
    answers = iter(["Thank-you letters sent", "Thank-you letters drafted"])
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: next(answers))
    monkeypatch.setattr(dialogs, "ask_number", lambda *a, **k: 2)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    titles = [r.title for r in panel.model.rows()]
    assert titles[-1] == "Thank-you letters sent"
    assert panel.current_item().title == "Thank-you letters sent"
    assert panel.current_item().days_before == 2
    qtbot.mouseClick(panel.rename_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    titles = [r.title for r in panel.model.rows()]
    assert titles[-2:] == ["Thank-you letters drafted", "Survey link ready"]
    # the other webinars of the series have it too
    window.sessions_tab.webinars.select_where(lambda r: r.number == 2)
    assert "Thank-you letters drafted" in [r.title for r in panel.model.rows()]
    panel.select_item(panel.model.row_at(_row(panel, "Thank-you letters drafted")).item_id)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert "Thank-you letters drafted" not in [r.title for r in panel.model.rows()]
    window.undo_action.trigger()
    assert "Thank-you letters drafted" in [r.title for r in panel.model.rows()]


def test_this_week_dock_lists_what_is_due_and_opens_the_checklist(window, qtbot, planning):
    dock = window.this_week
    assert not dock.isVisible()
    window.this_week.panel.days.setValue(90)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert dock.isVisible()
    entries = dock.panel.entries()
    assert {e.source for e in entries} >= {Source.PRESENTER, Source.READINESS}
    assert [e.due_on for e in entries] == sorted(e.due_on for e in entries)
    assert dock.panel.count.text().startswith(f"{len(entries)} to do")
    table = dock.panel.view.table
    row = next(i for i, e in enumerate(dock.panel.model.rows())
               if e.source is Source.READINESS and e.item_id is not None)
    wanted = dock.panel.model.row_at(row)
    table.setFocus()
    table.setCurrentIndex(dock.panel.view.proxy.mapFromSource(dock.panel.model.index(row, 0)))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.sessions_tab
    panel = window.sessions_tab.readiness
    assert window.sessions_tab.lower.currentWidget() is panel
    assert panel.readiness.webinar_id == wanted.webinar_id
    assert panel.current_item().item_id == wanted.item_id

    # ticking it there takes it off the list
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert not any(e.item_id == wanted.item_id and e.webinar_id == wanted.webinar_id
                   for e in dock.panel.entries())


def test_the_dock_its_days_and_the_checklist_page_are_there_after_a_restart(window, qtbot, planning, settings,
                                                                           demo_path):
    from ocse_planner.ui.main_window import MainWindow

    _open_checklist(window, qtbot)
    window.show_this_week(True)
    window.this_week.panel.days.setValue(21)
    window.close()
    assert settings.get(SESSIONS_LOWER_PAGE) == 1 and settings.get(THIS_WEEK_DAYS) == 21

    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show()
    assert again.open_path(demo_path)
    assert again.this_week.isVisible()
    assert again.this_week.panel.days.value() == 21
    assert again.sessions_tab.lower.currentWidget() is again.sessions_tab.readiness


@pytest.fixture
def english_afterwards(qapp):
    from PySide6.QtCore import QCoreApplication

    from ocse_planner.ui.app import install_translations

    yield
    install_translations(qapp, "en")
    QCoreApplication.sendPostedEvents()


def test_the_open_dock_and_the_checklist_switch_to_french(window, qtbot, planning, english_afterwards):
    window.this_week.panel.days.setValue(90)
    window.show_this_week(True)
    _open_checklist(window, qtbot)
    french = next(a for a in window.language_menu.actions() if a.data() == "fr")
    french.trigger()
    qtbot.waitUntil(lambda: window.this_week.windowTitle() == "Cette semaine")
    panel = window.this_week.panel
    assert panel.days_label.text() == "Jours à venir\u00a0:"
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Échéance"
    assert any(e.text.startswith("Inviter ") for e in panel.entries())  # the services' texts too
    assert all("Lutte contre l'exploitation" in e.hint for e in panel.entries()  # the series' French title
               if e.source is Source.READINESS)
    assert window.view_menu.title() == "Affichage"
    tab = window.sessions_tab  # retranslated in place, on the page that was shown
    assert tab.lower.currentWidget() is tab.readiness and tab.lower.tabText(1) == "Préparation"
    titles = [r.title for r in tab.readiness.model.rows()]
    assert "Diapositives reçues" in titles and "Coanimation confirmée" in titles
    overview = window.series_tab.readiness
    assert overview.heading.text().startswith("Préparation des &webinaires")


def test_enter_on_a_series_row_opens_that_webinars_checklist(window, qtbot, planning):
    window.tabs.setCurrentWidget(window.series_tab)
    overview = window.series_tab.readiness
    qtbot.waitUntil(lambda: not overview.pending() and bool(overview.rows()), timeout=5000)  # read on a worker
    table = overview.view.table
    row = next(i for i, r in enumerate(overview.rows()) if r.number == 2)
    table.setFocus()
    table.setCurrentIndex(overview.view.proxy.mapFromSource(overview.model.index(row, 0)))
    assert "Webinar 2:" in table.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.sessions_tab
    panel = window.sessions_tab.readiness
    assert panel.isVisible() and panel.readiness.number == 2
    assert panel.table.hasFocus()


def test_the_new_models_pass_the_model_tester(window, qtbot, planning, qtmodeltester):
    panel = _open_checklist(window, qtbot)
    qtmodeltester.check(panel.model)
    window.tabs.setCurrentWidget(window.series_tab)
    qtmodeltester.check(window.series_tab.readiness.model)
    window.this_week.panel.days.setValue(90)
    window.show_this_week(True)
    assert window.this_week.panel.entries()
    qtmodeltester.check(window.this_week.panel.model)


def test_the_series_tabs_readiness_overview_is_read_off_the_ui_thread(window, qtbot, planning, monkeypatch):
    """Its checks look through every attendance record of the series: on the UI thread they
    were most of the first-file-open stall (bench/blackbox.py)."""
    import threading

    from ocse_planner.services import readiness

    threads = []
    real = readiness.series_readiness

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(readiness, "series_readiness", recorded)
    window.tabs.setCurrentWidget(window.series_tab)
    overview = window.series_tab.readiness
    window.state.notify_changed()
    qtbot.waitUntil(lambda: bool(threads) and not overview.pending(), timeout=5000)
    assert threads and not any(threads)
    assert [r.number for r in overview.rows()] == [1, 2, 3]
