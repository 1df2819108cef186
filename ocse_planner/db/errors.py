"""Why a planner file (or team database) cannot be used: one exception family, each
naming the file or the database (its URL without password).

The command line prints these as one line; the window shows them in a message box.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from ocse_planner.db.location import Location, ServerLocation, parse_location


class DatabaseOpenError(Exception):
    """A planner the app cannot open; the message names the file or database and says why.

    `path` is the file's Path, or the ServerLocation of a team database (its str() is
    the URL without password); `is_server` tells them apart.
    """

    def __init__(self, path: Location | str, reason: str) -> None:
        self.path: Location = parse_location(path) if isinstance(path, str) else path
        self.is_server = isinstance(self.path, ServerLocation)
        # Reasons can quote a damaged file's own bytes (SQLite's "malformed schema" text):
        # keep the message one printable line for dialogs and the CLI.
        self.reason = "".join(c if c.isprintable() else " " for c in " ".join(reason.split()))[:300]
        super().__init__(f"{self.path}: {self.reason}")


class SchemaTooNewError(DatabaseOpenError):
    """The file names a schema revision this app does not know."""


class DatabaseBusyError(DatabaseOpenError):
    """Another program held the file's write lock for longer than the busy timeout."""

    def __init__(self, path: Location | str, timeout_s: float) -> None:
        super().__init__(
            path,
            f"is busy: another program is writing to it and kept it locked for more than "
            f"{timeout_s:g} s. Close that program (or wait until it has finished) and try again",
        )


class ReadOnlyDatabaseError(DatabaseOpenError):
    """A write was attempted on a planner opened for reading only."""


class ServerUnavailableError(DatabaseOpenError):
    """The team database could not be reached (or refused the login)."""

    def __init__(self, path: Location | str, reason: str, *, needs_password: bool = False) -> None:
        super().__init__(path, reason)
        self.needs_password = needs_password


class ChangedElsewhereError(Exception):
    """Someone else changed a record this step touches, after this step was made.

    Raised before commit (nothing is written) by a write guarded with a `WriteReceipt`:
    undoing or redoing would overwrite their change.
    """

    template = ("This was changed elsewhere: %1 %2 after your change (%3). Undoing it would overwrite "
                "theirs; reload and edit again.")

    def __init__(self, author: str, description: str, when: datetime) -> None:
        self.author, self.description, self.when = author, description, when
        self.template_args = (author, description, f"{when.astimezone():%H:%M}")
        text = self.template
        for number, value in reversed(list(enumerate(self.template_args, start=1))):
            text = text.replace(f"%{number}", value)
        super().__init__(text)


_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED (and their extended codes, modulo 256)


# PostgreSQL: lock_not_available (lock_timeout expired waiting for another writer).
_SERVER_BUSY_STATES = {"55P03"}


def is_busy(exc: BaseException) -> bool:
    """Whether `exc` (sqlite3's or psycopg's, or SQLAlchemy's wrapping it) means "locked by
    someone else"."""
    original = getattr(exc, "orig", None) or exc
    if getattr(original, "sqlstate", None) in _SERVER_BUSY_STATES:
        return True
    if not isinstance(original, sqlite3.OperationalError):
        return False
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _BUSY_CODES
    text = str(original).lower()
    return "locked" in text or "busy" in text


def is_disconnect(exc: BaseException) -> bool:
    """Whether a server error means the connection is gone (server down, network cut)."""
    if getattr(exc, "connection_invalidated", False):
        return True
    original = getattr(exc, "orig", None) or exc
    state = getattr(original, "sqlstate", None)
    return (state is None and type(original).__name__ == "OperationalError" and type(original).__module__.startswith(
        "psycopg")) or (isinstance(state, str) and state.startswith("08"))


# Unique violation (two writers took the same number), serialization failure, deadlock.
_RETRY_STATES = {"23505", "40001", "40P01"}
_SQLITE_CONSTRAINT_UNIQUE = 2067


def is_retryable(exc: BaseException) -> bool:
    """Whether re-running the whole transaction may succeed: another writer took the same
    number first (unique violation) or the server aborted one of two colliding transactions."""
    original = getattr(exc, "orig", None) or exc
    if getattr(original, "sqlstate", None) in _RETRY_STATES:
        return True
    return getattr(original, "sqlite_errorcode", None) == _SQLITE_CONSTRAINT_UNIQUE
