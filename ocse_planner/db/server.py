"""Team mode: the same planner in a PostgreSQL database.

**Driver.** psycopg 3 comes with the optional extra `team`; it is imported only when a
URL is used, so the app and its tests run without it, and a URL without it is one line
saying which extra to install. libpq reads the URL itself (`creator`), so services
(`?service=`), Unix sockets (`?host=/run/postgresql`), the `PG*` variables, `~/.pgpass`
and TLS options (`sslmode`, `sslrootcert`…) all work as in `psql`. A password typed into
the app's prompt is handed to libpq per connection and kept in memory only.

**Transactions.** A write transaction takes a transaction-scoped advisory lock first:
writers run one at a time, as on SQLite with BEGIN IMMEDIATE, so a read-modify-write in
one transaction never loses an update, numbers taken as max + 1 never collide among this
app's writers, and change-log ids grow in commit order. It runs at READ COMMITTED, so its
statements after the lock see everything committed before. Waiting for the lock is
bounded (`lock_timeout`, the busy timeout): then the database is named as busy, like a
locked file. A write also checks that the schema is still the one the app opened (an
upgrade by the administrator meanwhile stops it, rather than writing to a schema it does
not know). Read transactions are REPEATABLE READ, READ ONLY: one consistent snapshot
(an export reads many tables), never waiting for a writer.

**What a team database is** (`identify_server`, the counterpart of a file's
application_id): a schema whose tables include `planner_meta` naming this application. A
schema without tables is empty (a planner can be created in it); any other table there
means it belongs to another program, and it is refused.

**Who migrates.** Never whoever opens it first: `ocse-planner upgrade --db URL` does it
(`upgrade_server`), in one transaction (PostgreSQL's DDL is transactional), holding the
writers' lock. A client older than the schema refuses ("install version X", from
`planner_meta.app_version`); a newer client reads an older schema, read-only, until it
is upgraded.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from ocse_planner import APP_NAME, __version__
from ocse_planner.db.engine import _BEGIN_OPTION, Database, busy_timeout_ms, first_line
from ocse_planner.db.errors import (
    DatabaseBusyError,
    DatabaseOpenError,
    SchemaTooNewError,
    ServerUnavailableError,
    is_busy,
)
from ocse_planner.db.location import ServerLocation

if TYPE_CHECKING:
    from sqlalchemy import Connection

# pg_advisory_xact_lock key of every planner writer: "OCSE" in ASCII (as a file's application_id).
WRITE_LOCK = 0x4F435345
_PASSWORD_NEEDED = ("no password supplied", "password authentication failed")


class EmptyServerError(DatabaseOpenError):
    """The team database holds no planner yet (it may be created in it)."""


class SchemaOutdatedError(DatabaseOpenError):
    """The team database's schema is older than this app's: the administrator upgrades it."""


class SchemaChangedError(DatabaseOpenError):
    """The schema was upgraded while this app had the database open."""


def require_driver(location: ServerLocation) -> Any:
    """psycopg, or one line saying which extra to install."""
    try:
        import psycopg
    except ImportError:
        raise DatabaseOpenError(location, "needs the PostgreSQL driver, which comes with the 'team' extra: "
                                          "pip install 'ocse-planner[team]'") from None
    return psycopg


def connection_factory(location: ServerLocation, *, application: str = APP_NAME) -> Callable[[], Any]:
    """A function that opens one psycopg connection to `location` (libpq reads the URL)."""
    psycopg = require_driver(location)
    try:
        given = psycopg.conninfo.conninfo_to_dict(location.url)
    except psycopg.ProgrammingError as exc:
        raise DatabaseOpenError(location, "is not a valid PostgreSQL URL ({detail})", detail=first_line(exc)) from None
    extra: dict[str, Any] = {}
    if "application_name" not in given and "PGAPPNAME" not in os.environ:
        extra["application_name"] = application
    if "connect_timeout" not in given and "PGCONNECT_TIMEOUT" not in os.environ:
        extra["connect_timeout"] = 10
    if location.password is not None:
        extra["password"] = location.password

    def connect() -> Any:
        return psycopg.connect(location.url, **extra)

    return connect


def unavailable(location: ServerLocation, exc: BaseException) -> DatabaseOpenError:
    """A failed connection as the user's problem: unreachable, or a password to ask for."""
    text = first_line(exc)
    for prefix in ("connection failed: ", "connection is bad: "):
        text = text.removeprefix(prefix)
    needs_password = any(marker in text for marker in _PASSWORD_NEEDED)
    if needs_password:
        return ServerUnavailableError(location, "refused the login ({detail})", needs_password=True, detail=text)
    return ServerUnavailableError(location, "cannot be reached ({detail})", detail=text)


