"""Attendance tab pages for what people type in or fix by hand: survey results, sector
counts and reported totals, and the bulk re-classification of Unclassified attendees.

Each page shows service rows and saves through a service in one transaction, then asks
the app state to refresh every view (`notify_changed`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from ocse_planner.services import attendance_admin as admin
from ocse_planner.services.attendance_admin import SectorCountRow, SurveyRow, UnclassifiedGroup
from ocse_planner.services.sectors import SectorRow
from ocse_planner.ui.attendance.figure_dialog import SectorCountDialog, SurveyDialog
from ocse_planner.ui.common import dialogs, operations
from ocse_planner.ui.common.buttons import button_row, push_button
from ocse_planner.ui.common.labels import format_number, format_percent, in_language
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.retranslate import Retranslatable, caption, set_item_texts
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import Column, RecordTableModel


def _applies_to(page: QWidget, number: int | None) -> str:
    if number is None:
        return QCoreApplication.translate("FiguresPanel", "Series")
    return QCoreApplication.translate("FiguresPanel", "Webinar %1").replace("%1", str(number))


class EditingPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.webinars: list[tuple[int, str]] = []
        self.sectors: list[tuple[int, str]] = []

    def _save(self, title: str, action: Callable[[Any], Any]) -> bool:
        if self.state.series_id is None:
            return False
        return operations.run(self, self.state, title, action).ok


class SurveyPage(Retranslatable, EditingPage):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        # Statements are sentences: they wrap instead of being cut off.
        self.view = RecordView(RecordTableModel(self._columns()), searchable=False, wrap=True)
        self.view.activated.connect(lambda _row: self.edit())  # Enter or double-click edits
        QShortcut(QKeySequence.StandardKey.Delete, self.view.table, activated=self.remove)
        self.add_button = push_button(self, "", "", self.add)
        self.edit_button = push_button(self, "", "", self.edit)
        self.remove_button = push_button(self, "", "", self.remove)
        buttons = button_row(self.add_button, self.edit_button, self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.retranslate()

    def _columns(self) -> list[Column[SurveyRow]]:
        return [
            Column(self.tr("Applies to"), lambda r: r.webinar_number or 0,
                   text=lambda r: _applies_to(self, r.webinar_number), fit=True),
            Column(self.tr("Statement"), lambda r: r.statement, stretch=True),
            Column(self.tr("Agreeing"), lambda r: r.percent_agree,
                   text=lambda r: format_percent(r.percent_agree, r.approximate), align_right=True),
            Column(self.tr("Responses"), lambda r: r.responses if r.responses is not None else -1,
                   text=lambda r: format_number(r.responses), align_right=True),
        ]

    def retranslate(self) -> None:
        self.view.set_texts(self.tr("Survey results"), self._columns())
        for button, text, name in ((self.add_button, self.tr("Add…"), self.tr("Add a survey result")),
                                   (self.edit_button, self.tr("Edit…"), self.tr("Edit the survey result")),
                                   (self.remove_button, self.tr("Remove"), self.tr("Remove the survey result"))):
            button.setText(text)
            button.setAccessibleName(name)

    def set_rows(self, rows: list[SurveyRow]) -> None:
        self.view.set_rows(rows)

    def add(self) -> None:
        self._ask(None)

    def edit(self) -> None:
        row = self.view.current_row()
        if row is not None:
            self._ask(row)

    def _ask(self, row: SurveyRow | None) -> None:
        values = SurveyDialog.ask(self, self.webinars, row)
        if values is None:
            return
        series_id = self.state.series_id
        self._save(self.tr("Survey result"), lambda s: admin.save_survey_result(
            s, series_id, row.id if row else None, statement=values.statement, percent_agree=values.percent_agree,
            responses=values.responses, approximate=values.approximate, webinar_id=values.webinar_id,
            statement_fr=values.statement_fr))

    def remove(self) -> None:
        row = self.view.current_row()
        if row is not None and dialogs.ask_yes_no(
                self, self.tr("Remove survey result"),
                self.tr("Remove “%1”?").replace("%1", row.statement), default_yes=False):
            self._save(self.tr("Survey result"), lambda s: admin.delete_survey_result(s, row.id))


class EnteredFiguresPage(Retranslatable, EditingPage):
    """Sector counts and the reported participant total, for when only totals exist."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.reported_target = QComboBox(self)
        self.reported_target.currentIndexChanged.connect(self._show_reported)
        target_label = self.target_label = caption(self, self.reported_target)
        self.reported = QSpinBox(self)
        self.reported.setRange(-1, 10_000_000)
        self.save_reported_button = push_button(self, "", "", self.save_reported)
        self._reported: dict[int | None, int | None] = {}
        self.view = RecordView(RecordTableModel(self._columns()), searchable=False)
        self.add_button = push_button(self, "", "", self.add)
        self.remove_button = push_button(self, "", "", self.remove)
        top = QHBoxLayout()
        top.addWidget(target_label)
        top.addWidget(self.reported_target)
        top.addWidget(self.reported)
        top.addWidget(self.save_reported_button)
        top.addStretch(1)
        buttons = button_row(self.add_button, self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.retranslate()

    def _columns(self) -> list[Column[SectorCountRow]]:
        return [
            Column(self.tr("Applies to"), lambda r: r.webinar_number or 0,
                   text=lambda r: _applies_to(self, r.webinar_number), fit=True),
            Column(self.tr("Sector"), lambda r: r.sector, stretch=True),
            Column(self.tr("Participants"), lambda r: -1 if r.count is None else r.count,
                   text=lambda r: self.tr("named, not counted") if r.count is None else format_number(r.count),
                   align_right=True),
        ]

    def retranslate(self) -> None:
        self.reported_target.setAccessibleName(self.tr("Reported total of"))
        set_item_texts(self.reported_target, [(None, self.tr("The whole series"))])
        self.target_label.setText(self.tr("Participants reported for:"))
        self.reported.setSpecialValueText(self.tr("not reported"))
        self.reported.setAccessibleName(self.tr("Participants reported"))
        self.view.set_texts(self.tr("Entered sector counts"), self._columns())
        for button, text, name in (
            (self.save_reported_button, self.tr("Save total"), self.tr("Save the reported total")),
            (self.add_button, self.tr("Enter a &count…"), self.tr("Enter a sector count")),
            (self.remove_button, self.tr("Remove count"), self.tr("Remove the sector count")),
        ):
            button.setText(text)
            button.setAccessibleName(name)

    def set_rows(self, rows: list[SectorCountRow], reported: dict[int | None, int | None]) -> None:
        """`reported`: the reported total of the series (key None) and of each webinar (by id)."""
        self.view.set_rows(rows)
        self._reported = reported
        current = self.reported_target.currentData()
        self.reported_target.blockSignals(True)
        self.reported_target.clear()
        self.reported_target.addItem(self.tr("The whole series"), None)
        for webinar_id, text in self.webinars:
            self.reported_target.addItem(text, webinar_id)
        self.reported_target.setCurrentIndex(max(self.reported_target.findData(current), 0))
        self.reported_target.blockSignals(False)
        self._show_reported()

    def _show_reported(self, *_: Any) -> None:
        value = self._reported.get(self.reported_target.currentData())
        self.reported.setValue(-1 if value is None else value)

    def save_reported(self) -> None:
        value, target = self.reported.value(), self.reported_target.currentData()
        series_id = self.state.series_id
        self._save(self.tr("Participants reported"),
                   lambda s: admin.set_participants_reported(s, series_id, target, None if value < 0 else value))

    def add(self) -> None:
        values = SectorCountDialog.ask(self, self.webinars, self.sectors)
        if values is not None:
            series_id = self.state.series_id
            self._save(self.tr("Sector count"), lambda s: admin.set_sector_count(
                s, series_id, values.webinar_id, values.sector_id, values.count))

    def remove(self) -> None:
        row = self.view.current_row()
        if row is not None:
            self._save(self.tr("Sector count"), lambda s: admin.delete_sector_count(s, row.id))


class UnclassifiedPage(Retranslatable, EditingPage):
    """Attendees no rule could place, grouped by e-mail domain: give a group a sector."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.view = RecordView(RecordTableModel(self._columns()))
        self.sector_rows: list[SectorRow] = []  # the combo's sectors, named in the interface's language
        self.sector = QComboBox(self)
        label = self.sector_label = caption(self, self.sector)
        self.apply_button = push_button(self, "", "", self.apply)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.sector, 1)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.retranslate()

    def _columns(self) -> list[Column[UnclassifiedGroup]]:
        return [
            Column(self.tr("E-mail domain or organization"), lambda g: g.domain or g.organization or "", stretch=True),
            Column(self.tr("Records"), lambda g: g.records, text=lambda g: format_number(g.records), align_right=True),
        ]

    def retranslate(self) -> None:
        self.view.set_texts(self.tr("Unclassified attendees"), self._columns())
        self.sector.setAccessibleName(self.tr("Sector to assign"))
        self.sector_label.setText(self.tr("Se&ctor:"))
        self.apply_button.setText(self.tr("Assign to the selected group"))
        self.apply_button.setAccessibleName(self.tr("Assign the sector to the selected group"))
        set_item_texts(self.sector, [(s.id, in_language(s.name, s.name_fr)) for s in self.sector_rows])

    def set_rows(self, groups: list[UnclassifiedGroup]) -> None:
        current = self.sector.currentData()
        self.sector.clear()
        for s in self.sector_rows:
            self.sector.addItem(in_language(s.name, s.name_fr), s.id)
        self.sector.setCurrentIndex(max(self.sector.findData(current), 0))
        self.view.set_rows(groups)

    def apply(self) -> None:
        group, sector_id, series_id = self.view.current_row(), self.sector.currentData(), self.state.series_id
        if group is None or sector_id is None:
            return
        self._save(self.tr("Assign a sector"), lambda s: admin.reclassify(
            s, series_id, sector_id, domain=group.domain,
            organization=group.organization if group.domain is None else None))
