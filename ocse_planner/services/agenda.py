"""The running agenda of a webinar: clock times computed from the start and durations.

An item with a fixed start (a planned offset from the webinar's start) starts then; any
other item starts when the previous one ends, so moving, adding or resizing items re-flows
everything that is not fixed. Breaks and Q&A are agenda items like presentations, without
presenters.

A fixed start can leave a hole before an item or make it begin before the previous one
ends; both are findings of the agenda (`WebinarAgenda.timing`), shown in the agenda panel,
listed by the conflict check and noted on the rows of the exports. So are minutes of the
webinar before the first item or after the last one, which leave a reader guessing.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ocse_planner.db.enums import AgendaItemKind, BookingStatus
from ocse_planner.db.models import Booking, Presentation, Webinar
from ocse_planner.services.bilingual import document_translator, in_interface, language_key, localized
from ocse_planner.services.errors import N_, NotFoundError, ValidationError, render
from ocse_planner.services.names import booking_presenter
from ocse_planner.services.snapshot import Snapshot, capture, restore
from ocse_planner.services.local_time import local_instant, nonexistent_time, occurrences
from ocse_planner.services.time_format import clock_range, parse_time_of_day


@dataclass(frozen=True)
class PresenterSlot:
    booking_id: int
    person_id: int | None
    organization_id: int | None
    name: str  # "Dr. Michael Seto"
    credit: str  # "Dr. Michael Seto — Director of …, The Royal's Institute …"
    status: BookingStatus
    # The same in French (an organization's French name, a job title's French; "[EN]"
    # marks a part not translated yet).
    name_fr: str = ""
    credit_fr: str = ""

    def name_in(self, language: str) -> str:
        return self.name_fr if language_key(language) == "fr" and self.name_fr else self.name

    def credit_in(self, language: str) -> str:
        return self.credit_fr if language_key(language) == "fr" and self.credit_fr else self.credit


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
    description: str = ""
    overlap_minutes: int = 0  # how long it runs together with the items before it
    gap_minutes: int = 0  # unplanned minutes right before it (after the webinar's start for the first)
    title_fr: str = ""  # "" = not translated yet
    description_fr: str = ""

    def title_in(self, language: str, *, mark: bool = True) -> str:
        """The title in `language`, the other language's marked when missing."""
        return localized(self.title, self.title_fr, language, mark=mark)

    def description_in(self, language: str) -> str:
        """The description in `language`, the other language's marked when missing ("" if none)."""
        return localized(self.description, self.description_fr, language)

    @property
    def presenter_names(self) -> str:
        return "; ".join(p.name for p in self.presenters)

    @property
    def fixed_start(self) -> bool:
        return self.start_offset_minutes is not None


class TimingKind(enum.StrEnum):
    OVERLAP = "overlap"  # an item starts before the one before it ends
    GAP = "gap"  # minutes of the webinar with nothing planned


@dataclass(frozen=True)
class TimingIssue:
    """An overlap or a gap in a running agenda; its text is a template (services/errors.py)
    rendered in the user's language by `message()`."""

    kind: TimingKind
    minutes: int
    item_id: int | None  # the later item; None for a gap at the end of the webinar
    previous_id: int | None  # the earlier item; None for a gap at the start
    template: str
    # The arguments in a document's language (titles and clock times of a French document),
    # or with None in the interface's language as it is when the message is shown.
    arguments: Callable[[str | None], dict[str, object]] = field(compare=False, repr=False)

    def message(self, language: str | None = None, translate: Callable[[str], str] | None = None) -> str:
        """In the interface's language, or in a document's `language` through its catalogue."""
        return render(self.template, self.arguments(language), translate)


@dataclass(frozen=True)
class WebinarAgenda:
    webinar_id: int
    number: int
    title: str
    starts_at: datetime | None
    time_zone: str
    duration_minutes: int
    items: tuple[AgendaItem, ...]
    title_fr: str = ""

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

    @property
    def timing(self) -> tuple[TimingIssue, ...]:
        """Overlaps and gaps, in agenda order (see `timing_issues`)."""
        return timing_issues(self)

    def span(self, start_minute: int, end_minute: int, language: str | None = None) -> str:
        """Minutes from the webinar's start as clock times ("1:00 p.m. – 1:10 p.m. EST"), or
        as "minutes 0–10" while the webinar has no date."""
        if self.starts_at is None:
            return render(N_("minutes {start}–{end}"), {"start": start_minute, "end": end_minute},
                          document_translator(language))
        return clock_range(self.starts_at + timedelta(minutes=start_minute),
                           self.starts_at + timedelta(minutes=end_minute), self.time_zone, language)


