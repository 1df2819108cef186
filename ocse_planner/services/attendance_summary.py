"""Attendance figures of a series, aggregated in SQL for the attendee-summary export.

A series can hold hundreds of thousands of attendance records; counting them in Python
would load every row. Each figure here is one GROUP BY query, and records are never
turned into ORM objects (only the attendee list, when asked for, reads rows).

Where no records were imported, the hand-entered figures stand in: a series' reported
participant total (the 2022 report's 611), sector counts (which may name a sector
without a number) and survey results.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from ocse_planner.db.models import AttendanceRecord, Sector, SectorCount, Series, SurveyResult, Webinar
from ocse_planner.services.errors import NotFoundError


@dataclass(frozen=True)
class WebinarFigures:
    number: int
    title: str
    registered: int | None  # None: no attendance records for this webinar
    attended: int | None
    average_minutes: float | None
    reported: int | None  # a hand-entered total

    @property
    def rate(self) -> float | None:
        if not self.registered or self.attended is None:
            return None
        return self.attended / self.registered


@dataclass(frozen=True)
class SectorFigures:
    sector: str
    per_webinar: tuple[int | None, ...]  # in webinar order; None = no figure
    series_reported: int | None  # a series-level hand-entered count

    @property
    def total(self) -> int | None:
        values = [v for v in (*self.per_webinar, self.series_reported) if v is not None]
        return sum(values) if values else None


@dataclass(frozen=True)
class SurveyFigure:
    webinar_number: int | None  # None: the whole series
    statement: str
    percent_agree: float
    approximate: bool
    responses: int | None


@dataclass(frozen=True)
class AttendeeRow:
    webinar_number: int
    name: str | None
    email: str | None
    organization: str | None
    sector: str | None
    attended: bool
    minutes: int


@dataclass(frozen=True)
class AttendanceSummary:
    series_title: str
    year: int
    webinars: tuple[WebinarFigures, ...]
    unique_participants: int | None  # distinct people who attended at least once
    returning_participants: int | None  # of whom attended two or more webinars
    participants_reported: int | None
    sectors: tuple[SectorFigures, ...]
    survey: tuple[SurveyFigure, ...]
    attendees: tuple[AttendeeRow, ...] = ()  # only when names were asked for
    unclassified: tuple[int | None, ...] = ()  # attendees without a sector, in webinar order

    @property
    def has_records(self) -> bool:
        return any(w.registered is not None for w in self.webinars)

    @property
    def total_registered(self) -> int | None:
        return _sum(w.registered for w in self.webinars)

    @property
    def total_attended(self) -> int | None:
        return _sum(w.attended for w in self.webinars)

    @property
    def participants(self) -> int | None:
        """The headline figure: distinct attendees if recorded, else the reported total."""
        return self.unique_participants if self.unique_participants else self.participants_reported


def _sum(values) -> int | None:  # type: ignore[no-untyped-def]
    found = [v for v in values if v is not None]
    return sum(found) if found else None


def attendance_summary(session: Session, series_id: int, *, include_names: bool = False) -> AttendanceSummary:
    series = session.get(Series, series_id)
    if series is None:
        raise NotFoundError("no series with id {id}", id=series_id)
    webinars = session.execute(
        select(Webinar.id, Webinar.number, Webinar.title, Webinar.participants_reported)
        .where(Webinar.series_id == series_id)
        .order_by(Webinar.number)
    ).all()
    ar = AttendanceRecord
    in_series = ar.webinar_id.in_(select(Webinar.id).where(Webinar.series_id == series_id))

    per_webinar = {
        row.webinar_id: row
        for row in session.execute(
            select(
                ar.webinar_id,
                func.sum(case((ar.registered, 1), else_=0)).label("registered"),
                func.sum(case((ar.attended, 1), else_=0)).label("attended"),
                func.avg(case((ar.attended, ar.minutes_attended))).label("average_minutes"),
            )
            .where(in_series)
            .group_by(ar.webinar_id)
        )
    }
    attendance_counts = (
        select(ar.person_key, func.count().label("times")).where(in_series, ar.attended).group_by(ar.person_key)
    ).subquery()
    unique, returning = session.execute(
        select(func.count(), func.sum(case((attendance_counts.c.times > 1, 1), else_=0)))
    ).one()

    by_sector: dict[tuple[int, int], int] = {}
    unclassified: dict[int, int] = {}
    for sector_id, webinar_id, count in session.execute(
        select(ar.sector_id, ar.webinar_id, func.count())
        .where(in_series, ar.attended)
        .group_by(ar.sector_id, ar.webinar_id)
    ):
        if sector_id is None:
            unclassified[webinar_id] = count
        else:
            by_sector[(sector_id, webinar_id)] = count
    hand_counts = session.execute(
        select(SectorCount.sector_id, SectorCount.webinar_id, SectorCount.count).where(
            SectorCount.series_id == series_id
        )
    ).all()
    named = {row.sector_id for row in hand_counts} | {key[0] for key in by_sector}
    for row in hand_counts:
        if row.count is not None:
            key = (row.sector_id, row.webinar_id or 0)
            by_sector[key] = by_sector.get(key, 0) + row.count
    sectors = tuple(
        SectorFigures(
            sector=name,
            per_webinar=tuple(by_sector.get((sector_id, w.id)) for w in webinars),
            series_reported=by_sector.get((sector_id, 0)),
        )
        for sector_id, name in session.execute(
            select(Sector.id, Sector.name).where(Sector.id.in_(named)).order_by(Sector.position, Sector.name)
        )
    )

    numbers = {w.id: w.number for w in webinars}
    # Series-wide results first, then by webinar number (not the order webinars were made).
    results = sorted(
        session.scalars(select(SurveyResult).where(SurveyResult.series_id == series_id)),
        key=lambda r: (numbers.get(r.webinar_id, 0), r.position, r.id),
    )
    survey = tuple(
        SurveyFigure(numbers.get(r.webinar_id), r.statement, r.percent_agree, r.approximate, r.responses)
        for r in results
    )

    attendees: tuple[AttendeeRow, ...] = ()
    if include_names:
        attendees = tuple(
            AttendeeRow(numbers[r.webinar_id], r.name, r.email, r.organization_name, r.sector_name,
                        bool(r.attended), r.minutes_attended)
            for r in session.execute(
                select(ar.webinar_id, ar.name, ar.email, ar.organization_name, Sector.name.label("sector_name"),
                       ar.attended, ar.minutes_attended)
                .outerjoin(Sector, and_(Sector.id == ar.sector_id))
                .join(Webinar, Webinar.id == ar.webinar_id)
                .where(in_series)
                .order_by(Webinar.number, ar.name, ar.email)
            )
        )

    figures = []
    for w in webinars:
        row = per_webinar.get(w.id)
        figures.append(
            WebinarFigures(
                number=w.number,
                title=w.title,
                registered=int(row.registered) if row else None,
                attended=int(row.attended) if row else None,
                average_minutes=float(row.average_minutes) if row and row.average_minutes is not None else None,
                reported=w.participants_reported,
            )
        )
    return AttendanceSummary(
        series_title=series.title,
        year=series.year,
        webinars=tuple(figures),
        unique_participants=int(unique) if per_webinar else None,
        returning_participants=int(returning or 0) if per_webinar else None,
        participants_reported=series.participants_reported,
        sectors=sectors,
        survey=survey,
        attendees=attendees,
        unclassified=tuple(unclassified.get(w.id, 0 if w.id in per_webinar else None) for w in webinars),
    )


AttendeeTuple = tuple[int, str | None, str | None, str | None, str | None, bool, int]


def list_attendees(session: Session, series_id: int) -> list[AttendeeTuple]:
    """(webinar number, name, e-mail, organization, sector, attended, minutes) per record.

    Plain tuples straight from the cursor: the attendee list may show 300,000 of them.
    """
    ar = AttendanceRecord
    return [
        (number, name, email, organization, sector, bool(attended), minutes)
        for number, name, email, organization, sector, attended, minutes in session.execute(
            select(Webinar.number, ar.name, ar.email, ar.organization_name, Sector.name, ar.attended,
                   ar.minutes_attended)
            .join(Webinar, Webinar.id == ar.webinar_id)
            .outerjoin(Sector, Sector.id == ar.sector_id)
            .where(Webinar.series_id == series_id)
            .order_by(Webinar.number, ar.id)
        )
    ]
