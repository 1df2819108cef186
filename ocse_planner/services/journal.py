"""What one write transaction changed, row by row, so that any change can be undone and
redone exactly — and refused when someone else has changed the same rows since.

Anki's core records its own undo: the GUI's operations only name the call. This is the
same idea for the planner. `record(session, work)` runs `work` with a journal attached to
the session: before a row is first updated or deleted its whole stored state is kept,
and rows the write inserts are noted; at the end the rows' final states are fingerprinted.
The result is a `ChangeSet`. `revert(session, changes)` puts every row back as it was
(inserted rows deleted, deleted rows inserted again with their ids, updated rows given
their old values — version counters and timestamps included) and returns the ChangeSet
that puts them forward again, so undo and redo are the same function.

What the journal sees, without any service having to say so:

* ORM flushes (mapper events: inserts, updates, deletes, orphans removed by a cascade);
* Core statements run through the session (`session.execute(update(…))`, `insert`,
  `delete`): the rows their WHERE clause matches are read first;
* database-side cascades: before a row is deleted, the rows that ON DELETE CASCADE would
  delete with it and the rows whose link ON DELETE SET NULL would clear are read too.

Writes behind the session's back (the attendance import's driver-level executemany) tell
the journal themselves through `active(session)`: `rows_before` and `inserted_since`.

Refusal: each change keeps a fingerprint of the row as the write left it. `revert` first
reads the rows again; if any differs (another window or program changed or deleted it),
it raises `ChangedElsewhereError` and writes nothing. Deleting a row that is now
referenced by rows outside the change (someone added an agenda item to a webinar this
step created) is refused the same way rather than deleting their work with it.

Everything here is dialect-neutral Core (no SQL text), runs inside the caller's
transaction and holds no ORM objects, so a ChangeSet may cross threads and processes.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Column, Integer, Table, UniqueConstraint, delete, event, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import ORMExecuteState, Session, object_session
from sqlalchemy.sql.elements import BinaryExpression, BindParameter
from sqlalchemy.sql.operators import eq

from ocse_planner.db.base import Base
from ocse_planner.services.errors import ChangedElsewhereError, ConflictError

T = TypeVar("T")

JOURNAL_KEY = "ocse_journal"
CHUNK = 500  # ids per IN (…) list: far below every database's limit on bound values
# The change log and the planner's identity record what happened; undo never rewrites them.
_UNTRACKED = frozenset({"alembic_version", "change_log", "planner_meta"})

Key = tuple[str, int]
Row = tuple[Any, ...]


def _table(name: str) -> Table | None:
    if name in _UNTRACKED:
        return None
    return Base.metadata.tables.get(name)


def _chunks(values: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def fingerprint(row: Row | None) -> bytes | None:
    """A short digest of a stored row; the same in every process (unlike `hash`)."""
    if row is None:
        return None
    return hashlib.blake2b(repr(row).encode("utf-8", "backslashreplace"), digest_size=16).digest()


def _fetch(conn: Connection | Session, table: Table, ids: Iterable[int]) -> dict[int, Row]:
    """The stored rows of `ids` (missing ids are absent), as tuples in column order."""
    found: dict[int, Row] = {}
    position = list(table.columns).index(table.c.id)
    for chunk in _chunks(sorted(set(ids))):
        for row in conn.execute(select(*table.columns).where(table.c.id.in_(chunk))):
            found[row[position]] = tuple(row)
    return found


@dataclass(frozen=True)
class RowChange:
    """One row a write changed."""

    table: str
    id: int
    before: Row | None  # the stored row before the write; None: the write inserted it
    after: bytes | None  # fingerprint of the row the write left; None: the write deleted it


@dataclass(frozen=True)
class ChangeSet:
    """The rows one write changed; `revert` undoes it. Plain data: it may be pickled."""

    changes: tuple[RowChange, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def count(self, table: str) -> int:
        return sum(1 for c in self.changes if c.table == table)

    def keys(self) -> frozenset[Key]:
        return frozenset((c.table, c.id) for c in self.changes)


class Journal:
    """Collects the stored state of every row a transaction is about to change."""

    def __init__(self) -> None:
        self._before: dict[Key, Row | None] = {}
        self._cascaded: set[Key] = set()

    def rows_before(self, conn: Connection | Session, table: Table, ids: Iterable[int]) -> None:
        """Keep the stored state of rows about to change (the first time only)."""
        name = table.name
        new = [i for i in set(ids) if i is not None and (name, i) not in self._before]
        if not new:
            return
        found = _fetch(conn, table, new)
        for record_id in new:
            self._before[(name, record_id)] = found.get(record_id)

    def inserted(self, table: Table, ids: Iterable[int]) -> None:
        for record_id in ids:
            if record_id is not None:
                self._before.setdefault((table.name, record_id), None)

    def inserted_since(self, conn: Connection | Session, table: Table, top_id: int) -> None:
        """Note the rows of `table` whose id is above `top_id` (taken before inserting)."""
        self.inserted(table, conn.execute(select(table.c.id).where(table.c.id > top_id)).scalars())

    def deleting(self, conn: Connection | Session, roots: Mapping[str, Iterable[int]]) -> None:
        """Keep rows about to be deleted (ids by table name), and what the database deletes
        or unlinks with them: one read per table, whatever the number of rows."""
        fresh = {name: {i for i in ids if (name, i) not in self._cascaded} for name, ids in roots.items()}
        fresh = {name: ids for name, ids in fresh.items() if ids}
        if not fresh:
            return
        keys = dependents(conn, fresh) | {(name, i) for name, ids in fresh.items() for i in ids}
        by_table: dict[str, list[int]] = defaultdict(list)
        for name, record_id in keys:
            by_table[name].append(record_id)
        for name, ids in by_table.items():
            self.rows_before(conn, _table(name), ids)  # type: ignore[arg-type]
        self._cascaded.update((name, i) for name, ids in fresh.items() for i in ids)

    def matching(self, conn: Connection | Session, table: Table, where: Any,
                 parameters: Any) -> list[int]:
        """The ids of the rows a Core UPDATE or DELETE is about to touch."""
        if isinstance(parameters, list) and parameters:
            key = _id_parameter(where, table)
            if key is not None:
                return [p[key] for p in parameters if isinstance(p, Mapping) and key in p]
            ids: list[int] = []
            for params in parameters:
                ids.extend(self.matching(conn, table, where, params))
            return ids
        query = select(table.c.id)
        if where is not None:
            query = query.where(where)
        return list(conn.execute(query, parameters or {}).scalars())

    def finish(self, session: Session) -> ChangeSet:
        """The changes, now that the work is done (flushed): rows whose state moved."""
        session.flush()
        by_table: dict[str, list[int]] = defaultdict(list)
        for name, record_id in self._before:
            by_table[name].append(record_id)
        now: dict[Key, Row] = {}
        for name, ids in by_table.items():
            table = _table(name)
            assert table is not None
            for record_id, row in _fetch(session, table, ids).items():
                now[(name, record_id)] = row
        changes = tuple(
            RowChange(name, record_id, before, fingerprint(now.get((name, record_id))))
            for (name, record_id), before in self._before.items()
            if before != now.get((name, record_id))
        )
        return ChangeSet(changes)


def dependents(conn: Connection | Session, roots: Mapping[str, set[int]]) -> set[Key]:
    """Rows the database changes when `roots` are deleted: those ON DELETE CASCADE removes
    (at any depth) and those whose link ON DELETE SET NULL clears."""
    captured: dict[str, set[int]] = {name: set(ids) for name, ids in roots.items()}
    found: set[Key] = set()
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            parents = captured.get(fk.column.table.name)
            if not parents or fk.ondelete not in ("CASCADE", "SET NULL"):
                continue
            ids: set[int] = set()
            for chunk in _chunks(sorted(parents)):
                ids.update(conn.execute(select(table.c.id).where(fk.parent.in_(chunk))).scalars())
            if fk.ondelete == "CASCADE":
                ids -= captured.get(table.name, set())
                captured.setdefault(table.name, set()).update(ids)
            found.update((table.name, i) for i in ids)
    return found - {(name, i) for name, ids in roots.items() for i in ids}


def _id_parameter(where: Any, table: Table) -> str | None:
    """"id = :name" → "name" (an executemany keyed by this table's id), else None."""
    if isinstance(where, BinaryExpression) and where.operator is eq and isinstance(where.right, BindParameter):
        left = where.left
        if isinstance(left, Column) and left.name == "id" and left.table.name == table.name:
            return str(where.right.key)
    return None


# --- attaching a journal to a session ------------------------------------------------------

def active(session: Session | None) -> Journal | None:
    """The journal recording this session's writes, if any."""
    if session is None:
        return None
    journal = session.info.get(JOURNAL_KEY)
    return journal if isinstance(journal, Journal) else None


def record(session: Session, work: Callable[[Session], T]) -> tuple[T, ChangeSet]:
    """Run `work(session)` and return its result with what it changed."""
    if active(session) is not None:
        raise RuntimeError("a write is already being recorded in this session")
    journal = Journal()
    session.info[JOURNAL_KEY] = journal
    try:
        result = work(session)
        changes = journal.finish(session)
    finally:
        session.info.pop(JOURNAL_KEY, None)
    return result, changes


def _key_of(target: Any) -> tuple[Table, int] | None:
    table = getattr(type(target), "__table__", None)
    if not isinstance(table, Table) or table.name in _UNTRACKED:
        return None
    return table, target.id


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Explicit deletes: one pass over the cascades for all of them (not one per row)."""
    journal = active(session)
    if journal is None or not session.deleted:
        return
    roots: dict[str, set[int]] = defaultdict(set)
    for obj in session.deleted:
        key = _key_of(obj)
        if key is not None:
            roots[key[0].name].add(key[1])
    journal.deleting(session.connection(), roots)


def _before_update(_mapper: Any, connection: Connection, target: Any) -> None:
    journal = active(object_session(target))
    key = _key_of(target)
    if journal is not None and key is not None:
        journal.rows_before(connection, key[0], [key[1]])


def _before_delete(_mapper: Any, connection: Connection, target: Any) -> None:
    journal = active(object_session(target))
    key = _key_of(target)
    if journal is not None and key is not None:
        journal.deleting(connection, {key[0].name: [key[1]]})


def _after_insert(_mapper: Any, _connection: Connection, target: Any) -> None:
    journal = active(object_session(target))
    key = _key_of(target)
    if journal is not None and key is not None:
        journal.inserted(key[0], [key[1]])


def _on_execute(state: ORMExecuteState) -> Any:
    """Core INSERT / UPDATE / DELETE run through a recording session."""
    journal = active(state.session)
    if journal is None or not (state.is_insert or state.is_update or state.is_delete):
        return None
    statement = state.statement
    table = _table(statement.table.name)  # every INSERT, UPDATE and DELETE names its table
    if table is None:
        return None
    connection = state.session.connection()
    parameters = state.parameters
    if state.is_insert:
        rows = parameters if isinstance(parameters, list) else [parameters] if parameters else []
        ids = [row.get("id") for row in rows if isinstance(row, Mapping)]
        if ids and None not in ids and len(ids) == len(rows):
            journal.inserted(table, ids)
            return None
        top = connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
        result = state.invoke_statement()
        journal.inserted_since(connection, table, top)
        return result
    ids = journal.matching(connection, table, statement.whereclause, parameters)
    if state.is_update:
        journal.rows_before(connection, table, ids)
    else:
        journal.deleting(connection, {table.name: ids})
    return None


_installed = False


def install() -> None:
    """Listen to every session (once per process); only recording sessions do anything."""
    global _installed
    if _installed:
        return
    event.listen(Session, "before_flush", _before_flush)
    event.listen(Session, "do_orm_execute", _on_execute)
    event.listen(Base, "before_update", _before_update, propagate=True)
    event.listen(Base, "before_delete", _before_delete, propagate=True)
    event.listen(Base, "after_insert", _after_insert, propagate=True)
    _installed = True


# --- putting rows back ---------------------------------------------------------------------

def revert(session: Session, changes: ChangeSet, *, redo: bool = False) -> ChangeSet:
    """Put every row of `changes` back as it was before; returns the ChangeSet that puts
    them forward again. Raises ChangedElsewhereError (nothing written) when a row is no
    longer as the change left it, or a row to delete is now used by rows outside it."""
    _, inverse = record(session, lambda s: _put_back(s, changes, redo))
    session.expire_all()
    return inverse


def other_planner(name: str) -> ConflictError:
    """A change (or an undo step) made for one planner, asked to run on another."""
    return ConflictError("Nothing was changed: this change was made in {planner}, which is no longer the open "
                         "planner.", planner=name)


def _refused(redo: bool, *, deleted: bool = False) -> ChangedElsewhereError:
    if redo:
        return ChangedElsewhereError(
            "Not redone: a record this step changed has been changed elsewhere since (in another "
            "window or program). Reload to see the current state.", deleted=deleted)
    return ChangedElsewhereError(
        "Not undone: a record this step changed has been changed elsewhere since (in another "
        "window or program). Reload to see the current state.", deleted=deleted)


def _put_back(session: Session, changes: ChangeSet, redo: bool) -> None:
    if not changes:
        return
    by_table: dict[str, dict[int, RowChange]] = defaultdict(dict)
    for change in changes.changes:
        by_table[change.table][change.id] = change
    tables = [t for t in Base.metadata.sorted_tables if t.name in by_table]
    current: dict[str, dict[int, Row]] = {t.name: _fetch(session, t, by_table[t.name]) for t in tables}
    for table in tables:
        for record_id, change in by_table[table.name].items():
            row = current[table.name].get(record_id)
            if fingerprint(row) != change.after:
                raise _refused(redo, deleted=row is None)

    for table in tables:
        _park(session, table, by_table[table.name], current[table.name])
    for table in tables:  # parents first
        names = [c.name for c in table.columns]
        rows = [dict(zip(names, change.before, strict=True))
                for record_id, change in by_table[table.name].items()
                if change.before is not None and record_id not in current[table.name]]
        if rows:
            session.execute(insert(table), rows)
    for table in tables:
        names = [c.name for c in table.columns if c.name != "id"]
        position = {c.name: i for i, c in enumerate(table.columns)}
        for record_id, change in by_table[table.name].items():
            if change.before is not None and record_id in current[table.name]:
                # one statement per row, naming its id: the change log then knows which
                # records an undo touched (db/changes.py), not "some rows of the table"
                before = change.before
                session.execute(update(table).where(table.c.id == record_id)
                                .values({n: before[position[n]] for n in names}))
    doomed = {(table.name, record_id) for table in tables for record_id, change in by_table[table.name].items()
              if change.before is None and record_id in current[table.name]}
    if not doomed:
        return
    roots: dict[str, set[int]] = defaultdict(set)
    for name, record_id in doomed:
        roots[name].add(record_id)
    if dependents(session, roots) - doomed:
        raise _refused(redo)  # something outside this step now hangs on a row it would delete
    for table in reversed(tables):  # children first
        ids = sorted(roots.get(table.name, ()))
        for chunk in _chunks(ids):
            session.execute(delete(table).where(table.c.id.in_(chunk)))


def _unique_integers(table: Table) -> tuple[str, ...]:
    """Integer columns of a UNIQUE constraint that are no foreign key (positions, numbers).
    The schema declares every such number in a UniqueConstraint (a unique index or a
    unique integer column would not be parked: tests/services/test_journal_rules.py checks)."""
    names: set[str] = set()
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            for column in constraint.columns:
                if isinstance(column.type, Integer) and not column.foreign_keys:
                    names.add(column.name)
    return tuple(sorted(names))


def _park(session: Session, table: Table, changes: Mapping[int, RowChange], current: Mapping[int, Row]) -> None:
    """Move rows out of the way whose unique number (an agenda position, a webinar number)
    another row of the change takes back, so that putting rows back never clashes midway."""
    columns = _unique_integers(table)
    if not columns:
        return
    position = {c.name: i for i, c in enumerate(table.columns)}
    for name in columns:
        index = position[name]
        wanted = {change.before[index] for change in changes.values() if change.before is not None}
        movers = [record_id for record_id, row in current.items()
                  if record_id in changes and row[index] in wanted
                  and (changes[record_id].before is None or changes[record_id].before[index] != row[index])]
        if not movers:
            continue
        top = session.execute(select(func.coalesce(func.max(table.c[name]), 0))).scalar_one()
        for offset, record_id in enumerate(movers, 1):
            session.execute(update(table).where(table.c.id == record_id).values({name: top + offset}))


install()
