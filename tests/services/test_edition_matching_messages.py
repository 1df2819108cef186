"""What the returning-audience table says after "Remove personal data", whole, in English
and in French: a figure kept by the purge (and when), or why who came back cannot be
counted, naming the edition purged, the day of the removal and the other edition."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from ocse_planner.db import purge as db_purge
from ocse_planner.db.models import CrossEditionSnapshot, PersonalDataPurge
from ocse_planner.services.comparison import Section, compare_editions
from ocse_planner.services.personal_data import _one_time_keys, purge_personal_data
from tests.services.editions import AUDIENCE, OTHERS, clone_2023, import_rows
from tests.services.messages import said

NB = "\u00a0"
TITLE = "Combatting Online Child Sexual Exploitation"
Y2022, Y2023 = f"{TITLE} (2022)", f"{TITLE} (2023)"


def _returning(db, first, second):  # type: ignore[no-untyped-def]
    with db.read() as session:
        return compare_editions(session, [first, second]).table(Section.RETURNING)


def _dated(db, table, when: datetime) -> None:  # type: ignore[no-untyped-def]
    """Every removal (or what it kept) dated `when`, as if made that day."""
    column = table.recorded_at if table is CrossEditionSnapshot else table.purged_at
    with db.write() as session:
        session.execute(update(table).values({column.key: when}))


@pytest.fixture
def editions(demo_db, tmp_path):  # type: ignore[no-untyped-def]
    """2022 with AUDIENCE; 2023 with three of them and OTHERS."""
    first, second = clone_2023(demo_db)
    import_rows(demo_db, "2022:1", AUDIENCE, tmp_path)
    import_rows(demo_db, "2023:1", AUDIENCE[:3] + OTHERS, tmp_path)
    return first, second


def test_a_figure_kept_by_the_purge_says_when_it_was_counted(demo_db, editions):
    first, second = editions
    purge_personal_data(demo_db, first, backup=False)
    _dated(demo_db, CrossEditionSnapshot, datetime(2025, 6, 30, 12, 30, tzinfo=UTC))
    table = _returning(demo_db, first, second)
    stored = (f"Counted on 2025-06-30, when personal data was removed from {Y2022}.",
              f"Compté le 2025-06-30, lors de la suppression des renseignements personnels de {Y2022}.")
    assert [said(cell.note) for cell in table.row("returning").cells[1:]] == [stored]
    assert [said(note) for note in table.notes()] == [stored]  # the same note on each figure of the pair
    assert [table.row(key).cells[1].value for key in ("returning", "new")] == [3, 4]


def test_a_later_edition_purged_before_the_earlier_was_imported_is_named(demo_db, tmp_path):
    first, second = clone_2023(demo_db)
    import_rows(demo_db, "2023:1", OTHERS, tmp_path)
    purge_personal_data(demo_db, second, backup=False)  # 2022 had no records yet
    _dated(demo_db, CrossEditionSnapshot, datetime(2025, 1, 10, 15, 0, tzinfo=UTC))
    import_rows(demo_db, "2022:1", AUDIENCE, tmp_path)
    table = _returning(demo_db, first, second)
    assert [table.row(key).cells[1].value for key in ("returning", "returning_share", "new")] == [None] * 3
    assert said(table.row("returning").cells[1].note) == (
        f"When personal data was removed from {Y2023} on 2025-01-10, {Y2022} had no attendance records with an "
        "e-mail address to match (they were imported later).",
        f"Lors de la suppression des renseignements personnels de {Y2023} le 2025-01-10, {Y2022} n'avait aucun "
        "relevé de participation avec adresse courriel à associer (importés plus tard).")
    assert [table.row("matchable").cells[i].value for i in (0, 1)] == [5, 4]  # 2023: what its purge counted


def test_the_note_of_an_edition_purged_twice_gives_the_latest_removal(demo_db, tmp_path):
    first, second = clone_2023(demo_db)
    import_rows(demo_db, "2022:1", AUDIENCE, tmp_path)
    purge_personal_data(demo_db, first, backup=False)
    _dated(demo_db, CrossEditionSnapshot, datetime(2024, 3, 1, 12, 0, tzinfo=UTC))
    import_rows(demo_db, "2022:2", ["Late Comer,late@example.org,,,yes,10"], tmp_path)
    purge_personal_data(demo_db, first, backup=False)  # 2023 still has no records
    import_rows(demo_db, "2023:1", OTHERS, tmp_path)
    table = _returning(demo_db, first, second)
    assert said(table.row("returning").cells[1].note)[0] == (
        f"When personal data was removed from {Y2022} on {datetime.now(UTC).date():%Y-%m-%d}, "
        f"{Y2023} had no attendance records with an e-mail address to match (they were imported later).")
    assert table.row("matchable").cells[0].value == 6  # both removals' counts: five, then the late comer


def test_an_edition_purged_before_figures_were_kept_names_the_day_of_the_removal(demo_db, editions):
    first, second = editions
    anonymize = db_purge.anonymize_series if demo_db.path is not None else db_purge.anonymize_series_on_server
    anonymize(demo_db, first, _one_time_keys())  # as an earlier version of the planner did: no figures kept
    _dated(demo_db, PersonalDataPurge, datetime(2024, 11, 5, 9, 0, tzinfo=UTC))
    table = _returning(demo_db, first, second)
    before = (
        f"Personal data was removed from {Y2022} on 2024-11-05, before the planner kept cross-edition figures "
        "at each removal: who came back cannot be counted any more.",
        f"Les renseignements personnels de {Y2022} ont été supprimés le 2024-11-05, avant que le planificateur "
        f"conserve, à chaque suppression, les chiffres entre éditions{NB}: les retours ne peuvent plus être comptés.")
    unknown = (
        f"Personal data was removed from {Y2022} on 2024-11-05, before the planner counted participants without "
        "an e-mail address at each removal.",
        f"Les renseignements personnels de {Y2022} ont été supprimés le 2024-11-05, avant que le planificateur "
        "compte, à chaque suppression, les personnes participantes sans adresse courriel.")
    assert [said(note) for note in table.notes()] == [unknown, before]
    assert [(c.value, c.note is not None) for c in table.row("not_matchable").cells] == [(None, True), (0, False)]
    assert said(table.row("matchable").cells[0].note) == unknown


def test_records_imported_after_a_purge_add_to_what_the_purge_counted(demo_db, editions, tmp_path):
    first, second = editions
    purge_personal_data(demo_db, first, backup=False)
    import_rows(demo_db, "2022:2", ["Late Comer,late@example.org,,,yes,10"], tmp_path)
    table = _returning(demo_db, first, second)
    assert [c.value for c in table.row("matchable").cells] == [5 + 1, 7]
