"""Consistent copies of a live planner file.

A plain file copy of an SQLite database that is open (or has a WAL beside it) can be torn
or miss committed pages; SQLite's online backup API copies a consistent snapshot. Copies
hold the same personal data as the original, so they are readable by the user only.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

BACKUP_SUFFIX = ".bak"


def make_private(path: Path) -> None:
    """Files holding personal data: owner read/write only (best effort off POSIX)."""
    if os.name == "posix":
        os.chmod(path, 0o600)


def copy_database(source: Path | str, destination: Path | str) -> Path:
    """Copy `source` to `destination` through the backup API (destination replaced)."""
    source, destination = Path(source), Path(destination)
    tmp = destination.with_name(destination.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True, timeout=10)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    make_private(tmp)
    os.replace(tmp, destination)
    return destination


def backup_name(path: Path, reason: str, when: datetime | None = None) -> Path:
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return path.with_name(f"{path.name}.{stamp}.{reason}{BACKUP_SUFFIX}")


def make_backup(path: Path | str, reason: str = "backup") -> Path:
    """A timestamped copy beside `path`, e.g. `plan.db.20261129-101500-000000.before-upgrade.bak`."""
    path = Path(path)
    return copy_database(path, backup_name(path, reason))


def list_backups(path: Path | str) -> list[Path]:
    """Backups of `path`, newest first."""
    path = Path(path)
    found = path.parent.glob(f"{path.name}.*{BACKUP_SUFFIX}")
    return sorted(found, key=lambda p: p.name, reverse=True)
