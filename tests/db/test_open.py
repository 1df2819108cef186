"""Opening bad files: a clear message naming the file, and the file left as it was."""

from __future__ import annotations

import os

import pytest

from ocse_planner.db import DatabaseOpenError, open_database


@pytest.mark.file_only
def test_pragmas_on_every_connection(demo_db):
    with demo_db.write() as s:  # WAL is switched on by the first write
        s.connection().exec_driver_sql("PRAGMA user_version").scalar()
    with demo_db.read() as s:
        values = {
            name: s.connection().exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout", "cache_size")
        }
    assert values == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 10000,
                      "cache_size": -16384}


def test_new_file_is_private(tmp_path):
    db = open_database(tmp_path / "new.db")
    db.close()
    assert (tmp_path / "new.db").stat().st_mode & 0o777 == 0o600


def test_not_sqlite(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n")
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="not an SQLite file") as info:
        open_database(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == before


def test_truncated_database(demo_path):
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 2])
    before = demo_path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="damaged|not a database"):
        open_database(demo_path)
    assert demo_path.read_bytes() == before


def test_garbage_after_a_valid_header(tmp_path):
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError):
        open_database(path)
    assert path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False, reason="root ignores file modes")
def test_read_only_file_is_refused(demo_path):
    demo_path.chmod(0o400)
    with pytest.raises(DatabaseOpenError, match="read-only"):
        open_database(demo_path)


def test_read_only_file_is_refused_even_for_root(demo_path, monkeypatch):
    """Root can write anything, so simulate the check's view of a read-only file."""
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if (mode == os.W_OK and str(p) == str(demo_path)) else real_access(p, mode))
    before = demo_path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="read-only"):
        open_database(demo_path)
    assert demo_path.read_bytes() == before


def test_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseOpenError, match="folder"):
        open_database(tmp_path)
