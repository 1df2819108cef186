"""The Presenters tab driven like a person: add someone, book them, confirm, watch lists."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import QModelIndex, Qt

from ocse_planner.db.enums import BookingStatus
from ocse_planner.export.wording import DocumentLanguage
from ocse_planner.ui.common import dialogs
from ocse_planner.ui.presenters.booking_dialog import BookingDialog
from ocse_planner.ui.common.settings import FOLLOW_UP_DAYS
from ocse_planner.ui.files.export_options_dialog import LanguageDialog
from ocse_planner.ui.presenters.timetable_view import TimetableModel
from ocse_planner.services import people
from ocse_planner.ui.common.field_marks import marked
from tests.ui.presenters.helpers import _rows, _slot_row, _type_into, _type_person


def test_add_book_confirm_updates_followups_and_conflicts(tab, qtbot, monkeypatch):
    editor = tab.editor
    _type_person(qtbot, editor, "Ada", "Lovelace", email="ada@example.org", zone="Europe/Paris")
    index = editor.organization.findText("University of British Columbia (UBC)")
    editor.organization.setCurrentIndex(index)
    editor.organization.activated.emit(index)  # chosen from the list: saved
    assert editor.preview.text() == "Dr. Ada Lovelace — Analyst, University of British Columbia (UBC)"
    qtbot.waitUntil(lambda: any(r.family_name == "Lovelace" for r in _rows(tab.people)))
    assert tab.people.current_row().family_name == "Lovelace"
    assert tab.people.current_row().organization == "University of British Columbia"
    assert tab.window().undo_stack.undoText() == "Change the organization of Ada Lovelace"

    # Book her through the real dialog, on webinar 1's first talk (13:10 Toronto = 19:10 Paris).
    row = _slot_row(tab, 1, 1)
    tab.timetable.setCurrentIndex(tab.timetable_model.index(row, 0))

    def answer(cls, parent, slots, people, organizations, **kw):  # type: ignore[no-untyped-def]
        dialog = cls(slots, people, organizations, parent=parent, **kw)
        qtbot.addWidget(dialog)
        assert dialog.presentation.currentData() == tab.timetable_model.slot_at(row).id
        assert dialog.person.currentText().startswith("Dr. Ada Lovelace")
        qtbot.keyClicks(dialog.note, "asked at the conference")
        return dialog.request()

    monkeypatch.setattr(BookingDialog, "ask", classmethod(answer))
    qtbot.mouseClick(tab.bookings.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Dr. Ada Lovelace (To invite)" in tab.timetable_model.index(row, TimetableModel.PRESENTERS).data())
    qtbot.waitUntil(lambda: any(f.booking.presenter == "Dr. Ada Lovelace" for f in _rows(tab.followups.list)))
    assert _rows(tab.conflicts.list) == []  # "to invite" holds no slot yet

    # Confirm her in the bookings list.
    bookings_view = tab.bookings.list
    target = next(i for i, r in enumerate(_rows(bookings_view)) if r.presenter == "Dr. Ada Lovelace")
    bookings_view.table.setCurrentIndex(bookings_view.proxy.index(target, 0))
    tab.bookings.status.setCurrentIndex(tab.bookings.status.findData(BookingStatus.CONFIRMED))
    qtbot.mouseClick(tab.bookings.apply_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not any(f.booking.presenter == "Dr. Ada Lovelace" for f in _rows(tab.followups.list)))
    qtbot.waitUntil(lambda: len(_rows(tab.conflicts.list)) == 1)
    finding = _rows(tab.conflicts.list)[0]
    assert "Dr. Ada Lovelace" in finding.message and "7:10 p.m." in finding.message
    assert tab.conflicts.summary.text() == "0 error(s), 1 warning(s)"
    assert "warning" in tab.timetable_model.index(row, TimetableModel.CONFLICTS).data()
    booked = next(r for r in _rows(bookings_view) if r.presenter == "Dr. Ada Lovelace")
    assert booked.note == "asked at the conference" and booked.responded_at is not None


def test_bad_person_input_gets_a_message_and_nothing_is_stored(tab, qtbot):
    editor = tab.editor
    _type_person(qtbot, editor, "Bad", "Mail")
    person = editor.person_id
    history = tab.window().undo_stack
    depth = history.count()

    _type_into(qtbot, editor.email, "not-an-address")
    assert "not an address" in editor.message.text() and marked(editor.email) == "error"
    assert editor.email.text() == "not-an-address"  # what was typed is kept
    assert history.count() == depth

    _type_into(qtbot, editor.email, "")
    _type_into(qtbot, editor.time_zone.lineEdit(), "Moon/Base")
    assert "“Moon/Base” is not a known time zone" in editor.message.text()
    _type_into(qtbot, editor.time_zone.lineEdit(), "")

    availability = editor.availability
    availability.start.setDate(availability.start.date().addDays(5))
    qtbot.mouseClick(availability.add_button, Qt.MouseButton.LeftButton)
    assert len(availability.windows()) == 1
    message = editor.message.text()
    assert "Availability row 1: The window ends on" in message and "before it starts" in message
    assert editor.pages.currentWidget() is availability  # the page with the refused row is shown
    assert editor.given_name.text() == "Bad"  # what was typed is kept
    with tab.state.db.read() as session:
        stored = people.get_person(session, person).data
    assert (stored.email, stored.time_zone, stored.availability) == ("", "", ())
    assert history.count() == depth

    availability.list.table.setCurrentIndex(availability.list.proxy.index(0, 0))
    qtbot.mouseClick(availability.remove_button, Qt.MouseButton.LeftButton)
    assert not editor.is_dirty() and not editor.message.isVisible()


def test_drag_person_onto_slot_books_and_double_booking_is_refused(tab, qtbot, errors):
    tab.people.search.clear()
    qtbot.keyClicks(tab.people.search, "Saliba")
    assert [r.family_name for r in _rows(tab.people)] == ["Saliba"]
    mime = tab.people.proxy.mimeData([tab.people.proxy.index(0, 0)])
    model = tab.timetable_model

    own = _slot_row(tab, 1, 4)  # already his talk
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index(own, 0))
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index(own, 0))
    assert errors == ["Jad Saliba is already booked on “Modernizing Digital Investigations for OCSE Cases”."]

    other = _slot_row(tab, 2, 1)
    model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index(other, 0))
    qtbot.waitUntil(lambda: "Jad Saliba (To invite)" in model.index(other, TimetableModel.PRESENTERS).data())
    assert not model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, QModelIndex())


def test_directory_filters_by_status_and_organization(tab, qtbot):
    tab.status_filter.setCurrentIndex(tab.status_filter.findText("Not booked in this series"))
    assert _rows(tab.people) == []
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(BookingStatus.CONFIRMED))
    assert len(_rows(tab.people)) == 11
    tab.org_filter.setCurrentIndex(tab.org_filter.findText("Canadian Centre for Child Protection (C3P)"))
    assert sorted(r.family_name for r in _rows(tab.people)) == ["Classen", "Marcoux"]


def test_presenter_times_in_their_own_zone(tab):
    model = tab.timetable_model
    row = _slot_row(tab, 2, 1)  # Colleen Varcoe, Vancouver
    assert model.index(row, TimetableModel.TIME).data() == "1:10 p.m. – 1:30 p.m. EST"
    assert "Colleen Varcoe, PhD, RN: 10:10 a.m. – 10:30 a.m. PST" in model.index(row, TimetableModel.LOCAL).data()
    assert "Confirmed" in model.index(row, TimetableModel.PRESENTERS).data(Qt.ItemDataRole.ToolTipRole)


def test_follow_up_days_is_a_stored_preference(tab, qtbot, settings):
    tab.followups.days.clear()
    qtbot.keyClicks(tab.followups.days, "30")
    assert settings.get(FOLLOW_UP_DAYS) == 30
    assert tab.conflicts.unconfirmed_days == 30


def test_export_webinar_calendar_from_the_timetable(tab, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "webinar.ics"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(target))
    monkeypatch.setattr(LanguageDialog, "ask", classmethod(lambda cls, parent, title: DocumentLanguage("fr")))
    tab.timetable.setCurrentIndex(tab.timetable_model.index(_slot_row(tab, 3, 1), 0))
    tab.timetable.setFocus()
    tab.export_webinar_action.trigger()
    qtbot.waitUntil(lambda: tab.message.text().startswith("Calendar written"))
    events = list(Calendar.from_ical(Path(target).read_bytes()).walk("VEVENT"))
    assert len(events) == 4
    assert all("webinaire 3" in str(event["summary"]) for event in events)  # the French chosen in the dialog


def test_models_pass_the_model_tester(tab, qtmodeltester):
    qtmodeltester.check(tab.timetable_model)
    qtmodeltester.check(tab.people.model)
    qtmodeltester.check(tab.conflicts.list.model)
    qtmodeltester.check(tab.followups.list.model)


def test_a_slow_older_conflict_check_never_overwrites_a_newer_one(tab, qtbot, monkeypatch):
    """Two checks in a row (a booking, then another edit): the first one, finishing last,
    must not put its stale findings back over the newest ones."""
    import threading

    from ocse_planner.ui.presenters import conflicts_panel

    real = conflicts_panel.find_conflicts
    release = threading.Event()
    calls: list[int] = []

    def find(session, series_id, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(len(calls))
        if len(calls) == 1:  # the older check: held until the newer one is shown
            release.wait(10)
            return ["stale"]
        return real(session, series_id, **kwargs)

    panel = tab.conflicts
    qtbot.waitUntil(lambda: not panel.pending(), timeout=10_000)  # the tab's own first check is done
    monkeypatch.setattr(conflicts_panel, "find_conflicts", find)
    panel.refresh()
    qtbot.waitUntil(lambda: len(calls) == 1)  # the older check is running (and held)
    panel.refresh()
    assert panel.pending()
    qtbot.waitUntil(lambda: not panel.pending(), timeout=10_000)
    assert len(calls) == 2
    newest = list(panel.findings)
    release.set()
    qtbot.wait(300)  # let the older result arrive
    assert panel.findings == newest and "stale" not in panel.findings