def make_server_engine(
    location: ServerLocation, *, read_only: bool = False, expected_revision: str | None = None,
    poolclass: Any = None,
) -> Engine:
    """An engine for a team database (see the module docstring for its transactions)."""
    creator = connection_factory(location)
    options: dict[str, Any] = {"poolclass": poolclass} if poolclass is not None else {"pool_pre_ping": True}
    engine = create_engine("postgresql+psycopg://", creator=creator, **options)
    timeout = busy_timeout_ms()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if read_only or conn.get_execution_options().get(_BEGIN_OPTION) == "DEFERRED":
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return
        # The wait bound and the writers' lock in one round trip; the schema revision in a
        # statement of its own, so that its snapshot is taken once the lock is held.
        conn.exec_driver_sql(
            f"SELECT set_config('lock_timeout', '{int(timeout)}', true), pg_advisory_xact_lock({WRITE_LOCK})")
        if expected_revision is not None:
            found = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            if found != expected_revision:
                raise SchemaChangedError(
                    location, "was upgraded to schema {found} while it was open; this version of OCSE Planner "
                    "works with schema {expected}. Nothing was changed", found=found, expected=expected_revision)

    return engine


@contextmanager
def server_errors(location: ServerLocation) -> Iterator[None]:
    """psycopg's failures while connecting or reading as one-line DatabaseOpenErrors."""
    try:
        yield
    except DatabaseOpenError:
        raise
    except DBAPIError as exc:
        if not type(exc.orig).__module__.startswith("psycopg"):
            raise  # the other side of a copy (a file) failed: not this server's problem
        if is_busy(exc):
            raise DatabaseBusyError(location, busy_timeout_ms() / 1000) from exc
        state = getattr(exc.orig, "sqlstate", None)
        if state is None or str(state).startswith(("08", "28", "3D")):  # connection, login, no such database
            raise unavailable(location, exc) from exc
        if state == "42501":
            raise DatabaseOpenError(location, "cannot be used: permission denied ({detail})",
                                    detail=first_line(exc)) from exc
        raise DatabaseOpenError(location, "cannot be used ({detail})", detail=first_line(exc)) from exc


@dataclass(frozen=True)
class ServerState:
    """What a read-only look at a team database found."""

    revision: str | None  # None: no planner yet (an empty schema)
    has_tables: bool
    app_version: str | None = None  # the app version that created or last upgraded it
    schema: str = "public"
    role: str = ""  # who we are logged in as (the change log's default author)


def identify_server(
    location: ServerLocation, schema: str | None, tables: set[str], application: str | None,
    app_version: str | None, revision: str | None, role: str = "",
) -> ServerState:
    """Decide whether a schema holds a planner (see the module's docstring)."""
    from ocse_planner.db.migrate import known_revisions

    if schema is None:
        raise DatabaseOpenError(location, "has no schema to use (check the search_path option)")
    if not tables:
        return ServerState(None, False, schema=schema, role=role)
    if "planner_meta" not in tables or application != APP_NAME:
        shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
        raise DatabaseOpenError(
            location, "holds another program's tables in schema {schema} ({tables}), not an OCSE Planner "
            "database; give the planner a database (or schema) of its own", schema=schema, tables=shown)
    if revision is None:
        raise DatabaseOpenError(location, "is an OCSE Planner database without a schema revision (damaged)")
    if revision not in known_revisions():
        raise SchemaTooNewError(
            location, "was upgraded to schema {revision} by OCSE Planner {version}: install version {version} "
            "or newer to use it (this is {this})", revision=revision, version=app_version or "(a newer one)",
            this=__version__)
    return ServerState(revision, True, app_version, schema, role)


