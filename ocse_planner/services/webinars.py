"""Creating, editing and deleting the webinars (sessions) of a series.

A webinar's start is typed as a local date and time in its own zone and stored as a UTC
instant plus the zone's name. The rules checked before a save: title and number given,
the number not used by another webinar of the series, a positive duration, a known zone,
and no webinar crossing midnight (an organizer's typo, e.g. 23:00 for 13:00). A date
outside the series' year is only a warning: series sometimes start in December.

Daylight saving: a start time the zone skips that day (02:30 on the spring-forward Sunday)
is refused; one it repeats (01:30 on the fall-back Sunday) is the first occurrence unless
the form asks for the second, and a warning says which one was kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocse_planner.db.enums import CollaborationRole, CollaborationStatus, WebinarStatus
from ocse_planner.db.models import DEFAULT_TIME_ZONE, Collaboration, Organization, Series, Webinar
from ocse_planner.services.concurrency import fetch_for_update
from ocse_planner.services.local_time import (
    is_second_occurrence,
    local_instant,
    nonexistent_time,
    occurrences,
)
from ocse_planner.services.snapshot import Snapshot, delete_with_snapshot
from ocse_planner.services.errors import FieldProblem, NotFoundError
from ocse_planner.services.text import form_problems
from ocse_planner.services.time_format import time_of_day
from ocse_planner.services.validation import blank, is_time_zone, raise_errors

MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True)
class WebinarForm:
    number: int
    title: str
    theme: str = ""
    date: date | None = None  # local date in `time_zone`
    start_time: time | None = None  # local time in `time_zone`
    time_zone: str = DEFAULT_TIME_ZONE
    duration_minutes: int = 120
    platform: str = ""
    link: str = ""
    status: WebinarStatus = WebinarStatus.DRAFT
    highlights: str = ""
    # A start time the zone repeats that day (the fall-back hour): False = its first
    # occurrence, True = the second. Ignored for every other time.
    second_occurrence: bool = False
    # French beside the English (services/bilingual.py); "" = not translated yet.
    title_fr: str = ""
    theme_fr: str = ""
    highlights_fr: str = ""
    # The recording or survey link the thank-you message to presenters gives.
    follow_up_link: str = ""


@dataclass(frozen=True)
class WebinarRecord:
    id: int
    version: int
    series_id: int
    form: WebinarForm
    co_host_ids: tuple[int, ...]


def local_start(form: WebinarForm) -> datetime | None:
    """The start instant (UTC) the form describes, or None while it has no date.

    Raises NonexistentTimeError for a time the zone skips that day; `validate_webinar`
    reports it as a problem of the start-time field first."""
    if form.date is None or not is_time_zone(form.time_zone):
        return None
    return local_instant(form.date, form.start_time or time(0, 0), form.time_zone, second=form.second_occurrence)


def _daylight_saving_problems(form: WebinarForm) -> list[FieldProblem]:
    if form.date is None or not is_time_zone(form.time_zone):
        return []
    clock = form.start_time or time(0, 0)
    found = occurrences(form.date, clock, form.time_zone)
    if not found.exists:
        return list(nonexistent_time(form.date, clock, form.time_zone).problems)
    if found.ambiguous:
        first, second = found.labels()
        if form.second_occurrence:
            return [FieldProblem("{time} occurs twice on {date} in {zone} (the clocks go back that night): the "
                                 "second one, {kept}, is used. Choose the other occurrence for {other}.",
                                 field="start_time", warning=True, time=time_of_day(clock),
                                 date=form.date.isoformat(), zone=form.time_zone, kept=second, other=first)]
        return [FieldProblem("{time} occurs twice on {date} in {zone} (the clocks go back that night): the "
                             "first one, {kept}, is used. Choose the other occurrence for {other}.",
                             field="start_time", warning=True, time=time_of_day(clock),
                             date=form.date.isoformat(), zone=form.time_zone, kept=first, other=second)]
    return []


def crosses_midnight(start: time, duration_minutes: int) -> bool:
    """Whether a webinar starting at `start` (wall clock) ends after the next midnight."""
    return start.hour * 60 + start.minute + duration_minutes > MINUTES_PER_DAY


def validate_webinar(
    session: Session, series_id: int, form: WebinarForm, webinar_id: int | None = None
) -> list[FieldProblem]:
    problems: list[FieldProblem] = form_problems(form, multiline={"theme", "highlights", "theme_fr", "highlights_fr"})
    if blank(form.title):
        problems.append(FieldProblem("The title is required.", field="title"))
    if form.number <= 0:
        problems.append(FieldProblem("The webinar number must be 1 or more.", field="number"))
    else:
        clash = session.scalar(
            select(Webinar.title).where(
                Webinar.series_id == series_id, Webinar.number == form.number, Webinar.id != (webinar_id or -1)
            )
        )
        if clash is not None:
            problems.append(FieldProblem("Number {number} is already used by the webinar “{title}”.", field="number",
                                         number=form.number, title=clash))
    if form.duration_minutes <= 0:
        problems.append(FieldProblem("The duration must be at least one minute.", field="duration"))
    if not is_time_zone(form.time_zone):
        problems.append(FieldProblem("“{zone}” is not a known time zone (e.g. America/Toronto).", field="time_zone",
                                     zone=form.time_zone))
    if form.start_time is not None and form.duration_minutes > 0 and crosses_midnight(form.start_time, form.duration_minutes):
        end = (datetime.combine(date(2000, 1, 1), form.start_time) + timedelta(minutes=form.duration_minutes)).time()
        problems.append(
            FieldProblem(
                "Starting at {start} for {minutes} minutes, the webinar would end at {end} the next day; "
                "check the start time.",
                field="start_time", start=time_of_day(form.start_time), minutes=form.duration_minutes,
                end=time_of_day(end),
            )
        )
    problems += _daylight_saving_problems(form)
    series = session.get(Series, series_id)
    if series is None:
        problems.append(FieldProblem("The series no longer exists.", field="series"))
    elif form.date is not None and form.date.year != series.year:
        problems.append(
            FieldProblem(
                "The date is in {year}, outside the series' year {series_year}.",
                field="date", warning=True, year=form.date.year, series_year=series.year,
            )
        )
    return problems


def _apply(webinar: Webinar, form: WebinarForm) -> None:
    webinar.number = form.number
    webinar.title = form.title.strip()
    webinar.title_fr = form.title_fr.strip() or None
    webinar.theme = form.theme.strip() or None
    webinar.theme_fr = form.theme_fr.strip() or None
    webinar.starts_at = local_start(form)
    webinar.time_zone = form.time_zone
    webinar.duration_minutes = form.duration_minutes
    webinar.platform = form.platform.strip() or None
    webinar.link = form.link.strip() or None
    webinar.follow_up_link = form.follow_up_link.strip() or None
    webinar.status = form.status
    webinar.highlights = form.highlights.strip() or None
    webinar.highlights_fr = form.highlights_fr.strip() or None


def create_webinar(session: Session, series_id: int, form: WebinarForm) -> WebinarRecord:
    """Add a webinar; raises ValidationError (nothing saved) when the form has errors."""
    raise_errors(validate_webinar(session, series_id, form))
    webinar = Webinar(series_id=series_id)
    _apply(webinar, form)
    session.add(webinar)
    session.flush()
    return get_webinar(session, webinar.id)


def update_webinar(
    session: Session, webinar_id: int, form: WebinarForm, expected_version: int | None = None
) -> WebinarRecord:
    webinar = fetch_for_update(session, Webinar, webinar_id, expected_version, "webinar")
    raise_errors(validate_webinar(session, webinar.series_id, form, webinar_id))
    _apply(webinar, form)
    session.flush()
    return get_webinar(session, webinar_id)


def get_webinar(session: Session, webinar_id: int) -> WebinarRecord:
    w = session.get(Webinar, webinar_id)
    if w is None:
        raise NotFoundError("no webinar with id {id}", id=webinar_id)
    local = w.starts_at.astimezone(ZoneInfo(w.time_zone)) if w.starts_at else None
    return WebinarRecord(
        id=w.id,
        version=w.version,
        series_id=w.series_id,
        form=WebinarForm(
            number=w.number,
            title=w.title,
            theme=w.theme or "",
            date=local.date() if local else None,
            start_time=local.time().replace(second=0, microsecond=0) if local else None,
            time_zone=w.time_zone,
            duration_minutes=w.duration_minutes,
            platform=w.platform or "",
            link=w.link or "",
            status=w.status,
            highlights=w.highlights or "",
            second_occurrence=bool(w.starts_at) and is_second_occurrence(w.starts_at, w.time_zone),
            title_fr=w.title_fr or "",
            theme_fr=w.theme_fr or "",
            highlights_fr=w.highlights_fr or "",
            follow_up_link=w.follow_up_link or "",
        ),
        co_host_ids=co_host_ids(session, webinar_id),
    )


def next_number(session: Session, series_id: int) -> int:
    return (session.scalar(select(func.max(Webinar.number)).where(Webinar.series_id == series_id)) or 0) + 1


def new_webinar_form(session: Session, series_id: int) -> WebinarForm:
    """Defaults for a new webinar: the next number, four weeks after the last one."""
    series = session.get(Series, series_id)
    if series is None:
        raise NotFoundError("no series with id {id}", id=series_id)
    number = next_number(session, series_id)
    last = session.scalar(
        select(Webinar).where(Webinar.series_id == series_id).order_by(Webinar.number.desc()).limit(1)
    )
    if last is not None and last.starts_at is not None:
        local = last.starts_at.astimezone(ZoneInfo(last.time_zone))
        day, start, zone = local.date() + timedelta(weeks=4), local.time().replace(second=0, microsecond=0), last.time_zone
        if day.year != series.year:
            day = local.date()
    else:
        day, start, zone = date(series.year, 1, 15), time(13, 0), series.time_zone
    return WebinarForm(number=number, title=f"Webinar {number}", date=day, start_time=start, time_zone=zone)


def delete_webinar(session: Session, webinar_id: int) -> Snapshot:
    return delete_with_snapshot(session, Webinar, webinar_id, "webinar")


# --- co-hosting organizations ----------------------------------------------------------

def co_host_ids(session: Session, webinar_id: int) -> tuple[int, ...]:
    return tuple(
        session.scalars(
            select(Collaboration.organization_id)
            .where(Collaboration.webinar_id == webinar_id, Collaboration.role == CollaborationRole.CO_HOST)
            .order_by(Collaboration.organization_id)
        )
    )


def set_co_hosts(session: Session, webinar_id: int, organization_ids: tuple[int, ...] | list[int]) -> None:
    """Make exactly these organizations the webinar's co-hosts.

    Existing co-host records of organizations that stay are kept untouched (their status,
    contact and notes belong to the Partners tab); new ones start as proposed.
    """
    webinar = session.get(Webinar, webinar_id)
    if webinar is None:
        raise NotFoundError("no webinar with id {id}", id=webinar_id)
    wanted = set(organization_ids)
    existing = {
        c.organization_id: c
        for c in session.scalars(
            select(Collaboration).where(
                Collaboration.webinar_id == webinar_id, Collaboration.role == CollaborationRole.CO_HOST
            )
        )
    }
    for org_id, collaboration in existing.items():
        if org_id not in wanted:
            session.delete(collaboration)
    for org_id in sorted(wanted - existing.keys()):
        if session.get(Organization, org_id) is None:
            raise NotFoundError("no organization with id {id}", id=org_id)
        session.add(
            Collaboration(
                organization_id=org_id,
                series_id=webinar.series_id,
                webinar_id=webinar_id,
                role=CollaborationRole.CO_HOST,
                status=CollaborationStatus.PROPOSED,
            )
        )
    session.flush()
