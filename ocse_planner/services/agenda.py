"""The running agenda of a webinar: clock times computed from the start and durations.

An item with a planned start offset starts then; any other item starts when the previous
one ends. Breaks and Q&A are agenda items like presentations, without presenters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ocse_planner.db.enums import AgendaItemKind, BookingStatus
from ocse_planner.db.models import Booking, Presentation, Webinar
from ocse_planner.services.errors import NotFoundError, ValidationError
from ocse_planner.services.names import booking_presenter
from ocse_planner.services.snapshot import Snapshot, capture, restore


@dataclass(frozen=True)
class PresenterSlot:
    booking_id: int
    person_id: int | None
    organization_id: int | None
    name: str  # "Dr. Michael Seto"
    credit: str  # "Dr. Michael Seto — Director of …, The Royal's Institute …"
    status: BookingStatus


@dataclass(frozen=True)
class AgendaItem:
    id: int
    version: int
    position: int
    kind: AgendaItemKind
    title: str
    duration_minutes: int
    start_offset_minutes: int | None  # as planned; None = after the previous item
    offset_minutes: int  # as computed
    starts_at: datetime | None  # None when the webinar has no date yet
    ends_at: datetime | None
    presenters: tuple[PresenterSlot, ...]
    resource_links: tuple[str, ...]
    placeholder: bool

    @property
    def presenter_names(self) -> str:
        return "; ".join(p.name for p in self.presenters)


@dataclass(frozen=True)
class WebinarAgenda:
    webinar_id: int
    number: int
    title: str
    starts_at: datetime | None
    time_zone: str
    duration_minutes: int
    items: tuple[AgendaItem, ...]

    @property
    def ends_at(self) -> datetime | None:
        return self.starts_at + timedelta(minutes=self.duration_minutes) if self.starts_at else None

    @property
    def agenda_minutes(self) -> int:
        """Minutes from the webinar start to the end of the last item."""
        return max((i.offset_minutes + i.duration_minutes for i in self.items), default=0)

    @property
    def overrun_minutes(self) -> int:
        """How far the agenda runs past the webinar's end (0 when it fits)."""
        return max(0, self.agenda_minutes - self.duration_minutes)


def compute_offsets(items: list[tuple[int | None, int]]) -> list[int]:
    """Start offsets for (planned offset or None, duration) pairs, in agenda order."""
    offsets: list[int] = []
    cursor = 0
    for planned, duration in items:
        start = planned if planned is not None else cursor
        offsets.append(start)
        cursor = start + duration
    return offsets


def agenda_from_webinar(webinar: Webinar) -> WebinarAgenda:
    """The agenda of a loaded webinar (presentations and bookings loaded or loadable)."""
    presentations = sorted(webinar.presentations, key=lambda p: p.position)
    offsets = compute_offsets([(p.start_offset_minutes, p.duration_minutes) for p in presentations])
    items = []
    for p, offset in zip(presentations, offsets, strict=True):
        starts = webinar.starts_at + timedelta(minutes=offset) if webinar.starts_at else None
        items.append(
            AgendaItem(
                id=p.id,
                version=p.version,
                position=p.position,
                kind=p.kind,
                title=p.title,
                duration_minutes=p.duration_minutes,
                start_offset_minutes=p.start_offset_minutes,
                offset_minutes=offset,
                starts_at=starts,
                ends_at=starts + timedelta(minutes=p.duration_minutes) if starts else None,
                presenters=tuple(_slot(b) for b in sorted(p.bookings, key=lambda b: b.position)),
                resource_links=tuple(p.resource_links or ()),
                placeholder=p.placeholder,
            )
        )
    return WebinarAgenda(
        webinar_id=webinar.id,
        number=webinar.number,
        title=webinar.title,
        starts_at=webinar.starts_at,
        time_zone=webinar.time_zone,
        duration_minutes=webinar.duration_minutes,
        items=tuple(items),
    )


def _slot(booking: Booking) -> PresenterSlot:
    return PresenterSlot(
        booking_id=booking.id,
        person_id=booking.person_id,
        organization_id=booking.organization_id,
        name=booking_presenter(booking),
        credit=booking_presenter(booking, credit=True),
        status=booking.status,
    )


def _agenda_query():  # type: ignore[no-untyped-def]
    return select(Webinar).options(
        selectinload(Webinar.presentations)
        .selectinload(Presentation.bookings)
        .selectinload(Booking.person),
        selectinload(Webinar.presentations)
        .selectinload(Presentation.bookings)
        .selectinload(Booking.organization),
    )


def webinar_agenda(session: Session, webinar_id: int) -> WebinarAgenda:
    webinar = session.scalar(_agenda_query().where(Webinar.id == webinar_id))
    if webinar is None:
        raise NotFoundError("no webinar with id {id}", id=webinar_id)
    return agenda_from_webinar(webinar)


