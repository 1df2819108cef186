"""Creating, changing and removing people (presenters), with their availability.

Everything a form can get wrong is checked here, before anything is written, and
reported as a `ValidationError` naming the field, so the UI and any importer give the
same message and nothing is half-saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from zoneinfo import available_timezones

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified, set_committed_value

from ocse_planner.db.enums import BookingStatus
from ocse_planner.db.models import Availability, Booking, Organization, Person, Presentation, Webinar
from ocse_planner.services.availability import Window, window_field_problem, window_from_record
from ocse_planner.services.bilingual import localized
from ocse_planner.services.concurrency import fetch_for_update, stale
from ocse_planner.services.errors import ConflictError, NotFoundError, ValidationError
from ocse_planner.services.names import person_credit, person_name

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
LANGUAGES = ("en", "fr")
PREFERRED_LANGUAGES = ("", "en", "fr", "both")  # "": from the languages spoken


@dataclass(frozen=True)
class PersonInput:
    given_name: str
    family_name: str
    honorific: str = ""
    post_nominals: str = ""
    job_title: str = ""
    organization_id: int | None = None
    email: str = ""
    phone: str = ""
    time_zone: str = ""
    languages: tuple[str, ...] = ()
    bio: str = ""
    availability: tuple[Window, ...] = field(default_factory=tuple)
    job_title_fr: str = ""  # the job title in French ("" = not translated yet)
    # The language messages to them are written in: "en", "fr", "both"; "" = from `languages`.
    preferred_language: str = ""


@dataclass(frozen=True)
class PersonDetail:
    id: int
    version: int
    data: PersonInput


@dataclass(frozen=True)
class DirectoryRow:
    id: int
    name: str
    family_name: str
    job_title: str
    organization_id: int | None
    organization: str
    email: str
    time_zone: str
    statuses: tuple[BookingStatus, ...]  # of their bookings in the selected series
    job_title_fr: str = ""
    organization_fr: str = ""

    def job_title_in(self, language: str) -> str:
        return localized(self.job_title, self.job_title_fr, language, mark=False)

    def organization_in(self, language: str) -> str:
        return localized(self.organization, self.organization_fr, language, mark=False)


@lru_cache(maxsize=1)
def known_time_zones() -> frozenset[str]:
    return frozenset(available_timezones())


def validate(data: PersonInput) -> None:
    """Raise ValidationError for the first problem found, in form order."""
    if not (data.given_name.strip() or data.family_name.strip()):
        raise ValidationError("Give a given name or a family name.", field="name")
    email = data.email.strip()
    if email and not EMAIL_PATTERN.match(email):
        raise ValidationError("The e-mail “{email}” is not an address like name@example.org.",
                              field="email", email=email)
    zone = data.time_zone.strip()
    if zone and zone not in known_time_zones():
        raise ValidationError("“{zone}” is not a known time zone; use a name like America/Toronto.",
                              field="time_zone", zone=zone)
    for language in data.languages:
        if language not in LANGUAGES:
            raise ValidationError("Unknown language code “{code}”.", field="languages", code=language)
    if data.preferred_language not in PREFERRED_LANGUAGES:
        raise ValidationError("Unknown language code “{code}”.", field="preferred_language",
                              code=data.preferred_language)
    for number, window in enumerate(data.availability, start=1):
        window_zone = (window.time_zone or "").strip()
        if window_zone and window_zone not in known_time_zones():
            raise ValidationError("Availability row {number}: “{zone}” is not a known time zone.",
                                  field="availability", number=number, zone=window_zone)
        problem = window_field_problem(window)
        if problem:
            raise ValidationError("Availability row {number}: {problem}", field="availability",
                                  number=number, problem=problem)


def validate_window(window: Window) -> None:
    """Raise ValidationError naming the window form's field when one window cannot be stored."""
    zone = (window.time_zone or "").strip()
    if zone and zone not in known_time_zones():
        raise ValidationError("“{zone}” is not a known time zone; use a name like America/Toronto.",
                              field="time_zone", zone=zone)
    problem = window_field_problem(window)
    if problem:
        raise ValidationError.of([problem])


def update_window(
    session: Session, person_id: int, person_version: int | None, window_id: int, window: Window
) -> int:
    """Change one stored window of a person in place; returns the person's new version.

    Checked like a window added in the person form. The person's version is bumped, as
    the windows are part of what the person form shows: a second app instance still
    holding the old form cannot later overwrite this change unnoticed.
    """
    validate_window(window)
    person = fetch_for_update(session, Person, person_id, person_version, "person")
    record = session.get(Availability, window_id)
    if record is None or record.person_id != person_id:
        raise stale("availability window", deleted=True)
    record.kind = window.kind
    record.start_date = window.start_date
    record.end_date = window.end_date
    record.daily_start = window.daily_start
    record.daily_end = window.daily_end
    record.time_zone = (window.time_zone or "").strip() or None
    record.note = window.note.strip() or None
    flag_modified(person, "given_name")  # an UPDATE of the person row bumps its version
    session.flush()
    return person.version


