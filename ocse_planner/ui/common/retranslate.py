"""Every widget speaks the current language, and switches at once when it changes.

A widget class mixes in `Retranslatable` (before its Qt base) and defines `retranslate()`,
which sets every text it shows: labels, buttons, tool tips, placeholders, accessible
names, window titles, combo items (keeping the current choice), column headers (the
model's `headerData`, announced with `headerDataChanged`). It calls `self.retranslate()`
at the end of `__init__`; the mixin calls it again on each `QEvent.LanguageChange`, which
Qt sends to every widget when the Language menu installs the other translators. Nothing
is rebuilt, so the person's place (selection, scroll, typing not yet saved, splitters)
stays as it was. tests/ui/test_retranslate_pattern.py keeps every widget class to this.

A dialog that is only ever shown modally is exempt (`ModalOnly`): while it is open the
Language menu cannot be reached, so it is simply built in the current language.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QWidget


class Retranslatable:
    """Mix-in for a QWidget subclass: `retranslate()` on every LanguageChange."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate(self) -> None:
        raise NotImplementedError


class ModalOnly:
    """Mix-in for a QDialog shown only modally (`exec`): made modal here, so the Language
    menu is out of reach while it is open and its texts need no retranslating."""

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt's name)
        assert isinstance(self, QDialog)
        if visible and self.windowModality() == Qt.WindowModality.NonModal:
            self.setWindowModality(Qt.WindowModality.ApplicationModal)  # (open(): window-modal stays)
        super().setVisible(visible)  # type: ignore[misc]


def headers_changed(model: QAbstractItemModel | None) -> None:
    """Tell the views of `model` that its column headers and shown texts (statuses, dates:
    they follow the language too) changed; the model computes them on request."""
    if model is None:
        return
    columns, rows = model.columnCount(), model.rowCount()
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if rows:
            model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))


def set_item_texts(combo: QComboBox, texts: Iterable[tuple[Any, str]]) -> None:
    """Rename a combo's items by their data, keeping the current choice (no signal)."""
    for data, text in texts:
        index = combo.findData(data)
        if index >= 0:
            combo.setItemText(index, text)


def caption(parent: QWidget, buddy: QWidget | None = None) -> QLabel:
    """A form caption whose text `retranslate` sets; Alt+its letter reaches `buddy`."""
    label = QLabel(parent)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def set_row_caption(form: QFormLayout, field: QWidget, text: str) -> None:
    """The caption QFormLayout.addRow(text, field) made, renamed."""
    label = form.labelForField(field)
    if isinstance(label, QLabel):
        label.setText(text)
