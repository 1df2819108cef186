"""A compact co-host chooser: the webinar's co-hosts listed, a drop-down to add one.

A webinar has one or two co-hosts out of a directory of dozens of organizations; a check
list of the whole directory took the form's height and showed four names at a time. Here
the chosen ones are listed (Delete or Remove takes one off) and the others are offered in
a drop-down (type the first letters or use the arrow keys, then Enter or Add).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QGridLayout, QListView, QPushButton, QSizePolicy, QWidget

from ocse_planner.ui.common.retranslate import Retranslatable, set_item_texts
from ocse_planner.ui.common.sizing import compact_combo
from ocse_planner.ui.common.labels import organization_text
from ocse_planner.ui.sessions.co_host_model import CoHostModel


class _ChoiceCombo(QComboBox):
    """Enter adds the organization shown. (Not `activated`: the arrow keys and type-ahead
    emit it too, and browsing the list must not add every organization passed.)"""

    returnPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.returnPressed.emit()
            return
        super().keyPressEvent(event)


class CoHostPanel(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CoHostModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        rows = self.list.sizeHintForRow(0) if self.model.rowCount() else self.fontMetrics().height() + 6
        self.list.setFixedHeight(2 * rows + 2 * self.list.frameWidth() + 6)  # two co-hosts without scrolling
        self.choice = compact_combo(_ChoiceCombo(self), 16)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button.clicked.connect(self.remove_selected)
        self.choice.returnPressed.connect(self.add_chosen)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.model.modelReset.connect(self._fill_choice)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.list, 0, 0)
        grid.addWidget(self.remove_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.choice, 1, 0)
        grid.addWidget(self.add_button, 1, 1)
        grid.setColumnStretch(0, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # extra height goes elsewhere
        self._fill_choice()
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Co-hosting partner organizations"))
        self.choice.setAccessibleName(self.tr("Organization to add as co-host"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add the organization as co-host"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected co-host"))
        self._name_prompt()
        set_item_texts(self.choice, [(row.id, organization_text(row)) for row in self.model.available()])
        if rows := self.model.rowCount():  # the co-hosts' names in the new language
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(rows - 1, 0))

    def _name_prompt(self) -> None:
        set_item_texts(self.choice, [(None, self.tr("Choose an organization…"))])

    def focus_chain(self) -> tuple[QWidget, ...]:
        return (self.list, self.remove_button, self.choice, self.add_button)

    def _fill_choice(self) -> None:
        self.choice.clear()
        self.choice.addItem("", None)
        for row in self.model.available():
            self.choice.addItem(organization_text(row), row.id)
        self._name_prompt()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.currentIndex().isValid() and self.model.rowCount() > 0)
        self.add_button.setEnabled(self.choice.count() > 1)

    def add_chosen(self) -> None:
        organization_id = self.choice.currentData()
        if organization_id is not None and self.model.add(organization_id):
            self.changed.emit()

    def remove_selected(self) -> None:
        index = self.list.currentIndex()
        if index.isValid() and self.model.remove(index.row()):
            self.changed.emit()
