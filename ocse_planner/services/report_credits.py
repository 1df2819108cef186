"""Presenters as a written report credits them, per presentation of a series.

An agenda row reads "Name — job title, organization"; running report prose reads
"Colleen Varcoe, PhD, RN, Professor and Associate Director, …, University of British
Columbia". Kept beside names.py's rules, but as one query over the series' bookings.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ocse_planner.db.enums import BookingStatus
from ocse_planner.db.models import Booking, Person, Presentation, Webinar
from ocse_planner.services.bilingual import language_key
from ocse_planner.services.names import affiliation, job_title, organization_as_presenter, person_name


@dataclass(frozen=True)
class PresenterCredit:
    text: str  # "Dr. Michael Seto, Director of …, The Royal's Institute of Mental Health Research, The Royal"
    person_id: int | None
    organization_id: int | None
    status: BookingStatus  # the report credits only confirmed presenters (services/credits.py)
    text_fr: str = ""  # the same in French ("[EN]" marks a part not translated)

    def text_in(self, language: str) -> str:
        return self.text_fr if language_key(language) == "fr" and self.text_fr else self.text


def report_credit(booking: Booking, language: str = "en") -> str:
    person = booking.person
    if person is not None:
        parts = [person_name(person), job_title(person, language), affiliation(person.organization, language)]
        return ", ".join(p for p in parts if p)
    if booking.organization is not None:
        return organization_as_presenter(booking.organization, language)
    return ""


def presenter_credits(session: Session, series_id: int) -> dict[int, tuple[PresenterCredit, ...]]:
    bookings = session.scalars(
        select(Booking)
        .join(Presentation, Presentation.id == Booking.presentation_id)
        .join(Webinar, Webinar.id == Presentation.webinar_id)
        .where(Webinar.series_id == series_id)
        .options(selectinload(Booking.person).selectinload(Person.organization), selectinload(Booking.organization))
        .order_by(Booking.presentation_id, Booking.position)
    ).all()
    credits: dict[int, list[PresenterCredit]] = {}
    for b in bookings:
        credits.setdefault(b.presentation_id, []).append(
            PresenterCredit(report_credit(b), b.person_id, b.organization_id, b.status, report_credit(b, "fr"))
        )
    return {key: tuple(value) for key, value in credits.items()}
