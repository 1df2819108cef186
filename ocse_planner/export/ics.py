"""Calendar files (RFC 5545) for a webinar, a whole series, or one presenter's slots.

UIDs are built from record ids plus a namespace derived from the series (its id and
creation instant), so re-sending a file after a change updates the entries people
already imported instead of adding duplicates; SEQUENCE grows with the records'
versions so calendar clients accept the update. Times carry their IANA zone with a
VTIMEZONE block generated from zoneinfo, so clients in other zones convert correctly.

A local time that happens twice (the hour the clocks go back) cannot be written with a
zone: RFC 5545 reads it as the first occurrence, so an event starting at 01:30 EDT and
ending at 01:30 EST would end as it starts, and one ending at 01:10 EST before it starts.
Such a time is written in UTC instead, which every client reads as the same instant.

What an event says follows the public credit rule (services/credits.py): confirmed
presenters by name, others "to be confirmed", carried-over titles marked.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vText
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ocse_planner import __version__
from ocse_planner.db.enums import AgendaItemKind, BookingStatus
from ocse_planner.db.models import Booking, Person, Presentation, Series, Webinar
from ocse_planner.services.agenda import AgendaItem, agenda_from_webinar
from ocse_planner.services.credits import public_credit, public_title
from ocse_planner.services.local_time import occurrences
from ocse_planner.services.names import person_name
from ocse_planner.services.text import for_ics

PRODID = f"-//OCSE Planner//ocse-planner {__version__}//EN"
# A presenter's own calendar holds every slot they may be asked to keep free.
SHOWN = (BookingStatus.TO_INVITE, BookingStatus.INVITED, BookingStatus.CONFIRMED)


class CalendarExportError(LookupError):
    """Nothing to export as asked (unknown webinar or presenter)."""


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


def uid_namespace(series: Series) -> str:
    """Stable per series and planner file: ids alone repeat across planner files."""
    created = series.created_at.astimezone(UTC).isoformat() if series.created_at else ""
    digest = hashlib.sha256(f"{series.id}|{created}".encode()).hexdigest()[:16]
    return f"{digest}.ocse-planner"


def presentation_uid(presentation_id: int, namespace: str) -> str:
    return f"presentation-{presentation_id}@{namespace}"


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", _text(name))
    return cal


def calendar_time(instant: datetime, zone: str) -> datetime:
    """The value to write for `instant`: local time with its zone, or UTC when the local
    time happens twice that day (a zone-qualified one would be read as the first)."""
    local = instant.astimezone(ZoneInfo(zone))
    if occurrences(local.date(), local.time().replace(tzinfo=None, fold=0), zone).ambiguous:
        return instant.astimezone(UTC)
    return local


def _event(webinar: Webinar, item: AgendaItem, presentation: Presentation, namespace: str,
           stamp: datetime) -> Event | None:
    if item.starts_at is None or item.ends_at is None:
        return None
    event = Event()
    event.add("uid", presentation_uid(presentation.id, namespace))
    event.add("dtstamp", stamp)
    event.add("dtstart", calendar_time(item.starts_at, webinar.time_zone))
    event.add("dtend", calendar_time(item.ends_at, webinar.time_zone))
    title = public_title(item.title, item.placeholder)
    event.add("summary", _text(f"{title} — webinar {webinar.number}: {webinar.title}"))
    credit = public_credit(item.presenters, needs_presenter=item.kind == AgendaItemKind.PRESENTATION)
    lines = credit.lines(lambda p: p.credit)
    if webinar.link:
        lines.append(webinar.link)
    lines.extend(item.resource_links)
    if lines:
        event.add("description", _text("\n".join(lines)))
    if webinar.platform or webinar.link:
        event.add("location", _text(webinar.link or webinar.platform or ""))
    # Either record changing (a new time, a new title) must raise the sequence.
    event.add("sequence", presentation.version + webinar.version - 2)
    event.add("last-modified", max(presentation.updated_at, webinar.updated_at))
    settled = bool(credit.confirmed) and not credit.pending and not item.placeholder
    event.add("status", "CONFIRMED" if settled else "TENTATIVE")
    return event


def _finish(cal: Calendar) -> bytes:
    """Add VTIMEZONE blocks covering the events' years (not 1970–2038: files stay small)."""
    years = [e.decoded("dtstart").year for e in cal.walk("VEVENT")]
    if years:
        cal.add_missing_timezones(date(min(years) - 1, 1, 1), date(max(years) + 2, 1, 1))
    return cal.to_ical()


def _webinars(session: Session, *conditions) -> list[Webinar]:  # type: ignore[no-untyped-def]
    stmt = (
        select(Webinar)
        .where(*conditions)
        .options(
            selectinload(Webinar.series),
            selectinload(Webinar.presentations).selectinload(Presentation.bookings)
            .selectinload(Booking.person).selectinload(Person.organization),
            selectinload(Webinar.presentations).selectinload(Presentation.bookings)
            .selectinload(Booking.organization),
        )
        .order_by(Webinar.number)
    )
    return list(session.scalars(stmt))


def _add_events(cal: Calendar, webinars: list[Webinar], stamp: datetime,
                keep=lambda p: p.kind == AgendaItemKind.PRESENTATION) -> int:  # type: ignore[no-untyped-def]
    count = 0
    for webinar in webinars:
        namespace = uid_namespace(webinar.series)
        items = {i.id: i for i in agenda_from_webinar(webinar).items}
        for presentation in webinar.presentations:
            if not keep(presentation):
                continue
            event = _event(webinar, items[presentation.id], presentation, namespace, stamp)
            if event is not None:
                cal.add_component(event)
                count += 1
    return count


def series_calendar(session: Session, series_id: int, *, webinar_number: int | None = None,
                    now: datetime | None = None) -> bytes:
    """All presentations of a series, or of its webinar `webinar_number`."""
    stamp = now or datetime.now(UTC)
    conditions = [Webinar.series_id == series_id]
    if webinar_number is not None:
        conditions.append(Webinar.number == webinar_number)
    webinars = _webinars(session, *conditions)
    if not webinars:
        raise CalendarExportError(
            f"the series has no webinar {webinar_number}" if webinar_number else "the series has no webinars"
        )
    name = (
        f"Webinar {webinars[0].number}: {webinars[0].title}" if webinar_number else webinars[0].series.title
    )
    cal = _calendar(name)
    _add_events(cal, webinars, stamp)
    return _finish(cal)


def webinar_calendar(session: Session, webinar_id: int, *, now: datetime | None = None) -> bytes:
    webinar = session.get(Webinar, webinar_id)
    if webinar is None:
        raise CalendarExportError(f"no webinar with id {webinar_id}")
    return series_calendar(session, webinar.series_id, webinar_number=webinar.number, now=now)


def presenter_calendar(session: Session, series_id: int, person_id: int, *,
                       now: datetime | None = None) -> bytes:
    """One presenter's slots in a series (declined and withdrawn bookings left out)."""
    person = session.get(Person, person_id)
    if person is None:
        raise CalendarExportError(f"no person with id {person_id}")
    stamp = now or datetime.now(UTC)
    webinars = _webinars(session, Webinar.series_id == series_id)
    cal = _calendar(f"{person_name(person)} — {webinars[0].series.title}" if webinars else person_name(person))

    def booked(p: Presentation) -> bool:
        return any(b.person_id == person_id and b.status in SHOWN for b in p.bookings)

    if not _add_events(cal, webinars, stamp, keep=booked):
        raise CalendarExportError(f"{person_name(person)} has no presentation in this series")
    return _finish(cal)
