"""A text kept in English and French, shown as two stacked fields under one label.

Every form with a text that documents print (titles, themes, names, job titles) shows its
English and its French together, the French right under the English, each with a short
"EN" / "FR" tag. Stacking keeps forms within a 1280-pixel-wide window (two fields side by
side would not fit beside the lists), and every form does it the same way. The pair says
"finished" when either field's edit ends, so a form saves it as it saves any other field.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from ocse_planner.ui.common.commit_widgets import CommitTextEdit
from ocse_planner.ui.common.retranslate import Retranslatable


class _Pair(Retranslatable, QWidget):
    editingFinished = Signal()

    def __init__(self, english: QWidget, french: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.english, self.french = english, french
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        self.tags = []
        self._name = ""
        for row, edit in enumerate((english, french)):
            label = QLabel(self)
            label.setBuddy(edit)
            label.setEnabled(False)  # a quiet tag, not a control
            self.tags.append(label)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
        grid.setColumnStretch(1, 1)
        english.editingFinished.connect(self.editingFinished.emit)  # type: ignore[attr-defined]
        french.editingFinished.connect(self.editingFinished.emit)  # type: ignore[attr-defined]
        self.retranslate()

    def retranslate(self) -> None:
        self.tags[0].setText(self.tr("EN"))
        self.tags[1].setText(self.tr("FR"))
        if self._name:
            self.set_names(self._name)

    def set_names(self, name: str) -> None:
        """Accessible names: "Series title" (the English, as before French existed) and
        "Series title (French)"."""
        self._name = name
        self.english.setAccessibleName(name)
        self.french.setAccessibleName(self.tr("%1 (French)").replace("%1", name))

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        self.set_names(name)

    def focus_chain(self) -> tuple[QWidget, QWidget]:
        return self.english, self.french


def buddy_of(field: QWidget) -> QWidget:
    """What a caption's mnemonic focuses: the English field of a pair (not a focus proxy:
    Qt would then move the pair in the focus chain and break a form's tab order)."""
    return field.english if isinstance(field, _Pair) else field


class BilingualLine(_Pair):
    """One line of text in English and French."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QLineEdit(), QLineEdit(), parent)

    def set_texts(self, english: str, french: str) -> None:
        self.english.setText(english)  # type: ignore[attr-defined]
        self.french.setText(french)  # type: ignore[attr-defined]

    def texts(self) -> tuple[str, str]:
        return self.english.text(), self.french.text()  # type: ignore[attr-defined]


class BilingualText(_Pair):
    """A few lines of text (a theme, highlights) in English and French."""

    def __init__(self, parent: QWidget | None = None, height: int = 60) -> None:
        super().__init__(CommitTextEdit(), CommitTextEdit(), parent)
        for edit in (self.english, self.french):
            edit.setMaximumHeight(height)

    def set_texts(self, english: str, french: str) -> None:
        self.english.set_text(english)  # type: ignore[attr-defined]
        self.french.set_text(french)  # type: ignore[attr-defined]

    def texts(self) -> tuple[str, str]:
        return self.english.toPlainText(), self.french.toPlainText()  # type: ignore[attr-defined]
