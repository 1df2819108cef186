"""What goes into a calendar file: one event per presentation of a series, webinar or person.

The events are plain data for `export/ics.py` to write. UIDs are built from record ids
plus a namespace derived from the series (its id and creation instant), so re-sending a
file after a change updates the entries people already imported instead of adding
duplicates; the sequence grows with the records' versions so calendar clients accept the
update. What an event says follows the public credit rule (services/credits.py): confirmed
presenters by name, others "to be confirmed", declined and withdrawn never; a carried-over
title is marked. A presenter's own calendar holds every slot they may be asked to keep.

A calendar is written in one language or in both (SUMMARY and DESCRIPTION): French
titles, French names of organizations and job titles, "[EN]" before an English text not
translated yet. In both languages the summary reads "English / French" and the
description gives the English lines, then the French ones.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ocse_planner.db.enums import AgendaItemKind, BookingStatus
from ocse_planner.db.models import Booking, Person, Presentation, Series, Webinar
from ocse_planner.services.agenda import agenda_from_webinar
from ocse_planner.services.credits import public_credit, public_title
from ocse_planner.services.bilingual import document_text, localized
from ocse_planner.services.errors import N_, NotFoundError
from ocse_planner.services.names import person_name

# A presenter's own calendar holds every slot they may be asked to keep free.
SHOWN = (BookingStatus.TO_INVITE, BookingStatus.INVITED, BookingStatus.CONFIRMED)


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    starts_at: datetime  # aware
    ends_at: datetime
    time_zone: str  # IANA name the event is written in (the webinar's)
    summary: str
    description: tuple[str, ...]  # lines: presenters' credits, the link, resource links
    location: str | None
    sequence: int
    last_modified: datetime
    confirmed: bool  # settled: confirmed presenters only, none pending, the title final
    cancelled: bool = False  # a cancellation notice's event (STATUS:CANCELLED)


@dataclass(frozen=True)
class CalendarContent:
    name: str
    stamp: datetime  # when the file is made (DTSTAMP)
    events: tuple[CalendarEvent, ...]


def uid_namespace(series: Series) -> str:
    """Stable per series and planner file: ids alone repeat across planner files."""
    created = series.created_at.astimezone(UTC).isoformat() if series.created_at else ""
    digest = hashlib.sha256(f"{series.id}|{created}".encode()).hexdigest()[:16]
    return f"{digest}.ocse-planner"


def presentation_uid(presentation_id: int, namespace: str) -> str:
    return f"presentation-{presentation_id}@{namespace}"


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


def _is_presentation(presentation: Presentation) -> bool:
    return presentation.kind == AgendaItemKind.PRESENTATION


def _events(webinars: list[Webinar], keep: Callable[[Presentation], bool] = _is_presentation,
            languages: tuple[str, ...] = ("en",)) -> tuple[CalendarEvent, ...]:
    events = []
    for webinar in webinars:
        namespace = uid_namespace(webinar.series)
        items = {i.id: i for i in agenda_from_webinar(webinar).items}
        for presentation in webinar.presentations:
            item = items[presentation.id]
            if not keep(presentation) or item.starts_at is None or item.ends_at is None:
                continue
            needs_presenter = item.kind == AgendaItemKind.PRESENTATION
            credit = public_credit(item.presenters, needs_presenter=needs_presenter)
            summaries: list[str] = []
            lines: list[str] = []
            for language in languages:
                in_language = public_credit(item.presenters, needs_presenter=needs_presenter, language=language)
                block = in_language.lines(lambda p, language=language: p.credit_in(language))
                lines += ([""] if lines and block else []) + block
                summaries.append(document_text(
                    N_("{title} — webinar {number}: {webinar}"), language,
                    title=public_title(item.title_in(language), item.placeholder, language),
                    number=webinar.number, webinar=localized(webinar.title, webinar.title_fr, language)))
            if webinar.link:
                lines.append(webinar.link)
            lines.extend(item.resource_links)
            events.append(CalendarEvent(
                uid=presentation_uid(presentation.id, namespace),
                starts_at=item.starts_at,
                ends_at=item.ends_at,
                time_zone=webinar.time_zone,
                summary=" / ".join(summaries),
                description=tuple(lines),
                location=(webinar.link or webinar.platform) or None,
                # Either record changing (a new time, a new title) must raise the sequence.
                sequence=presentation.version + webinar.version - 2,
                last_modified=max(presentation.updated_at, webinar.updated_at),
                confirmed=bool(credit.confirmed) and not credit.pending and not item.placeholder,
            ))
    return tuple(events)


def _in_languages(languages: tuple[str, ...], text: Callable[[str], str]) -> str:
    return " / ".join(dict.fromkeys(text(language) for language in languages))


def series_calendar(session: Session, series_id: int, *, webinar_number: int | None = None,
                    now: datetime | None = None, languages: tuple[str, ...] = ("en",)) -> CalendarContent:
    """All presentations of a series, or of its webinar `webinar_number`, in `languages`."""
    conditions = [Webinar.series_id == series_id]
    if webinar_number is not None:
        conditions.append(Webinar.number == webinar_number)
    webinars = _webinars(session, *conditions)
    if not webinars:
        if webinar_number:
            raise NotFoundError("the series has no webinar {number}", number=webinar_number)
        raise NotFoundError("the series has no webinars")
    first, series = webinars[0], webinars[0].series
    if webinar_number:
        name = _in_languages(languages, lambda language: document_text(
            N_("Webinar {number}: {title}"), language, number=first.number,
            title=localized(first.title, first.title_fr, language)))
    else:
        name = _in_languages(languages, lambda language: localized(series.title, series.title_fr, language))
    return CalendarContent(name, now or datetime.now(UTC), _events(webinars, languages=languages))


def webinar_calendar(session: Session, webinar_id: int, *, now: datetime | None = None,
                     languages: tuple[str, ...] = ("en",)) -> CalendarContent:
    webinar = session.get(Webinar, webinar_id)
    if webinar is None:
        raise NotFoundError("no webinar with id {id}", id=webinar_id)
    return series_calendar(session, webinar.series_id, webinar_number=webinar.number, now=now, languages=languages)


def presenter_calendar(session: Session, series_id: int, person_id: int, *,
                       now: datetime | None = None, languages: tuple[str, ...] = ("en",)) -> CalendarContent:
    """One presenter's slots in a series (declined and withdrawn bookings left out)."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("no person with id {id}", id=person_id)
    webinars = _webinars(session, Webinar.series_id == series_id)
    name = person_name(person)
    if webinars:
        series = webinars[0].series
        name = f"{name} — {_in_languages(languages, lambda language: localized(series.title, series.title_fr, language))}"

    def booked(p: Presentation) -> bool:
        return any(b.person_id == person_id and b.status in SHOWN for b in p.bookings)

    events = _events(webinars, keep=booked, languages=languages)
    if not events:
        raise NotFoundError("{name} has no presentation in this series", name=person_name(person))
    return CalendarContent(name, now or datetime.now(UTC), events)
