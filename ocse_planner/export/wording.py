"""How exported files write dates, times, zones and statuses (in English, without Qt).

Exports are documents for partners, not the app's own screens, so they do not follow the
desktop's locale; one module keeps their wording consistent and is the place a French
variant would start from.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from ocse_planner.services.vocabulary import english

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


def clock(moment: datetime | None, zone: str) -> str:
    return f"{local(moment, zone):%H:%M}" if moment else ""


def zone_abbreviation(moment: datetime, zone: str) -> str:
    return local(moment, zone).tzname() or zone


def time_range(start: datetime | None, minutes: int, zone: str) -> str:
    """"13:00–15:00 EST"."""
    if start is None:
        return "Time to be set"
    end = start + timedelta(minutes=minutes)
    return f"{clock(start, zone)}–{clock(end, zone)} {zone_abbreviation(start, zone)}"


def time_with_pacific(start: datetime | None, minutes: int, zone: str) -> str:
    """"13:00–15:00 EST (10:00–12:00 PST)": Eastern, and Pacific beside it for the West."""
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
