"""Opening a planner file safely: identify it, check it, back it up, bring it up to date.

Every check runs on a connection that cannot write first, so a file we refuse (not
SQLite, corrupt, another program's database, written by a newer version of the app) is
left byte-for-byte as it was, with nothing beside it. Only a file that passes is opened
for writing; if its schema is older than the app's, it is copied with SQLite's online
backup API before migrating.

**What a planner file is** (`identify`, the one place that decides): an SQLite file whose
header carries our `application_id` (set when the file is created or migrated) and our
tables, or — a file made before the id existed — no application id, our tables and a
schema revision we know; such a file is stamped on its first write (the migration that
sets the id). A file without our tables is another program's, whatever an
`alembic_version` table in it says; a revision we do not know means "not ours, or from a
newer version".

Commands that only read (`info`, `stats`, exports) use `open_for_reading`: no migration,
no journal-mode change, nothing left beside the file, so a read-only file or a backup
can be read and stays byte-identical. A file older than the app is read through an
upgraded temporary copy.
"""

from __future__ import annotations

import ast
import logging
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.pool import NullPool

from ocse_planner.db.backup import (
    DEFAULT_POLICY,
    REASON_BEFORE_UPGRADE,
    BackupPolicy,
    backup_on_open,
    make_backup,
    make_private,
    prune_backups,
)
from ocse_planner.db.engine import Database, busy_timeout_ms, make_engine, read_uri
from ocse_planner.db.errors import DatabaseBusyError, DatabaseOpenError, SchemaTooNewError, is_busy
from ocse_planner.db.location import Location, ServerLocation, parse_location
from ocse_planner.db.models import COUNTED_ENTITIES
from ocse_planner.services.errors import N_, os_reason

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["DatabaseBusyError", "DatabaseOpenError", "SchemaTooNewError", "open_database", "open_for_reading"]

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id of every planner file: "OCSE" in ASCII. Revision 0004 sets it.
APPLICATION_ID = 0x4F435345
# Tables every planner file has had since the first revision.
PLANNER_TABLES = frozenset({"alembic_version", "organization", "series", "webinar", "presentation", "person"})
NOT_OURS = N_("is an SQLite database of another program, not an OCSE Planner file")


