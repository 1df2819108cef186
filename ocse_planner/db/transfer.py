"""Copying a whole planner between any two back-ends: file → server to start team mode,
server → file for an offline copy or an archive, file → file, server → server.

* **Source**: read in one read-only transaction (a consistent snapshot: SQLite's read
  transaction, PostgreSQL's REPEATABLE READ), at its own schema revision; nothing is
  written to it.
* **Destination**: written in one transaction. A file is built beside the target and
  moved into place only once verified (a failed copy leaves nothing and the old file
  untouched; a replaced planner file is first backed up); a team database gets its
  schema, the rows and the sequence positions in one PostgreSQL transaction (DDL is
  transactional there), holding the writers' lock. The schema is created by the same
  Alembic revisions, up to the source's revision, so the two have the same tables.
* **Refused**: a destination holding a planner, unless `replace`; a destination holding
  anything else (another program's file or tables), always; the source itself.
* **Checked** before success is reported: the row count of every table and a SHA-256
  over every row of every table (values in a canonical text form, rows in primary-key
  order), computed from the rows read and again from the destination inside its
  transaction. A mismatch rolls the copy back.

Rows keep their ids; PostgreSQL's id sequences are moved past the highest id. A table
that refers to itself (an organization's parent) is copied with that link empty first
and linked in a second pass, so no row names one not yet copied.
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time as time_of_day
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, MetaData, Table, func, select, text
from sqlalchemy.pool import NullPool

from ocse_planner.db.bulk import insert_rows
from ocse_planner.db.errors import DatabaseOpenError
from ocse_planner.db.location import Location, ServerLocation, describe, parse_location

# Tables every database has of its own: the schema revision and the application's mark.
OWN_TABLES = frozenset({"alembic_version", "planner_meta"})
BATCH = 2000

Progress = Callable[[int, int], None]  # (rows copied, rows in all); may raise to cancel


class CopyError(DatabaseOpenError):
    """A copy that was refused or failed; nothing was changed at the destination."""


@dataclass(frozen=True)
class CopyReport:
    source: str
    destination: str
    revision: str
    rows: dict[str, int]  # table -> rows copied (and found at the destination)
    digest: str  # SHA-256 of every table's content, equal on both sides
    seconds: float
    replaced_backup: Path | None = None  # the copy kept of a replaced planner file

    @property
    def total(self) -> int:
        return sum(self.rows.values())


# --- canonical content ----------------------------------------------------------------------

def canonical(value: Any) -> str:
    """A value as the same text whichever back-end it was read from."""
    if value is None:
        return "\x00"
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int):
        return str(int(value))
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, date | time_of_day):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, enum.Enum):
        return canonical(value.value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return str(value)


def _text_or_null(value: Any) -> str:
    return "\x00" if value is None else value


def _number_or_null(value: Any) -> str:
    return "\x00" if value is None else str(int(value))


def _converter(column: Any) -> Callable[[Any], str]:
    """`canonical` specialised for a column's type (the hash reads millions of values)."""
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return canonical
    if kind is str:
        return _text_or_null
    if kind in (int, bool):
        return _number_or_null
    return canonical


@dataclass
class ContentHash:
    """Row counts and a SHA-256 per table, folded into one digest in table-name order.

    A row is its values as text (`canonical`), in column-name order, separated by a
    character no stored text holds (the input rule refuses control characters)."""

    tables: dict[str, hashlib._Hash] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)

    def start(self, table: Table) -> None:
        digest = hashlib.sha256()
        digest.update(json.dumps([table.name, sorted(c.name for c in table.columns)]).encode())
        self.tables[table.name] = digest
        self.rows[table.name] = 0

    def add(self, table: Table, rows: list[tuple[Any, ...]]) -> None:
        digest = self.tables[table.name]
        columns = list(table.columns)
        order = sorted(range(len(columns)), key=lambda i: columns[i].name)
        convert = [(i, _converter(columns[i])) for i in order]
        for row in rows:
            digest.update("\x1f".join([as_text(row[i]) for i, as_text in convert]).encode("utf-8", "surrogatepass"))
            digest.update(b"\x1e")
        self.rows[table.name] += len(rows)

    @property
    def digest(self) -> str:
        total = hashlib.sha256()
        for name in sorted(self.tables):
            total.update(f"{name}:{self.rows[name]}:{self.tables[name].hexdigest()}\n".encode())
        return total.hexdigest()


