"""A date field that may be left empty ("No date"), returning a Python `date` or None.

QDateEdit has no empty state; the usual Qt idiom is a sentinel minimum date shown as
special text. Typing Delete/Backspace on the whole field, or choosing the minimum, clears it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

_EMPTY = QDate(1900, 1, 1)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class OptionalDateEdit(QDateEdit):
    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText(empty_text)
        self.setDisplayFormat("yyyy-MM-dd")
        self.set_value(None)

    def value(self) -> date | None:
        current = self.date()
        return None if current == _EMPTY else from_qdate(current)

    def set_value(self, value: date | None) -> None:
        self.setDate(_EMPTY if value is None else to_qdate(value))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        """Tab leaves the field when it shows "no date" (QDateEdit would keep Tab to step
        through date sections that are not shown, and never let go)."""
        if self.value() is None:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.lineEdit().hasSelectedText() \
                and len(self.lineEdit().selectedText()) == len(self.lineEdit().text()):
            self.set_value(None)
            return
        if self.value() is None and event.text().isdigit():
            self.setDate(QDate.currentDate())
        super().keyPressEvent(event)


def format_day(value: date | None) -> str:
    """A calendar day in the user's locale's short format ("" for none)."""
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat)
