"""Collaboration records, their action items and contact log.

Saving works in two steps so that a warning never half-saves anything: `check_*` returns
the warnings a person should confirm (a contact person from another organization, a due
date before the item was created) as `FieldProblem` warnings, and raises a `UserError`
(services/errors.py) for what cannot be saved at all; `save_*` then writes in the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ocse_planner.db.base import utcnow
from ocse_planner.db.enums import CollaborationRole, CollaborationStatus, ContactChannel
from ocse_planner.db.models import (
    ActionItem,
    Collaboration,
    ContactLogEntry,
    Organization,
    Person,
    Series,
    Webinar,
)
from ocse_planner.services.concurrency import fetch_for_update, stale
from ocse_planner.services.errors import ConflictError, FieldProblem, ValidationError
from ocse_planner.services.names import organization_label, person_name



def credited(collaboration: Collaboration) -> bool:
    """Whether a public document (the agenda, the report, a presenter's message) may name
    this partner: any collaboration but a declined one (proposed and in-discussion ones are
    being agreed, ended ones took place), as the year-over-year partner figures count them."""
    return collaboration.status != CollaborationStatus.DECLINED

@dataclass(frozen=True)
class CollaborationInput:
    organization_id: int | None
    series_id: int | None
    webinar_id: int | None
    role: CollaborationRole
    status: CollaborationStatus = CollaborationStatus.PROPOSED
    contact_person_id: int | None = None
    agreement_date: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class CollaborationRow:
    id: int
    version: int
    organization_id: int
    organization: str
    series_id: int
    webinar_id: int | None
    webinar_number: int | None  # None: the collaboration is for the whole series
    role: CollaborationRole
    status: CollaborationStatus
    contact_person_id: int | None
    contact: str
    agreement_date: date | None
    notes: str
    open_actions: int
    organization_fr: str = ""  # its French label, else the English as written


@dataclass(frozen=True)
class ActionInput:
    collaboration_id: int
    description: str
    owner: str = ""
    due_date: date | None = None


@dataclass(frozen=True)
class ActionRow:
    id: int
    collaboration_id: int
    organization_id: int
    organization: str
    role: CollaborationRole
    series_id: int
    series: str
    year: int
    webinar_number: int | None
    description: str
    owner: str
    due_date: date | None
    done: bool
    overdue: bool
    created_on: date | None = None  # the day the item was created: the due-date warning's reference
    organization_fr: str = ""  # its French label, else the English as written


@dataclass(frozen=True)
class ContactRow:
    id: int
    collaboration_id: int
    occurred_on: date
    channel: ContactChannel
    summary: str


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str


# --- collaborations ------------------------------------------------------------------

def check_collaboration(session: Session, data: CollaborationInput) -> list[FieldProblem]:
    """Errors raise ValidationError; the returned warnings need the user's confirmation."""
    org = session.get(Organization, data.organization_id) if data.organization_id is not None else None
    if org is None:
        raise ValidationError("Organization: a collaboration needs an organization.", field="organization")
    if data.series_id is None or session.get(Series, data.series_id) is None:
        raise ValidationError("Series: a collaboration belongs to a series; select one first.", field="series")
    if data.webinar_id is not None:
        webinar = session.get(Webinar, data.webinar_id)
        if webinar is None or webinar.series_id != data.series_id:
            raise ValidationError("Webinar: the chosen webinar is not part of this series.", field="webinar")
    warnings: list[FieldProblem] = []
    if data.contact_person_id is not None:
        person = session.get(Person, data.contact_person_id)
        if person is None:
            raise ValidationError("Contact person: that person no longer exists.", field="contact")
        if person.organization_id != data.organization_id:
            if person.organization is None:
                warnings.append(FieldProblem(
                    "Contact person: {person} belongs to no organization, not to {organization}.",
                    field="contact", warning=True, person=person_name(person), organization=org.name))
            else:
                warnings.append(FieldProblem(
                    "Contact person: {person} belongs to {elsewhere}, not to {organization}.",
                    field="contact", warning=True, person=person_name(person),
                    elsewhere=person.organization.name, organization=org.name))
    return warnings


def save_collaboration(
    session: Session, data: CollaborationInput, collaboration_id: int | None = None, version: int | None = None
) -> int:
    check_collaboration(session, data)
    collab = (
        Collaboration()
        if collaboration_id is None
        else fetch_for_update(session, Collaboration, collaboration_id, version, "collaboration")
    )
    clash = session.scalar(
        select(Collaboration.id).where(
            Collaboration.organization_id == data.organization_id,
            Collaboration.series_id == data.series_id,
            Collaboration.webinar_id.is_(None)
            if data.webinar_id is None
            else Collaboration.webinar_id == data.webinar_id,
            Collaboration.role == data.role,
        )
    )
    if clash is not None and clash != collaboration_id:
        raise ValidationError("Role: this organization already has that role for the same series or webinar.",
                              field="role")
    collab.organization_id = data.organization_id  # type: ignore[assignment]
    collab.series_id = data.series_id  # type: ignore[assignment]
    collab.webinar_id = data.webinar_id
    collab.role = data.role
    collab.status = data.status
    collab.contact_person_id = data.contact_person_id
    collab.agreement_date = data.agreement_date
    collab.notes = data.notes.strip() or None
    session.add(collab)
    session.flush()
    return collab.id


def delete_collaboration(session: Session, collaboration_id: int, version: int | None) -> None:
    session.delete(fetch_for_update(session, Collaboration, collaboration_id, version, "collaboration"))
    session.flush()


def list_collaborations(
    session: Session, series_id: int, organization_id: int | None = None
) -> list[CollaborationRow]:
    stmt = (
        select(Collaboration)
        .where(Collaboration.series_id == series_id)
        .options(
            selectinload(Collaboration.organization),
            selectinload(Collaboration.webinar),
            selectinload(Collaboration.contact_person),
            selectinload(Collaboration.action_items),
        )
    )
    if organization_id is not None:
        stmt = stmt.where(Collaboration.organization_id == organization_id)
    rows = [
        CollaborationRow(
            id=c.id,
            version=c.version,
            organization_id=c.organization_id,
            organization=organization_label(c.organization),
            organization_fr=organization_label(c.organization, "fr", mark=False),
            series_id=c.series_id,
            webinar_id=c.webinar_id,
            webinar_number=c.webinar.number if c.webinar else None,
            role=c.role,
            status=c.status,
            contact_person_id=c.contact_person_id,
            contact=person_name(c.contact_person) if c.contact_person else "",
            agreement_date=c.agreement_date,
            notes=c.notes or "",
            open_actions=sum(1 for a in c.action_items if not a.done),
        )
        for c in session.scalars(stmt)
    ]
    return sorted(rows, key=lambda r: (r.organization, r.webinar_number or 0, r.role.value))


def people_of(session: Session, organization_id: int) -> list[PersonChoice]:
    """The people a contact-person combo offers for an organization."""
    stmt = (
        select(Person)
        .where(Person.organization_id == organization_id)
        .order_by(Person.family_name, Person.given_name)
    )
    return [PersonChoice(id=p.id, name=person_name(p)) for p in session.scalars(stmt)]


# --- action items ----------------------------------------------------------------------

def check_action(session: Session, data: ActionInput, *, created_on: date | None = None) -> list[FieldProblem]:
    """`created_on`: when the item was (or is being) created; today for a new item."""
    if not data.description.strip():
        raise ValidationError("What: describe the action item.", field="description")
    if session.get(Collaboration, data.collaboration_id) is None:
        raise stale("collaboration", deleted=True)
    created = created_on or utcnow().date()
    if data.due_date is not None and data.due_date < created:
        return [FieldProblem("Due date: {due} is before the action item was created ({created}).", field="due",
                             warning=True, due=data.due_date.isoformat(), created=created.isoformat())]
    return []


def add_action(session: Session, data: ActionInput) -> int:
    check_action(session, data)
    item = ActionItem(
        collaboration_id=data.collaboration_id,
        description=data.description.strip(),
        owner=data.owner.strip() or None,
        due_date=data.due_date,
    )
    session.add(item)
    session.flush()
    return item.id


def _existing_action(session: Session, action_id: int) -> ActionItem:
    item = session.get(ActionItem, action_id)
    if item is None:
        raise stale("action item", deleted=True)
    return item


def check_action_update(session: Session, action_id: int, data: ActionInput) -> list[FieldProblem]:
    """Warnings for an edit; the due date is weighed against the day the item was created.

    A due date the user already accepted (unchanged by this edit) is not asked about again.
    """
    item = _existing_action(session, action_id)
    warnings = check_action(session, data, created_on=item.created_at.date())
    return warnings if data.due_date != item.due_date else []


def update_action(session: Session, action_id: int, data: ActionInput) -> None:
    """Change what, owner and due date of an item; `done` is left as it is."""
    check_action_update(session, action_id, data)
    item = _existing_action(session, action_id)
    if item.collaboration_id != data.collaboration_id:
        raise ConflictError("Collaboration: an action item cannot move to another record.")
    item.description = data.description.strip()
    item.owner = data.owner.strip() or None
    item.due_date = data.due_date
    session.flush()


def delete_action(session: Session, action_id: int) -> None:
    session.delete(_existing_action(session, action_id))
    session.flush()


def set_action_done(session: Session, action_id: int, done: bool, *, now: datetime | None = None) -> None:
    item = _existing_action(session, action_id)
    item.done = done
    item.done_at = (now or utcnow()) if done else None
    session.flush()


def _action_rows(session: Session, stmt, today: date) -> list[ActionRow]:  # type: ignore[no-untyped-def]
    stmt = stmt.options(
        selectinload(ActionItem.collaboration).selectinload(Collaboration.organization),
        selectinload(ActionItem.collaboration).selectinload(Collaboration.webinar),
        selectinload(ActionItem.collaboration).selectinload(Collaboration.series),
    )
    rows = []
    for item in session.scalars(stmt):
        c = item.collaboration
        rows.append(
            ActionRow(
                id=item.id,
                collaboration_id=c.id,
                organization_id=c.organization_id,
                organization=organization_label(c.organization),
                organization_fr=organization_label(c.organization, "fr", mark=False),
                role=c.role,
                series_id=c.series_id,
                series=c.series.title,
                year=c.series.year,
                webinar_number=c.webinar.number if c.webinar else None,
                description=item.description,
                owner=item.owner or "",
                due_date=item.due_date,
                done=item.done,
                overdue=not item.done and item.due_date is not None and item.due_date < today,
                created_on=item.created_at.date() if item.created_at else None,
            )
        )
    return rows


def list_actions(session: Session, collaboration_id: int, *, today: date | None = None) -> list[ActionRow]:
    stmt = (
        select(ActionItem)
        .where(ActionItem.collaboration_id == collaboration_id)
        .order_by(ActionItem.done, ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.id)
    )
    return _action_rows(session, stmt, today or date.today())


def open_actions(session: Session, *, today: date | None = None) -> list[ActionRow]:
    """Every action not done yet, across all partners and series, soonest due first."""
    stmt = (
        select(ActionItem)
        .where(ActionItem.done.is_(False))
        .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.id)
    )
    return _action_rows(session, stmt, today or date.today())


