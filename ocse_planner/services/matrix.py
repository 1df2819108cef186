"""Who works with whom: organizations × webinars of a series, plus one column per series.

Each cell lists the organization's roles there. Stored collaborations (co-host, strategy
partner, promotion…) come from the collaboration table; "presenting organization" is
derived from the agendas' bookings — a person's organization, or an organization
presenting as a body — so it is never typed twice and never out of date. A presentation
by a unit also counts for every parent above it: NCECC presenting makes the RCMP a
presenting organization, with the unit named ("presented ×2 (via NCECC)").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ocse_planner.db.enums import BookingStatus, CollaborationRole, CollaborationStatus
from ocse_planner.db.models import Booking, Collaboration, Organization, Presentation, Series, Webinar
from ocse_planner.services.errors import N_, render
from ocse_planner.services.names import organization_label, organization_name, person_name
from ocse_planner.services.vocabulary import english

INACTIVE_BOOKINGS = (BookingStatus.DECLINED, BookingStatus.WITHDRAWN)


@dataclass(frozen=True)
class MatrixColumn:
    kind: str  # "webinar" or "series"
    id: int
    series_id: int
    number: int | None  # the webinar's number; None for a series column
    title: str
    year: int


@dataclass(frozen=True)
class MatrixRow:
    organization_id: int
    name: str
    label: str
    parent: str
    depth: int  # 0 for a top-level organization, 1 for its units…
    label_fr: str = ""  # the French label, else the English as written
    parent_fr: str = ""


@dataclass(frozen=True)
class CellEntry:
    """One reason an organization appears in a cell."""

    role: CollaborationRole
    derived: bool  # True: presenting, derived from a booking
    webinar_number: int | None
    series_id: int
    series_title: str
    year: int
    collaboration_id: int | None = None
    status: CollaborationStatus | None = None
    presentation_id: int | None = None
    presentation: str = ""
    presenter: str = ""
    via: str = ""  # the unit that presented, when the row is its parent


@dataclass(frozen=True)
class CellRole:
    """A cell's entries summed up by role: "co-host", "presented ×2 (via NCECC)"."""

    role: CollaborationRole
    derived: bool
    count: int
    via: tuple[str, ...]


@dataclass(frozen=True)
class PartnerMatrix:
    series_id: int
    columns: list[MatrixColumn]
    rows: list[MatrixRow]
    cells: dict[tuple[int, int], tuple[CellEntry, ...]]  # (row index, column index)

    def cell(self, row: int, column: int) -> tuple[CellEntry, ...]:
        return self.cells.get((row, column), ())

    def row_of(self, name: str) -> int:
        return next(i for i, r in enumerate(self.rows) if r.name == name)

    def webinar_column(self, number: int) -> int:
        return next(i for i, c in enumerate(self.columns) if c.kind == "webinar" and c.number == number)


def summarize(entries: tuple[CellEntry, ...]) -> list[CellRole]:
    """Stored roles first (in role order), then the derived presenting role."""
    groups: dict[tuple[CollaborationRole, bool], list[CellEntry]] = defaultdict(list)
    for entry in entries:
        groups[(entry.role, entry.derived)].append(entry)
    order = list(CollaborationRole)
    result = []
    for (role, derived), items in sorted(groups.items(), key=lambda kv: (kv[0][1], order.index(kv[0][0]))):
        if derived:
            count = len({e.presentation_id for e in items})
            via = tuple(sorted({e.via for e in items if e.via}))
        else:
            count, via = len(items), ()
        result.append(CellRole(role=role, derived=derived, count=count, via=via))
    return result


def _lower_first(label: str) -> str:
    """"Strategy partner" → "strategy partner" in running text; only the first letter, so a
    proper noun keeps its capital ("partenaire de la Stratégie")."""
    return label[:1].lower() + label[1:]


def cell_text(entries: tuple[CellEntry, ...]) -> str:
    """Text of a cell for the command line, in the installed language (services/errors'
    translator): "co-host; presented ×2 (via NCECC)", "coanimation; a présenté ×2 (par NCECC)"."""
    parts = []
    for item in summarize(entries):
        if item.derived:
            text = render(N_("presented"), {}) + (f" ×{item.count}" if item.count > 1 else "")
            if item.via:
                text += " " + render(N_("(via {units})"), {"units": ", ".join(item.via)})
        else:
            text = _lower_first(render(english(item.role), {}))
            if item.count > 1:
                text += f" ×{item.count}"
        parts.append(text)
    return "; ".join(parts)


