"""From a parsed attendance report to stored AttendanceRecords: key, classify, preview, store.

The importer package only reads files; this module decides what is stored:

* **Who is who.** A person's key is the e-mail in canonical form (trimmed, NFKC,
  invisible characters removed, case folded: services/text.py), or
  ``"name:<name, spacing and case ignored>"`` when the file has no e-mail. Records are
  unique per (webinar, key), so re-importing a file never duplicates anyone.
* **Re-imports merge.** When a key is already stored for the webinar the record is
  updated, not duplicated: ``attended`` and ``registered`` are OR'ed, ``minutes_attended``
  becomes the larger of the stored and the new value, texts the new file leaves empty keep
  their stored value, and a sector already stored (perhaps fixed by hand) is kept. Max,
  not sum, because the usual overlap is the *same* session seen twice (the same file
  again, or the registration report and then the attendee report); summing would double
  the minutes. Within one file, a person's join/leave segments are folded by the parser
  into the time they were present (importers/merge.py: overlapping segments count once).
* **Preview first.** :func:`plan_import` builds an :class:`ImportPlan` — every record
  that will be stored, marked new or update, plus the file's problems — without writing.
* **All or nothing.** :func:`store_import` refuses a plan with problems unless the caller
  deliberately passes ``valid_rows_only=True``; it writes in the caller's one
  transaction, in batches through the driver's executemany — a plain INSERT for new people,
  the Core upsert (``INSERT … ON CONFLICT DO UPDATE``) for people already stored — never
  one ORM object per row (bench/bench_import.py: about 2x the raw csv+sqlite3 baseline).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, column, func, select, table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ocse_planner.db.bulk import insert_rows
from ocse_planner.db.changes import note_change
from ocse_planner.db.models import AttendanceRecord, ColumnMapping, Series, Webinar
from ocse_planner.importers import (
    ParsedReport,
    Problem,
    UnknownLayoutError,
    gc_paused,
    header_signature,
    parse_attendance_file,
)
from ocse_planner.services import journal
from ocse_planner.services.bilingual import in_interface
from ocse_planner.services.errors import N_, NotFoundError, UserError
from ocse_planner.services.sectors import SectorClassifier, email_domain, list_sectors
from ocse_planner.services.text import canonical_email

FORMATS = ("auto", "zoom", "teams", "eventbrite", "template")


class PlannedRecord(NamedTuple):
    """One record the import will store (a tuple: an import may hold 100,000 of them)."""

    person_key: str
    name: str | None
    email: str | None
    organization: str | None
    sector_id: int | None
    registered: bool
    attended: bool
    minutes: int
    first_join: datetime | None
    is_new: bool
    sector_stated: bool | None = None  # None: the file has no sector field; False: left empty


@dataclass(frozen=True)
class ImportPlan:
    """What an import will store, and what is wrong with the file."""

    webinar_id: int
    webinar_label: str
    file: str
    layout: str
    records: tuple[PlannedRecord, ...]
    problems: tuple[Problem, ...]
    sector_names: Mapping[int, str]
    cleaned_values: int = 0  # values cleaned of control characters or line breaks

    @property
    def new_count(self) -> int:
        return sum(1 for r in self.records if r.is_new)

    @property
    def updated_count(self) -> int:
        return len(self.records) - self.new_count

    @property
    def unclassified_count(self) -> int:
        return sum(1 for r in self.records if r.sector_id is None)


@dataclass(frozen=True)
class StoreResult:
    webinar_label: str
    stored: int
    new: int
    updated: int
    skipped_rows: int  # rows left out because they had problems


class ImportHasProblems(UserError):
    """The plan has problems and the caller did not choose to store the valid rows only."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__(N_("{count} problem(s) in the file; nothing was stored"), count=len(problems))
        self.problems = problems


# --- keys -------------------------------------------------------------------------------

def normalize_email(email: str | None) -> str | None:
    """The canonical address (services/text.py): trimmed, NFKC, invisible characters out."""
    if email is None:
        return None
    return canonical_email(email) or None


def person_key(email: str | None, name: str | None) -> str | None:
    """The normalized e-mail, else ``name:<normalized name>``; None with neither."""
    return normalize_email(email) or name_key(name)


def name_key(name: str | None) -> str | None:
    """``name:<the name, spacing and case ignored>`` (None for no name): the key of a
    person whose file gives no e-mail."""
    if name and name.strip():
        return "name:" + " ".join(name.split()).casefold()
    return None


