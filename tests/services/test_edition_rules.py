"""Rules the fresh seed-5 mutation sample showed unpinned: how an edition's survey result
is averaged over its webinars, how two editions of one year are labelled, what a missing
agenda release and an unknown sector say."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ocse_planner.db.models import Webinar
from ocse_planner.services import attendance_admin as admin
from ocse_planner.services.comparison import Section, compare_editions
from ocse_planner.services.edition_figures import edition_figures
from ocse_planner.services.errors import NotFoundError, ValidationError
from ocse_planner.services.releases import get_release, release_agenda
from ocse_planner.services.series import SeriesForm, create_series


def test_webinars_survey_results_are_averaged_weighted_by_their_responses(empty_db):
    with empty_db.write() as s:
        series = create_series(s, SeriesForm(title="Weighted", year=2024)).id
        first, second = (Webinar(series_id=series, number=n, title=f"W{n}", time_zone="America/Toronto",
                                 duration_minutes=60) for n in (1, 2))
        s.add_all([first, second])
        s.flush()
        admin.save_survey_result(s, series, None, statement="Useful.", percent_agree=90, responses=30,
                                 webinar_id=first.id)
        admin.save_survey_result(s, series, None, statement="useful", percent_agree=60, responses=10,
                                 webinar_id=second.id)
        admin.save_survey_result(s, series, None, statement="Relevant", percent_agree=90, webinar_id=first.id)
        admin.save_survey_result(s, series, None, statement="Relevant", percent_agree=60, responses=10,
                                 webinar_id=second.id)
    with empty_db.read() as s:
        lines = {line.key: line for line in edition_figures(s, series).survey}
    useful = lines["useful"]
    assert useful.agree == pytest.approx((90 * 30 + 60 * 10) / 40 / 100)  # 82.5 %, not the plain 75 %
    assert (useful.responses, useful.webinars_averaged) == (40, 2)
    relevant = lines["relevant"]  # one webinar without a count of responses: the plain average
    assert relevant.agree == pytest.approx(0.75) and relevant.responses is None


def test_two_editions_of_one_year_keep_a_title_of_24_characters_whole(demo_db):
    with demo_db.write() as s:
        exact = create_series(s, SeriesForm(title="x" * 24, year=2022)).id
        longer = create_series(s, SeriesForm(title="y" * 25, year=2022)).id
    with demo_db.read() as s:
        labels = [e.label for e in compare_editions(s, [exact, longer]).editions]
    assert labels == ["2022 · " + "x" * 24, "2022 · " + "y" * 23 + "…"]


def test_the_not_stated_row_of_a_comparison_says_so(demo_db, tmp_path):
    from tests.services.editions import demo_editions

    first, second = demo_editions(demo_db, tmp_path)
    with demo_db.read() as s:
        comparison = compare_editions(s, [first, second])
    assert comparison.table(Section.SECTORS).row("not_stated").label_text() == "Not stated"


def test_a_missing_agenda_release_names_the_ones_there_are(demo_db):
    with demo_db.read() as s:
        with pytest.raises(NotFoundError) as none_yet:
            get_release(s, 1, 3)
    assert none_yet.value.message() == "this series has no agenda release 3 (none made yet)"
    with demo_db.write() as s:
        release_agenda(s, 1)
        release_agenda(s, 1, "after the speakers' changes")
    with demo_db.read() as s:
        with pytest.raises(NotFoundError) as missing:
            get_release(s, 1, 3)
        assert get_release(s, 1, 2).number == 2
    assert missing.value.message() == "this series has no agenda release 3 (releases: 1, 2)"


def test_an_unknown_sector_is_refused_on_the_sector_field(demo_db):
    with demo_db.write() as s, pytest.raises(ValidationError) as refused:
        admin.set_sector_count(s, 1, None, 99_999, 5)
    assert refused.value.message() == "Choose a sector."
    assert [p.field for p in refused.value.problems] == ["sector"]
