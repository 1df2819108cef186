"""Calendar events: settled only when every presenter confirmed and the title is final;
what is missing is said in a sentence."""

from __future__ import annotations

import pytest

from ocse_planner.db.enums import BookingStatus
from ocse_planner.db.models import Person, Presentation
from ocse_planner.services.calendar import presenter_calendar, series_calendar
from ocse_planner.services.errors import NotFoundError


def _confirmed(db, title: str) -> bool:  # type: ignore[no-untyped-def]
    with db.read() as s:
        events = series_calendar(s, 1).events
    return next(e for e in events if e.summary.startswith(title)).confirmed


def test_an_event_is_settled_only_when_confirmed_and_final(demo_db):
    title = "Canada's Project SHADOW"
    with demo_db.write() as s:
        talk = s.query(Presentation).filter_by(title=title).one()
        for booking in talk.bookings:
            booking.status = BookingStatus.CONFIRMED
    assert _confirmed(demo_db, title) is True
    with demo_db.write() as s:
        talk = s.query(Presentation).filter_by(title=title).one()
        talk.bookings[0].status = BookingStatus.INVITED
    assert _confirmed(demo_db, title) is False
    with demo_db.write() as s:
        talk = s.query(Presentation).filter_by(title=title).one()
        talk.bookings[0].status = BookingStatus.CONFIRMED
        talk.placeholder = True
    assert _confirmed(demo_db, title) is False


def test_what_a_calendar_cannot_hold_is_said_in_a_sentence(demo_db):
    with demo_db.write() as s:
        nobody = Person(given_name="Ada", family_name="Lovelace")
        s.add(nobody)
        s.flush()
        with pytest.raises(NotFoundError) as caught:
            presenter_calendar(s, 1, nobody.id)
        assert str(caught.value) == "Ada Lovelace has no presentation in this series"
        with pytest.raises(NotFoundError) as caught:
            series_calendar(s, 999)
        assert str(caught.value) == "the series has no webinars"
        with pytest.raises(NotFoundError) as caught:
            series_calendar(s, 1, webinar_number=9)
        assert str(caught.value) == "the series has no webinar 9"
