"""The storage side of removing attendees' personal data: anonymize rows, scrub the file.

services/personal_data.py decides what is removed, with which keys, and whether the file
is clean afterwards; this module is the SQL and the SQLite connection-level work it needs
(secure_delete, VACUUM, a complete checkpoint), which ORM sessions cannot do.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from ocse_planner.db.engine import Database

ANON_PREFIX = "anon:"  # person keys of anonymized records start so


def anonymize_series(
    db: Database, series_id: int, rekey: Callable[[str], str], before: Callable[[Session], object] | None = None
) -> tuple[int, frozenset[bytes]]:
    """Clear name, e-mail and organization of every record of the series that still holds
    one, give each a new person key (`rekey(old)`; anonymized keys are kept) and record
    the purge, in one IMMEDIATE transaction with secure_delete on.

    `before(session)` runs first in the same transaction, while the identities are still
    there (the cross-edition figures a comparison needs afterwards): if anything fails,
    neither it nor the purge is stored.

    Returns how many records changed and the e-mail addresses that were removed (as the
    file stored them), for the caller to look for in the file afterwards.
    """
    with db.engine.connect() as connection:
        # The sqlite3 connection under SQLAlchemy's: its isolation_level is None, so the
        # statements below run in the transaction the session begins (BEGIN IMMEDIATE).
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA secure_delete = ON")
        try:
            with Session(connection) as session, session.begin():
                session.connection()  # BEGIN IMMEDIATE now, before anything is read
                if before is not None:
                    before(session)
                    session.flush()
                removed = _removed_addresses(raw, series_id)
                count = _anonymize(raw, series_id, rekey)
                raw.execute(
                    "INSERT INTO personal_data_purge (series_id, purged_at, records_purged) VALUES (?, ?, ?)",
                    (series_id, datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"), count),
                )
        finally:
            raw.execute("PRAGMA secure_delete = OFF")
    return count, removed


def _anonymize(raw: sqlite3.Connection, series_id: int, rekey: Callable[[str], str]) -> int:
    cursor = raw.cursor()
    try:
        rows = cursor.execute(
            "SELECT id, person_key FROM attendance_record WHERE webinar_id IN "
            "(SELECT id FROM webinar WHERE series_id = ?) AND (person_key NOT LIKE ? "
            "OR name IS NOT NULL OR email IS NOT NULL OR organization_name IS NOT NULL)",
            (series_id, ANON_PREFIX + "%"),
        ).fetchall()
        updates = [(key if key.startswith(ANON_PREFIX) else rekey(key), record_id) for record_id, key in rows]
        cursor.executemany(
            "UPDATE attendance_record SET name = NULL, email = NULL, organization_name = NULL, "
            "person_key = ? WHERE id = ?",
            updates,
        )
        return len(updates)
    finally:
        cursor.close()


def _removed_addresses(raw: sqlite3.Connection, series_id: int) -> frozenset[bytes]:
    """The e-mail addresses the purge removes, as stored (bytes), to look for afterwards.

    An address the file keeps elsewhere is left out: the same person's records in another
    edition (not purged), or a presenter's own e-mail. Searching for it would find it and
    report the purge as incomplete when it is not."""
    rows = raw.execute(
        "SELECT email, person_key FROM attendance_record WHERE webinar_id IN "
        "(SELECT id FROM webinar WHERE series_id = ?) AND person_key NOT LIKE ?",
        (series_id, ANON_PREFIX + "%"),
    ).fetchall()
    found = {value for row in rows for value in row if value and "@" in value}
    kept = raw.execute(
        "SELECT email, person_key FROM attendance_record WHERE webinar_id NOT IN "
        "(SELECT id FROM webinar WHERE series_id = ?) UNION SELECT email, NULL FROM person",
        (series_id,),
    ).fetchall()
    found -= {value for row in kept for value in row if value}
    return frozenset(value.encode("utf-8") for value in found)


def scrub(db: Database, wait_s: float) -> bool:
    """Rewrite the file without the freed pages (VACUUM, secure_delete on, temporary data
    in memory only), then empty the write-ahead log with a TRUNCATE checkpoint, retried
    for up to `wait_s` while another connection still reads an older snapshot.

    True when the checkpoint completed; False when a reader kept it from completing (or
    the file was too busy to VACUUM): the old pages may still be in the file.
    """
    pooled = db.engine.raw_connection()
    raw = pooled.driver_connection
    assert raw is not None
    complete = False
    try:
        raw.execute("PRAGMA secure_delete = ON")
        raw.execute("PRAGMA temp_store = MEMORY")
        try:
            raw.execute("VACUUM")
            deadline = time.monotonic() + wait_s
            while True:
                busy, log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                complete = busy == 0 and log in (0, -1)
                if complete or time.monotonic() >= deadline:
                    break
                time.sleep(0.05)
        except sqlite3.OperationalError:
            complete = False  # VACUUM itself found the file busy: the caller verifies all the same
        finally:
            raw.execute("PRAGMA secure_delete = OFF")
            raw.execute("PRAGMA temp_store = DEFAULT")
    finally:
        pooled.close()
    return complete
