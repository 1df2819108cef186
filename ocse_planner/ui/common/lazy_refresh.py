"""Refresh a tab now if it is on screen, otherwise the next time it is shown.

With a decade of series in one file, re-reading a hidden tab (3,000 presenters and a
timetable, the partner matrix) costs a few hundred milliseconds of the UI thread each time
a file is opened or a record saved elsewhere. A hidden tab only notes that it is stale.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    """Connect state signals to `request`; `refresh` runs when the widget can be seen."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self.stale = True
        widget.installEventFilter(self)

    def request(self, *_: object) -> None:
        self.stale = True
        if self._widget.isVisible():
            self.run()

    def run(self) -> None:
        self.stale = False
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.run()
        return False
