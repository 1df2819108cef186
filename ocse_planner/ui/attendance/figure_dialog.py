"""Small forms for hand-entered figures: a survey result, a sector count.

Each has an `ask()` classmethod returning the values (or None when cancelled), which tests
patch or drive; the tab saves through the services, which validate and name the field.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.services.attendance_admin import SurveyRow
from ocse_planner.ui.common.bilingual_fields import BilingualLine
from ocse_planner.ui.common.labels import format_number, format_percent
from ocse_planner.ui.common.retranslate import ModalOnly


@dataclass(frozen=True)
class SurveyValues:
    webinar_id: int | None
    statement: str
    responses: int | None
    percent_agree: float
    approximate: bool
    statement_fr: str = ""


@dataclass(frozen=True)
class SectorCountValues:
    webinar_id: int | None
    sector_id: int
    count: int | None


def _webinar_combo(parent: QWidget, webinars: list[tuple[int, str]], current: int | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("FigureDialogs", "The whole series"), None)
    for webinar_id, label in webinars:
        combo.addItem(label, webinar_id)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.setAccessibleName(QCoreApplication.translate("FigureDialogs", "Applies to"))
    return combo


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SurveyDialog(ModalOnly, QDialog):
    def __init__(self, webinars: list[tuple[int, str]], row: SurveyRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Survey result"))
        self.webinar = _webinar_combo(self, webinars, row.webinar_id if row else None)
        self.statements = BilingualLine(self)
        self.statement, self.statement_fr = self.statements.english, self.statements.french
        self.statements.set_texts(row.statement if row else "", row.statement_fr if row else "")
        self.statements.setAccessibleName(self.tr("Statement"))
        self.percent = QDoubleSpinBox(self)
        self.percent.setRange(0, 100)
        self.percent.setDecimals(1)
        self.percent.setSuffix(format_percent(0.0)[len(format_number(0)):])  # " %" in French, "%" in English
        self.percent.setValue(row.percent_agree if row else 0)
        self.percent.setAccessibleName(self.tr("Share agreeing"))
        self.approximate = QCheckBox(self.tr("A&pproximate (\u201cclose to\u201d)"), self)
        self.approximate.setChecked(bool(row and row.approximate))
        self.approximate.setAccessibleName(self.tr("Approximate"))
        self.responses = QSpinBox(self)
        self.responses.setRange(-1, 10_000_000)
        self.responses.setSpecialValueText(self.tr("not known"))
        self.responses.setValue(row.responses if row and row.responses is not None else -1)
        self.responses.setAccessibleName(self.tr("Responses"))
        form = QFormLayout()
        form.addRow(self.tr("Applies &to:"), self.webinar)
        statement_label = QLabel(self.tr("&Statement:"), self)
        statement_label.setBuddy(self.statement)
        form.addRow(statement_label, self.statements)
        form.addRow(self.tr("% a&greeing:"), self.percent)
        form.addRow("", self.approximate)
        form.addRow(self.tr("&Responses:"), self.responses)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> SurveyValues:
        responses = self.responses.value()
        return SurveyValues(self.webinar.currentData(), self.statement.text(), None if responses < 0 else responses,
                            self.percent.value(), self.approximate.isChecked(), self.statement_fr.text())

    @classmethod
    def ask(cls, parent: QWidget | None, webinars: list[tuple[int, str]], row: SurveyRow | None) -> SurveyValues | None:
        dialog = cls(webinars, row, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class SectorCountDialog(ModalOnly, QDialog):
    def __init__(self, webinars: list[tuple[int, str]], sectors: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Participants by sector"))
        self.webinar = _webinar_combo(self, webinars, None)
        self.sector = QComboBox(self)
        self.sector.setAccessibleName(self.tr("Sector"))
        for sector_id, name in sectors:
            self.sector.addItem(name, sector_id)
        self.count = QSpinBox(self)
        self.count.setRange(-1, 10_000_000)
        self.count.setSpecialValueText(self.tr("named, not counted"))
        self.count.setAccessibleName(self.tr("Participants"))
        form = QFormLayout()
        form.addRow(self.tr("Applies &to:"), self.webinar)
        form.addRow(self.tr("&Sector:"), self.sector)
        form.addRow(self.tr("&Participants:"), self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> SectorCountValues:
        count = self.count.value()
        return SectorCountValues(self.webinar.currentData(), self.sector.currentData(), None if count < 0 else count)

    @classmethod
    def ask(cls, parent: QWidget | None, webinars: list[tuple[int, str]],
            sectors: list[tuple[int, str]]) -> SectorCountValues | None:
        dialog = cls(webinars, sectors, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
