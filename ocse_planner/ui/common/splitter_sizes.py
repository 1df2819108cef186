"""Splitter positions, remembered per user between sessions.

Every splitter of the window has an object name; its state is stored under
`layout/<name>` when the window closes and put back when the tabs are built. Each tab
sets sensible first sizes itself; a stored state wins once the person has moved a
splitter. (The only settings this module reads or writes; they move with the settings
module when there is one.)
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

PREFIX = "layout/"


def _splitters(root: QWidget) -> list[QSplitter]:
    return [s for s in root.findChildren(QSplitter) if s.objectName()]


def restore_splitters(root: QWidget, settings: QSettings) -> None:
    for splitter in _splitters(root):
        state = settings.value(PREFIX + splitter.objectName())
        if isinstance(state, QByteArray | bytes) and state:
            splitter.restoreState(QByteArray(state))


def save_splitters(root: QWidget, settings: QSettings) -> None:
    for splitter in _splitters(root):
        if any(splitter.sizes()):  # a splitter never laid out has nothing worth keeping
            settings.setValue(PREFIX + splitter.objectName(), splitter.saveState())