def _apply(session: Session, person: Person, data: PersonInput) -> None:
    if data.organization_id is not None and session.get(Organization, data.organization_id) is None:
        raise ValidationError("The chosen organization no longer exists.", field="organization")
    person.honorific = data.honorific.strip() or None
    person.given_name = data.given_name.strip()
    person.family_name = data.family_name.strip()
    person.post_nominals = data.post_nominals.strip() or None
    person.job_title = data.job_title.strip() or None
    person.job_title_fr = data.job_title_fr.strip() or None
    person.organization_id = data.organization_id
    person.email = data.email.strip() or None
    person.phone = data.phone.strip() or None
    person.time_zone = data.time_zone.strip() or None
    person.languages = list(data.languages)
    person.preferred_language = data.preferred_language or None
    person.bio = data.bio.strip() or None
    # Windows the form still shows keep their rows (and ids); new ones are added, the rest
    # go: saving one field of a person leaves their availability rows untouched.
    stored = {a.id: a for a in person.availabilities}
    windows = []
    for w in data.availability:
        record = stored.pop(w.id, None) if w.id is not None else None
        record = record if record is not None else Availability()
        record.kind = w.kind
        record.start_date = w.start_date
        record.end_date = w.end_date
        record.daily_start = w.daily_start
        record.daily_end = w.daily_end
        record.time_zone = (w.time_zone or "").strip() or None
        record.note = w.note.strip() or None
        windows.append(record)
    person.availabilities = windows


def create_person(session: Session, data: PersonInput) -> int:
    validate(data)
    person = Person()
    _apply(session, person, data)
    session.add(person)
    session.flush()
    return person.id


def update_person(session: Session, person_id: int, version: int | None, data: PersonInput) -> None:
    validate(data)
    person = fetch_for_update(session, Person, person_id, version, "person")
    _apply(session, person, data)
    session.flush()


def delete_person(session: Session, person_id: int, version: int | None) -> None:
    person = fetch_for_update(session, Person, person_id, version, "person")
    booked = session.scalar(select(func.count(Booking.id)).where(Booking.person_id == person_id))
    if booked:
        raise ConflictError("{name} is booked on {count} presentation(s); remove those bookings first.",
                            name=person_name(person), count=booked)
    session.delete(person)
    session.flush()


def get_person(session: Session, person_id: int) -> PersonDetail:
    person = session.scalar(
        select(Person).where(Person.id == person_id).options(selectinload(Person.availabilities))
    )
    if person is None:
        raise NotFoundError("no person with id {id}", id=person_id)
    return PersonDetail(
        id=person.id,
        version=person.version,
        data=PersonInput(
            honorific=person.honorific or "",
            given_name=person.given_name,
            family_name=person.family_name,
            post_nominals=person.post_nominals or "",
            job_title=person.job_title or "",
            job_title_fr=person.job_title_fr or "",
            organization_id=person.organization_id,
            email=person.email or "",
            phone=person.phone or "",
            time_zone=person.time_zone or "",
            languages=tuple(person.languages or ()),
            preferred_language=person.preferred_language or "",
            bio=person.bio or "",
            availability=tuple(
                window_from_record(a)
                for a in sorted(person.availabilities, key=lambda a: (a.start_date, a.id))
            ),
        ),
    )


def preview_credit(session: Session, data: PersonInput, language: str = "en", *, mark: bool = True) -> str:
    """How the person would print in an agenda in `language`, before they are saved
    (`mark=False`: without the "[EN]" markers, as the window shows the organizers' texts)."""
    org = session.get(Organization, data.organization_id) if data.organization_id else None
    person = Person(
        honorific=data.honorific.strip() or None,
        given_name=data.given_name.strip(),
        family_name=data.family_name.strip(),
        post_nominals=data.post_nominals.strip() or None,
        job_title=data.job_title.strip() or None,
        job_title_fr=data.job_title_fr.strip() or None,
    )
    # Set as if loaded, so the transient person never joins org.people (and the session).
    set_committed_value(person, "organization", org)
    return person_credit(person, language, mark=mark)


def directory(session: Session, series_id: int | None) -> list[DirectoryRow]:
    """Everyone, with the statuses of their bookings in `series_id`."""
    statuses: dict[int, list[BookingStatus]] = {}
    if series_id is not None:
        stmt = (
            select(Booking.person_id, Booking.status)
            .join(Booking.presentation)
            .join(Presentation.webinar)
            .where(Webinar.series_id == series_id, Booking.person_id.is_not(None))
        )
        for person_id, status in session.execute(stmt):
            statuses.setdefault(person_id, []).append(status)
    # Plain columns, not ORM objects: the directory of a decade holds thousands of people.
    stmt2 = (
        select(
            Person.id,
            Person.honorific,
            Person.given_name,
            Person.family_name,
            Person.post_nominals,
            Person.job_title,
            Person.job_title_fr,
            Person.organization_id,
            Person.email,
            Person.time_zone,
            Organization.name.label("organization_name"),
            Organization.name_fr.label("organization_name_fr"),
        )
        .outerjoin(Person.organization)
        .order_by(Person.family_name, Person.given_name)
    )
    return [
        DirectoryRow(
            id=p.id,
            name=person_name(p),
            family_name=p.family_name,
            job_title=p.job_title or "",
            organization_id=p.organization_id,
            organization=p.organization_name or "",
            email=p.email or "",
            time_zone=p.time_zone or "",
            statuses=tuple(sorted(set(statuses.get(p.id, [])))),
            job_title_fr=p.job_title_fr or "",
            organization_fr=p.organization_name_fr or "",
        )
        for p in session.execute(stmt2)
    ]
