"""Booking presenters onto presentations and following their answers.

A booking is a person or an organization (presenting as a body) on one presentation.
Every status change is recorded as a BookingEvent, and the dates organizers ask about
("when did we invite her?", "when did he answer?") are kept on the booking itself:
inviting sets the invited date (and clears an old answer), an answer sets the answered
date, and going back to "to invite" clears both. Statuses are compared by value and
converted at the door (`BookingStatus(status)`), so a plain string from a widget or a
file behaves as the enum member does, and setting the status a booking already has
records nothing.

Before a person is booked, `overlapping_bookings` lists their other bookings (any
series) whose time overlaps the slot, so the window can ask first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ocse_planner.db.enums import BookingStatus
from ocse_planner.db.models import (
    Booking,
    BookingEvent,
    Organization,
    Person,
    Presentation,
    Webinar,
)
from ocse_planner.services.agenda import agenda_from_webinar
from ocse_planner.services.bilingual import in_interface
from ocse_planner.services.booked_slots import other_slots
from ocse_planner.services.concurrency import fetch_for_update
from ocse_planner.services.errors import ConflictError, NotFoundError
from ocse_planner.services.names import booking_presenter, organization_as_presenter, person_name
from ocse_planner.services.time_format import clock_style

ANSWERS = (BookingStatus.CONFIRMED, BookingStatus.DECLINED, BookingStatus.WITHDRAWN)


@dataclass(frozen=True)
class BookingRow:
    id: int
    version: int
    presentation_id: int
    presentation_title: str
    webinar_id: int
    webinar_number: int
    series_id: int
    person_id: int | None
    organization_id: int | None
    presenter: str
    status: BookingStatus
    status_changed_at: datetime
    invited_at: datetime | None
    responded_at: datetime | None
    note: str
    starts_at: datetime | None
    time_zone: str
    presentation_title_fr: str = ""  # "" when not translated


@dataclass(frozen=True)
class FollowUp:
    booking: BookingRow
    waiting_days: int | None  # days since the invitation; None for "to invite"


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


def _presentation(session: Session, presentation_id: int) -> Presentation:
    presentation = session.get(Presentation, presentation_id)
    if presentation is None:
        raise NotFoundError("That presentation no longer exists; reload and try again.")
    return presentation


def _set_dates(booking: Booking, status: BookingStatus, when: datetime) -> None:
    if status == BookingStatus.INVITED:
        booking.invited_at = when
        booking.responded_at = None
    elif status in ANSWERS:
        booking.responded_at = when
    elif status == BookingStatus.TO_INVITE:
        booking.invited_at = booking.responded_at = None


def _add(session: Session, presentation: Presentation, booking: Booking, status: BookingStatus | str,
         note: str, now: datetime) -> int:
    status = BookingStatus(status)
    position = session.scalar(
        select(func.coalesce(func.max(Booking.position), 0)).where(
            Booking.presentation_id == presentation.id
        )
    )
    booking.presentation_id = presentation.id
    booking.position = int(position or 0) + 1
    booking.status = status
    booking.status_changed_at = now
    booking.note = note.strip() or None
    _set_dates(booking, status, now)
    booking.events.append(BookingEvent(status=status, changed_at=now, note=booking.note))
    session.add(booking)
    session.flush()
    return booking.id


def book_person(session: Session, presentation_id: int, person_id: int,
                status: BookingStatus = BookingStatus.TO_INVITE, note: str = "",
                now: datetime | None = None) -> int:
    presentation = _presentation(session, presentation_id)
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("That person no longer exists; reload and try again.")
    if session.scalar(
        select(Booking.id).where(Booking.presentation_id == presentation_id, Booking.person_id == person_id)
    ):
        raise ConflictError("{presenter} is already booked on “{presentation}”.",
                            presenter=person_name(person),
                            presentation=in_interface(presentation.title, presentation.title_fr))
    return _add(session, presentation, Booking(person_id=person_id), status, note, _now(now))


def book_organization(session: Session, presentation_id: int, organization_id: int,
                      status: BookingStatus = BookingStatus.TO_INVITE, note: str = "",
                      now: datetime | None = None) -> int:
    presentation = _presentation(session, presentation_id)
    org = session.get(Organization, organization_id)
    if org is None:
        raise NotFoundError("That organization no longer exists; reload and try again.")
    if session.scalar(
        select(Booking.id).where(
            Booking.presentation_id == presentation_id, Booking.organization_id == organization_id
        )
    ):
        raise ConflictError("{presenter} is already booked on “{presentation}”.",
                            presenter=organization_as_presenter(org, clock_style().language, mark=False),
                            presentation=in_interface(presentation.title, presentation.title_fr))
    return _add(session, presentation, Booking(organization_id=organization_id), status, note, _now(now))


def change_status(session: Session, booking_id: int, version: int | None, status: BookingStatus | str,
                  note: str | None = None, now: datetime | None = None) -> bool:
    """Move a booking to `status`, recording when; `note` (if given) replaces the note.

    Returns whether the status changed: the same status again records no event and
    keeps its dates (only the note may change)."""
    status = BookingStatus(status)  # a widget's plain string becomes the member, or ValueError
    booking = fetch_for_update(session, Booking, booking_id, version, "booking")
    when = _now(now)
    if note is not None:
        booking.note = note.strip() or None
    changed = status != BookingStatus(booking.status)
    if changed:
        booking.status = status
        booking.status_changed_at = when
        _set_dates(booking, status, when)
        booking.events.append(BookingEvent(status=status, changed_at=when, note=booking.note))
    session.flush()
    return changed


def remove_booking(session: Session, booking_id: int, version: int | None) -> None:
    booking = fetch_for_update(session, Booking, booking_id, version, "booking")
    session.delete(booking)
    session.flush()


def _rows(session: Session, *conditions) -> list[BookingRow]:  # type: ignore[no-untyped-def]
    stmt = (
        select(Booking)
        .join(Presentation, Presentation.id == Booking.presentation_id)
        .join(Webinar, Webinar.id == Presentation.webinar_id)
        .where(*conditions)
        .options(
            selectinload(Booking.person),
            selectinload(Booking.organization),
            selectinload(Booking.presentation).selectinload(Presentation.webinar)
            .selectinload(Webinar.presentations),
        )
        .order_by(Webinar.starts_at, Webinar.number, Presentation.position, Booking.position)
    )
    rows = []
    starts: dict[int, datetime | None] = {}
    for b in session.scalars(stmt):
        webinar = b.presentation.webinar
        if b.presentation_id not in starts:
            for item in agenda_from_webinar(webinar).items:
                starts[item.id] = item.starts_at
        rows.append(
            BookingRow(
                id=b.id,
                version=b.version,
                presentation_id=b.presentation_id,
                presentation_title=b.presentation.title,
                presentation_title_fr=b.presentation.title_fr or "",
                webinar_id=webinar.id,
                webinar_number=webinar.number,
                series_id=webinar.series_id,
                person_id=b.person_id,
                organization_id=b.organization_id,
                presenter=booking_presenter(b),
                status=b.status,
                status_changed_at=b.status_changed_at,
                invited_at=b.invited_at,
                responded_at=b.responded_at,
                note=b.note or "",
                starts_at=starts.get(b.presentation_id),
                time_zone=webinar.time_zone,
            )
        )
    return rows


def bookings_for_presentation(session: Session, presentation_id: int) -> list[BookingRow]:
    return _rows(session, Booking.presentation_id == presentation_id)


def bookings_for_person(session: Session, person_id: int, series_id: int | None = None) -> list[BookingRow]:
    conditions = [Booking.person_id == person_id]
    if series_id is not None:
        conditions.append(Webinar.series_id == series_id)
    return _rows(session, *conditions)


def follow_ups(session: Session, series_id: int, days: int, now: datetime | None = None) -> list[FollowUp]:
    """Bookings to act on: not invited yet, or invited more than `days` days ago unanswered."""
    when = _now(now)
    result = []
    for row in _rows(
        session,
        Webinar.series_id == series_id,
        Booking.status.in_([BookingStatus.TO_INVITE, BookingStatus.INVITED]),
    ):
        if row.status == BookingStatus.TO_INVITE:
            result.append(FollowUp(row, None))
            continue
        invited = row.invited_at or row.status_changed_at
        if when - invited > timedelta(days=days):
            result.append(FollowUp(row, (when - invited).days))
    return result


# --- before booking: does the slot overlap the person's other bookings? ---------------

# Every booking that still holds (or may soon hold) the person's time; declined and
# withdrawn ones free it.
OCCUPYING = (BookingStatus.TO_INVITE, BookingStatus.INVITED, BookingStatus.CONFIRMED)


@dataclass(frozen=True)
class OverlappingBooking:
    """Another booking of the same person whose time overlaps the slot being booked (the
    window words it, in its language)."""

    booking_id: int
    presentation_id: int
    title: str
    webinar_number: int
    series_id: int
    series_title: str
    status: BookingStatus
    starts_at: datetime
    ends_at: datetime
    zone: str
    title_fr: str = ""
    series_title_fr: str = ""


def overlapping_bookings(session: Session, presentation_id: int, person_id: int) -> list[OverlappingBooking]:
    """The person's other bookings (any series, not declined or withdrawn, in a webinar not
    cancelled) that overlap the presentation's time; empty while it has no date."""
    presentation = _presentation(session, presentation_id)
    item = next(i for i in agenda_from_webinar(presentation.webinar).items if i.id == presentation_id)
    if item.starts_at is None or item.ends_at is None:
        return []
    found = []
    for slot in other_slots(session, {person_id}, [], OCCUPYING):
        if slot.presentation_id == presentation_id:
            continue
        if slot.starts_at < item.ends_at and item.starts_at < slot.ends_at:
            found.append(OverlappingBooking(
                slot.booking_id, slot.presentation_id, slot.title, slot.webinar_number, slot.series_id,
                slot.series_title, slot.status, slot.starts_at, slot.ends_at, slot.zone,
                slot.title_fr, slot.series_title_fr,
            ))
    return sorted(found, key=lambda b: b.starts_at)
