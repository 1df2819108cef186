"""Migrations build the same schema as the models, and old files are upgraded safely."""

from __future__ import annotations

import importlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from ocse_planner.db import open_database
from ocse_planner.db.backup import list_backups
from ocse_planner.db.engine import make_engine
from ocse_planner.db.migrate import (
    DatabaseOpenError,
    SchemaTooNewError,
    alembic_config,
    head_revision,
    upgrade,
)
from ocse_planner.db.models import Base
from alembic.script import ScriptDirectory


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _downgrade(path: Path, revision: str) -> None:
    from alembic import command

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            cfg = alembic_config()
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, revision)
    finally:
        engine.dispose()


def schema_differences(engine) -> list:  # type: ignore[no-untyped-def]
    """How the database's schema differs from the models' (Alembic's autogenerate)."""
    try:
        with engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()


def test_upgrade_from_empty_to_head_matches_the_models(tmp_path):
    path = tmp_path / "fresh.db"
    path.touch()
    upgrade(path)
    assert _revision(path) == head_revision()
    assert schema_differences(make_engine(path)) == []


@pytest.mark.parametrize(
    "revision",
    [s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions() if s.down_revision],
)
def test_each_revision_upgrades_a_file_made_by_the_one_before(tmp_path, revision):
    """Every revision is tried on a database created by the revision before it."""
    script = ScriptDirectory.from_config(alembic_config())
    previous = script.get_revision(revision).down_revision
    path = tmp_path / "old.db"
    path.touch()
    upgrade(path, previous)
    assert _revision(path) == previous
    upgrade(path, revision)
    assert _revision(path) == revision
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_opening_an_old_file_upgrades_it_and_keeps_a_backup(tmp_path):
    path = tmp_path / "plan.db"
    path.touch()
    upgrade(path, "0001")
    with sqlite3.connect(path) as conn:  # some user data at the old revision
        conn.execute(
            "INSERT INTO organization (name, kind, version, created_at, updated_at) "
            "VALUES ('Public Safety Canada', 'federal_department', 1, '2022-01-01', '2022-01-01')"
        )
    db = open_database(path)
    db.close()
    assert _revision(path) == head_revision()
    backups = list_backups(path)
    assert len(backups) == 1 and "before-upgrade" in backups[0].name
    assert _revision(backups[0]) == "0001"
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT name FROM organization").fetchall() == [("Public Safety Canada",)]
    assert backups[0].stat().st_mode & 0o077 == 0  # personal data: owner only


def test_a_file_from_a_newer_app_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.db"
    path.touch()
    upgrade(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version"):
        open_database(path)
    assert path.read_bytes() == before
    assert list_backups(path) == []


def test_an_sqlite_file_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="another program"):
        open_database(path)
    assert path.read_bytes() == before


def test_revision_graph_read_without_alembic_matches_alembic():
    """Start-up reads revisions from the files itself; it must agree with Alembic."""
    from ocse_planner.db.migrate import _revision_graph, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {s.revision for s in script.walk_revisions()}
    assert _revision_graph() == {s.revision: s.down_revision for s in script.walk_revisions()}


def test_sector_stated_revision_keeps_every_record_of_a_file_made_by_0004(tmp_path):
    """0005 adds `attendance_record.sector_stated`; records imported before it cannot tell
    whether their file had a sector field, so they stay NULL (shown as Unclassified)."""
    path = tmp_path / "old.db"
    path.touch()
    upgrade(path, "0004")
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO series (title, year, time_zone, objectives, status, version, created_at, updated_at)"
                     " VALUES ('S', 2022, 'America/Toronto', '[]', 'planning', 1, '2022-01-01', '2022-01-01')")
        conn.execute("INSERT INTO webinar (series_id, number, title, time_zone, duration_minutes, status, version,"
                     " created_at, updated_at) VALUES (1, 1, 'W', 'America/Toronto', 120, 'held', 1, '2022-01-01',"
                     " '2022-01-01')")
        conn.executemany("INSERT INTO attendance_record (webinar_id, person_key, registered, attended,"
                         " minutes_attended, imported_at) VALUES (1, ?, 1, 1, 30, '2022-01-25 00:00:00')",
                         [(f"p{i}@example.org",) for i in range(50)])
    upgrade(path, "0005")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*), count(sector_stated) FROM attendance_record").fetchone() == (50, 0)
    upgrade(path, "0005")  # again: nothing to do
    _downgrade(path, "0004")
    with sqlite3.connect(path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(attendance_record)")]
        assert "sector_stated" not in columns
        assert conn.execute("SELECT count(*) FROM attendance_record").fetchone() == (50,)


# A file (or team database) at 0007 with two editions: 2022 purged by an earlier version
# (its identities replaced, no cross-edition figures kept), 2023 still holding e-mails.
OLD_PURGE = [
    "INSERT INTO series (title, year, time_zone, objectives, status, version, created_at, updated_at) VALUES "
    "('S', 2022, 'America/Toronto', '[]', 'completed', 1, '2022-01-01', '2022-01-01'), "
    "('S', 2023, 'America/Toronto', '[]', 'completed', 1, '2023-01-01', '2023-01-01')",
    "INSERT INTO webinar (series_id, number, title, time_zone, duration_minutes, status, version, created_at, "
    "updated_at) SELECT id, 1, 'W', 'America/Toronto', 120, 'held', 1, '2022-01-01', '2022-01-01' FROM series",
    "INSERT INTO attendance_record (webinar_id, person_key, registered, attended, minutes_attended, imported_at) "
    "SELECT w.id, CASE WHEN s.year = 2022 THEN 'anon:' || k.n ELSE 'p' || k.n || '@example.org' END, TRUE, TRUE, "
    "30, '2022-01-25 00:00:00' FROM webinar w JOIN series s ON s.id = w.series_id CROSS JOIN "
    "(SELECT 1 AS n UNION SELECT 2 UNION SELECT 3) k",
    "INSERT INTO personal_data_purge (series_id, purged_at, records_purged) "
    "SELECT id, '2023-06-30 12:00:00', 3 FROM series WHERE year = 2022",
]


def _check_old_purge(db) -> None:  # type: ignore[no-untyped-def]
    """What a comparison says of that database after 0008: n/a with the reason, nothing invented."""
    from sqlalchemy import func, select

    from ocse_planner.db.models import AttendanceRecord, CrossEditionSnapshot, Series
    from ocse_planner.services.comparison import Section, compare_editions

    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AttendanceRecord)) == 6
        assert session.scalar(select(func.count()).select_from(CrossEditionSnapshot)) == 0
        ids = list(session.scalars(select(Series.id).order_by(Series.year)))
        table = compare_editions(session, ids).table(Section.RETURNING)
    returning = table.row("returning").cells[1]
    assert returning.value is None
    assert "S (2022) on 2023-06-30, before the planner kept cross-edition figures" in returning.note.message()
    assert table.row("matchable").cells[1].value == 3  # the edition that kept its identities still counts
    assert table.row("not_matchable").cells[0].value is None


