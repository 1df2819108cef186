"""Availability windows are wall-clock hours in the person's zone, also across DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from ocse_planner.db.enums import AvailabilityKind
from ocse_planner.services.availability import Window, check_slot, window_field_problem

TORONTO = "America/Toronto"
MARCH = Window(AvailabilityKind.AVAILABLE, date(2022, 3, 1), date(2022, 3, 31), time(9), time(17))


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2022, 3, day, hour, minute, tzinfo=ZoneInfo(TORONTO)).astimezone(UTC)


def test_daily_hours_keep_their_wall_clock_meaning_across_the_clock_change():
    # 09:30 local is 14:30 UTC before 13 March and 13:30 UTC after: both fit 09:00-17:00.
    for day in (12, 14):
        start = _at(day, 9, 30)
        assert check_slot([MARCH], TORONTO, start, start + timedelta(minutes=20)) == []
    early = _at(14, 8, 30)
    issues = check_slot([MARCH], TORONTO, early, early + timedelta(minutes=20))
    assert [i.kind for i in issues] == [AvailabilityKind.AVAILABLE]


def test_window_in_its_own_zone_overrides_the_persons():
    paris = Window(AvailabilityKind.UNAVAILABLE, date(2022, 3, 14), date(2022, 3, 14),
                   time(14), time(15), time_zone="Europe/Paris")
    start = _at(14, 9, 30)  # 14:30 in Paris
    assert [i.kind for i in check_slot([paris], TORONTO, start, start + timedelta(minutes=20))] == [
        AvailabilityKind.UNAVAILABLE
    ]


@given(st.integers(0, 23 * 60), st.integers(1, 240), st.integers(1, 28))
def test_unavailable_whole_day_hits_exactly_the_slots_touching_it(minute, length, day):
    window = Window(AvailabilityKind.UNAVAILABLE, date(2022, 3, 13), date(2022, 3, 13))
    start = datetime(2022, 3, day, tzinfo=ZoneInfo(TORONTO)).astimezone(UTC) + timedelta(minutes=minute)
    end = start + timedelta(minutes=length)
    day_start = datetime(2022, 3, 13, tzinfo=ZoneInfo(TORONTO))
    day_end = datetime(2022, 3, 14, tzinfo=ZoneInfo(TORONTO))  # 23 real hours later
    hit = start < day_end and day_start < end
    assert bool(check_slot([window], TORONTO, start, end)) == hit


def _problem(window: Window) -> tuple[str, str] | None:
    problem = window_field_problem(window)
    return None if problem is None else (problem.field, problem.message())


def test_window_problems_are_explained():
    assert _problem(MARCH) is None
    assert _problem(Window(AvailabilityKind.AVAILABLE, date(2022, 3, 2), date(2022, 3, 1))) == (
        "end_date", "The window ends on 2022-03-01, before it starts on 2022-03-02.")
    assert _problem(Window(AvailabilityKind.AVAILABLE, date(2022, 3, 1), date(2022, 3, 1), time(10), time(9))) == (
        "daily_end", "The daily hours must end after they start: from 10:00 a.m. to 9:00 a.m.")
    assert _problem(Window(AvailabilityKind.AVAILABLE, date(2022, 3, 1), date(2022, 3, 1), time(10), None)) == (
        "daily_end", "The window needs both daily hours (from and to) or neither.")


def test_whole_days_away_begin_and_end_at_midnight_in_the_persons_zone():
    away = Window(AvailabilityKind.UNAVAILABLE, date(2022, 3, 15), date(2022, 3, 15))
    before = _at(14, 23, 30)  # 03:30 UTC on the 15th, still the 14th in Toronto
    first = _at(15, 0, 0)
    last = _at(15, 23, 40)
    after = _at(16, 0, 0)
    assert check_slot([away], TORONTO, before, before + timedelta(minutes=30)) == []
    assert check_slot([away], TORONTO, after, after + timedelta(minutes=30)) == []
    for start in (first, last):
        assert [i.kind for i in check_slot([away], TORONTO, start, start + timedelta(minutes=20))] == [
            AvailabilityKind.UNAVAILABLE]
