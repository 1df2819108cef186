"""The change log: every write transaction leaves one line saying who changed what.

Several people (or windows) may have one planner open. Each write transaction
(`Database.write()`) records, on its way out, one `change_log` row in the same
transaction: when, who (a name from preferences or the PostgreSQL role, else the
login name), which app instance (`client`), the main record and a one-line English
description derived from what the transaction actually flushed ("renamed webinar 2",
"added 120 attendance records"), and every record it touched (`records`). Nothing to
remember at the call sites, so no write can forget it.

Readers use it two ways:
* other windows poll the highest id (`last_change_id`, one index lookup) and, when it
  moved, re-read what they show and tell the user who changed what (`changes_after`);
* an undo step refuses to run over someone else's later change: a write guarded by the
  `WriteReceipt` of the step's earlier run fails with `ChangedElsewhereError`
  (services/errors.py; before commit, nothing written) when a later entry from another
  client touched a record that the step touched then or touches now.

Touched records are collected from ORM flushes (new, modified, deleted objects) and from
Core statements run through the session (their `id` values when they name them, else the
whole table, written `table:*`). Writers are serialized (SQLite's BEGIN IMMEDIATE, a
PostgreSQL advisory lock), so ids grow in commit order and a poller never skips one.
"""

from __future__ import annotations

import getpass
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Delete, Insert, Update, func, insert, select
from sqlalchemy.orm import Session, attributes
from sqlalchemy.sql.elements import BinaryExpression, BindParameter
from sqlalchemy.sql.operators import eq, in_op

from ocse_planner.db.base import utcnow
from ocse_planner.db.models import ChangeLogEntry
from ocse_planner.services.errors import ChangedElsewhereError

# More records than this of one table are logged as the whole table (`table:*`).
MAX_IDS_PER_TABLE = 200
_UNTRACKED = frozenset({"change_log", "planner_meta", "alembic_version"})
# Columns whose change alone makes an update a rename.
_NAME_COLUMNS = frozenset({"title", "name", "given_name", "family_name", "honorific", "post_nominals"})
_BOOKKEEPING = frozenset({"version", "updated_at", "created_at"})
# The record a description names first, when a transaction touched several kinds.
_PRIORITY = ("series", "webinar", "presentation", "person", "organization", "collaboration", "booking",
             "agenda_release", "survey_result", "sector_count", "sector", "sector_rule", "availability",
             "action_item", "contact_log_entry", "attendance_record", "booking_event", "column_mapping",
             "personal_data_purge")
_NOUNS = {"presentation": "agenda item", "person": "presenter", "attendance_record": "attendance record",
          "sector_count": "sector count", "survey_result": "survey result", "agenda_release": "agenda release",
          "booking": "presenter booking", "booking_event": "booking status change", "action_item": "action item",
          "contact_log_entry": "contact log entry", "column_mapping": "column mapping",
          "personal_data_purge": "personal data removal", "sector_rule": "sector rule",
          "collaboration": "partner role"}
_PLURALS = {"series": "series", "person": "presenters", "availability": "availability windows",
            "personal_data_purge": "personal data removals"}


