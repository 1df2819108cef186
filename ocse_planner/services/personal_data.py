"""Remove attendees' names and e-mails from a series, keeping every aggregate.

What is kept and why: the records themselves stay, anonymized — name, e-mail and
organization set to NULL, the person key replaced by an HMAC of the old key under a
random secret that is used for this purge only and never stored. Sector, attended,
minutes and registered are untouched, so every figure of the summary (per webinar,
per sector, unique participants, people who came to two or more webinars) is computed
exactly as before, from the same rows; no SectorCount copies are written, because the
summary adds hand-entered counts to the counted records and copies would double them.
With the secret gone the new keys cannot be turned back into addresses, even by trying
likely ones. Since the keys then match nothing in other editions, the purge first stores,
in the same transaction, the aggregate cross-edition figures a year-over-year comparison
needs (services/edition_matching.py): counts only.

"Removed" must mean gone from the file, not just unlinked: SQLite leaves deleted bytes in
free page space and old page images in the write-ahead log. So the purge runs with
``PRAGMA secure_delete=ON`` (freed space is zeroed), then ``VACUUM`` rewrites the file
(scrubbing copies left in pages freed before secure_delete was on, e.g. by page splits
during the import) with temp_store=MEMORY so no temporary copy lands on disk, then
``PRAGMA wal_checkpoint(TRUNCATE)`` empties the write-ahead log. That is connection-level
work outside a transaction, which is why this service takes the Database and not a session;
the SQL of it lives in db/purge.py.

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

**On a team database** (PostgreSQL) the same anonymization runs in one transaction, then
`VACUUM` on the attendance table so the old row versions are removed from it. What the
app cannot do there, and says (`PurgeResult.server_note`): read the server's files to
verify, or reach the server's own backups, archived write-ahead log and replicas, which
keep the removed data until they expire — the database administrator's business.
"""

from __future__ import annotations

import hashlib
import hmac
import random
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

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
from ocse_planner.db.purge import ANON_PREFIX, anonymize_series, anonymize_series_on_server, scrub
from ocse_planner.services.edition_matching import record_cross_edition_figures
from ocse_planner.services.errors import N_, UserError, render

VERIFY_SAMPLE = 25  # removed addresses searched for in the file's bytes


class PurgeIncomplete(UserError):
    """The records are anonymized but the file still holds removed addresses (another
    connection kept an old snapshot open). `pending` is what to search for on retrying."""

    def __init__(self, path: Path, found: int, pending: frozenset[bytes], records_purged: int) -> None:
        super().__init__(
            N_("{path}: the attendance records were anonymized, but the file still holds removed e-mail "
               "addresses ({found} of {checked} checked) because another program or window is reading it. "
               "Close the other program or window, then try again to finish scrubbing."),
            path=path, found=found, checked=min(len(pending), VERIFY_SAMPLE),
        )
        self.path = path
        self.pending = pending
        self.records_purged = records_purged


@dataclass(frozen=True)
class PurgeResult:
    series_id: int
    records_purged: int
    backup: Path | None = None  # the fresh copy made after scrubbing
    stale_backups: tuple[Path, ...] = ()  # older copies that still hold the removed data
    server_note: str | None = None  # a team database: what could not be guaranteed there


SERVER_NOTE = N_(
    "The records were anonymized on the team database and its attendance table vacuumed. "
    "The server's own backups, archived write-ahead log and replicas may still hold the removed "
    "names and e-mails until they expire: ask the database administrator.")
SERVER_NOTE_NO_VACUUM = N_(
    "The records were anonymized on the team database, but its attendance table could not be vacuumed "
    "({detail}): old row versions stay in it until the administrator runs VACUUM. The server's own backups, "
    "archived write-ahead log and replicas may still hold the removed names and e-mails until they expire: "
    "ask the database administrator.")


def purge_times(session: Session) -> list[datetime]:
    """When personal data was removed from this file (aware UTC instants, oldest first)."""
    return list(session.scalars(select(PersonalDataPurge.purged_at).order_by(PersonalDataPurge.purged_at)))


def stale_backups(db: Database) -> dict[Path, datetime]:
    """Backups of the file that predate a purge, each with the latest purge after it
    (none for a team database: its backups are the server's)."""
    if db.path is None:
        return {}
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
            | (~ar.person_key.startswith(ANON_PREFIX)),
        )
    ) or 0)


def _one_time_keys() -> Callable[[str], str]:
    """A person key's replacement: an HMAC under a secret made for this purge and never
    stored, so the same person keeps one key across the series' webinars (returning
    participants still count) and nobody can turn the keys back into addresses."""
    secret = secrets.token_bytes(32)

    def rekey(key: str) -> str:
        return ANON_PREFIX + hmac.new(secret, key.encode("utf-8"), hashlib.sha256).hexdigest()[:40]

    return rekey


def purge_personal_data(
    db: Database, series_id: int, *, backup: bool = True, keep_backups: int | None = None
) -> PurgeResult:
    """Anonymize the series' attendance records and scrub the file; record the purge.

    With `backup`, a copy is made only after the scrub, and the older backups are pruned
    to `keep_backups` when given; the result lists the backups that predate the purge.
    Raises PurgeIncomplete when the scrub cannot be verified (see the module docstring).
    """
    if db.path is None:
        return _purge_on_server(db, series_id)
    count, pending = anonymize_series(db, series_id, _one_time_keys(), before=_keep_cross_edition_figures(series_id))
    _scrub(db, pending, count)
    return _after_scrub(db, series_id, count, backup, keep_backups)


def _keep_cross_edition_figures(series_id: int) -> Callable[[Session], object]:
    """What the purge runs in its transaction while the identities are still there: the
    counts a comparison of editions needs afterwards (services/edition_matching.py)."""
    return lambda session: record_cross_edition_figures(session, series_id)


def _purge_on_server(db: Database, series_id: int) -> PurgeResult:
    """The team database's purge, and the note on what it cannot guarantee there."""
    count, vacuum_failed = anonymize_series_on_server(db, series_id, _one_time_keys(),
                                                      before=_keep_cross_edition_figures(series_id))
    note = render(SERVER_NOTE, {}) if vacuum_failed is None else render(
        SERVER_NOTE_NO_VACUUM, {"detail": vacuum_failed})
    return PurgeResult(series_id, count, server_note=note)


def finish_scrub(
    db: Database, series_id: int, pending: frozenset[bytes], records_purged: int, *,
    backup: bool = True, keep_backups: int | None = None,
) -> PurgeResult:
    """Retry the scrub after PurgeIncomplete (the records are already anonymized)."""
    _scrub(db, pending, records_purged)
    return _after_scrub(db, series_id, records_purged, backup, keep_backups)


def _scrub(db: Database, pending: frozenset[bytes], records_purged: int) -> None:
    """VACUUM and a complete checkpoint (waiting for readers up to about twice the busy
    timeout), then search the file's bytes for what was removed."""
    complete = scrub(db, wait_s=max(1.0, 2 * busy_timeout_ms() / 1000))
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
