"""Run a function off the UI thread and get its result (or error) back on the UI thread.

Modelled on MusicBrainz Picard's `run_task`: the work runs on a QThreadPool; a small
QObject living on the UI thread receives the outcome through a queued signal. The work
function gets a `Progress` it may report to and poll for cancellation; it must not touch
widgets or live ORM objects from the UI's session. This is the workers' excepthook too:
a fault in the work is logged and shown once (see `run_task`).

A view that reloads in the background passes one `Latest` for all its loads: only the
newest request's result (or error) reaches the view, older ones still running are asked
to stop, and `Latest.pending` says whether the newest has reported yet.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from ocse_planner.services.errors import Cancelled, UserError
from ocse_planner.ui.common import errors


class Progress:
    """Handed to the work function: report progress, check for cancellation."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def report(self, done: int, total: int | None = None) -> None:
        self._relay.progressed.emit(done, -1 if total is None else total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], relay: _Relay, progress: Progress) -> None:
        super().__init__()
        self._fn, self._relay, self._progress = fn, relay, progress

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # reported to the UI thread, never lost
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


class Task(QObject):
    """A running task; keep a reference until it reports (the window does)."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.relay = _Relay()
        self.progress = Progress(self.relay)
        self.relay.finished.connect(self.finished)
        self.relay.failed.connect(self.failed)
        self.relay.progressed.connect(self.progressed)
        self.done = False
        self.finished.connect(self._mark_done)
        self.failed.connect(self._mark_done)

    def _mark_done(self, *_: Any) -> None:
        self.done = True

    def cancel(self) -> None:
        self.progress.cancel()


class Latest:
    """"Only the newest request wins" for one view: give the same instance to every
    `run_task` that fills it."""

    def __init__(self) -> None:
        self.generation = 0
        self._task: Task | None = None

    def _start(self, task: Task) -> int:
        if self._task is not None and not self._task.done:
            self._task.cancel()  # superseded: let it stop early; its result is dropped
        self.generation += 1
        self._task = task
        return self.generation

    def supersede(self) -> None:
        """Drop whatever is still running: the view was filled another way meanwhile."""
        if self._task is not None and not self._task.done:
            self._task.cancel()
        self.generation += 1
        self._task = None

    def is_current(self, generation: int) -> bool:
        return generation == self.generation

    @property
    def pending(self) -> bool:
        """True while the newest request has not reported (tests wait on this)."""
        return self._task is not None and not self._task.done


_running: set[Task] = set()


def run_task(
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    parent: QObject | None = None,
    pool: QThreadPool | None = None,
    what: str | None = None,
    latest: Latest | None = None,
) -> Task:
    """Start `fn(progress)` on the pool; `on_done(result)` / `on_error(exc)` run on the UI thread.

    A failure goes to `on_error` (to restore the view, and to show a `UserError` its own
    way, usually through `errors.report`); without one, a UserError is shown in a box
    over `parent`. A fault — any other exception — that `on_error` did not report itself
    is then logged and shown once as "`what` failed" (ui/common/errors.py): however a
    caller handles its errors, none is swallowed. A cancellation is no failure to show.

    With `latest`, a result or error arriving after a newer request on the same `Latest`
    started is dropped (a fault is still logged and shown).
    """
    task = Task(parent)
    generation = latest._start(task) if latest is not None else 0

    def current() -> bool:
        return latest is None or latest.is_current(generation)

    if on_done is not None:
        task.finished.connect(lambda result: on_done(result) if current() else None)
    task.failed.connect(lambda exc: _failed(exc, on_error if current() else None, parent, what,
                                            report=current()))
    _running.add(task)
    task.finished.connect(lambda *_: _running.discard(task))
    task.failed.connect(lambda *_: _running.discard(task))
    (pool or QThreadPool.globalInstance()).start(_Runnable(fn, task.relay, task.progress))
    return task


def _failed(error: BaseException, on_error: Callable[[BaseException], None] | None,
            parent: QObject | None, what: str | None, *, report: bool = True) -> None:
    errors.note_what(error, what)
    try:
        if on_error is not None:
            on_error(error)
        elif isinstance(error, UserError) and report:
            errors.report(parent if isinstance(parent, QWidget) else None, error, what or "")
    finally:
        if not isinstance(error, UserError | Cancelled):
            errors.report_unexpected(error, what)
