"""Guard against PySide6 builds that corrupt None's reference count.

PySide6 6.12.0 on CPython 3.11 decremented None's refcount on every Qt call returning
nothing; after a few thousand calls the process died with `none_dealloc`. This catches
such a release in the suite instead of in a user's hands.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_leave_none_refcount_alone(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(10, 10)  # warm up any caches
    before = sys.getrefcount(None)
    for i in range(2000):
        widget.resize(10 + i % 7, 10)
    after = sys.getrefcount(None)
    assert abs(after - before) < 50, f"None refcount drifted by {after - before}"
