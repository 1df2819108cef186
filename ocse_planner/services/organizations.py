"""The organization directory: search, create, edit, delete with impact, merge duplicates.

Organizations outlive the plans they took part in, so deleting one that still presents is
refused (bookings RESTRICT) with a message saying why, and two entries for the same body
("Justice Canada" and "Department of Justice") are merged rather than deleted: every
person, booking, collaboration, child unit and hosted series moves to the kept entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from ocse_planner.db.enums import OrganizationKind
from ocse_planner.db.models import Booking, Collaboration, Organization, Person, Series
from ocse_planner.services.bilingual import collation_key, localized, matches
from ocse_planner.services.concurrency import fetch_for_update
from ocse_planner.services.errors import ConflictError, NotFoundError, ValidationError
from ocse_planner.services.french_articles import normalized_article
from ocse_planner.services.names import organization_path


@dataclass(frozen=True)
class OrganizationInput:
    name: str
    acronym: str = ""
    kind: OrganizationKind = OrganizationKind.OTHER
    parent_id: int | None = None
    website: str = ""
    notes: str = ""
    name_fr: str = ""  # the official French name ("Gendarmerie royale du Canada")
    acronym_fr: str = ""  # "GRC"
    article_fr: str = ""  # "la" (« la GRC »), "le", "l'", "les"; "" for none


@dataclass(frozen=True)
class OrganizationDetail:
    id: int
    version: int
    name: str
    acronym: str
    kind: OrganizationKind
    parent_id: int | None
    parent: str
    website: str
    notes: str
    people: int
    name_fr: str = ""
    acronym_fr: str = ""
    article_fr: str = ""

    def name_in(self, language: str) -> str:
        """The name the window shows in `language` (the English while there is no French)."""
        return localized(self.name, self.name_fr, language, mark=False)

    def acronym_in(self, language: str) -> str:
        return localized(self.acronym, self.acronym_fr, language, mark=False)


@dataclass(frozen=True)
class OrganizationImpact:
    """What deleting an organization touches."""

    people: int
    bookings: int
    collaborations: int
    children: int
    hosted_series: int

    @property
    def blocks_delete(self) -> bool:
        return self.bookings > 0


@dataclass(frozen=True)
class MergeResult:
    people: int
    bookings: int
    collaborations: int
    collaborations_combined: int
    children: int
    hosted_series: int


def _detail(session: Session, org: Organization) -> OrganizationDetail:
    people = session.scalar(select(func.count(Person.id)).where(Person.organization_id == org.id))
    return OrganizationDetail(
        id=org.id,
        version=org.version,
        name=org.name,
        acronym=org.acronym or "",
        kind=org.kind,
        parent_id=org.parent_id,
        parent=org.parent.name if org.parent is not None else "",
        website=org.website or "",
        notes=org.notes or "",
        people=people or 0,
        name_fr=org.name_fr or "",
        acronym_fr=org.acronym_fr or "",
        article_fr=org.article_fr or "",
    )


def search_organizations(session: Session, text: str = "", language: str = "en") -> list[OrganizationDetail]:
    """Organizations whose name or acronym, in English or French, contains `text` (accents
    and case ignored: "gendarmerie" and "securite" find theirs), sorted by their name in
    `language` as a reader of that language sorts (all when `text` is blank)."""
    found = [org for org in session.scalars(select(Organization))
             if matches(text, org.name, org.acronym, org.name_fr, org.acronym_fr)]
    found.sort(key=lambda org: collation_key(localized(org.name, org.name_fr, language, mark=False), language))
    return [_detail(session, org) for org in found]


def get_organization(session: Session, organization_id: int) -> OrganizationDetail:
    org = session.get(Organization, organization_id)
    if org is None:
        raise NotFoundError("no organization with id {id}", id=organization_id)
    return _detail(session, org)


def _check_parent(session: Session, org_id: int | None, parent_id: int | None) -> Organization | None:
    """The parent to set, refusing an unknown one or one that would close a circle."""
    if parent_id is None:
        return None
    parent = session.get(Organization, parent_id)
    if parent is None:
        raise ValidationError("Part of: the chosen parent organization no longer exists.", field="parent")
    # Up from the parent to the top, however deep; a loop already stored (two planners
    # saving crossed parents at once) is cut where it closes instead of walked forever.
    chain: list[str] = []
    for node in reversed(organization_path(parent)):
        chain.append(node.name)
        if node.id == org_id:
            path = " → ".join([node.name, *chain])  # "part of" arrows, back to the start
            raise ValidationError(
                "Part of: {parent} cannot be the parent, because it is already part of "
                "this organization (circular chain: {chain}).",
                field="parent", parent=parent.name, chain=path,
            )
    return parent


def _apply(session: Session, org: Organization, data: OrganizationInput) -> None:
    name = data.name.strip()
    if not name:
        raise ValidationError("Name: an organization needs a name.", field="name")
    clash = session.scalar(
        select(Organization.id).where(func.lower(Organization.name) == name.lower(), Organization.id != org.id)
        if org.id is not None
        else select(Organization.id).where(func.lower(Organization.name) == name.lower())
    )
    if clash is not None:
        raise ValidationError("Name: an organization called “{name}” already exists.", field="name", name=name)
    parent = _check_parent(session, org.id, data.parent_id)
    org.name = name
    org.acronym = data.acronym.strip() or None
    org.name_fr = data.name_fr.strip() or None
    org.acronym_fr = data.acronym_fr.strip() or None
    org.article_fr = normalized_article(data.article_fr) or None
    org.kind = data.kind
    org.parent = parent
    org.website = data.website.strip() or None
    org.notes = data.notes.strip() or None


def create_organization(session: Session, data: OrganizationInput) -> int:
    org = Organization()
    _apply(session, org, data)
    session.add(org)
    session.flush()
    return org.id


def update_organization(
    session: Session, organization_id: int, version: int | None, data: OrganizationInput
) -> None:
    org = fetch_for_update(session, Organization, organization_id, version, "organization")
    _apply(session, org, data)
    session.flush()


def organization_impact(session: Session, organization_id: int) -> OrganizationImpact:
    def count(stmt) -> int:  # type: ignore[no-untyped-def]
        return session.scalar(stmt) or 0

    person_ids = select(Person.id).where(Person.organization_id == organization_id)
    return OrganizationImpact(
        people=count(select(func.count(Person.id)).where(Person.organization_id == organization_id)),
        bookings=count(
            select(func.count(Booking.id)).where(
                or_(Booking.organization_id == organization_id, Booking.person_id.in_(person_ids))
            )
        ),
        collaborations=count(
            select(func.count(Collaboration.id)).where(Collaboration.organization_id == organization_id)
        ),
        children=count(select(func.count(Organization.id)).where(Organization.parent_id == organization_id)),
        hosted_series=count(
            select(func.count(Series.id)).where(Series.host_organization_id == organization_id)
        ),
    )


def delete_organization(session: Session, organization_id: int, version: int | None) -> None:
    """Delete; people and child units stay (unlinked), its collaborations go with it.

    Refused while the organization or one of its people presents: the agendas would lose
    who presents (an organization's bookings RESTRICT) or on whose behalf.
    """
    org = fetch_for_update(session, Organization, organization_id, version, "organization")
    presents = organization_impact(session, organization_id).bookings
    if presents:
        raise ConflictError(
            "{name} cannot be deleted: it or its people present in {count} booking(s). "
            "Remove those presenters from the agendas first, or merge it into another organization.",
            name=org.name, count=presents,
        )
    session.delete(org)
    session.flush()


def merge_organizations(session: Session, keep_id: int, duplicate_id: int) -> MergeResult:
    """Fold `duplicate_id` into `keep_id`, keeping every person and record."""
    if keep_id == duplicate_id:
        raise ValidationError("Merge: choose a different organization to fold in.", field="duplicate")
    keep = session.get(Organization, keep_id)
    dup = session.get(Organization, duplicate_id)
    if keep is None or dup is None:
        raise NotFoundError("Merge: one of the organizations no longer exists.")

    people = session.execute(
        update(Person).where(Person.organization_id == dup.id).values(organization_id=keep.id)
    ).rowcount

    # A presentation both entries present: one booking is enough.
    bookings = 0
    kept_talks = set(session.scalars(select(Booking.presentation_id).where(Booking.organization_id == keep.id)))
    for booking in session.scalars(select(Booking).where(Booking.organization_id == dup.id)).all():
        if booking.presentation_id in kept_talks:
            session.delete(booking)
        else:
            booking.organization_id = keep.id
            bookings += 1

    moved = combined = 0
    kept_collabs = {
        (c.series_id, c.webinar_id, c.role): c
        for c in session.scalars(select(Collaboration).where(Collaboration.organization_id == keep.id))
    }
    for collab in session.scalars(select(Collaboration).where(Collaboration.organization_id == dup.id)).all():
        target = kept_collabs.get((collab.series_id, collab.webinar_id, collab.role))
        if target is None:
            collab.organization_id = keep.id
            moved += 1
            continue
        for item in list(collab.action_items):
            item.collaboration = target
        for entry in list(collab.contact_log):
            entry.collaboration = target
        target.contact_person_id = target.contact_person_id or collab.contact_person_id
        target.agreement_date = target.agreement_date or collab.agreement_date
        if collab.notes:
            target.notes = f"{target.notes}\n{collab.notes}" if target.notes else collab.notes
        session.flush()
        session.delete(collab)
        combined += 1

    # Units of the duplicate move under the kept entry, except those the kept entry is
    # itself part of (dup → unit → keep): they move up instead, or the chain would close.
    keep_ancestors: set[int] = set()
    node = keep.parent
    while node is not None and node.id not in keep_ancestors:
        keep_ancestors.add(node.id)
        node = node.parent
    children = 0
    for child in session.scalars(select(Organization).where(Organization.parent_id == dup.id)).all():
        if child.id == keep.id:
            continue
        child.parent_id = dup.parent_id if child.id in keep_ancestors else keep.id
        children += 1
    if keep.parent_id == dup.id:
        keep.parent_id = dup.parent_id if dup.parent_id != keep.id else None
    hosted = session.execute(
        update(Series).where(Series.host_organization_id == dup.id).values(host_organization_id=keep.id)
    ).rowcount

    keep.acronym = keep.acronym or dup.acronym
    keep.website = keep.website or dup.website
    if dup.notes:
        keep.notes = f"{keep.notes}\n{dup.notes}" if keep.notes else dup.notes
    session.flush()
    session.expire_all()
    session.delete(session.get(Organization, dup.id))
    session.flush()
    return MergeResult(
        people=people,
        bookings=bookings,
        collaborations=moved,
        collaborations_combined=combined,
        children=children,
        hosted_series=hosted,
    )
