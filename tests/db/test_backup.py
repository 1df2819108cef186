"""Rolling backups, what a backup holds, and restoring one."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from ocse_planner.db import DatabaseOpenError, open_database
from ocse_planner.db.migrate import head_revision
from ocse_planner.db.backup import (
    BackupPolicy,
    backup_name,
    backup_on_open,
    describe_backup,
    list_backups,
    make_backup,
    parse_backup_name,
    prune_backups,
    restore_backup,
)
from ocse_planner.db.migrate import upgrade
from ocse_planner.db.models import Series


def test_opening_makes_one_backup_per_interval(demo_path):
    policy = BackupPolicy(keep=10, min_interval_hours=24)
    open_database(demo_path, backups=policy).close()
    open_database(demo_path, backups=policy).close()
    made = list_backups(demo_path)
    assert len(made) == 1
    assert parse_backup_name(made[0])[2] == "on-open"


def test_a_day_later_opening_backs_up_again_and_keeps_the_count(demo_path):
    policy = BackupPolicy(keep=3, min_interval_hours=24)
    start = datetime(2026, 1, 1, 9)
    for day in range(6):
        backup_on_open(demo_path, policy, now=start + timedelta(days=day, minutes=1))
    kept = list_backups(demo_path)
    assert len(kept) == 3
    assert [parse_backup_name(p)[1].day for p in kept] == [6, 5, 4]  # newest first


def test_pruning_leaves_other_files_alone(demo_path):
    for day in range(1, 5):
        make_backup(demo_path).rename(backup_name(demo_path, "on-open", datetime(2026, 2, day)))
    other_db = demo_path.with_name("other.db")
    other_backup = backup_name(other_db, "on-open", datetime(2020, 1, 1))
    other_backup.write_bytes(b"x")
    users_own = demo_path.with_name(demo_path.name + ".old.bak")
    users_own.write_bytes(b"mine")
    prune_backups(demo_path, keep=1)
    assert len(list_backups(demo_path)) == 1
    assert other_backup.exists() and users_own.exists()


def test_backup_before_every_migration(tmp_path):
    path = tmp_path / "old.db"
    path.touch()
    upgrade(path, "0001")
    open_database(path).close()
    reasons = [parse_backup_name(p)[2] for p in list_backups(path)]
    assert reasons == ["before-upgrade"]
    assert describe_backup(list_backups(path)[0]).revision == "0001"


def test_describe_backup_counts_records_without_changing_it(demo_path):
    backup = make_backup(demo_path, "manual")
    before = backup.read_bytes()
    info = describe_backup(backup)
    assert info.reason == "manual" and info.revision == head_revision() and info.error is None
    assert info.counts["series"] == 1 and info.counts["webinar"] == 3
    assert backup.read_bytes() == before
    assert sorted(p.name for p in backup.parent.iterdir() if p.name.startswith(backup.name)) == [backup.name]


def test_describe_a_damaged_backup_says_so(tmp_path):
    bad = backup_name(tmp_path / "x.db", "on-open")
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    assert describe_backup(bad).error


def test_restore_brings_back_the_old_state_and_keeps_the_current_one(demo_path):
    backup = make_backup(demo_path, "manual")
    with open_database(demo_path) as db, db.write() as session:
        session.add(Series(title="Added after the backup", year=2031))
    safety = restore_backup(demo_path, backup)
    with open_database(demo_path) as db, db.read() as session:
        titles = set(session.scalars(select(Series.title)))
    assert "Added after the backup" not in titles and len(titles) == 1
    assert safety is not None and describe_backup(safety).counts["series"] == 2
    assert demo_path.stat().st_mode & 0o777 == 0o600


def test_restoring_a_damaged_backup_changes_nothing(demo_path):
    bad = backup_name(demo_path, "on-open")
    bad.write_bytes(b"not a database at all")
    before = demo_path.read_bytes()
    with pytest.raises(DatabaseOpenError):
        restore_backup(demo_path, bad)
    assert demo_path.read_bytes() == before
    assert list_backups(demo_path) == [bad]
