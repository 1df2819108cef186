"""Read-only listings shared by the tabs (series, webinars, organizations).

Each function is one query (or a few), shaped for a table: counts come from SQL, not from
loading every child row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ocse_planner.db.enums import (
    AgendaItemKind,
    BookingStatus,
    CollaborationRole,
    OrganizationKind,
    SeriesStatus,
    WebinarStatus,
)
from ocse_planner.db.models import (
    Booking,
    Collaboration,
    Organization,
    Person,
    Presentation,
    Series,
    Webinar,
)
from ocse_planner.services.errors import NotFoundError
from ocse_planner.services.names import organization_label


@dataclass(frozen=True)
class SeriesRow:
    id: int
    title: str
    year: int
    status: SeriesStatus
    host: str
    webinars: int
    presentations: int
    presenters_confirmed: int
    presenters_needed: int
    title_fr: str = ""  # "" when not translated
    host_fr: str = ""  # the host's French name, "" when not written


@dataclass(frozen=True)
class SeriesDetail:
    id: int
    title: str
    year: int
    programme: str
    objectives: list[str]
    time_zone: str
    title_fr: str = ""


@dataclass(frozen=True)
class WebinarRow:
    id: int
    series_id: int
    number: int
    title: str
    starts_at: datetime | None
    time_zone: str
    duration_minutes: int
    status: WebinarStatus
    co_hosts: str
    presentations: int
    platform: str
    title_fr: str = ""  # "" when not translated


@dataclass(frozen=True)
class OrganizationRow:
    id: int
    name: str
    acronym: str
    kind: OrganizationKind
    parent: str
    people: int
    name_fr: str = ""  # "" when not written
    acronym_fr: str = ""


def list_series(session: Session) -> list[SeriesRow]:
    webinars = (
        select(Webinar.series_id, func.count(Webinar.id).label("n"))
        .group_by(Webinar.series_id)
        .subquery()
    )
    talks = (  # presentations only: opening remarks, Q&A and breaks are not talks
        select(Webinar.series_id, func.count(Presentation.id).label("n"))
        .join(Presentation, Presentation.webinar_id == Webinar.id)
        .where(Presentation.kind == AgendaItemKind.PRESENTATION)
        .group_by(Webinar.series_id)
        .subquery()
    )
    confirmed = case((Booking.status == BookingStatus.CONFIRMED, 1), else_=0)
    active = case(
        (Booking.status.in_([BookingStatus.DECLINED, BookingStatus.WITHDRAWN]), 0), else_=1
    )
    bookings = (
        select(
            Webinar.series_id,
            func.sum(confirmed).label("confirmed"),
            func.sum(active).label("needed"),
        )
        .join(Presentation, Presentation.webinar_id == Webinar.id)
        .join(Booking, Booking.presentation_id == Presentation.id)
        .group_by(Webinar.series_id)
        .subquery()
    )
    stmt = (
        select(
            Series,
            Organization.name,
            Organization.name_fr,
            func.coalesce(webinars.c.n, 0),
            func.coalesce(talks.c.n, 0),
            func.coalesce(bookings.c.confirmed, 0),
            func.coalesce(bookings.c.needed, 0),
        )
        .outerjoin(Organization, Organization.id == Series.host_organization_id)
        .outerjoin(webinars, webinars.c.series_id == Series.id)
        .outerjoin(talks, talks.c.series_id == Series.id)
        .outerjoin(bookings, bookings.c.series_id == Series.id)
        .order_by(Series.year.desc(), Series.title)
    )
    return [
        SeriesRow(
            id=s.id,
            title=s.title,
            year=s.year,
            status=s.status,
            host=host or "",
            webinars=w,
            presentations=p,
            presenters_confirmed=c,
            presenters_needed=n,
            title_fr=s.title_fr or "",
            host_fr=host_fr or "",
        )
        for s, host, host_fr, w, p, c, n in session.execute(stmt)
    ]


def series_detail(session: Session, series_id: int) -> SeriesDetail:
    s = session.get(Series, series_id)
    if s is None:
        raise NotFoundError("no series with id {id}", id=series_id)
    return SeriesDetail(
        id=s.id,
        title=s.title,
        year=s.year,
        programme=s.programme or "",
        objectives=list(s.objectives or []),
        time_zone=s.time_zone,
        title_fr=s.title_fr or "",
    )


def list_webinars(session: Session, series_id: int) -> list[WebinarRow]:
    talks = (
        select(Presentation.webinar_id, func.count(Presentation.id).label("n"))
        .where(Presentation.kind == AgendaItemKind.PRESENTATION)
        .group_by(Presentation.webinar_id)
        .subquery()
    )
    hosts: dict[int, list[str]] = {}
    for webinar_id, org in session.execute(
        select(Collaboration.webinar_id, Organization)
        .join(Organization, Organization.id == Collaboration.organization_id)
        .where(
            Collaboration.series_id == series_id,
            Collaboration.webinar_id.is_not(None),
            Collaboration.role == CollaborationRole.CO_HOST,
        )
        .order_by(Organization.name)
    ):
        hosts.setdefault(webinar_id, []).append(organization_label(org))
    stmt = (
        select(Webinar, func.coalesce(talks.c.n, 0))
        .outerjoin(talks, talks.c.webinar_id == Webinar.id)
        .where(Webinar.series_id == series_id)
        .order_by(Webinar.number)
    )
    return [
        WebinarRow(
            id=w.id,
            series_id=w.series_id,
            number=w.number,
            title=w.title,
            starts_at=w.starts_at,
            time_zone=w.time_zone,
            duration_minutes=w.duration_minutes,
            status=w.status,
            co_hosts="; ".join(hosts.get(w.id, [])),
            presentations=n,
            platform=w.platform or "",
            title_fr=w.title_fr or "",
        )
        for w, n in session.execute(stmt)
    ]


def list_organizations(session: Session) -> list[OrganizationRow]:
    parent = Organization.__table__.alias("parent")
    people = (
        select(Person.organization_id, func.count(Person.id).label("n"))
        .group_by(Person.organization_id)
        .subquery()
    )
    stmt = (
        select(Organization, parent.c.name, func.coalesce(people.c.n, 0))
        .outerjoin(parent, parent.c.id == Organization.parent_id)
        .outerjoin(people, people.c.organization_id == Organization.id)
        .order_by(Organization.name)
    )
    return [
        OrganizationRow(
            id=o.id,
            name=o.name,
            acronym=o.acronym or "",
            kind=o.kind,
            parent=parent_name or "",
            people=n,
            name_fr=o.name_fr or "",
            acronym_fr=o.acronym_fr or "",
        )
        for o, parent_name, n in session.execute(stmt)
    ]
