"""Agenda releases: numbered, dated snapshots of a series' agendas, and what changed since.

Partners receive an agenda, then a corrected one; "what changed?" is their first
question. A release stores the agendas as plain JSON (titles, times, presenters as they
printed), so the difference to the current plan can be shown even after the records it
came from were edited or deleted.

Snapshots hold the agenda as the public agenda printed it (services/credits.py): titles
with their "to be confirmed" mark, presenters credited by the same rule. So a presenter
who declines after a release, or a title confirmed since, shows as a change. Snapshots of
format 1 (before this rule) listed every booked presenter and the bare title.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocse_planner.services import text as _text  # noqa: F401  (refuses unstorable text at every flush)
from ocse_planner.db.base import utcnow
from ocse_planner.db.enums import AgendaItemKind
from ocse_planner.db.models import AgendaRelease, Series
from ocse_planner.services.agenda import series_agendas
from ocse_planner.services.bilingual import document_translator
from ocse_planner.services.credits import public_credit, public_title
from ocse_planner.services.errors import N_, NotFoundError, render
from ocse_planner.services.time_format import clock

SNAPSHOT_FORMAT = 2


@dataclass(frozen=True)
class ReleaseInfo:
    id: int
    number: int
    released_at: datetime
    note: str | None
    presentations: int


@dataclass(frozen=True)
class Place:
    """Where a presentation stood: its webinar, its position, and its start in the webinar's
    own zone (None while undated)."""

    webinar_number: int
    position: int
    starts_at: datetime | None
    time_zone: str

    def text(self, language: str = "en") -> str:
        """"Webinar 1, item 4, 2:10 p.m." in a document's `language` ("Webinaire 1, point 4, 14 h 10")."""
        arguments: dict[str, object] = {"number": self.webinar_number, "position": self.position}
        if self.starts_at is None:
            return render(N_("Webinar {number}, item {position}"), arguments, document_translator(language))
        return render(N_("Webinar {number}, item {position}, {time}"),
                      arguments | {"time": clock(self.starts_at, self.time_zone, language)}, document_translator(language))


@dataclass(frozen=True)
class AgendaChange:
    kind: str  # "added" | "removed" | "moved" | "retitled" | "presenters"
    webinar_number: int
    title: str
    before: Place | str  # a place (added, removed, moved), the old title or presenters, or ""
    after: Place | str

    def before_in(self, language: str = "en") -> str:
        return _worded(self.before, language)

    def after_in(self, language: str = "en") -> str:
        return _worded(self.after, language)


def _worded(value: Place | str, language: str) -> str:
    return value.text(language) if isinstance(value, Place) else value


def agenda_snapshot(session: Session, series_id: int) -> dict[str, Any]:
    """The series' agendas as JSON-ready data, keyed by presentation id."""
    webinars = []
    for agenda in series_agendas(session, series_id):
        webinars.append(
            {
                "webinar_id": agenda.webinar_id,
                "number": agenda.number,
                "title": agenda.title,
                "starts_at": agenda.starts_at.isoformat() if agenda.starts_at else None,
                "time_zone": agenda.time_zone,
                "items": [
                    {
                        "id": item.id,
                        "position": item.position,
                        "kind": str(item.kind),
                        "title": public_title(item.title, item.placeholder),
                        "starts_at": item.starts_at.isoformat() if item.starts_at else None,
                        "duration_minutes": item.duration_minutes,
                        "presenters": public_credit(
                            item.presenters, needs_presenter=item.kind == AgendaItemKind.PRESENTATION
                        ).lines(lambda p: p.name),
                    }
                    for item in agenda.items
                ],
            }
        )
    return {"format": SNAPSHOT_FORMAT, "webinars": webinars}


def release_agenda(session: Session, series_id: int, note: str | None = None) -> ReleaseInfo:
    """Record the next numbered release of the series' agendas (in the caller's transaction)."""
    if session.get(Series, series_id) is None:
        raise NotFoundError("no series with id {id}", id=series_id)
    last = session.scalar(
        select(func.max(AgendaRelease.number)).where(AgendaRelease.series_id == series_id)
    )
    snapshot = agenda_snapshot(session, series_id)
    release = AgendaRelease(
        series_id=series_id,
        number=(last or 0) + 1,
        released_at=utcnow(),
        note=(note or "").strip() or None,
        snapshot=snapshot,
    )
    session.add(release)
    session.flush()
    return _info(release)


def _info(release: AgendaRelease) -> ReleaseInfo:
    count = sum(1 for w in release.snapshot.get("webinars", []) for item in w["items"]
                if item.get("kind", "presentation") == "presentation")
    return ReleaseInfo(release.id, release.number, release.released_at, release.note, count)


def list_releases(session: Session, series_id: int) -> list[ReleaseInfo]:
    rows = session.scalars(
        select(AgendaRelease).where(AgendaRelease.series_id == series_id).order_by(AgendaRelease.number)
    )
    return [_info(r) for r in rows]


def get_release(session: Session, series_id: int, number: int) -> AgendaRelease:
    release = session.scalar(
        select(AgendaRelease).where(AgendaRelease.series_id == series_id, AgendaRelease.number == number)
    )
    if release is None:
        numbers = [r.number for r in list_releases(session, series_id)]
        if not numbers:
            raise NotFoundError("this series has no agenda release {number} (none made yet)", number=number)
        raise NotFoundError("this series has no agenda release {number} (releases: {known})",
                            number=number, known=", ".join(map(str, numbers)))
    return release


def _flatten(snapshot: dict[str, Any]) -> dict[int, tuple[int, dict[str, Any]]]:
    """Items by presentation id, each with its webinar number and zone."""
    return {
        item["id"]: (w["number"], item | {"time_zone": w.get("time_zone") or "UTC"})
        for w in snapshot.get("webinars", [])
        for item in w["items"]
    }


def _place(number: int, item: dict[str, Any]) -> Place:
    when = item.get("starts_at")
    return Place(number, item["position"], datetime.fromisoformat(when) if when else None, item["time_zone"])


def diff_snapshots(old: dict[str, Any], new: dict[str, Any]) -> list[AgendaChange]:
    """Presentations added, removed, moved (webinar, order or time), retitled, re-cast."""
    before, after = _flatten(old), _flatten(new)
    changes: list[AgendaChange] = []
    for key, (number, item) in after.items():
        if key not in before:
            changes.append(AgendaChange("added", number, item["title"], "", _place(number, item)))
            continue
        old_number, old_item = before[key]
        if (old_number, old_item["position"], old_item.get("starts_at")) != (number, item["position"], item.get("starts_at")):
            changes.append(AgendaChange("moved", number, item["title"], _place(old_number, old_item), _place(number, item)))
        if old_item["title"] != item["title"]:
            changes.append(AgendaChange("retitled", number, item["title"], old_item["title"], item["title"]))
        if old_item["presenters"] != item["presenters"]:
            changes.append(
                AgendaChange("presenters", number, item["title"], "; ".join(old_item["presenters"]),
                             "; ".join(item["presenters"]))
            )
    for key, (number, item) in before.items():
        if key not in after:
            changes.append(AgendaChange("removed", number, item["title"], _place(number, item), ""))
    order = {"removed": 0, "added": 1, "moved": 2, "retitled": 3, "presenters": 4}
    changes.sort(key=lambda c: (c.webinar_number, order[c.kind], c.title))
    return changes


def changes_since(session: Session, series_id: int, number: int) -> tuple[ReleaseInfo, list[AgendaChange]]:
    release = get_release(session, series_id, number)
    return _info(release), diff_snapshots(release.snapshot, agenda_snapshot(session, series_id))
