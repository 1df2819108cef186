"""What a French document of a series would have to print in English: the translation gaps.

A document in French (or in both languages) prints a missing French text as the English
marked "[EN]" (services/bilingual.py), never a blank; this check names each such text
beforehand, so the organizer can translate it before anything is sent. It covers what the
series' public documents print: the series' title, programme and objectives, each
webinar's title, theme and discussion highlights, each agenda item's title and
description, the names of the organizations they mention (host, partners, presenters and
their employers, with the units they belong to), the job titles of credited presenters,
the sectors of the audience figures and the survey statements.

Every gap is named before a French or bilingual document is written (a warning of the
command, a question in the window); the missing titles are also warnings of the conflict
check (services/conflicts.py) once a series is being translated, listed with the other
findings in the window and by `ocse-planner conflicts`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocse_planner.db.enums import AgendaItemKind, BookingStatus, WebinarStatus
from ocse_planner.db.models import (
    AttendanceRecord,
    Collaboration,
    Organization,
    Person,
    Sector,
    SectorCount,
    Series,
    SurveyResult,
    Webinar,
)
from ocse_planner.services.bilingual import aligned, has_text
from ocse_planner.services.errors import N_, render
from ocse_planner.services.names import organization_path, person_name
from ocse_planner.services.vocabulary import english


@dataclass(frozen=True)
class FrenchGap:
    """One text without its French: the message, and what it concerns."""

    message: str
    title: bool  # a title (of the series, a webinar or an agenda item) rather than another text
    webinar_id: int | None = None
    presentation_id: int | None = None


def _missing(english: str | None, french: str | None) -> bool:
    """Whether a French document would have to print this text in English ("[EN]")."""
    return not has_text(french) and has_text(english)


def _kind_name(item) -> bool:  # type: ignore[no-untyped-def]
    """An agenda item titled by its kind alone ("Break"): documents print the kind's French."""
    return item.kind != AgendaItemKind.PRESENTATION and item.title.strip().lower() == english(item.kind).lower()


def french_gaps(session: Session, series_id: int, webinars: list[Webinar]) -> list[FrenchGap]:
    """Every text of `series_id` whose French is missing, in document order. `webinars`
    are the series' webinars the check covers (cancelled ones are left out by the caller),
    loaded with their presentations and bookings."""
    series = session.get(Series, series_id)
    if series is None:
        return []
    gaps: list[FrenchGap] = []

    def gap(template: str, *, is_title: bool = False, webinar: int | None = None, item: int | None = None,
            **arguments: object) -> None:
        gaps.append(FrenchGap(render(template, arguments), is_title, webinar, item))

    if _missing(series.title, series.title_fr):
        gap(N_("French title missing for the series “{title}”."), is_title=True, title=series.title)
    if _missing(series.programme, series.programme_fr):
        gap(N_("French text missing for the programme of the series: “{text}”."), text=series.programme)
    for number, (english, french) in enumerate(aligned(series.objectives or (), series.objectives_fr), start=1):
        if _missing(english, french):
            gap(N_("French text missing for objective {number} of the series: “{text}”."), number=number,
                text=english)

    organizations: dict[int, Organization] = {}
    people: dict[int, Person] = {}
    if series.host_organization is not None:
        organizations[series.host_organization.id] = series.host_organization
    for webinar in webinars:
        if _missing(webinar.title, webinar.title_fr):
            gap(N_("French title missing for webinar {number}, “{title}”."), is_title=True, webinar=webinar.id,
                number=webinar.number, title=webinar.title)
        if _missing(webinar.theme, webinar.theme_fr):
            gap(N_("French text missing for the theme of webinar {number}."), webinar=webinar.id, number=webinar.number)
        if _missing(webinar.highlights, webinar.highlights_fr):
            gap(N_("French text missing for the discussion highlights of webinar {number}."), webinar=webinar.id,
                number=webinar.number)
        for item in sorted(webinar.presentations, key=lambda p: p.position):
            if _missing(item.title, item.title_fr) and not _kind_name(item):
                gap(N_("French title missing for “{title}” (webinar {number}, item {position})."), is_title=True,
                    webinar=webinar.id, item=item.id, title=item.title, number=webinar.number,
                    position=item.position)
            if _missing(item.description, item.description_fr):
                gap(N_("French text missing for the description of “{title}” (webinar {number})."),
                    webinar=webinar.id, item=item.id, title=item.title, number=webinar.number)
            for booking in item.bookings:
                if booking.status in (BookingStatus.DECLINED, BookingStatus.WITHDRAWN):
                    continue  # never printed
                if booking.organization is not None:
                    organizations[booking.organization.id] = booking.organization
                if booking.person is not None:
                    people.setdefault(booking.person.id, booking.person)
                    if booking.person.organization is not None:
                        organizations[booking.person.organization.id] = booking.person.organization
    for collaboration in session.scalars(select(Collaboration).where(Collaboration.series_id == series_id)):
        organizations[collaboration.organization.id] = collaboration.organization

    for person in sorted(people.values(), key=lambda p: (p.family_name, p.given_name, p.id)):
        if _missing(person.job_title, person.job_title_fr):
            gap(N_("French job title missing for {person}: “{text}”."), person=person_name(person),
                text=person.job_title)
    named: dict[int, Organization] = {}
    for org in organizations.values():
        for unit in organization_path(org):  # a unit prints with the bodies it belongs to
            named[unit.id] = unit
    for org in sorted(named.values(), key=lambda o: (o.name.casefold(), o.id)):
        if not has_text(org.name_fr):
            gap(N_("French name missing for the organization “{name}”."), name=org.name)
        elif _missing(org.acronym, org.acronym_fr):
            gap(N_("French acronym missing for “{name}” ({acronym})."), name=org.name_fr, acronym=org.acronym)

    webinar_ids = select(Webinar.id).where(Webinar.series_id == series_id)
    sector_ids = select(SectorCount.sector_id).where(SectorCount.series_id == series_id).union(
        select(AttendanceRecord.sector_id).where(AttendanceRecord.webinar_id.in_(webinar_ids),
                                                 AttendanceRecord.sector_id.is_not(None)))
    for sector in session.scalars(select(Sector).where(Sector.id.in_(sector_ids)).order_by(Sector.position,
                                                                                          Sector.name)):
        if _missing(sector.name, sector.name_fr):
            gap(N_("French name missing for the sector “{name}”."), name=sector.name)
    for result in session.scalars(select(SurveyResult).where(SurveyResult.series_id == series_id)
                                  .order_by(SurveyResult.position, SurveyResult.id)):
        if _missing(result.statement, result.statement_fr):
            gap(N_("French text missing for the survey statement “{text}”."), text=result.statement)
    return gaps


def series_french_gaps(session: Session, series_id: int) -> list[FrenchGap]:
    """The gaps of a series' documents (cancelled webinars are not printed)."""
    from ocse_planner.services.booked_slots import series_webinars_query

    webinars = [w for w in session.scalars(series_webinars_query().where(Webinar.series_id == series_id)
                                            .order_by(Webinar.number))
                if w.status != WebinarStatus.CANCELLED]
    return french_gaps(session, series_id, webinars)
