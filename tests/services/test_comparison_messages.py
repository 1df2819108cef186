"""What a year-over-year comparison says, whole, in English and in French: why it refuses
the editions chosen, and the notes beside its figures."""

from __future__ import annotations

import pytest

from ocse_planner.services.comparison import Section, compare_editions, editions_of
from ocse_planner.services.errors import UserError
from ocse_planner.services.series import SeriesForm, create_series
from tests.services.messages import refused, said

NB = "\u00a0"
TWO_OR_MORE = ("Choose two or more editions (series) to compare; {n} chosen.",
               "Choisissez au moins deux éditions (séries) à comparer; {n} choisie(s).")


def _refusal(db, ids) -> tuple:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as caught, db.read() as session:
        compare_editions(session, ids)
    return refused(caught.value)


@pytest.mark.parametrize(("ids", "chosen"), [([], 0), ([1], 1), ([1, 1], 1)])
def test_fewer_than_two_distinct_editions_are_refused_on_the_series_field(demo_db, ids, chosen):
    english, french = (text.format(n=chosen) for text in TWO_OR_MORE)
    assert _refusal(demo_db, ids) == ("ValidationError", "series", english, french)


def test_an_unknown_edition_is_named_the_first_missing_in_the_order_given(demo_db):
    assert _refusal(demo_db, [1, 998, 999]) == (
        "NotFoundError", None, "no series with id 998", "aucune série n'a l'identifiant 998")
    assert _refusal(demo_db, [997, 1]) == (
        "NotFoundError", None, "no series with id 997", "aucune série n'a l'identifiant 997")


@pytest.fixture
def with_empty(demo_db):  # type: ignore[no-untyped-def]
    """The demo series (2022, three webinars, no records) and an empty 2024 series."""
    with demo_db.write() as session:
        empty = create_series(session, SeriesForm(title="Something else", year=2024)).id
    with demo_db.read() as session:
        return compare_editions(session, [empty, 1])


def test_an_empty_edition_and_unequal_webinar_counts_are_noted_whole(with_empty):
    assert [said(note) for note in with_empty.notes] == [
        ("The editions have different numbers of webinars (2022: 3, 2024: 0): totals are not like for like; "
         "compare the figures per webinar.",
         f"Les éditions n'ont pas le même nombre de webinaires (2022: 3, 2024: 0){NB}: les totaux ne sont pas "
         "comparables tels quels; comparez les chiffres par webinaire."),
        ("Something else (2024) has no figures yet: no attendance records, no reported figures and no survey "
         "results.",
         f"Something else (2024) n'a encore aucun chiffre{NB}: ni relevé de participation, ni chiffre déclaré, "
         "ni résultat de sondage."),
    ]


def test_each_table_notes_why_its_cells_are_empty(with_empty):
    notes = {table.section: [said(note) for note in table.notes()] for table in with_empty.tables}
    none_imported = ("no attendance records imported", "aucun relevé de participation importé")
    assert notes[Section.REACH] == [("not reported", "non déclaré"), none_imported]
    assert notes[Section.RETURNING] == [
        none_imported,
        ("Combatting Online Child Sexual Exploitation (2022): no attendance records imported.",
         f"Combatting Online Child Sexual Exploitation (2022){NB}: aucun relevé de participation importé.")]
    assert notes[Section.WEBINARS] == [none_imported] + [
        (f"Something else (2024) has no webinar {n}", f"Something else (2024) n'a pas de webinaire {n}")
        for n in (1, 2, 3)]


def test_the_editions_of_a_series_come_oldest_first_whatever_order_they_were_made_in(demo_db):
    with demo_db.write() as session:
        later = create_series(session, SeriesForm(title="Combatting online child  sexual exploitation", year=2023)).id
        earlier = create_series(session, SeriesForm(title="COMBATTING Online Child Sexual Exploitation", year=2021)).id
        create_series(session, SeriesForm(title="Combatting Online Child Sexual Exploitation, part 2", year=2020))
    with demo_db.read() as session:
        assert editions_of(session, later) == [earlier, 1, later]
        with pytest.raises(UserError) as caught:
            editions_of(session, 404)
    assert refused(caught.value) == ("NotFoundError", None, "no series with id 404", "aucune série n'a l'identifiant 404")


def test_sectors_not_stated_and_unrecognised_are_labelled_so_after_the_named_ones(demo_db, tmp_path):
    from tests.services.editions import clone_2023, import_rows

    first, second = clone_2023(demo_db)
    import_rows(demo_db, "2022:1", ["Una Known,una@example.org,Somewhere,Stargazing,yes,30",
                                    "Ned Blank,ned@example.org,Somewhere,,yes,30",
                                    "Eda School,eda@example.org,Somewhere,Education,yes,30"], tmp_path)
    with demo_db.read() as session:
        comparison = compare_editions(session, [first, second])
    rows = comparison.table(Section.SECTOR_COUNTS).rows
    assert [(r.key, said(r.label) if not isinstance(r.label, str) else r.label, r.cells[0].value) for r in rows] == [
        ("sector:Education", "Education", 1),
        ("not_stated", ("Not stated", "Non précisé"), 1),
        ("unclassified", ("Unclassified", "Sans secteur"), 1),
    ]


def test_an_attendance_source_without_registrations_says_so_instead_of_a_count(demo_db):
    from sqlalchemy import select

    from ocse_planner.db.models import AttendanceRecord, Webinar
    from tests.services.editions import clone_2023

    first, second = clone_2023(demo_db)
    with demo_db.write() as session:  # a Teams-like report: everyone attended, nobody registered
        webinar = session.scalar(select(Webinar.id).filter_by(series_id=second, number=1))
        session.add_all(AttendanceRecord(webinar_id=webinar, person_key=key, email=key, registered=False,
                                         attended=True, minutes_attended=30) for key in ("a@x.org", "b@x.org"))
    with demo_db.read() as session:
        row = compare_editions(session, [first, second]).table(Section.REACH).row("registrations")
    assert [(c.value, said(c.note)) for c in row.cells] == [
        (None, ("no attendance records imported", "aucun relevé de participation importé")),
        (None, ("registrations not recorded (the attendance source has none)",
                "inscriptions non enregistrées (la source de participation n'en contient pas)")),
    ]
