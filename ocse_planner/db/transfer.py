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

def canonical(value: Any) -> Any:
    """A value as the same JSON-ready form whichever back-end it was read from."""
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, date | time_of_day):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return str(value)


@dataclass
class ContentHash:
    """Row counts and a SHA-256 per table, folded into one digest in table-name order."""

    tables: dict[str, hashlib._Hash] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)

    def start(self, table: Table) -> None:
        digest = hashlib.sha256()
        digest.update(json.dumps([table.name, sorted(c.name for c in table.columns)]).encode())
        self.tables[table.name] = digest
        self.rows[table.name] = 0

    def add(self, table: Table, rows: list[dict[str, Any]]) -> None:
        digest = self.tables[table.name]
        names = sorted(c.name for c in table.columns)
        for row in rows:
            digest.update(json.dumps([canonical(row[n]) for n in names], ensure_ascii=False).encode())
            digest.update(b"\n")
        self.rows[table.name] += len(rows)

    @property
    def digest(self) -> str:
        total = hashlib.sha256()
        for name in sorted(self.tables):
            total.update(f"{name}:{self.rows[name]}:{self.tables[name].hexdigest()}\n".encode())
        return total.hexdigest()


def _ordered_rows(conn: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    keys = list(table.primary_key.columns) or list(table.columns)
    result = conn.execution_options(yield_per=BATCH).execute(select(table).order_by(*keys))
    for batch in result.mappings().partitions(BATCH):
        yield [dict(row) for row in batch]


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

    Column types come from the app's models where they have the column (JSON, dates),
    so both back-ends read the same Python values; a column the models no longer have
    (an older revision) keeps its reflected type.
    """
    from ocse_planner.db.models import Base

    reflected = MetaData()
    reflected.reflect(conn)
    for table in reflected.tables.values():
        model = Base.metadata.tables.get(table.name)
        if model is None:
            continue
        for column in table.columns:
            if column.name in model.c:
                column.type = model.c[column.name].type
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
    read = ContentHash()
    done = 0
    by_name = {t.name: t for t in planner_tables(destination)}
    for table in tables:
        target = by_name.get(table.name)
        if target is None:
            raise CopyError(where, f"has no table {table.name} to copy into")
        self_links = [fk.parent.name for fk in target.foreign_keys if fk.column.table.name == target.name]
        read.start(table)
        later: list[dict[str, Any]] = []
        for rows in _ordered_rows(source, table):
            read.add(table, rows)
            if self_links:
                later.extend({"pk": r["id"], **{c: r[c] for c in self_links}} for r in rows
                             if any(r[c] is not None for c in self_links))
                rows = [{**r, **dict.fromkeys(self_links)} for r in rows]
            destination.execute(target.insert(), rows)
            done += len(rows)
            if progress is not None:
                progress(done, total)
        if later:
            from sqlalchemy import bindparam

            statement = target.update().where(target.c.id == bindparam("pk")).values(
                {c: bindparam(c) for c in self_links})
            destination.execute(statement, later)
    return read


def _count_rows(conn: Connection, tables: list[Table]) -> int:
    return sum(int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables)


def _verify(read: ContentHash, destination: Connection, where: Location) -> ContentHash:
    written = content_hash(destination, planner_tables(destination))
    if written.rows != read.rows:
        wrong = sorted(n for n in read.rows if written.rows.get(n) != read.rows[n])
        raise CopyError(where, f"the copy was checked and rolled back: row counts differ in {', '.join(wrong)}")
    if written.digest != read.digest:
        wrong = sorted(n for n in read.tables if written.tables[n].hexdigest() != read.tables[n].hexdigest())
        raise CopyError(where, f"the copy was checked and rolled back: content differs in {', '.join(wrong)}")
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
        raise CopyError(dest, f"cannot be created: folder {dest.parent} does not exist")
    existing = dest.exists() and dest.stat().st_size > 0
    if existing:
        state = _inspect_read_only(dest)  # another program's file: refused here, whatever --replace says
        if state.has_tables and not replace:
            raise CopyError(dest, "already holds a planner; copy with --replace to overwrite it (nothing was changed)")
        if dest.with_name(dest.name + "-wal").exists():
            raise CopyError(dest, "is open in OCSE Planner or another program (its -wal file exists); close it first")
    part = Path(tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".copy", dir=dest.parent)[1])
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
                    raise CopyError(dest, f"the copy was checked and rolled back: {len(broken)} broken references")
                written = _verify(read, conn, dest)
        finally:
            engine.dispose()
        with closing(sqlite3.connect(part)) as single:
            single.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        backup = make_backup(dest, "before-replace") if existing else None
        os.replace(part, dest)
    except BaseException:
        part.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            part.with_name(part.name + suffix).unlink(missing_ok=True)
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
