"""Push buttons and rows of them, made the same way on every tab.

A button's text carries its mnemonic ("&New series"); its accessible name says what it
does in words a screen reader can announce on its own ("New series"), and its row keeps
the buttons together on the left.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


def push_button(parent: QWidget, text: str, name: str, slot: Callable[..., Any]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    return button


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """The buttons side by side on the left, the rest of the line empty."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