def _ordered_rows(conn: Connection, table: Table) -> Iterator[list[tuple[Any, ...]]]:
    """The table's rows in primary-key order, in batches, as tuples in column order."""
    keys = list(table.primary_key.columns) or list(table.columns)
    result = conn.execution_options(yield_per=BATCH).execute(select(*table.columns).order_by(*keys))
    for batch in result.partitions(BATCH):
        yield [tuple(row) for row in batch]


def content_hash(conn: Connection, tables: list[Table]) -> ContentHash:
    found = ContentHash()
    for table in tables:
        found.start(table)
        for rows in _ordered_rows(conn, table):
            found.add(table, rows)
    return found


# --- the tables of one schema -------------------------------------------------------------

def planner_tables(conn: Connection) -> list[Table]:
    """The data tables of the database on `conn` (reflected), parents before children.

    Reflection types the columns the same on both back-ends (a JSON column reads as
    lists and dicts, a timestamp as a naive datetime), and a table of an older revision
    is copied as it is.
    """
    reflected = MetaData()
    reflected.reflect(conn)
    return [t for t in reflected.sorted_tables if t.name not in OWN_TABLES]


def _revision(conn: Connection) -> str:
    return str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one())


# --- sources --------------------------------------------------------------------------------

@contextmanager
def _source(location: Location) -> Iterator[tuple[Connection, str]]:
    """A read-only transaction on the source planner, and its revision."""
    if isinstance(location, ServerLocation):
        from ocse_planner.db.server import inspect_server, make_server_engine, server_errors

        state = inspect_server(location)
        if state.revision is None:
            raise CopyError(location, "holds no planner to copy")
        engine = make_server_engine(location, read_only=True, poolclass=NullPool)
        try:
            with server_errors(location), engine.connect() as conn, conn.begin():
                yield conn, _revision(conn)
        finally:
            engine.dispose()
        return
    from ocse_planner.db.engine import make_engine
    from ocse_planner.db.migrate import inspect_revision

    if not location.exists():
        raise CopyError(location, "does not exist")
    state = inspect_revision(location)
    if state.revision is None:
        raise CopyError(location, "holds no planner to copy (it is empty)")
    engine = make_engine(location, read_only=True, poolclass=NullPool)
    try:
        with engine.connect() as conn, conn.begin():
            yield conn, _revision(conn)
    finally:
        engine.dispose()


# --- the copy itself ------------------------------------------------------------------------

