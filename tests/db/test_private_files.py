"""Files holding personal data are readable by the user only, whatever the umask says.

SQLite's backup API and plain `sqlite3.connect` create files 0644 under the usual umask
022, so every path that creates a planner file, a backup or a copy sets the mode itself;
SQLite gives a database's -wal and -shm the database file's own mode.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ocse_planner.db import open_database
from ocse_planner.db.backup import (
    BackupPolicy,
    backup_on_open,
    copy_database,
    list_backups,
    make_backup,
    restore_backup,
)
from ocse_planner.db.demo import create_demo_database
from ocse_planner.db.migrate import upgrade
from ocse_planner.db.models import Series

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def _usual_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_database_and_its_wal_and_shm_are_private(tmp_path):
    path = tmp_path / "new.db"
    with open_database(path) as db, db.write() as session:
        session.add(Series(title="Private", year=2026))
        session.flush()
        assert {mode(Path(f"{path}{s}")) for s in ("", "-wal", "-shm")} == {0o600}


def test_demo_file_is_private(tmp_path):
    assert mode(create_demo_database(tmp_path / "demo.db")) == 0o600


def test_every_kind_of_backup_and_copy_is_private(tmp_path):
    path = tmp_path / "old.db"
    path.touch()
    upgrade(path, "0001")
    open_database(path).close()  # before-upgrade backup
    backup_on_open(path, BackupPolicy(min_interval_hours=0))
    manual = make_backup(path, "manual")
    restore_backup(path, manual)  # before-restore backup, and the restored file
    copy = copy_database(path, tmp_path / "copy.db")
    made = list_backups(path)
    assert {p.name.split(".")[-2] for p in made} >= {"before-upgrade", "on-open", "manual", "before-restore"}
    assert {mode(p) for p in [*made, copy, path]} == {0o600}


def test_copy_over_an_existing_readable_file_becomes_private(tmp_path, demo_path):
    target = tmp_path / "shared-copy.db"
    target.write_bytes(b"old")
    target.chmod(0o644)
    copy_database(demo_path, target)
    assert mode(target) == 0o600


def test_existing_world_readable_database_stays_as_the_user_set_it(tmp_path, demo_path):
    """Opening does not silently change modes the user chose for an existing file."""
    demo_path.chmod(0o640)
    open_database(demo_path).close()
    assert mode(demo_path) == 0o640


def test_default_data_folder_is_private(tmp_path, monkeypatch):
    from ocse_planner import cli, logs

    monkeypatch.setattr(logs, "user_data_dir", lambda *a, **k: str(tmp_path / "data" / "ocse-planner"))
    path = cli.default_database_path()
    assert mode(path.parent) == 0o700
