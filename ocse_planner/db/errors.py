"""Why a planner file cannot be used: one family of file errors, each naming the file.

They are `FileError`s (services/errors.py): the command line prints one as its error
line, the window shows it in a message box, and each reason is a template a translation
can replace. Arguments quoting a damaged file's own bytes (SQLite's "malformed schema"
text) are shown on one printable line, cut when long.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ocse_planner.services.errors import N_, FileError


class DatabaseOpenError(FileError):
    """A file the app cannot open; the message names the file and says why."""


class SchemaTooNewError(DatabaseOpenError):
    """The file names a schema revision this app does not know."""


class DatabaseBusyError(DatabaseOpenError):
    """Another program held the file's write lock for longer than the busy timeout."""

    def __init__(self, path: Path | str, timeout_s: float) -> None:
        super().__init__(
            path,
            N_("is busy: another program is writing to it and kept it locked for more than {seconds:g} s. "
               "Close that program (or wait until it has finished) and try again"),
            seconds=timeout_s,
        )


_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED (and their extended codes, modulo 256)


def is_busy(exc: BaseException) -> bool:
    """Whether `exc` (sqlite3's, or SQLAlchemy's wrapping it) means "locked by someone else"."""
    original = getattr(exc, "orig", None) or exc
    if not isinstance(original, sqlite3.OperationalError):
        return False
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _BUSY_CODES
    text = str(original).lower()
    return "locked" in text or "busy" in text
