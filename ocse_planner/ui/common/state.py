"""The window's shared state: which file is open, which series is selected, and the
history of changes made to it (ui/common/operations.py).

Tabs read the database through services and listen here, so a change made in one tab
(or a file opened from the menu) reaches every other tab through one signal. A new file
starts a new history: steps made in one file never run in another.

Contract: every `databaseChanged` is followed by exactly one `seriesChanged` (the series
the Series tab selected in the new file, or None). A tab whose content depends on the
selected series listens to `seriesChanged` (and `dataChanged`) only, so opening a file
refreshes it once, not twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ocse_planner.ui.common.operations import History

if TYPE_CHECKING:
    from ocse_planner.db import Database


class AppState(QObject):
    databaseChanged = Signal()
    seriesChanged = Signal(object)  # int | None
    dataChanged = Signal()  # something was saved; views re-read what they show

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._series_id: int | None = None
        self._series_announced = True
        self.history = History(self)

    @property
    def db(self) -> Database | None:
        return self._db

    @property
    def series_id(self) -> int | None:
        return self._series_id

    def set_database(self, db: Database | None) -> None:
        old = self._db
        if db is not old:  # the same planner shown again keeps its history
            self.history.clear()
        self._db = db
        self._series_id = None
        self._series_announced = False
        self.databaseChanged.emit()  # the Series tab may select a series meanwhile
        if not self._series_announced:
            self._series_announced = True
            self.seriesChanged.emit(self._series_id)
        if old is not None and old is not db:
            old.close()

    def set_series(self, series_id: int | None) -> None:
        if series_id != self._series_id or not self._series_announced:
            self._series_id = series_id
            self._series_announced = True
            self.seriesChanged.emit(series_id)

    def notify_changed(self) -> None:
        self.dataChanged.emit()
