"""Plan next year's series by cloning this year's.

Organizers keep the rhythm of a series ("the fourth Tuesday of January, February and
March, 1 p.m. Toronto time"), so the default date rule keeps each webinar's weekday and
its week of the month (the n-th such weekday of the same month, or the last one when the
month has no n-th); "+52 weeks" keeps the weekday and roughly the date. The wall-clock
time in the webinar's zone is kept across daylight-saving changes; a clock time the
zone skips on the new date (02:30 on a spring-forward Sunday) refuses the clone, naming
the webinar, and one it repeats is the first occurrence (noted in the result).

Webinars and the agenda skeleton (items, kinds, durations, planned starts) always come
along; presentation titles, partner collaborations and presenters only when asked, and
reset to the start of the planning cycle (placeholders; "proposed"; "to invite"). The
French beside each English text comes along with it (the series' title, programme and
objectives, the webinars' titles and themes, the agenda items' titles and descriptions),
so a bilingual series stays bilingual; a new English title drops the old French one
unless a French title is given too. The source series is only read.
"""

from __future__ import annotations

import calendar
import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocse_planner.services import text as _text  # noqa: F401  (refuses unstorable text at every flush)
from ocse_planner.db.enums import (
    AgendaItemKind,
    BookingStatus,
    CollaborationStatus,
    SeriesStatus,
    WebinarStatus,
)
from ocse_planner.db.models import Booking, BookingEvent, Collaboration, Presentation, Series, Webinar
from ocse_planner.db.base import utcnow
from ocse_planner.services.errors import ConflictError, NotFoundError, ValidationError
from ocse_planner.services.readiness import copy_items
from ocse_planner.services.local_time import is_second_occurrence, local_instant, occurrences
from ocse_planner.services.time_format import time_of_day


class DateRule(enum.StrEnum):
    SAME_WEEKDAY = "weekday"  # same weekday, same week of the month
    PLUS_52_WEEKS = "52weeks"


@dataclass(frozen=True)
class CloneOptions:
    year: int
    title: str | None = None  # None: the source's title
    title_fr: str | None = None  # None: the source's French title when the title is kept
    date_rule: DateRule = DateRule.SAME_WEEKDAY
    keep_titles: bool = False
    keep_partners: bool = False
    keep_presenters: bool = False


@dataclass(frozen=True)
class CloneResult:
    series_id: int
    title: str
    year: int
    webinars: int
    presentations: int
    collaborations: int
    bookings: int
    # Webinar numbers whose start time occurs twice on the new date (the fall-back hour);
    # each was given the occurrence its source had (the first, normally).
    repeated_times: tuple[int, ...] = ()


def week_of_month(day: date) -> int:
    """1 for the first such weekday of the month, 2 for the second…"""
    return (day.day - 1) // 7 + 1


def same_weekday_in(day: date, year: int) -> date:
    """The same weekday in the same week of the same month of `year`."""
    nth = week_of_month(day)
    first = date(year, day.month, 1)
    offset = (day.weekday() - first.weekday()) % 7
    candidate = 1 + offset + (nth - 1) * 7
    last_day = calendar.monthrange(year, day.month)[1]
    while candidate > last_day:  # no fifth Tuesday that month: take the last one
        candidate -= 7
    return date(year, day.month, candidate)


def move_date(day: date, year: int, rule: DateRule) -> date:
    if rule == DateRule.PLUS_52_WEEKS:
        return day + timedelta(weeks=52 * (year - day.year))
    return same_weekday_in(day, year)


def _moved_start(webinar: Webinar, year: int, rule: DateRule) -> datetime | None:
    if webinar.starts_at is None:
        return None
    local = webinar.starts_at.astimezone(ZoneInfo(webinar.time_zone))
    day = move_date(local.date(), year, rule)
    clock = local.time().replace(tzinfo=None, fold=0)
    if not occurrences(day, clock, webinar.time_zone).exists:
        raise ValidationError(
            "Webinar {number} would start at {time} on {date}, a time that does not exist in {zone} (the "
            "clocks go forward that night). Change its start time first, or use the other date rule.",
            field="date_rule", number=webinar.number, time=time_of_day(clock), date=day.isoformat(),
            zone=webinar.time_zone)
    return local_instant(day, clock, webinar.time_zone,
                         second=is_second_occurrence(webinar.starts_at, webinar.time_zone))


def _repeated(start: datetime | None, zone: str) -> bool:
    if start is None:
        return False
    shown = start.astimezone(ZoneInfo(zone))
    return occurrences(shown.date(), shown.time().replace(tzinfo=None), zone).ambiguous


