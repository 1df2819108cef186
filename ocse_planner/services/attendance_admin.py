"""Hand-entered attendance figures, survey results and bulk sector fixes.

For when only totals exist (the 2022 report's 611 participants and its two survey
percentages) the organizer types the figures in: a participant total per series or per
webinar, counts by sector, and survey statements with the share agreeing. Every save
validates first and raises ValidationError naming the field, so nothing is half-saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ocse_planner.services import text as _text  # noqa: F401  (refuses unstorable text at every flush)
from ocse_planner.db.base import strpos
from ocse_planner.db.models import AttendanceRecord, Sector, SectorCount, Series, SurveyResult, Webinar
from ocse_planner.services.bilingual import localized
from ocse_planner.services.errors import FieldProblem, NotFoundError, ValidationError
from ocse_planner.services.validation import blank


@dataclass(frozen=True)
class SectorCountRow:
    id: int
    webinar_id: int | None
    webinar_number: int | None  # None: the whole series
    sector_id: int
    sector: str
    count: int | None  # None: the sector is named among the audience, without a number
    sector_fr: str = ""


@dataclass(frozen=True)
class SurveyRow:
    id: int
    webinar_id: int | None
    webinar_number: int | None
    statement: str
    responses: int | None
    percent_agree: float
    approximate: bool
    statement_fr: str = ""  # "" = not translated yet

    def statement_in(self, language: str) -> str:
        return localized(self.statement, self.statement_fr, language, mark=False)


@dataclass(frozen=True)
class UnclassifiedGroup:
    """Unclassified records sharing an e-mail domain (or an organization when no e-mail)."""

    domain: str | None
    organization: str | None
    records: int


def _webinar_in_series(session: Session, series_id: int, webinar_id: int | None) -> None:
    if webinar_id is None:
        return
    owner = session.scalar(select(Webinar.series_id).where(Webinar.id == webinar_id))
    if owner != series_id:
        raise ValidationError("The webinar is not part of this series.", field="webinar")


# --- participant totals and sector counts ----------------------------------------------

def set_participants_reported(session: Session, series_id: int, webinar_id: int | None, value: int | None) -> None:
    """The reported participant total of the series (webinar_id None) or of one webinar."""
    if value is not None and value < 0:
        raise ValidationError("The number of participants cannot be negative.", field="participants_reported")
    _webinar_in_series(session, series_id, webinar_id)
    target = session.get(Webinar, webinar_id) if webinar_id is not None else session.get(Series, series_id)
    if target is None:
        raise NotFoundError("The series or webinar no longer exists.")
    target.participants_reported = value


def list_sector_counts(session: Session, series_id: int) -> list[SectorCountRow]:
    return [
        SectorCountRow(c.id, c.webinar_id, number, c.sector_id, name, c.count, name_fr or "")
        for c, name, name_fr, number in session.execute(
            select(SectorCount, Sector.name, Sector.name_fr, Webinar.number)
            .join(Sector, Sector.id == SectorCount.sector_id)
            .outerjoin(Webinar, Webinar.id == SectorCount.webinar_id)
            .where(SectorCount.series_id == series_id)
            .order_by(Webinar.number.is_not(None), Webinar.number, Sector.position, Sector.name)
        )
    ]


def set_sector_count(
    session: Session, series_id: int, webinar_id: int | None, sector_id: int, count: int | None
) -> int:
    """Enter (or replace) the count of one sector for the series or one of its webinars.

    SQLite's unique constraint treats NULL webinar ids as distinct, so the series-level
    row is looked up here rather than relying on the constraint.
    """
    if count is not None and count < 0:
        raise ValidationError("A sector count cannot be negative.", field="count")
    if session.get(Sector, sector_id) is None:
        raise ValidationError("Choose a sector.", field="sector")
    _webinar_in_series(session, series_id, webinar_id)
    webinar_match = SectorCount.webinar_id.is_(None) if webinar_id is None else SectorCount.webinar_id == webinar_id
    row = session.scalar(
        select(SectorCount).where(SectorCount.series_id == series_id, SectorCount.sector_id == sector_id, webinar_match)
    )
    if row is None:
        row = SectorCount(series_id=series_id, webinar_id=webinar_id, sector_id=sector_id, count=count)
        session.add(row)
    else:
        row.count = count
    session.flush()
    return row.id


def delete_sector_count(session: Session, count_id: int) -> None:
    row = session.get(SectorCount, count_id)
    if row is not None:
        session.delete(row)


# --- survey results -----------------------------------------------------------------------

def list_survey(session: Session, series_id: int) -> list[SurveyRow]:
    return [
        SurveyRow(r.id, r.webinar_id, number, r.statement, r.responses, r.percent_agree, r.approximate,
                  r.statement_fr or "")
        for r, number in session.execute(
            select(SurveyResult, Webinar.number)
            .outerjoin(Webinar, Webinar.id == SurveyResult.webinar_id)
            .where(SurveyResult.series_id == series_id)
            .order_by(Webinar.number.is_not(None), Webinar.number, SurveyResult.position, SurveyResult.id)
        )
    ]


def validate_survey(statement: str, responses: int | None, percent_agree: float | None) -> None:
    problems = []
    if blank(statement):
        problems.append(FieldProblem("Enter the survey statement.", field="statement"))
    if responses is not None and responses < 0:
        problems.append(FieldProblem("The number of responses cannot be negative.", field="responses"))
    if percent_agree is None or not 0 <= percent_agree <= 100:
        problems.append(FieldProblem("The share agreeing must be between 0 and 100 %.", field="percent_agree"))
    if problems:
        raise ValidationError.of(problems)


def save_survey_result(
    session: Session,
    series_id: int,
    result_id: int | None,
    *,
    statement: str,
    percent_agree: float,
    responses: int | None = None,
    approximate: bool = False,
    webinar_id: int | None = None,
    statement_fr: str = "",
) -> int:
    """Add (result_id None) or change a survey result; returns its id. `statement_fr` is
    the statement in French ("" = not translated yet)."""
    validate_survey(statement, responses, percent_agree)
    _webinar_in_series(session, series_id, webinar_id)
    if result_id is None:
        position = (session.scalar(select(func.max(SurveyResult.position)).where(
            SurveyResult.series_id == series_id)) or 0) + 1
        row = SurveyResult(series_id=series_id, position=position)
        session.add(row)
    else:
        row = session.get(SurveyResult, result_id)
        if row is None or row.series_id != series_id:
            raise NotFoundError("The survey result no longer exists.")
    row.statement = statement.strip()
    row.statement_fr = statement_fr.strip() or None
    row.percent_agree = float(percent_agree)
    row.responses = responses
    row.approximate = approximate
    row.webinar_id = webinar_id
    session.flush()
    return row.id


def delete_survey_result(session: Session, result_id: int) -> None:
    row = session.get(SurveyResult, result_id)
    if row is not None:
        session.delete(row)


# --- bulk re-classification -----------------------------------------------------------------

def _series_records(series_id: int):  # type: ignore[no-untyped-def]
    return AttendanceRecord.webinar_id.in_(select(Webinar.id).where(Webinar.series_id == series_id))


_DOMAIN = func.lower(func.substr(AttendanceRecord.email, strpos(AttendanceRecord.email, "@") + 1))


def unclassified_groups(session: Session, series_id: int) -> list[UnclassifiedGroup]:
    """Unclassified records grouped by e-mail domain (by organization without e-mail), largest first."""
    rows = session.execute(
        select(_DOMAIN.label("domain"), func.count().label("n"))
        .where(_series_records(series_id), AttendanceRecord.sector_id.is_(None), AttendanceRecord.email.is_not(None))
        .group_by(_DOMAIN)
    ).all()
    groups = [UnclassifiedGroup(r.domain, None, r.n) for r in rows]
    groups += [
        UnclassifiedGroup(None, r.organization_name, r.n)
        for r in session.execute(
            select(AttendanceRecord.organization_name, func.count().label("n"))
            .where(_series_records(series_id), AttendanceRecord.sector_id.is_(None), AttendanceRecord.email.is_(None),
                   AttendanceRecord.organization_name.is_not(None))
            .group_by(AttendanceRecord.organization_name)
        )
    ]
    return sorted(groups, key=lambda g: (-g.records, g.domain or g.organization or ""))


def reclassify(
    session: Session,
    series_id: int,
    sector_id: int | None,
    *,
    domain: str | None = None,
    organization: str | None = None,
    only_unclassified: bool = True,
) -> int:
    """Set the sector of every record of the series with that e-mail domain (or whose
    organization contains `organization`); returns how many records changed."""
    if domain is None and organization is None:
        raise ValidationError("Give an e-mail domain or an organization name.", field="domain")
    if sector_id is not None and session.get(Sector, sector_id) is None:
        raise ValidationError("Choose a sector.", field="sector")
    conditions = [_series_records(series_id)]
    if domain is not None:
        conditions.append(_DOMAIN == domain.strip().lstrip("@").lower())
    if organization is not None:
        conditions.append(func.lower(AttendanceRecord.organization_name).contains(organization.strip().lower()))
    if only_unclassified:
        conditions.append(AttendanceRecord.sector_id.is_(None))
    result = session.execute(
        update(AttendanceRecord).where(*conditions).values(sector_id=sector_id).execution_options(
            synchronize_session=False)
    )
    return int(result.rowcount or 0)


def apply_rules_to_unclassified(session: Session, series_id: int) -> int:
    """Run the current sector rules over the series' Unclassified records (after rules were
    added or edited); returns how many records got a sector."""
    from ocse_planner.services.sectors import SectorClassifier

    classifier = SectorClassifier.load(session)
    changes = []
    for record_id, email, organization in session.execute(
        select(AttendanceRecord.id, AttendanceRecord.email, AttendanceRecord.organization_name)
        .where(_series_records(series_id), AttendanceRecord.sector_id.is_(None))
    ):
        sector_id = classifier.classify(None, email, organization)
        if sector_id is not None:
            changes.append({"record_id": record_id, "sector_id": sector_id})
    if changes:
        from sqlalchemy import bindparam

        session.execute(
            update(AttendanceRecord.__table__)
            .where(AttendanceRecord.__table__.c.id == bindparam("record_id"))
            .values(sector_id=bindparam("sector_id")),
            changes,
        )
    return len(changes)
