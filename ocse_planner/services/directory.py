"""Who takes part in a series: presenters with their bookings, partners with their roles.

Organizers send these lists to their managers and use them for thank-you letters and
follow-ups. A partner's roles come from its collaboration records; an organization that
presents (as a body, or through its staff) counts as a presenting organization even when
nobody recorded that collaboration, because the agenda says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ocse_planner.db.enums import BookingStatus, CollaborationRole, CollaborationStatus, OrganizationKind
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
from ocse_planner.services.names import affiliation, organization_as_presenter, person_name, sort_name


@dataclass(frozen=True)
class PresenterBooking:
    presenter: str
    sort_key: str
    job_title: str
    organization: str
    email: str
    phone: str
    time_zone: str
    webinar_number: int
    presentation_position: int
    presentation: str
    status: BookingStatus


@dataclass(frozen=True)
class PartnerRole:
    organization: str
    kind: OrganizationKind
    role: CollaborationRole
    scope: str  # "Series" or "Webinar 2"
    status: CollaborationStatus | None  # None: derived from the agenda, not recorded
    contact: str
    agreement_date: date | None
    notes: str


@dataclass(frozen=True)
class OpenAction:
    organization: str
    description: str
    owner: str
    due_date: date | None


@dataclass(frozen=True)
class SeriesDirectory:
    series_title: str
    year: int
    presenters: tuple[PresenterBooking, ...]
    partners: tuple[PartnerRole, ...]
    actions: tuple[OpenAction, ...]


def _org_name(org: Organization) -> str:
    return f"{org.name} ({org.acronym})" if org.acronym else org.name


def series_directory(session: Session, series_id: int) -> SeriesDirectory:
    series = session.get(Series, series_id)
    if series is None:
        raise NotFoundError("no series with id {id}", id=series_id)
    bookings = session.scalars(
        select(Booking)
        .join(Presentation, Presentation.id == Booking.presentation_id)
        .join(Webinar, Webinar.id == Presentation.webinar_id)
        .where(Webinar.series_id == series_id)
        .options(
            selectinload(Booking.person).selectinload(Person.organization),
            selectinload(Booking.organization),
            selectinload(Booking.presentation).selectinload(Presentation.webinar),
        )
    ).all()
    presenters: list[PresenterBooking] = []
    presenting: dict[tuple[int, int], Organization] = {}  # (org id, webinar number)
    for b in bookings:
        p, w = b.presentation, b.presentation.webinar
        if b.person is not None:
            person = b.person
            org = person.organization
            row = PresenterBooking(person_name(person), sort_name(person).lower(), person.job_title or "",
                                   affiliation(org), person.email or "", person.phone or "", person.time_zone or "",
                                   w.number, p.position, p.title, b.status)
        else:
            org = b.organization
            name = organization_as_presenter(org) if org else ""
            row = PresenterBooking(name, name.lower(), "", "", "", "", "", w.number, p.position, p.title, b.status)
        presenters.append(row)
        if org is not None and b.status not in (BookingStatus.DECLINED, BookingStatus.WITHDRAWN):
            presenting.setdefault((org.id, w.number), org)
    presenters.sort(key=lambda r: (r.sort_key, r.webinar_number, r.presentation_position))

    collaborations = session.scalars(
        select(Collaboration)
        .where(Collaboration.series_id == series_id)
        .options(
            selectinload(Collaboration.organization),
            selectinload(Collaboration.webinar),
            selectinload(Collaboration.contact_person),
            selectinload(Collaboration.action_items),
        )
    ).all()
    partners: list[PartnerRole] = []
    recorded: set[tuple[int, int | None]] = set()
    actions: list[OpenAction] = []
    for c in collaborations:
        number = c.webinar.number if c.webinar else None
        if c.role == CollaborationRole.PRESENTING_ORGANIZATION:
            recorded.add((c.organization_id, number))
        partners.append(
            PartnerRole(_org_name(c.organization), c.organization.kind, c.role,
                        f"Webinar {number}" if number else "Series", c.status,
                        person_name(c.contact_person) if c.contact_person else "", c.agreement_date, c.notes or "")
        )
        for item in c.action_items:
            if not item.done:
                actions.append(OpenAction(_org_name(c.organization), item.description, item.owner or "", item.due_date))
    for (org_id, number), org in presenting.items():
        if (org_id, number) in recorded or (org_id, None) in recorded:
            continue
        partners.append(PartnerRole(_org_name(org), org.kind, CollaborationRole.PRESENTING_ORGANIZATION,
                                    f"Webinar {number}", None, "", None, ""))
    role_order = list(CollaborationRole)
    partners.sort(key=lambda r: (r.organization.lower(), role_order.index(r.role), r.scope))
    actions.sort(key=lambda a: (a.due_date or date.max, a.organization.lower()))
    return SeriesDirectory(series.title, series.year, tuple(presenters), tuple(partners), tuple(actions))


__all__ = ["OpenAction", "PartnerRole", "PresenterBooking", "SeriesDirectory", "series_directory"]
