"""Conflict rules an organizer relies on, each at its boundary.

Every situation is built from scratch in an empty planner file, so the figures in the
assertions can be read off the setup: series "A" (checked) and "B" (elsewhere), webinars at
a chosen Toronto time, talks of chosen lengths.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from ocse_planner.db.enums import AgendaItemKind, BookingStatus, WebinarStatus
from ocse_planner.db.models import Booking, Organization, Person, Presentation, Series, Webinar
from ocse_planner.services.conflicts import ConflictKind, Severity, find_conflicts, outside_working_hours

TORONTO = ZoneInfo("America/Toronto")


class Plan:
    """A tiny planner file: series, webinars with talks, people and their bookings."""

    def __init__(self, session) -> None:
        self.s = session
        self.series: dict[str, Series] = {}

    def series_id(self, title: str) -> int:
        if title not in self.series:
            self.series[title] = Series(title=title, year=2023, time_zone="America/Toronto")
            self.s.add(self.series[title])
            self.s.flush()
        return self.series[title].id

    def webinar(self, series: str, number: int, local_start: str | None, talks: list[int], *,
                duration: int = 120, status: WebinarStatus = WebinarStatus.SCHEDULED,
                kinds: list[AgendaItemKind] | None = None) -> list[Presentation]:
        """A webinar whose talks (minutes each) follow one another from its start."""
        webinar = Webinar(
            series_id=self.series_id(series), number=number, title=f"{series} webinar {number}",
            starts_at=datetime.fromisoformat(local_start).replace(tzinfo=TORONTO) if local_start else None,
            time_zone="America/Toronto", duration_minutes=duration, status=status,
        )
        for position, minutes in enumerate(talks, start=1):
            kind = kinds[position - 1] if kinds else AgendaItemKind.PRESENTATION
            webinar.presentations.append(
                Presentation(position=position, title=f"{series}{number} talk {position}", kind=kind,
                             duration_minutes=minutes)
            )
        self.s.add(webinar)
        self.s.flush()
        return list(webinar.presentations)

    def person(self, family: str, zone: str | None = "America/Toronto") -> Person:
        person = Person(given_name="Pat", family_name=family, time_zone=zone)
        self.s.add(person)
        self.s.flush()
        return person

    def book(self, talk: Presentation, person: Person | None,
             status: BookingStatus = BookingStatus.CONFIRMED, organization: Organization | None = None) -> None:
        talk.bookings.append(Booking(person=person, organization=organization, status=status,
                                     position=len(talk.bookings) + 1))
        self.s.flush()


TIMING = (ConflictKind.AGENDA_GAP, ConflictKind.AGENDA_OVERLAP)


def conflicts(db, series: str = "A", *, timing: bool = False, **kwargs) -> list:
    """The series' findings; those about agenda timing (the talks here seldom fill their
    webinar: a gap) only when asked, the agenda timing tests have their own module."""
    with db.read() as session:
        series_id = session.query(Series.id).filter(Series.title == series).scalar()
        findings = find_conflicts(session, series_id, **kwargs)
    return findings if timing else [f for f in findings if f.kind not in TIMING]


def kinds(findings) -> list[ConflictKind]:
    return [f.kind for f in findings]


# --- double bookings and their series --------------------------------------------------------


def test_a_double_booking_entirely_in_another_series_is_not_reported_for_this_one(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        kim = plan.person("Kim")
        (a_talk,) = plan.webinar("A", 1, "2023-01-24T13:00", [20])
        b_first = plan.webinar("B", 1, "2023-05-02T13:00", [20])[0]
        b_second = plan.webinar("B", 2, "2023-05-02T13:10", [20])[0]
        for talk in (a_talk, b_first, b_second):
            plan.book(talk, kim)
    assert kinds(conflicts(empty_db, "A")) == []
    (finding,) = conflicts(empty_db, "B")
    assert finding.kind is ConflictKind.DOUBLE_BOOKED
    assert finding.presentation_ids == (b_first.id, b_second.id)
    assert "“B1 talk 1” (webinar 1, 2023-05-02 1:00 p.m. – 1:20 p.m. EDT" in finding.message  # same series


def test_a_double_booking_across_two_series_is_reported_in_both_naming_the_other(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        kim = plan.person("Kim")
        a_talk = plan.webinar("A", 1, "2023-01-24T13:00", [30])[0]
        b_talk = plan.webinar("B", 4, "2023-01-24T13:20", [30])[0]
        plan.book(a_talk, kim)
        plan.book(b_talk, kim, BookingStatus.INVITED)
    (in_a,) = conflicts(empty_db, "A")
    (in_b,) = conflicts(empty_db, "B")
    assert in_a.kind is in_b.kind is ConflictKind.DOUBLE_BOOKED
    assert in_a.severity is Severity.ERROR
    assert in_a.message == (
        "Pat Kim is booked in overlapping presentations: “A1 talk 1” (webinar 1 of “A”, "
        "2023-01-24 1:00 p.m. – 1:30 p.m. EST, also their time) and “B4 talk 1” (webinar 4 of “B”, "
        "2023-01-24 1:20 p.m. – 1:50 p.m. EST, also their time)."
    )
    assert set(in_a.webinar_ids) == {a_talk.webinar_id, b_talk.webinar_id}
    assert in_a.person_ids == (kim.id,) and in_a.person_names == ("Pat Kim",)


def test_cancelled_webinars_and_bookings_that_hold_no_time_are_ignored(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        kim = plan.person("Kim")
        a_talk = plan.webinar("A", 1, "2023-01-24T13:00", [30])[0]
        cancelled = plan.webinar("B", 1, "2023-01-24T13:00", [30], status=WebinarStatus.CANCELLED)[0]
        declined = plan.webinar("B", 2, "2023-01-24T13:00", [30])[0]
        plan.book(a_talk, kim)
        plan.book(cancelled, kim)
        plan.book(declined, kim, BookingStatus.DECLINED)
    assert conflicts(empty_db, "A") == []


# --- webinars without a date ---------------------------------------------------------------


def test_a_webinar_with_no_date_is_reported_as_not_scheduled(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        plan.webinar("A", 1, "2023-01-24T13:00", [20])
        undated = plan.webinar("A", 2, None, [20])[0]
        plan.webinar("A", 3, None, [20], status=WebinarStatus.CANCELLED)
    (finding,) = conflicts(empty_db)
    assert finding.kind is ConflictKind.NOT_SCHEDULED
    assert finding.severity is Severity.WARNING
    assert finding.webinar_ids == (undated.webinar_id,)
    assert finding.message.startswith("Webinar 2 has no date yet")


def test_the_agenda_of_a_webinar_with_no_date_is_still_checked_against_its_length(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        talks = plan.webinar("A", 1, None, [40, 50, 40], duration=90)
    findings = conflicts(empty_db)
    assert kinds(findings) == [ConflictKind.OUTSIDE_WEBINAR, ConflictKind.AGENDA_OVERRUN,
                               ConflictKind.NOT_SCHEDULED]
    outside, overrun, _ = findings
    # The third talk starts at minute 90 of 90; the second ends exactly at the end.
    assert outside.presentation_ids == (talks[2].id,)
    assert overrun.message == ("The agenda of webinar 1 runs 40 minutes past its end "
                               "(90 minutes, no date yet).")
    assert overrun.presentation_ids == (talks[2].id,)


def test_an_item_starting_exactly_at_the_end_falls_outside_the_webinar(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        talks = plan.webinar("A", 1, "2023-01-24T13:00", [30, 30, 10], duration=60)
    findings = conflicts(empty_db)
    assert kinds(findings) == [ConflictKind.OUTSIDE_WEBINAR, ConflictKind.AGENDA_OVERRUN]
    outside, overrun = findings
    assert outside.presentation_ids == (talks[2].id,)
    assert outside.message == ("“A1 talk 3” (2023-01-24 2:00 p.m. – 2:10 p.m. EST) falls outside webinar 1 "
                               "(2023-01-24 1:00 p.m. – 2:00 p.m. EST).")
    assert overrun.message == ("The agenda of webinar 1 runs 10 minutes past its end "
                               "(2023-01-24 1:00 p.m. – 2:00 p.m. EST).")


def test_an_undated_item_outside_the_webinar_is_named_by_its_minutes(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        talks = plan.webinar("A", 1, None, [60, 15], duration=60)
    outside = next(f for f in conflicts(empty_db) if f.kind is ConflictKind.OUTSIDE_WEBINAR)
    assert outside.presentation_ids == (talks[1].id,)
    assert outside.message == "“A1 talk 2” (minutes 60–75) falls outside webinar 1 (60 minutes, no date yet)."


def test_an_agenda_that_ends_exactly_at_the_end_fits(empty_db):
    with empty_db.write() as s:
        Plan(s).webinar("A", 1, "2023-01-24T13:00", [30, 30], duration=60)
    assert conflicts(empty_db) == []


def test_an_overrun_points_to_every_item_that_runs_past_the_end(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        talks = plan.webinar("A", 1, "2023-01-24T13:00", [50, 20, 30], duration=60)
        # A fourth item planned at minute 10 (parallel session) ends well inside.
        s.add(Presentation(webinar_id=talks[0].webinar_id, position=4, title="Side room",
                           start_offset_minutes=10, duration_minutes=20))
    overrun = next(f for f in conflicts(empty_db) if f.kind is ConflictKind.AGENDA_OVERRUN)
    assert overrun.presentation_ids == (talks[1].id, talks[2].id)
    assert "runs 40 minutes past its end" in overrun.message


# --- working hours -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("local_start", "minutes", "outside"),
    [
        ("08:00", 20, False),  # starts on the hour: fine
        ("07:59", 20, True),
        ("17:40", 20, False),  # ends exactly at 18:00: fine
        ("17:41", 20, True),
        ("12:00", 600, True),  # runs past 18:00
    ],
)
def test_working_hours_are_08_to_18_in_the_presenters_zone(local_start, minutes, outside):
    zone = "America/Vancouver"
    start = datetime.fromisoformat(f"2023-03-07T{local_start}").replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)
    assert outside_working_hours(start, start + timedelta(minutes=minutes), zone) is outside


def test_a_talk_after_six_in_the_presenters_zone_is_a_warning_with_both_times(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        talk = plan.webinar("A", 1, "2023-01-24T13:00", [20])[0]
        paris = plan.person("Dupont", "Europe/Paris")
        toronto = plan.person("Tremblay")
        plan.book(talk, paris)
        plan.book(talk, toronto)
    (finding,) = conflicts(empty_db)
    assert finding.kind is ConflictKind.OUTSIDE_WORKING_HOURS and finding.severity is Severity.WARNING
    assert finding.person_names == ("Pat Dupont",)
    assert finding.message == ("“A1 talk 1” is outside 8:00 a.m. – 6:00 p.m. for Pat Dupont: "
                               "2023-01-24 7:00 p.m. – 7:20 p.m. CET their time "
                               "(2023-01-24 1:00 p.m. – 1:20 p.m. EST webinar 1's time).")


def test_a_presenter_without_a_zone_is_checked_in_the_webinars_zone(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        talk = plan.webinar("A", 1, "2023-01-24T18:00", [20])[0]
        plan.book(talk, plan.person("Nozone", None))
    (finding,) = conflicts(empty_db)
    assert finding.kind is ConflictKind.OUTSIDE_WORKING_HOURS
    assert "6:00 p.m. – 6:20 p.m. EST their time" in finding.message


# --- presentations without a confirmed presenter -----------------------------------------------

START = datetime(2023, 1, 24, 18, 0, tzinfo=UTC)  # 13:00 Toronto


def _unconfirmed_plan(db) -> list[Presentation]:
    with db.write() as s:
        plan = Plan(s)
        talks = plan.webinar("A", 1, "2023-01-24T13:00", [20, 20, 20, 10],
                             kinds=[AgendaItemKind.PRESENTATION] * 3 + [AgendaItemKind.QA])
        kim, lee = plan.person("Kim"), plan.person("Lee")
        plan.book(talks[0], kim, BookingStatus.CONFIRMED)
        plan.book(talks[1], lee, BookingStatus.INVITED)
        plan.book(talks[1], kim, BookingStatus.DECLINED)
        # talks[2] has nobody; talks[3] is the Q&A, which needs nobody.
    return talks


@pytest.mark.parametrize(
    ("before", "warned"),
    [
        (timedelta(days=14), True),  # exactly N days before: warned
        (timedelta(days=14, minutes=1), False),
        (timedelta(minutes=1), True),
        (timedelta(0), False),  # the webinar has started
        (-timedelta(days=1), False),  # and is over
    ],
)
def test_unconfirmed_presentations_are_warned_about_within_n_days(empty_db, before, warned):
    _unconfirmed_plan(empty_db)
    found = [f for f in conflicts(empty_db, now=START - before) if f.kind is ConflictKind.UNCONFIRMED]
    assert bool(found) is warned


def test_the_unconfirmed_warning_names_each_presentation_and_who_is_pending(empty_db):
    talks = _unconfirmed_plan(empty_db)
    findings = conflicts(empty_db, now=START - timedelta(days=3, hours=2), unconfirmed_days=5)
    assert kinds(findings) == [ConflictKind.UNCONFIRMED, ConflictKind.UNCONFIRMED]
    pending, empty = findings
    assert pending.presentation_ids == (talks[1].id,)
    assert pending.person_names == ("Pat Lee", "Pat Kim")
    assert pending.message == ("“A1 talk 2” (webinar 1, 2023-01-24 1:20 p.m. – 1:40 p.m. EST) has no confirmed "
                               "presenter and the webinar is in 3 day(s).")
    assert empty.presentation_ids == (talks[2].id,) and empty.person_names == ()
    assert conflicts(empty_db, now=START - timedelta(days=6), unconfirmed_days=5) == []


def test_an_organization_presenting_as_a_body_is_named_without_a_person(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        talk = plan.webinar("A", 1, "2023-01-24T13:00", [20])[0]
        rcmp = Organization(name="Royal Canadian Mounted Police", acronym="RCMP")
        s.add(rcmp)
        plan.book(talk, None, BookingStatus.INVITED, organization=rcmp)
    (finding,) = conflicts(empty_db, now=START - timedelta(days=1))
    assert finding.person_ids == ()
    assert finding.person_names == ("Royal Canadian Mounted Police (RCMP)",)


def test_errors_come_before_warnings(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        plan.webinar("A", 1, None, [20])  # warning: not scheduled
        plan.webinar("A", 2, "2023-01-24T13:00", [90], duration=60)  # error: overrun
    assert [f.severity for f in conflicts(empty_db)] == [Severity.ERROR, Severity.WARNING]


def test_findings_of_one_kind_follow_the_webinar_numbers(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        for number in (3, 1, 2):  # stored out of order
            plan.webinar("A", number, None, [10])
    assert [f.message[:9] for f in conflicts(empty_db)] == ["Webinar 1", "Webinar 2", "Webinar 3"]


# --- availability --------------------------------------------------------------------------------


def _windows(db, person: Person, *windows: tuple) -> None:
    from ocse_planner.db.models import Availability

    with db.write() as s:
        for kind, first, last, daily in windows:
            s.add(Availability(person_id=person.id, kind=kind, start_date=first, end_date=last,
                               daily_start=daily[0] if daily else None, daily_end=daily[1] if daily else None))


def test_a_booking_in_an_unavailable_window_is_an_error_naming_the_window(empty_db):
    from datetime import date, time

    from ocse_planner.db.enums import AvailabilityKind

    with empty_db.write() as s:
        plan = Plan(s)
        talk = plan.webinar("A", 1, "2023-01-24T13:00", [20])[0]
        kim = plan.person("Kim", "America/Vancouver")
        plan.book(talk, kim)
    _windows(empty_db, kim, (AvailabilityKind.UNAVAILABLE, date(2023, 1, 23), date(2023, 1, 27), (time(9), time(11))))
    (finding,) = conflicts(empty_db)
    assert (finding.severity, finding.kind) == (Severity.ERROR, ConflictKind.UNAVAILABLE)
    assert finding.message == (
        "Pat Kim is unavailable 2023-01-23 – 2023-01-27, 9:00 a.m. – 11:00 a.m. (their zone) "
        "but is booked for “A1 talk 1” "
        "(webinar 1, 2023-01-24 1:00 p.m. – 1:20 p.m. EST; 2023-01-24 10:00 a.m. – 10:20 a.m. PST their time).")
    assert (finding.webinar_ids, finding.presentation_ids, finding.person_ids, finding.person_names) == (
        (talk.webinar_id,), (talk.id,), (kim.id,), ("Pat Kim",))


def test_a_booking_outside_every_available_window_is_a_warning(empty_db):
    from datetime import date

    from ocse_planner.db.enums import AvailabilityKind

    with empty_db.write() as s:
        plan = Plan(s)
        talk = plan.webinar("A", 1, "2023-01-24T13:00", [20])[0]
        lee = plan.person("Lee")
        plan.book(talk, lee, BookingStatus.INVITED)
    _windows(empty_db, lee, (AvailabilityKind.AVAILABLE, date(2023, 2, 1), date(2023, 2, 28), None))
    (finding,) = conflicts(empty_db)
    assert (finding.severity, finding.kind) == (Severity.WARNING, ConflictKind.OUTSIDE_AVAILABLE)
    assert finding.message == (
        "Pat Lee is booked outside every window they said they are available but is booked for “A1 talk 1” "
        "(webinar 1, 2023-01-24 1:00 p.m. – 1:20 p.m. EST, also their time).")
    assert (finding.webinar_ids, finding.presentation_ids, finding.person_ids, finding.person_names) == (
        (talk.webinar_id,), (talk.id,), (lee.id,), ("Pat Lee",))


def test_local_ranges_name_the_end_day_and_zone_when_they_differ():
    from ocse_planner.services.conflicts import local_range

    start = datetime(2023, 1, 25, 4, 50, tzinfo=UTC)  # 23:50 in Toronto
    assert local_range(start, start + timedelta(minutes=20), "America/Toronto") == (
        "2023-01-24 11:50 p.m. EST – 2023-01-25 12:10 a.m. EST")
    assert local_range(start, start + timedelta(minutes=5), "America/Toronto") == (
        "2023-01-24 11:50 p.m. – 11:55 p.m. EST")
    # Clocks go forward at 02:00 on 2023-03-12: a range across it names each end's zone.
    before = datetime(2023, 3, 12, 6, 30, tzinfo=UTC)  # 01:30 EST
    assert local_range(before, before + timedelta(hours=1), "America/Toronto") == (
        "2023-03-12 1:30 a.m. EST – 3:30 a.m. EDT")


def test_every_finding_points_to_its_webinar_talk_and_people(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        talks = plan.webinar("A", 1, "2023-01-24T13:00", [10, 20, 40], duration=60,
                             kinds=[AgendaItemKind.BREAK, AgendaItemKind.PRESENTATION, AgendaItemKind.PRESENTATION])
        paris = plan.person("Dupont", "Europe/Paris")
        plan.book(talks[1], paris, BookingStatus.INVITED)
    findings = {f.kind: f for f in conflicts(empty_db, now=START - timedelta(days=1))}
    assert set(findings) == {ConflictKind.AGENDA_OVERRUN, ConflictKind.OUTSIDE_WORKING_HOURS,
                             ConflictKind.UNCONFIRMED}
    webinar = (talks[0].webinar_id,)
    overrun = findings[ConflictKind.AGENDA_OVERRUN]
    assert (overrun.webinar_ids, overrun.presentation_ids, overrun.person_ids) == (webinar, (talks[2].id,), ())
    late = findings[ConflictKind.OUTSIDE_WORKING_HOURS]
    assert (late.webinar_ids, late.presentation_ids, late.person_ids, late.person_names) == (
        webinar, (talks[1].id,), (paris.id,), ("Pat Dupont",))
    assert late.severity is Severity.WARNING
    unconfirmed = [f for f in conflicts(empty_db, now=START - timedelta(days=1))
                   if f.kind is ConflictKind.UNCONFIRMED]
    # The break before them needs nobody; both talks after it are reported.
    assert [f.presentation_ids for f in unconfirmed] == [(talks[1].id,), (talks[2].id,)]
    first = unconfirmed[0]
    assert (first.severity, first.webinar_ids, first.person_ids, first.person_names) == (
        Severity.WARNING, webinar, (paris.id,), ("Pat Dupont",))


def test_an_item_outside_the_webinar_points_to_its_webinar(empty_db):
    with empty_db.write() as s:
        talks = Plan(s).webinar("A", 1, "2023-01-24T13:00", [60, 10], duration=60)
    outside = next(f for f in conflicts(empty_db) if f.kind is ConflictKind.OUTSIDE_WEBINAR)
    assert (outside.webinar_ids, outside.severity) == ((talks[0].webinar_id,), Severity.ERROR)


def test_a_clash_elsewhere_earlier_in_the_day_does_not_hide_one_in_this_series(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        kim = plan.person("Kim")
        b_first = plan.webinar("B", 1, "2023-01-24T09:00", [20])[0]
        b_second = plan.webinar("B", 2, "2023-01-24T09:10", [20])[0]
        a_talk = plan.webinar("A", 1, "2023-01-24T13:00", [20])[0]
        b_third = plan.webinar("B", 3, "2023-01-24T13:10", [20])[0]
        for talk in (b_first, b_second, a_talk, b_third):
            plan.book(talk, kim)
    (finding,) = conflicts(empty_db, "A")
    assert finding.presentation_ids == (a_talk.id, b_third.id)


def test_unavailable_windows_hit_by_one_talk_are_named_in_date_order(empty_db):
    from datetime import date, time

    from ocse_planner.db.enums import AvailabilityKind

    with empty_db.write() as s:
        plan = Plan(s)
        talk = plan.webinar("A", 1, "2023-01-24T13:00", [20])[0]
        kim = plan.person("Kim")
        plan.book(talk, kim)
    _windows(empty_db, kim, (AvailabilityKind.UNAVAILABLE, date(2023, 1, 24), date(2023, 1, 24), None),  # entered first
             (AvailabilityKind.UNAVAILABLE, date(2023, 1, 2), date(2023, 1, 31), (time(12), time(14))))
    found = [f.message for f in conflicts(empty_db) if f.kind is ConflictKind.UNAVAILABLE]
    assert [m.split(" (their zone)")[0] for m in found] == [
        "Pat Kim is unavailable 2023-01-02 – 2023-01-31, 12:00 p.m. – 2:00 p.m.",
        "Pat Kim is unavailable 2023-01-24"]
    assert all("booked for “A1 talk 1”" in m for m in found)
