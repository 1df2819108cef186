"""Remove attendees' names and e-mails from a series, keeping every aggregate.

What is kept and why: the records themselves stay, anonymized — name, e-mail and
organization set to NULL, the person key replaced by an HMAC of the old key under a
random secret that is used for this purge only and never stored. Sector, attended,
minutes and registered are untouched, so every figure of the summary (per webinar,
per sector, unique participants, people who came to two or more webinars) is computed
exactly as before, from the same rows; no SectorCount copies are written, because the
summary adds hand-entered counts to the counted records and copies would double them.
With the secret gone the new keys cannot be turned back into addresses, even by trying
likely ones.

"Removed" must mean gone from the file, not just unlinked: SQLite leaves deleted bytes in
free page space and old page images in the write-ahead log. So the purge runs with
``PRAGMA secure_delete=ON`` (freed space is zeroed), then ``VACUUM`` rewrites the file
(scrubbing copies left in pages freed before secure_delete was on, e.g. by page splits
during the import) with temp_store=MEMORY so no temporary copy lands on disk, then
``PRAGMA wal_checkpoint(TRUNCATE)`` empties the write-ahead log. That is connection-level
work outside a transaction, which is why this service takes the Database and not a session.

"Done" is verified, not assumed. While another connection (a second window, another
program, a worker of this one) holds a read transaction, the checkpoint cannot copy the
scrubbed pages over the old ones, and the main file still holds every address. So the
checkpoint is retried until it completes (waiting for readers up to about twice the busy
timeout), then the file's bytes are searched for the removed addresses (a sample of up to
`VERIFY_SAMPLE`; an incomplete checkpoint leaves all of them). If either fails the purge
raises `PurgeIncomplete`: the records are anonymized, the file not yet scrubbed, and
`finish_scrub` tries again once the other program has let go.

Backups are copies of the file, so the ones made before a purge still hold what it removed.
The purge never makes a copy beforehand; once the file is scrubbed it makes a fresh
`after-purge` backup (so a good copy without the data exists) and reports the older
backups that still hold it, for the caller to offer deleting (`delete_backups`).
"""

from __future__ import annotations

import hashlib
import hmac
import random
import secrets
import sqlite3
import time
from datetime import UTC, datetime
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocse_planner.db.backup import (
    REASON_AFTER_PURGE,
    backups_holding_purged_data,
    make_backup,
    prune_backups,
)
from ocse_planner.db.engine import Database, busy_timeout_ms
from ocse_planner.db.models import AttendanceRecord, PersonalDataPurge, Webinar

VERIFY_SAMPLE = 25  # removed addresses searched for in the file's bytes


class PurgeIncomplete(Exception):
    """The records are anonymized but the file still holds removed addresses (another
    connection kept an old snapshot open). `pending` is what to search for on retrying."""

    def __init__(self, path: Path, found: int, pending: frozenset[bytes], records_purged: int) -> None:
        self.path = path
        self.pending = pending
        self.records_purged = records_purged
        super().__init__(
            f"{path}: the attendance records were anonymized, but the file still holds removed e-mail "
            f"addresses ({found} of {min(len(pending), VERIFY_SAMPLE)} checked) because another program or "
            "window is reading it. Close the other program or window, then try again to finish scrubbing."
        )


@dataclass(frozen=True)
class PurgeResult:
    series_id: int
    records_purged: int
    backup: Path | None = None  # the fresh copy made after scrubbing
    stale_backups: tuple[Path, ...] = ()  # older copies that still hold the removed data


def purge_times(session: Session) -> list[datetime]:
    """When personal data was removed from this file (aware UTC instants, oldest first)."""
    return list(session.scalars(select(PersonalDataPurge.purged_at).order_by(PersonalDataPurge.purged_at)))


def stale_backups(db: Database) -> dict[Path, datetime]:
    """Backups of the file that predate a purge, each with the latest purge after it."""
    with db.read() as session:
        times = purge_times(session)
    return backups_holding_purged_data(db.path, times)


def personal_records(session: Session, series_id: int) -> int:
    """How many records of the series still hold a name, e-mail or organization."""
    ar = AttendanceRecord
    return int(session.scalar(
        select(func.count()).where(
            ar.webinar_id.in_(select(Webinar.id).where(Webinar.series_id == series_id)),
            (ar.name.is_not(None)) | (ar.email.is_not(None)) | (ar.organization_name.is_not(None))
            | (~ar.person_key.startswith("anon:")),
        )
    ) or 0)


def _anonymize(raw: Any, series_id: int) -> int:
    secret = secrets.token_bytes(32)
    cursor = raw.cursor()
    try:
        rows = cursor.execute(
            "SELECT id, person_key FROM attendance_record WHERE webinar_id IN "
            "(SELECT id FROM webinar WHERE series_id = ?) AND (person_key NOT LIKE 'anon:%' "
            "OR name IS NOT NULL OR email IS NOT NULL OR organization_name IS NOT NULL)",
            (series_id,),
        ).fetchall()
        updates = []
        for record_id, key in rows:
            if key.startswith("anon:"):
                new_key = key
            else:
                new_key = "anon:" + hmac.new(secret, key.encode("utf-8"), hashlib.sha256).hexdigest()[:40]
            updates.append((new_key, record_id))
        cursor.executemany(
            "UPDATE attendance_record SET name = NULL, email = NULL, organization_name = NULL, "
            "person_key = ? WHERE id = ?",
            updates,
        )
        return len(updates)
    finally:
        cursor.close()


