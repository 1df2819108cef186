"""Who holds which time: the booked slots the conflict check compares.

A slot is one person's invited or confirmed booking with its UTC start and end. Slots of
the checked series come from its loaded agendas; slots of the same people elsewhere (any
other series) are read with column queries, since across many series building ORM
objects for every presentation dominated the check's time.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ocse_planner.db.enums import BookingStatus, WebinarStatus
from ocse_planner.db.models import Booking, Person, Presentation, Series, Webinar
from ocse_planner.services.agenda import WebinarAgenda, compute_offsets
from ocse_planner.services.names import person_name

HOLDING = (BookingStatus.INVITED, BookingStatus.CONFIRMED)


@dataclass(frozen=True)
class Slot:
    """One person's booked time: what the overlap check compares."""

    booking_id: int
    person_id: int
    person: str
    person_zone: str
    presentation_id: int
    title: str
    webinar_id: int
    webinar_number: int
    series_id: int
    series_title: str
    zone: str  # the webinar's zone
    starts_at: datetime
    ends_at: datetime
    status: BookingStatus = BookingStatus.CONFIRMED
    title_fr: str = ""  # the French texts, for messages in a French interface
    series_title_fr: str = ""


def series_webinars_query():  # type: ignore[no-untyped-def]
    return select(Webinar).options(
        selectinload(Webinar.series),
        selectinload(Webinar.presentations)
        .selectinload(Presentation.bookings)
        .selectinload(Booking.person),
        selectinload(Webinar.presentations)
        .selectinload(Presentation.bookings)
        .selectinload(Booking.organization),
    )


def _slot(webinar: Webinar, booking: Booking, title: tuple[str, str], starts: datetime, ends: datetime) -> Slot:
    assert booking.person is not None
    return Slot(
        booking_id=booking.id,
        person_id=booking.person.id,
        person=person_name(booking.person),
        person_zone=booking.person.time_zone or webinar.time_zone,
        presentation_id=booking.presentation_id,
        title=title[0],
        webinar_id=webinar.id,
        webinar_number=webinar.number,
        series_id=webinar.series_id,
        series_title=webinar.series.title,
        zone=webinar.time_zone,
        starts_at=starts,
        ends_at=ends,
        status=BookingStatus(booking.status),
        title_fr=title[1],
        series_title_fr=webinar.series.title_fr or "",
    )


def own_slots(webinar: Webinar, agenda: WebinarAgenda) -> list[Slot]:
    return [
        _slot(webinar, b, (item.title, item.title_fr), item.starts_at, item.ends_at)
        for presentation, item in zip(
            sorted(webinar.presentations, key=lambda p: p.position), agenda.items, strict=True
        )
        if item.starts_at is not None and item.ends_at is not None
        for b in presentation.bookings
        if b.person is not None and b.status in HOLDING
    ]


def other_slots(session: Session, people: set[int], skip_webinars: list[int],
                statuses: tuple[BookingStatus, ...] = HOLDING) -> list[Slot]:
    """These people's slots (bookings in `statuses`) in every webinar not in `skip_webinars`."""
    if not people:
        return []
    held = session.execute(
        select(Booking.id, Booking.person_id, Booking.presentation_id, Booking.status, Presentation.webinar_id)
        .join(Presentation, Presentation.id == Booking.presentation_id)
        .join(Webinar, Webinar.id == Presentation.webinar_id)
        .where(
            Booking.person_id.in_(people),
            Booking.status.in_(statuses),
            Webinar.id.not_in(skip_webinars),
            Webinar.status != WebinarStatus.CANCELLED,
            Webinar.starts_at.is_not(None),
        )
    ).all()
    webinar_ids = {row.webinar_id for row in held}
    webinars = {
        row.id: row
        for row in session.execute(
            select(Webinar.id, Webinar.number, Webinar.series_id, Webinar.time_zone, Webinar.starts_at,
                   Series.title.label("series_title"), Series.title_fr.label("series_title_fr"))
            .join(Series, Series.id == Webinar.series_id)
            .where(Webinar.id.in_(webinar_ids))
        )
    }
    agenda: dict[int, list] = defaultdict(list)  # type: ignore[type-arg]
    for row in session.execute(
        select(Presentation.id, Presentation.webinar_id, Presentation.title, Presentation.title_fr,
               Presentation.start_offset_minutes, Presentation.duration_minutes)
        .where(Presentation.webinar_id.in_(webinar_ids))
        .order_by(Presentation.webinar_id, Presentation.position)
    ):
        agenda[row.webinar_id].append(row)
    times: dict[int, tuple[tuple[str, str], datetime, datetime]] = {}
    for webinar_id, rows in agenda.items():
        offsets = compute_offsets([(r.start_offset_minutes, r.duration_minutes) for r in rows])
        for r, offset in zip(rows, offsets, strict=True):
            start = webinars[webinar_id].starts_at + timedelta(minutes=offset)
            times[r.id] = ((r.title, r.title_fr or ""), start, start + timedelta(minutes=r.duration_minutes))
    persons = {pid: session.get(Person, pid) for pid in people}
    slots = []
    for row in held:
        webinar, person = webinars[row.webinar_id], persons[row.person_id]
        assert person is not None
        (title, title_fr), start, end = times[row.presentation_id]
        slots.append(
            Slot(
                booking_id=row.id,
                person_id=person.id,
                person=person_name(person),
                person_zone=person.time_zone or webinar.time_zone,
                presentation_id=row.presentation_id,
                title=title,
                webinar_id=webinar.id,
                webinar_number=webinar.number,
                series_id=webinar.series_id,
                series_title=webinar.series_title,
                zone=webinar.time_zone,
                starts_at=start,
                ends_at=end,
                status=BookingStatus(row.status),
                title_fr=title_fr,
                series_title_fr=webinar.series_title_fr or "",
            )
        )
    return slots
