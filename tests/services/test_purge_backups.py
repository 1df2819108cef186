"""Backups older than a personal-data purge: found, flagged and deletable, and the purge's
own copy is made only after the scrub."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from ocse_planner.db.backup import (
    backup_name,
    backups_holding_purged_data,
    copy_database,
    delete_backups,
    list_backups,
    make_backup,
    parse_backup_name,
)
from ocse_planner.services.personal_data import purge_personal_data, stale_backups
from tests.services.test_attendance_admin import _load

NEEDLE = b"dayna.boyko@torontopolice.on.ca"
pytestmark = pytest.mark.file_only  # the app's backups are a file's (a team database's are the server's)


def test_backups_before_a_purge_time_are_found_by_their_names(demo_path):
    now = datetime.now().replace(microsecond=0)
    old = copy_database(demo_path, backup_name(demo_path, "on-open", now - timedelta(days=3)))
    older = copy_database(demo_path, backup_name(demo_path, "on-open", now - timedelta(days=5)))
    new = copy_database(demo_path, backup_name(demo_path, "after-purge", now))
    purge = (now - timedelta(days=1)).astimezone(UTC)  # stored in UTC; names are local time
    first = (now - timedelta(days=4)).astimezone(UTC)

    stale = backups_holding_purged_data(demo_path, [first, purge])

    assert list(stale) == [old, older]  # newest first, the fresh one is not stale
    assert stale[old] == purge and stale[older] == purge  # the latest purge after each
    assert new not in stale
    assert backups_holding_purged_data(demo_path, []) == {}


def test_purge_reports_older_backups_and_deleting_them_leaves_no_address(demo_db, tmp_path):
    _load(demo_db, tmp_path)
    first = make_backup(demo_db.path, "on-open")
    second = make_backup(demo_db.path, "before-upgrade")
    assert NEEDLE in first.read_bytes()

    result = purge_personal_data(demo_db, 1)

    assert set(result.stale_backups) == {first, second}
    assert result.backup is not None and parse_backup_name(result.backup)[2] == "after-purge"
    assert result.backup not in result.stale_backups
    assert set(stale_backups(demo_db)) == {first, second}  # the file remembers the purge

    assert delete_backups(result.stale_backups) == 2
    remaining = list_backups(demo_db.path)
    assert remaining == [result.backup]
    for backup in remaining:
        data = backup.read_bytes()
        assert NEEDLE not in data and b"Dayna Boyko" not in data


def test_the_purge_makes_no_copy_before_scrubbing(demo_db, tmp_path):
    _load(demo_db, tmp_path)
    result = purge_personal_data(demo_db, 1)
    made = list_backups(demo_db.path)
    assert made == [result.backup] and result.stale_backups == ()
    assert NEEDLE not in result.backup.read_bytes()


def test_pruning_after_the_purge_drops_the_oldest_first(demo_db, tmp_path):
    _load(demo_db, tmp_path)
    old = make_backup(demo_db.path, "on-open")
    result = purge_personal_data(demo_db, 1, keep_backups=1)
    assert not old.exists() and list_backups(demo_db.path) == [result.backup]
    assert result.stale_backups == ()


def test_delete_backups_only_removes_backup_names(demo_path, tmp_path):
    other = tmp_path / "notes.bak"
    other.write_text("mine")
    assert delete_backups([other, tmp_path / "missing.db.20260101-000000-000000.on-open.bak"]) == 0
    assert other.exists()


def test_an_address_left_in_the_write_ahead_log_counts_as_remaining(tmp_path):
    from ocse_planner.services.personal_data import remaining_addresses

    planner = tmp_path / "planner.db"
    planner.write_bytes(b"... ana@example.org ...")
    pending = frozenset({b"ana@example.org", b"bo@example.org", b"cy@example.org"})
    assert remaining_addresses(planner, pending) == 1
    (tmp_path / "planner.db-wal").write_bytes(b"bo@example.org")
    assert remaining_addresses(planner, pending) == 2


def test_a_scrub_finished_on_retry_makes_the_after_purge_copy_and_keeps_the_newest(demo_db, tmp_path, monkeypatch):
    from ocse_planner.services import personal_data

    _load(demo_db, tmp_path)
    older = make_backup(demo_db.path, "on-open")
    real_scrub = personal_data.scrub
    monkeypatch.setattr(personal_data, "scrub", lambda db, wait_s: False)  # a reader held the old pages
    with pytest.raises(personal_data.PurgeIncomplete) as incomplete:
        purge_personal_data(demo_db, 1)
    assert list_backups(demo_db.path) == [older]  # no copy while the addresses may still be in the file
    monkeypatch.setattr(personal_data, "scrub", real_scrub)

    result = personal_data.finish_scrub(demo_db, 1, incomplete.value.pending, incomplete.value.records_purged,
                                        keep_backups=1)

    assert result.records_purged == incomplete.value.records_purged > 0
    assert result.backup is not None and parse_backup_name(result.backup)[2] == "after-purge"
    assert list_backups(demo_db.path) == [result.backup]  # pruned to the newest one
    assert NEEDLE not in result.backup.read_bytes()
