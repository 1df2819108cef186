"""Other people's changes appear without a restart.

Every write leaves one line in the planner's change log (db/changes.py). The watcher asks,
every couple of seconds and off the UI thread, for the lines after the last one it saw:
one index lookup when nothing happened, the same on a file and on a team database. Lines
written by another app instance (another person, another window) make the window re-read
what it shows (`AppState.notify_changed`: the visible tab refreshes now, hidden ones when
shown) and say who changed what ("alice renamed webinar 2") in the status bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.tasks import Progress, Task, run_task

if TYPE_CHECKING:
    from ocse_planner.db.changes import ChangeEntry
    from ocse_planner.db.engine import Database

POLL_INTERVAL_MS = 2000


class ChangeWatcher(QObject):
    """Polls the open planner's change log; `changedElsewhere` carries others' new lines."""

    changedElsewhere = Signal(list)  # list[ChangeEntry], oldest first

    def __init__(self, state: AppState, parent: QObject | None = None, interval_ms: int = POLL_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.state = state
        self._db: Database | None = None
        self._last: int | None = None  # the highest id seen; None: not read yet
        self._task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        state.databaseChanged.connect(self._database_changed)

    def _database_changed(self) -> None:
        db = self.state.db
        self._db, self._last = db, None
        # A read-only copy (an older team database read through a temporary file) never changes.
        watch = db is not None and not (db.read_only and not db.is_server)
        if watch:
            self.timer.start()
            self.poll()
        else:
            self.timer.stop()

    def poll(self) -> Task | None:
        """Ask for new lines on a worker (at most one request at a time)."""
        db = self._db
        if db is None or (self._task is not None and not self._task.done):
            return None
        last = self._last

        def work(_progress: Progress) -> tuple[int, list[ChangeEntry]]:
            if last is None:
                return db.last_change_id(), []
            entries = db.changes_after(last)
            return (entries[-1].id if entries else last), entries

        def done(result: tuple[int, list[ChangeEntry]]) -> None:
            if db is not self._db:  # another planner was opened meanwhile
                return
            self._last, entries = result
            theirs = [e for e in entries if e.client != db.client_id]
            if theirs:
                self.changedElsewhere.emit(theirs)

        def failed(_exc: BaseException) -> None:
            pass  # a server out of reach for a moment: the next poll tries again; saving says why

        self._task = run_task(work, done, failed, parent=self)
        return self._task
