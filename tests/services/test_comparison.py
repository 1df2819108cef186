"""Year over year: editions side by side, who came back, what moved; never a crash or a
division by zero on thin input."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from ocse_planner.db.enums import BookingStatus
from ocse_planner.db.models import Booking, Series, SurveyResult, Webinar
from ocse_planner.services.comparison import Section, ValueKind, compare_editions, editions_of
from ocse_planner.services.errors import NotFoundError, ValidationError
from ocse_planner.services.series import SeriesForm, create_series
from tests.services.editions import AUDIENCE, NAME_ONLY, OTHERS, RETURNING_2023, clone_2023, demo_editions, import_rows


def _compare(db, *ids, min_cell=None):  # type: ignore[no-untyped-def]
    with db.read() as session:
        return compare_editions(session, ids).suppressed(min_cell)


def _values(comparison, section, key):  # type: ignore[no-untyped-def]
    return [c.value for c in comparison.table(section).row(key).cells]


@pytest.fixture
def editions(demo_db):
    return clone_2023(demo_db)


def test_the_same_file_in_both_editions_makes_every_2022_attendee_return(demo_db, editions, tmp_path):
    first, second = editions
    import_rows(demo_db, "2022:1", AUDIENCE, tmp_path)
    import_rows(demo_db, "2023:1", AUDIENCE, tmp_path)
    c = _compare(demo_db, second, first)  # any order: editions come oldest first
    assert [e.year for e in c.editions] == [2022, 2023]
    assert _values(c, Section.RETURNING, "matchable") == [5, 5]
    assert _values(c, Section.RETURNING, "not_matchable") == [1, 1]  # "Pat Name-Only" has no e-mail
    assert _values(c, Section.RETURNING, "returning") == [None, 5]  # all five with an e-mail
    assert _values(c, Section.RETURNING, "returning_share") == [None, 1.0]
    assert _values(c, Section.RETURNING, "new") == [None, 0]
    assert _values(c, Section.REACH, "participants_counted") == [6, 6]
    assert _values(c, Section.REACH, "participants_reported") == [611, None]  # reported stays apart
    assert c.table(Section.REACH).row("participants_reported").cells[1].note is not None  # "not reported"
    assert c.table(Section.SECTOR_MOVES) is None  # the same shares: nothing moved, no table of moves


def test_disjoint_audiences_share_nobody(demo_db, editions, tmp_path):
    first, second = editions
    import_rows(demo_db, "2022:1", AUDIENCE, tmp_path)
    import_rows(demo_db, "2023:2", OTHERS, tmp_path)
    c = _compare(demo_db, first, second)
    assert _values(c, Section.RETURNING, "returning") == [None, 0]
    assert _values(c, Section.RETURNING, "new") == [None, 4]
    assert _values(c, Section.RETURNING, "returning_share") == [None, 0.0]


def test_some_come_back_and_the_changes_say_by_how_much(demo_db, editions, tmp_path):
    first, second = editions
    import_rows(demo_db, "2022:1", AUDIENCE, tmp_path)
    import_rows(demo_db, "2023:1", AUDIENCE[:2] + OTHERS, tmp_path)  # Dayna and Ana come back
    c = _compare(demo_db, first, second)
    returning = c.table(Section.RETURNING)
    assert _values(c, Section.RETURNING, "returning") == [None, 2]
    assert _values(c, Section.RETURNING, "new") == [None, 4]
    assert returning.row("returning_share").cells[1].value == pytest.approx(2 / 5)
    counted = c.table(Section.REACH).row("participants_counted")
    assert [x.value for x in counted.cells] == [6, 6]
    attendances = c.table(Section.REACH).row("attendances")
    assert [x.value for x in attendances.cells] == [6, 6]
    assert counted.changes[0].delta == 0 and counted.changes[0].relative == 0
    minutes = c.table(Section.REACH).row("average_minutes")
    assert minutes.cells[0].value == pytest.approx((50 + 30 + 40 + 45 + 60 + 20) / 6)
    assert minutes.changes[0].relative == pytest.approx(minutes.changes[0].delta / minutes.cells[0].value)


def test_sector_shares_and_the_ones_that_moved_most(demo_db, editions, tmp_path):
    first, second = editions
    import_rows(demo_db, "2022:1", AUDIENCE, tmp_path)
    import_rows(demo_db, "2023:1", OTHERS, tmp_path)
    c = _compare(demo_db, first, second)
    sectors = c.table(Section.SECTORS)
    for i in range(2):  # each edition's shares add up to all of its attendances
        assert sum(r.cells[i].value for r in sectors.rows) == pytest.approx(1.0)
    education = sectors.row("sector:Education")
    assert [x.count for x in education.cells] == [2, 1]
    assert [x.value for x in education.cells] == pytest.approx([2 / 6, 1 / 4])
    assert education.changes[0].delta == pytest.approx(1 / 4 - 2 / 6)
    assert education.changes[0].relative is None  # a share changes in points, not in percent
    counts = c.table(Section.SECTOR_COUNTS)
    assert [x.value for x in counts.row("sector:Education").cells] == [2, 1]
    assert [x.value for x in counts.row("sector:Victim services").cells] == [1, 0]  # none in 2023: 0, not n/a
    assert [sum(r.cells[i].value for r in counts.rows) for i in range(2)] == [6, 4]  # every attendance
    assert sectors.rows[-1].key in ("unclassified", "not_stated")  # after every named sector
    moves = c.table(Section.SECTOR_MOVES).rows
    moved = [abs(r.cells[1].value - r.cells[0].value) for r in moves]
    assert moved == sorted(moved, reverse=True) and len(moves) <= 5 and moved[-1] > 0
    biggest = max(sectors.rows, key=lambda r: abs(r.cells[1].value - r.cells[0].value))
    assert moves[0].key == biggest.key


def test_presenters_and_partners_who_returned(demo_db, editions):
    first, second = editions
    c = _compare(demo_db, first, second)
    people = c.table(Section.PEOPLE)
    presenters = [x.value for x in people.row("presenters").cells]
    assert presenters[0] == presenters[1] > 0  # cloned with its presenters, to invite
    assert [x.value for x in people.row("presenters_confirmed").cells] == [presenters[0], 0]
    assert [x.value for x in people.row("presenters_returning").cells] == [None, presenters[0]]
    partners = [x.value for x in people.row("partners").cells]
    assert partners[0] == partners[1] > 0
    assert [x.value for x in people.row("partners_returning").cells] == [None, partners[0]]
    with demo_db.write() as session:  # one 2023 presenter declines: no longer a returning presenter
        webinar = session.scalar(select(Webinar.id).where(Webinar.series_id == second, Webinar.number == 1))
        booking = session.scalars(select(Booking).join(Booking.presentation).where(
            Booking.presentation.has(webinar_id=webinar), Booking.person_id.is_not(None))).first()
        booking.status = BookingStatus.DECLINED
    c = _compare(demo_db, first, second)
    assert c.table(Section.PEOPLE).row("presenters_returning").cells[1].value == presenters[0] - 1


def test_survey_statements_are_matched_across_wordings(demo_db, editions):
    first, second = editions
    with demo_db.write() as session:
        session.add(SurveyResult(series_id=second, statement="gained a deeper understanding of emerging trends, "
                                 "current issues/gaps and best practices in the fight against online child sexual "
                                 "exploitation.", percent_agree=88.0))
    c = _compare(demo_db, first, second)
    survey = c.table(Section.SURVEY)
    understanding = next(r for r in survey.rows if "deeper understanding" in r.label_text())
    assert [x.value for x in understanding.cells] == pytest.approx([0.82, 0.88])
    assert understanding.changes[0].delta == pytest.approx(0.06)
    inform = next(r for r in survey.rows if "inform" in r.label_text())
    assert inform.cells[0].approximate and inform.cells[1].value is None  # "close to 80 %"; not asked in 2023
    assert inform.changes[0].delta is None


def test_one_series_is_refused_with_a_clear_message(demo_db):
    with demo_db.read() as session, pytest.raises(ValidationError, match="two or more"):
        compare_editions(session, [1])
    with demo_db.read() as session, pytest.raises(ValidationError, match="two or more"):
        compare_editions(session, [1, 1])
    with demo_db.read() as session, pytest.raises(NotFoundError, match="999"):
        compare_editions(session, [1, 999])


def test_an_edition_without_any_figure_gives_na_cells_not_a_crash(demo_db):
    with demo_db.write() as session:
        empty = create_series(session, SeriesForm(title="Something else", year=2024)).id
    c = _compare(demo_db, 1, empty, min_cell=5)
    reach = c.table(Section.REACH)
    assert reach.row("webinars").cells[1].value == 0
    for key in ("participants_counted", "attendances", "attendance_rate", "average_minutes",
                "attendances_per_webinar"):
        cell = reach.row(key).cells[1]
        assert cell.value is None and cell.note is not None, key
    assert all(change.delta is None or change.relative is None or change.relative == change.relative
               for table in c.tables for row in table.rows for change in row.changes)
    assert any("no figures yet" in note.message() for note in c.notes)
    assert any("different numbers of webinars" in note.message() for note in c.notes)  # 3 vs 0
    assert c.table(Section.RETURNING).row("returning").cells[1].note is not None  # n/a, saying why


def test_editions_with_different_numbers_of_webinars_compare_per_webinar(demo_db, editions, tmp_path):
    first, second = editions
    with demo_db.write() as session:
        session.delete(session.scalar(select(Webinar).where(Webinar.series_id == second, Webinar.number == 3)))
    import_rows(demo_db, "2022:3", AUDIENCE, tmp_path)
    import_rows(demo_db, "2023:1", OTHERS, tmp_path)
    c = _compare(demo_db, first, second)
    assert any("(2022: 3, 2023: 2)" in note.message() for note in c.notes)
    third = c.table(Section.WEBINARS).row("webinar:3")
    assert third.cells[0].value == 6
    assert third.cells[1].value is None and "has no webinar 3" in third.cells[1].note.message()
    assert third.changes[0].delta is None
    per_webinar = c.table(Section.REACH).row("attendances_per_webinar")
    assert [x.value for x in per_webinar.cells] == [6, 4]  # over the webinars with records


def test_a_zero_base_gives_no_relative_change(demo_db, editions, tmp_path):
    first, second = editions
    import_rows(demo_db, "2022:1", ["Only Absent,absent@example.org,,,no,0"], tmp_path)
    import_rows(demo_db, "2023:1", OTHERS, tmp_path)
    c = _compare(demo_db, first, second)
    attendances = c.table(Section.REACH).row("attendances")
    assert [x.value for x in attendances.cells] == [0, 4]
    assert attendances.changes[0].delta == 4 and attendances.changes[0].relative is None
    assert c.table(Section.REACH).row("average_minutes").cells[0].value is None  # nobody came: no average


def test_small_counts_are_hidden_with_what_would_reveal_them(demo_db, editions, tmp_path):
    first, second = editions
    import_rows(demo_db, "2022:1", AUDIENCE, tmp_path)
    import_rows(demo_db, "2023:1", AUDIENCE[:2] + OTHERS, tmp_path)
    c = _compare(demo_db, first, second, min_cell=5)
    returning = c.table(Section.RETURNING).row("returning")
    assert returning.cells[1].value == 2 and returning.cells[1].hidden
    share = c.table(Section.RETURNING).row("returning_share")
    assert share.cells[1].hidden  # 40 % of 5 would say 2
    education = c.table(Section.SECTORS).row("sector:Education")
    assert all(x.hidden for x in education.cells) and education.changes[0].hidden
    counted = c.table(Section.REACH).row("participants_counted")
    assert not any(x.hidden for x in counted.cells) and not counted.changes[0].hidden
    webinars = c.table(Section.REACH).row("webinars")  # not a count of people
    assert webinars.kind == ValueKind.NUMBER and not any(x.hidden for x in webinars.cells)


def test_editions_of_a_series_share_its_title(demo_db, editions):
    first, second = editions
    with demo_db.write() as session:
        other = create_series(session, SeriesForm(title="Another series", year=2023)).id
        session.execute(update(Series).where(Series.id == second).values(
            title="  combatting online child SEXUAL exploitation "))
    with demo_db.read() as session:
        assert editions_of(session, second) == [first, second]
        assert editions_of(session, other) == [other]


def test_a_demo_like_second_edition_compares_on_every_measure(demo_db, tmp_path):
    first, second = demo_editions(demo_db, tmp_path)
    c = _compare(demo_db, first, second)
    assert [e.label for e in c.editions] == ["2022", "2023"] and c.notes == ()
    assert _values(c, Section.REACH, "participants_reported") == [611, 684]
    reach = c.table(Section.REACH)
    assert [reach.row(key).label_text() for key in ("webinars", "presentations", "attendance_rate")] == [
        "Webinars", "Presentations", "Registrants who attended"]
    assert [r.label_text() for r in c.table(Section.WEBINARS).rows] == ["Webinar 1", "Webinar 2", "Webinar 3"]
    counted = _values(c, Section.REACH, "participants_counted")
    matchable = _values(c, Section.RETURNING, "matchable")
    assert _values(c, Section.RETURNING, "not_matchable") == [NAME_ONLY, NAME_ONLY]
    assert [m + NAME_ONLY for m in matchable] == counted  # every participant is one or the other
    # one of the forty is written in capitals in 2023: still the same person
    assert _values(c, Section.RETURNING, "returning") == [None, RETURNING_2023]
    assert _values(c, Section.RETURNING, "new") == [None, matchable[1] - RETURNING_2023]
    survey = c.table(Section.SURVEY)
    assert [[x.value for x in r.cells] for r in survey.rows] == [pytest.approx([0.82, 0.85]),
                                                                 pytest.approx([0.80, 0.81])]
    moves = c.table(Section.SECTOR_MOVES).rows
    assert moves[0].key == "sector:Education" and moves[0].changes[0].delta > 0


def test_two_editions_of_one_year_are_told_apart_by_their_title_shortened_to_fit(demo_db):
    with demo_db.write() as session:
        short = create_series(session, SeriesForm(title="Trauma care", year=2022)).id
    with demo_db.read() as session:
        c = compare_editions(session, [1, short])
    assert [e.label for e in c.editions] == ["2022 · Combatting Online Child…", "2022 · Trauma care"]  # 23 characters and "…"


# --- the organizers' texts in the comparison's language ---------------------------------

def test_a_french_comparison_names_titles_sectors_and_statements_in_french(demo_db, tmp_path):
    from ocse_planner.services.comparison import compare_editions_in

    first, second = demo_editions(demo_db, tmp_path)  # 2023's statements have no French of their own
    with demo_db.read() as session:
        english, french = compare_editions_in(session, [first, second], ("en", "fr"))
    assert (english.language, french.language) == ("en", "fr")
    assert {e.title for e in french.editions} == {"Lutte contre l'exploitation sexuelle des enfants en ligne"}
    assert {e.title for e in english.editions} == {"Combatting Online Child Sexual Exploitation"}
    sectors = [r.label_text() for r in french.table(Section.SECTORS).rows]
    assert sectors[:2] == ["Application de la loi", "Organismes au service des enfants"]
    reported = [r.label_text() for r in french.table(Section.REPORTED_SECTORS).rows]
    assert reported[:3] == ["Application de la loi", "Organismes au service des enfants", "Services aux victimes"]
    assert len(reported) == len(set(reported)) == 8  # the demo's eight sectors, one row each
    statements = [r.label_text() for r in french.table(Section.SURVEY).rows]
    assert statements[1] == ("Les renseignements fournis pendant le webinaire aideraient à éclairer leur travail "
                             "actuel ou futur")  # the French of 2022's wording, 2023's matched to it
    # the same figures in both languages, only the words differ
    assert [[c.value for c in r.cells] for t in french.tables for r in t.rows] == \
           [[c.value for c in r.cells] for t in english.tables for r in t.rows]


def test_a_text_without_french_is_shown_in_english_marked_and_notes_name_editions_in_french(demo_db):
    with demo_db.write() as session:
        empty = create_series(session, SeriesForm(title="Something else", year=2024)).id
        session.execute(update(Series).where(Series.id == 1).values(title_fr="Série d'essai"))
    with demo_db.read() as session:
        c = compare_editions(session, [1, empty], "fr")
    assert [e.title for e in c.editions] == ["Série d'essai", "[EN] Something else"]
    assert any(note.arguments.get("edition") == "[EN] Something else (2024)" for note in c.notes)
    returning = c.table(Section.RETURNING).row("returning").cells[1].note
    assert returning is not None and "Série d'essai (2022)" in returning.arguments.values()


def test_an_edition_without_records_says_so_in_each_sector_cell(demo_db, editions, tmp_path):
    first, second = editions
    import_rows(demo_db, "2022:1", AUDIENCE, tmp_path)  # 2023: nothing imported yet
    c = _compare(demo_db, first, second)
    for section in (Section.SECTORS, Section.SECTOR_COUNTS):
        rows = c.table(section).rows
        assert rows and all(r.cells[0].value is not None for r in rows)
        assert {(r.cells[1].value, r.cells[1].note.message()) for r in rows} == {
            (None, "no attendance records imported")}
