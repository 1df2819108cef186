"""Correcting and deleting action items and contact-log entries, by keyboard and mouse."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ocse_planner.db.enums import ContactChannel
from ocse_planner.services.collaborations import ActionInput, add_action, add_contact, list_collaborations
from ocse_planner.ui.common import dialogs
from ocse_planner.ui.partners.entry_dialog import ActionItemDialog, ContactEntryDialog
from tests.ui.partners.helpers import Recorder, choose, click_row, open_partners, press_ok, select_organization


def patch_dialog(qtbot, monkeypatch, dialog_class, fill: Callable) -> list:  # type: ignore[no-untyped-def]
    """Show the real form, let `fill` type into it like a person, report whether it was accepted."""
    shown: list = []

    def ask(cls, parent, row, on_save):  # type: ignore[no-untyped-def]
        dialog = cls(row, on_save, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
        fill(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_class, "ask", classmethod(ask))
    return shown


def retype(qtbot, line_edit, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(line_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line_edit, text)


def focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def justice_webinar2(qtbot, window):  # type: ignore[no-untyped-def]
    tab = open_partners(qtbot, window)
    select_organization(qtbot, tab, "Justice Canada")
    click_row(qtbot, tab.collaborations.view, lambda r: r.webinar_number == 2)
    return tab


def open_texts(tab) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.description for r in tab.open_actions.view.model.rows()]


def test_edit_with_f2_warns_about_an_early_due_date_then_delete_with_the_key(window, qtbot, monkeypatch):
    tab = justice_webinar2(qtbot, window)
    actions = tab.collaborations.actions
    qtbot.keyClicks(actions.description, "Book the room")
    qtbot.keyClick(actions.description, Qt.Key.Key_Return)
    click_row(qtbot, actions.view, lambda r: r.description == "Book the room")

    def fill(dialog: ActionItemDialog) -> None:
        assert dialog.description.text() == "Book the room"
        retype(qtbot, dialog.description, "Book the large room")
        qtbot.keyClicks(dialog.owner, "Erin")
        dialog.due.set_value(date.today() - timedelta(days=5))
        press_ok(qtbot, dialog)
        assert dialog.isVisible(), "declining the warning keeps the form and what was typed"
        assert [r.description for r in actions.view.model.rows()] == ["Book the room"]
        warn.answer = True
        press_ok(qtbot, dialog)

    shown = patch_dialog(qtbot, monkeypatch, ActionItemDialog, fill)
    warn = Recorder(answer=False)
    monkeypatch.setattr(dialogs, "ask_yes_no", warn)
    focus(qtbot, actions.view.table)
    qtbot.keyClick(actions.view.table, Qt.Key.Key_F2)
    assert len(shown) == 1 and not shown[0].isVisible()
    assert "Due date:" in warn.messages[0] and "before the action item was created" in warn.messages[0]
    [row] = actions.view.model.rows()
    assert (row.description, row.owner, row.overdue) == ("Book the large room", "Erin", True)
    assert open_texts(tab) == ["Book the large room"]

    # Delete key: declined first, nothing changes; then confirmed, the item is gone everywhere.
    confirm = Recorder(answer=False)
    monkeypatch.setattr(dialogs, "ask_yes_no", confirm)
    focus(qtbot, actions.view.table)
    qtbot.keyClick(actions.view.table, Qt.Key.Key_Delete)
    assert confirm.messages == ["Delete the action item “Book the large room”?"]
    assert len(actions.view.model.rows()) == 1
    confirm.answer = True
    qtbot.keyClick(actions.view.table, Qt.Key.Key_Delete)
    assert actions.view.model.rows() == []
    assert open_texts(tab) == []
    assert not actions.delete_button.isEnabled() and not actions.edit_button.isEnabled()


def test_enter_edits_and_a_blank_what_is_refused(window, qtbot, monkeypatch):
    tab = justice_webinar2(qtbot, window)
    actions = tab.collaborations.actions
    qtbot.keyClicks(actions.description, "Thank the speakers")
    qtbot.keyClick(actions.description, Qt.Key.Key_Return)
    errors = Recorder()
    monkeypatch.setattr(dialogs, "show_error", errors)

    def fill(dialog: ActionItemDialog) -> None:
        qtbot.keyClick(dialog.description, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.description, Qt.Key.Key_Delete)
        press_ok(qtbot, dialog)
        assert dialog.isVisible()
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    patch_dialog(qtbot, monkeypatch, ActionItemDialog, fill)
    click_row(qtbot, actions.view, lambda r: r.description == "Thank the speakers")
    qtbot.keyClick(actions.view.table, Qt.Key.Key_Return)
    assert errors.messages == ["What: describe the action item."]
    assert [r.description for r in actions.view.model.rows()] == ["Thank the speakers"]


def test_edit_and_delete_from_the_open_actions_list(window, qtbot, monkeypatch):
    with window.state.db.write() as s:
        collab = next(c.id for c in list_collaborations(s, window.state.series_id) if c.webinar_number == 2)
        add_action(s, ActionInput(collab, "Send the agenda", "Julie", date.today() + timedelta(days=7)))
        add_action(s, ActionInput(collab, "Order captions"))
    window.state.notify_changed()
    tab = open_partners(qtbot, window, page=1)
    view = tab.open_actions.view
    assert not tab.open_actions.edit_button.isEnabled()

    def fill(dialog: ActionItemDialog) -> None:
        retype(qtbot, dialog.owner, "Erin")
        dialog.due.set_value(None)
        press_ok(qtbot, dialog)

    patch_dialog(qtbot, monkeypatch, ActionItemDialog, fill)
    click_row(qtbot, view, lambda r: r.description == "Send the agenda")
    qtbot.mouseClick(tab.open_actions.edit_button, Qt.MouseButton.LeftButton)
    edited = next(r for r in view.model.rows() if r.description == "Send the agenda")
    assert (edited.owner, edited.due_date) == ("Erin", None)
    assert view.current_row().id == edited.id, "the edited item stays selected"

    confirm = Recorder(answer=True)
    monkeypatch.setattr(dialogs, "ask_yes_no", confirm)
    click_row(qtbot, view, lambda r: r.description == "Order captions")
    qtbot.mouseClick(tab.open_actions.delete_button, Qt.MouseButton.LeftButton)
    assert confirm.messages == ["Delete the action item “Order captions”?"]
    assert open_texts(tab) == ["Send the agenda"]
    # F2 works in this list too (Enter still opens the collaboration).
    click_row(qtbot, view, lambda r: r.description == "Send the agenda")

    def fill_again(dialog: ActionItemDialog) -> None:
        retype(qtbot, dialog.description, "Send the final agenda")
        press_ok(qtbot, dialog)

    patch_dialog(qtbot, monkeypatch, ActionItemDialog, fill_again)
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    assert open_texts(tab) == ["Send the final agenda"]


def test_contact_log_entry_edited_with_enter_and_removed_with_delete(window, qtbot, monkeypatch):
    with window.state.db.write() as s:
        collab = next(c.id for c in list_collaborations(s, window.state.series_id) if c.webinar_number == 2)
        add_contact(s, collab, date(2022, 1, 5), ContactChannel.CALL, "Kick-off")
        add_contact(s, collab, date(2022, 1, 12), ContactChannel.EMAIL, "Sent the draft agenda")
    window.state.notify_changed()
    tab = justice_webinar2(qtbot, window)
    tab.collaborations.details.setCurrentIndex(1)
    log = tab.collaborations.contacts
    errors = Recorder()
    monkeypatch.setattr(dialogs, "show_error", errors)

    def fill(dialog: ContactEntryDialog) -> None:
        assert dialog.summary.text() == "Kick-off"
        retype(qtbot, dialog.summary, " ")
        press_ok(qtbot, dialog)
        assert dialog.isVisible()
        retype(qtbot, dialog.summary, "Kick-off with the four speakers")
        choose(qtbot, dialog.channel, "Meeting")
        dialog.day.set_value(date(2022, 1, 6))
        press_ok(qtbot, dialog)

    patch_dialog(qtbot, monkeypatch, ContactEntryDialog, fill)
    click_row(qtbot, log.view, lambda r: r.summary == "Kick-off")
    qtbot.keyClick(log.view.table, Qt.Key.Key_Return)
    assert errors.messages == ["Summary: say in a few words what was discussed."]
    entry = log.view.current_row()
    assert (entry.occurred_on, entry.channel, entry.summary) == (
        date(2022, 1, 6), ContactChannel.MEETING, "Kick-off with the four speakers")

    confirm = Recorder(answer=True)
    monkeypatch.setattr(dialogs, "ask_yes_no", confirm)
    click_row(qtbot, log.view, lambda r: r.summary == "Sent the draft agenda")
    focus(qtbot, log.view.table)
    qtbot.keyClick(log.view.table, Qt.Key.Key_Delete)
    assert confirm.messages == ["Remove the entry “Sent the draft agenda”?"]
    assert [r.summary for r in log.view.model.rows()] == ["Kick-off with the four speakers"]
