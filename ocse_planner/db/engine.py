"""Engine and session factory for one SQLite file.

Every connection gets the same pragmas (read back by a test): WAL so readers never block
the writer, synchronous=FULL so a commit survives a power cut, foreign keys enforced, and a
busy timeout so a second app instance waits instead of failing. WAL is switched on by the
first write, not on connecting: a file that is only read (a backup opened to look at it,
`stats`, an export) keeps its header byte for byte.

Write transactions start with BEGIN IMMEDIATE: SQLite's default deferred BEGIN lets two
processes read the same row and then both write, losing one update without any error.
Read-only sessions keep a deferred BEGIN so they never wait for a writer.

A read-only engine (`read_only=True`) never writes and leaves nothing beside the file:
`read_uri` picks how to open it (see there).

What a user can meet inside a session leaves it as a user error (services/errors.py): a
file another program keeps locked (DatabaseBusyError); a write that breaks a UNIQUE or
FOREIGN KEY constraint, i.e. clashes with other records (two windows adding the same
thing, a record deleted elsewhere that this one refers to: ConflictError); an UPDATE
finding its row's version moved on (ChangedElsewhereError). A CHECK constraint failing
means a service let a bad value through: that stays a fault.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ocse_planner.db.errors import DatabaseBusyError, is_busy
from ocse_planner.services.errors import ChangedElsewhereError, ConflictError

BUSY_TIMEOUT_MS = 10_000
BUSY_TIMEOUT_ENV = "OCSE_PLANNER_BUSY_TIMEOUT_MS"  # how long to wait for another writer
_BEGIN_OPTION = "ocse_begin"


def busy_timeout_ms() -> int:
    """The busy timeout: 10 s, or what OCSE_PLANNER_BUSY_TIMEOUT_MS says (scripts, tests)."""
    try:
        return max(0, int(os.environ.get(BUSY_TIMEOUT_ENV, BUSY_TIMEOUT_MS)))
    except ValueError:
        return BUSY_TIMEOUT_MS


def read_uri(path: Path) -> tuple[str, bool]:
    """How to open `path` for reading only: (sqlite3 URI or path, whether it is a URI).

    * File and folder writable: an ordinary connection with `query_only`. SQLite removes
      the -wal/-shm it creates when the last connection closes.
    * Otherwise, with no -wal beside the file: `immutable=1`. A read-only connection to a
      WAL-mode file would create -wal/-shm files it never removes (or, in a read-only
      folder, fail as if the file were damaged); with no -wal there is nothing to read
      from one, and nobody with our rights can be writing the file.
    * Otherwise (a -wal holds committed pages): `mode=ro`, using the -wal/-shm there.
    """
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return str(path), False
    if not path.with_name(path.name + "-wal").exists():
        return f"file:{path.as_posix()}?mode=ro&immutable=1", True
    return f"file:{path.as_posix()}?mode=ro", True


def make_engine(
    path: Path | str, *, read_only: bool = False, foreign_keys: bool = True, **kwargs: Any
) -> Engine:
    """An engine for `path`; `foreign_keys=False` only for migrations, which rebuild tables."""
    path = Path(path)
    timeout = busy_timeout_ms()
    if read_only:
        target, is_uri = read_uri(path)
        url = f"sqlite:///{target}" + ("&uri=true" if is_uri else "")
    else:
        url = f"sqlite:///{path.as_posix()}"
    engine = create_engine(
        url,
        connect_args={"timeout": timeout / 1000, "check_same_thread": False},
        **kwargs,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is deferred).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {timeout}")
            cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
            if read_only:
                cursor.execute("PRAGMA query_only = ON")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if read_only:
            conn.exec_driver_sql("BEGIN DEFERRED")
            return
        mode = conn.get_execution_options().get(_BEGIN_OPTION, "IMMEDIATE")
        if mode == "IMMEDIATE" and not conn.info.get("wal"):
            # The first write of this connection: WAL from now on (a no-op once the file is).
            conn.exec_driver_sql("PRAGMA journal_mode = WAL")
            conn.info["wal"] = True
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


_CLASH_CODES = {
    2067,  # SQLITE_CONSTRAINT_UNIQUE
    1555,  # SQLITE_CONSTRAINT_PRIMARYKEY
    787,  # SQLITE_CONSTRAINT_FOREIGNKEY
}


def clashes(exc: IntegrityError) -> bool:
    """Whether a constraint failure is a clash with other records (UNIQUE, FOREIGN KEY).

    An ON DELETE RESTRICT refusal comes as SQLITE_CONSTRAINT_TRIGGER with SQLite's
    "FOREIGN KEY constraint failed" text, so the text is read too.
    """
    if getattr(exc.orig, "sqlite_errorcode", None) in _CLASH_CODES:
        return True
    text = str(exc.orig)
    return "UNIQUE constraint failed" in text or "FOREIGN KEY constraint failed" in text


class Database:
    """An open planner file: its path, engine and the two kinds of session.

    Callers own their sessions (`with db.write() as s:` commits on success and rolls back
    on error); services receive the session and never open their own.
    """

    def __init__(self, path: Path | str, engine: Engine, on_close: Callable[[], None] | None = None) -> None:
        self.path = Path(path)
        self.engine = engine
        self._on_close = on_close
        self._write = sessionmaker(engine, expire_on_commit=False)
        reader = engine.execution_options(**{_BEGIN_OPTION: "DEFERRED"})
        self._read = sessionmaker(reader, expire_on_commit=False)

    @contextmanager
    def _user_errors(self) -> Iterator[None]:
        """"database is locked", a clash, a stale version: each one line saying what to do."""
        try:
            yield
        except OperationalError as exc:
            if is_busy(exc):
                raise DatabaseBusyError(self.path, busy_timeout_ms() / 1000) from exc
            raise
        except IntegrityError as exc:
            if not clashes(exc):
                raise
            raise ConflictError("The change clashes with another record ({detail}); nothing was saved. "
                                "Reload and try again.", detail=str(exc.orig)) from exc
        except StaleDataError as exc:
            raise ChangedElsewhereError("This record was changed elsewhere since you opened it; "
                                        "reload it and edit again.") from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that may write: committed when the block ends without error."""
        with self._user_errors(), self._write.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction; anything it flushes is rolled back.

        Closing (not rolling back) keeps loaded attributes readable after the block.
        """
        with self._user_errors():
            session = self._read()
            try:
                yield session
            finally:
                session.close()

    def close(self) -> None:
        self.engine.dispose()
        if self._on_close is not None:
            self._on_close()
            self._on_close = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
