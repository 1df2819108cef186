"""Item 2: a planner file is identified positively (application_id + our tables); another
program's SQLite file is never migrated; commands that only read never change a file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from ocse_planner.db import DatabaseOpenError, open_database
from ocse_planner.db.backup import make_backup
from ocse_planner.db.migrate import APPLICATION_ID, open_for_reading
from tests.hardening.conftest import cli, folder_state, one_line_error, pretend_older

as_root = os.name == "posix" and os.geteuid() == 0


def _application_id(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[68:72], "big")


def _foreign(folder: Path, *, revision: str = "0002", wal: bool = True) -> Path:
    """Another program's database that happens to use Alembic too."""
    path = folder / "inventory.sqlite"
    with sqlite3.connect(path) as conn:
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        conn.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO item (name) VALUES ('stapler')")
    conn.close()
    return path


@pytest.mark.parametrize("revision", ["0001", "0002", "9999"])
def test_another_programs_alembic_database_is_refused_by_every_command(tmp_path, revision):
    folder = tmp_path / "other"
    folder.mkdir()
    path = _foreign(folder, revision=revision)
    before = folder_state(folder)
    for args in (["info"], ["stats", "--series", "2022"], ["release-agenda", "--series", "2022"],
                 ["export", "agenda", "--series", "2022", "-o", str(tmp_path / "a.xlsx")]):
        run = cli(args[0], *args[1:], "--db", path) if args[0] != "export" else cli(
            "export", "agenda", "--db", path, "--series", "2022", "-o", tmp_path / "a.xlsx")
        one_line_error(run, str(path), "another program")
    assert folder_state(folder) == before  # byte for byte, no -wal/-shm beside it
    with pytest.raises(DatabaseOpenError, match="another program"):
        open_database(path)
    assert folder_state(folder) == before


def test_the_window_does_not_migrate_another_programs_file(window, tmp_path, monkeypatch):
    from ocse_planner.ui.common import dialogs

    folder = tmp_path / "other"
    folder.mkdir()
    path = _foreign(folder)
    before = folder_state(folder)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    assert not window.open_path(path, offer_demo=False)
    assert "another program" in errors[0]
    assert folder_state(folder) == before


def test_a_foreign_application_id_is_refused(planner):
    with sqlite3.connect(planner) as conn:
        conn.execute("PRAGMA application_id = 1234")
    conn.close()
    with pytest.raises(DatabaseOpenError, match=r"another program, not an OCSE Planner file \(application id 0x000004d2\)"):
        open_database(planner)


def test_an_unknown_revision_is_not_ours_or_newer(planner):
    with sqlite3.connect(planner) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.close()
    run = cli("info", "--db", planner)
    one_line_error(run, "not an OCSE Planner file, or was written by a newer version", "0099")


def test_a_file_made_before_the_id_is_stamped_on_its_first_write_only(planner):
    with sqlite3.connect(planner) as conn:  # what earlier versions wrote: no application id
        conn.execute("PRAGMA application_id = 0")
        pretend_older(conn)
    conn.close()
    before = planner.read_bytes()
    assert cli("stats", "--db", planner, "--series", "2022").code == 0
    assert cli("info", "--db", planner).code == 0
    assert planner.read_bytes() == before and _application_id(planner) == 0
    run = cli("release-agenda", "--db", planner, "--series", "2022")
    assert run.code == 0, run.err
    assert _application_id(planner) == APPLICATION_ID


def test_reading_commands_leave_a_backup_byte_identical(planner, tmp_path):
    backup = make_backup(planner, "manual")
    folder = planner.parent
    before = folder_state(folder)
    for args in (["info", "--db", backup], ["stats", "--db", backup, "--series", "2022"],
                 ["conflicts", "--db", backup, "--series", "2022"], ["partners", "--db", backup, "--series", "2022"],
                 ["export", "report", "--db", backup, "--series", "2022", "-o", tmp_path / "r.docx"],
                 ["export", "ics", "--db", backup, "--series", "2022", "-o", tmp_path / "c.ics"]):
        run = cli(*args)
        assert run.code in (0, 1) and "Traceback" not in run.err, run.err
    assert folder_state(folder) == before


def test_reading_an_older_file_upgrades_a_copy_not_the_file(planner, tmp_path):
    with sqlite3.connect(planner) as conn:
        conn.execute("PRAGMA application_id = 0")
        pretend_older(conn)
        conn.execute("DELETE FROM sector_rule")
    conn.close()
    before = folder_state(planner.parent)
    db = open_for_reading(planner)
    try:
        with db.read() as session:
            from ocse_planner.services.sectors import list_rules

            assert list_rules(session)  # the copy was upgraded (0003 seeds the rules)
    finally:
        db.close()
    assert folder_state(planner.parent) == before


def test_the_window_leaves_a_backup_it_only_looked_at_unchanged(window, planner):
    backup = make_backup(planner, "manual")
    header = backup.read_bytes()[:100]
    assert window.open_path(backup, offer_demo=False)
    window.state.set_database(None)
    assert backup.read_bytes()[:100] == header  # still a rollback-journal file, not WAL
    assert not backup.with_name(backup.name + "-wal").exists()


@pytest.mark.skipif(as_root, reason="root ignores file modes")
def test_a_read_only_file_is_read_and_a_write_says_read_only(planner, tmp_path):
    planner.chmod(0o444)
    before = folder_state(planner.parent)
    assert cli("stats", "--db", planner, "--series", "2022").code == 0
    assert cli("export", "agenda", "--db", planner, "--series", "2022", "-o", tmp_path / "a.xlsx").code == 0
    one_line_error(cli("release-agenda", "--db", planner, "--series", "2022"), "read-only")
    assert folder_state(planner.parent) == before


@pytest.mark.skipif(as_root, reason="root ignores file modes")
def test_a_read_only_folder_is_named_not_called_damaged(planner):
    folder = planner.parent
    folder.chmod(0o555)
    try:
        before = folder_state(folder)
        assert cli("info", "--db", planner).code == 0
        one_line_error(cli("release-agenda", "--db", planner, "--series", "2022"), f"cannot write in folder {folder}")
        assert folder_state(folder) == before
    finally:
        folder.chmod(0o755)