def compute_offsets(items: list[tuple[int | None, int]]) -> list[int]:
    """Start offsets for (planned offset or None, duration) pairs, in agenda order."""
    offsets: list[int] = []
    cursor = 0
    for planned, duration in items:
        start = planned if planned is not None else cursor
        offsets.append(start)
        cursor = start + duration
    return offsets


def overlaps_and_gaps(items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """For (start offset, duration) pairs in agenda order: (minutes overlapping what came
    before, unplanned minutes right before) of each item. An item overlaps when it starts
    before the latest end so far (by at most its own length); the first item's gap counts
    from the webinar's start."""
    result = []
    latest_end = 0
    for offset, duration in items:
        overlap = min(latest_end, offset + duration) - offset  # an item inside another: its length
        result.append((max(0, overlap), max(0, offset - latest_end)))
        latest_end = max(latest_end, offset + duration)
    return result


def timing_issues(agenda: WebinarAgenda) -> tuple[TimingIssue, ...]:
    """Every overlap and gap of an agenda, including unplanned minutes at the start and at
    the end of the webinar (an empty agenda has none: nothing is planned yet). Each can
    be written in a document's language too (`TimingIssue.message(language, …)`)."""
    issues: list[TimingIssue] = []
    previous: AgendaItem | None = None

    def words(item: AgendaItem | None, earlier: AgendaItem | None, minutes: int, span: tuple[int, int]):  # type: ignore[no-untyped-def]
        def in_language(language: str | None) -> dict[str, object]:
            found: dict[str, object] = {"minutes": minutes, "time": agenda.span(*span, language)}
            if item is not None:
                found["title"] = item.title_in(language) if language else in_interface(item.title, item.title_fr)
            if earlier is not None:
                found["previous"] = (earlier.title_in(language) if language
                                     else in_interface(earlier.title, earlier.title_fr))
            return found
        return in_language

    for item in agenda.items:
        start, end = item.offset_minutes, item.offset_minutes + item.duration_minutes
        if item.overlap_minutes and previous is not None:
            arguments = words(item, previous, item.overlap_minutes, (start, end))
            issues.append(TimingIssue(
                TimingKind.OVERLAP, item.overlap_minutes, item.id, previous.id,
                N_("“{title}” ({time}) overlaps the item before it, “{previous}”, by {minutes} minutes."),
                arguments,
            ))
        if item.gap_minutes:
            if previous is None:
                arguments = words(item, None, item.gap_minutes, (0, start))
                issues.append(TimingIssue(
                    TimingKind.GAP, item.gap_minutes, item.id, None,
                    N_("Nothing is planned for the first {minutes} minutes of the webinar ({time}), before "
                       "“{title}”."),
                    arguments,
                ))
            else:
                arguments = words(item, previous, item.gap_minutes, (start - item.gap_minutes, start))
                issues.append(TimingIssue(
                    TimingKind.GAP, item.gap_minutes, item.id, previous.id,
                    N_("Nothing is planned for {minutes} minutes ({time}) between “{previous}” and “{title}”."),
                    arguments,
                ))
        previous = item
    if previous is not None and agenda.agenda_minutes < agenda.duration_minutes:
        left = agenda.duration_minutes - agenda.agenda_minutes
        arguments = words(None, previous, left, (agenda.agenda_minutes, agenda.duration_minutes))
        issues.append(TimingIssue(
            TimingKind.GAP, left, None, previous.id,
            N_("Nothing is planned for the last {minutes} minutes of the webinar ({time}), after “{previous}”."),
            arguments,
        ))
    return tuple(issues)


def agenda_from_webinar(webinar: Webinar) -> WebinarAgenda:
    """The agenda of a loaded webinar (presentations and bookings loaded or loadable)."""
    presentations = sorted(webinar.presentations, key=lambda p: p.position)
    offsets = compute_offsets([(p.start_offset_minutes, p.duration_minutes) for p in presentations])
    fit = overlaps_and_gaps([(o, p.duration_minutes) for o, p in zip(offsets, presentations, strict=True)])
    # Offsets are elapsed minutes: add them to the UTC instant, never to a wall-clock time.
    start = webinar.starts_at.astimezone(UTC) if webinar.starts_at else None
    items = []
    for p, offset, (overlap, gap) in zip(presentations, offsets, fit, strict=True):
        starts = start + timedelta(minutes=offset) if start else None
        items.append(
            AgendaItem(
                id=p.id,
                version=p.version,
                position=p.position,
                kind=p.kind,
                title=p.title,
                title_fr=p.title_fr or "",
                duration_minutes=p.duration_minutes,
                start_offset_minutes=p.start_offset_minutes,
                offset_minutes=offset,
                starts_at=starts,
                ends_at=starts + timedelta(minutes=p.duration_minutes) if starts else None,
                presenters=tuple(_slot(b) for b in sorted(p.bookings, key=lambda b: b.position)),
                resource_links=tuple(p.resource_links or ()),
                placeholder=p.placeholder,
                description=p.description or "",
                description_fr=p.description_fr or "",
                overlap_minutes=overlap,
                gap_minutes=gap,
            )
        )
    return WebinarAgenda(
        webinar_id=webinar.id,
        number=webinar.number,
        title=webinar.title,
        title_fr=webinar.title_fr or "",
        starts_at=start,
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
        name_fr=booking_presenter(booking, language="fr"),
        credit_fr=booking_presenter(booking, credit=True, language="fr"),
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


def series_timing_warnings(session: Session, series_id: int) -> list[tuple[int, TimingIssue]]:
    """(webinar number, issue) for every overlap and gap in the series' agendas: what the
    CLI prints and the window shows before an agenda or calendar is written."""
    return [(a.number, issue) for a in series_agendas(session, series_id) for issue in a.timing]


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
    title_fr: str | None = None  # "" = no French (documents print the English marked "[EN]")
    duration_minutes: int | None = None
    resource_links: tuple[str, ...] | None = None
    # Set after `title`: a new title is final (False) unless this says otherwise, so the
    # undo of renaming a carried-over title gives back its "to be confirmed" mark.
    placeholder: bool | None = None


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
    if fields.title_fr is not None:
        item.title_fr = fields.title_fr.strip() or None
    if fields.placeholder is not None:
        item.placeholder = fields.placeholder
    if fields.duration_minutes is not None:
        item.duration_minutes = fields.duration_minutes
    if fields.resource_links is not None:
        item.resource_links = [link.strip() for link in fields.resource_links if link.strip()]
    session.flush()


def confirm_title(session: Session, item_id: int, confirmed: bool = True) -> None:
    """Mark a carried-over title as final (or, for undo, as to be confirmed again)."""
    update_item(session, item_id, ItemFields(placeholder=not confirmed))


MAX_OFFSET_MINUTES = 24 * 60


def set_fixed_start(session: Session, item_id: int, offset_minutes: int | None) -> None:
    """Fix an item's start at `offset_minutes` after the webinar's start, or (None) let it
    follow the item before it. The items after it re-flow; an overlap or a gap it causes
    is a finding of the agenda, not a refusal."""
    item = session.get(Presentation, item_id)
    if item is None:
        raise NotFoundError("no agenda item with id {id}", id=item_id)
    if offset_minutes is not None and not 0 <= offset_minutes <= MAX_OFFSET_MINUTES:
        raise ValidationError("A fixed start must be within the day of the webinar.", field="start")
    item.start_offset_minutes = offset_minutes
    session.flush()


def typed_fixed_start(agenda: WebinarAgenda, text: str) -> int | None:
    """The offset a typed fixed start stands for: empty = none (the item follows the one
    before it), "+10" = 10 minutes after the webinar's start, a clock time ("1:10 p.m.",
    "13:10") = that time on the webinar's day in its zone."""
    text = text.strip()
    if not text:
        return None
    if text.startswith("+"):
        digits = text[1:].strip().removesuffix("min").strip()
        if not digits.isdigit():
            raise ValidationError("Type a time such as 1:10 p.m., or +10 for 10 minutes after the start.",
                                  field="start")
        return int(digits)
    clock = parse_time_of_day(text, field="start")
    if agenda.starts_at is None:
        raise ValidationError("The webinar has no date yet: type +10 for 10 minutes after its start.", field="start")
    day = agenda.starts_at.astimezone(ZoneInfo(agenda.time_zone)).date()
    if not occurrences(day, clock, agenda.time_zone).exists:
        raise nonexistent_time(day, clock, agenda.time_zone, field="start")
    minutes = int((local_instant(day, clock, agenda.time_zone) - agenda.starts_at).total_seconds() // 60)
    if minutes < 0:
        raise ValidationError("A fixed start cannot be before the webinar starts.", field="start")
    return minutes


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
