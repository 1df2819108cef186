"""The Series tab as an editor, driven as a person would: type, click, clone, undo."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from ocse_planner.db.models import Series
from ocse_planner.ui.common import dialogs
from ocse_planner.ui.common.field_marks import marked
from ocse_planner.ui.series.clone_dialog import CloneDialog
from tests.ui.keyboard import activate, type_into

TORONTO = ZoneInfo("America/Toronto")


def test_series_title_required_and_delete_with_impact_then_undo(window, qtbot, monkeypatch):
    tab = window.series_tab
    type_into(qtbot, tab.form.title, "")
    assert "The title is required." in tab.form.message.text() and marked(tab.form.title) == "error"
    with window.state.db.read() as s:
        assert s.scalar(select(Series.title)) == "Combatting Online Child Sexual Exploitation"

    questions = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text, **k: questions.append(text) or True)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert "3 webinars, 21 agenda items, 13 presenter bookings and 0 attendance records" in questions[0]
    assert tab.list.proxy.rowCount() == 0
    window.undo_action.trigger()
    assert tab.list.proxy.rowCount() == 1
    assert window.sessions_tab.webinars.proxy.rowCount() == 3


def test_clone_through_the_dialog_then_refuse_a_duplicate(window, qtbot, monkeypatch):
    def fill_and_accept(dialog):
        assert dialog.year.value() == 2023
        qtbot.mouseClick(dialog.keep_partners, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(CloneDialog, "exec", fill_and_accept)
    window.clone_action.trigger()  # the clone runs on a worker behind a progress dialog
    qtbot.waitUntil(lambda: not window.history.busy and window.series_tab.list.proxy.rowCount() == 2)
    assert window.undo_stack.undoText() == "Clone “Combatting Online Child Sexual Exploitation” to 2023"
    current = window.series_tab.list.current_row()
    assert (current.year, current.webinars, current.presentations) == (2023, 3, 12)
    assert window.state.series_id == current.id
    days = [r.starts_at.astimezone(TORONTO) for r in window.sessions_tab.webinars.model.rows()]
    assert [(d.day, d.weekday(), d.hour) for d in days] == [(24, 1, 13), (28, 1, 13), (28, 1, 13)]

    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    window.series_tab.select_series(window.series_tab.list.model.rows()[1].id)  # the 2022 series
    window.clone_action.trigger()
    qtbot.waitUntil(lambda: bool(errors))
    assert "already exists for 2023" in errors[0]
    assert window.series_tab.list.proxy.rowCount() == 2
    window.undo_action.trigger()  # undo the clone (a background step: undone on a worker too)
    qtbot.waitUntil(lambda: window.series_tab.list.proxy.rowCount() == 1)


def test_objectives_host_and_time_zone_are_edited_in_the_series_form(window, qtbot):
    activate(window, qtbot)
    form = window.series_tab.form
    qtbot.mouseClick(form.add_objective, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Reach rural police services")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the edit on the next event loop turn
    qtbot.waitUntil(lambda: window.undo_stack.undoText().startswith("Change objectives of series"))
    with window.state.db.read() as s:
        assert s.scalar(select(Series.objectives))[-1] == "Reach rural police services"

    type_into(qtbot, form.time_zone.lineEdit(), "Mars/Olympus")
    assert "not a known time zone" in form.message.text() and marked(form.time_zone) == "error"
    type_into(qtbot, form.time_zone.lineEdit(), "America/Vancouver")
    assert not form.message.isVisible() and marked(form.time_zone) == ""

    form.host.setFocus()
    index = form.host.findText("Justice Canada")
    form.host.setCurrentIndex(index)
    form.host.activated.emit(index)
    assert window.series_tab.list.current_row().host == "Justice Canada"
    window.undo_action.trigger()
    assert window.series_tab.list.current_row().host == "Public Safety Canada"
    with window.state.db.read() as s:
        assert s.scalar(select(Series.time_zone)) == "America/Vancouver"
