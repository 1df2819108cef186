"""Saving a series from its form: what is stored, each rule at its edge, stale edits."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ocse_planner.db.enums import SeriesStatus
from ocse_planner.db.models import AttendanceRecord, Booking, Organization, Person, Presentation, Series, Webinar
from ocse_planner.services import series
from ocse_planner.services.errors import ChangedElsewhereError, NotFoundError, ValidationError
from ocse_planner.services.series import SeriesForm
from tests.services.messages import flagged, refused


def _problems(db, form: SeriesForm, series_id: int | None = None) -> list[tuple[str, str]]:
    with db.read() as s:
        return [(p.field, p.message()) for p in series.validate_series(s, form, series_id)]


def test_a_saved_form_is_stored_trimmed_and_read_back(empty_db):
    with empty_db.write() as s:
        ps = Organization(name="Public Safety Canada")
        s.add(ps)
        s.flush()
        record = series.create_series(s, SeriesForm(
            title="  Combatting OCSE  ", year=2023, host_organization_id=ps.id, programme="  National Strategy ",
            objectives=(" Inform ", "  ", "Connect"), status=SeriesStatus.ANNOUNCED,
            time_zone="America/Halifax", notes="  call back  "))
    assert record.form == SeriesForm(
        title="Combatting OCSE", year=2023, host_organization_id=ps.id, programme="National Strategy",
        objectives=("Inform", "Connect"), status=SeriesStatus.ANNOUNCED, time_zone="America/Halifax",
        notes="call back")
    with empty_db.read() as s:
        row = s.get(Series, record.id)
        assert (row.programme, row.notes) == ("National Strategy", "call back")
    with empty_db.write() as s:
        again = series.update_series(s, record.id, replace(record.form, programme=" ", notes=""),
                                     record.version)
    assert (again.form.programme, again.form.notes) == ("", "")
    assert again.version > record.version
    with empty_db.read() as s:
        row = s.get(Series, record.id)
        assert (row.programme, row.notes) == (None, None)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"title": "  "}, [("title", "The title is required.")]),
        ({"year": 1899}, [("year", "The year 1899 is not between 1900 and 9999.")]),
        ({"year": 10000}, [("year", "The year 10000 is not between 1900 and 9999.")]),
        ({"time_zone": "Mars/Base"}, [("time_zone", "“Mars/Base” is not a known time zone (e.g. America/Toronto).")]),
        ({"host_organization_id": 999}, [("host_organization", "The host organization no longer exists.")]),
        ({"year": 1900}, []),
        ({"year": 9999}, []),
        ({"title": " Taken "}, [("title", "A series “Taken” already exists for 2023.")]),
        ({"title": "Taken", "year": 2024}, []),
    ],
)
def test_each_rule_names_its_field(empty_db, changes, expected):
    with empty_db.write() as s:
        s.add(Series(title="Taken", year=2023))
    form = replace(SeriesForm(title="Fresh", year=2023), **changes)
    assert _problems(empty_db, form) == expected


def test_a_series_does_not_clash_with_itself_but_with_another(empty_db):
    with empty_db.write() as s:
        mine = series.create_series(s, SeriesForm(title="Mine", year=2023))
        series.create_series(s, SeriesForm(title="Other", year=2023))
    assert _problems(empty_db, mine.form, mine.id) == []
    renamed = replace(mine.form, title="Other")
    assert _problems(empty_db, renamed, mine.id) == [("title", "A series “Other” already exists for 2023.")]
    with pytest.raises(ValidationError), empty_db.write() as s:
        series.update_series(s, mine.id, renamed)
    with pytest.raises(ValidationError) as caught, empty_db.write() as s:
        series.create_series(s, SeriesForm(title="", year=3))
    assert [p.field for p in caught.value.problems] == ["title", "year"]


def test_a_stale_or_deleted_series_is_not_overwritten(empty_db):
    with empty_db.write() as s:
        record = series.create_series(s, SeriesForm(title="Mine", year=2023))
    with empty_db.write() as s:
        series.update_series(s, record.id, replace(record.form, title="Changed elsewhere"))
    with pytest.raises(ChangedElsewhereError, match="changed elsewhere"), empty_db.write() as s:
        series.update_series(s, record.id, replace(record.form, title="Mine too"), record.version)
    with pytest.raises(ChangedElsewhereError, match="deleted elsewhere"), empty_db.write() as s:
        series.update_series(s, 999, record.form)
    with pytest.raises(NotFoundError, match="^no series with id 999$"), empty_db.read() as s:
        series.get_series(s, 999)


def test_delete_impact_counts_only_this_series(empty_db):
    with empty_db.write() as s:
        mine, other = Series(title="Mine", year=2023), Series(title="Other", year=2023)
        for target, talks in ((mine, 3), (other, 1)):
            webinar = Webinar(number=1, title="W")
            target.webinars.append(webinar)
            for position in range(1, talks + 1):
                talk = Presentation(position=position, title=f"T{position}")
                talk.bookings.append(Booking(person=Person(given_name="P", family_name=str(position))))
                webinar.presentations.append(talk)
        s.add_all([mine, other])
        s.flush()
        mine.webinars.append(Webinar(number=2, title="Empty"))
        s.add(AttendanceRecord(webinar_id=mine.webinars[0].id, person_key="a@x.org"))
        s.add(AttendanceRecord(webinar_id=other.webinars[0].id, person_key="a@x.org"))
        s.flush()
        mine_id = mine.id
    with empty_db.read() as s:
        impact = series.delete_impact(s, mine_id)
        empty = series.delete_impact(s, 999)
    assert (impact.webinars, impact.presentations, impact.bookings, impact.attendance_records) == (2, 3, 3, 1)
    assert (empty.webinars, empty.presentations, empty.bookings, empty.attendance_records) == (0, 0, 0, 0)


def test_next_free_title_counts_up_within_the_year(empty_db):
    with empty_db.write() as s:
        for title in ("Webinars", "Webinars (2)"):
            s.add(Series(title=title, year=2023))
        s.add(Series(title="Other", year=2024))
    with empty_db.read() as s:
        assert series.next_free_title(s, "Webinars", 2023) == "Webinars (3)"
        assert series.next_free_title(s, "Webinars", 2024) == "Webinars"
        assert series.next_free_title(s, "Other", 2023) == "Other"


def test_objective_rows_keep_their_french_by_position_and_drop_blank_english():
    from ocse_planner.services.series import objectives_from_rows

    assert objectives_from_rows(["Share", "  ", "Learn"], ["Partager", "orphelin", "Apprendre"]) == (
        ("Share", "Learn"), ("Partager", "Apprendre"))
    assert objectives_from_rows(["Share", "Learn"], ["", " "]) == (("Share", "Learn"), ())  # no French: none stored
    assert objectives_from_rows(["Share", "Learn"], ["Partager"]) == (("Share", "Learn"), ("Partager", ""))


def test_deleting_a_series_deleted_elsewhere_says_so_and_a_delete_can_be_undone(empty_db):
    with empty_db.write() as s:
        record = series.create_series(s, SeriesForm(title="Mine", year=2023))
    with pytest.raises(ChangedElsewhereError) as caught, empty_db.write() as s:
        series.delete_series(s, 999)
    assert refused(caught.value) == (
        "ChangedElsewhereError", None,
        "This series was deleted elsewhere since you opened it; reload it and edit again.",
        "Cette série a été supprimée ailleurs depuis que vous l'avez ouverte; rechargez et recommencez.")
    with empty_db.write() as s:
        snapshot = series.delete_series(s, record.id)
    with empty_db.read() as s:
        assert s.get(Series, record.id) is None
    with empty_db.write() as s:
        series.restore_series(s, snapshot)
    with empty_db.read() as s:
        assert series.get_series(s, record.id).form.title == "Mine"


def test_the_french_texts_are_stored_trimmed_beside_the_english_and_read_back(empty_db):
    with empty_db.write() as s:
        record = series.create_series(s, SeriesForm(
            title="Combatting OCSE", year=2023, title_fr=" Lutter contre l'ESEL ", programme="Strategy",
            programme_fr=" Stratégie ", objectives=(" Inform ", " ", "Connect"),
            objectives_fr=(" Informer ", "", "")))
    assert (record.form.title_fr, record.form.programme_fr, record.form.objectives, record.form.objectives_fr) == (
        "Lutter contre l'ESEL", "Stratégie", ("Inform", "Connect"), ("Informer", ""))
    with empty_db.read() as s:
        assert s.get(Series, record.id).objectives_fr == ["Informer", ""]
    with empty_db.write() as s:
        again = series.update_series(s, record.id, replace(record.form, title_fr=" ", programme_fr="",
                                                           objectives_fr=(" ", "")))
    assert (again.form.title_fr, again.form.programme_fr, again.form.objectives_fr) == ("", "", ())
    with empty_db.read() as s:
        row = s.get(Series, record.id)
        assert (row.title_fr, row.programme_fr, row.objectives_fr) == (None, None, None)


@pytest.mark.parametrize("objectives_fr", [("Informer", "Relier", "De trop"), ("Informer", "Orphelin")])
def test_a_french_objective_without_its_english_is_refused(empty_db, objectives_fr):
    form = SeriesForm(title="Mine", year=2023, objectives=("Inform", " "), objectives_fr=objectives_fr)
    with empty_db.read() as s:
        [problem] = series.validate_series(s, form)
    assert flagged(problem) == ("objectives", False, "Each French objective needs its English beside it.",
                                "Chaque objectif en français doit avoir son anglais à côté.")
    with empty_db.read() as s:
        assert series.validate_series(s, replace(form, objectives_fr=("Informer", " "))) == []
