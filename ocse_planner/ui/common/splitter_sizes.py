"""Splitter positions, remembered per user between sessions.

Every splitter of the window has an object name; when the window closes, each one's
state is kept under its name in the `layout/splitters` setting (ui/common/settings.py),
and put back when the tabs are built. Each tab sets sensible first sizes itself; a kept
state wins once the person has moved a splitter. A state that cannot be read (another
version, a hand-edited file) is ignored and the first sizes stay.
"""

from __future__ import annotations

import base64
import binascii

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter, QWidget

from ocse_planner.ui.common.settings import SPLITTER_LAYOUT, Settings


def _splitters(root: QWidget) -> list[QSplitter]:
    return [s for s in root.findChildren(QSplitter) if s.objectName()]


def _kept(settings: Settings) -> dict[str, str]:
    import json  # not at start-up: first needed when a tab is built

    try:
        kept = json.loads(settings.get(SPLITTER_LAYOUT).decode("utf-8") or "{}")
    except (UnicodeDecodeError, ValueError):
        return {}
    return {str(k): v for k, v in kept.items() if isinstance(v, str)} if isinstance(kept, dict) else {}


def restore_splitters(root: QWidget, settings: Settings) -> None:
    kept = _kept(settings)
    for splitter in _splitters(root):
        try:
            state = base64.b64decode(kept.get(splitter.objectName(), ""), validate=True)
        except (binascii.Error, ValueError):
            continue
        if state:
            splitter.restoreState(QByteArray(state))


def save_splitters(root: QWidget, settings: Settings) -> None:
    import json

    kept = _kept(settings)  # splitters not built this time keep what they had
    for splitter in _splitters(root):
        if any(splitter.sizes()):  # a splitter never laid out has nothing worth keeping
            kept[splitter.objectName()] = base64.b64encode(splitter.saveState().data()).decode("ascii")
    settings.set(SPLITTER_LAYOUT, json.dumps(kept, sort_keys=True).encode("utf-8"))
