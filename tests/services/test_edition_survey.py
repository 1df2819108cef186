"""An edition's survey line per statement, as the year-over-year comparison reads it: the
series-wide result when there is one (the latest entered), else its webinars' results
averaged, "about" when any of them was, in French when any of them was translated."""

from __future__ import annotations

import pytest

from ocse_planner.db.models import Webinar
from ocse_planner.services import attendance_admin as admin
from ocse_planner.services.edition_figures import SurveyLine, edition_figures
from ocse_planner.services.series import SeriesForm, create_series


@pytest.fixture
def survey(empty_db):  # type: ignore[no-untyped-def]
    with empty_db.write() as s:
        series = create_series(s, SeriesForm(title="Surveyed", year=2024)).id
        first, second = (Webinar(series_id=series, number=n, title=f"W{n}", time_zone="America/Toronto",
                                 duration_minutes=60) for n in (1, 2))
        s.add_all([first, second])
        s.flush()

        def add(statement, agree, webinar=None, **more):  # type: ignore[no-untyped-def]
            admin.save_survey_result(s, series, None, statement=statement, percent_agree=agree,
                                     webinar_id=webinar.id if webinar else None, **more)

        add("Useful.", 90, first, responses=30, approximate=True)
        add("useful", 60, second, responses=10, statement_fr="Utile")
        add("Relevant", 50, responses=100, statement_fr="Pertinent")
        add("Relevant", 70, first, responses=20)  # a series-wide result outranks the webinars'
        add("Relevant.", 55, approximate=True)  # entered last: the series-wide result read
        add("Clear", 70, second)
    with empty_db.read() as s:
        return {line.key: line for line in edition_figures(s, series).survey}


def test_webinar_results_are_averaged_about_when_one_was_and_in_the_french_one_of_them_has(survey):
    assert survey["useful"] == SurveyLine("useful", "Useful.", "Utile", pytest.approx(0.825), True, 40, webinars_averaged=2)


def test_the_series_wide_result_entered_last_is_the_edition_s(survey):
    assert survey["relevant"] == SurveyLine("relevant", "Relevant.", "", pytest.approx(0.55), True, None)


def test_one_webinar_s_result_is_the_edition_s_as_is(survey):
    assert survey["clear"] == SurveyLine("clear", "Clear", "", pytest.approx(0.7), False, None, webinars_averaged=1)
    assert len(survey) == 3


def test_an_edition_s_presenters_are_people_and_organizations_presenting_as_a_body(demo_db):
    from sqlalchemy import select

    from ocse_planner.db.enums import BookingStatus
    from ocse_planner.db.models import Booking, Organization, Person

    with demo_db.write() as s:
        seto = s.scalar(select(Person.id).filter_by(family_name="Seto"))
        ncecc = s.scalar(select(Organization.id).filter_by(acronym="NCECC"))
        saliba = s.scalar(select(Person.id).filter_by(family_name="Saliba"))
        for booking in s.scalars(select(Booking).filter_by(person_id=saliba)):
            booking.status = BookingStatus.WITHDRAWN
        figures = edition_figures(s, 1)
    assert {("person", seto), ("organization", ncecc)} <= figures.presenters
    assert ("person", saliba) not in figures.presenters  # withdrawn: no longer presenting
    assert {kind for kind, _ in figures.presenters} == {"person", "organization"}
    assert (len(figures.presenters), figures.presenters_confirmed) == (11, 11)


def test_a_comparison_says_which_survey_result_is_an_average_of_webinars(empty_db):
    from ocse_planner.services.comparison import Section, compare_editions
    from tests.services.messages import said

    with empty_db.write() as s:
        ids = []
        for year in (2023, 2024):
            series = create_series(s, SeriesForm(title="Surveyed", year=year)).id
            webinars = [Webinar(series_id=series, number=n, title=f"W{n}", time_zone="America/Toronto",
                                duration_minutes=60) for n in (1, 2)]
            s.add_all(webinars)
            s.flush()
            ids.append(series)
        for webinar in webinars:  # 2024: two webinars' results; 2023: one series-wide result
            admin.save_survey_result(s, ids[1], None, statement="Useful", percent_agree=80, webinar_id=webinar.id)
        admin.save_survey_result(s, ids[0], None, statement="Useful", percent_agree=70)
    with empty_db.read() as s:
        row = compare_editions(s, ids).table(Section.SURVEY).row("survey:useful")
    assert [(c.value, c.note and said(c.note)) for c in row.cells] == [
        (pytest.approx(0.7), None),
        (pytest.approx(0.8), ("the average of 2 webinars' results", "la moyenne des résultats de 2 webinaires"))]
