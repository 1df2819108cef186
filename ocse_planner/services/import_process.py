"""Read, plan and store an attendance import in a child process, so the window stays responsive.

Parsing 100,000 rows is CPU-bound Python: on a worker *thread* it holds the GIL and the
window's event loop stalls for hundreds of milliseconds at a time. Here the heavy work runs
in a child started with the "spawn" method (fork is unsafe in a process running Qt
threads). The child opens the planner file itself (a ``Database`` cannot cross processes,
its path can), parses, plans, and sends back only what a person looks at: an
:class:`ImportSummary` with the counts, the first rows of the preview and the first
problems — never the 100,000 planned records, whose unpickling would hold the GIL again.
The child keeps the full plan and, when told to, stores it in one transaction
(``Database.write``: BEGIN IMMEDIATE and a busy timeout, so the parent's open connections
are safe), then exits.

The parent side, :class:`ImportJob`, is meant to be driven from a worker thread that mostly
waits on the pipe (waiting releases the GIL). Progress is relayed to a callback; cancelling
a read kills the child (a read writes nothing). Errors come back as the exceptions the
services raise (ImportFileError, UnknownLayoutError with its headers, ImportCancelled…);
anything that cannot be rebuilt in the parent becomes a RuntimeError with the same text.
A fault (not a UserError) comes with the child's traceback as a note, so the parent's log
shows where in the child it happened.

``in_thread=True`` runs the same child loop on a thread of this process instead — the old
behaviour, used by tests that patch the parser; the CLI keeps calling the services directly.
"""

from __future__ import annotations

import multiprocessing
import pickle
import threading
import time
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ocse_planner.db.engine import RECEIPT_KEY
from ocse_planner.db.location import ServerLocation
from ocse_planner.importers import ImportCancelled, Problem
from ocse_planner.services import journal
from ocse_planner.services.errors import Cancelled, UserError
from ocse_planner.services.attendance_import import (
    ImportPlan,
    PlannedRecord,
    StoreResult,
    parse_report,
    plan_import,
    store_import,
)

PREVIEW_LIMIT = 5_000  # planned rows sent back for the preview table; every row is stored
PROBLEM_LIMIT = 10_000  # problems sent back for the problems table; the total is counted
PROGRESS_INTERVAL_S = 0.05  # at most 20 progress messages a second
POLL_S = 0.05


@dataclass(frozen=True)
class ImportSummary:
    """What the import dialog shows about a plan held by the child: counts and samples."""

    webinar_id: int
    webinar_label: str
    file: str
    layout: str
    record_count: int
    new_count: int
    unclassified_count: int
    preview: tuple[PlannedRecord, ...]  # the first PREVIEW_LIMIT records
    problems: tuple[Problem, ...]  # the first PROBLEM_LIMIT problems
    problem_count: int
    sector_names: Mapping[int, str]
    cleaned_values: int = 0  # values whose control characters or line breaks were cleaned

    @property
    def updated_count(self) -> int:
        return self.record_count - self.new_count


def summarize(plan: ImportPlan, *, preview_limit: int = PREVIEW_LIMIT,
              problem_limit: int = PROBLEM_LIMIT) -> ImportSummary:
    return ImportSummary(
        webinar_id=plan.webinar_id,
        webinar_label=plan.webinar_label,
        file=plan.file,
        layout=plan.layout,
        record_count=len(plan.records),
        new_count=plan.new_count,
        unclassified_count=plan.unclassified_count,
        preview=plan.records[:preview_limit],
        problems=plan.problems[:problem_limit],
        problem_count=len(plan.problems),
        sector_names=dict(plan.sector_names),
        cleaned_values=plan.cleaned_values,
    )


@dataclass(frozen=True)
class ReadRequest:
    """Everything the child needs to read one file (plain, picklable values)."""

    database: str | Path | ServerLocation  # the planner: a file, or a team database
    webinar_id: int
    path: str
    layout: str = "auto"
    mapping: Mapping[str, str] | None = None
    remembered: Mapping[str, Mapping[str, str]] | None = None
    # Whose change the store is in the change log: the window's, not a stranger's.
    author: str | None = None
    client_id: str | None = None


# --- the child side --------------------------------------------------------------------

def _portable(exc: BaseException) -> BaseException:
    """`exc` if it survives pickling with its type and text, else a RuntimeError saying the same."""
    try:
        copy = pickle.loads(pickle.dumps(exc))
        if type(copy) is type(exc) and str(copy) == str(exc):
            return exc
    except Exception:  # noqa: BLE001 - whatever fails here, the text still gets through
        pass
    return RuntimeError(str(exc) or type(exc).__name__)


