"""Turning a date and a wall-clock time in a zone into an instant, daylight saving included.

Twice a year a zone's clock skips an hour or repeats one. In Toronto, 02:30 on the
spring-forward Sunday never happens (the clock goes from 01:59 EST to 03:00 EDT); 01:30
on the fall-back Sunday happens twice (first EDT, then an hour later EST). Python's
zoneinfo silently maps a skipped time to another one and picks the first of two by its
`fold` attribute, so a form that combined date and time directly would store an instant
the organizer never typed. Here a skipped time is refused by name, and a repeated time is
the first occurrence unless the second is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from ocse_planner.services.errors import ValidationError
from ocse_planner.services.time_format import time_of_day, zone_abbreviation


def nonexistent_time(day: date, clock: time, zone: str, *, field: str = "start_time") -> ValidationError:
    """The error for a wall-clock time that a daylight-saving change skips on that day."""
    return ValidationError("{time} does not exist on {date} in {zone}: the clocks go forward that night. "
                           "Choose a time before or after the change.",
                           field=field, time=time_of_day(clock), date=day.isoformat(), zone=zone)


@dataclass(frozen=True)
class Occurrences:
    """The instants (UTC) a local date and time stand for: none, one or two."""

    day: date
    clock: time
    zone: str
    instants: tuple[datetime, ...]

    @property
    def exists(self) -> bool:
        return bool(self.instants)

    @property
    def ambiguous(self) -> bool:
        return len(self.instants) == 2

    def labels(self) -> tuple[str, ...]:
        """"1:30 a.m. EDT" and "1:30 a.m. EST" for the two occurrences of an ambiguous time."""
        return tuple(f"{time_of_day(self.clock)} {zone_abbreviation(i, self.zone)}" for i in self.instants)


def occurrences(day: date, clock: time, zone: str) -> Occurrences:
    tz = ZoneInfo(zone)
    naive = datetime.combine(day, clock.replace(tzinfo=None, fold=0))
    found: list[datetime] = []
    for fold in (0, 1):
        instant = naive.replace(tzinfo=tz, fold=fold).astimezone(UTC)
        if instant.astimezone(tz).replace(tzinfo=None) == naive and instant not in found:
            found.append(instant)
    return Occurrences(day, clock, zone, tuple(sorted(found)))


def local_instant(day: date, clock: time, zone: str, *, second: bool = False) -> datetime:
    """The UTC instant of `clock` on `day` in `zone`: the first occurrence of a repeated
    time unless `second`; a ValidationError (see `nonexistent_time`) for a skipped one."""
    found = occurrences(day, clock, zone)
    if not found.exists:
        raise nonexistent_time(day, clock, zone)
    return found.instants[1] if second and found.ambiguous else found.instants[0]


def is_second_occurrence(moment: datetime, zone: str) -> bool:
    """Whether `moment` is the later of two instants sharing its wall-clock time in `zone`."""
    shown = moment.astimezone(ZoneInfo(zone))
    found = occurrences(shown.date(), shown.time().replace(tzinfo=None), zone)
    return found.ambiguous and moment.astimezone(UTC) == found.instants[1]
