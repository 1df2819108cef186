"""Consistent copies of a live planner file, a rolling set of them, and restoring one.

A plain file copy of an SQLite database that is open (or has a WAL beside it) can be torn
or miss committed pages; SQLite's online backup API copies a consistent snapshot. Copies
hold the same personal data as the original, so they are readable by the user only, and
they are single self-contained files (rollback journal mode), so reading one later needs
no -wal/-shm beside it.

Backups sit beside the file: `plan.db.20261129-101500-000000.on-open.bak`. Pruning only
ever removes names of exactly that form for exactly that database.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ocse_planner.services.errors import FileError

BACKUP_SUFFIX = ".bak"
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<db>.+)\.(?P<stamp>\d{8}-\d{6}-\d{6})\.(?P<reason>[a-z0-9-]+)\.bak$")

# Why a backup was made (the last part of its name before .bak).
REASON_ON_OPEN = "on-open"
REASON_BEFORE_UPGRADE = "before-upgrade"
REASON_BEFORE_RESTORE = "before-restore"
REASON_AFTER_PURGE = "after-purge"


@dataclass(frozen=True)
class BackupPolicy:
    """How many backups of a file to keep, and how often opening the file makes one."""

    keep: int = 10
    min_interval_hours: float = 24.0


DEFAULT_POLICY = BackupPolicy()


def make_private(path: Path) -> None:
    """Files holding personal data: owner read/write only (best effort off POSIX)."""
    if os.name == "posix":
        os.chmod(path, 0o600)


def _read_only_uri(path: Path) -> str:
    return f"file:{path.as_posix()}?mode=ro"


def copy_database(source: Path | str, destination: Path | str) -> Path:
    """Copy `source` to `destination` through the backup API (destination replaced).

    The copy is private from the first byte (created 0600, not chmod-ed afterwards) and
    switched to rollback-journal mode so that it is one self-contained file.
    """
    source, destination = Path(source), Path(destination)
    tmp = destination.with_name(destination.name + ".part")
    tmp.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    make_private(tmp)
    src = sqlite3.connect(_read_only_uri(source), uri=True, timeout=10)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, destination)
    return destination


def backup_name(path: Path, reason: str, when: datetime | None = None) -> Path:
    stamp = (when or datetime.now()).strftime(STAMP_FORMAT)
    return path.with_name(f"{path.name}.{stamp}.{reason}{BACKUP_SUFFIX}")


def make_backup(path: Path | str, reason: str = "backup") -> Path:
    """A timestamped copy beside `path`, e.g. `plan.db.20261129-101500-000000.before-upgrade.bak`."""
    path = Path(path)
    return copy_database(path, backup_name(path, reason))


def parse_backup_name(backup: Path) -> tuple[str, datetime, str] | None:
    """(database file name, when, reason) of one of our backup names, else None."""
    match = _NAME.match(backup.name)
    if match is None:
        return None
    try:
        when = datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    return match["db"], when, match["reason"]


def list_backups(path: Path | str) -> list[Path]:
    """Our backups of `path` (and nothing else that happens to end in .bak), newest first."""
    path = Path(path)
    found = []
    for candidate in path.parent.glob(f"{glob_escape(path.name)}.*{BACKUP_SUFFIX}"):
        parsed = parse_backup_name(candidate)
        if parsed is not None and parsed[0] == path.name and candidate.is_file():
            found.append((parsed[1], candidate))
    return [p for _, p in sorted(found, key=lambda item: item[0], reverse=True)]


def backup_instant(backup: Path) -> datetime | None:
    """When a backup was made, as an aware instant (names carry local wall-clock time)."""
    parsed = parse_backup_name(backup)
    return parsed[1].astimezone() if parsed else None


def backups_holding_purged_data(
    path: Path | str, purge_times: Iterable[datetime]
) -> dict[Path, datetime]:
    """Backups of `path` taken before a personal-data purge, each with the latest such purge.

    A copy made before names and e-mails were removed still holds them; the caller offers
    to delete these and the restore list flags them. `purge_times` are aware instants (the
    PersonalDataPurge table's purged_at); newest backups first, like `list_backups`.
    """
    times = sorted(t for t in purge_times if t.tzinfo is not None)
    stale: dict[Path, datetime] = {}
    for backup in list_backups(path):
        made = backup_instant(backup)
        later = [t for t in times if made is not None and made < t]
        if later:
            stale[backup] = later[-1]
    return stale


def delete_backups(backups: Iterable[Path]) -> int:
    """Remove the given backup files (only names of our backup form); returns how many went."""
    removed = 0
    for backup in backups:
        if parse_backup_name(backup) is not None and backup.is_file():
            try:
                backup.unlink()
            except OSError as exc:
                raise FileError(backup, "could not be deleted ({detail})", detail=exc.strerror or str(exc)) from exc
            removed += 1
    return removed


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def prune_backups(path: Path | str, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups of `path`; returns what was removed."""
    removed = list_backups(path)[max(keep, 0):]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def backup_on_open(
    path: Path | str, policy: BackupPolicy = DEFAULT_POLICY, now: datetime | None = None
) -> Path | None:
    """The rolling backup taken when a file is opened: at most one per interval."""
    path = Path(path)
    now = now or datetime.now()
    newest = next(iter(list_backups(path)), None)
    if newest is not None:
        parsed = parse_backup_name(newest)
        if parsed and now - parsed[1] < timedelta(hours=policy.min_interval_hours):
            return None
    made = copy_database(path, backup_name(path, REASON_ON_OPEN, now))
    prune_backups(path, policy.keep)
    return made


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, read without changing it (for the restore dialog)."""

    path: Path
    created: datetime
    reason: str
    revision: str | None
    counts: dict[str, int]  # table name -> rows, for COUNTED_ENTITIES present in the file
    error: str | None = None  # set when the file cannot be read (damaged, not a database)


def describe_backup(path: Path | str) -> BackupInfo:
    """Date, reason, schema revision and record counts of one backup (read-only)."""
    from ocse_planner.db.models import COUNTED_ENTITIES

    path = Path(path)
    parsed = parse_backup_name(path)
    created = parsed[1] if parsed else datetime.fromtimestamp(path.stat().st_mtime)
    reason = parsed[2] if parsed else ""
    try:
        # immutable: nobody writes a backup, so SQLite needs no lock and no -shm beside it.
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        return BackupInfo(path, created, reason, None, {}, error=str(exc))
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        counts = {}
        for model in COUNTED_ENTITIES:
            name = model.__tablename__
            if name in tables:
                counts[name] = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        return BackupInfo(path, created, reason, revision, counts)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return BackupInfo(path, created, reason, None, {}, error=str(exc))
    finally:
        conn.close()


def restore_backup(db_path: Path | str, backup_path: Path | str) -> Path | None:
    """Replace the contents of `db_path` with `backup_path`; returns the safety backup.

    The backup is checked first (intact, a planner file, not from a newer app), the
    current file is itself backed up, then the pages are copied with the backup API into
    the live file (so its WAL and permissions stay consistent). The caller must have
    closed every connection of this app to `db_path`; another process still holding it
    open makes SQLite wait (busy timeout) and then fail, and nothing is changed.
    """
    from ocse_planner.db.migrate import DatabaseOpenError, inspect_revision

    db_path, backup_path = Path(db_path), Path(backup_path)
    inspect_revision(backup_path)  # raises DatabaseOpenError with the reason
    try:
        safety = make_backup(db_path, REASON_BEFORE_RESTORE) if db_path.exists() else None
        src = sqlite3.connect(f"file:{backup_path.as_posix()}?mode=ro&immutable=1", uri=True)
        try:
            dst = sqlite3.connect(db_path, timeout=10)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = WAL")
                dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                dst.close()
        finally:
            src.close()
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseOpenError(db_path, "could not be restored ({detail})", detail=str(exc)) from exc
    make_private(db_path)
    return safety
