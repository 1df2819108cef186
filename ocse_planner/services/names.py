"""How people and organizations are written in agendas and reports.

The 2022 report writes "Colleen Varcoe, PhD, RN, Professor and Associate Director, …,
University of British Columbia", "Detective Constable Dayna Boyko, Toronto Police
Service" and, for an organization presenting as a body, "Royal Canadian Mounted Police
(RCMP), National Child Exploitation Crime Centre (NCECC)".
"""

from __future__ import annotations

from typing import Protocol

from ocse_planner.db.models import Booking, Organization, Person
from ocse_planner.services.bilingual import has_text, language_key, localized, marked


class NamedPerson(Protocol):
    """A Person, or a row with the same name columns (directory queries select columns)."""

    honorific: str | None
    given_name: str
    family_name: str
    post_nominals: str | None


def organization_name(org: Organization, language: str = "en", *, mark: bool = True) -> str:
    """"Gendarmerie royale du Canada" in French; the English marked "[EN]" without one
    (unmarked with `mark=False`, as the window shows it)."""
    return localized(org.name, org.name_fr, language, mark=mark)


def organization_acronym(org: Organization, language: str = "en", *, mark: bool = True) -> str | None:
    """"GRC" in French, "RCMP" in English; an English acronym marked when the French one
    is missing; None when the organization has none in either language."""
    if not (has_text(org.acronym) or has_text(org.acronym_fr)):
        return None
    return localized(org.acronym, org.acronym_fr, language, mark=mark)


def organization_label(org: Organization, language: str = "en", *, mark: bool = True) -> str:
    """"Royal Canadian Mounted Police (RCMP)", "Gendarmerie royale du Canada (GRC)"; an
    organization with no French name at all is marked once, before its English label
    (with `mark=False`, the window's way: the English label as written)."""
    lang = language_key(language)
    if lang == "fr" and not has_text(org.name_fr):
        english = organization_label(org, "en")
        return marked(english, lang) if mark else english
    name, acronym = organization_name(org, lang, mark=mark), organization_acronym(org, lang, mark=mark)
    return f"{name} ({acronym})" if acronym else name


def organization_short(org: Organization, language: str = "en") -> str:
    """How a running sentence names it: the acronym, else the name."""
    return organization_acronym(org, language) or organization_name(org, language)


def organization_path(org: Organization) -> list[Organization]:
    """The organization and its parents, outermost first (cycles cut)."""
    chain: list[Organization] = []
    seen: set[int] = set()
    node: Organization | None = org
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        chain.append(node)
        node = node.parent
    return list(reversed(chain))


def organization_as_presenter(org: Organization, language: str = "en", *, mark: bool = True) -> str:
    """An organization presenting as a body, parent first: "RCMP…, NCECC…"."""
    return ", ".join(organization_label(o, language, mark=mark) for o in organization_path(org))


def affiliation(org: Organization | None, language: str = "en", *, mark: bool = True) -> str:
    """A person's organization, unit first: "CCJCSS…, Statistics Canada"."""
    if org is None:
        return ""
    chain = organization_path(org)
    parts = [organization_label(chain[-1], language, mark=mark)] + [
        organization_name(o, language, mark=mark) for o in reversed(chain[:-1])]
    return ", ".join(parts)


def job_title(person: Person, language: str = "en", *, mark: bool = True) -> str:
    return localized(person.job_title, person.job_title_fr, language, mark=mark)


def person_name(person: NamedPerson) -> str:
    """"Dr. Michael Seto", "Colleen Varcoe, PhD, RN"."""
    name = " ".join(p for p in (person.honorific, person.given_name, person.family_name) if p)
    return f"{name}, {person.post_nominals}" if person.post_nominals else name


def sort_name(person: Person) -> str:
    return f"{person.family_name}, {person.given_name}".strip(", ")


def person_credit(person: Person, language: str = "en", *, mark: bool = True) -> str:
    """A presenter as an agenda prints them: name — job title, organization (`mark=False`:
    the window's way, English as written where no French is)."""
    role = ", ".join(p for p in (job_title(person, language, mark=mark),
                                 affiliation(person.organization, language, mark=mark)) if p)
    return f"{person_name(person)} — {role}" if role else person_name(person)


def booking_presenter(booking: Booking, *, credit: bool = False, language: str = "en", mark: bool = True) -> str:
    """Who presents: a person's name (or agenda credit), else the organization presenting
    as a body (`mark=False`: the window's way, no "[EN]")."""
    if booking.person is not None:
        return person_credit(booking.person, language, mark=mark) if credit else person_name(booking.person)
    if booking.organization is not None:
        return organization_as_presenter(booking.organization, language, mark=mark)
    return ""
