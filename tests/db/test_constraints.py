"""The schema itself refuses impossible data, whatever code writes it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ocse_planner.db.models import Booking, Organization, Person, Presentation, Series, SurveyResult, Webinar
from ocse_planner.services.errors import ChangedElsewhereError, ConflictError


def _series(session, **kw):
    series = Series(title=kw.pop("title", "Test series"), year=kw.pop("year", 2024), **kw)
    session.add(series)
    session.flush()
    return series


def test_duplicate_webinar_number_is_rejected(empty_db):
    with pytest.raises(ConflictError, match="(?i)unique") as caught:
        with empty_db.write() as s:
            series = _series(s)
            series.webinars.append(Webinar(number=1, title="A"))
            series.webinars.append(Webinar(number=1, title="B"))
    assert isinstance(caught.value.__cause__, IntegrityError)  # a clash the user reads, from the database's refusal
    with empty_db.read() as s:
        assert s.scalars(select(Series)).all() == []  # the whole transaction rolled back


def test_duplicate_series_title_and_year_is_rejected(empty_db):
    with empty_db.write() as s:
        _series(s, title="OCSE", year=2023)
    with pytest.raises(ConflictError, match="(?i)unique"):
        with empty_db.write() as s:
            _series(s, title="OCSE", year=2023)
    with empty_db.write() as s:  # another year is fine
        _series(s, title="OCSE", year=2024)


@pytest.mark.parametrize("minutes", [0, -15])
def test_webinar_duration_must_be_positive(empty_db, minutes):
    with pytest.raises(IntegrityError, match="duration_positive"):
        with empty_db.write() as s:
            series = _series(s)
            series.webinars.append(Webinar(number=1, title="A", duration_minutes=minutes))


def test_presentation_duration_and_order(empty_db):
    with pytest.raises(IntegrityError, match="duration_positive"):
        with empty_db.write() as s:
            series = _series(s)
            w = Webinar(number=1, title="A")
            series.webinars.append(w)
            w.presentations.append(Presentation(position=1, title="P", duration_minutes=-5))
    with pytest.raises(ConflictError, match="(?i)unique"):
        with empty_db.write() as s:
            series = _series(s)
            w = Webinar(number=1, title="A")
            series.webinars.append(w)
            w.presentations.append(Presentation(position=1, title="P"))
            w.presentations.append(Presentation(position=1, title="Q"))


@pytest.mark.parametrize("percent", [120, -1])
def test_survey_percentage_between_0_and_100(empty_db, percent):
    with pytest.raises(IntegrityError, match="percent_range"):
        with empty_db.write() as s:
            series = _series(s)
            s.add(SurveyResult(series_id=series.id, statement="Useful", percent_agree=percent))


def test_booking_names_a_person_or_an_organization_not_both(empty_db):
    with pytest.raises(IntegrityError, match="person_xor_organization"):
        with empty_db.write() as s:
            series = _series(s)
            w = Webinar(number=1, title="A")
            series.webinars.append(w)
            p = Presentation(position=1, title="P")
            w.presentations.append(p)
            p.bookings.append(
                Booking(person=Person(given_name="A", family_name="B"), organization=Organization(name="O"))
            )


def test_a_person_who_presents_cannot_be_deleted_but_a_series_takes_its_plan(demo_db):
    with pytest.raises(ConflictError, match="(?i)foreign key"):
        with demo_db.write() as s:
            saliba = s.scalar(select(Person).where(Person.family_name == "Saliba"))
            s.delete(saliba)
    with demo_db.write() as s:
        s.delete(s.scalar(select(Series)))
    with demo_db.read() as s:
        assert s.scalars(select(Webinar)).all() == []
        assert s.scalars(select(Booking)).all() == []
        assert len(s.scalars(select(Person)).all()) == 11  # people outlive the plan


def test_naive_datetimes_are_refused(empty_db):
    with pytest.raises(Exception, match="naive datetime"):
        with empty_db.write() as s:
            series = _series(s)
            series.webinars.append(Webinar(number=1, title="A", starts_at=datetime(2024, 1, 1, 13)))
    with empty_db.write() as s:
        series = _series(s)
        series.webinars.append(Webinar(number=1, title="A", starts_at=datetime(2024, 1, 1, 18, tzinfo=UTC)))
    with empty_db.read() as s:
        assert s.scalar(select(Webinar.starts_at)).tzinfo is UTC


def test_stale_edit_is_refused_not_lost(demo_db):
    """Optimistic concurrency: two editors saw version N; the second save is refused."""
    from ocse_planner.services.concurrency import fetch_for_update

    with demo_db.read() as s:
        shown = s.scalar(select(Webinar).where(Webinar.number == 1))
        webinar_id, seen_version = shown.id, shown.version
    with demo_db.write() as s:  # editor A saves
        fetch_for_update(s, Webinar, webinar_id, seen_version, "webinar").title = "Renamed by A"
    with pytest.raises(ChangedElsewhereError, match="changed elsewhere"):
        with demo_db.write() as s:  # editor B saves what it was shown earlier
            fetch_for_update(s, Webinar, webinar_id, seen_version, "webinar").title = "Renamed by B"
    with demo_db.read() as s:
        row = s.get(Webinar, webinar_id)
        assert (row.title, row.version) == ("Renamed by A", seen_version + 1)


def test_orm_version_counter_catches_a_concurrent_update(demo_db):
    """Two ORM sessions holding the same row: the flush of the stale one fails, and the
    write block says so as "changed elsewhere"."""
    from sqlalchemy import text
    from sqlalchemy.orm.exc import StaleDataError

    with pytest.raises(ChangedElsewhereError, match="changed elsewhere") as caught:
        with demo_db.write() as s:
            webinar = s.scalar(select(Webinar).where(Webinar.number == 2))
            # Another writer bumps the row behind this session's back (same transaction,
            # raw SQL, as a second process would have done before our BEGIN).
            s.execute(text("UPDATE webinar SET version = version + 1 WHERE id = :id"), {"id": webinar.id})
            webinar.title = "Lost update?"
    assert isinstance(caught.value.__cause__, StaleDataError)
    with demo_db.read() as s:
        assert s.scalar(select(Webinar.title).where(Webinar.number == 2)).startswith("Best Practices")
