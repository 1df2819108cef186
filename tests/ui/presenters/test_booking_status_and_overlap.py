"""A booking's status set through the real drop-down records its dates; booking someone
into a slot that overlaps another of their bookings asks first and stores nothing before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from ocse_planner.db.enums import BookingStatus
from ocse_planner.db.models import Booking, BookingEvent, Person, Presentation
from ocse_planner.ui.common import dialogs
from tests.services.scheduling_helpers import add_series_with_webinar
from tests.ui.keyboard import activate
from tests.ui.presenters.helpers import _rows, _slot_row


def _stored(tab, booking_id):
    with tab.state.db.read() as s:
        b = s.get(Booking, booking_id)
        events = s.scalar(select(func.count(BookingEvent.id)).where(BookingEvent.booking_id == booking_id))
        return b.status, b.invited_at, b.responded_at, events


def _choose_status(qtbot, tab, text: str) -> None:
    """Open the drop-down from the keyboard, walk to `text` with the arrow keys, press Enter."""
    combo = tab.bookings.status
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != text:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{text} is not in the drop-down"
    qtbot.mouseClick(tab.bookings.apply_button, Qt.MouseButton.LeftButton)


def test_status_set_through_the_drop_down_records_and_clears_the_dates(window, qtbot):
    activate(window, qtbot)
    window.tabs.setCurrentWidget(window.presenters_tab)
    tab = window.presenters_tab
    qtbot.waitUntil(lambda: tab.conflicts.summary.text().startswith("0 error"))
    tab.timetable.setCurrentIndex(tab.timetable_model.index(_slot_row(tab, 3, 3), 0))  # Dr. Seto's talk
    view = tab.bookings.list
    qtbot.waitUntil(lambda: len(_rows(view)) == 1)
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    booking_id = _rows(view)[0].id
    _status, _invited, answered, events = _stored(tab, booking_id)
    assert answered is None and events == 1  # the demo confirmed him at the start

    _choose_status(qtbot, tab, "Invited")
    qtbot.waitUntil(lambda: _stored(tab, booking_id)[0] == BookingStatus.INVITED)
    status, invited, answered, events = _stored(tab, booking_id)
    assert invited is not None and answered is None and events == 2
    qtbot.waitUntil(lambda: _rows(view)[0].invited_at is not None)
    assert view.proxy.index(0, 5).data()  # the Invited column shows the date

    view.table.setCurrentIndex(view.proxy.index(0, 0))
    _choose_status(qtbot, tab, "Invited")  # the same status again: nothing recorded
    assert _stored(tab, booking_id) == (status, invited, answered, events)

    view.table.setCurrentIndex(view.proxy.index(0, 0))
    _choose_status(qtbot, tab, "Confirmed")
    qtbot.waitUntil(lambda: _stored(tab, booking_id)[0] == BookingStatus.CONFIRMED)
    status, still_invited, answered, events = _stored(tab, booking_id)
    assert still_invited == invited and answered is not None and events == 3

    view.table.setCurrentIndex(view.proxy.index(0, 0))
    _choose_status(qtbot, tab, "To invite")
    qtbot.waitUntil(lambda: _stored(tab, booking_id)[0] == BookingStatus.TO_INVITE)
    assert _stored(tab, booking_id)[1:] == (None, None, 4)  # going back leaves no old dates


def test_booking_into_an_overlapping_slot_asks_before_anything_is_stored(window, qtbot, monkeypatch):
    activate(window, qtbot)
    with window.state.db.write() as s:  # another series the same afternoon as demo webinar 1
        talks = add_series_with_webinar(s, "2022-01-25T13:00")
        second = s.get(Presentation, talks[3]).webinar.series_id
        saliba = s.scalars(select(Person.id).where(Person.family_name == "Saliba")).one()
    window.state.notify_changed()
    window.tabs.setCurrentWidget(window.presenters_tab)
    tab = window.presenters_tab
    window.state.set_series(second)
    qtbot.waitUntil(lambda: any(tab.timetable_model.slot_at(r).id == talks[3]
                                for r in range(tab.timetable_model.rowCount())))

    def count() -> int:
        with window.state.db.read() as s:
            return s.scalar(select(func.count(Booking.id)).where(Booking.person_id == saliba))

    asked: list[str] = []

    def answer(parent, title, text, **kw):  # type: ignore[no-untyped-def]
        asked.append(text)
        assert count() == 1  # the question comes before anything is stored
        return len(asked) > 1  # no the first time, yes the second

    monkeypatch.setattr(dialogs, "ask_yes_no", answer)
    tab.people.search.clear()
    qtbot.keyClicks(tab.people.search, "Saliba")
    mime = tab.people.proxy.mimeData([tab.people.proxy.index(0, 0)])
    row = tab.timetable_model.row_of(talks[3])  # 2:10–2:30 p.m., when he presents in webinar 1 of 2022
    model = tab.timetable_model
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index(row, 0))
    assert len(asked) == 1 and count() == 1  # declined: nothing stored
    assert "Jad Saliba is already booked at that time" in asked[0]
    assert "“Modernizing Digital Investigations for OCSE Cases” (webinar 1 of “Combatting Online Child Sexual " \
           "Exploitation”, 2022-01-25 2:10 p.m. – 2:30 p.m. EST, confirmed)" in asked[0]

    model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index(row, 0))
    assert len(asked) == 2
    qtbot.waitUntil(lambda: count() == 2)  # booked anyway, as asked
    qtbot.waitUntil(lambda: "Jad Saliba (To invite)" in model.index(row, model.PRESENTERS).data())

    free = tab.timetable_model.row_of(talks[0])  # 1:10–1:30 p.m.: no question
    model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index(free, 0))
    qtbot.waitUntil(lambda: count() == 3)
    assert len(asked) == 2


def test_the_overlap_question_in_french_names_the_french_titles(window, qtbot, monkeypatch, qapp):
    from PySide6.QtCore import QCoreApplication

    from ocse_planner.ui.app import install_translations
    from tests.ui.test_translations import _language_action

    activate(window, qtbot)
    with window.state.db.write() as s:
        talks = add_series_with_webinar(s, "2022-01-25T13:00")
        second = s.get(Presentation, talks[3]).webinar.series_id
    window.state.notify_changed()
    window.tabs.setCurrentWidget(window.presenters_tab)
    tab = window.presenters_tab
    window.state.set_series(second)
    qtbot.waitUntil(lambda: tab.timetable_model.row_of(talks[3]) >= 0)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text, **kw: asked.append(text) and False)
    try:
        _language_action(window, "fr").trigger()
        qtbot.waitUntil(lambda: window.tabs.tabText(0).replace("&", "") == "Séries")
        tab.people.search.clear()
        qtbot.keyClicks(tab.people.search, "Saliba")
        qtbot.waitUntil(lambda: tab.people.proxy.rowCount() == 1)
        mime = tab.people.proxy.mimeData([tab.people.proxy.index(0, 0)])
        model = tab.timetable_model
        model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, model.index(model.row_of(talks[3]), 0))
    finally:
        install_translations(qapp, "en")
        QCoreApplication.sendPostedEvents()
    assert len(asked) == 1
    line = asked[0].replace("\u00a0", " ").replace("\u202f", " ")
    assert ("• « Moderniser les enquêtes numériques dans les affaires d'ESEL » (webinaire 1 de « Lutte contre "
            "l'exploitation sexuelle des enfants en ligne », 2022-01-25 14 h 10 à 14 h 30 (HNE), confirmée)") in line
