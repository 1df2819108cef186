"""Why a planner (a file, or a team database) cannot be used: one family of file errors,
each naming the file or the database (its URL, never its password).

They are `FileError`s (services/errors.py): the command line prints one as its error
line, the window shows it in a message box, and each reason is a template a translation
can replace. Arguments quoting a damaged file's own bytes (SQLite's "malformed schema"
text) are shown on one printable line, cut when long.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ocse_planner.db.location import Location, ServerLocation, parse_location
from ocse_planner.services.errors import N_, FileError


class DatabaseOpenError(FileError):
    """A planner the app cannot open; the message names the file or database and says why.

    `path` is the file's Path, or the ServerLocation of a team database (shown as its
    URL without password); `is_server` tells them apart.
    """

    def __init__(self, path: Location | str, template: str, /, **arguments: object) -> None:
        location = parse_location(path) if isinstance(path, str) else path
        super().__init__(location if isinstance(location, Path) else location.display, template, **arguments)
        self.path: Location = location  # type: ignore[assignment]
        self.is_server = isinstance(location, ServerLocation)


class SchemaTooNewError(DatabaseOpenError):
    """The file names a schema revision this app does not know."""


class DatabaseBusyError(DatabaseOpenError):
    """Another program held the file's write lock for longer than the busy timeout."""

    def __init__(self, path: Location | str, timeout_s: float) -> None:
        super().__init__(
            path,
            N_("is busy: another program is writing to it and kept it locked for more than {seconds:g} s. "
               "Close that program (or wait until it has finished) and try again"),
            seconds=timeout_s,
        )


class ReadOnlyDatabaseError(DatabaseOpenError):
    """A write was attempted on a planner opened for reading only."""


class ServerUnavailableError(DatabaseOpenError):
    """The team database could not be reached, or refused the login (`needs_password`:
    the window asks for one and tries again)."""

    def __init__(self, path: Location | str, template: str, /, *, needs_password: bool = False,
                 **arguments: object) -> None:
        super().__init__(path, template, **arguments)
        self.needs_password = needs_password


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