def build_matrix(session: Session, series_id: int) -> PartnerMatrix:
    orgs = {o.id: o for o in session.scalars(select(Organization))}
    all_series = list(session.scalars(select(Series).order_by(Series.year, Series.title)))
    webinars = list(
        session.scalars(select(Webinar).where(Webinar.series_id == series_id).order_by(Webinar.number))
    )
    series_by_id = {s.id: s for s in all_series}
    columns = [
        MatrixColumn("webinar", w.id, series_id, w.number, w.title, series_by_id[series_id].year) for w in webinars
    ] + [MatrixColumn("series", s.id, s.id, None, s.title, s.year) for s in all_series]
    webinar_col = {c.id: i for i, c in enumerate(columns) if c.kind == "webinar"}
    series_col = {c.id: i for i, c in enumerate(columns) if c.kind == "series"}

    by_org: dict[int, dict[int, list[CellEntry]]] = defaultdict(lambda: defaultdict(list))

    def place(org_id: int, entry: CellEntry, webinar_id: int | None, in_series: int) -> None:
        if webinar_id is not None and webinar_id in webinar_col:
            by_org[org_id][webinar_col[webinar_id]].append(entry)
        by_org[org_id][series_col[in_series]].append(entry)

    collabs = session.scalars(
        select(Collaboration).options(selectinload(Collaboration.webinar), selectinload(Collaboration.series))
    )
    for c in collabs:
        entry = CellEntry(
            role=c.role,
            derived=False,
            webinar_number=c.webinar.number if c.webinar else None,
            series_id=c.series_id,
            series_title=c.series.title,
            year=c.series.year,
            collaboration_id=c.id,
            status=c.status,
        )
        place(c.organization_id, entry, c.webinar_id, c.series_id)

    bookings = session.execute(
        select(Booking, Presentation, Webinar)
        .join(Presentation, Presentation.id == Booking.presentation_id)
        .join(Webinar, Webinar.id == Presentation.webinar_id)
        .where(Booking.status.not_in(INACTIVE_BOOKINGS))
        .options(selectinload(Booking.person))
        .order_by(Webinar.number, Presentation.position, Booking.position)
    )
    for booking, talk, webinar in bookings:
        if booking.person is not None:
            org_id, presenter = booking.person.organization_id, person_name(booking.person)
        else:  # an organization presenting as a body (a booking names a person or an organization)
            org_id = booking.organization_id
            presenter = organization_label(orgs[org_id])  # type: ignore[index]
        if org_id is None:
            continue
        series = series_by_id[webinar.series_id]
        unit = orgs[org_id]
        node: Organization | None = unit
        seen: set[int] = set()
        while node is not None and node.id not in seen:
            seen.add(node.id)
            entry = CellEntry(
                role=CollaborationRole.PRESENTING_ORGANIZATION,
                derived=True,
                webinar_number=webinar.number,
                series_id=series.id,
                series_title=series.title,
                year=series.year,
                presentation_id=talk.id,
                presentation=talk.title,
                presenter=presenter,
                via="" if node is unit else (unit.acronym or unit.name),
            )
            place(node.id, entry, webinar.id, webinar.series_id)
            node = orgs.get(node.parent_id) if node.parent_id is not None else None

    def path(org: Organization) -> list[Organization]:
        chain, seen = [org], {org.id}
        while chain[-1].parent_id is not None and chain[-1].parent_id not in seen:
            seen.add(chain[-1].parent_id)
            chain.append(orgs[chain[-1].parent_id])
        return list(reversed(chain))

    present = sorted(by_org, key=lambda oid: [o.name.casefold() for o in path(orgs[oid])])
    rows = [
        MatrixRow(
            organization_id=oid,
            name=orgs[oid].name,
            label=organization_label(orgs[oid]),
            label_fr=organization_label(orgs[oid], "fr", mark=False),
            parent=orgs[orgs[oid].parent_id].name if orgs[oid].parent_id in orgs else "",
            parent_fr=organization_name(orgs[orgs[oid].parent_id], "fr", mark=False) if orgs[oid].parent_id in orgs else "",
            depth=len(path(orgs[oid])) - 1,
        )
        for oid in present
    ]
    cells = {
        (r, col): tuple(entries)
        for r, oid in enumerate(present)
        for col, entries in by_org[oid].items()
        if entries
    }
    return PartnerMatrix(series_id=series_id, columns=columns, rows=rows, cells=cells)