def test_cross_edition_revision_on_a_file_made_by_0007_with_an_earlier_purge(tmp_path):
    """0008 adds the tables the purge keeps its cross-edition figures in; a file purged
    before it has none."""
    path = tmp_path / "old.db"
    path.touch()
    upgrade(path, "0007")
    with sqlite3.connect(path) as conn:
        for statement in OLD_PURGE:
            conn.execute(statement)
    conn.close()
    upgrade(path, "0008")
    assert _revision(path) == "0008"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    db = open_database(path)
    try:
        _check_old_purge(db)
    finally:
        db.close()


# --- the same revisions on PostgreSQL ------------------------------------------------------

def _server_upgrade(url: str, revision: str) -> str:
    """Run the revisions on a team database up to `revision` (Alembic, as `upgrade` does,
    without its planner checks: revisions before 0006 have no planner_meta yet)."""
    from alembic import command
    from sqlalchemy.pool import NullPool

    from ocse_planner.db.location import ServerLocation
    from ocse_planner.db.server import make_server_engine

    engine = make_server_engine(ServerLocation(url), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    finally:
        engine.dispose()


@pytest.mark.postgresql
def test_on_a_server_the_revisions_build_the_same_schema_as_the_models(pg_database):
    from ocse_planner.db.location import ServerLocation
    from ocse_planner.db.server import make_server_engine

    url = pg_database("blank")
    assert _server_upgrade(url, "head") == head_revision()
    assert schema_differences(make_server_engine(ServerLocation(url))) == []


@pytest.mark.postgresql
@pytest.mark.parametrize(
    "revision",
    [s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions() if s.down_revision],
)
def test_on_a_server_each_revision_upgrades_a_database_made_by_the_one_before(pg_database, revision):
    import psycopg

    previous = ScriptDirectory.from_config(alembic_config()).get_revision(revision).down_revision
    url = pg_database("blank")
    assert _server_upgrade(url, previous) == previous
    with psycopg.connect(url) as conn:  # some user data at the old revision
        conn.execute("INSERT INTO organization (name, kind, version, created_at, updated_at) "
                     "VALUES ('Public Safety Canada', 'federal_department', 1, now(), now())")
    assert _server_upgrade(url, revision) == revision
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT name FROM organization").fetchall() == [("Public Safety Canada",)]


def test_french_fields_revision_keeps_every_value_of_a_file_made_by_0006(tmp_path):
    """0007 adds the French beside every printed text: nothing typed before is touched, the
    new columns are empty (not translated yet) and the untouched default sectors get their
    French; a renamed sector keeps no guess. Downgrading drops the columns and keeps the rest."""
    path = tmp_path / "old.db"
    path.touch()
    upgrade(path, "0006")
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO organization (name, acronym, kind, version, created_at, updated_at) VALUES"
                     " ('Royal Canadian Mounted Police', 'RCMP', 'police_service', 1, '2022-01-01', '2022-01-01')")
        conn.execute("INSERT INTO series (title, year, time_zone, objectives, status, version, created_at, updated_at)"
                     " VALUES ('Côté series', 2022, 'America/Toronto', '[\"Share\"]', 'planning', 1, '2022-01-01',"
                     " '2022-01-01')")
        conn.execute("UPDATE sector SET name = 'Police' WHERE name = 'Law enforcement'")
        before = conn.execute("SELECT name, position FROM sector ORDER BY position").fetchall()
    upgrade(path, "0007")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name, acronym, name_fr, acronym_fr FROM organization").fetchall() == [
            ("Royal Canadian Mounted Police", "RCMP", None, None)]
        assert conn.execute("SELECT title, objectives, title_fr, objectives_fr FROM series").fetchall() == [
            ("Côté series", '["Share"]', None, None)]
        sectors = conn.execute("SELECT name, position, name_fr FROM sector ORDER BY position").fetchall()
        assert [(n, p) for n, p, _ in sectors] == before
        french = dict((n, fr) for n, _, fr in sectors)
        assert french["Police"] is None and french["Education"] == "Éducation"
    _downgrade(path, "0006")
    with sqlite3.connect(path) as conn:
        assert "name_fr" not in [row[1] for row in conn.execute("PRAGMA table_info(organization)")]
        assert conn.execute("SELECT title FROM series").fetchall() == [("Côté series",)]