def alembic_config() -> Config:
    from alembic.config import Config  # imported when migrating only: ~0.2 s at start-up

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@lru_cache(maxsize=1)
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the migration files without importing Alembic.

    Opening an up-to-date file (every start of the app) only needs the head's name;
    importing Alembic for it cost about a third of the cold start. A test checks this
    graph against Alembic's own reading of the same files.
    """
    graph: dict[str, str | None] = {}
    for file in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(file.read_text(encoding="utf-8")).body:
            target = node.target if isinstance(node, ast.AnnAssign) else (
                node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None)
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                assert node.value is not None
                values[target.id] = ast.literal_eval(node.value)
        if isinstance(values.get("revision"), str):
            down = values.get("down_revision")
            graph[str(values["revision"])] = down if isinstance(down, str) else None
    return graph


def revision_titles(current: str | None, target: str) -> tuple[tuple[str, str], ...]:
    """The revisions from `current` (exclusive) up to `target`, oldest first, each with the
    first line of its description: what an upgrade will change."""
    graph = _revision_graph()
    files = {}
    for file in (MIGRATIONS_DIR / "versions").glob("*.py"):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        names = [n for n in tree.body if isinstance(n, ast.AnnAssign | ast.Assign)]
        for node in names:
            target_node = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
            if isinstance(target_node, ast.Name) and target_node.id == "revision" and node.value is not None:
                files[ast.literal_eval(node.value)] = (ast.get_docstring(tree) or "").strip().splitlines()
    steps = []
    revision: str | None = target
    while revision is not None and revision != current:
        lines = files.get(revision) or [""]
        steps.append((revision, lines[0]))
        revision = graph.get(revision)
    return tuple(reversed(steps))


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down is not None}
    assert len(heads) == 1, f"migrations must have one head, found {sorted(heads)}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())


@dataclass(frozen=True)
class FileState:
    """What a read-only look at an existing file found."""

    revision: str | None  # None: an empty (new) database
    has_tables: bool
    stamped: bool = False  # carries our application_id


def _inspect_read_only(path: Path) -> FileState:
    """Refuse anything that is not an intact planner database, without writing to it."""
    if path.is_dir():
        raise DatabaseOpenError(path, "is a folder, not a planner file")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError:
        raise DatabaseOpenError(path, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise DatabaseOpenError(path, "cannot be read ({detail})", detail=os_reason(exc)) from None
    if size == 0:
        return FileState(revision=None, has_tables=False)
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(path, "is not an OCSE Planner database (not an SQLite file)")
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existing = {p for p in sidecars if p.exists()}
    try:
        return _read_state(path)
    except DatabaseOpenError:
        # A refused file is left as it was found: a header claiming WAL mode makes even a
        # read-only connection create empty -wal/-shm files beside it.
        for created in sidecars:
            if created not in existing and created.exists() and created.stat().st_size <= 32768:
                created.unlink(missing_ok=True)
        raise


def _read_state(path: Path) -> FileState:
    target, is_uri = read_uri(path)
    try:
        conn = sqlite3.connect(target, uri=is_uri, timeout=busy_timeout_ms() / 1000)
        conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error as exc:
        raise _open_error(path, exc, N_("cannot be opened ({detail})")) from None
    try:
        check = conn.execute("PRAGMA quick_check(1)").fetchone()
        if not check or check[0] != "ok":
            raise DatabaseOpenError(path, "is damaged (SQLite integrity check failed)")
        application_id = conn.execute("PRAGMA application_id").fetchone()[0] & 0xFFFFFFFF
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if PLANNER_TABLES <= tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return identify(path, application_id, tables, revision)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # a damaged page can pass quick_check and still hold names that are not UTF-8
        raise _open_error(path, exc, N_("is damaged or not a database ({detail})")) from None
    finally:
        conn.close()


def identify(path: Path, application_id: int, tables: set[str], revision: str | None) -> FileState:
    """Decide whether an SQLite file is a planner file (see the module's docstring)."""
    if application_id not in (0, APPLICATION_ID):
        raise DatabaseOpenError(path, "is an SQLite database of another program, not an OCSE Planner file "
                                      "(application id {id})", id=f"{application_id:#010x}")
    if not tables:
        return FileState(revision=None, has_tables=False)  # an empty database: made into one
    if not PLANNER_TABLES <= tables or revision is None:
        raise DatabaseOpenError(path, NOT_OURS)
    if revision not in known_revisions():
        raise SchemaTooNewError(
            path, "is not an OCSE Planner file, or was written by a newer version of OCSE Planner "
            "(schema {revision}); update the app to open it", revision=revision,
        )
    return FileState(revision=revision, has_tables=True, stamped=application_id == APPLICATION_ID)


def _open_error(path: Path, exc: sqlite3.Error, what: str) -> DatabaseOpenError:
    """SQLite's error as the user's problem: busy, a folder we cannot write, or damage
    (`what`, an N_-marked template with SQLite's text as its `{detail}`)."""
    if is_busy(exc):
        return DatabaseBusyError(path, busy_timeout_ms() / 1000)
    if isinstance(exc, sqlite3.OperationalError) and "unable to open" in str(exc) and not os.access(
        path.parent, os.W_OK
    ):
        return DatabaseOpenError(
            path, "cannot write in folder {folder}: SQLite keeps its journal (-wal, -shm) beside "
            "the file; copy the file to a folder you can write", folder=path.parent,
        )
    return DatabaseOpenError(path, what, detail=str(exc))


def _check_writable(path: Path) -> None:
    if path.exists():
        if not os.access(path, os.W_OK):
            raise DatabaseOpenError(
                path, "is read-only; the planner saves every edit as it is made, so it needs a "
                "file it can write (copy it to a writable folder). Nothing was changed"
            )
        if not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError(
                path, "cannot write in folder {folder}: SQLite keeps its journal (-wal, -shm) "
                "beside the file; copy the file to a folder you can write. Nothing was changed",
                folder=path.parent,
            )
    else:
        parent = path.parent
        if not parent.is_dir():
            raise DatabaseOpenError(path, "cannot be created: folder {folder} does not exist", folder=parent)
        if not os.access(parent, os.W_OK):
            raise DatabaseOpenError(path, "cannot be created: folder {folder} is not writable", folder=parent)


def inspect_revision(path: Location | str) -> FileState:
    """The schema revision of an existing file (or team database), read without changing it."""
    location = parse_location(path)
    if isinstance(location, ServerLocation):
        from ocse_planner.db.server import inspect_server

        server = inspect_server(location)
        return FileState(revision=server.revision, has_tables=server.has_tables, stamped=server.has_tables)
    path = location
    if not path.exists():
        raise DatabaseOpenError(path, "does not exist")
    return _inspect_read_only(path)


def upgrade(path: Path, revision: str = "head") -> None:
    """Run migrations up to `revision` in one transaction, foreign keys off, then verify."""
    from alembic import command

    engine = make_engine(path, foreign_keys=False, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            cfg = alembic_config()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
            bad = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if bad:
                raise DatabaseOpenError(
                    path, "migration left {count} broken references; nothing was changed", count=len(bad)
                )
    except Exception as exc:
        if is_busy(exc):
            raise DatabaseBusyError(path, busy_timeout_ms() / 1000) from exc
        raise
    finally:
        engine.dispose()


def open_database(
    path: Location | str, *, create: bool = True, backups: BackupPolicy | None = None,
    author: str | None = None, client_id: str | None = None,
) -> Database:
    """Open (creating or migrating as needed) the planner file at `path`.

    A file that needs migrating is always backed up first. With a `backups` policy (the
    app passes one; scripts and tests usually do not) opening also keeps the rolling set
    of backups: one copy per interval, the oldest pruned beyond the policy's count.

    A team database (a `postgresql:` URL or a ServerLocation) is opened by db/server.py:
    never migrated here (`upgrade_server` is the administrator's command), no file
    backups (the server's business); `create` makes a planner in an empty database.
    """
    location = parse_location(path)
    if isinstance(location, ServerLocation):
        from ocse_planner.db.server import open_server

        return open_server(location, create=create, author=author, client_id=client_id)
    path = location
    existed = path.exists()
    if not existed and not create:
        raise DatabaseOpenError(path, "does not exist")
    state = _inspect_read_only(path) if existed else FileState(revision=None, has_tables=False)
    head = head_revision()
    _check_writable(path)
    if not existed:
        path.touch(mode=0o600)
        make_private(path)
    if state.revision != head:
        if state.has_tables:
            saved = make_backup(path, reason=REASON_BEFORE_UPGRADE)
            log.info("Backed up %s to %s before upgrading it", path, saved.name)
            prune_backups(path, (backups or DEFAULT_POLICY).keep)
        try:
            upgrade(path)
        except DatabaseOpenError:
            raise
        except Exception as exc:  # a failed migration is rolled back; say which file
            log.exception("Upgrading %s failed; it was rolled back", path)
            raise DatabaseOpenError(path, "could not be upgraded ({detail})", detail=str(exc)) from exc
        log.info("Upgraded %s from schema %s to %s", path, state.revision or "(new file)", head)
    elif backups is not None and state.has_tables:
        try:
            backup_on_open(path, backups)
        except (OSError, sqlite3.Error) as exc:  # e.g. a full disk: say so before any edit
            if is_busy(exc):
                raise DatabaseBusyError(path, busy_timeout_ms() / 1000) from exc
            raise DatabaseOpenError(path, "could not be backed up ({detail})", detail=str(exc)) from exc
    log.info("Opened %s (schema %s)", path, head)
    return Database(path, make_engine(path), author=author, client_id=client_id)


def open_for_reading(path: Location | str) -> Database:
    """Open an existing planner to read it only (see the module's docstring)."""
    location = parse_location(path)
    if isinstance(location, ServerLocation):
        from ocse_planner.db.server import open_server

        return open_server(location, read_only=True)
    path = location
    if not path.exists():
        raise DatabaseOpenError(path, "does not exist")
    state = _inspect_read_only(path)
    if not state.has_tables:
        raise DatabaseOpenError(path, "is empty: it holds no OCSE Planner data yet")
    if state.revision == head_revision():
        log.info("Opened %s to read it only", path)
        return Database(path, make_engine(path, read_only=True), read_only=True)
    # Older than the app: read an upgraded copy, never the file itself.
    folder = Path(tempfile.mkdtemp(prefix="ocse-planner-read-"))
    try:
        copy = folder / path.name
        target, is_uri = read_uri(path)
        source = sqlite3.connect(target, uri=is_uri, timeout=busy_timeout_ms() / 1000)
        try:
            destination = sqlite3.connect(copy)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        upgrade(copy)
    except BaseException as exc:
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(exc, sqlite3.Error):
            raise _open_error(path, exc, N_("could not be read ({detail})")) from None
        raise
    return Database(path, make_engine(copy, read_only=True), on_close=lambda: shutil.rmtree(folder, ignore_errors=True),
                    read_only=True)


def entity_counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in COUNTED_ENTITIES
        }
