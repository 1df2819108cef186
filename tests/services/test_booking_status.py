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
    assert (other.series_title, other.title_fr) == (
        "Combatting Online Child Sexual Exploitation", "Moderniser les enquêtes numériques dans les affaires d'ESEL")
    assert (other.starts_at.isoformat(), other.ends_at.isoformat(), other.zone) == (
        "2022-01-25T19:10:00+00:00", "2022-01-25T19:30:00+00:00", "America/Toronto")


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


def test_a_talk_back_to_back_with_another_booking_does_not_overlap_it(demo_db):
    """Saliba presents 2:10–2:30 p.m. in demo webinar 1: a talk ending at 2:10 or starting at
    2:30 leaves no clash; one minute more on either side does."""
    with demo_db.write() as session:
        saliba = person_id(session, "Saliba")
        ends_as_it_begins = add_series_with_webinar(session, "2022-01-25T13:40")[0]  # 1:50–2:10 p.m.
        begins_as_it_ends = add_series_with_webinar(session, "2022-01-25T14:20", year=2024)[0]  # 2:30–2:50 p.m.
        one_minute_late = add_series_with_webinar(session, "2022-01-25T13:41", year=2025)[0]  # 1:51–2:11 p.m.
        one_minute_early = add_series_with_webinar(session, "2022-01-25T14:19", year=2026)[0]  # 2:29–2:49 p.m.
        assert bookings.overlapping_bookings(session, ends_as_it_begins, saliba) == []
        assert bookings.overlapping_bookings(session, begins_as_it_ends, saliba) == []
        assert len(bookings.overlapping_bookings(session, one_minute_late, saliba)) == 1
        assert len(bookings.overlapping_bookings(session, one_minute_early, saliba)) == 1


def test_several_overlapping_bookings_are_listed_earliest_first(demo_db):
    """A long talk (1:10–2:40 p.m.) overlaps two of Saliba's bookings: the one booked later
    but held earlier (1:10 p.m., in a newer webinar) is listed first."""
    from ocse_planner.db.models import Presentation

    with demo_db.write() as session:
        saliba = person_id(session, "Saliba")
        long_talk = add_series_with_webinar(session, "2022-01-25T13:00", talks=1)[0]
        session.get(Presentation, long_talk).duration_minutes = 90
        earlier = add_series_with_webinar(session, "2022-01-25T13:00", year=2024)[0]  # 1:10–1:30 p.m.
        bookings.book_person(session, earlier, saliba, now=DAY)
        session.flush()
        found = bookings.overlapping_bookings(session, long_talk, saliba)
    assert [(b.title, b.starts_at) for b in found] == [
        ("Talk 1", datetime(2022, 1, 25, 18, 10, tzinfo=UTC)),
        ("Modernizing Digital Investigations for OCSE Cases", datetime(2022, 1, 25, 19, 10, tzinfo=UTC)),
    ]


def test_a_booking_s_note_is_stored_trimmed_and_a_blank_one_as_none(demo_db):
    with demo_db.write() as session:
        talks = add_series_with_webinar(session, "2023-01-24T13:00")
        noted = bookings.book_person(session, talks[0], person_id(session, "Seto"), note="  Prefers mornings \n",
                                     now=DAY)
        blank = bookings.book_person(session, talks[1], person_id(session, "Chan"), note="   ", now=DAY)
    with demo_db.read() as session:
        assert session.get(Booking, noted).note == "Prefers mornings"
        assert session.get(Booking, blank).note is None


def test_each_status_change_keeps_the_note_written_with_it_in_the_history(demo_db, booked):
    _change(demo_db, booked, BookingStatus.INVITED, DAY + timedelta(days=1), note="Sent by e-mail")
    _change(demo_db, booked, BookingStatus.CONFIRMED, DAY + timedelta(days=2), note="Said yes on the phone")
    with demo_db.read() as session:
        history = session.execute(select(BookingEvent.status, BookingEvent.note)
                                  .where(BookingEvent.booking_id == booked).order_by(BookingEvent.id)).all()
    assert [tuple(h) for h in history][1:] == [(BookingStatus.INVITED, "Sent by e-mail"),
                                               (BookingStatus.CONFIRMED, "Said yes on the phone")]
