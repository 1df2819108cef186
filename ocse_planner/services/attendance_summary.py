"""Attendance figures of a series, aggregated in SQL for the attendee-summary export.

A series can hold hundreds of thousands of attendance records; counting them in Python
would load every row. Each figure here is one GROUP BY query, and records are never
turned into ORM objects (only the attendee list, when asked for, reads rows).

Two kinds of figure are kept apart everywhere, each labelled: what was **reported** (typed
in by hand: the 2022 report's 611 participants, sector counts, which may name a sector
without a number) and what was **counted** from imported records. Importing a file never
makes a reported figure disappear.

The counted sector table reconciles: besides the sectors, attendees without one are
"Not stated" (their file had a sector field, left empty) or "Unclassified" (no field, or
a value no rule recognised), so each webinar's column adds up to its attendance.

A webinar whose records hold no registration (a Teams attendance report has none) shows
its registrations as not recorded (None), never as 0.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from ocse_planner.db.models import AttendanceRecord, Sector, SectorCount, Series, SurveyResult, Webinar
from ocse_planner.services.bilingual import catalogue, localized
from ocse_planner.services.errors import N_, NotFoundError


NOT_STATED = N_("Not stated")
UNCLASSIFIED = N_("Unclassified")


@dataclass(frozen=True)
class WebinarFigures:
    number: int
    title: str
    registered: int | None  # None: no records, or records without registration data
    attended: int | None  # None: no attendance records for this webinar
    average_minutes: float | None
    reported: int | None  # a hand-entered total
    registered_attended: int | None = None  # registrants who attended
    title_fr: str = ""

    def title_in(self, language: str) -> str:
        return localized(self.title, self.title_fr, language)

    @property
    def has_records(self) -> bool:
        return self.attended is not None

    @property
    def registration_recorded(self) -> bool:
        return self.registered is not None

    @property
    def rate(self) -> float | None:
        """The share of registrants who attended (walk-ins and panelists do not count, so
        it never exceeds 100 %)."""
        if not self.registered or self.registered_attended is None:
            return None
        return self.registered_attended / self.registered


class SectorRowKind(enum.StrEnum):
    SECTOR = "sector"
    NOT_STATED = "not_stated"  # the file's sector field was empty
    UNCLASSIFIED = "unclassified"  # no sector field, or a value no rule recognised


@dataclass(frozen=True)
class SectorFigures:
    sector: str
    per_webinar: tuple[int | None, ...]  # in webinar order; None = no figure
    series_reported: int | None = None  # a series-level hand-entered count (reported rows only)
    kind: SectorRowKind = SectorRowKind.SECTOR
    sector_fr: str = ""  # the sector's French name ("" = not translated; rows of other kinds have none)

    def name_in(self, language: str) -> str:
        """The row's name in a document's language ("Non précisé" for the Not stated row)."""
        if self.kind != SectorRowKind.SECTOR:
            return catalogue(language).gettext(NOT_STATED if self.kind == SectorRowKind.NOT_STATED else UNCLASSIFIED)
        return localized(self.sector, self.sector_fr, language)

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
    statement_fr: str = ""

    def statement_in(self, language: str) -> str:
        return localized(self.statement, self.statement_fr, language)


@dataclass(frozen=True)
class AttendeeRow:
    webinar_number: int
    name: str | None
    email: str | None
    organization: str | None
    sector: str | None
    attended: bool
    minutes: int
    sector_fr: str | None = None


@dataclass(frozen=True)
class AttendanceSummary:
    series_title: str
    year: int
    webinars: tuple[WebinarFigures, ...]
    unique_participants: int | None  # distinct people who attended at least once
    returning_participants: int | None  # of whom attended two or more webinars
    participants_reported: int | None  # typed in by hand (the report's 611); never replaced
    # Counted from records: every sector with attendees, then Not stated and Unclassified
    # (when any), so that each webinar's column adds up to its attendance. None for a
    # webinar without records.
    sectors: tuple[SectorFigures, ...]
    survey: tuple[SurveyFigure, ...]
    attendees: tuple[AttendeeRow, ...] = ()  # only when names were asked for
    unclassified: tuple[int | None, ...] = ()  # attendees without a sector, in webinar order
    # Hand-entered sector figures (per webinar and series-level), which may name a sector
    # without a number.
    reported_sectors: tuple[SectorFigures, ...] = ()
    series_title_fr: str = ""

    def series_title_in(self, language: str) -> str:
        return localized(self.series_title, self.series_title_fr, language)

    @property
    def has_records(self) -> bool:
        return any(w.has_records for w in self.webinars)

    @property
    def participants_counted(self) -> int | None:
        """Distinct people who attended, counted from imported records (None without any)."""
        return self.unique_participants

    @property
    def total_registered(self) -> int | None:
        """Registrations of the webinars whose source recorded them."""
        return _sum(w.registered for w in self.webinars)

    @property
    def webinars_with_registrations(self) -> int:
        return sum(1 for w in self.webinars if w.registration_recorded)

    @property
    def total_attended(self) -> int | None:
        return _sum(w.attended for w in self.webinars)

    def sector_column_totals(self) -> tuple[int | None, ...]:
        """The counted sector table's column sums, in webinar order (each equals attended)."""
        return tuple(_sum(s.per_webinar[i] for s in self.sectors) if w.has_records else None
                     for i, w in enumerate(self.webinars))


