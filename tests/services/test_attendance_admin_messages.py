"""What entering attendance figures by hand refuses says, whole, in English and in French,
and which field it marks (participant totals, sector counts, survey results,
reclassifying records)."""

from __future__ import annotations

import pytest

from ocse_planner.services import attendance_admin as admin
from ocse_planner.services.errors import UserError, ValidationError
from tests.services.messages import flagged, refused

NOT_IN_SERIES = ("ValidationError", "webinar", "The webinar is not part of this series.",
                 "Le webinaire ne fait pas partie de cette série.")
NO_SECTOR = ("ValidationError", "sector", "Choose a sector.", "Choisissez un secteur.")


def _refusal(db, call) -> tuple:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as caught, db.write() as s:
        call(s)
    return refused(caught.value)


def test_a_participant_total_refused_says_why(demo_db):
    assert _refusal(demo_db, lambda s: admin.set_participants_reported(s, 1, None, -1)) == (
        "ValidationError", "participants_reported", "The number of participants cannot be negative.",
        "Le nombre de personnes participantes ne peut pas être négatif.")
    assert _refusal(demo_db, lambda s: admin.set_participants_reported(s, 1, 99_999, 10)) == NOT_IN_SERIES
    assert _refusal(demo_db, lambda s: admin.set_participants_reported(s, 99_999, None, 10)) == (
        "NotFoundError", None, "The series or webinar no longer exists.", "La série ou le webinaire n'existe plus.")


def test_a_sector_count_refused_says_why(demo_db):
    assert _refusal(demo_db, lambda s: admin.set_sector_count(s, 1, None, 1, -3)) == (
        "ValidationError", "count", "A sector count cannot be negative.",
        "Un nombre par secteur ne peut pas être négatif.")
    assert _refusal(demo_db, lambda s: admin.set_sector_count(s, 1, None, 99_999, 3)) == NO_SECTOR
    assert _refusal(demo_db, lambda s: admin.set_sector_count(s, 1, 99_999, 1, 3)) == NOT_IN_SERIES


def test_a_survey_result_lists_every_problem_beside_its_field(demo_db):
    with pytest.raises(ValidationError) as caught, demo_db.write() as s:
        admin.save_survey_result(s, 1, None, statement=" ", responses=-1, percent_agree=100.5)
    assert [flagged(p) for p in caught.value.problems] == [
        ("statement", False, "Enter the survey statement.", "Saisissez l'énoncé du sondage."),
        ("responses", False, "The number of responses cannot be negative.",
         "Le nombre de réponses ne peut pas être négatif."),
        ("percent_agree", False, "The share agreeing must be between 0 and 100 %.",
         "La proportion en accord doit se situer entre 0 et 100\u00a0%."),
    ]
    assert caught.value.message() == (
        "Enter the survey statement.\nThe number of responses cannot be negative.\n"
        "The share agreeing must be between 0 and 100 %.")
    with pytest.raises(ValidationError) as caught:
        admin.validate_survey("Useful", None, None)
    assert [flagged(p) for p in caught.value.problems] == [
        ("percent_agree", False, "The share agreeing must be between 0 and 100 %.",
         "La proportion en accord doit se situer entre 0 et 100\u00a0%.")]


def test_a_survey_result_of_another_series_or_gone_is_not_found(demo_db):
    def save(series_id: int, result_id: int | None, webinar_id: int | None = None):  # type: ignore[no-untyped-def]
        return lambda s: admin.save_survey_result(s, series_id, result_id, statement="Useful", percent_agree=80,
                                                  webinar_id=webinar_id)

    gone = ("NotFoundError", None, "The survey result no longer exists.", "Le résultat de sondage n'existe plus.")
    assert _refusal(demo_db, save(1, 99_999)) == gone
    with demo_db.write() as s:
        other = admin.save_survey_result(s, 1, None, statement="Useful", percent_agree=80)
    assert _refusal(demo_db, save(2, other)) == gone
    assert _refusal(demo_db, save(1, None, webinar_id=99_999)) == NOT_IN_SERIES


def test_reclassifying_needs_a_domain_or_an_organization_and_a_known_sector(demo_db):
    assert _refusal(demo_db, lambda s: admin.reclassify(s, 1, 1)) == (
        "ValidationError", "domain", "Give an e-mail domain or an organization name.",
        "Indiquez un domaine de courriel ou un nom d'organisation.")
    assert _refusal(demo_db, lambda s: admin.reclassify(s, 1, 99_999, domain="rcmp-grc.gc.ca")) == NO_SECTOR


def test_zero_and_the_bounds_are_accepted_figures(demo_db):
    with demo_db.write() as s:
        admin.set_participants_reported(s, 1, None, 0)
        admin.set_sector_count(s, 1, None, 1, 0)
        low = admin.save_survey_result(s, 1, None, statement="Useful", percent_agree=0, responses=0)
        high = admin.save_survey_result(s, 1, None, statement="Clear", percent_agree=100, responses=1)
    with demo_db.read() as s:
        rows = {r.id: (r.responses, r.percent_agree) for r in admin.list_survey(s, 1)}
    assert (rows[low], rows[high]) == ((0, 0), (1, 100))
