"""Daylight saving: a skipped time is refused, a repeated one is the first unless asked."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select

from ocse_planner.db.models import Webinar
from ocse_planner.services import webinars
from ocse_planner.services.clone import CloneOptions, DateRule, clone_series
from ocse_planner.services.errors import ValidationError
from ocse_planner.services.local_time import is_second_occurrence, local_instant, occurrences

TORONTO = "America/Toronto"
SPRING = date(2023, 3, 12)  # 02:00 EST → 03:00 EDT
FALL = date(2023, 11, 5)  # 02:00 EDT → 01:00 EST


def test_a_skipped_time_has_no_instant_and_is_refused_by_name():
    assert not occurrences(SPRING, time(2, 30), TORONTO).exists
    with pytest.raises(ValidationError, match=r"2:30 a.m. does not exist on 2023-03-12 in America/Toronto"):
        local_instant(SPRING, time(2, 30), TORONTO)
    # the minutes on either side of the gap exist
    assert local_instant(SPRING, time(1, 59), TORONTO) == datetime(2023, 3, 12, 6, 59, tzinfo=UTC)
    assert local_instant(SPRING, time(3, 0), TORONTO) == datetime(2023, 3, 12, 7, 0, tzinfo=UTC)


def test_a_repeated_time_is_the_first_occurrence_unless_the_second_is_asked():
    found = occurrences(FALL, time(1, 30), TORONTO)
    assert found.ambiguous and found.labels() == ("1:30 a.m. EDT", "1:30 a.m. EST")
    first = local_instant(FALL, time(1, 30), TORONTO)
    second = local_instant(FALL, time(1, 30), TORONTO, second=True)
    assert (first, second) == (datetime(2023, 11, 5, 5, 30, tzinfo=UTC), datetime(2023, 11, 5, 6, 30, tzinfo=UTC))
    assert not is_second_occurrence(first, TORONTO) and is_second_occurrence(second, TORONTO)
    # an ordinary time has one occurrence, and "second" changes nothing
    assert local_instant(FALL, time(13, 0), TORONTO, second=True) == datetime(2023, 11, 5, 18, 0, tzinfo=UTC)


def _form(db, **changes) -> webinars.WebinarForm:
    with db.read() as session:
        form = webinars.get_webinar(session, 1).form
    return webinars.WebinarForm(**{**form.__dict__, **changes})


def test_the_webinar_form_refuses_a_skipped_start_and_stores_nothing(demo_db):
    form = _form(demo_db, date=SPRING, start_time=time(2, 30))
    with demo_db.read() as session:
        problems = webinars.validate_webinar(session, 1, form, 1)
    errors = [p for p in problems if not p.warning]
    assert [p.field for p in errors] == ["start_time"] and "does not exist" in errors[0].message()
    with pytest.raises(ValidationError), demo_db.write() as session:
        webinars.update_webinar(session, 1, form)
    with demo_db.read() as session:
        assert session.get(Webinar, 1).starts_at == datetime(2022, 1, 25, 18, 0, tzinfo=UTC)


def test_the_webinar_form_stores_the_first_of_a_repeated_start_and_says_which(demo_db):
    form = _form(demo_db, date=FALL, start_time=time(1, 30), duration_minutes=60)
    with demo_db.read() as session:
        problems = webinars.validate_webinar(session, 1, form, 1)
    note = next(p for p in problems if p.field == "start_time")
    assert note.warning and "the first one, 1:30 a.m. EDT, is used" in note.message()
    assert "1:30 a.m. EST" in note.message()
    with demo_db.write() as session:
        record = webinars.update_webinar(session, 1, form)
    assert record.form.second_occurrence is False
    with demo_db.read() as session:
        assert session.get(Webinar, 1).starts_at == datetime(2023, 11, 5, 5, 30, tzinfo=UTC)

    with demo_db.write() as session:
        record = webinars.update_webinar(session, 1, _form(demo_db, second_occurrence=True))
    assert record.form.second_occurrence is True and record.form.start_time == time(1, 30)
    with demo_db.read() as session:
        assert session.get(Webinar, 1).starts_at == datetime(2023, 11, 5, 6, 30, tzinfo=UTC)
        problems = webinars.validate_webinar(session, 1, record.form, 1)
    assert "the second one, 1:30 a.m. EST, is used" in next(p for p in problems if p.field == "start_time").message()


def test_cloning_onto_a_skipped_time_is_refused_naming_the_webinar(demo_db):
    """Canada moved the change to the second Sunday of March in 2007: 02:30 on that Sunday
    existed in 2006 and does not in 2007."""
    with demo_db.write() as session:
        session.get(Webinar, 1).starts_at = datetime(2006, 3, 12, 7, 30, tzinfo=UTC)  # 02:30 EST
    with pytest.raises(ValidationError, match=r"Webinar 1 would start at 2:30 a.m. on 2007-03-11, a time that does not "
                                         r"exist in America/Toronto"), demo_db.write() as session:
        clone_series(session, 1, CloneOptions(year=2007, date_rule=DateRule.SAME_WEEKDAY))
    with demo_db.read() as session:  # nothing of the clone was kept
        assert session.scalars(select(Webinar.id).order_by(Webinar.id)).all() == [1, 2, 3]


def test_cloning_onto_a_repeated_time_keeps_the_first_and_says_so(demo_db):
    with demo_db.write() as session:  # Sunday 2022-11-06 01:30 EDT, the first of two
        session.get(Webinar, 3).starts_at = datetime(2022, 11, 6, 5, 30, tzinfo=UTC)
    with demo_db.write() as session:
        result = clone_series(session, 1, CloneOptions(year=2023, date_rule=DateRule.SAME_WEEKDAY))
    assert result.repeated_times == (3,)
    with demo_db.read() as session:
        copy = session.scalar(select(Webinar).where(Webinar.series_id == result.series_id, Webinar.number == 3))
        assert copy.starts_at == datetime(2023, 11, 5, 5, 30, tzinfo=UTC)  # first Sunday of November, EDT