def _sum(values) -> int | None:  # type: ignore[no-untyped-def]
    found = [v for v in values if v is not None]
    return sum(found) if found else None


def attendance_summary(session: Session, series_id: int, *, include_names: bool = False) -> AttendanceSummary:
    series = session.get(Series, series_id)
    if series is None:
        raise NotFoundError("no series with id {id}", id=series_id)
    webinars = session.execute(
        select(Webinar.id, Webinar.number, Webinar.title, Webinar.title_fr, Webinar.participants_reported)
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
                func.sum(case((and_(ar.registered, ar.attended), 1), else_=0)).label("registered_attended"),
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

    counted: dict[int, dict[int, int]] = {}  # sector id → webinar id → attendees
    unclassified: dict[int, int] = {}
    not_stated: dict[int, int] = {}
    left_empty = ar.sector_stated.is_(False)
    for sector_id, webinar_id, empty_field, count in session.execute(
        select(ar.sector_id, ar.webinar_id, left_empty, func.count())
        .where(in_series, ar.attended)
        .group_by(ar.sector_id, ar.webinar_id, left_empty)
    ):
        if sector_id is not None:
            per_sector = counted.setdefault(sector_id, {})
            per_sector[webinar_id] = per_sector.get(webinar_id, 0) + count
        elif empty_field:
            not_stated[webinar_id] = count
        else:
            unclassified[webinar_id] = count
    hand_counts = session.execute(
        select(SectorCount.sector_id, SectorCount.webinar_id, SectorCount.count).where(
            SectorCount.series_id == series_id
        )
    ).all()
    entered: dict[tuple[int, int], int] = {}
    for row in hand_counts:
        if row.count is not None:
            key = (row.sector_id, row.webinar_id or 0)
            entered[key] = entered.get(key, 0) + row.count
    sector_rows = session.execute(select(Sector.id, Sector.name, Sector.name_fr).order_by(Sector.position, Sector.name))
    names: dict[int, str] = {}
    names_fr: dict[int, str] = {}
    for sector_id, name, name_fr in sector_rows:
        names[sector_id], names_fr[sector_id] = name, name_fr or ""
    order = list(names)

    def counted_value(values: dict[int, int], webinar_id: int) -> int | None:
        return values.get(webinar_id, 0) if webinar_id in per_webinar else None

    sectors = [
        SectorFigures(names[sector_id], tuple(counted_value(counted[sector_id], w.id) for w in webinars),
                      sector_fr=names_fr[sector_id])
        for sector_id in order if sector_id in counted
    ]
    for label, kind, values in ((NOT_STATED, SectorRowKind.NOT_STATED, not_stated),
                                (UNCLASSIFIED, SectorRowKind.UNCLASSIFIED, unclassified)):
        if values:
            sectors.append(SectorFigures(label, tuple(counted_value(values, w.id) for w in webinars), kind=kind))
    reported_ids = {row.sector_id for row in hand_counts}
    reported_sectors = tuple(
        SectorFigures(
            sector=names[sector_id],
            per_webinar=tuple(entered.get((sector_id, w.id)) for w in webinars),
            series_reported=entered.get((sector_id, 0)),
            sector_fr=names_fr[sector_id],
        )
        for sector_id in order if sector_id in reported_ids
    )

    numbers = {w.id: w.number for w in webinars}
    # Series-wide results first, then by webinar number (not the order webinars were made).
    results = sorted(
        session.scalars(select(SurveyResult).where(SurveyResult.series_id == series_id)),
        key=lambda r: (numbers.get(r.webinar_id, 0), r.position, r.id),
    )
    survey = tuple(
        SurveyFigure(numbers.get(r.webinar_id), r.statement, r.percent_agree, r.approximate, r.responses,
                     r.statement_fr or "")
        for r in results
    )

    attendees: tuple[AttendeeRow, ...] = ()
    if include_names:
        attendees = tuple(
            AttendeeRow(numbers[r.webinar_id], r.name, r.email, r.organization_name, r.sector_name,
                        bool(r.attended), r.minutes_attended, r.sector_name_fr)
            for r in session.execute(
                select(ar.webinar_id, ar.name, ar.email, ar.organization_name, Sector.name.label("sector_name"),
                       Sector.name_fr.label("sector_name_fr"), ar.attended, ar.minutes_attended)
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
                # No record registered: the source (a Teams report) has no registration data.
                registered=int(row.registered) if row and row.registered else None,
                attended=int(row.attended) if row else None,
                average_minutes=float(row.average_minutes) if row and row.average_minutes is not None else None,
                reported=w.participants_reported,
                registered_attended=int(row.registered_attended) if row else None,
                title_fr=w.title_fr or "",
            )
        )
    return AttendanceSummary(
        series_title=series.title,
        year=series.year,
        webinars=tuple(figures),
        unique_participants=int(unique) if per_webinar else None,
        returning_participants=int(returning or 0) if per_webinar else None,
        participants_reported=series.participants_reported,
        sectors=tuple(sectors),
        survey=survey,
        attendees=attendees,
        unclassified=tuple(unclassified.get(w.id, 0 if w.id in per_webinar else None) for w in webinars),
        reported_sectors=reported_sectors,
        series_title_fr=series.title_fr or "",
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
