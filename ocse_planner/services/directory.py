"""Who takes part in a series: presenters with their bookings, partners with their roles.

Organizers send these lists to their managers and use them for thank-you letters and
follow-ups. A partner's roles come from its collaboration records; an organization that
presents (as a body, or through its staff) counts as a presenting organization even when
nobody recorded that collaboration, because the agenda says so.

Gathered in one language: French names of organizations and job titles in a French
directory ("[EN]" before an English one not translated yet), sorted as a reader of that
language sorts (services/bilingual.py `collation_key`).
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
from ocse_planner.services.bilingual import collation_key, document_translator, localized
from ocse_planner.services.errors import N_, NotFoundError, render
from ocse_planner.services.invitations import message_language
from ocse_planner.services.names import (
    affiliation,
    job_title,
    organization_as_presenter,
    organization_label,
    person_name,
    sort_name,
)


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
    message_language: str = ""  # "en", "fr", "both" (services/invitations.py); "" for an organization


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


def series_directory(session: Session, series_id: int, language: str = "en") -> SeriesDirectory:
    """The series' presenters, partners and open actions, written in `language`."""
    translate = document_translator(language)

    def scope(number: int | None) -> str:
        return render(N_("Webinar {number}"), {"number": number}, translate) if number else render(
            N_("Series"), {}, translate)

    def org_name(org: Organization) -> str:
        return organization_label(org, language)

    series = session.get(Series, series_id)
    if series is None:
        raise NotFoundError("no series with id {id}", id=series_id)
    bookings = session.scalars(
        select(Booking)
        .join(Booking.presentation)
        .join(Presentation.webinar)
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
            row = PresenterBooking(person_name(person), sort_name(person), job_title(person, language),
                                   affiliation(org, language), person.email or "", person.phone or "",
                                   person.time_zone or "", w.number, p.position, localized(p.title, p.title_fr, language),
                                   b.status, message_language(person.preferred_language, person.languages))
        else:
            org = b.organization
            name = organization_as_presenter(org, language) if org else ""
            row = PresenterBooking(name, name, "", "", "", "", "", w.number, p.position,
                                   localized(p.title, p.title_fr, language), b.status)
        presenters.append(row)
        if org is not None and b.status not in (BookingStatus.DECLINED, BookingStatus.WITHDRAWN):
            presenting.setdefault((org.id, w.number), org)
    presenters.sort(key=lambda r: (collation_key(r.sort_key, language), r.webinar_number, r.presentation_position))

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
            PartnerRole(org_name(c.organization), c.organization.kind, c.role, scope(number), c.status,
                        person_name(c.contact_person) if c.contact_person else "", c.agreement_date, c.notes or "")
        )
        for item in c.action_items:
            if not item.done:
                actions.append(OpenAction(org_name(c.organization), item.description, item.owner or "", item.due_date))
    for (org_id, number), org in presenting.items():
        if (org_id, number) in recorded or (org_id, None) in recorded:
            continue
        partners.append(PartnerRole(org_name(org), org.kind, CollaborationRole.PRESENTING_ORGANIZATION,
                                    scope(number), None, "", None, ""))
    role_order = list(CollaborationRole)
    partners.sort(key=lambda r: (collation_key(r.organization, language), role_order.index(r.role),
                                 collation_key(r.scope, language)))
    actions.sort(key=lambda a: (a.due_date or date.max, collation_key(a.organization, language)))
    return SeriesDirectory(localized(series.title, series.title_fr, language), series.year, tuple(presenters),
                           tuple(partners), tuple(actions))


__all__ = ["OpenAction", "PartnerRole", "PresenterBooking", "SeriesDirectory", "series_directory"]