def _copy_rows(
    source: Connection, destination: Connection, tables: list[Table], total: int, progress: Progress | None,
    where: Location,
) -> ContentHash:
    """Insert every row of every table; the hash of what was read."""
    from sqlalchemy import JSON

    read = ContentHash()
    done = 0
    by_name = {t.name: t for t in planner_tables(destination)}
    server = destination.dialect.name == "postgresql"
    for table in tables:
        target = by_name.get(table.name)
        if target is None:
            raise CopyError(where, "has no table {table} to copy into", table=table.name)
        columns = [c.name for c in table.columns]
        missing = set(columns) - set(target.c.keys())
        if missing:
            raise CopyError(where, "table {table} has no column {columns} to copy into", table=table.name,
                            columns=", ".join(sorted(missing)))
        # A link to the same table (an organization's parent) is set in a second pass.
        self_links = [columns.index(fk.parent.name) for fk in target.foreign_keys
                      if fk.column.table.name == target.name]
        json_columns = frozenset(c.name for c in target.columns if isinstance(c.type, JSON))
        read.start(table)
        later: list[dict[str, Any]] = []
        for rows in _ordered_rows(source, table):
            read.add(table, rows)
            if self_links:
                later.extend({"pk": r[columns.index("id")], **{columns[i]: r[i] for i in self_links}} for r in rows
                             if any(r[i] is not None for i in self_links))
                rows = [tuple(None if i in self_links else v for i, v in enumerate(r)) for r in rows]
            if server:
                insert_rows(destination, target.name, columns, rows, json_columns=json_columns)
            else:  # SQLAlchemy's types write values exactly as the app does (datetime text, JSON)
                destination.execute(target.insert(), [dict(zip(columns, r, strict=True)) for r in rows])
            done += len(rows)
            if progress is not None:
                progress(done, total)
        if later:
            from sqlalchemy import bindparam

            names = [columns[i] for i in self_links]
            statement = target.update().where(target.c.id == bindparam("pk")).values(
                {c: bindparam(c) for c in names})
            destination.execute(statement, later)
    return read


def _count_rows(conn: Connection, tables: list[Table]) -> int:
    return sum(int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables)


def _verify(read: ContentHash, destination: Connection, where: Location) -> ContentHash:
    written = content_hash(destination, planner_tables(destination))
    if written.rows != read.rows:
        wrong = sorted(n for n in read.rows if written.rows.get(n) != read.rows[n])
        raise CopyError(where, "the copy was checked and rolled back: row counts differ in {tables}",
                        tables=", ".join(wrong))
    if written.digest != read.digest:
        wrong = sorted(n for n in read.tables if written.tables[n].hexdigest() != read.tables[n].hexdigest())
        raise CopyError(where, "the copy was checked and rolled back: content differs in {tables}",
                        tables=", ".join(wrong))
    return written


def _empty_seeded_rows(conn: Connection) -> None:
    """A schema built by the revisions holds their default rows (sectors); the copy brings its own."""
    for table in reversed(planner_tables(conn)):
        conn.execute(table.delete())


def copy_planner(
    source: Location | str, destination: Location | str, *, replace: bool = False, progress: Progress | None = None,
) -> CopyReport:
    """Copy the planner at `source` to `destination` (see the module docstring)."""
    started = time.monotonic()
    src, dest = parse_location(source), parse_location(destination)
    if describe(src) == describe(dest) or (
            isinstance(src, Path) and isinstance(dest, Path) and dest.exists() and src.exists()
            and os.path.samefile(src, dest)):
        raise CopyError(dest, "is the planner being copied; choose another destination")
    with _source(src) as (reader, revision):
        tables = planner_tables(reader)
        total = _count_rows(reader, tables)
        if isinstance(dest, ServerLocation):
            read, written = _to_server(reader, tables, total, revision, dest, replace, progress)
            backup = None
        else:
            read, written, backup = _to_file(reader, tables, total, revision, dest, replace, progress)
    return CopyReport(describe(src), describe(dest), revision, dict(written.rows), written.digest,
                      time.monotonic() - started, backup)


def _to_server(
    reader: Connection, tables: list[Table], total: int, revision: str, dest: ServerLocation, replace: bool,
    progress: Progress | None,
) -> tuple[ContentHash, ContentHash]:
    from ocse_planner.db.server import _read_state, make_server_engine, server_errors, upgrade_server

    engine = make_server_engine(dest, poolclass=NullPool)  # its transactions hold the writers' lock
    try:
        with server_errors(dest), engine.begin() as conn:
            state = _read_state(dest, conn)
            if state.has_tables:
                if not replace:
                    raise CopyError(dest, "already holds a planner; copy with --replace to overwrite it "
                                          "(nothing was changed)")
                drop_planner_tables(conn)
            upgrade_server(dest, revision, connection=conn)
            _empty_seeded_rows(conn)
            read = _copy_rows(reader, conn, tables, total, progress, dest)
            _move_sequences(conn)
            written = _verify(read, conn, dest)
        return read, written
    finally:
        engine.dispose()


