"""The storage side of removing attendees' personal data: anonymize rows, scrub the file.

services/personal_data.py decides what is removed, with which keys, and whether the file
is clean afterwards; this module is the SQL and the SQLite connection-level work it needs
(secure_delete, VACUUM, a complete checkpoint), which ORM sessions cannot do, and the same
anonymization on a team database (one transaction, then VACUUM of the table). Either
leaves its line in the change log.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.exc import DBAPIError
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
                # what presenters were sent holds their addresses too (services/invitations.py)
                raw.execute("DELETE FROM sent_invitation WHERE series_id = ?", (series_id,))
                now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
                raw.execute(
                    "INSERT INTO personal_data_purge (series_id, purged_at, records_purged) VALUES (?, ?, ?)",
                    (series_id, now, count),
                )
                raw.execute(
                    "INSERT INTO change_log (changed_at, author, client, description, record_table, record_id, "
                    "records) VALUES (?, ?, ?, ?, 'series', ?, 'attendance_record:*')",
                    (now, db.author, db.client_id, _described(count), series_id),
                )
        finally:
            raw.execute("PRAGMA secure_delete = OFF")
    return count, removed


def _described(count: int) -> str:
    return f"removed the personal data of {count} attendance records"


def anonymize_series_on_server(
    db: Database, series_id: int, rekey: Callable[[str], str], before: Callable[[Session], object] | None = None
) -> tuple[int, str | None]:
    """A team database's purge: clear and rekey the records and record the purge in one
    write transaction (the writers' lock held), then VACUUM the table so the old row
    versions leave it. `before(session)` runs first in that transaction, as for a file.
    Returns how many records changed and, when VACUUM could not run (the role does not
    own the table), the server's reason."""
    from sqlalchemy import delete, select, update

    from ocse_planner.db.changes import note_change
    from ocse_planner.db.models import AttendanceRecord as Record
    from ocse_planner.db.models import PersonalDataPurge, SentInvitation, Webinar

    with db.write() as session:
        if before is not None:
            before(session)
            session.flush()
        rows = session.execute(select(Record.id, Record.person_key).where(
            Record.webinar_id.in_(select(Webinar.id).where(Webinar.series_id == series_id)),
            ~Record.person_key.startswith(ANON_PREFIX) | Record.name.is_not(None) | Record.email.is_not(None)
            | Record.organization_name.is_not(None),
        )).all()
        updates = [{"id": record_id, "name": None, "email": None, "organization_name": None,
                    "person_key": key if key.startswith(ANON_PREFIX) else rekey(key)} for record_id, key in rows]
        if updates:
            session.execute(update(Record), updates)
        session.execute(delete(SentInvitation).where(SentInvitation.series_id == series_id))
        session.add(PersonalDataPurge(series_id=series_id, records_purged=len(updates)))
        note_change(session, "attendance_record", None, "changed", _described(len(updates)))
    try:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM attendance_record")
    except DBAPIError as exc:  # not the table's owner, say: the records are anonymized all the same
        return len(updates), str(exc.orig).strip().splitlines()[0]
    return len(updates), None


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
    rows += raw.execute("SELECT recipient_email, NULL FROM sent_invitation WHERE series_id = ?",
                        (series_id,)).fetchall()
    found = {value for row in rows for value in row if value and "@" in value}
    kept = raw.execute(
        "SELECT email, person_key FROM attendance_record WHERE webinar_id NOT IN "
        "(SELECT id FROM webinar WHERE series_id = ?) UNION SELECT email, NULL FROM person "
        "UNION SELECT recipient_email, NULL FROM sent_invitation WHERE series_id <> ?",
        (series_id, series_id),
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
