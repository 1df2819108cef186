"""Engine and session factory for one SQLite file (db/server.py makes a PostgreSQL one).

Every connection gets the same pragmas (read back by a test): WAL so readers never block
the writer, synchronous=FULL so a commit survives a power cut, foreign keys enforced, and a
busy timeout so a second app instance waits instead of failing, and a 16 MiB page cache
(SQLite's default is 2 MiB: the summary's GROUP BY queries over 300,000 records then read
each page of the table from the operating system again and again, a second of system
time). WAL is switched on by the
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
import random
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ocse_planner.db.changes import (
    TRACKER_KEY,
    ChangeEntry,
    ChangeTracker,
    WriteReceipt,
    append,
    changes_after,
    check_guard,
    default_author,
    last_change_id,
)
from ocse_planner.db.errors import (
    DatabaseBusyError,
    ReadOnlyDatabaseError,
    ServerUnavailableError,
    is_busy,
    is_disconnect,
    is_retryable,
)
from ocse_planner.db.location import Location, ServerLocation, describe, parse_location
from ocse_planner.services.errors import ChangedElsewhereError, ConflictError

T = TypeVar("T")
RETRY_ATTEMPTS = 5  # write_retrying: runs of one transaction that collided with another writer
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


# Pages SQLite keeps in memory per connection (negative: KiB). Fills only as pages are read.
CACHE_SIZE = -16 * 1024


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
            cursor.execute(f"PRAGMA cache_size = {CACHE_SIZE}")
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
_CLASH_STATES = {"23505", "23503"}  # PostgreSQL: unique_violation, foreign_key_violation (RESTRICT too)


def clashes(exc: IntegrityError) -> bool:
    """Whether a constraint failure is a clash with other records (UNIQUE, FOREIGN KEY).

    An ON DELETE RESTRICT refusal comes as SQLITE_CONSTRAINT_TRIGGER with SQLite's
    "FOREIGN KEY constraint failed" text, so the text is read too.
    """
    if getattr(exc.orig, "sqlite_errorcode", None) in _CLASH_CODES:
        return True
    if getattr(exc.orig, "sqlstate", None) in _CLASH_STATES:
        return True
    text = str(exc.orig)
    return "UNIQUE constraint failed" in text or "FOREIGN KEY constraint failed" in text


class Database:
    """An open planner — a file or a team database —, its engine and the two kinds of session.

    Callers own their sessions (`with db.write() as s:` commits on success and rolls back
    on error); services receive the session and never open their own. Every write
    transaction appends its line to the change log (db/changes.py) before it commits;
    `session.info["receipt"]` then says what it did, and a later write guarded by that
    receipt refuses to run over another client's change to the same records.
    """

    def __init__(
        self,
        location: Location | str,
        engine: Engine,
        on_close: Callable[[], None] | None = None,
        *,
        read_only: bool = False,
        read_only_reason: str = "",
        author: str | None = None,
        client_id: str | None = None,
    ) -> None:
        self.location: Location = parse_location(location) if isinstance(location, str) else location
        self.is_server = isinstance(self.location, ServerLocation)
        self.path: Path | None = None if isinstance(self.location, ServerLocation) else self.location
        self.engine = engine
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self.client_id = client_id or uuid.uuid4().hex
        self._author = author
        self._on_close = on_close
        self._write = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._write, "after_flush", _track_flush)
        event.listen(self._write, "do_orm_execute", _track_statement)
        reader = engine.execution_options(**{_BEGIN_OPTION: "DEFERRED"})
        self._read = sessionmaker(reader, expire_on_commit=False)

    @property
    def name(self) -> str:
        """The file's path, or the team database's URL without password."""
        return describe(self.location)

    @property
    def author(self) -> str:
        """Who this app's changes are logged as: a name from preferences, else the server
        role, else the login name."""
        if self._author is None:
            if self.is_server:
                with self.engine.connect() as conn:
                    self._author = str(conn.exec_driver_sql("SELECT current_user").scalar())
            else:
                self._author = default_author()
        return self._author

    def set_author(self, name: str | None) -> None:
        self._author = (name or "").strip()[:200] or None

    @contextmanager
    def _user_errors(self) -> Iterator[None]:
        """"database is locked", a clash, a stale version: each one line saying what to do."""
        try:
            yield
        except IntegrityError as exc:
            if not clashes(exc):
                raise
            raise ConflictError("The change clashes with another record ({detail}); nothing was saved. "
                                "Reload and try again.", detail=first_line(exc)) from exc
        except (OperationalError, DBAPIError) as exc:
            if is_busy(exc):
                raise DatabaseBusyError(self.location, busy_timeout_ms() / 1000) from exc
            if self.is_server and is_disconnect(exc):
                raise ServerUnavailableError(self.location, "cannot be reached ({detail})",
                                             detail=first_line(exc)) from exc
            raise
        except StaleDataError as exc:
            raise ChangedElsewhereError("This record was changed elsewhere since you opened it; "
                                        "reload it and edit again.") from exc

    @contextmanager
    def write(self, *, guard: WriteReceipt | None = None, description: str | None = None) -> Iterator[Session]:
        """A transaction that may write: committed when the block ends without error.

        `guard`: the receipt of an earlier write of this step (undo, redo); raises
        ChangedElsewhereError, writing nothing, if another client has since changed a
        record that step touched or this one touches. `description` replaces the
        derived one-line description in the change log.
        """
        if self.read_only:
            if self.read_only_reason:
                raise ReadOnlyDatabaseError(self.location, "is open for reading only ({why}); nothing was changed",
                                            why=self.read_only_reason)
            raise ReadOnlyDatabaseError(self.location, "is open for reading only; nothing was changed")
        author = self.author
        with self._user_errors(), self._write.begin() as session:
            tracker = ChangeTracker()
            session.info[TRACKER_KEY] = tracker
            yield session
            session.flush()
            touched = tracker.records
            if guard is not None:
                check_guard(session, self.client_id, guard, touched)
            change_id = append(session, tracker, author=author, client=self.client_id, description=description)
            session.info.pop(TRACKER_KEY, None)
            session.info[RECEIPT_KEY] = WriteReceipt(
                change_id if change_id is not None else last_change_id(session), touched)

    def write_retrying(
        self, work: Callable[[Session], T], *, attempts: int = RETRY_ATTEMPTS, guard: WriteReceipt | None = None,
    ) -> tuple[T, WriteReceipt | None]:
        """Run `work(session)` in a write transaction; re-run it, a bounded number of times,
        when it collided with another writer: a number (webinar, agenda position, release)
        taken meanwhile, a serialization failure or deadlock. `work` must compute what it
        stores inside the transaction (max + 1, never a number read before), so a re-run
        picks the next free one; one that re-validates turns a real clash into its error.

        Returns the result and the write's receipt.
        """
        attempt = 1
        while True:
            try:
                with self.write(guard=guard) as session:
                    result = work(session)
                return result, session.info.get(RECEIPT_KEY)
            except (DBAPIError, ConflictError) as exc:
                collision = exc.__cause__ if isinstance(exc, ConflictError) else exc
                if attempt >= attempts or collision is None or not is_retryable(collision):
                    raise
            time.sleep(random.uniform(0, 0.01 * attempt))  # let the other writer finish
            attempt += 1

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

    def last_change_id(self) -> int:
        with self.read() as session:
            return last_change_id(session)

    def changes_after(self, change_id: int, limit: int = 100) -> list[ChangeEntry]:
        with self.read() as session:
            return changes_after(session, change_id, limit)

    def close(self) -> None:
        self.engine.dispose()
        if self._on_close is not None:
            self._on_close()
            self._on_close = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


RECEIPT_KEY = "receipt"


def _track_flush(session: Session, _context: Any) -> None:
    tracker = session.info.get(TRACKER_KEY)
    if tracker is not None:
        tracker.record_flush(session)


def _track_statement(state: ORMExecuteState) -> None:
    tracker = state.session.info.get(TRACKER_KEY)
    if tracker is not None and (state.is_insert or state.is_update or state.is_delete):
        tracker.record_statement(state.statement, state.parameters)


def first_line(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    text = str(original).strip().splitlines()
    return text[0] if text else type(original).__name__