def drop_planner_tables(conn: Connection) -> None:
    """Remove every table of a schema that holds a planner (identified before: only the
    planner's own tables are there). Same transaction as what follows."""
    names = conn.execute(text(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
        "AND table_type = 'BASE TABLE'")).scalars().all()
    for name in names:
        conn.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))


def _move_sequences(conn: Connection) -> None:
    """PostgreSQL: each id sequence continues after the highest id copied."""
    for table in planner_tables(conn):
        if "id" not in table.c:
            continue
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": f'"{table.name}"'}).scalar()
        if sequence:
            conn.execute(text(f'SELECT setval(:s, COALESCE((SELECT max(id) FROM "{table.name}"), 1), '
                              f'(SELECT max(id) FROM "{table.name}") IS NOT NULL)'), {"s": sequence})


def _to_file(
    reader: Connection, tables: list[Table], total: int, revision: str, dest: Path, replace: bool,
    progress: Progress | None,
) -> tuple[ContentHash, ContentHash, Path | None]:
    from ocse_planner.db.backup import make_backup, make_private
    from ocse_planner.db.engine import make_engine
    from ocse_planner.db.migrate import _inspect_read_only, upgrade

    if dest.is_dir():
        raise CopyError(dest, "is a folder; give a file name such as planner.db")
    if not dest.parent.is_dir():
        raise CopyError(dest, "cannot be created: folder {folder} does not exist", folder=dest.parent)
    existing = dest.exists() and dest.stat().st_size > 0
    if existing:
        state = _inspect_read_only(dest)  # another program's file: refused here, whatever --replace says
        if state.has_tables and not replace:
            raise CopyError(dest, "already holds a planner; copy with --replace to overwrite it (nothing was changed)")
        if dest.with_name(dest.name + "-wal").exists():
            raise CopyError(dest, "is open in OCSE Planner or another program (its -wal file exists); close it first")
    try:
        part = Path(tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".copy", dir=dest.parent)[1])
    except OSError as exc:  # a write-protected folder, a full disk
        raise CopyError(dest, "could not be written ({detail})", detail=exc.strerror or str(exc)) from exc
    try:
        make_private(part)
        upgrade(part, revision)
        engine = make_engine(part, foreign_keys=False, poolclass=NullPool)
        try:
            with engine.begin() as conn:
                _empty_seeded_rows(conn)
                read = _copy_rows(reader, conn, tables, total, progress, dest)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise CopyError(dest, "the copy was checked and rolled back: {count} broken references",
                                    count=len(broken))
                written = _verify(read, conn, dest)
        finally:
            engine.dispose()
        with closing(sqlite3.connect(part)) as single:
            single.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        backup = make_backup(dest, "before-replace") if existing else None
        os.replace(part, dest)
    except BaseException as exc:
        part.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            part.with_name(part.name + suffix).unlink(missing_ok=True)
        if isinstance(exc, OSError | sqlite3.OperationalError) and not isinstance(exc, DatabaseOpenError):
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise CopyError(dest, "could not be written ({detail})", detail=detail) from exc
        raise
    return read, written, backup


# --- reading an older team database ------------------------------------------------------

def read_through_copy(location: ServerLocation, *, reason: str) -> Any:
    """A read-only Database on an upgraded temporary copy of an older team database."""
    from ocse_planner.db.engine import Database, make_engine
    from ocse_planner.db.migrate import upgrade

    folder = Path(tempfile.mkdtemp(prefix="ocse-planner-read-"))
    copy = folder / "team.db"
    try:
        copy_planner(location, copy)
        upgrade(copy)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Database(location, make_engine(copy, read_only=True), on_close=lambda: shutil.rmtree(folder, ignore_errors=True),
                    read_only=True, read_only_reason=reason)
