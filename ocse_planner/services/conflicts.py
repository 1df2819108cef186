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
from ocse_planner.db.models import Series, Webinar
from ocse_planner.services.agenda import AgendaItem, TimingKind, WebinarAgenda, agenda_from_webinar
from ocse_planner.services.availability import check_slot, windows_by_person
from ocse_planner.services.booked_slots import Slot, other_slots, own_slots, series_webinars_query
from ocse_planner.services.errors import N_, render
from ocse_planner.services.bilingual import has_text, in_interface
from ocse_planner.services.french_check import french_gaps
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
    FRENCH_MISSING = "french_missing"  # a text a French document would print in English ("[EN]")


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
        return render(N_("{time}, also their time"), {"time": here})
    return render(N_("{time}; {their_time} their time"),
                  {"time": here, "their_time": local_range(slot.starts_at, slot.ends_at, slot.person_zone)})


def _title(slot: Slot) -> str:
    """A booked talk's title as the window or command line shows it (French where written)."""
    return in_interface(slot.title, slot.title_fr)


def _where(slot: Slot, other: Slot) -> str:
    """"webinar 2", or "webinar 2 of “Series”" when the other slot is in another series."""
    if slot.series_id == other.series_id:
        return render(N_("webinar {number}"), {"number": slot.webinar_number})
    return render(N_("webinar {number} of “{series}”"),
                  {"number": slot.webinar_number, "series": in_interface(slot.series_title, slot.series_title_fr)})


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
                render(N_("{person} is booked in overlapping presentations: “{first}” ({first_where}, "
                          "{first_times}) and “{second}” ({second_where}, {second_times})."),
                       {"person": a.person, "first": _title(a), "first_where": _where(a, b), "first_times": _both_times(a),
                        "second": _title(b), "second_where": _where(b, a), "second_times": _both_times(b)}),
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
    findings += _french_missing(session, series_id, webinars)
    return sorted(findings, key=lambda f: f.severity is not Severity.ERROR)


def _french_missing(session: Session, series_id: int, webinars: list[Webinar]) -> list[Finding]:
    """Titles a French or bilingual document would have to print in English, marked "[EN]",
    once the series is being translated (its title or a webinar's has French): a series
    planned in English only is not flooded with them. Every other gap (themes, job titles,
    names…) is listed before a French document is written (`series_french_gaps`)."""
    series = session.get(Series, series_id)
    if series is None or not (has_text(series.title_fr) or any(has_text(w.title_fr) for w in webinars)):
        return []
    return [
        Finding(Severity.WARNING, ConflictKind.FRENCH_MISSING, gap.message,
                (gap.webinar_id,) if gap.webinar_id else (), (gap.presentation_id,) if gap.presentation_id else ())
        for gap in french_gaps(session, series_id, webinars) if gap.title
    ]


def _availability(session: Session, slots: list[Slot]) -> list[Finding]:
    windows = windows_by_person(session, {s.person_id for s in slots})
    findings = []
    for slot in slots:
        for issue in check_slot(windows.get(slot.person_id, []), slot.person_zone, slot.starts_at, slot.ends_at):
            where = {"person": slot.person, "title": _title(slot), "number": slot.webinar_number,
                     "times": _both_times(slot)}
            if issue.window is not None:  # an unavailable window was hit
                severity, kind = Severity.ERROR, ConflictKind.UNAVAILABLE
                message = render(N_("{person} is unavailable {window} (their zone) but is booked for “{title}” "
                                    "(webinar {number}, {times})."), {**where, "window": issue.window.describe()})
            else:
                severity, kind = Severity.WARNING, ConflictKind.OUTSIDE_AVAILABLE
                message = render(N_("{person} is booked outside every window they said they are available but "
                                    "is booked for “{title}” (webinar {number}, {times})."), where)
            findings.append(
                Finding(
                    severity,
                    kind,
                    message,
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
            render(N_("Webinar {number} has no date yet: its presenters cannot be checked for double "
                      "bookings, availability or working hours."), {"number": agenda.number}),
            webinar_ids=(agenda.webinar_id,),
        )
    ]


def _span(agenda: WebinarAgenda, item: AgendaItem | None = None) -> str:
    """Clock times in the webinar's zone, or minutes from the start while it has no date."""
    if item is None:
        if agenda.starts_at is None or agenda.ends_at is None:
            return render(N_("{minutes} minutes, no date yet"), {"minutes": agenda.duration_minutes})
        return local_range(agenda.starts_at, agenda.ends_at, agenda.time_zone)
    if item.starts_at is None or item.ends_at is None:
        return render(N_("minutes {start}–{end}"),
                      {"start": item.offset_minutes, "end": item.offset_minutes + item.duration_minutes})
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
                    render(N_("“{title}” ({times}) falls outside webinar {number} ({webinar_times})."),
                           {"title": in_interface(item.title, item.title_fr), "times": _span(agenda, item),
                            "number": agenda.number,
                            "webinar_times": end_text}),
                    webinar_ids=(agenda.webinar_id,),
                    presentation_ids=(item.id,),
                )
            )
    if agenda.overrun_minutes:
        findings.append(
            Finding(
                Severity.ERROR,
                ConflictKind.AGENDA_OVERRUN,
                render(N_("The agenda of webinar {number} runs {minutes} minutes past its end ({times})."),
                       {"number": agenda.number, "minutes": agenda.overrun_minutes, "times": end_text}),
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
            render(N_("Webinar {number}: {finding}"), {"number": agenda.number, "finding": issue.message()}),
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
            render(N_("“{title}” is outside {day_start} – {day_end} for {person}: {their_time} their time "
                      "({webinar_time} webinar {number}'s time)."),
                   {"title": _title(s), "person": s.person, "day_start": time_of_day(DAY_START),
                    "day_end": time_of_day(DAY_END),
                    "their_time": local_range(s.starts_at, s.ends_at, s.person_zone),
                    "webinar_time": local_range(s.starts_at, s.ends_at, s.zone), "number": s.webinar_number}),
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
                render(N_("“{title}” (webinar {number}, {times}) has no confirmed presenter and the webinar "
                          "is in {days} day(s)."),
                       {"title": in_interface(item.title, item.title_fr), "number": agenda.number,
                        "times": local_range(item.starts_at, item.ends_at, agenda.time_zone), "days": left}),
                webinar_ids=(webinar.id,),
                presentation_ids=(item.id,),
                person_ids=tuple(p.person_id for p in item.presenters if p.person_id is not None),
                person_names=tuple(p.name for p in item.presenters),
            )
        )
    return findings
