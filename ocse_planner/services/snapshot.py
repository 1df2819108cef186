"""Take a record and everything that would be deleted with it, and put it back.

Undoing a delete must bring back the very same rows (same ids, so that other undo steps
that name them still work; same bookings, histories and attendance). Instead of one
hand-written copy per table, this follows the schema: every table whose foreign key
cascades from a captured table is captured too, in dependency order, and rows elsewhere
whose link would be cleared (ON DELETE SET NULL) are remembered and re-linked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from ocse_planner.services import text as _text  # noqa: F401  (refuses unstorable text at every flush)
from ocse_planner.db.base import Base
from ocse_planner.services.concurrency import fetch_for_update


@dataclass(frozen=True)
class Snapshot:
    root: str  # table name of the record the snapshot was taken for
    root_id: int
    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]  # (table, rows) parents first
    relinks: tuple[tuple[str, str, int, int], ...] = field(default=())  # table, column, pk, value


def capture(session: Session, table_name: str, record_id: int) -> Snapshot:
    """The record `record_id` of `table_name` and all rows that cascade from it."""
    tables = Base.metadata.sorted_tables
    captured: dict[str, set[int]] = {table_name: {record_id}}
    rows: list[tuple[str, tuple[dict[str, Any], ...]]] = []
    relinks: list[tuple[str, str, int, int]] = []
    root = Base.metadata.tables[table_name]
    rows.append((table_name, _fetch(session, root, root.c.id.in_([record_id]))))
    for table in tables:
        if table.name == table_name:
            continue
        for fk in table.foreign_keys:
            parent = fk.column.table.name
            ids = captured.get(parent)
            if not ids or fk.parent.table is fk.column.table:
                continue
            condition = fk.parent.in_(sorted(ids))
            if fk.ondelete == "CASCADE":
                found = _fetch(session, table, condition)
                found = tuple(r for r in found if r["id"] not in captured.get(table.name, set()))
                if found:
                    rows.append((table.name, found))
                    captured.setdefault(table.name, set()).update(r["id"] for r in found)
            elif fk.ondelete == "SET NULL":
                for pk, value in session.execute(select(table.c.id, fk.parent).where(condition)):
                    relinks.append((table.name, fk.parent.name, pk, value))
    # Rows re-linked must not themselves be deleted with the root.
    kept = [r for r in relinks if r[2] not in captured.get(r[0], set())]
    return Snapshot(table_name, record_id, tuple(rows), tuple(kept))


def _fetch(session: Session, table: Table, condition: Any) -> tuple[dict[str, Any], ...]:
    return tuple(dict(r._mapping) for r in session.execute(select(table).where(condition).order_by(table.c.id)))


def restore(session: Session, snapshot: Snapshot) -> None:
    """Insert the captured rows again, parents first, and re-link what was cleared."""
    session.flush()
    for name, rows in snapshot.rows:
        session.execute(Base.metadata.tables[name].insert(), [dict(r) for r in rows])
    for name, column, pk, value in snapshot.relinks:
        table = Base.metadata.tables[name]
        session.execute(update(table).where(table.c.id == pk).values({column: value}))
    session.expire_all()


def delete_with_snapshot(session: Session, model: type[Base], record_id: int, what: str) -> Snapshot:
    """Delete a record and everything that cascades from it, keeping what undo needs."""
    record = fetch_for_update(session, model, record_id, None, what)
    snapshot = capture(session, model.__tablename__, record_id)
    session.delete(record)
    session.flush()
    return snapshot
