"""How exported files write dates, times, zones and statuses (in English, without Qt).

Exports are documents for partners, not the app's own screens, so they do not follow the
desktop's locale; one module keeps their wording consistent and is the place a French
variant would start from.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from ocse_planner.services import time_format
from ocse_planner.services.vocabulary import english

LANGUAGE = "en"  # exports are written in English (whatever the interface's); a French variant passes "fr"

EASTERN = "America/Toronto"
PACIFIC = "America/Vancouver"

def label(value: object) -> str:
    return english(value)


def local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone))


def long_date(moment: datetime | None, zone: str) -> str:
    """"Tuesday, January 25, 2022" in the webinar's zone; "Date to be set" without one."""
    if moment is None:
        return "Date to be set"
    d = local(moment, zone)
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def month_year(moment: datetime | None, zone: str) -> str:
    return f"{local(moment, zone):%B %Y}" if moment else "date to be set"


def clock(moment: datetime | None, zone: str, *, with_zone: bool = False) -> str:
    """"1:10 p.m." (with its zone abbreviation when asked: "1:10 p.m. EST")."""
    if moment is None:
        return ""
    if with_zone:
        return time_format.clock_with_zone(moment, zone, LANGUAGE)
    return time_format.clock(moment, zone, LANGUAGE)


def zone_abbreviation(moment: datetime, zone: str) -> str:
    return time_format.zone_abbreviation(moment, zone)


def time_range(start: datetime | None, minutes: int, zone: str) -> str:
    """"1:00 p.m. – 3:00 p.m. EST"; "1:30 a.m. EDT – 1:30 a.m. EST" across a change."""
    if start is None:
        return "Time to be set"
    start = start.astimezone(UTC)  # arithmetic on the instant, not on the wall clock
    return time_format.clock_range(start, start + timedelta(minutes=minutes), zone, LANGUAGE)


def time_with_pacific(start: datetime | None, minutes: int, zone: str) -> str:
    """"1:00 p.m. – 3:00 p.m. EST (10:00 a.m. – 12:00 p.m. PST)": Eastern, and Pacific
    beside it for the West."""
    main = time_range(start, minutes, zone)
    if start is None:
        return main
    other = EASTERN if local(start, zone).utcoffset() == local(start, PACIFIC).utcoffset() else PACIFIC
    if local(start, zone).utcoffset() == local(start, other).utcoffset():
        return main
    return f"{main} ({time_range(start, minutes, other)})"


def percent(value: float, approximate: bool = False) -> str:
    text = f"{value:.0f}%" if float(value).is_integer() else f"{value:.1f}%"
    return f"close to {text}" if approximate else text
