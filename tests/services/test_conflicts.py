"""Conflict detection: overlaps by UTC instant across zones and series."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from ocse_planner.db.enums import AvailabilityKind, BookingStatus
from ocse_planner.services import bookings, people
from ocse_planner.services.availability import Window
from ocse_planner.services.conflicts import (
    ConflictKind,
    Severity,
    Slot,
    double_bookings,
    find_conflicts,
    outside_working_hours,
)
from tests.services.scheduling_helpers import add_series_with_webinar, person_id

ZONES = ["America/Toronto", "America/Vancouver", "America/St_Johns", "Europe/Paris",
         "Asia/Kolkata", "Australia/Lord_Howe", "UTC", "Pacific/Chatham"]


def _slot(booking_id: int, local: datetime, zone: str, minutes: int) -> Slot:
    start = local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)
    return Slot(
        booking_id=booking_id, person_id=1, person="Jad Saliba", person_zone=zone,
        presentation_id=booking_id, title=f"Talk {booking_id}", webinar_id=booking_id,
        webinar_number=booking_id, series_id=1, series_title="S", zone=zone,
        starts_at=start, ends_at=start + timedelta(minutes=minutes),
    )


local_times = st.datetimes(min_value=datetime(2022, 1, 1), max_value=datetime(2023, 12, 31))


@settings(max_examples=300, deadline=None)
@given(local_times, st.sampled_from(ZONES), st.integers(1, 300),
       local_times, st.sampled_from(ZONES), st.integers(1, 300))
def test_overlap_reported_exactly_when_intervals_intersect(a_local, a_zone, a_min, b_local, b_zone, b_min):
    a, b = _slot(1, a_local, a_zone, a_min), _slot(2, b_local, b_zone, b_min)
    intersect = a.starts_at < b.ends_at and b.starts_at < a.ends_at
    findings = double_bookings([a, b])
    assert len(findings) == (1 if intersect else 0)
    if findings:
        assert findings[0].severity is Severity.ERROR
        assert "Jad Saliba" in findings[0].message


@given(local_times, st.sampled_from(ZONES), st.integers(1, 300), st.integers(1, 300))
def test_touching_end_to_start_is_not_a_conflict(local, zone, first, second):
    a = _slot(1, local, zone, first)
    b = Slot(**{**a.__dict__, "booking_id": 2, "presentation_id": 2,
                "starts_at": a.ends_at, "ends_at": a.ends_at + timedelta(minutes=second)})
    assert double_bookings([a, b]) == []


def test_demo_series_has_no_errors(demo_db):
    with demo_db.read() as session:
        findings = find_conflicts(session, 1)
    assert [f for f in findings if f.severity is Severity.ERROR] == []


def test_booking_saliba_at_the_same_time_elsewhere_is_one_error(demo_db):
    with demo_db.write() as session:
        # Demo webinar 1 starts 2022-01-25 13:00 Toronto; Saliba's talk is 14:10-14:30.
        talks = add_series_with_webinar(session, "2022-01-25T13:00")
        saliba = person_id(session, "Saliba")
        bookings.book_person(session, talks[3], saliba, BookingStatus.INVITED)
    with demo_db.read() as session:
        errors = [f for f in find_conflicts(session, 1) if f.severity is Severity.ERROR]
    assert len(errors) == 1
    assert errors[0].kind is ConflictKind.DOUBLE_BOOKED
    assert "Jad Saliba" in errors[0].message
    assert "2022-01-25 2:10 p.m. – 2:30 p.m. EST" in errors[0].message
    assert "webinar 1 of “Second series”" in errors[0].message


def test_declined_booking_holds_no_slot(demo_db):
    with demo_db.write() as session:
        talks = add_series_with_webinar(session, "2022-01-25T13:00")
        bookings.book_person(session, talks[3], person_id(session, "Saliba"), BookingStatus.DECLINED)
    with demo_db.read() as session:
        assert not [f for f in find_conflicts(session, 1) if f.severity is Severity.ERROR]


def test_dst_sunday_overlap_is_measured_in_real_time(demo_db):
    """On Sunday 2022-03-13 Toronto's clocks jump from 02:00 to 03:00.

    Talk 6 of a webinar starting 01:00 EST begins 110 real minutes later: 03:50 EDT,
    ending 04:10 EDT. A talk at 04:05 EDT therefore overlaps it, although wall-clock
    arithmetic (01:00 + 110 min = 02:50) would put the first talk long before.
    """
    with demo_db.write() as session:
        first = add_series_with_webinar(session, "2022-03-13T01:00", year=2030, talks=6)
        second = add_series_with_webinar(session, "2022-03-13T03:55", year=2031, talks=1)
        seto = person_id(session, "Seto")
        bookings.book_person(session, first[5], seto, BookingStatus.CONFIRMED)
        bookings.book_person(session, second[0], seto, BookingStatus.CONFIRMED)
    with demo_db.read() as session:
        from ocse_planner.db.models import Series
        from sqlalchemy import select
        series_id = session.scalars(select(Series.id).where(Series.year == 2030)).one()
        findings = find_conflicts(session, series_id)
    doubles = [f for f in findings if f.kind is ConflictKind.DOUBLE_BOOKED]
    assert len(doubles) == 1
    assert "EDT" in doubles[0].message  # the talk after the change is shown in daylight time


def test_working_hours_in_presenters_zone():
    # 13:10 Toronto is 10:10 in Vancouver (fine) but 19:10 in Paris (too late).
    start = datetime(2022, 2, 22, 18, 10, tzinfo=UTC)
    end = start + timedelta(minutes=20)
    assert not outside_working_hours(start, end, "America/Vancouver")
    assert outside_working_hours(start, end, "Europe/Paris")
    assert outside_working_hours(start - timedelta(hours=8), end - timedelta(hours=8), "America/Vancouver")


def test_unavailable_window_is_an_error_naming_the_person(demo_db):
    with demo_db.write() as session:
        varcoe = person_id(session, "Varcoe")
        detail = people.get_person(session, varcoe)
        window = Window(AvailabilityKind.UNAVAILABLE, date(2022, 2, 22), date(2022, 2, 22),
                        time(9, 0), time(11, 0))
        people.update_person(session, varcoe, detail.version,
                             people.PersonInput(**{**detail.data.__dict__, "availability": (window,)}))
    with demo_db.read() as session:
        findings = find_conflicts(session, 1)
    hits = [f for f in findings if f.kind is ConflictKind.UNAVAILABLE]
    assert len(hits) == 1 and hits[0].severity is Severity.ERROR
    assert "Colleen Varcoe" in hits[0].message and "PST their time" in hits[0].message


def test_outside_available_windows_is_a_warning(demo_db):
    with demo_db.write() as session:
        kalra = person_id(session, "Kalra")
        detail = people.get_person(session, kalra)
        window = Window(AvailabilityKind.AVAILABLE, date(2022, 2, 1), date(2022, 2, 28), time(8), time(10))
        people.update_person(session, kalra, detail.version,
                             people.PersonInput(**{**detail.data.__dict__, "availability": (window,)}))
    with demo_db.read() as session:
        findings = find_conflicts(session, 1)
    # Her talk is 14:10 Toronto = 12:10 Edmonton, outside 08:00-10:00.
    assert [f.kind for f in findings] == [ConflictKind.OUTSIDE_AVAILABLE]
    assert findings[0].severity is Severity.WARNING


def test_unconfirmed_presentation_soon_is_a_warning(demo_db):
    with demo_db.write() as session:
        talks = add_series_with_webinar(session, "2022-06-01T13:00", talks=1)
        bookings.book_person(session, talks[0], person_id(session, "Seto"), BookingStatus.INVITED)
        from ocse_planner.db.models import Series
        from sqlalchemy import select
        series_id = session.scalars(select(Series.id).where(Series.year == 2023)).one()
    with demo_db.read() as session:
        soon = find_conflicts(session, series_id, now=datetime(2022, 5, 25, tzinfo=UTC))
        later = find_conflicts(session, series_id, now=datetime(2022, 4, 1, tzinfo=UTC))
    assert [f.kind for f in soon] == [ConflictKind.UNCONFIRMED]
    assert later == []


def test_agenda_overrun_and_item_outside_webinar(demo_db):
    with demo_db.write() as session:
        add_series_with_webinar(session, "2022-06-01T13:00", duration=60, talks=4)
        from ocse_planner.db.models import Series
        from sqlalchemy import select
        series_id = session.scalars(select(Series.id).where(Series.year == 2023)).one()
    with demo_db.read() as session:
        kinds = [f.kind for f in find_conflicts(session, series_id)]
    # Talks run 13:10-14:30 in a 13:00-14:00 webinar: talk 4 starts at 14:10.
    assert kinds.count(ConflictKind.OUTSIDE_WEBINAR) == 1
    assert kinds.count(ConflictKind.AGENDA_OVERRUN) == 1
