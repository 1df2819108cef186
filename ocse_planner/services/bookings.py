"""Booking presenters onto presentations and following their answers.

A booking is a person or an organization (presenting as a body) on one presentation.
Every status change is recorded as a BookingEvent, and the dates organizers ask about
("when did we invite her?", "when did he answer?") are kept on the booking itself.
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
from ocse_planner.services.concurrency import fetch_for_update
from ocse_planner.services.errors import ConflictError, NotFoundError
from ocse_planner.services.names import booking_presenter, organization_as_presenter, person_name

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


def _add(session: Session, presentation: Presentation, booking: Booking, status: BookingStatus,
         note: str, now: datetime) -> int:
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
    if status is BookingStatus.INVITED:
        booking.invited_at = now
    elif status in ANSWERS:
        booking.responded_at = now
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
                            presenter=person_name(person), presentation=presentation.title)
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
                            presenter=organization_as_presenter(org), presentation=presentation.title)
    return _add(session, presentation, Booking(organization_id=organization_id), status, note, _now(now))


def change_status(session: Session, booking_id: int, version: int | None, status: BookingStatus,
                  note: str | None = None, now: datetime | None = None) -> None:
    """Move a booking to `status`, recording when; `note` (if given) replaces the note."""
    booking = fetch_for_update(session, Booking, booking_id, version, "booking")
    when = _now(now)
    if note is not None:
        booking.note = note.strip() or None
    if status is not booking.status:
        booking.status = status
        booking.status_changed_at = when
        if status is BookingStatus.INVITED:
            booking.invited_at = when
            booking.responded_at = None
        elif status in ANSWERS:
            booking.responded_at = when
        elif status is BookingStatus.TO_INVITE:
            booking.invited_at = booking.responded_at = None
        booking.events.append(BookingEvent(status=status, changed_at=when, note=booking.note))
    session.flush()


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
        if row.status is BookingStatus.TO_INVITE:
            result.append(FollowUp(row, None))
            continue
        invited = row.invited_at or row.status_changed_at
        if when - invited > timedelta(days=days):
            result.append(FollowUp(row, (when - invited).days))
    return result
