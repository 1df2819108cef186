"""Attendance tab page: the sector list and the rules that classify attendees.

Sectors can be added, renamed and removed (their records become Unclassified); rules map
an e-mail domain or words in an organization's name to a sector. After editing rules,
"Apply the rules to Unclassified" classifies the records no rule matched before.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.db.enums import SectorRuleKind
from ocse_planner.services import attendance_admin as admin
from ocse_planner.services import sectors as sector_service
from ocse_planner.services.sectors import RuleRow, SectorRow
from ocse_planner.ui.attendance.figures_panel import EditingPage
from ocse_planner.ui.common import dialogs
from ocse_planner.ui.common.buttons import button_row, push_button
from ocse_planner.ui.common.enum_combo import EnumCombo
from ocse_planner.ui.common.labels import format_number, label
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.retranslate import ModalOnly, Retranslatable
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import Column, RecordTableModel


class RuleDialog(ModalOnly, QDialog):
    def __init__(self, sectors: list[tuple[int, str]], rule: RuleRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sector rule"))
        self.kind: EnumCombo[SectorRuleKind] = EnumCombo(SectorRuleKind, self)
        self.kind.setAccessibleName(self.tr("Look at"))
        self.pattern = QLineEdit(rule.pattern if rule else "", self)
        self.pattern.setAccessibleName(self.tr("Domain or words"))
        self.pattern.setPlaceholderText(self.tr("torontopolice.on.ca, *.gc.ca, @example.org or words like police"))
        self.sector = QComboBox(self)
        self.sector.setAccessibleName(self.tr("Sector"))
        for sector_id, name in sectors:
            self.sector.addItem(name, sector_id)
        if rule is not None:
            self.kind.set_value(rule.kind)
            self.sector.setCurrentIndex(max(self.sector.findData(rule.sector_id), 0))
        form = QFormLayout()
        form.addRow(self.tr("&Look at:"), self.kind)
        form.addRow(self.tr("&Domain or words:"), self.pattern)
        form.addRow(self.tr("&Sector:"), self.sector)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[SectorRuleKind, str, int]:
        return self.kind.value(), self.pattern.text(), self.sector.currentData()

    @classmethod
    def ask(cls, parent: QWidget | None, sectors: list[tuple[int, str]],
            rule: RuleRow | None) -> tuple[SectorRuleKind, str, int] | None:
        dialog = cls(sectors, rule, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class SectorsPage(Retranslatable, EditingPage):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.sector_view = RecordView(RecordTableModel(self._sector_columns()), searchable=False)
        self.rule_view = RecordView(RecordTableModel(self._rule_columns()))
        self.rule_view.activated.connect(lambda _row: self.edit_rule())
        self.add_sector_button = push_button(self, "", "", self.add_sector)
        self.rename_sector_button = push_button(self, "", "", self.rename_sector)
        self.french_sector_button = push_button(self, "", "", self.name_sector_in_french)
        self.remove_sector_button = push_button(self, "", "", self.remove_sector)
        self.add_rule_button = push_button(self, "", "", self.add_rule)
        self.edit_rule_button = push_button(self, "", "", self.edit_rule)
        self.remove_rule_button = push_button(self, "", "", self.remove_rule)
        self.apply_button = push_button(self, "", "", self.apply_rules)
        self.defaults_button = push_button(self, "", "", self.add_defaults)
        self.result = QLabel(self)
        columns = QHBoxLayout()
        # The rules' buttons take two rows: on one, their French texts made the page (and so
        # the window) wider than 1280 pixels.
        for view, rows in ((self.sector_view, ((self.add_sector_button, self.rename_sector_button,
                                                 self.french_sector_button, self.remove_sector_button),)),
                           (self.rule_view, ((self.add_rule_button, self.edit_rule_button, self.remove_rule_button),
                                             (self.apply_button, self.defaults_button)))):
            box = QVBoxLayout()
            box.addWidget(view)
            for buttons in rows:
                box.addLayout(button_row(*buttons))
            columns.addLayout(box, 1 if view is self.sector_view else 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.result)
        self.retranslate()

    def _sector_columns(self) -> list[Column[SectorRow]]:
        return [Column(self.tr("Sector"), lambda s: s.name), Column(self.tr("French name"), lambda s: s.name_fr)]

    def _rule_columns(self) -> list[Column[RuleRow]]:
        return [
            Column(self.tr("Look at"), lambda r: label(r.kind)),
            Column(self.tr("Domain or words"), lambda r: r.pattern),
            Column(self.tr("Sector"), lambda r: r.sector),
        ]

    def retranslate(self) -> None:
        self.sector_view.set_texts(self.tr("Sectors"), self._sector_columns())
        self.rule_view.set_texts(self.tr("Sector rules"), self._rule_columns())
        for button, text, name in (
            (self.add_sector_button, self.tr("Add sector…"), self.tr("Add a sector")),
            (self.rename_sector_button, self.tr("Rename…"), self.tr("Rename the sector")),
            (self.french_sector_button, self.tr("French name…"), self.tr("French name of the sector")),
            (self.remove_sector_button, self.tr("Remove sector"), self.tr("Remove the sector")),
            (self.add_rule_button, self.tr("Add rule…"), self.tr("Add a sector rule")),
            (self.edit_rule_button, self.tr("Edit rule…"), self.tr("Edit the sector rule")),
            (self.remove_rule_button, self.tr("Remove rule"), self.tr("Remove the sector rule")),
            (self.apply_button, self.tr("Apply the rules to Unclassified"),
             self.tr("Apply the rules to the unclassified attendees")),
            (self.defaults_button, self.tr("Add the default rules"), self.tr("Add the default sector rules")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.result.setAccessibleName(self.tr("Result"))

    def set_rows(self, sectors: list[SectorRow], rules: list[RuleRow]) -> None:
        self.sector_view.set_rows(sectors)
        self.rule_view.set_rows(rules)
        self.defaults_button.setVisible(not rules)

    def add_defaults(self) -> None:
        self._save(self.tr("Sector rules"), sector_service.ensure_default_rules)

    def add_sector(self) -> None:
        name = dialogs.ask_text(self, self.tr("Add sector"), self.tr("Name of the sector:"))
        if name is not None:
            self._save(self.tr("Add sector"), lambda s: sector_service.save_sector(s, None, name))

    def rename_sector(self) -> None:
        row = self.sector_view.current_row()
        if row is None:
            return
        name = dialogs.ask_text(self, self.tr("Rename sector"), self.tr("Name of the sector:"), row.name)
        if name is not None:
            self._save(self.tr("Rename sector"), lambda s: sector_service.save_sector(s, row.id, name))

    def name_sector_in_french(self) -> None:
        """The sector's French name, as French documents print it (empty: not translated)."""
        row = self.sector_view.current_row()
        if row is None:
            return
        name = dialogs.ask_text(self, self.tr("French name"), self.tr("French name of “%1”:").replace("%1", row.name),
                                row.name_fr)
        if name is not None:
            self._save(self.tr("French name of sector “%1”").replace("%1", row.name),
                       lambda s: sector_service.save_sector(s, row.id, row.name, name))

    def remove_sector(self) -> None:
        row = self.sector_view.current_row()
        if row is not None and dialogs.ask_yes_no(
                self, self.tr("Remove sector"),
                self.tr("Remove “%1”? Its attendees become Unclassified; its rules and entered counts are "
                        "removed.").replace("%1", row.name), default_yes=False):
            self._save(self.tr("Remove sector"), lambda s: sector_service.delete_sector(s, row.id))

    def add_rule(self) -> None:
        self._ask_rule(None)

    def edit_rule(self) -> None:
        rule = self.rule_view.current_row()
        if rule is not None:
            self._ask_rule(rule)

    def _ask_rule(self, rule: RuleRow | None) -> None:
        values = RuleDialog.ask(self, self.sectors, rule)
        if values is not None:
            kind, pattern, sector_id = values
            self._save(self.tr("Sector rule"), lambda s: sector_service.save_rule(
                s, rule.id if rule else None, kind, pattern, sector_id))

    def remove_rule(self) -> None:
        rule = self.rule_view.current_row()
        if rule is not None:
            self._save(self.tr("Sector rule"), lambda s: sector_service.delete_rule(s, rule.id))

    def apply_rules(self) -> None:
        series_id = self.state.series_id
        changed: list[int] = []
        if self._save(self.tr("Apply the rules"),
                      lambda s: changed.append(admin.apply_rules_to_unclassified(s, series_id))):
            self.result.setText(self.tr("%1 attendance records got a sector.").replace(
                "%1", format_number(changed[0])))