def series_agendas(session: Session, series_id: int) -> list[WebinarAgenda]:
    webinars = session.scalars(
        _agenda_query().where(Webinar.series_id == series_id).order_by(Webinar.number)
    ).all()
    return [agenda_from_webinar(w) for w in webinars]


# --- editing the running agenda ---------------------------------------------------------
# Positions are kept 1..n without gaps. SQLite checks the (webinar, position) uniqueness
# row by row, so renumbering first parks the rows on high positions and then sets the
# final ones.

_PARKING = 100_000


@dataclass(frozen=True)
class ItemFields:
    """The editable fields of an agenda item (None = leave unchanged)."""

    kind: AgendaItemKind | None = None
    title: str | None = None
    duration_minutes: int | None = None
    resource_links: tuple[str, ...] | None = None


def _ordered(session: Session, webinar_id: int) -> list[Presentation]:
    return list(
        session.scalars(select(Presentation).where(Presentation.webinar_id == webinar_id).order_by(Presentation.position))
    )


def _renumber(session: Session, items: list[Presentation]) -> None:
    base = max((item.position for item in items), default=0) + _PARKING
    for i, item in enumerate(items, start=1):
        item.position = base + i
    session.flush()
    for i, item in enumerate(items, start=1):
        item.position = i
    session.flush()


def _check(fields: ItemFields) -> None:
    if fields.title is not None and not fields.title.strip():
        raise ValidationError("The title of an agenda item is required.", field="title")
    if fields.duration_minutes is not None and fields.duration_minutes <= 0:
        raise ValidationError("The duration of an agenda item must be at least one minute.", field="duration")


def add_item(
    session: Session, webinar_id: int, fields: ItemFields, position: int | None = None
) -> int:
    """Add an item at `position` (1-based; default: at the end); returns its id."""
    _check(fields)
    if session.get(Webinar, webinar_id) is None:
        raise NotFoundError("no webinar with id {id}", id=webinar_id)
    items = _ordered(session, webinar_id)
    kind = fields.kind or AgendaItemKind.PRESENTATION
    item = Presentation(
        webinar_id=webinar_id,
        position=_PARKING * 2,
        kind=kind,
        title=(fields.title or "").strip() or "New item",
        duration_minutes=fields.duration_minutes or 20,
        resource_links=list(fields.resource_links or ()),
    )
    session.add(item)
    session.flush()
    index = len(items) if position is None else max(0, min(position - 1, len(items)))
    items.insert(index, item)
    _renumber(session, items)
    return item.id


def update_item(session: Session, item_id: int, fields: ItemFields) -> None:
    _check(fields)
    item = session.get(Presentation, item_id)
    if item is None:
        raise NotFoundError("no agenda item with id {id}", id=item_id)
    if fields.kind is not None:
        item.kind = fields.kind
    if fields.title is not None:
        item.title = fields.title.strip()
        item.placeholder = False
    if fields.duration_minutes is not None:
        item.duration_minutes = fields.duration_minutes
    if fields.resource_links is not None:
        item.resource_links = [link.strip() for link in fields.resource_links if link.strip()]
    session.flush()


def move_item(session: Session, item_id: int, new_position: int) -> int:
    """Move an item to `new_position` (1-based, clamped); returns its old position."""
    item = session.get(Presentation, item_id)
    if item is None:
        raise NotFoundError("no agenda item with id {id}", id=item_id)
    items = _ordered(session, item.webinar_id)
    old = items.index(item) + 1
    items.remove(item)
    items.insert(max(0, min(new_position - 1, len(items))), item)
    _renumber(session, items)
    return old


def remove_item(session: Session, item_id: int) -> Snapshot:
    """Remove an item (and its bookings); the snapshot restores both at the same place."""
    item = session.get(Presentation, item_id)
    if item is None:
        raise NotFoundError("no agenda item with id {id}", id=item_id)
    webinar_id = item.webinar_id
    snap = capture(session, "presentation", item_id)
    session.delete(item)
    session.flush()
    _renumber(session, _ordered(session, webinar_id))
    return snap


def restore_item(session: Session, snap: Snapshot) -> None:
    """Put a removed item back at its old position, moving later items down."""
    row = snap.rows[0][1][0]
    items = _ordered(session, row["webinar_id"])
    for i, item in enumerate(items, start=1):
        item.position = _PARKING + i
    session.flush()
    restore(session, snap)
    items = _ordered(session, row["webinar_id"])
    restored = next(i for i in items if i.id == row["id"])
    items.remove(restored)
    items.insert(row["position"] - 1, restored)
    _renumber(session, items)
