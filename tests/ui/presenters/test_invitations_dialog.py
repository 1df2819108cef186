"""Presenters tab ▸ Write invitations…: preview each person's draft, write them, undo the
"invited" marks — driven like a person."""

from __future__ import annotations

import email
import stat
from email.policy import default as default_policy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from ocse_planner.db.enums import BookingStatus
from ocse_planner.db.models import Booking, Person, Webinar
from ocse_planner.ui.files import export_menu
from ocse_planner.ui.presenters.invitations_dialog import InvitationsDialog
from tests.presenter_addresses import address_two_presenters
from tests.ui.presenters.helpers import _type_into


@pytest.fixture
def addresses(demo_path: Path) -> Path:
    """Two presenters of webinar 2 with an address (one writes in French), its bookings "to invite"."""
    return address_two_presenters(demo_path)


def _statuses(window) -> dict[str, BookingStatus]:  # type: ignore[no-untyped-def]
    with window.state.db.read() as session:
        return {b.person.family_name: BookingStatus(b.status) for b in session.scalars(select(Booking))
                if b.person and b.presentation.webinar.number == 2}


def test_write_invitations_through_the_preview_then_undo(addresses, window, qtbot, monkeypatch, tmp_path):
    window.tabs.setCurrentWidget(window.presenters_tab)
    tab = window.presenters_tab
    qtbot.waitUntil(lambda: tab.invitations_button.isEnabled())
    opened: list[str] = []
    monkeypatch.setattr(export_menu, "open_url", lambda url: opened.append(url.toLocalFile()) or True)
    shown: list[InvitationsDialog] = []

    def ask(cls, state, parent=None, **options):  # type: ignore[no-untyped-def]
        dialog = cls(state, parent, **options)
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)

    monkeypatch.setattr(InvitationsDialog, "ask", classmethod(ask))
    qtbot.mouseClick(tab.invitations_button, Qt.MouseButton.LeftButton)
    dialog = shown[0]

    assert dialog.webinar.currentText() == "Every webinar of the series"  # no slot chosen in the timetable
    dialog.webinar.setFocus()
    qtbot.keyClick(dialog.webinar, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.webinar, Qt.Key.Key_Down)
    assert dialog.webinar.currentData() == 2
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    names = [dialog.model.row_at(r).recipient_name for r in range(2)]
    assert "Colleen Varcoe, PhD, RN" in names and "Detective Constable Dayna Boyko" in names
    assert "Suvidha Kalra: no e-mail address" in dialog.skipped.toPlainText()

    # The preview follows the selected person: Varcoe reads her own time (Vancouver), Boyko French.
    varcoe = names.index("Colleen Varcoe, PhD, RN")
    qtbot.mouseClick(dialog.drafts.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.drafts.visualRect(dialog.model.index(varcoe, 0)).center())
    qtbot.waitUntil(lambda: "To: Colleen Varcoe" in dialog.preview.toPlainText())
    assert "(10:10 a.m. – 10:30 a.m. PST, your time)" in dialog.preview.toPlainText()
    boyko = 1 - varcoe
    qtbot.mouseClick(dialog.drafts.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.drafts.visualRect(dialog.model.index(boyko, 0)).center())
    qtbot.waitUntil(lambda: "Bonjour Detective Constable Boyko" in dialog.preview.toPlainText())

    folder = tmp_path / "out" / "drafts"
    dialog.folder.clear()
    _type_into(qtbot, dialog.folder, str(folder))
    assert dialog.mark_invited.isChecked()
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None and dialog.open_draft_button.isEnabled())
    files = sorted(folder.glob("*.eml"))
    assert len(files) == 2 and stat.S_IMODE(folder.stat().st_mode) == 0o700
    with open(files[0], "rb") as handle:
        assert email.message_from_binary_file(handle, policy=default_policy)["X-Unsent"] == "1"
    statuses = _statuses(window)
    assert statuses["Varcoe"] == statuses["Boyko"] == BookingStatus.INVITED
    assert statuses["Kalra"] == BookingStatus.TO_INVITE

    qtbot.mouseClick(dialog.open_draft_button, Qt.MouseButton.LeftButton)
    assert opened and opened[-1].endswith(".eml") and Path(opened[-1]).exists()

    # One step of Edit ▸ Undo takes the marks back.
    assert window.undo_stack.undoText() == "Write 2 presenter draft(s) and mark invited"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: set(_statuses(window).values()) == {BookingStatus.TO_INVITE})