@pytest.mark.postgresql
def test_on_a_server_the_cross_edition_revision_upgrades_a_database_purged_at_0007(pg_database):
    import psycopg

    url = pg_database("blank")
    assert _server_upgrade(url, "0007") == "0007"
    with psycopg.connect(url) as conn:
        for statement in OLD_PURGE:
            conn.execute(statement)
    assert _server_upgrade(url, "head") == head_revision()  # through 0008 and any later revision
    db = open_database(url)
    try:
        _check_old_purge(db)
    finally:
        db.close()


def test_invitations_revision_keeps_every_person_and_webinar_of_a_file_made_by_the_one_before(tmp_path):
    """0009 adds columns and tables only: a file made by the revision before keeps its
    people and webinars as they were, with no preferred language and no link yet."""
    import importlib

    previous = importlib.import_module("ocse_planner.db.migrations.versions.0009_invitations").down_revision
    path = tmp_path / "old.db"
    path.touch()
    upgrade(path, previous)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO series (id, title, year, objectives, status, time_zone, version, created_at, "
                     "updated_at) VALUES (1, 'S', 2022, '[]', 'planning', 'America/Toronto', 1, '2022-01-01', "
                     "'2022-01-01')")
        conn.execute("INSERT INTO webinar (id, series_id, number, title, time_zone, duration_minutes, status, version, "
                     "created_at, updated_at) VALUES (1, 1, 1, 'W', 'America/Toronto', 90, 'draft', 1, '2022-01-01', "
                     "'2022-01-01')")
        conn.execute("INSERT INTO person (id, given_name, family_name, email, languages, version, created_at, "
                     "updated_at) VALUES (1, 'Geneviève', 'Boisvert-Pilon', 'g@example.ca', '[\"fr\"]', 1, "
                     "'2022-01-01', '2022-01-01')")
    upgrade(path, "0009")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT given_name, email, languages, preferred_language FROM person").fetchall() == [
            ("Geneviève", "g@example.ca", '["fr"]', None)]
        assert conn.execute("SELECT title, follow_up_link FROM webinar").fetchall() == [("W", None)]
        assert conn.execute("SELECT count(*) FROM sent_invitation").fetchone() == (0,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_french_articles_revision_keeps_every_value_of_a_file_made_by_the_revision_before(tmp_path):
    """The article column arrives empty but for the official French names it knows (« la
    Gendarmerie royale du Canada »), whatever the organizer typed stays as typed, and a
    downgrade drops the column and keeps the rest."""
    revision = importlib.import_module("ocse_planner.db.migrations.versions.0011_french_articles")
    path = tmp_path / "old.db"
    path.touch()
    upgrade(path, revision.down_revision)
    rows = [("Royal Canadian Mounted Police", "RCMP", "Gendarmerie royale du Canada", "GRC"),
            ("Public Safety Canada", "PS", "Sécurité publique Canada", "SP"),
            ("Côté Foundation", None, None, None)]
    with sqlite3.connect(path) as conn:
        conn.executemany("INSERT INTO organization (name, acronym, name_fr, acronym_fr, kind, version, created_at,"
                         " updated_at) VALUES (?, ?, ?, ?, 'other', 1, '2022-01-01', '2022-01-01')", rows)
        before = conn.execute("SELECT * FROM organization ORDER BY id").fetchall()
    upgrade(path, revision.revision)
    with sqlite3.connect(path) as conn:
        after = conn.execute("SELECT * FROM organization ORDER BY id").fetchall()
        columns = [row[1] for row in conn.execute("PRAGMA table_info(organization)")]
    article = columns.index("article_fr")
    assert [row[:article] + row[article + 1:] for row in after] == before
    assert [row[article] for row in after] == ["la", None, None]
    _downgrade(path, revision.down_revision)
    with sqlite3.connect(path) as conn:
        assert "article_fr" not in [row[1] for row in conn.execute("PRAGMA table_info(organization)")]
        assert conn.execute("SELECT * FROM organization ORDER BY id").fetchall() == before
