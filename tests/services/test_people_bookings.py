"""People and bookings: bad input is refused with a message, status changes are recorded."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from ocse_planner.db.enums import AvailabilityKind, BookingStatus
from ocse_planner.db.models import BookingEvent, Person
from ocse_planner.services import bookings, people
from ocse_planner.services.availability import Window
from ocse_planner.services.errors import ConflictError, ValidationError
from ocse_planner.services.people import PersonInput
from tests.services.scheduling_helpers import add_series_with_webinar, person_id


def _count(session) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count(Person.id)))


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (PersonInput("Ada", "Lovelace", email="ada.example.org"), "email", "not an address"),
        (PersonInput("Ada", "Lovelace", time_zone="Mars/Olympus"), "time_zone", "not a known time zone"),
        (
            PersonInput("Ada", "Lovelace", availability=(
                Window(AvailabilityKind.AVAILABLE, date(2022, 3, 5), date(2022, 3, 1)),)),
            "availability",
            "Availability row 1: The window ends on 2022-03-01, before it starts on 2022-03-05.",
        ),
        (PersonInput(" ", ""), "name", "given name or a family name"),
    ],
)
def test_bad_person_input_is_refused_and_nothing_stored(demo_db, data, field, words):
    with demo_db.read() as session:
        before = _count(session)
    with pytest.raises(ValidationError) as caught, demo_db.write() as session:
        people.create_person(session, data)
    assert caught.value.field == field
    assert words in str(caught.value)
    with demo_db.read() as session:
        assert _count(session) == before


def test_create_and_preview_person(demo_db):
    with demo_db.write() as session:
        org = people.get_person(session, person_id(session, "Varcoe")).data.organization_id
        data = PersonInput("Ada", "Lovelace", honorific="Dr.", post_nominals="PhD",
                           job_title="Analyst", organization_id=org, email="ada@example.org",
                           time_zone="Europe/London", languages=("en", "fr"))
        assert people.preview_credit(session, data) == (
            "Dr. Ada Lovelace, PhD — Analyst, University of British Columbia (UBC)"
        )
        new_id = people.create_person(session, data)
    with demo_db.read() as session:
        assert people.get_person(session, new_id).data == data


def test_booking_same_person_twice_is_refused(demo_db):
    with demo_db.write() as session:
        talks = add_series_with_webinar(session, "2023-01-10T13:00")
        seto = person_id(session, "Seto")
        bookings.book_person(session, talks[0], seto)
    with pytest.raises(ConflictError, match="Dr. Michael Seto is already booked on “Talk 1”"):
        with demo_db.write() as session:
            bookings.book_person(session, talks[0], seto)
    with demo_db.read() as session:
        assert len(bookings.bookings_for_presentation(session, talks[0])) == 1


def test_status_changes_recorded_and_follow_ups(demo_db):
    t0 = datetime(2022, 11, 1, 12, tzinfo=UTC)
    with demo_db.write() as session:
        talks = add_series_with_webinar(session, "2023-01-10T13:00")
        seto, marcoux = person_id(session, "Seto"), person_id(session, "Marcoux")
        first = bookings.book_person(session, talks[0], seto, now=t0)
        c3p = people.get_person(session, marcoux).data.organization_id
        second = bookings.book_organization(session, talks[1], c3p, now=t0)
        series_id = bookings.bookings_for_presentation(session, talks[0])[0].series_id
        assert [f.booking.id for f in bookings.follow_ups(session, series_id, 14, now=t0)] == [first, second]
        row = bookings.bookings_for_presentation(session, talks[0])[0]
        bookings.change_status(session, first, row.version, BookingStatus.INVITED, "sent by e-mail", now=t0)
    with demo_db.read() as session:
        row = bookings.bookings_for_presentation(session, talks[0])[0]
        assert row.invited_at == t0 and row.note == "sent by e-mail"
        # Invited 10 days ago: not yet a follow-up; 20 days: it is.
        assert [f.booking.id for f in bookings.follow_ups(session, series_id, 14, now=t0 + timedelta(days=10))] == [second]
        late = bookings.follow_ups(session, series_id, 14, now=t0 + timedelta(days=20))
        assert [(f.booking.id, f.waiting_days) for f in late] == [(first, 20), (second, None)]
    with demo_db.write() as session:
        bookings.change_status(session, first, row.version, BookingStatus.CONFIRMED, now=t0 + timedelta(days=3))
    with demo_db.read() as session:
        row = bookings.bookings_for_presentation(session, talks[0])[0]
        assert row.status is BookingStatus.CONFIRMED and row.responded_at == t0 + timedelta(days=3)
        history = session.scalars(
            select(BookingEvent.status).where(BookingEvent.booking_id == first).order_by(BookingEvent.id)
        ).all()
        assert history == [BookingStatus.TO_INVITE, BookingStatus.INVITED, BookingStatus.CONFIRMED]


def test_person_with_bookings_cannot_be_deleted(demo_db):
    with pytest.raises(ConflictError, match="Jad Saliba is booked on 1"):
        with demo_db.write() as session:
            people.delete_person(session, person_id(session, "Saliba"), None)


def test_follow_ups_are_those_of_the_series_asked_for(demo_db):
    t0 = datetime(2022, 11, 1, 12, tzinfo=UTC)
    with demo_db.write() as session:
        mine = add_series_with_webinar(session, "2023-01-10T13:00")
        other = add_series_with_webinar(session, "2024-01-10T13:00", year=2024)
        booked = bookings.book_person(session, mine[0], person_id(session, "Seto"), now=t0)
        bookings.book_person(session, other[0], person_id(session, "Marcoux"), now=t0)
        series_id = bookings.bookings_for_presentation(session, mine[0])[0].series_id
        assert [f.booking.id for f in bookings.follow_ups(session, series_id, 14, now=t0)] == [booked]


def test_an_organization_booked_without_a_note_has_none(demo_db):
    with demo_db.write() as session:
        talks = add_series_with_webinar(session, "2023-01-10T13:00")
        c3p = people.get_person(session, person_id(session, "Marcoux")).data.organization_id
        bookings.book_organization(session, talks[0], c3p)
    with demo_db.read() as session:
        [row] = bookings.bookings_for_presentation(session, talks[0])
    assert (row.note or "") == "" and row.status is BookingStatus.TO_INVITE


def test_a_person_without_a_job_title_shows_a_blank_one(demo_db):
    with demo_db.read() as session:
        boyko = people.get_person(session, person_id(session, "Boyko"))
        ibrahim = people.get_person(session, person_id(session, "Ibrahim"))
    assert (boyko.data.job_title, boyko.data.job_title_fr) == ("", "")
    assert ibrahim.data.job_title == "Analyst and Survey Manager"
