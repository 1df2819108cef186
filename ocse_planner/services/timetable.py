"""The slots of a series laid out for a timetable: every agenda item with its presenters.

Presenters carry their own time zone so the view can show each one's local time next
to the series' time without asking the database again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocse_planner.db.enums import AgendaItemKind, BookingStatus
from ocse_planner.db.models import Organization, Person, Series
from ocse_planner.services.agenda import PresenterSlot, series_agendas
from ocse_planner.services.errors import NotFoundError
from ocse_planner.services.names import organization_as_presenter


@dataclass(frozen=True)
class SlotPresenter:
    booking_id: int
    person_id: int | None
    organization_id: int | None
    name: str
    status: BookingStatus
    time_zone: str | None  # None for an organization or a person without a zone
    name_fr: str = ""  # an organization's French name where written ("" when the same)


@dataclass(frozen=True)
class TimetableSlot:
    id: int  # the presentation id
    webinar_id: int
    webinar_number: int
    webinar_title: str
    position: int
    kind: AgendaItemKind
    title: str
    starts_at: datetime | None
    ends_at: datetime | None
    time_zone: str  # the webinar's zone
    presenters: tuple[SlotPresenter, ...]
    title_fr: str = ""  # "" when not translated
    webinar_title_fr: str = ""


def series_time_zone(session: Session, series_id: int) -> str:
    series = session.get(Series, series_id)
    if series is None:
        raise NotFoundError("no series with id {id}", id=series_id)
    return series.time_zone


def timetable(session: Session, series_id: int) -> list[TimetableSlot]:
    agendas = series_agendas(session, series_id)
    person_ids = {p.person_id for a in agendas for i in a.items for p in i.presenters if p.person_id}
    zones: dict[int, str | None] = {
        pid: zone
        for pid, zone in session.execute(
            select(Person.id, Person.time_zone).where(Person.id.in_(person_ids))
        )
    }
    org_ids = {p.organization_id for a in agendas for i in a.items for p in i.presenters
               if p.person_id is None and p.organization_id}
    french = {org.id: organization_as_presenter(org, "fr", mark=False)
              for org in session.scalars(select(Organization).where(Organization.id.in_(org_ids)))}

    def name_fr(p: PresenterSlot) -> str:
        text = french.get(p.organization_id, "") if p.person_id is None else ""
        return "" if text == p.name else text

    return [
        TimetableSlot(
            id=item.id,
            webinar_id=agenda.webinar_id,
            webinar_number=agenda.number,
            webinar_title=agenda.title,
            position=item.position,
            kind=item.kind,
            title=item.title,
            starts_at=item.starts_at,
            ends_at=item.ends_at,
            time_zone=agenda.time_zone,
            title_fr=item.title_fr,
            webinar_title_fr=agenda.title_fr,
            presenters=tuple(
                SlotPresenter(
                    booking_id=p.booking_id,
                    person_id=p.person_id,
                    organization_id=p.organization_id,
                    name=p.name,
                    status=p.status,
                    time_zone=zones.get(p.person_id) if p.person_id else None,
                    name_fr=name_fr(p),
                )
                for p in item.presenters
            ),
        )
        for agenda in agendas
        for item in agenda.items
    ]
