"""How people and organizations are written in agendas and reports.

The 2022 report writes "Colleen Varcoe, PhD, RN, Professor and Associate Director, …,
University of British Columbia", "Detective Constable Dayna Boyko, Toronto Police
Service" and, for an organization presenting as a body, "Royal Canadian Mounted Police
(RCMP), National Child Exploitation Crime Centre (NCECC)".
"""

from __future__ import annotations

from typing import Protocol

from ocse_planner.db.models import Booking, Organization, Person


class NamedPerson(Protocol):
    """A Person, or a row with the same name columns (directory queries select columns)."""

    honorific: str | None
    given_name: str
    family_name: str
    post_nominals: str | None


def organization_label(org: Organization) -> str:
    """"Royal Canadian Mounted Police (RCMP)"."""
    return f"{org.name} ({org.acronym})" if org.acronym else org.name


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


def organization_as_presenter(org: Organization) -> str:
    """An organization presenting as a body, parent first: "RCMP…, NCECC…"."""
    return ", ".join(organization_label(o) for o in organization_path(org))


def affiliation(org: Organization | None) -> str:
    """A person's organization, unit first: "CCJCSS…, Statistics Canada"."""
    if org is None:
        return ""
    chain = organization_path(org)
    parts = [organization_label(chain[-1])] + [o.name for o in reversed(chain[:-1])]
    return ", ".join(parts)


def person_name(person: NamedPerson) -> str:
    """"Dr. Michael Seto", "Colleen Varcoe, PhD, RN"."""
    name = " ".join(p for p in (person.honorific, person.given_name, person.family_name) if p)
    return f"{name}, {person.post_nominals}" if person.post_nominals else name


def sort_name(person: Person) -> str:
    return f"{person.family_name}, {person.given_name}".strip(", ")


def person_credit(person: Person) -> str:
    """A presenter as an agenda prints them: name — job title, organization."""
    role = ", ".join(p for p in (person.job_title, affiliation(person.organization)) if p)
    return f"{person_name(person)} — {role}" if role else person_name(person)


def booking_presenter(booking: Booking, *, credit: bool = False) -> str:
    if booking.person is not None:
        return person_credit(booking.person) if credit else person_name(booking.person)
    if booking.organization is not None:
        return organization_as_presenter(booking.organization)
    return ""
