"""A person's availability windows inside the person editor: a small table, add, edit, remove.

Adding or removing a window is a change of the person's availability: `changed` tells the
person editor, which saves it at once as one operation (a window that ends before it
starts is refused, naming its row, and nothing is half-written). Editing a window
(Enter, F2, double-click or the button) opens `AvailabilityDialog`, which commits on OK
through the person editor's `submit` hook.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, QModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.db.enums import AvailabilityKind
from ocse_planner.services.availability import Window
from ocse_planner.ui.common.enum_combo import EnumCombo
from ocse_planner.ui.common.labels import format_time_of_day, label, setup_time_edit
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.table_model import Column, RecordTableModel
from ocse_planner.ui.presenters.availability_dialog import AvailabilityDialog


class AvailabilityEditor(Retranslatable, QWidget):
    changed = Signal()
    windowEdited = Signal(object)  # the Window as the edit dialog accepted it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Saves an edited window (window, dialog, the dialog's fields): False when refused.
        self.submit: Callable[[Window, QWidget, dict[str, QWidget]], bool] = lambda *_: True
        self.edit_dialog: AvailabilityDialog | None = None
        self.list = RecordView(RecordTableModel(self._columns()), searchable=False, parent=self)
        self.list.table.setMinimumHeight(70)
        self.list.table.activated.connect(self._edit_at)  # Enter, and double-click per style
        self.list.table.doubleClicked.connect(self._edit_at)
        edit_action = self.edit_action = QAction(self.list.table)
        edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_action.triggered.connect(self.edit_current)
        self.list.table.addAction(edit_action)

        self.kind: EnumCombo[AvailabilityKind] = EnumCombo(AvailabilityKind, self)
        today = QDate.currentDate()
        self.start = QDateEdit(today, self)
        self.end = QDateEdit(today, self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.hours = QCheckBox(self)
        self.hour_start = QTimeEdit(QTime(9, 0), self)
        self.hour_end = QTimeEdit(QTime(17, 0), self)
        for edit in (self.hour_start, self.hour_end):
            edit.setEnabled(False)
        self.hours.toggled.connect(self.hour_start.setEnabled)
        self.hours.toggled.connect(self.hour_end.setEnabled)
        self.note = QLineEdit(self)
        self.note.returnPressed.connect(self.add_window)
        # No mnemonics: the letters are taken by the tab, the person form and the window.
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_window)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_current)
        remove_key = self.remove_key = QAction(self.list.table)
        remove_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.triggered.connect(self.remove_current)
        self.list.table.addAction(remove_key)

        dates = QHBoxLayout()
        dates.addWidget(self.kind)
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        dates.addWidget(self.from_label)
        dates.addWidget(self.start)
        dates.addWidget(self.to_label)
        dates.addWidget(self.end)
        dates.addStretch(1)
        hours = QHBoxLayout()
        hours.addWidget(self.hours)
        hours.addWidget(self.hour_start)
        hours.addWidget(QLabel("–", self))
        hours.addWidget(self.hour_end)
        hours.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(dates)
        layout.addLayout(hours)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.retranslate()

    def _columns(self) -> list[Column[Window]]:
        return [
            Column(self.tr("Kind"), lambda w: w.kind, text=lambda w: label(w.kind), fit=True),
            Column(self.tr("From"), lambda w: w.start_date.isoformat(), fit=True),
            Column(self.tr("To"), lambda w: w.end_date.isoformat(), fit=True),
            Column(
                self.tr("Daily hours"),
                lambda w: f"{format_time_of_day(w.daily_start)} – {format_time_of_day(w.daily_end)}"
                if w.daily_start and w.daily_end else "",
                fit=True,
            ),
            Column(self.tr("Zone"), lambda w: w.time_zone or ""),
            Column(self.tr("Note"), lambda w: w.note, stretch=True),
        ]

    def retranslate(self) -> None:
        self.list.set_texts(self.tr("Availability windows"), self._columns())
        self.edit_action.setText(self.tr("Edit window"))
        self.kind.setAccessibleName(self.tr("Window kind"))
        self.start.setAccessibleName(self.tr("Window from"))
        self.end.setAccessibleName(self.tr("Window to"))
        self.hours.setText(self.tr("Daily hours:"))
        self.hours.setAccessibleName(self.tr("Only at daily hours"))
        self.hour_start.setAccessibleName(self.tr("Daily from"))
        self.hour_end.setAccessibleName(self.tr("Daily to"))
        for edit in (self.hour_start, self.hour_end):
            setup_time_edit(edit)  # "9:00 a.m." or "9 h 00"
        self.note.setAccessibleName(self.tr("Window note"))
        self.note.setPlaceholderText(self.tr("Note"))
        self.add_button.setText(self.tr("Add window"))
        self.add_button.setAccessibleName(self.tr("Add availability window"))
        self.edit_button.setText(self.tr("Edit window…"))
        self.edit_button.setAccessibleName(self.tr("Edit availability window"))
        self.edit_button.setToolTip(self.tr("Edit the selected window (F2)"))
        self.remove_button.setText(self.tr("Remove window"))
        self.remove_button.setAccessibleName(self.tr("Remove availability window"))
        self.remove_button.setToolTip(self.tr("Remove the selected window (Delete)"))
        self.remove_key.setText(self.tr("Remove window"))
        self.from_label.setText(self.tr("from"))
        self.to_label.setText(self.tr("to"))

    def focus_chain(self) -> tuple[QWidget, ...]:
        """The panel's controls in reading order, for the form's Tab order."""
        return (self.list.table, self.kind, self.start, self.end, self.hours, self.hour_start,
                self.hour_end, self.note, self.add_button, self.edit_button, self.remove_button)

    def windows(self) -> tuple[Window, ...]:
        return tuple(self.list.model.rows())

    def set_windows(self, windows: tuple[Window, ...]) -> None:
        self.list.set_rows(list(windows))

    def add_window(self) -> None:
        start, end = self.start.date(), self.end.date()
        hours = self.hours.isChecked()
        window = Window(
            kind=self.kind.value(),
            start_date=date(start.year(), start.month(), start.day()),
            end_date=date(end.year(), end.month(), end.day()),
            daily_start=time(self.hour_start.time().hour(), self.hour_start.time().minute()) if hours else None,
            daily_end=time(self.hour_end.time().hour(), self.hour_end.time().minute()) if hours else None,
            note=self.note.text().strip(),
        )
        self.list.set_rows([*self.list.model.rows(), window])
        self.note.clear()
        self.changed.emit()

    def remove_current(self) -> None:
        index = self.list.table.currentIndex()
        if not index.isValid():
            return
        row = self.list.proxy.mapToSource(index).row()
        rows = self.list.model.rows()
        del rows[row]
        self.list.set_rows(rows)
        self.changed.emit()

    def _edit_at(self, index: QModelIndex) -> None:
        if self.edit_dialog is None and index.isValid():
            self.list.table.setCurrentIndex(index)
            self.edit_current()

    def edit_current(self) -> None:
        """Open the edit dialog on the current window; the table follows once it is accepted."""
        index = self.list.table.currentIndex()
        if not index.isValid() or self.edit_dialog is not None:
            return
        row = self.list.proxy.mapToSource(index).row()
        dialog = AvailabilityDialog(self.list.model.rows()[row], self.submit, self)
        dialog.finished.connect(lambda result: self._edited(dialog, row, result))
        self.edit_dialog = dialog
        dialog.open()

    def _edited(self, dialog: AvailabilityDialog, row: int, result: int) -> None:
        self.edit_dialog = None
        dialog.deleteLater()
        if result != AvailabilityDialog.DialogCode.Accepted or dialog.stored is None:
            self.list.table.setFocus()
            return
        if dialog.stored.id is None:  # a window not stored yet: the person's save stores it
            rows = self.list.model.rows()
            rows[row] = dialog.stored
            self.list.set_rows(rows)
            self.changed.emit()
        # else `submit` stored it and the editor shows the stored windows again
        self.list.table.setCurrentIndex(self.list.proxy.mapFromSource(self.list.model.index(row, 0)))
        self.list.table.setFocus()
        self.windowEdited.emit(dialog.stored)
