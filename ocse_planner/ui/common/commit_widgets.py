"""Form widgets that say when an edit is finished, so forms save as they are edited.

Line edits and spin boxes have `editingFinished`; a multi-line text has none, and a
combo box's `activated` is its finish. These small pieces give every form field the same
"finished" moment, which is when a form turns the edit into an undoable save.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QPlainTextEdit, QWidget

from ocse_planner.services.validation import time_zone_names
from ocse_planner.ui.common.sizing import compact_combo


class CommitTextEdit(QPlainTextEdit):
    """A multi-line text whose `editingFinished` fires when focus leaves after a change."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self._shown = ""

    def set_text(self, text: str) -> None:
        self._shown = text
        self.setPlainText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.toPlainText() != self._shown:
            self._shown = self.toPlainText()
            self.editingFinished.emit()


class TimeZoneCombo(QComboBox):
    """An editable combo of IANA zone names with completion by any part ("Toronto")."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        compact_combo(self, 16)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setModel(QStringListModel(list(time_zone_names()), self))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.activated.connect(lambda _i: self.editingFinished.emit())
        line = self.lineEdit()
        assert line is not None
        line.editingFinished.connect(self.editingFinished.emit)

    def zone(self) -> str:
        return self.currentText().strip()

    def set_zone(self, zone: str) -> None:
        self.setCurrentText(zone)