# --- contact log -----------------------------------------------------------------------

def _check_contact(session: Session, collaboration_id: int, occurred_on: date | None, summary: str) -> None:
    if occurred_on is None:
        raise ValidationError("Date: give the day of the call, e-mail or meeting.", field="date")
    if not summary.strip():
        raise ValidationError("Summary: say in a few words what was discussed.", field="summary")
    if session.get(Collaboration, collaboration_id) is None:
        raise stale("collaboration", deleted=True)


def add_contact(
    session: Session, collaboration_id: int, occurred_on: date | None, channel: ContactChannel, summary: str
) -> int:
    _check_contact(session, collaboration_id, occurred_on, summary)
    entry = ContactLogEntry(
        collaboration_id=collaboration_id, occurred_on=occurred_on, channel=channel, summary=summary.strip()
    )
    session.add(entry)
    session.flush()
    return entry.id


def list_contacts(session: Session, collaboration_id: int) -> list[ContactRow]:
    stmt = (
        select(ContactLogEntry)
        .where(ContactLogEntry.collaboration_id == collaboration_id)
        .order_by(ContactLogEntry.occurred_on.desc(), ContactLogEntry.id.desc())
    )
    return [
        ContactRow(id=e.id, collaboration_id=e.collaboration_id, occurred_on=e.occurred_on,
                   channel=e.channel, summary=e.summary)
        for e in session.scalars(stmt)
    ]


def update_contact(
    session: Session, entry_id: int, occurred_on: date | None, channel: ContactChannel, summary: str
) -> None:
    entry = session.get(ContactLogEntry, entry_id)
    if entry is None:
        raise stale("contact log entry", deleted=True)
    _check_contact(session, entry.collaboration_id, occurred_on, summary)
    assert occurred_on is not None
    entry.occurred_on = occurred_on
    entry.channel = channel
    entry.summary = summary.strip()
    session.flush()


def delete_contact(session: Session, entry_id: int) -> None:
    """Removing an entry already gone is not an error: the user wanted it gone."""
    entry = session.get(ContactLogEntry, entry_id)
    if entry is not None:
        session.delete(entry)
        session.flush()