def default_author() -> str:
    """The login name, for a change made without a name from preferences or a server role."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USERNAME") or "someone"


RecordKey = tuple[str, int | None]  # (table, id); id None = some rows of the table


@dataclass(frozen=True)
class ChangeEntry:
    id: int
    changed_at: datetime
    author: str
    client: str
    description: str
    record_table: str | None
    record_id: int | None


@dataclass(frozen=True)
class WriteReceipt:
    """What one write did: the log id it left (or the latest id when it changed nothing)
    and the records it touched. Hand it to a later write as its guard."""

    change_id: int
    records: frozenset[RecordKey]


@dataclass
class _Touch:
    action: str  # "added" | "changed" | "deleted"
    table: str
    record_id: int | None
    values: dict[str, Any]
    columns: frozenset[str] = frozenset()


TRACKER_KEY = "ocse_change_tracker"


@dataclass
class ChangeTracker:
    """Collects what one write transaction touches (kept in `session.info`)."""

    touches: list[_Touch] = field(default_factory=list)
    description: str | None = None  # set by a writer that knows better than the derived one

    def record_flush(self, session: Session) -> None:
        for obj in session.new:
            self._orm(obj, "added")
        for obj in session.dirty:
            if session.is_modified(obj, include_collections=False):
                self._orm(obj, "changed")
        for obj in session.deleted:
            self._orm(obj, "deleted")

    def _orm(self, obj: Any, action: str) -> None:
        table = getattr(obj, "__tablename__", None)
        if table is None or table in _UNTRACKED:
            return
        state = attributes.instance_state(obj)
        values = {key: state.dict.get(key) for key in ("id", "title", "name", "number", "given_name",
                                                        "family_name", "year", "webinar_id", "series_id")
                  if key in state.dict}
        columns: frozenset[str] = frozenset()
        if action == "changed":
            columns = frozenset(
                attr.key for attr in state.attrs
                if attr.key in state.mapper.columns and attr.history.has_changes()
            ) - _BOOKKEEPING
            if not columns:
                return
        self.touches.append(_Touch(action, table, values.get("id"), values, columns))

    def record_statement(self, statement: Any, parameters: Any) -> None:
        if not isinstance(statement, Insert | Update | Delete):
            return
        table = getattr(statement.table, "name", None)
        if table is None or table in _UNTRACKED:
            return
        # isinstance, not type(): `insert(Model)` is an annotated subclass of Insert.
        action = "added" if isinstance(statement, Insert) else "changed" if isinstance(statement, Update) else "deleted"
        rows = parameters if isinstance(parameters, list) else [parameters] if parameters else []
        ids = [row.get("id") for row in rows if isinstance(row, Mapping)]
        if not ids or None in ids:
            ids = _ids_in_where(statement)
        for record_id, row in zip(ids, rows or [{}] * len(ids), strict=False):
            values = dict(row) if isinstance(row, Mapping) else {}
            self.touches.append(_Touch(action, table, record_id, values))
        if len(ids) > len(rows):
            for record_id in ids[len(rows):]:
                self.touches.append(_Touch(action, table, record_id, {}))

    @property
    def records(self) -> frozenset[RecordKey]:
        return frozenset((t.table, t.record_id) for t in self.touches)


def note_change(session: Session, table: str, record_id: int | None, action: str = "changed",
                description: str | None = None) -> None:
    """Tell the change log about rows written behind the session's back (the driver's
    executemany of an import, raw SQL), with a better description when there is one."""
    tracker = session.info.get(TRACKER_KEY)
    if tracker is None:
        return
    tracker.touches.append(_Touch(action, table, record_id, {}))
    if description:
        tracker.description = description


def _ids_in_where(statement: Any) -> list[int | None]:
    """The ids of `UPDATE/DELETE … WHERE table.id = value` or `… WHERE table.id IN (…)`
    (as an undo writes rows back), else [None] (some rows)."""
    clause = getattr(statement, "whereclause", None)
    if (isinstance(clause, BinaryExpression) and clause.operator in (eq, in_op)
            and getattr(clause.left, "name", None) == "id" and isinstance(clause.right, BindParameter)):
        value = clause.right.value
        if isinstance(value, int):
            return [value]
        if isinstance(value, list | tuple) and value and all(isinstance(v, int) for v in value):
            return list(value)
    return [None]


def encode_records(records: Iterable[RecordKey]) -> str:
    """"webinar:3 presentation:12 attendance_record:*" (a table with too many ids as `*`)."""
    by_table: dict[str, set[int] | None] = {}
    for table, record_id in records:
        if record_id is None:
            by_table[table] = None
        elif by_table.get(table, set()) is not None:
            by_table.setdefault(table, set()).add(record_id)  # type: ignore[union-attr]
    parts = []
    for table in sorted(by_table):
        ids = by_table[table]
        if ids is None or len(ids) > MAX_IDS_PER_TABLE:
            parts.append(f"{table}:*")
        else:
            parts.extend(f"{table}:{i}" for i in sorted(ids))
    return " ".join(parts)


def decode_records(text: str) -> frozenset[RecordKey]:
    found = set()
    for part in text.split():
        table, _, value = part.partition(":")
        found.add((table, None if value == "*" else int(value)))
    return frozenset(found)


# --- describing a transaction -------------------------------------------------------------

def _noun(table: str) -> str:
    return _NOUNS.get(table, table.replace("_", " "))


def _plural(table: str) -> str:
    return _PLURALS.get(table, _noun(table) + "s")


def _label(session: Session, touch: _Touch) -> str:
    """"webinar 2", "series “Combatting …”", "agenda item “Welcome”", "presenter Jad Saliba"."""
    v, table = touch.values, touch.table
    if table == "webinar":
        number = v.get("number")
        if number is None and touch.record_id is not None:
            from ocse_planner.db.models import Webinar

            number = session.scalar(select(Webinar.number).where(Webinar.id == touch.record_id))
        return f"webinar {number}" if number is not None else "a webinar"
    if table == "agenda_release" and v.get("number") is not None:
        return f"agenda release {v['number']}"
    if table == "person" and (v.get("given_name") or v.get("family_name")):
        return f"presenter {' '.join(p for p in (v.get('given_name'), v.get('family_name')) if p)}"
    for key in ("title", "name"):
        if v.get(key):
            text = str(v[key])
            return f"{_noun(table)} “{text[:60]}{'…' if len(text) > 60 else ''}”"
    return f"a {_noun(table)}"


def describe(session: Session, touches: list[_Touch]) -> tuple[str, str | None, int | None]:
    """(one-line description, main record's table, its id) of what a transaction did.

    The main record is the most important table touched (a series before its webinars);
    within it, what was added (or else deleted) is what the line names: adding an agenda
    item renumbers the others, and "added agenda item “Q&A”" is what happened.
    """
    if not touches:
        return "", None, None
    rank = {name: i for i, name in enumerate(_PRIORITY)}
    main_table = min({t.table for t in touches}, key=lambda name: rank.get(name, len(rank)))
    same = [t for t in touches if t.table == main_table]
    action = next((a for a in ("added", "deleted") if any(t.action == a for t in same)), "changed")
    chosen = [t for t in same if t.action == action]
    ids = {t.record_id for t in chosen}
    main = chosen[0]
    record_id = main.record_id
    if len(ids) > 1 or (None in ids and len(chosen) > 1):
        count = len(ids - {None}) or len(chosen)
        text = f"{action} {count} {_plural(main_table)}"
        record_id = None
    else:
        verb = action
        if action == "changed":
            columns = frozenset().union(*(t.columns for t in chosen))
            if columns and columns <= _NAME_COLUMNS:
                verb = "renamed"
            elif columns == {"position"}:
                verb = "moved"
        text = f"{verb} {_label(session, main)}"
    others = {t.table for t in touches} - {main_table}
    if others and len(text) < 200:
        text += " (and " + ", ".join(_plural(t) for t in sorted(others, key=lambda n: rank.get(n, 99))) + ")"
    return text[:500], main_table, record_id


# --- reading and writing the log ----------------------------------------------------------

def last_change_id(session: Session) -> int:
    return int(session.scalar(select(func.max(ChangeLogEntry.id))) or 0)


def changes_after(session: Session, change_id: int, limit: int = 100) -> list[ChangeEntry]:
    rows = session.scalars(
        select(ChangeLogEntry).where(ChangeLogEntry.id > change_id).order_by(ChangeLogEntry.id).limit(limit)
    )
    return [ChangeEntry(r.id, r.changed_at, r.author, r.client, r.description, r.record_table, r.record_id)
            for r in rows]


def check_guard(session: Session, client: str, guard: WriteReceipt, touched: frozenset[RecordKey]) -> None:
    """Raise ChangedElsewhereError if another client changed, after `guard`, a record the
    guarded step touched before or touches now."""
    mine = set(guard.records) | set(touched)
    if not mine:
        return
    later = session.execute(
        select(ChangeLogEntry.author, ChangeLogEntry.description, ChangeLogEntry.changed_at, ChangeLogEntry.records)
        .where(ChangeLogEntry.id > guard.change_id, ChangeLogEntry.client != client)
        .order_by(ChangeLogEntry.id)
    )
    for author, description, when, records in later:
        if records_overlap(mine, decode_records(records)):
            at = when.astimezone().strftime("%H:%M")
            raise ChangedElsewhereError(
                "This was changed elsewhere: {author} {change} after your change ({time}). Undoing it would "
                "overwrite theirs; reload and edit again.",
                author=author, change=description, time=at)


def records_overlap(a: Iterable[RecordKey], b: Iterable[RecordKey]) -> bool:
    """Whether two sets of records share one; `table:*` shares every record of its table."""
    ids: dict[str, set[int | None]] = defaultdict(set)
    for table, record_id in a:
        ids[table].add(record_id)
    for table, record_id in b:
        mine = ids.get(table)
        if mine and (record_id is None or None in mine or record_id in mine):
            return True
    return False


def append(session: Session, tracker: ChangeTracker, *, author: str, client: str,
           description: str | None = None) -> int | None:
    """Write the transaction's log line (nothing when it changed nothing); its id."""
    description = description or tracker.description
    if not tracker.touches and description is None:
        return None
    derived, table, record_id = describe(session, tracker.touches)
    result = session.execute(
        insert(ChangeLogEntry).values(
            changed_at=utcnow(), author=author[:200] or "someone", client=client,
            description=(description or derived or "changed the planner")[:500],
            record_table=table, record_id=record_id, records=encode_records(tracker.records),
        ).returning(ChangeLogEntry.id)
    )
    return int(result.scalar_one())
