"""Availability windows: when a person can or cannot present, in their own time zone.

A window covers whole days from `start_date` to `end_date` (inclusive) or, with daily
hours, those hours on each of those days. Times are the person's wall-clock times, so a
window "09:00–17:00" keeps meaning 9 to 5 across a daylight-saving change; instants are
computed per day with zoneinfo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocse_planner.db.enums import AvailabilityKind
from ocse_planner.db.models import Availability
from ocse_planner.services.errors import FieldProblem
from ocse_planner.services.time_format import time_of_day


@dataclass(frozen=True)
class Window:
    kind: AvailabilityKind
    start_date: date
    end_date: date
    daily_start: time | None = None
    daily_end: time | None = None
    note: str = ""
    time_zone: str | None = None  # None: the person's own zone
    id: int | None = field(default=None, compare=False)  # stored row; None until saved

    def describe(self) -> str:
        """"2022-01-24 – 2022-01-28, 9:00 a.m. – 12:00 p.m." for messages."""
        days = (
            self.start_date.isoformat()
            if self.start_date == self.end_date
            else f"{self.start_date.isoformat()} – {self.end_date.isoformat()}"
        )
        if self.daily_start is not None and self.daily_end is not None:
            return f"{days}, {time_of_day(self.daily_start)} – {time_of_day(self.daily_end)}"
        return days


def window_field_problem(window: Window) -> FieldProblem | None:
    """Why a window cannot be stored, or None when it is fine.

    The problem's field ("end_date", "daily_start", "daily_end") lets a form put the
    cursor where the mistake is; the zone is checked by the caller, which knows the zone list.
    """
    if window.end_date < window.start_date:
        return FieldProblem("The window ends on {end}, before it starts on {start}.", field="end_date",
                            end=window.end_date.isoformat(), start=window.start_date.isoformat())
    if (window.daily_start is None) != (window.daily_end is None):
        return FieldProblem("The window needs both daily hours (from and to) or neither.",
                            field="daily_start" if window.daily_start is None else "daily_end")
    if window.daily_start is not None and window.daily_end is not None:
        if window.daily_end <= window.daily_start:
            # The times last: a sentence ending in "a.m." needs no second full stop.
            return FieldProblem("The daily hours must end after they start: from {start} to {end}",
                                field="daily_end", end=time_of_day(window.daily_end),
                                start=time_of_day(window.daily_start))
    return None


def _instant(day: date, clock: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def window_intervals(
    window: Window, zone: str, start: datetime, end: datetime
) -> list[tuple[datetime, datetime]]:
    """The UTC intervals of `window` that lie near [start, end); `zone` is the person's."""
    tz = ZoneInfo(window.time_zone or zone)
    if window.daily_start is None or window.daily_end is None:
        return [
            (
                _instant(window.start_date, time(0), tz),
                _instant(window.end_date + timedelta(days=1), time(0), tz),
            )
        ]
    first = max(window.start_date, start.astimezone(tz).date() - timedelta(days=1))
    last = min(window.end_date, end.astimezone(tz).date() + timedelta(days=1))
    intervals = []
    day = first
    while day <= last:
        intervals.append((_instant(day, window.daily_start, tz), _instant(day, window.daily_end, tz)))
        day += timedelta(days=1)
    return intervals


@dataclass(frozen=True)
class AvailabilityIssue:
    kind: AvailabilityKind  # UNAVAILABLE: inside such a window; AVAILABLE: outside all of them
    window: Window | None


def check_slot(windows: list[Window], zone: str, start: datetime, end: datetime) -> list[AvailabilityIssue]:
    """Problems with booking someone for [start, end) given their windows.

    The slot must not touch any unavailable window and, when the person gave available
    windows at all, must lie entirely inside one of them.
    """
    issues: list[AvailabilityIssue] = []
    for window in windows:
        if window.kind == AvailabilityKind.UNAVAILABLE and any(
            s < end and start < e for s, e in window_intervals(window, zone, start, end)
        ):
            issues.append(AvailabilityIssue(AvailabilityKind.UNAVAILABLE, window))
    available = [w for w in windows if w.kind == AvailabilityKind.AVAILABLE]
    if available and not any(
        s <= start and end <= e
        for w in available
        for s, e in window_intervals(w, zone, start, end)
    ):
        issues.append(AvailabilityIssue(AvailabilityKind.AVAILABLE, None))
    return issues


def window_from_record(record: Availability) -> Window:
    return Window(
        kind=record.kind,
        start_date=record.start_date,
        end_date=record.end_date,
        daily_start=record.daily_start,
        daily_end=record.daily_end,
        note=record.note or "",
        time_zone=record.time_zone,
        id=record.id,
    )


def windows_by_person(session: Session, person_ids: set[int]) -> dict[int, list[Window]]:
    result: dict[int, list[Window]] = {}
    if not person_ids:
        return result
    stmt = (
        select(Availability)
        .where(Availability.person_id.in_(person_ids))
        .order_by(Availability.start_date, Availability.id)
    )
    for record in session.scalars(stmt):
        result.setdefault(record.person_id, []).append(window_from_record(record))
    return result
