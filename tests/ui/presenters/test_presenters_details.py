"""Presenters tab details: organizations as presenters, unsaved typing, finding navigation."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar
from PySide6.QtCore import Qt

from ocse_planner.db.enums import BookingStatus
from ocse_planner.db.models import Presentation
from ocse_planner.export.wording import DocumentLanguage
from ocse_planner.ui.common import dialogs
from ocse_planner.ui.common.table_model import ROW_ROLE
from ocse_planner.ui.files.export_options_dialog import LanguageDialog
from ocse_planner.ui.presenters.booking_dialog import BookingDialog
from ocse_planner.ui.presenters.timetable_view import TimetableModel
from tests.services.scheduling_helpers import add_series_with_webinar
from tests.ui.presenters.helpers import _rows, _slot_row


def test_booking_dialog_books_an_organization_as_a_body(tab, qtbot, monkeypatch):
    row = _slot_row(tab, 3, 2)
    tab.timetable.setCurrentIndex(tab.timetable_model.index(row, 0))

    def answer(cls, parent, slots, people, organizations, **kw):  # type: ignore[no-untyped-def]
        dialog = cls(slots, people, organizations, parent=parent, **kw)
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.as_organization, Qt.MouseButton.LeftButton)
        assert dialog.organization.isEnabled() and not dialog.person.isEnabled()
        dialog.organization.setCurrentIndex(
            dialog.organization.findText("National Child Exploitation Crime Centre (NCECC)")
        )
        dialog.status.setCurrentIndex(dialog.status.findData(BookingStatus.INVITED))
        return dialog.request()

    monkeypatch.setattr(BookingDialog, "ask", classmethod(answer))
    tab.book_action.trigger()
    expected = "Royal Canadian Mounted Police (RCMP), National Child Exploitation Crime Centre (NCECC) (Invited)"
    qtbot.waitUntil(lambda: expected in tab.timetable_model.index(row, TimetableModel.PRESENTERS).data())
    assert any(r.presenter.startswith("Royal Canadian Mounted Police") for r in _rows(tab.bookings.list))


def test_unsaved_typing_survives_a_refresh_and_is_saved_before_switching(tab, qtbot, monkeypatch):
    tab.people.select_where(lambda r: r.family_name == "Varcoe")
    editor = tab.editor
    editor.phone.setFocus()
    editor.phone.selectAll()
    qtbot.keyClicks(editor.phone, "604-555-0100")
    tab.state.notify_changed()  # another part of the window saved something
    assert editor.phone.text() == "604-555-0100"

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, text, **k: asked.append(text) or True)
    tab.people.select_where(lambda r: r.family_name == "Seto")
    qtbot.waitUntil(lambda: editor.family_name.text() == "Seto")
    assert asked == []  # a valid field is saved without a question
    assert tab.window().undo_stack.undoText() == "Change the phone number of Colleen Varcoe"
    assert tab.people.current_row().family_name == "Seto"
    tab.people.select_where(lambda r: r.family_name == "Varcoe")
    assert editor.phone.text() == "604-555-0100"  # saved on the way


def test_unconfirmed_talks_warn_and_enter_on_a_finding_selects_its_slot(tab, qtbot):
    soon = (datetime.now(ZoneInfo("America/Toronto")) + timedelta(days=5)).replace(
        hour=13, minute=0, second=0, microsecond=0, tzinfo=None
    )
    with tab.state.db.write() as session:
        talks = add_series_with_webinar(session, soon.isoformat(), year=soon.year + 1, talks=2)
        series_id = session.get(Presentation, talks[0]).webinar.series_id
    tab.state.notify_changed()
    tab.state.set_series(series_id)
    qtbot.waitUntil(lambda: tab.conflicts.summary.text() == "0 error(s), 2 warning(s)")
    assert all("has no confirmed presenter" in f.message for f in _rows(tab.conflicts.list))

    tab.lists.setCurrentWidget(tab.conflicts)
    view = tab.conflicts.list.table
    view.setCurrentIndex(tab.conflicts.list.proxy.index(1, 0))
    view.setFocus()
    wanted = view.currentIndex().data(ROW_ROLE).presentation_ids[0]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert tab.timetable.current_slot().id == wanted
    assert "warning" in tab.timetable_model.index(tab.timetable_model.row_of(wanted), TimetableModel.CONFLICTS).data()

    # A shorter follow-up horizon than the five days left: no warning any more.
    tab.followups.days.setValue(3)
    qtbot.waitUntil(lambda: tab.conflicts.summary.text() == "0 error(s), 0 warning(s)")


def test_export_presenter_calendar_from_the_directory(tab, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "kalra.ics"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(target))
    monkeypatch.setattr(LanguageDialog, "ask", classmethod(lambda cls, parent, title: DocumentLanguage("en")))
    tab.people.select_where(lambda r: r.family_name == "Kalra")
    tab.people.table.setFocus()
    tab.export_person_action.trigger()
    qtbot.waitUntil(lambda: tab.message.text().startswith("Calendar written"))
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert len(events) == 1 and "Suvidha Kalra" in str(events[0]["description"])