def inspect_server(location: ServerLocation) -> ServerState:
    """The team database's state, read without changing anything."""
    engine = make_server_engine(location, read_only=True, poolclass=NullPool)
    try:
        with server_errors(location), engine.connect() as conn:
            return _read_state(location, conn)
    finally:
        engine.dispose()


def _read_state(location: ServerLocation, conn: Connection) -> ServerState:
    schema, role = conn.exec_driver_sql("SELECT current_schema(), current_user").one()
    tables = set(conn.exec_driver_sql(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()").scalars())
    application = app_version = revision = None
    if "planner_meta" in tables:
        row = conn.exec_driver_sql("SELECT application, app_version FROM planner_meta WHERE id = 1").first()
        if row is not None:
            application, app_version = row
    if "alembic_version" in tables:
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return identify_server(location, schema, tables, application, app_version, revision, role)


@dataclass(frozen=True)
class UpgradePlan:
    current: str | None
    target: str
    steps: tuple[tuple[str, str], ...]  # (revision, first line of its description)


def upgrade_plan(location: ServerLocation) -> UpgradePlan:
    from ocse_planner.db.migrate import head_revision, revision_titles

    state = inspect_server(location)
    head = head_revision()
    return UpgradePlan(state.revision, head, revision_titles(state.revision, head))


def upgrade_server(location: ServerLocation, revision: str = "head", *, connection: Connection | None = None) -> None:
    """Create or upgrade the planner schema in one transaction, holding the writers' lock.

    With `connection`, run inside the caller's transaction (copy, demo) instead.
    """
    from alembic import command

    from ocse_planner.db.migrate import alembic_config

    def run(conn: Connection) -> None:
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(busy_timeout_ms())}")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
        _read_state(location, conn)  # refuses another program's tables, a newer schema
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.exec_driver_sql(
            "UPDATE planner_meta SET app_version = %(v)s WHERE id = 1", {"v": __version__})

    if connection is not None:
        run(connection)
        return
    engine = make_server_engine(location, poolclass=NullPool)
    try:
        with server_errors(location), engine.begin() as conn:
            run(conn)
    finally:
        engine.dispose()


def open_server(
    location: ServerLocation, *, create: bool = False, read_only: bool = False, author: str | None = None,
    client_id: str | None = None,
) -> Database:
    """Open a team database (see the module docstring for what is refused).

    `create`: an empty schema gets the planner tables (commands that create: demo,
    upgrade, copy). An older schema is read, read-only, through an upgraded temporary
    copy (as for an old file) when `read_only`, and refused for writing otherwise.
    """
    from ocse_planner.db.migrate import head_revision

    state = inspect_server(location)
    head = head_revision()
    if state.revision is None:
        if not create:
            raise EmptyServerError(
                location, "holds no planner yet: create one with `ocse-planner upgrade --db URL` (empty) or copy a "
                "planner into it (`ocse-planner copy FILE URL`, or File ▸ Copy planner to…)")
        upgrade_server(location)
    elif state.revision != head:
        if not read_only:
            raise outdated(location, state.revision, head)
        from ocse_planner.db.transfer import read_through_copy

        return read_through_copy(location, reason=outdated(location, state.revision, head).reason)
    engine = make_server_engine(location, read_only=read_only, expected_revision=head)
    return Database(location, engine, read_only=read_only, author=author or state.role or None, client_id=client_id)


def outdated(location: ServerLocation, revision: str | None, head: str) -> SchemaOutdatedError:
    return SchemaOutdatedError(
        location, "uses schema {revision}, older than this version's {head}: the administrator upgrades it with "
        "`ocse-planner upgrade --db URL`; until then it can be read but not changed", revision=revision, head=head)


def count_entities(location: ServerLocation) -> dict[str, int]:
    """Records per counted table, read in one read-only transaction (any known revision:
    these tables have been there since the first)."""
    from sqlalchemy import func, select

    from ocse_planner.db.models import COUNTED_ENTITIES

    engine = make_server_engine(location, read_only=True, poolclass=NullPool)
    try:
        with server_errors(location), engine.connect() as conn:
            return {model.__tablename__: int(conn.execute(select(func.count()).select_from(model)).scalar_one())
                    for model in COUNTED_ENTITIES}
    finally:
        engine.dispose()
