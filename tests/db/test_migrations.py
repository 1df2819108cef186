"""Migrations build the same schema as the models, and old files are upgraded safely."""

from __future__ import annotations

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


def test_upgrade_from_empty_to_head_matches_the_models(tmp_path):
    path = tmp_path / "fresh.db"
    path.touch()
    upgrade(path)
    assert _revision(path) == head_revision()
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


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
    from alembic import command

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            cfg = alembic_config()
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, "0004")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(attendance_record)")]
        assert "sector_stated" not in columns
        assert conn.execute("SELECT count(*) FROM attendance_record").fetchone() == (50,)


def test_cross_edition_revision_on_a_file_made_by_0005_with_an_earlier_purge(tmp_path):
    """0006 adds the tables the purge keeps its cross-edition figures in. A file purged
    before it has none: its comparison says n/a with the reason, nothing is invented."""
    from ocse_planner.services.comparison import Section, compare_editions

    path = tmp_path / "old.db"
    path.touch()
    upgrade(path, "0005")
    with sqlite3.connect(path) as conn:
        for year in (2022, 2023):
            conn.execute("INSERT INTO series (title, year, time_zone, objectives, status, version, created_at,"
                         " updated_at) VALUES ('S', ?, 'America/Toronto', '[]', 'completed', 1, '2022-01-01',"
                         " '2022-01-01')", (year,))
            conn.execute("INSERT INTO webinar (series_id, number, title, time_zone, duration_minutes, status,"
                         " version, created_at, updated_at) VALUES (?, 1, 'W', 'America/Toronto', 120, 'held', 1,"
                         " '2022-01-01', '2022-01-01')", (year - 2021,))
        rows = [(1, f"anon:{i:040x}") for i in range(30)] + [(2, f"p{i}@example.org") for i in range(20)]
        conn.executemany("INSERT INTO attendance_record (webinar_id, person_key, registered, attended,"
                         " minutes_attended, imported_at) VALUES (?, ?, 1, 1, 30, '2022-01-25 00:00:00')", rows)
        conn.execute("INSERT INTO personal_data_purge (series_id, purged_at, records_purged)"
                     " VALUES (1, '2023-06-30 12:00:00.000000', 30)")
    conn.close()
    upgrade(path, "0006")
    assert _revision(path) == "0006"
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM attendance_record").fetchone() == (50,)
        assert conn.execute("SELECT count(*) FROM cross_edition_snapshot").fetchone() == (0,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    db = open_database(path)
    try:
        with db.read() as session:
            table = compare_editions(session, [1, 2]).table(Section.RETURNING)
    finally:
        db.close()
    returning = table.row("returning").cells[1]
    assert returning.value is None
    assert "S (2022) on 2023-06-30, before the planner kept cross-edition figures" in returning.note.message()
    assert table.row("matchable").cells[1].value == 20  # the edition that kept its identities still counts
    assert table.row("not_matchable").cells[0].value is None
