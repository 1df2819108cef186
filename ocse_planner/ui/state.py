"""The window's shared state: which file is open and which series is selected.

Tabs read the database through services and listen here, so a change made in one tab
(or a file opened from the menu) reaches every other tab through one signal.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ocse_planner.db import Database


class AppState(QObject):
    databaseChanged = Signal()
    seriesChanged = Signal(object)  # int | None
    dataChanged = Signal()  # something was saved; views re-read what they show

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._series_id: int | None = None

    @property
    def db(self) -> Database | None:
        return self._db

    @property
    def series_id(self) -> int | None:
        return self._series_id

    def set_database(self, db: Database | None) -> None:
        old = self._db
        self._db = db
        self._series_id = None
        self.databaseChanged.emit()
        self.seriesChanged.emit(None)
        if old is not None and old is not db:
            old.close()

    def set_series(self, series_id: int | None) -> None:
        if series_id != self._series_id:
            self._series_id = series_id
            self.seriesChanged.emit(series_id)

    def notify_changed(self) -> None:
        self.dataChanged.emit()
