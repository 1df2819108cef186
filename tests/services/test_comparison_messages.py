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


SECTORS_CAPTION = (
    "Counted from imported records; Not stated: the file's sector field was empty; Unclassified: no sector field, "
    "or a value no rule recognised.",
    f"Comptés dans les relevés importés; Non précisé{NB}: le champ secteur du fichier était vide; Sans secteur{NB}: "
    "aucun champ secteur, ou une valeur qu'aucune règle ne reconnaît.")
TABLES = [
    ("reach", ("Reach", "Portée"), (
        "Reported figures were entered by hand; counted figures come from the imported attendance records "
        "(participants: distinct people).",
        "Les chiffres déclarés ont été saisis à la main; les chiffres comptés viennent des relevés de participation "
        f"importés (participation{NB}: personnes distinctes).")),
    ("returning", ("Returning audience", "Auditoire de retour"), (
        "Participants are matched by e-mail address (case, spacing and invisible characters ignored); participants "
        "known by name only are not matched, and counted as not matchable.",
        "Les personnes participantes sont associées par adresse courriel (sans tenir compte de la casse, des espaces "
        "ni des caractères invisibles); celles connues seulement par leur nom ne sont pas associées et sont comptées "
        "comme non associables.")),
    ("people", ("Presenters and partners", "Personnes conférencières et partenaires"), (
        "Presenters: people, and organizations presenting as a body, booked in webinars that were not cancelled. "
        "Partners: organizations with a collaboration in the series that did not decline.",
        f"Personnes conférencières{NB}: les personnes, et les organisations présentant en leur nom, réservées dans "
        f"des webinaires non annulés. Partenaires{NB}: les organisations ayant une collaboration non refusée dans la "
        "série.")),
    ("sectors", ("Audience sectors (share of attendances, counted)",
                 "Secteurs de l'auditoire (part des présences, comptée)"), SECTORS_CAPTION),
    ("sector_counts", ("Audience sectors (attendances, counted)", "Secteurs de l'auditoire (présences, comptées)"),
     SECTORS_CAPTION),
    ("sector_moves", ("Sector shares that moved most (2022 to 2024)",
                      "Parts de secteur qui ont le plus changé (2022 à 2024)"), None),
    ("reported_sectors", ("Audience sectors as reported (entered by hand)",
                          "Secteurs de l'auditoire déclarés (saisis à la main)"), (
        "An empty cell: the sector was named without a count, or not named.",
        f"Une cellule vide{NB}: le secteur a été nommé sans nombre, ou pas nommé.")),
    ("survey", ("Survey: share of respondents who agreed", f"Sondage{NB}: part des réponses en accord"), None),
    ("webinars", ("Attendances per webinar (counted)", "Présences par webinaire (comptées)"), None),
]


def test_three_editions_title_and_caption_every_table_and_moves_run_from_the_first_to_the_last(demo_db, tmp_path):
    from sqlalchemy import select

    from ocse_planner.db.models import Sector, Series
    from ocse_planner.services import attendance_admin as admin
    from ocse_planner.services.clone import CloneOptions, clone_series
    from tests.services.editions import AUDIENCE, OTHERS, clone_2023, import_rows

    first, second = clone_2023(demo_db)
    with demo_db.write() as session:
        third = clone_series(session, first, CloneOptions(year=2024)).series_id
        education = session.scalar(select(Sector.id).where(Sector.name == "Education"))
        admin.set_sector_count(session, second, None, education, 12)  # entered by hand, 2023 only
        assert session.get(Series, third).year == 2024
    import_rows(demo_db, "2022:1", AUDIENCE, tmp_path)
    import_rows(demo_db, "2023:1", AUDIENCE, tmp_path)  # the same shares as 2022: nothing moved by then
    import_rows(demo_db, "2024:1", OTHERS, tmp_path)
    with demo_db.read() as session:
        comparison = compare_editions(session, [third, first, second])
    assert [(t.section.value, said(t.title), said(t.caption) if t.caption else None)
            for t in comparison.tables] == TABLES
    moves = comparison.table(Section.SECTOR_MOVES).rows
    assert moves and all(r.cells[2].value != r.cells[0].value for r in moves)
    reported = comparison.table(Section.REPORTED_SECTORS).row("sector:Education")
    assert [c.value for c in reported.cells] == [None, 12, None]


def test_each_returning_figure_of_an_edition_without_records_says_why(with_empty):
    table = with_empty.table(Section.RETURNING)
    assert [(key, said(table.row(key).cells[1].note)) for key in ("matchable", "not_matchable")] == [
        (key, ("no attendance records imported", "aucun relevé de participation importé"))
        for key in ("matchable", "not_matchable")]
