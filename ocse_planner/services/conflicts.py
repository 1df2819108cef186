"""Scheduling conflicts of a series, found without any UI.

Checks: one person booked (invited or confirmed) in overlapping presentations of any
series; bookings that hit an unavailable window or miss every available window; agenda
items after their webinar's end and agendas that overrun; agenda items that overlap (an
error) or leave minutes unplanned (a warning); presentations outside 08:00–
18:00 in the presenter's own zone; presentations still without a confirmed presenter
shortly before the webinar; webinars without a date, whose presenters cannot be checked.
Every comparison is between UTC instants; every message shows the time in the webinar's
zone and in the presenter's zone, so a reader in either place can check it.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from ocse_planner.db.enums import AgendaItemKind, BookingStatus, WebinarStatus
from ocse_planner.db.models import Webinar
from ocse_planner.services.agenda import AgendaItem, TimingKind, WebinarAgenda, agenda_from_webinar
from ocse_planner.services.availability import check_slot, windows_by_person
from ocse_planner.services.booked_slots import Slot, other_slots, own_slots, series_webinars_query
from ocse_planner.services.time_format import dated_range, time_of_day

DAY_START, DAY_END = time(8), time(18)


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


class ConflictKind(enum.StrEnum):
    DOUBLE_BOOKED = "double_booked"
    UNAVAILABLE = "unavailable"
    OUTSIDE_AVAILABLE = "outside_available"
    OUTSIDE_WEBINAR = "outside_webinar"
    AGENDA_OVERRUN = "agenda_overrun"
    OUTSIDE_WORKING_HOURS = "outside_working_hours"
    UNCONFIRMED = "unconfirmed"
    NOT_SCHEDULED = "not_scheduled"
    AGENDA_OVERLAP = "agenda_overlap"
    AGENDA_GAP = "agenda_gap"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    kind: ConflictKind
    message: str
    webinar_ids: tuple[int, ...] = ()
    presentation_ids: tuple[int, ...] = ()
    person_ids: tuple[int, ...] = ()
    person_names: tuple[str, ...] = ()


def local_range(start: datetime, end: datetime, zone: str) -> str:
    """"2022-01-25 1:10 p.m. – 1:30 p.m. EST" (the end's date too when it is another day)."""
    return dated_range(start, end, zone)


def _both_times(slot: Slot) -> str:
    here = local_range(slot.starts_at, slot.ends_at, slot.zone)
    if slot.person_zone == slot.zone:
        return f"{here}, also their time"
    return f"{here}; {local_range(slot.starts_at, slot.ends_at, slot.person_zone)} their time"


def _where(slot: Slot, other: Slot) -> str:
    """"webinar 2", or "webinar 2 of “Series”" when the other slot is in another series."""
    if slot.series_id == other.series_id:
        return f"webinar {slot.webinar_number}"
    return f"webinar {slot.webinar_number} of “{slot.series_title}”"


def overlapping_pairs(slots: Iterable[Slot]) -> list[tuple[Slot, Slot]]:
    """Pairs of one person's slots whose intervals intersect (touching ends do not)."""
    by_person: dict[int, list[Slot]] = defaultdict(list)
    for slot in slots:
        by_person[slot.person_id].append(slot)
    pairs = []
    for person_slots in by_person.values():
        person_slots.sort(key=lambda s: (s.starts_at, s.ends_at, s.booking_id))
        for i, a in enumerate(person_slots):
            for b in person_slots[i + 1 :]:
                if b.starts_at >= a.ends_at:
                    break
                pairs.append((a, b))  # sorted: a starts no later than b, so they intersect
    return pairs


def double_bookings(slots: Iterable[Slot], series_id: int | None = None) -> list[Finding]:
    findings = []
    for a, b in overlapping_pairs(slots):
        if series_id is not None and series_id not in (a.series_id, b.series_id):
            continue
        findings.append(
            Finding(
                Severity.ERROR,
                ConflictKind.DOUBLE_BOOKED,
                f"{a.person} is booked in overlapping presentations: “{a.title}” "
                f"({_where(a, b)}, {_both_times(a)}) and “{b.title}” "
                f"({_where(b, a)}, {_both_times(b)}).",
                webinar_ids=tuple(dict.fromkeys((a.webinar_id, b.webinar_id))),
                presentation_ids=(a.presentation_id, b.presentation_id),
                person_ids=(a.person_id,),
                person_names=(a.person,),
            )
        )
    return findings


def find_conflicts(
    session: Session,
    series_id: int,
    *,
    now: datetime | None = None,
    unconfirmed_days: int = 14,
) -> list[Finding]:
    """Every finding for `series_id`, errors first."""
    now = now or datetime.now(UTC)
    webinars = [
        w
        for w in session.scalars(
            series_webinars_query().where(Webinar.series_id == series_id).order_by(Webinar.number)
        )
        if w.status != WebinarStatus.CANCELLED
    ]
    agendas = {w.id: agenda_from_webinar(w) for w in webinars}
    mine = [s for w in webinars for s in own_slots(w, agendas[w.id])]
    people = {s.person_id for s in mine}
    elsewhere = other_slots(session, people, list(agendas))

    findings = double_bookings(mine + elsewhere, series_id)
    findings += _availability(session, mine)
    for webinar in webinars:
        findings += _agenda_fit(agendas[webinar.id])
        findings += _not_scheduled(agendas[webinar.id])
        findings += agenda_timing(agendas[webinar.id])
    findings += _working_hours(mine)
    for webinar in webinars:
        findings += _unconfirmed(webinar, agendas[webinar.id], now, unconfirmed_days)
    return sorted(findings, key=lambda f: f.severity is not Severity.ERROR)


def _availability(session: Session, slots: list[Slot]) -> list[Finding]:
    windows = windows_by_person(session, {s.person_id for s in slots})
    findings = []
    for slot in slots:
        for issue in check_slot(windows.get(slot.person_id, []), slot.person_zone, slot.starts_at, slot.ends_at):
            if issue.window is not None:  # an unavailable window was hit
                severity, kind = Severity.ERROR, ConflictKind.UNAVAILABLE
                text = f"is unavailable {issue.window.describe()} (their zone)"
            else:
                severity, kind = Severity.WARNING, ConflictKind.OUTSIDE_AVAILABLE
                text = "is booked outside every window they said they are available"
            findings.append(
                Finding(
                    severity,
                    kind,
                    f"{slot.person} {text} but is booked for “{slot.title}” "
                    f"(webinar {slot.webinar_number}, {_both_times(slot)}).",
                    webinar_ids=(slot.webinar_id,),
                    presentation_ids=(slot.presentation_id,),
                    person_ids=(slot.person_id,),
                    person_names=(slot.person,),
                )
            )
    return findings


def _not_scheduled(agenda: WebinarAgenda) -> list[Finding]:
    """An undated webinar: its presenters' times cannot be checked until it has a date."""
    if agenda.starts_at is not None:
        return []
    return [
        Finding(
            Severity.WARNING,
            ConflictKind.NOT_SCHEDULED,
            f"Webinar {agenda.number} has no date yet: its presenters cannot be checked for "
            f"double bookings, availability or working hours.",
            webinar_ids=(agenda.webinar_id,),
        )
    ]


def _span(agenda: WebinarAgenda, item: AgendaItem | None = None) -> str:
    """Clock times in the webinar's zone, or minutes from the start while it has no date."""
    if item is None:
        if agenda.starts_at is None or agenda.ends_at is None:
            return f"{agenda.duration_minutes} minutes, no date yet"
        return local_range(agenda.starts_at, agenda.ends_at, agenda.time_zone)
    if item.starts_at is None or item.ends_at is None:
        return f"minutes {item.offset_minutes}–{item.offset_minutes + item.duration_minutes}"
    return local_range(item.starts_at, item.ends_at, agenda.time_zone)


def _agenda_fit(agenda: WebinarAgenda) -> list[Finding]:
    """Items that start at or after the webinar's end, and an agenda that runs past it.

    Both follow from the planned offsets and durations alone, so an undated webinar is
    checked too (its agenda panel shows the same overrun)."""
    findings = []
    end_text = _span(agenda)
    for item in agenda.items:
        if item.offset_minutes >= agenda.duration_minutes:
            findings.append(
                Finding(
                    Severity.ERROR,
                    ConflictKind.OUTSIDE_WEBINAR,
                    f"“{item.title}” ({_span(agenda, item)}) falls outside webinar {agenda.number} ({end_text}).",
                    webinar_ids=(agenda.webinar_id,),
                    presentation_ids=(item.id,),
                )
            )
    if agenda.overrun_minutes:
        findings.append(
            Finding(
                Severity.ERROR,
                ConflictKind.AGENDA_OVERRUN,
                f"The agenda of webinar {agenda.number} runs {agenda.overrun_minutes} minutes "
                f"past its end ({end_text}).",
                webinar_ids=(agenda.webinar_id,),
                presentation_ids=tuple(
                    i.id for i in agenda.items if i.offset_minutes + i.duration_minutes > agenda.duration_minutes
                ),
            )
        )
    return findings


def agenda_timing(agenda: WebinarAgenda) -> list[Finding]:
    """Overlapping agenda items (an error: the printed agenda would contradict itself) and
    unplanned minutes (a warning), as the agenda panel and the exports show them."""
    return [
        Finding(
            Severity.ERROR if issue.kind == TimingKind.OVERLAP else Severity.WARNING,
            ConflictKind.AGENDA_OVERLAP if issue.kind == TimingKind.OVERLAP else ConflictKind.AGENDA_GAP,
            f"Webinar {agenda.number}: {issue.message()}",
            webinar_ids=(agenda.webinar_id,),
            presentation_ids=tuple(i for i in (issue.previous_id, issue.item_id) if i is not None),
        )
        for issue in agenda.timing
    ]


def outside_working_hours(start: datetime, end: datetime, zone: str) -> bool:
    """Whether [start, end) is not within 08:00–18:00 of one day in `zone`."""
    tz = ZoneInfo(zone)
    a = start.astimezone(tz)
    day_end = datetime.combine(a.date(), DAY_END, tzinfo=tz)
    return a.time() < DAY_START or end > day_end


def _working_hours(slots: list[Slot]) -> list[Finding]:
    return [
        Finding(
            Severity.WARNING,
            ConflictKind.OUTSIDE_WORKING_HOURS,
            f"“{s.title}” is outside {time_of_day(DAY_START)} – {time_of_day(DAY_END)} for {s.person}: "
            f"{local_range(s.starts_at, s.ends_at, s.person_zone)} their time "
            f"({local_range(s.starts_at, s.ends_at, s.zone)} webinar {s.webinar_number}'s time).",
            webinar_ids=(s.webinar_id,),
            presentation_ids=(s.presentation_id,),
            person_ids=(s.person_id,),
            person_names=(s.person,),
        )
        for s in slots
        if outside_working_hours(s.starts_at, s.ends_at, s.person_zone)
    ]


def _unconfirmed(webinar: Webinar, agenda: WebinarAgenda, now: datetime, days: int) -> list[Finding]:
    if agenda.starts_at is None or not (now < agenda.starts_at <= now + timedelta(days=days)):
        return []
    findings = []
    for item in agenda.items:
        if item.kind != AgendaItemKind.PRESENTATION:
            continue
        if any(p.status == BookingStatus.CONFIRMED for p in item.presenters):
            continue
        left = (agenda.starts_at - now).days
        assert item.starts_at is not None and item.ends_at is not None
        findings.append(
            Finding(
                Severity.WARNING,
                ConflictKind.UNCONFIRMED,
                f"“{item.title}” (webinar {agenda.number}, "
                f"{local_range(item.starts_at, item.ends_at, agenda.time_zone)}) has no confirmed "
                f"presenter and the webinar is in {left} day(s).",
                webinar_ids=(webinar.id,),
                presentation_ids=(item.id,),
                person_ids=tuple(p.person_id for p in item.presenters if p.person_id is not None),
                person_names=tuple(p.name for p in item.presenters),
            )
        )
    return findings
