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
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocse_planner.db.engine import Database
from ocse_planner.db.models import AttendanceRecord, Webinar


@dataclass(frozen=True)
class PurgeResult:
    series_id: int
    records_purged: int


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


def purge_personal_data(db: Database, series_id: int) -> PurgeResult:
    """Anonymize the series' attendance records and scrub the file; record the purge."""
    pooled = db.engine.raw_connection()
    raw = pooled.driver_connection  # sqlite3, isolation_level None: this code issues BEGIN itself
    assert raw is not None
    try:
        raw.execute("PRAGMA secure_delete = ON")
        try:
            raw.execute("BEGIN IMMEDIATE")
            try:
                count = _anonymize(raw, series_id)
                raw.execute(
                    "INSERT INTO personal_data_purge (series_id, purged_at, records_purged) VALUES (?, ?, ?)",
                    (series_id, datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"), count),
                )
                raw.execute("COMMIT")
            except BaseException:
                raw.execute("ROLLBACK")
                raise
            raw.execute("PRAGMA temp_store = MEMORY")
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.execute("PRAGMA secure_delete = OFF")
            raw.execute("PRAGMA temp_store = DEFAULT")
    finally:
        pooled.close()
    return PurgeResult(series_id, count)
