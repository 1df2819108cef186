"""The dialog that edits one availability window: kind, dates, daily hours, zone, note.

The dialog commits on OK: `submit` (given by the person editor) saves the window as one
operation (ui/common/operations.py). It does not close on a refused window: the field the
refusal names is marked and takes the cursor, the message is shown, and what was typed
stays.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from ocse_planner.db.enums import AvailabilityKind
from ocse_planner.services.availability import Window
from ocse_planner.services.people import known_time_zones
from ocse_planner.ui.common.enum_combo import EnumCombo
from ocse_planner.ui.common.labels import setup_time_edit
from ocse_planner.ui.common.retranslate import ModalOnly


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class AvailabilityDialog(ModalOnly, QDialog):
    def __init__(
        self, window: Window, submit: Callable[[Window, QWidget, dict[str, QWidget]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit availability window"))
        self.original = window
        self.submit = submit
        self.stored: Window | None = None  # the window as accepted

        self.kind: EnumCombo[AvailabilityKind] = EnumCombo(AvailabilityKind, self)
        self.kind.set_value(window.kind)
        self.start = QDateEdit(_qdate(window.start_date), self)
        self.end = QDateEdit(_qdate(window.end_date), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.hours = QCheckBox(self.tr("Only at &daily hours"), self)
        self.hour_start = QTimeEdit(QTime(9, 0), self)
        self.hour_end = QTimeEdit(QTime(17, 0), self)
        for edit in (self.hour_start, self.hour_end):
            setup_time_edit(edit)
        self.hours.toggled.connect(self.hour_start.setEnabled)
        self.hours.toggled.connect(self.hour_end.setEnabled)
        has_hours = window.daily_start is not None and window.daily_end is not None
        if window.daily_start is not None:
            self.hour_start.setTime(QTime(window.daily_start.hour, window.daily_start.minute))
        if window.daily_end is not None:
            self.hour_end.setTime(QTime(window.daily_end.hour, window.daily_end.minute))
        self.hours.setChecked(has_hours)
        self.hour_start.setEnabled(has_hours)
        self.hour_end.setEnabled(has_hours)

        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(known_time_zones())
        self.zone.addItem("")
        self.zone.addItems(zones)
        completer = QCompleter(zones, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)
        self.zone.setCurrentText(window.time_zone or "")
        self.zone.lineEdit().setPlaceholderText(self.tr("the person's own zone"))
        self.note = QLineEdit(window.note, self)

        for widget, name in (
            (self.kind, self.tr("Window kind")),
            (self.start, self.tr("Window from")),
            (self.end, self.tr("Window to")),
            (self.hours, self.tr("Only at daily hours")),
            (self.hour_start, self.tr("Daily from")),
            (self.hour_end, self.tr("Daily to")),
            (self.zone, self.tr("Window time zone")),
            (self.note, self.tr("Window note")),
        ):
            widget.setAccessibleName(name)

        hours = QHBoxLayout()
        hours.addWidget(self.hours)
        hours.addWidget(self.hour_start)
        hours.addWidget(QLabel(self.tr("to"), self))
        hours.addWidget(self.hour_end)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Kind:"), self.kind),
            (self.tr("&From:"), self.start),
            (self.tr("&To:"), self.end),
            (self.tr("&Zone:"), self.zone),
            (self.tr("&Note:"), self.note),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        form.insertRow(3, self.tr("Hours:"), hours)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(self.tr("Save window"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.setLayout(form)
        self.setTabOrder(self.kind, self.start)
        self.setTabOrder(self.start, self.end)
        self.setTabOrder(self.end, self.hours)
        self.setTabOrder(self.hours, self.hour_start)
        self.setTabOrder(self.hour_start, self.hour_end)
        self.setTabOrder(self.hour_end, self.zone)
        self.setTabOrder(self.zone, self.note)
        self.kind.setFocus()

    def window(self) -> Window:
        """The window as the fields show it, keeping the stored row's id."""
        hours = self.hours.isChecked()
        return Window(
            kind=self.kind.value(),
            start_date=_date(self.start.date()),
            end_date=_date(self.end.date()),
            daily_start=_time(self.hour_start.time()) if hours else None,
            daily_end=_time(self.hour_end.time()) if hours else None,
            note=self.note.text().strip(),
            time_zone=self.zone.currentText().strip() or None,
            id=self.original.id,
        )

    def accept(self) -> None:
        window = self.window()
        if window == self.original:
            self.reject()  # nothing changed: nothing to store
            return
        if not self.submit(window, self, self.fields()):
            return  # refused: shown on the dialog, what was typed stays
        self.stored = window
        super().accept()

    def fields(self) -> dict[str, QWidget]:
        """The dialog's widget for each window field a service may name in an error."""
        return {
            "start_date": self.start,
            "end_date": self.end,
            "daily_start": self.hour_start,
            "daily_end": self.hour_end,
            "time_zone": self.zone,
        }
