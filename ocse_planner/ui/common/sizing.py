"""Keeping controls narrow enough for a 1280×800 screen.

A combo box is as wide as its longest entry by default, and organization names or time
zones run long ("The Royal's Institute of Mental Health Research…"): one such combo makes
a whole form wider than its pane, which then scrolls sideways. A compact combo asks for
room for a dozen characters, shows as much of the name as its field allows, and lists the
full names when it opens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QScrollArea, QWidget

COMPACT_CHARACTERS = 12


def compact_combo(combo: QComboBox, characters: int = COMPACT_CHARACTERS) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def form_scroll_area(form: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """A form that scrolls up and down when the window is short, never sideways (its fields
    shrink and its labels move above them instead), and that Tab walks through without
    stopping on the scroll area itself."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(form)
    return area
