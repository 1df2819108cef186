"""Editing an availability window in the person editor, by keyboard and by mouse.

Jad Saliba presents in webinar 1 (2022-01-25). Moving his February absence onto that
day must show an error in the conflicts panel at once; moving it back clears it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt

from ocse_planner.db.enums import AvailabilityKind
from ocse_planner.services import people
from ocse_planner.services.availability import Window
from ocse_planner.services.conflicts import ConflictKind, Severity
from ocse_planner.ui.common import field_marks
from tests.services.scheduling_helpers import person_id

AWAY = Window(AvailabilityKind.UNAVAILABLE, date(2022, 2, 1), date(2022, 2, 3), note="Conference")


def _open_saliba_with_window(tab, qtbot):  # type: ignore[no-untyped-def]
    db = tab.state.db
    with db.write() as session:
        pid = person_id(session, "Saliba")
        detail = people.get_person(session, pid)
        people.update_person(session, pid, detail.version, replace(detail.data, availability=(AWAY,)))
    tab.state.notify_changed()
    tab.people.search.clear()
    qtbot.keyClicks(tab.people.search, "Saliba")
    table = tab.people.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(tab.people.proxy.index(0, 1)).center())
    editor = tab.editor
    qtbot.waitUntil(lambda: editor.family_name.text() == "Saliba" and len(editor.availability.windows()) == 1)
    bar = editor.pages.tabBar()  # the Availability page of the person form
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(editor.pages.indexOf(editor.availability)).center())
    assert editor.availability.isVisible()
    return editor


def _type_date(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def _saliba_errors(tab) -> list:  # type: ignore[no-untyped-def]
    return [f for f in tab.conflicts.findings
            if f.severity is Severity.ERROR and "Jad Saliba" in f.message]


def test_keyboard_edit_refuses_a_bad_window_then_stores_and_shows_the_conflict(tab, qtbot, errors):
    editor = _open_saliba_with_window(tab, qtbot)
    availability = editor.availability
    table = availability.list.table
    table.setFocus()
    table.setCurrentIndex(availability.list.proxy.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    dialog = availability.edit_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.note.text() == "Conference" and dialog.start.date() == QDate(2022, 2, 1)

    # The end before the start: refused, the "To" field marked, the dialog stays open.
    _type_date(qtbot, dialog.start, "2022-01-25")
    assert dialog.start.date() == QDate(2022, 1, 25)
    _type_date(qtbot, dialog.end, "2022-01-20")
    qtbot.keyClick(dialog.end, Qt.Key.Key_Return)
    assert errors == ["The window ends on 2022-01-20, before it starts on 2022-01-25."]
    assert dialog.isVisible() and dialog.focusWidget() is dialog.end
    assert field_marks.marked(dialog.end) == "error" and "before it starts" in dialog.end.toolTip()
    with tab.state.db.read() as session:  # nothing stored
        assert people.get_person(session, editor.person_id).data.availability == (AWAY,)

    # An unknown zone: refused as well, marking the Zone (and no longer the To field).
    _type_date(qtbot, dialog.end, "2022-01-25")
    dialog.zone.lineEdit().clear()
    qtbot.keyClicks(dialog.zone.lineEdit(), "Moon/Base")
    qtbot.keyClick(dialog.zone.lineEdit(), Qt.Key.Key_Return)
    assert "“Moon/Base” is not a known time zone" in errors[-1]
    assert dialog.isVisible()
    assert field_marks.marked(dialog.zone) == "error" and field_marks.marked(dialog.end) == ""

    dialog.zone.lineEdit().clear()
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, " (court)")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: availability.edit_dialog is None)
    assert len(errors) == 2
    shown = availability.windows()[0]
    assert (shown.start_date, shown.end_date, shown.note) == (date(2022, 1, 25), date(2022, 1, 25), "Conference (court)")
    assert table.model().index(0, 1).data() == "2022-01-25"
    qtbot.waitUntil(lambda: len(_saliba_errors(tab)) == 1)
    assert _saliba_errors(tab)[0].kind is ConflictKind.UNAVAILABLE
    assert tab.conflicts.summary.text().startswith("1 error")
    assert not editor.is_dirty()  # saved: switching person asks nothing
    with tab.state.db.read() as session:
        assert people.get_person(session, editor.person_id).data.availability[0].note == "Conference (court)"


def test_mouse_double_click_edit_clears_the_conflict_and_escape_cancels(tab, qtbot, errors):
    editor = _open_saliba_with_window(tab, qtbot)
    availability = editor.availability
    table = availability.list.table

    def open_dialog():  # type: ignore[no-untyped-def]
        rect = table.visualRect(availability.list.proxy.index(0, 1))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: availability.edit_dialog is not None and availability.edit_dialog.isVisible())
        return availability.edit_dialog

    dialog = open_dialog()
    dialog.start.setDate(QDate(2022, 1, 25))
    dialog.end.setDate(QDate(2022, 1, 25))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_saliba_errors(tab)) == 1)

    # Escape leaves everything as it was.
    dialog = open_dialog()
    dialog.start.setDate(QDate(2022, 3, 1))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: availability.edit_dialog is None)
    assert availability.windows()[0].start_date == date(2022, 1, 25)

    # Back to February through the button: the error goes away.
    table.setCurrentIndex(availability.list.proxy.index(0, 0))
    qtbot.mouseClick(availability.edit_button, Qt.MouseButton.LeftButton)
    dialog = availability.edit_dialog
    dialog.end.setDate(QDate(2022, 2, 3))
    dialog.start.setDate(QDate(2022, 2, 1))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _saliba_errors(tab) == [] and tab.conflicts.summary.text().startswith("0 error"))
    assert errors == []


def test_an_added_window_is_stored_at_once_and_its_edit_is_one_undoable_step(tab, qtbot, errors):
    editor = _open_saliba_with_window(tab, qtbot)
    availability = editor.availability
    history = tab.window().undo_stack
    qtbot.mouseClick(availability.add_button, Qt.MouseButton.LeftButton)
    assert history.undoText() == "Change the availability of Jad Saliba"

    def stored() -> tuple[Window, ...]:
        with tab.state.db.read() as session:
            return people.get_person(session, editor.person_id).data.availability

    assert len(stored()) == 2
    table = availability.list.table
    table.setFocus()
    table.setCurrentIndex(availability.list.proxy.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = availability.edit_dialog
    assert dialog is not None
    dialog.hours.setChecked(True)
    dialog.hour_start.setTime(dialog.hour_end.time())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "The daily hours must end after they start: from 5:00 p.m. to 5:00 p.m." in errors[-1]
    assert field_marks.marked(dialog.hour_end) == "error"
    assert stored()[1].daily_start is None  # refused: nothing stored
    dialog.hour_start.setTime(dialog.hour_end.time().addSecs(-3600))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: availability.edit_dialog is None)
    assert availability.windows()[1].daily_start is not None
    assert stored()[1].daily_start is not None and not editor.is_dirty()
    assert history.undoText() == "Change an availability window of Jad Saliba"

    tab.window().undo_action.trigger()
    assert stored()[1].daily_start is None
    qtbot.waitUntil(lambda: availability.windows()[1].daily_start is None)
    tab.window().undo_action.trigger()
    assert len(stored()) == 1
