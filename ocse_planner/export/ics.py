"""Calendar files (RFC 5545) for a webinar, a whole series, or one presenter's slots.

What the events say comes from services/calendar.py (stable UIDs, growing sequences,
the public credit rule); this module only writes them. Times carry their IANA zone with a
VTIMEZONE block generated from zoneinfo, so clients in other zones convert correctly.

A local time that happens twice (the hour the clocks go back) cannot be written with a
zone: RFC 5545 reads it as the first occurrence, so an event starting at 01:30 EDT and
ending at 01:30 EST would end as it starts, and one ending at 01:10 EST before it starts.
Such a time is written in UTC instead, which every client reads as the same instant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText
from sqlalchemy.orm import Session

from ocse_planner import __version__
from ocse_planner.export.wording import ENGLISH_ONLY, DocumentLanguage
from ocse_planner.services import calendar as calendar_service
from ocse_planner.services.calendar import CalendarContent, CalendarEvent
from ocse_planner.services.local_time import occurrences
from ocse_planner.services.text import LINE_BREAKS, for_ics

PRODID = f"-//OCSE Planner//ocse-planner {__version__}//EN"


class _Text(vText):
    """A TEXT value escaped exactly as RFC 5545 says (3.3.11) and nothing more.

    icalendar's own escaping first turns a literal backslash-N into a line break, so a
    title holding "\\N" would not read back as written; the writer folds the line.
    """

    def to_ical(self) -> bytes:
        text = (for_ics(str(self)).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\n", "\\n"))
        return text.encode(self.encoding)


def _text(value: str) -> _Text:
    return _Text(for_ics(value))


def calendar_time(instant: datetime, zone: str) -> datetime:
    """The value to write for `instant`: local time with its zone, or UTC when the local
    time happens twice that day (a zone-qualified one would be read as the first)."""
    local = instant.astimezone(ZoneInfo(zone))
    if occurrences(local.date(), local.time().replace(tzinfo=None, fold=0), zone).ambiguous:
        return instant.astimezone(UTC)
    return local


def _event(item: CalendarEvent, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", calendar_time(item.starts_at, item.time_zone))
    event.add("dtend", calendar_time(item.ends_at, item.time_zone))
    event.add("summary", _text(item.summary))
    if item.description:
        event.add("description", _text("\n".join(item.description)))
    if item.location:
        event.add("location", _text(item.location))
    event.add("sequence", item.sequence)
    event.add("last-modified", item.last_modified)
    event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED" if item.confirmed else "TENTATIVE")
    return event


def _address(name: str, email: str, **parameters: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    if name:
        address.params["cn"] = LINE_BREAKS.sub(" ", for_ics(name)).replace('"', "'")
    address.params.update(parameters)
    return address


@dataclass(frozen=True)
class Scheduling:
    """An iTIP message (RFC 5546) rather than a published calendar: an invitation or a
    cancellation from the organizer to one attendee."""

    method: str  # "REQUEST" or "CANCEL"
    organizer: tuple[str, str] | None  # (name, e-mail); None when the organizer has none
    attendee: tuple[str, str]


def calendar_bytes(content: CalendarContent, scheduling: Scheduling | None = None) -> bytes:
    """The .ics file for `content`, with VTIMEZONE blocks covering the events' years
    (not 1970–2038: files stay small); with `scheduling`, an invitation or cancellation
    naming the organizer and the attendee."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", scheduling.method if scheduling else "PUBLISH")
    cal.add("x-wr-calname", _text(content.name))
    for item in content.events:
        event = _event(item, content.stamp)
        if scheduling is not None:
            if scheduling.organizer is not None:
                event.add("organizer", _address(*scheduling.organizer))
            event.add("attendee", _address(*scheduling.attendee, role="REQ-PARTICIPANT",
                                           partstat="NEEDS-ACTION", rsvp="TRUE"))
        cal.add_component(event)
    years = [e.starts_at.year for e in content.events]
    if years:
        cal.add_missing_timezones(date(min(years) - 1, 1, 1), date(max(years) + 2, 1, 1))
    return cal.to_ical()


def series_calendar(session: Session, series_id: int, *, webinar_number: int | None = None,
                    now: datetime | None = None, languages: DocumentLanguage = ENGLISH_ONLY) -> bytes:
    """All presentations of a series, or of its webinar `webinar_number`, in `languages`."""
    return calendar_bytes(calendar_service.series_calendar(session, series_id, webinar_number=webinar_number, now=now,
                                                           languages=languages.editions))


def webinar_calendar(session: Session, webinar_id: int, *, now: datetime | None = None,
                     languages: DocumentLanguage = ENGLISH_ONLY) -> bytes:
    return calendar_bytes(calendar_service.webinar_calendar(session, webinar_id, now=now,
                                                            languages=languages.editions))


def presenter_calendar(session: Session, series_id: int, person_id: int, *, now: datetime | None = None,
                       languages: DocumentLanguage = ENGLISH_ONLY) -> bytes:
    """One presenter's slots in a series (declined and withdrawn bookings left out)."""
    return calendar_bytes(calendar_service.presenter_calendar(session, series_id, person_id, now=now,
                                                              languages=languages.editions))