def _removed_addresses(raw: Any, series_id: int) -> frozenset[bytes]:
    """The e-mail addresses the purge removes, as stored (bytes), to look for afterwards."""
    rows = raw.execute(
        "SELECT email, person_key FROM attendance_record WHERE webinar_id IN "
        "(SELECT id FROM webinar WHERE series_id = ?) AND person_key NOT LIKE 'anon:%'",
        (series_id,),
    ).fetchall()
    found = {value for row in rows for value in row if value and "@" in value}
    return frozenset(value.encode("utf-8") for value in found)


def purge_personal_data(
    db: Database, series_id: int, *, backup: bool = True, keep_backups: int | None = None
) -> PurgeResult:
    """Anonymize the series' attendance records and scrub the file; record the purge.

    With `backup`, a copy is made only after the scrub, and the older backups are pruned
    to `keep_backups` when given; the result lists the backups that predate the purge.
    Raises PurgeIncomplete when the scrub cannot be verified (see the module docstring).
    """
    pooled = db.engine.raw_connection()
    raw = pooled.driver_connection  # sqlite3, isolation_level None: this code issues BEGIN itself
    assert raw is not None
    try:
        raw.execute("PRAGMA secure_delete = ON")
        try:
            raw.execute("BEGIN IMMEDIATE")
            try:
                pending = _removed_addresses(raw, series_id)
                count = _anonymize(raw, series_id)
                raw.execute(
                    "INSERT INTO personal_data_purge (series_id, purged_at, records_purged) VALUES (?, ?, ?)",
                    (series_id, datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"), count),
                )
                raw.execute("COMMIT")
            except BaseException:
                raw.execute("ROLLBACK")
                raise
        finally:
            raw.execute("PRAGMA secure_delete = OFF")
    finally:
        pooled.close()
    _scrub(db, pending, count)
    return _after_scrub(db, series_id, count, backup, keep_backups)


def finish_scrub(
    db: Database, series_id: int, pending: frozenset[bytes], records_purged: int, *,
    backup: bool = True, keep_backups: int | None = None,
) -> PurgeResult:
    """Retry the scrub after PurgeIncomplete (the records are already anonymized)."""
    _scrub(db, pending, records_purged)
    return _after_scrub(db, series_id, records_purged, backup, keep_backups)


def _scrub(db: Database, pending: frozenset[bytes], records_purged: int) -> None:
    """VACUUM, a complete checkpoint (waiting for readers), then search the bytes."""
    pooled = db.engine.raw_connection()
    raw = pooled.driver_connection
    assert raw is not None
    complete = False
    try:
        raw.execute("PRAGMA secure_delete = ON")
        raw.execute("PRAGMA temp_store = MEMORY")
        try:
            raw.execute("VACUUM")
            # TRUNCATE waits (busy handler) for readers of older snapshots; one that stays
            # makes it report busy. Retry until it completes or the wait is over.
            deadline = time.monotonic() + max(1.0, 2 * busy_timeout_ms() / 1000)
            while True:
                busy, log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                complete = busy == 0 and log in (0, -1)
                if complete or time.monotonic() >= deadline:
                    break
                time.sleep(0.05)
        except sqlite3.OperationalError:
            complete = False  # VACUUM itself found the file busy: verified below all the same
        finally:
            raw.execute("PRAGMA secure_delete = OFF")
            raw.execute("PRAGMA temp_store = DEFAULT")
    finally:
        pooled.close()
    found = remaining_addresses(db.path, pending)
    if found or not complete:
        raise PurgeIncomplete(db.path, found, pending, records_purged)


def remaining_addresses(path: Path, pending: frozenset[bytes], sample: int = VERIFY_SAMPLE) -> int:
    """How many of (a sample of) `pending` addresses the file or its WAL still holds."""
    chosen = random.sample(sorted(pending), min(sample, len(pending)))
    found = 0
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            data = part.read_bytes()
        except FileNotFoundError:
            continue
        found += sum(1 for address in chosen if address in data)
    return found


def _after_scrub(db: Database, series_id: int, count: int, backup: bool, keep_backups: int | None) -> PurgeResult:
    if not backup:
        return PurgeResult(series_id, count)
    try:
        made: Path | None = make_backup(db.path, REASON_AFTER_PURGE)
    except (OSError, sqlite3.Error):
        made = None  # the purge itself is done; the caller says no fresh copy was made
    if keep_backups is not None and made is not None:
        prune_backups(db.path, keep_backups)
    return PurgeResult(series_id, count, made, tuple(stale_backups(db)))