def clone_series(session: Session, source_id: int, options: CloneOptions) -> CloneResult:
    source = session.get(Series, source_id)
    if source is None:
        raise NotFoundError("No series with id {id}.", id=source_id)
    title = (options.title or source.title).strip()
    if not title:
        raise ValidationError("The new series needs a title.", field="title")
    if not 1900 <= options.year <= 9999:
        raise ValidationError("The year {year} is not between 1900 and 9999.", field="year", year=options.year)
    if session.scalar(select(Series.id).where(Series.title == title, Series.year == options.year)) is not None:
        raise ConflictError("A series “{title}” already exists for {year}; choose another title or year.",
                            title=title, year=options.year)

    target = Series(
        title=title,
        title_fr=_french_title(source, title, options.title_fr),
        year=options.year,
        host_organization_id=source.host_organization_id,
        programme=source.programme,
        programme_fr=source.programme_fr,
        objectives=list(source.objectives or []),
        objectives_fr=list(source.objectives_fr) if source.objectives_fr is not None else None,
        status=SeriesStatus.PLANNING,
        time_zone=source.time_zone,
    )
    session.add(target)
    session.flush()
    counts = {"webinars": 0, "presentations": 0, "collaborations": 0, "bookings": 0}
    webinar_map: dict[int | None, Webinar] = {}
    repeated: list[int] = []
    for webinar in source.webinars:
        starts_at = _moved_start(webinar, options.year, options.date_rule)
        if _repeated(starts_at, webinar.time_zone):
            repeated.append(webinar.number)
        copy = Webinar(
            series_id=target.id,
            number=webinar.number,
            title=webinar.title,
            title_fr=webinar.title_fr,
            theme=webinar.theme,
            theme_fr=webinar.theme_fr,
            starts_at=starts_at,
            time_zone=webinar.time_zone,
            duration_minutes=webinar.duration_minutes,
            platform=webinar.platform,
            status=WebinarStatus.DRAFT,
        )
        session.add(copy)
        webinar_map[webinar.id] = copy
        counts["webinars"] += 1
        talks = 0
        for item in webinar.presentations:
            counts["presentations"] += 1
            talks += item.kind == AgendaItemKind.PRESENTATION
            counts["bookings"] += _clone_item(copy, item, options, talks)
    session.flush()
    if options.keep_partners:
        counts["collaborations"] = _clone_collaborations(session, source, target, webinar_map)
    copy_items(session, source.id, target.id)  # the checklist, every tick cleared
    session.flush()
    return CloneResult(series_id=target.id, title=title, year=options.year, repeated_times=tuple(repeated), **counts)


def _clone_item(webinar: Webinar, item: Presentation, options: CloneOptions, talk: int) -> int:
    """Copy one agenda item; `talk` is its number among the webinar's presentations."""
    is_talk = item.kind == AgendaItemKind.PRESENTATION
    kept = options.keep_titles or not is_talk
    copy = Presentation(
        position=item.position,
        kind=item.kind,
        # Breaks and Q&A keep their names: they are part of the skeleton, not content.
        title=item.title if kept else f"Presentation {talk}",
        title_fr=item.title_fr if kept else f"Présentation {talk}",
        description=None if is_talk else item.description,
        description_fr=None if is_talk else item.description_fr,
        start_offset_minutes=item.start_offset_minutes,
        duration_minutes=item.duration_minutes,
        placeholder=is_talk,  # resource links are not carried over: the copy starts with none
    )
    webinar.presentations.append(copy)
    if not options.keep_presenters:
        return 0
    now = utcnow()
    for booking in item.bookings:
        new = Booking(
            position=booking.position,
            person_id=booking.person_id,
            organization_id=booking.organization_id,
            status=BookingStatus.TO_INVITE,
            status_changed_at=now,
        )
        new.events.append(
            BookingEvent(status=BookingStatus.TO_INVITE, changed_at=now, note="Carried over from the previous series")
        )
        copy.bookings.append(new)
    return len(item.bookings)


def _french_title(source: Series, title: str, given: str | None) -> str | None:
    """The new series' French title: the one given, else the source's if the English
    title is the source's (a French title for another English one would be wrong)."""
    if given is not None and given.strip():
        return given.strip()
    return source.title_fr if title == source.title.strip() else None


def _clone_collaborations(
    session: Session, source: Series, target: Series, webinar_map: dict[int, Webinar]
) -> int:
    count = 0
    for c in session.scalars(select(Collaboration).where(Collaboration.series_id == source.id).order_by(Collaboration.id)):
        webinar = webinar_map.get(c.webinar_id)  # None: series-wide
        session.add(
            Collaboration(
                organization_id=c.organization_id,
                series_id=target.id,
                webinar_id=webinar.id if webinar is not None else None,
                role=c.role,
                status=CollaborationStatus.PROPOSED,
                contact_person_id=c.contact_person_id,
            )
        )
        count += 1
    return count
