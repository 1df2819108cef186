"""One edition's figures for a year-over-year comparison: its plan, who presented and
partnered, its audience (reported and counted, kept apart) and its survey.

Counted figures come from `attendance_summary` (GROUP BY queries, services/attendance_summary.py),
so a comparison says what the attendee summary says. Presenters are the people, and the
organizations presenting as a body, booked and not declined or withdrawn, in webinars that
were not cancelled; partners are the organizations with a collaboration in the series that
did not decline. Both are kept as sets of identities so that the comparison can tell who
returned: they are not attendees' personal data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocse_planner.db.enums import AgendaItemKind, BookingStatus, CollaborationStatus, WebinarStatus
from ocse_planner.db.models import Booking, Collaboration, Presentation, Series, Webinar
from ocse_planner.services.attendance_summary import AttendanceSummary, SectorRowKind, attendance_summary
from ocse_planner.services.bilingual import localized
from ocse_planner.services.errors import NotFoundError

NOT_PRESENTING = (BookingStatus.DECLINED, BookingStatus.WITHDRAWN)


@dataclass(frozen=True)
class SurveyLine:
    """One statement's agreement in an edition: the series-wide result when there is one,
    else the webinars' results averaged (weighted by responses when each has them)."""

    key: str  # the statement with case, spacing and final punctuation ignored
    statement: str
    statement_fr: str  # "" when not translated
    agree: float  # 0..1
    approximate: bool
    responses: int | None
    webinars_averaged: int = 0  # 0: a series-wide result


@dataclass(frozen=True)
class SectorLine:
    key: str  # "sector:<name>", or the kind for Not stated / Unclassified
    name: str
    name_fr: str  # "" when not translated (and for Not stated / Unclassified)
    kind: SectorRowKind
    count: int | None


@dataclass(frozen=True)
class EditionFigures:
    series_id: int
    title: str
    title_fr: str  # "" when not translated
    year: int
    webinars: int  # not cancelled
    webinar_numbers: tuple[int, ...]
    presentations: int  # talks, not opening remarks, Q&A or breaks
    presenters: frozenset[tuple[str, int]]  # ("person", id) or ("organization", id)
    presenters_confirmed: int
    partners: frozenset[int]  # organization ids
    summary: AttendanceSummary
    sectors: tuple[SectorLine, ...]  # counted, Not stated and Unclassified included
    reported_sectors: tuple[SectorLine, ...]  # entered by hand; count None = named without a number
    survey: tuple[SurveyLine, ...]

    @property
    def name(self) -> str:
        return f"{self.title} ({self.year})"

    def title_in(self, language: str) -> str:
        """The title a document in `language` prints (the other language's, marked, if missing)."""
        return localized(self.title, self.title_fr, language)

    def name_in(self, language: str) -> str:
        return f"{self.title_in(language)} ({self.year})"

    @property
    def attended_per_webinar(self) -> dict[int, int | None]:
        return {w.number: w.attended for w in self.summary.webinars}

    @property
    def registered_attended(self) -> int | None:
        values = [w.registered_attended for w in self.summary.webinars if w.registration_recorded]
        return sum(v for v in values if v is not None) if values else None

    @property
    def average_minutes(self) -> float | None:
        """Minutes per attendance over the whole edition (each webinar's average weighted
        by its attendance)."""
        pairs = [(w.average_minutes, w.attended) for w in self.summary.webinars
                 if w.average_minutes is not None and w.attended]
        total = sum(attended for _, attended in pairs)
        return sum(minutes * attended for minutes, attended in pairs) / total if total else None

    @property
    def has_figures(self) -> bool:
        s = self.summary
        return (s.has_records or s.participants_reported is not None or bool(s.survey) or bool(s.reported_sectors)
                or any(w.reported is not None for w in s.webinars))


def statement_key(statement: str) -> str:
    """Two editions' wordings of one statement compare equal when they differ only in case,
    spacing or a final full stop."""
    return re.sub(r"\s+", " ", statement).strip().rstrip(".").strip().casefold()


def edition_figures(session: Session, series_id: int) -> EditionFigures:
    series = session.get(Series, series_id)
    if series is None:
        raise NotFoundError("no series with id {id}", id=series_id)
    held = select(Webinar.id).where(Webinar.series_id == series_id, Webinar.status != WebinarStatus.CANCELLED)
    numbers = tuple(session.scalars(
        select(Webinar.number).where(Webinar.id.in_(held)).order_by(Webinar.number)))
    presentations = session.scalar(select(func.count()).select_from(Presentation).where(
        Presentation.webinar_id.in_(held), Presentation.kind == AgendaItemKind.PRESENTATION)) or 0
    presenters: set[tuple[str, int]] = set()
    confirmed: set[tuple[str, int]] = set()
    for person_id, organization_id, status in session.execute(
        select(Booking.person_id, Booking.organization_id, Booking.status)
        .join(Presentation, Presentation.id == Booking.presentation_id)
        .where(Presentation.webinar_id.in_(held), Booking.status.not_in(NOT_PRESENTING))
    ):
        who = ("person", person_id) if person_id is not None else ("organization", organization_id)
        presenters.add(who)
        if BookingStatus(status) == BookingStatus.CONFIRMED:
            confirmed.add(who)
    partners = frozenset(session.scalars(
        select(Collaboration.organization_id).where(Collaboration.series_id == series_id,
                                                    Collaboration.status != CollaborationStatus.DECLINED)))
    summary = attendance_summary(session, series_id)
    return EditionFigures(
        series_id=series.id, title=series.title, title_fr=series.title_fr or "", year=series.year, webinars=len(numbers),
        webinar_numbers=numbers, presentations=int(presentations), presenters=frozenset(presenters),
        presenters_confirmed=len(confirmed), partners=partners, summary=summary,
        sectors=tuple(SectorLine(_sector_key(s.sector, s.kind), s.sector, s.sector_fr, s.kind, s.total)
                      for s in summary.sectors),
        reported_sectors=tuple(SectorLine(_sector_key(s.sector, s.kind), s.sector, s.sector_fr, s.kind, s.total)
                               for s in summary.reported_sectors),
        survey=_survey(summary),
    )


def _sector_key(name: str, kind: SectorRowKind) -> str:
    return f"sector:{name}" if kind == SectorRowKind.SECTOR else kind.value


def _survey(summary: AttendanceSummary) -> tuple[SurveyLine, ...]:
    by_statement: dict[str, list] = {}  # type: ignore[type-arg]
    for result in summary.survey:
        by_statement.setdefault(statement_key(result.statement), []).append(result)
    lines = []
    for key, results in by_statement.items():
        series_wide = [r for r in results if r.webinar_number is None]
        if series_wide:
            r = series_wide[-1]
            lines.append(SurveyLine(key, r.statement, r.statement_fr, r.percent_agree / 100, r.approximate,
                                    r.responses))
            continue
        if all(r.responses for r in results):
            responses = sum(r.responses for r in results)
            agree = sum(r.percent_agree * r.responses for r in results) / responses
        else:
            responses = None
            agree = sum(r.percent_agree for r in results) / len(results)
        french = next((r.statement_fr for r in results if r.statement_fr), "")
        lines.append(SurveyLine(key, results[0].statement, french, agree / 100, any(r.approximate for r in results),
                                responses, webinars_averaged=len(results)))
    return tuple(lines)