def _child_traceback(exc: BaseException) -> str | None:
    """Where a fault happened in the child (user errors and cancels need no traceback)."""
    if isinstance(exc, UserError | Cancelled):
        return None
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def serve(conn: Connection, request: ReadRequest, cancel: Any) -> None:
    """The child's work: read and plan, report the summary, then store or quit on command."""
    from ocse_planner.db.migrate import open_database

    last = 0.0

    def progress(done: int, total: int | None = None) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= PROGRESS_INTERVAL_S:
            last = now
            conn.send(("progress", done, -1 if total is None else total))

    db = None
    try:
        try:
            db = open_database(request.database, create=False, author=request.author,
                               client_id=request.client_id)
            report = parse_report(request.path, layout=request.layout, mapping=request.mapping,
                                  remembered=request.remembered, progress=progress, cancel=cancel.is_set)
            if cancel.is_set():
                raise ImportCancelled()
            with db.read() as session:
                plan = plan_import(session, request.webinar_id, report)
            del report
            conn.send(("planned", summarize(plan)))
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the parent
            conn.send(("failed", _portable(exc), _child_traceback(exc)))
            return
        try:
            command = conn.recv()
        except EOFError:  # the parent went away: nothing to store
            return
        if command[0] == "store":
            try:
                # Recorded by the journal (services/journal.py): the parent's Edit ▸ Undo puts
                # every record back as it was, updated ones included.
                with db.write() as session:
                    result, changes = journal.record(
                        session, lambda s: store_import(s, plan, valid_rows_only=command[1]))
                conn.send(("stored", result, changes, session.info.get(RECEIPT_KEY)))
            except BaseException as exc:  # noqa: BLE001
                conn.send(("failed", _portable(exc), _child_traceback(exc)))
    finally:
        if db is not None:
            db.close()
        conn.close()


# --- the parent side -------------------------------------------------------------------

class ImportJob:
    """One file read in a child process; holds the child until it stored or was closed.

    `read()` and `store()` block (call them from a worker thread); `cancel()` and `close()`
    may be called from any thread.
    """

    def __init__(self, request: ReadRequest, *, in_thread: bool = False) -> None:
        self.request = request
        self._closed = threading.Event()
        self._storing = False
        self.changes: journal.ChangeSet | None = None  # what `store` changed, for Edit ▸ Undo
        self.receipt: Any = None  # its change-log receipt (db/changes.py), guarding the undo
        if in_thread:
            self._conn, child = multiprocessing.Pipe()
            self._cancel: Any = threading.Event()
            self._process: Any = None
            self._thread: threading.Thread | None = threading.Thread(
                target=serve, args=(child, request, self._cancel), daemon=True)
            self._thread.start()
        else:
            context = multiprocessing.get_context("spawn")
            self._conn, child = context.Pipe()
            self._cancel = context.Event()
            self._thread = None
            self._process = context.Process(target=serve, args=(child, request, self._cancel),
                                            daemon=True, name="ocse-import")
            self._process.start()
            child.close()  # the child's end lives in the child now: EOF when it exits

    def _receive(self, progress: Callable[[int, int], None] | None,
                 cancelled: Callable[[], bool] | None) -> tuple[Any, ...]:
        while True:
            if cancelled is not None and cancelled():
                self.cancel()
            if self._closed.is_set():
                raise ImportCancelled()
            try:
                if not self._conn.poll(POLL_S):
                    continue
                message = self._conn.recv()
            except (EOFError, OSError) as exc:
                if self._closed.is_set():
                    raise ImportCancelled() from exc
                code = self._process.exitcode if self._process is not None else None
                raise RuntimeError(f"the import stopped unexpectedly (exit code {code})") from exc
            if message[0] == "progress":
                if progress is not None:
                    progress(message[1], message[2])
                continue
            if message[0] == "failed":
                self.close()
                error = message[1]
                if len(message) > 2 and message[2]:
                    error.add_note("In the import process:\n" + message[2])
                raise error
            return message

    def read(self, progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> ImportSummary:
        """Wait for the child's plan; ImportCancelled when cancelled or closed meanwhile."""
        return self._receive(progress, cancelled)[1]

    def store(self, *, valid_rows_only: bool) -> StoreResult:
        """Have the child store its plan in one transaction; the child exits afterwards."""
        self._storing = True
        try:
            self._conn.send(("store", valid_rows_only))
            # ("stored", result, what the store changed (for undo), its change-log receipt)
            _, result, self.changes, self.receipt = self._receive(None, None)
            return result
        finally:  # the job is over, stored or not: the child is ended, the job closed
            if self._process is not None:
                self._process.join(timeout=2)  # it exits after answering
            self.close(force=True)

    def cancel(self) -> None:
        """Stop a read: the child is told to stop (thread) or ended (process)."""
        self._cancel.set()
        self.close()

    def close(self, *, force: bool = False) -> None:
        """End the child unless it is storing (a store, once started, finishes)."""
        if self._storing and not force:
            return
        self._closed.set()
        self._cancel.set()
        if self._process is not None and self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout=2)
        if self._thread is not None:
            try:
                self._conn.send(("quit",))
            except OSError:
                pass

    @property
    def alive(self) -> bool:
        if self._process is not None:
            return self._process.is_alive()
        return self._thread is not None and self._thread.is_alive()
