"""Typing into the real window as a person would, shared by the tab tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit


def activate(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def type_into(qtbot, widget, text):
    """Select what the field holds, type over it and press Return, as a person would."""
    widget.setFocus()
    if isinstance(widget, QDateTimeEdit):  # type over the first section (the hour)
        widget.setSelectedSection(widget.sectionAt(0))
    else:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def edit_cell(qtbot, view, index, text):
    """F2 on a table cell, type over what it holds (nothing clears it), press Return."""
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view, "the cell did not open an editor"
    type_into(qtbot, editor, text)


def type_text(widget, text):
    """Type `text` key by key into `widget`, accents included (QTest's keyClicks aborts on
    "é"): each character is the text of its key event, as a French keyboard sends it."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))
