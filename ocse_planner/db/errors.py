"""Why a planner file cannot be used: one exception family, each naming the file.

The command line prints these as one line; the window shows them in a message box.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class DatabaseOpenError(Exception):
    """A file the app cannot open; the message names the file and says why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        # Reasons can quote a damaged file's own bytes (SQLite's "malformed schema" text):
        # keep the message one printable line for dialogs and the CLI.
        self.reason = "".join(c if c.isprintable() else " " for c in " ".join(reason.split()))[:300]
        super().__init__(f"{self.path}: {self.reason}")


class SchemaTooNewError(DatabaseOpenError):
    """The file names a schema revision this app does not know."""


class DatabaseBusyError(DatabaseOpenError):
    """Another program held the file's write lock for longer than the busy timeout."""

    def __init__(self, path: Path | str, timeout_s: float) -> None:
        super().__init__(
            path,
            f"is busy: another program is writing to it and kept it locked for more than "
            f"{timeout_s:g} s. Close that program (or wait until it has finished) and try again",
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