def webinar_label(session: Session, webinar_id: int) -> str:
    row = session.execute(
        select(Series.year, Webinar.number, Webinar.title, Webinar.title_fr).join(Series).where(Webinar.id == webinar_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError("no webinar with id {id}", id=webinar_id)
    return f"{row.year}:{row.number} {in_interface(row.title, row.title_fr)}"  # the title in the interface's language


# --- remembered column mappings --------------------------------------------------------

def remembered_mappings(session: Session) -> dict[str, dict[str, str]]:
    return {sig: dict(m) for sig, m in session.execute(select(ColumnMapping.header_signature, ColumnMapping.mapping))}


def remember_mapping(session: Session, headers: list[str], mapping: Mapping[str, str]) -> None:
    """Keep the user's mapping for this set of headers (replacing an older one)."""
    signature = header_signature(headers)
    clean = {field: source for field, source in mapping.items() if source}
    existing = session.scalar(select(ColumnMapping).where(ColumnMapping.header_signature == signature))
    if existing is None:
        session.add(ColumnMapping(header_signature=signature, mapping=clean))
    else:
        existing.mapping = clean


def parse_report(
    path: str | os.PathLike[str],
    *,
    layout: str = "auto",
    mapping: Mapping[str, str] | None = None,
    remembered: Mapping[str, Mapping[str, str]] | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ParsedReport:
    """Parse *path*; for an unknown layout, use a remembered mapping if there is one.

    Raises UnknownLayoutError when the layout is unknown and nothing is remembered.
    """
    if mapping is not None:
        return parse_attendance_file(path, mapping=mapping, progress=progress, cancel=cancel)
    try:
        return parse_attendance_file(path, layout=layout, progress=progress, cancel=cancel)
    except UnknownLayoutError as exc:
        known = (remembered or {}).get(header_signature(exc.headers))
        if not known:
            raise
        return parse_attendance_file(path, mapping=known, progress=progress, cancel=cancel)


# --- plan and store --------------------------------------------------------------------

class _UtcClock:
    """A file's join times as aware UTC instants, each distinct value converted once.

    Times repeat (a webinar lasts hours, times have one-second resolution, and the parser
    hands back one object per distinct text), so 100,000 rows need a few thousand
    conversions; the memo is bounded so a file of all-different times cannot grow it.
    """

    LIMIT = 50_000

    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self.memo: dict[datetime, datetime] = {}

    def __call__(self, value: datetime) -> datetime:
        """`value` converted and remembered (the caller looks in `memo` first)."""
        # A naive value is the webinar's local time, as the platform wrote it.
        found = (value if value.tzinfo is not None else value.replace(tzinfo=self.zone)).astimezone(UTC)
        if len(self.memo) < self.LIMIT:
            self.memo[value] = found
        return found


def _stated(a: bool | None, b: bool | None) -> bool | None:
    """Two files' answers about a sector: a value beats an empty field beats no field."""
    return None if a is None and b is None else bool(a) or bool(b)


def plan_import(session: Session, webinar_id: int, report: ParsedReport) -> ImportPlan:
    """Key and classify every valid row and mark it new or update; writes nothing."""
    label = webinar_label(session, webinar_id)
    to_utc = _UtcClock(ZoneInfo(session.scalar(select(Webinar.time_zone).where(Webinar.id == webinar_id)) or "UTC"))
    classifier = SectorClassifier.load(session)
    stored = set(session.scalars(select(AttendanceRecord.person_key).where(AttendanceRecord.webinar_id == webinar_id)))
    problems = list(report.problems)
    with gc_paused():  # 100,000s of records and no cycles: no collector passes over them
        records = _plan_rows(report, to_utc, classifier, stored, problems)
    return ImportPlan(
        webinar_id=webinar_id,
        webinar_label=label,
        file=report.file,
        layout=report.layout,
        records=records,
        problems=tuple(problems),
        sector_names={s.id: s.name for s in list_sectors(session)},
        cleaned_values=report.cleaned_values,
    )


def _plan_rows(report: ParsedReport, to_utc: _UtcClock, classifier: SectorClassifier, stored: set[str],
               problems: list[Problem]) -> tuple[PlannedRecord, ...]:
    """Each valid row keyed, classified and merged with the same person's other rows."""
    merged: dict[str, PlannedRecord] = {}
    earlier_of = merged.get
    record_of = tuple.__new__  # PlannedRecord._make without its Python frame (and length check)
    # The classifier's and the clock's memos are read here first: a row then costs a
    # lookup, not two calls (100,000 rows hold a few hundred distinct combinations).
    sector_known = classifier.memo.get
    classify = classifier.classify_domain
    utc_known = to_utc.memo.get
    missing = object()
    for row in report.rows:
        raw = row.email
        email = (canonical_email(raw) or None) if raw is not None else None  # once per row: it is the key
        name = row.name
        key = email or name_key(name)
        if key is None:  # the parser guarantees a name or an e-mail; keep the promise checked
            problems.append(Problem(report.file, row.row_number, None, "has neither a name nor an e-mail"))
            continue
        sector = row.sector
        organization = row.organization
        asked = (sector or None, email_domain(raw), organization)
        sector_id = sector_known(asked, missing)
        if sector_id is missing:
            sector_id = classify(*asked)
        join = row.first_join
        utc = utc_known(join) if join is not None else None
        if utc is None and join is not None:
            utc = to_utc(join)
        record = record_of(PlannedRecord, (
            key, name, email, organization, sector_id, row.registered, row.attended, row.minutes_attended, utc,
            key not in stored, None if sector is None else bool(sector.strip()),
        ))
        earlier = earlier_of(key)
        if earlier is not None:  # e-mails differing only in case: one person
            record = earlier._replace(
                attended=earlier.attended or record.attended,
                registered=earlier.registered or record.registered,
                minutes=earlier.minutes + record.minutes,
                sector_stated=_stated(earlier.sector_stated, record.sector_stated),
            )
        merged[key] = record
    return tuple(merged.values())


_COLUMNS = ("webinar_id", "person_key", "name", "email", "organization_name", "sector_id", "registered",
            "attended", "minutes_attended", "first_join", "source_file", "imported_at", "sector_stated")
# The same table without column types: values are bound as given (datetimes already naive
# UTC text, booleans as Python bools), which skips SQLAlchemy's per-value bind processing —
# half the store time for 100,000 rows.
_RAW_TABLE = table("attendance_record", *(column(name) for name in _COLUMNS))


def _write_rows(connection: Connection, statement, rows: Iterable[tuple[object, ...]], *,  # type: ignore[no-untyped-def]
                new: bool) -> None:
    """Run `statement` for each row, as fast as the back-end allows, the rows made one at
    a time as they are written (no copy of the records).

    SQLite: compiled once to SQL with "?" placeholders (`_compiled`) and run through the
    driver's own executemany with plain tuples, in one call (SQLAlchemy's per-row parameter
    handling would cost more than SQLite's own work). PostgreSQL: new rows are streamed with
    COPY (db/bulk.py), the updates of people already stored go through SQLAlchemy's
    executemany (pipelined).
    """
    dialect = connection.dialect
    if dialect.name == "sqlite":
        sql = _compiled(statement, dialect, new)
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.executemany(sql, rows)
        except dialect.loaded_dbapi.Error as exc:  # reported as SQLAlchemy reports it (clash, busy…)
            raise DBAPIError.instance(sql, None, exc, dialect.loaded_dbapi.Error, dialect=dialect) from exc
        finally:
            cursor.close()
    elif new:
        try:
            insert_rows(connection, "attendance_record", _COLUMNS, rows)
        except dialect.loaded_dbapi.Error as exc:  # COPY goes round SQLAlchemy: reported as it would report it
            raise DBAPIError.instance("COPY attendance_record", None, exc, dialect.loaded_dbapi.Error,
                                      dialect=dialect) from exc
    else:
        batch = [dict(zip(_COLUMNS, row, strict=True)) for row in rows]
        if batch:
            connection.execute(statement, batch)


_COMPILED: dict[tuple[str, bool], str] = {}


def _compiled(statement, dialect, new: bool) -> str:  # type: ignore[no-untyped-def]
    """The driver SQL of the plain INSERT (`new`) or of the upsert, compiled once."""
    sql = _COMPILED.get((dialect.name, new))
    if sql is None:
        compiled = statement.compile(dialect=dialect)
        assert tuple(compiled.positiontup or ()) == _COLUMNS
        sql = _COMPILED[(dialect.name, new)] = str(compiled)
    return sql


def _utc_text(value: datetime) -> str:
    """What UTCDateTime stores: naive UTC in the datetime text format
    ("2022-01-25 18:58:31.000000"), written by datetime's C isoformat, not strftime."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _upsert_statement(dialect_name: str):  # type: ignore[no-untyped-def]
    """INSERT … ON CONFLICT DO UPDATE merging a re-imported record (see the module docstring).

    SQLite's two-argument max()/min() are PostgreSQL's GREATEST()/LEAST(). The e-mail is
    never updated: a record's key is its e-mail (or its name, when it has none).
    """
    if dialect_name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
        greater, lesser = func.greatest, func.least
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
        greater, lesser = func.max, func.min
    table = _RAW_TABLE
    stmt = dialect_insert(table)
    new = stmt.excluded
    return stmt.on_conflict_do_update(
        index_elements=["webinar_id", "person_key"],
        set_={
            "name": func.coalesce(new.name, table.c.name),
            "organization_name": func.coalesce(new.organization_name, table.c.organization_name),
            "sector_id": func.coalesce(table.c.sector_id, new.sector_id),
            "registered": greater(table.c.registered, new.registered),
            "attended": greater(table.c.attended, new.attended),
            "minutes_attended": greater(table.c.minutes_attended, new.minutes_attended),
            "first_join": func.coalesce(lesser(table.c.first_join, new.first_join),
                                        table.c.first_join, new.first_join),
            "source_file": new.source_file,
            "imported_at": new.imported_at,
            # A stated sector beats an empty field, which beats a file without the field.
            "sector_stated": greater(func.coalesce(table.c.sector_stated, new.sector_stated),
                                     func.coalesce(new.sector_stated, table.c.sector_stated)),
        },
    )


def store_import(session: Session, plan: ImportPlan, *, valid_rows_only: bool = False) -> StoreResult:
    """Store the plan's records in the caller's transaction (all of them, or none).

    With problems in the plan nothing is written unless ``valid_rows_only`` is True.
    """
    if plan.problems and not valid_rows_only:
        raise ImportHasProblems(plan.problems)
    dialect = session.get_bind().dialect
    upsert = _upsert_statement(dialect.name)
    plain = _RAW_TABLE.insert()
    connection = session.connection()
    # Which keys exist is decided here, inside the write transaction (no other writer:
    # BEGIN IMMEDIATE, or the team database's writers' lock), not taken from the preview.
    # New people go through a plain INSERT, which SQLite runs about twice as fast as the
    # same rows through ON CONFLICT DO UPDATE.
    stored: dict[str, int] = {key: record_id for key, record_id in session.execute(
        select(AttendanceRecord.person_key, AttendanceRecord.id).where(AttendanceRecord.webinar_id == plan.webinar_id))}
    now = _utc_text(datetime.now(UTC))
    source = Path(plan.file).name
    webinar_id = plan.webinar_id
    records = plan.records
    times: dict[datetime, str] = {}  # join times repeat: each distinct one written out once
    # SQLite stores a boolean as 1 or 0. Its driver binds an int as it is, but offers a
    # bool to the adapters first (three failed look-ups, each raising and clearing an
    # AttributeError): three flags a row, a quarter of the driver's time for 100,000 rows.
    # PostgreSQL's columns are boolean: they get bools.
    yes, no = (1, 0) if dialect.name == "sqlite" else (True, False)

    def rows(new: bool) -> Iterator[tuple[object, ...]]:
        """The records for one statement, made one at a time as the driver asks."""
        for r in records:
            if (r.person_key not in stored) is new:
                join = r.first_join
                if join is not None:
                    text = times.get(join)
                    if text is None:
                        text = _utc_text(join)
                        if len(times) < _UtcClock.LIMIT:
                            times[join] = text
                    join = text
                yield (webinar_id, r.person_key, r.name, r.email, r.organization, r.sector_id,
                       yes if r.registered else no, yes if r.attended else no, r.minutes, join, source, now,
                       None if r.sector_stated is None else yes if r.sector_stated else no)

    new = sum(1 for r in records if r.person_key not in stored)
    # The rows go past the session, so an undo journal (services/journal.py) is told here
    # what they replace: each updated record's stored values, and which records are new.
    recording = journal.active(session)
    table = AttendanceRecord.__table__
    if recording is not None:
        recording.rows_before(connection, table, [stored[r.person_key] for r in records
                                                  if r.person_key in stored])
        top = session.scalar(select(func.coalesce(func.max(AttendanceRecord.id), 0)))
    with gc_paused():
        _write_rows(connection, plain, rows(True), new=True)  # one statement per kind of row, streamed
        _write_rows(connection, upsert, rows(False), new=False)
    if recording is not None:
        recording.inserted_since(connection, table, top)
    note_change(session, "attendance_record", None,
                description=f"imported {len(records)} attendance records into {plan.webinar_label}")
    skipped = len({p.row for p in plan.problems if p.row is not None})
    return StoreResult(plan.webinar_label, len(records), new, len(records) - new, skipped)
