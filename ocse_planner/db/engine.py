"""Engine and session factory for one SQLite file.

Every connection gets the same pragmas (read back by a test): WAL so readers never block
the writer, synchronous=FULL so a commit survives a power cut, foreign keys enforced, and a
busy timeout so a second app instance waits instead of failing.

Write transactions start with BEGIN IMMEDIATE: SQLite's default deferred BEGIN lets two
processes read the same row and then both write, losing one update without any error.
Read-only sessions keep a deferred BEGIN so they never wait for a writer.

A write that breaks a UNIQUE or FOREIGN KEY constraint clashes with other records (two
windows adding the same thing, a record deleted elsewhere that this one refers to): it
leaves the write block as a ConflictError the user reads, not as a database exception.
A CHECK constraint failing means a service let a bad value through: that stays a fault.
Likewise an UPDATE that finds its row's version moved on (another program saved the same
record in between) becomes a ChangedElsewhereError.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ocse_planner.services.errors import ChangedElsewhereError, ConflictError

BUSY_TIMEOUT_MS = 10_000
_BEGIN_OPTION = "ocse_begin"


def make_engine(
    path: Path | str, *, read_only: bool = False, foreign_keys: bool = True, **kwargs: Any
) -> Engine:
    """An engine for `path`; `foreign_keys=False` only for migrations, which rebuild tables."""
    path = Path(path)
    if read_only:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        **kwargs,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own is deferred).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
            if not read_only:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get(_BEGIN_OPTION, "IMMEDIATE")
        conn.exec_driver_sql("BEGIN DEFERRED" if read_only else f"BEGIN {mode}")

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

    def __init__(self, path: Path | str, engine: Engine) -> None:
        self.path = Path(path)
        self.engine = engine
        self._write = sessionmaker(engine, expire_on_commit=False)
        reader = engine.execution_options(**{_BEGIN_OPTION: "DEFERRED"})
        self._read = sessionmaker(reader, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that may write: committed when the block ends without error."""
        try:
            with self._write.begin() as session:
                yield session
        except IntegrityError as exc:
            if not clashes(exc):
                raise
            raise ConflictError("The change clashes with another record ({detail}); nothing was saved. "
                                "Reload and try again.", detail=str(exc.orig)) from exc
        except StaleDataError as exc:
            raise ChangedElsewhereError("This record was changed elsewhere since you opened it; "
                                        "reload it and edit again.") from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction; anything it flushes is rolled back.

        Closing (not rolling back) keeps loaded attributes readable after the block.
        """
        session = self._read()
        try:
            yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
