"""Creating, editing and deleting a series, with the rules a form must meet.

The Series tab and the CLI call these; each call runs in the caller's transaction, so a
form is saved entirely or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocse_planner.db.enums import SeriesStatus
from ocse_planner.db.models import (
    default_readiness_items,
    DEFAULT_TIME_ZONE,
    AttendanceRecord,
    Booking,
    Organization,
    Presentation,
    Series,
    Webinar,
)
from ocse_planner.services.bilingual import aligned, french_column
from ocse_planner.services.concurrency import fetch_for_update
from ocse_planner.services.snapshot import Snapshot, delete_with_snapshot, restore
from ocse_planner.services.errors import FieldProblem, NotFoundError
from ocse_planner.services.text import form_problems
from ocse_planner.services.validation import blank, is_time_zone, raise_errors


@dataclass(frozen=True)
class SeriesForm:
    """What the series form edits."""

    title: str
    year: int
    host_organization_id: int | None = None
    programme: str = ""
    objectives: tuple[str, ...] = ()
    status: SeriesStatus = SeriesStatus.PLANNING
    time_zone: str = DEFAULT_TIME_ZONE
    notes: str = ""
    # French beside the English (services/bilingual.py); "" = not translated yet. The
    # objectives' French is aligned with `objectives` by position.
    title_fr: str = ""
    programme_fr: str = ""
    objectives_fr: tuple[str, ...] = ()


@dataclass(frozen=True)
class SeriesRecord:
    id: int
    version: int
    form: SeriesForm


@dataclass(frozen=True)
class DeleteImpact:
    """What goes with a series when it is deleted."""

    webinars: int
    presentations: int
    bookings: int
    attendance_records: int


def objectives_from_rows(english: list[str], french: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The form's (objectives, objectives_fr) from the rows a person edits: the French rides
    by position; rows with blank English are dropped with their French; no French at all
    is stored as none."""
    pairs = [(en, fr) for en, fr in aligned(english, french) if en.strip()]
    french_kept = tuple(fr for _, fr in pairs) if any(fr.strip() for _, fr in pairs) else ()
    return tuple(en for en, _ in pairs), french_kept


def validate_series(session: Session, form: SeriesForm, series_id: int | None = None) -> list[FieldProblem]:
    problems: list[FieldProblem] = form_problems(form, multiline={"notes"})
    if len(form.objectives_fr) > len(form.objectives) or any(
            fr.strip() and not en.strip() for en, fr in aligned(form.objectives, form.objectives_fr)):
        problems.append(FieldProblem("Each French objective needs its English beside it.", field="objectives"))
    if blank(form.title):
        problems.append(FieldProblem("The title is required.", field="title"))
    if not 1900 <= form.year <= 9999:
        problems.append(FieldProblem("The year {year} is not between 1900 and 9999.", field="year", year=form.year))
    if not is_time_zone(form.time_zone):
        problems.append(FieldProblem("“{zone}” is not a known time zone (e.g. America/Toronto).", field="time_zone",
                                     zone=form.time_zone))
    if form.host_organization_id is not None and session.get(Organization, form.host_organization_id) is None:
        problems.append(FieldProblem("The host organization no longer exists.", field="host_organization"))
    if not blank(form.title):
        clash = session.scalar(
            select(Series.id).where(
                Series.title == form.title.strip(), Series.year == form.year, Series.id != (series_id or -1)
            )
        )
        if clash is not None:
            problems.append(FieldProblem("A series “{title}” already exists for {year}.", field="title",
                                         title=form.title.strip(), year=form.year))
    return problems


def _apply(series: Series, form: SeriesForm) -> None:
    series.title = form.title.strip()
    series.year = form.year
    series.host_organization_id = form.host_organization_id
    series.title_fr = form.title_fr.strip() or None
    series.programme = form.programme.strip() or None
    series.programme_fr = form.programme_fr.strip() or None
    pairs = [(en.strip(), fr.strip()) for en, fr in aligned(form.objectives, form.objectives_fr) if en.strip()]
    series.objectives = [en for en, _ in pairs]
    series.objectives_fr = [fr for _, fr in pairs] if any(fr for _, fr in pairs) else None
    series.status = form.status
    series.time_zone = form.time_zone
    series.notes = form.notes.strip() or None


def create_series(session: Session, form: SeriesForm) -> SeriesRecord:
    raise_errors(validate_series(session, form))
    series = Series()
    _apply(series, form)
    session.add(series)
    session.add_all(default_readiness_items(series))
    session.flush()
    return get_series(session, series.id)


def get_series(session: Session, series_id: int) -> SeriesRecord:
    s = session.get(Series, series_id)
    if s is None:
        raise NotFoundError("no series with id {id}", id=series_id)
    return SeriesRecord(
        id=s.id,
        version=s.version,
        form=SeriesForm(
            title=s.title,
            year=s.year,
            host_organization_id=s.host_organization_id,
            programme=s.programme or "",
            objectives=tuple(s.objectives or ()),
            status=s.status,
            time_zone=s.time_zone,
            notes=s.notes or "",
            title_fr=s.title_fr or "",
            programme_fr=s.programme_fr or "",
            objectives_fr=french_column(s.objectives or (), s.objectives_fr),
        ),
    )


def update_series(
    session: Session, series_id: int, form: SeriesForm, expected_version: int | None = None
) -> SeriesRecord:
    series = fetch_for_update(session, Series, series_id, expected_version, "series")
    raise_errors(validate_series(session, form, series_id))
    _apply(series, form)
    session.flush()
    return get_series(session, series_id)


def delete_impact(session: Session, series_id: int) -> DeleteImpact:
    webinar_ids = select(Webinar.id).where(Webinar.series_id == series_id)
    talk_ids = select(Presentation.id).where(Presentation.webinar_id.in_(webinar_ids))
    count = lambda stmt: session.scalar(stmt) or 0  # noqa: E731
    return DeleteImpact(
        webinars=count(select(func.count()).select_from(Webinar).where(Webinar.series_id == series_id)),
        presentations=count(select(func.count()).select_from(Presentation).where(Presentation.webinar_id.in_(webinar_ids))),
        bookings=count(select(func.count()).select_from(Booking).where(Booking.presentation_id.in_(talk_ids))),
        attendance_records=count(
            select(func.count()).select_from(AttendanceRecord).where(AttendanceRecord.webinar_id.in_(webinar_ids))
        ),
    )


def delete_series(session: Session, series_id: int) -> Snapshot:
    """Delete the series and its plan; the snapshot brings it all back (undo)."""
    return delete_with_snapshot(session, Series, series_id, "series")


def restore_series(session: Session, snapshot: Snapshot) -> None:
    restore(session, snapshot)


def next_free_title(session: Session, title: str, year: int) -> str:
    """`title`, or "title (2)", "title (3)"… when a series of that title exists for the year."""
    taken = set(session.scalars(select(Series.title).where(Series.year == year)))
    candidate, n = title, 1
    while candidate in taken:
        n += 1
        candidate = f"{title} ({n})"
    return candidate
