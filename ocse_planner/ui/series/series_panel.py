"""The detail form of a series: every field, and one `edited` signal when an edit ends."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.db.enums import SeriesStatus
from ocse_planner.services.bilingual import aligned
from ocse_planner.services.overview import OrganizationRow
from ocse_planner.services.series import SeriesForm, objectives_from_rows
from ocse_planner.ui.common.bilingual_fields import BilingualLine, buddy_of
from ocse_planner.ui.common.enum_combo import EnumCombo
from ocse_planner.ui.common.commit_widgets import CommitTextEdit, TimeZoneCombo
from ocse_planner.ui.common.field_marks import FORM_STYLE
from ocse_planner.ui.common.labels import in_language, organization_text
from ocse_planner.ui.common.retranslate import Retranslatable, caption, set_item_texts
from ocse_planner.ui.common.sizing import compact_combo


class ObjectivesModel(QStringListModel):
    """The objectives as edited (their English, which the French pairs with by position),
    shown in the interface's language: the French where it is written. The model keeps the
    French beside each row: a row added or removed takes its French with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.french: list[str] = []

    def set_objectives(self, english: list[str], french: list[str]) -> None:
        self.french = list(french)
        self.setStringList(english)

    def insertRows(self, row: int, count: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        if not super().insertRows(row, count, parent):
            return False
        self.french[row:row] = [""] * count
        return True

    def removeRows(self, row: int, count: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        if not super().removeRows(row, count, parent):
            return False
        del self.french[row:row + count]
        return True

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        english = super().data(index, Qt.ItemDataRole.EditRole)
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return super().data(index, role)
        french = self.french
        shown = in_language(english, french[index.row()] if index.row() < len(french) else "")
        if role == Qt.ItemDataRole.DisplayRole:
            return shown
        # The text edited (F2, double-click) is the English: say so when another one shows.
        return self.tr("English: %1").replace("%1", english) if shown != english else None


class SeriesFormWidget(Retranslatable, QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(FORM_STYLE)
        self._loading = False
        self._organizations: list[OrganizationRow] = []
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.titles = BilingualLine(self)
        self.title, self.title_fr = self.titles.english, self.titles.french
        self.year = QSpinBox(self)
        self.year.setRange(1900, 9999)
        self.host = compact_combo(QComboBox(self), 20)
        self.programmes = BilingualLine(self)
        self.programme, self.programme_fr = self.programmes.english, self.programmes.french
        self.status: EnumCombo[SeriesStatus] = EnumCombo(SeriesStatus, self)
        self.time_zone = TimeZoneCombo(self)
        self.notes = CommitTextEdit(self)
        self.notes.setMaximumHeight(80)

        self.objectives_model = ObjectivesModel(self)
        self.objectives = QListView(self)
        self.objectives.setModel(self.objectives_model)
        self.objectives.setMaximumHeight(110)
        self.add_objective = QPushButton(self)
        self.remove_objective = QPushButton(self)
        objectives_box = QWidget(self)
        box = QVBoxLayout(objectives_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.objectives)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_objective)
        buttons.addWidget(self.remove_objective)
        buttons.addStretch(1)
        box.addLayout(buttons)

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.message)
        self._objectives_box = objectives_box
        self._captions: dict[QWidget, QLabel] = {}
        for widget in (self.titles, self.year, self.host, self.programmes, objectives_box, self.status,
                       self.time_zone, self.notes):
            row_label = caption(self, self.objectives if widget is objectives_box else buddy_of(widget))
            self._captions[widget] = row_label
            form.addRow(row_label, widget)

        for pair in (self.titles, self.programmes):
            pair.editingFinished.connect(self._changed)
        self.year.editingFinished.connect(self._changed)
        self.host.activated.connect(self._changed)
        self.status.activated.connect(self._changed)
        self.time_zone.editingFinished.connect(self._changed)
        self.notes.editingFinished.connect(self._changed)
        # Saving re-reads the list; wait until the list view has closed its editor.
        self.objectives_model.dataChanged.connect(lambda *_: QTimer.singleShot(0, self._changed))
        self.add_objective.clicked.connect(self._add_objective)
        self.remove_objective.clicked.connect(self._remove_objective)
        QShortcut(QKeySequence.StandardKey.Delete, self.objectives, self._remove_objective)

        self.fields: dict[str, QWidget] = {
            "title": self.title,
            "title_fr": self.title_fr,
            "year": self.year,
            "host_organization": self.host,
            "programme": self.programme,
            "programme_fr": self.programme_fr,
            "objectives": self.objectives,
            "status": self.status,
            "time_zone": self.time_zone,
            "notes": self.notes,
        }
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setAccessibleName(self.tr("Form message"))
        for widget, text, name in (
            (self.titles, self.tr("Tit&le:"), self.tr("Series title")),
            (self.year, self.tr("&Year:"), self.tr("Series year")),
            (self.host, self.tr("Host or&ganization:"), self.tr("Host organization")),
            (self.programmes, self.tr("Progra&mme:"), self.tr("Programme")),
            (self._objectives_box, self.tr("O&bjectives:"), self.tr("Objectives")),
            (self.status, self.tr("Stat&us:"), self.tr("Series status")),
            (self.time_zone, self.tr("Default time &zone:"), self.tr("Default time zone")),
            (self.notes, self.tr("N&otes:"), self.tr("Series notes")),
        ):
            self._captions[widget].setText(text)
            widget.setAccessibleName(name)
        self.objectives.setAccessibleName(self.tr("Objectives"))
        self.add_objective.setText(self.tr("Add ob&jective"))
        self.add_objective.setAccessibleName(self.tr("Add objective"))
        self.remove_objective.setText(self.tr("Remove objecti&ve"))
        self.remove_objective.setAccessibleName(self.tr("Remove objective"))
        set_item_texts(self.host, [(None, self.tr("(none)")),
                                   *((org.id, organization_text(org)) for org in self._organizations)])
        self.objectives.viewport().update()  # the objectives in the new language

    def focus_chain(self) -> tuple[QWidget, ...]:
        """The form's fields in reading order."""
        return (self.title, self.title_fr, self.year, self.host, self.programme, self.programme_fr, self.objectives,
                self.add_objective,
                self.remove_objective, self.status, self.time_zone, self.notes)

    def set_organizations(self, organizations: list[OrganizationRow]) -> None:
        current = self.host.currentData()
        self._organizations = list(organizations)
        self.host.clear()
        self.host.addItem(self.tr("(none)"), None)
        for org in organizations:
            self.host.addItem(organization_text(org), org.id)
        self.host.setCurrentIndex(max(0, self.host.findData(current)))

    def set_form(self, form: SeriesForm | None) -> None:
        self._loading = True
        try:
            self.setEnabled(form is not None)
            form = form or SeriesForm(title="", year=2000)
            self.titles.set_texts(form.title, form.title_fr)
            self.year.setValue(form.year)
            self.host.setCurrentIndex(max(0, self.host.findData(form.host_organization_id)))
            self.programmes.set_texts(form.programme, form.programme_fr)
            # The objectives' French (edited with the series' French texts) rides along by position.
            self.objectives_model.set_objectives(list(form.objectives),
                                                 [fr for _, fr in aligned(form.objectives, form.objectives_fr)])
            self.status.set_value(form.status)
            self.time_zone.set_zone(form.time_zone)
            self.notes.set_text(form.notes)
        finally:
            self._loading = False

    def values(self) -> SeriesForm:
        objectives, objectives_fr = objectives_from_rows(self.objectives_model.stringList(), self.objectives_model.french)
        return SeriesForm(
            title=self.title.text(),
            title_fr=self.title_fr.text(),
            year=self.year.value(),
            host_organization_id=self.host.currentData(),
            programme=self.programme.text(),
            programme_fr=self.programme_fr.text(),
            objectives=objectives,
            objectives_fr=objectives_fr,
            status=self.status.value(),
            time_zone=self.time_zone.zone(),
            notes=self.notes.toPlainText(),
        )

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _add_objective(self) -> None:
        row = self.objectives_model.rowCount()
        self.objectives_model.insertRows(row, 1)
        index = self.objectives_model.index(row)
        self.objectives.setCurrentIndex(index)
        self.objectives.edit(index)  # saved when the new text is committed

    def _remove_objective(self) -> None:
        index = self.objectives.currentIndex()
        if index.isValid():
            self.objectives_model.removeRows(index.row(), 1)
            self._changed()