def test_the_dialog_opens_from_the_keyboard_on_the_current_webinar(addresses, window, qtbot, monkeypatch):
    window.tabs.setCurrentWidget(window.presenters_tab)
    tab = window.presenters_tab
    qtbot.waitUntil(lambda: tab.invitations_button.isEnabled())
    asked: list[object] = []
    monkeypatch.setattr(InvitationsDialog, "ask", classmethod(lambda cls, state, parent=None, **o: asked.append(o)))
    tab.timetable.setFocus()
    tab.timetable.setCurrentIndex(tab.timetable_model.index(tab.timetable_model.rowCount() - 1, 0))
    qtbot.keyClick(tab.timetable, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    person = tab.people.current_row()
    assert asked == [{"webinar_number": 3, "follow_up_days": tab.followups.days.value(),
                      "person": (person.id, person.name)}]


def test_the_language_messages_are_written_in_is_chosen_in_the_person_editor(window, qtbot):
    window.tabs.setCurrentWidget(window.presenters_tab)
    tab = window.presenters_tab
    qtbot.waitUntil(lambda: tab.people.proxy.rowCount() > 0)
    tab.people.select_where(lambda r: r.family_name == "Seto")
    editor = tab.editor
    qtbot.waitUntil(lambda: editor.family_name.text() == "Seto")
    assert editor.preferred_language.currentData() == ""  # from the languages spoken
    editor.preferred_language.setFocus()
    qtbot.keyClick(editor.preferred_language, Qt.Key.Key_End)  # English and French
    qtbot.waitUntil(lambda: window.undo_stack.undoText() == "Change the language of messages to Michael Seto")
    with window.state.db.read() as session:
        assert session.scalar(select(Person.preferred_language).where(Person.family_name == "Seto")) == "both"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: editor.preferred_language.currentData() == "")


def test_templates_refuse_an_unknown_placeholder_then_the_new_wording_is_previewed(addresses, window, qtbot,
                                                                                  monkeypatch):
    from ocse_planner.ui.presenters.templates_dialog import TemplatesDialog

    window.tabs.setCurrentWidget(window.presenters_tab)
    dialog = InvitationsDialog(window.state, window.presenters_tab, webinar_number=2)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)

    def drive(cls, state, parent=None):  # type: ignore[no-untyped-def]
        editor = cls(state, parent)
        qtbot.addWidget(editor)
        editor.show()
        assert editor.kind.currentData() == "invitation" and editor.language.currentData() == "en"
        assert "{reply_by} — the date to answer by" in editor.placeholders.toPlainText()
        editor.subject.clear()
        _type_into(qtbot, editor.subject, "Speaking at {webinar_tilte}?")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert "{webinar_tilte}" in editor.message.text()  # refused, named, nothing saved
        assert window.undo_stack.undoText() != "Change the invitation template"
        editor.subject.clear()
        _type_into(qtbot, editor.subject, "Speaking at {webinar_title}?")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert window.undo_stack.undoText() == "Change the invitation template"
        assert editor.reset_button.isEnabled()
        _type_into(qtbot, editor.organizer, "Alex Organizer")
        _type_into(qtbot, editor.organizer_email, "alex@example.gc.ca")
        qtbot.mouseClick(editor.save_sender_button, Qt.MouseButton.LeftButton)
        assert window.undo_stack.undoText() == "Change who presenter messages come from"

    monkeypatch.setattr(TemplatesDialog, "ask", classmethod(drive))
    qtbot.mouseClick(dialog.templates_button, Qt.MouseButton.LeftButton)
    varcoe = next(r for r in range(2) if dialog.model.row_at(r).recipient_email == "c.varcoe@example.ca")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and dialog.plan is not None
                    and dialog.plan.drafts[varcoe].subject.startswith("Speaking at "))
    dialog.drafts.setCurrentIndex(dialog.model.index(varcoe, 0))
    assert "Subject: Speaking at Best Practices" in dialog.preview.toPlainText()


def test_with_nobody_to_write_to_the_dialog_says_whom_the_kind_goes_to(window, qtbot):
    """In the demo every booking is confirmed: no invitation to write, and the dialog says why."""
    window.tabs.setCurrentWidget(window.presenters_tab)
    dialog = InvitationsDialog(window.state, window.presenters_tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "invitations go to bookings still “to invite”" in dialog.status.text())
    assert not dialog.write_button.isEnabled()


def test_one_persons_bookings_can_be_written_to_alone(addresses, window, qtbot):
    window.tabs.setCurrentWidget(window.presenters_tab)
    tab = window.presenters_tab
    qtbot.waitUntil(lambda: tab.people.proxy.rowCount() > 0)
    tab.people.select_where(lambda r: r.family_name == "Boyko")
    row = tab.people.current_row()
    dialog = InvitationsDialog(window.state, tab, person=(row.id, row.name))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.webinar.setFocus()
    qtbot.keyClick(dialog.webinar, Qt.Key.Key_End)
    assert dialog.webinar.currentText() == "The bookings of Detective Constable Dayna Boyko"
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.plan is not None and not dialog.plan.skipped)
    assert dialog.model.row_at(0).recipient_email == "boyko@example.ca"
