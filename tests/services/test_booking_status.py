"""Booking statuses are typed and compared by value; the dates follow each change; a slot
that overlaps another of the person's bookings is found before it is booked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from ocse_planner.db.enums import BookingStatus
from ocse_planner.db.models import Booking, BookingEvent
from ocse_planner.services import bookings
from tests.services.scheduling_helpers import add_series_with_webinar, person_id

DAY = datetime(2022, 11, 1, 15, 0, tzinfo=UTC)


def _booking(db, booking_id):
    with db.read() as session:
        b = session.get(Booking, booking_id)
        events = session.scalars(select(BookingEvent.status).where(BookingEvent.booking_id == booking_id)
                                 .order_by(BookingEvent.id)).all()
        return b.status, b.invited_at, b.responded_at, b.version, list(events)


@pytest.fixture
def booked(demo_db):
    with demo_db.write() as session:
        talks = add_series_with_webinar(session, "2023-01-24T13:00")
        return bookings.book_person(session, talks[0], person_id(session, "Seto"), now=DAY)


def _change(db, booking_id, status, when, note=None):
    with db.write() as session:
        version = session.get(Booking, booking_id).version
        return bookings.change_status(session, booking_id, version, status, note, now=when)


@pytest.mark.parametrize("typed", [lambda s: s, lambda s: s.value], ids=["enum", "plain string"])
def test_each_status_sets_its_dates_whether_given_as_enum_or_string(demo_db, booked, typed):
    """A combo box hands back "invited", not BookingStatus.INVITED: the same dates must follow."""
    invited, answered, reset = DAY + timedelta(days=1), DAY + timedelta(days=5), DAY + timedelta(days=9)
    assert _change(demo_db, booked, typed(BookingStatus.INVITED), invited)
    status, invited_at, responded_at, _, _ = _booking(demo_db, booked)
    assert (status, invited_at, responded_at) == (BookingStatus.INVITED, invited, None)

    assert _change(demo_db, booked, typed(BookingStatus.CONFIRMED), answered)
    status, invited_at, responded_at, _, _ = _booking(demo_db, booked)
    assert (status, invited_at, responded_at) == (BookingStatus.CONFIRMED, invited, answered)

    assert _change(demo_db, booked, typed(BookingStatus.TO_INVITE), reset)
    status, invited_at, responded_at, _, events = _booking(demo_db, booked)
    assert (status, invited_at, responded_at) == (BookingStatus.TO_INVITE, None, None)  # no old dates left
    assert events == [BookingStatus.TO_INVITE, BookingStatus.INVITED, BookingStatus.CONFIRMED,
                      BookingStatus.TO_INVITE]


def test_setting_the_same_status_again_records_nothing_but_the_note(demo_db, booked):
    _change(demo_db, booked, BookingStatus.INVITED, DAY + timedelta(days=1))
    before = _booking(demo_db, booked)
    assert not _change(demo_db, booked, "invited", DAY + timedelta(days=3), note="sent a reminder")
    after = _booking(demo_db, booked)
    assert after[:3] == before[:3] and after[4] == before[4]  # same dates, no new event
    with demo_db.read() as session:
        assert session.get(Booking, booked).note == "sent a reminder"


def test_an_unknown_status_is_refused_before_anything_changes(demo_db, booked):
    before = _booking(demo_db, booked)
    with pytest.raises(ValueError, match="maybe"):
        _change(demo_db, booked, "maybe", DAY)
    assert _booking(demo_db, booked) == before


def test_booking_directly_as_invited_or_declined_records_the_date(demo_db):
    with demo_db.write() as session:
        talks = add_series_with_webinar(session, "2023-01-24T13:00")
        invited = bookings.book_person(session, talks[0], person_id(session, "Seto"), "invited", now=DAY)
        declined = bookings.book_person(session, talks[1], person_id(session, "Chan"), "declined", now=DAY)
    assert _booking(demo_db, invited)[:3] == (BookingStatus.INVITED, DAY, None)
    assert _booking(demo_db, declined)[:3] == (BookingStatus.DECLINED, None, DAY)


def test_overlapping_bookings_in_any_series_are_listed_before_booking(demo_db):
    """Demo webinar 1 (2022-01-25, 1:00 p.m. Toronto): Saliba presents 2:10–2:30 p.m."""
    with demo_db.write() as session:
        talks = add_series_with_webinar(session, "2022-01-25T13:00")  # the same afternoon
        saliba, seto = person_id(session, "Saliba"), person_id(session, "Seto")
        clash = bookings.overlapping_bookings(session, talks[3], saliba)  # 2:10–2:30 p.m. as well
        no_clash = bookings.overlapping_bookings(session, talks[0], saliba)  # 1:10–1:30 p.m.
        free = bookings.overlapping_bookings(session, talks[3], seto)
    assert no_clash == [] and free == []
    assert len(clash) == 1
    other = clash[0]
    assert (other.title, other.webinar_number, other.status) == (
        "Modernizing Digital Investigations for OCSE Cases", 1, BookingStatus.CONFIRMED)
    assert other.describe(same_series=False) == (
        "“Modernizing Digital Investigations for OCSE Cases” (webinar 1 of “Combatting Online Child Sexual "
        "Exploitation”, 2022-01-25 2:10 p.m. – 2:30 p.m. EST, confirmed)")


def test_declined_bookings_and_cancelled_webinars_hold_no_time(demo_db):
    from ocse_planner.db.enums import WebinarStatus
    from ocse_planner.db.models import Webinar

    with demo_db.write() as session:
        talks = add_series_with_webinar(session, "2022-01-25T13:00")
        saliba = person_id(session, "Saliba")
        booking = session.scalars(select(Booking).where(Booking.person_id == saliba)).one()
        booking.status = BookingStatus.DECLINED
    with demo_db.read() as session:
        assert bookings.overlapping_bookings(session, talks[3], saliba) == []
    with demo_db.write() as session:
        session.scalars(select(Booking).where(Booking.person_id == saliba)).one().status = BookingStatus.TO_INVITE
        assert len(bookings.overlapping_bookings(session, talks[3], saliba)) == 1  # "to invite" holds it
        session.get(Webinar, 1).status = WebinarStatus.CANCELLED
        assert bookings.overlapping_bookings(session, talks[3], saliba) == []
