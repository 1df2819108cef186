"""Small option dialogs shown before an export: what to include, and in which language.

Every export asks for its language: English, French, or both (side by side in an agenda,
one after the other in the other documents); the interface's language is proposed.

Each has an `ask()` classmethod that returns the chosen options (or None when cancelled),
so tests answer it without a modal window.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ocse_planner import i18n
from ocse_planner.export.agenda_content import AgendaOptions
from ocse_planner.export.attendance_xlsx import AttendanceOptions
from ocse_planner.export.wording import DocumentLanguage
from ocse_planner.services.credits import PendingPresenters
from ocse_planner.ui.common.settings import EXPORT_MIN_CELL, Settings
from ocse_planner.ui.common.retranslate import ModalOnly


class _OptionsDialog(ModalOnly, QDialog):
    def __init__(self, title: str, parent: QWidget | None, ok_text: str | None = None, *,
                 side_by_side: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("documentLanguage")
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.language.addItem(self.tr("English"), DocumentLanguage("en"))
        self.language.addItem(self.tr("French"), DocumentLanguage("fr"))
        self.language.addItem(self.tr("English and French, side by side") if side_by_side
                              else self.tr("English and French, one after the other"), DocumentLanguage("en", True))
        self.language.setCurrentIndex(1 if i18n.current_language() == "fr" else 0)
        language_label = QLabel(self.tr("Lan&guage:"))
        language_label.setBuddy(self.language)
        self.form.addRow(language_label, self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text or self.tr("&Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def languages(self) -> DocumentLanguage:
        return self.language.currentData()


class AgendaOptionsDialog(_OptionsDialog):
    def __init__(self, releases: list[tuple[int, str]], parent: QWidget | None = None, *,
                 printing: bool = False) -> None:
        super().__init__(self.tr("Print agenda") if printing else self.tr("Export agenda"), parent,
                         self.tr("&Print…") if printing else None, side_by_side=True)
        self.internal = QCheckBox(self.tr("&Internal copy: every booking with its status, marked "
                                          "“INTERNAL — not for distribution”"))
        self.internal.setAccessibleName(self.tr("Internal copy"))
        self.hide_pending = QCheckBox(self.tr("&Leave out presenters who have not confirmed "
                                              "(default: “Presenter to be confirmed”)"))
        self.hide_pending.setAccessibleName(self.tr("Leave out unconfirmed presenters"))
        self.internal.toggled.connect(lambda on: self.hide_pending.setEnabled(not on))
        self.changes = QComboBox()
        self.changes.setAccessibleName(self.tr("Changes since release"))
        self.changes.addItem(self.tr("(no changes sheet)"), None)
        for number, text in releases:
            self.changes.addItem(text, number)
        self.changes.setCurrentIndex(self.changes.count() - 1)
        changes_label = QLabel(self.tr("&Changes since:"))
        changes_label.setBuddy(self.changes)
        self.form.addRow(self.internal)
        self.form.addRow(self.hide_pending)
        self.form.addRow(changes_label, self.changes)

    def options(self) -> AgendaOptions:
        pending = PendingPresenters.HIDDEN if self.hide_pending.isChecked() else PendingPresenters.MARKER
        return AgendaOptions(internal=self.internal.isChecked(), changes_since=self.changes.currentData(),
                             pending=pending, languages=self.languages())

    @classmethod
    def ask(cls, parent: QWidget | None, releases: list[tuple[int, str]], *,
            printing: bool = False) -> AgendaOptions | None:
        dialog = cls(releases, parent, printing=printing)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


class AttendanceOptionsDialog(_OptionsDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Export attendee summary"), parent)
        self.settings = settings
        self.min_cell = QSpinBox()
        self.min_cell.setRange(0, 100)
        self.min_cell.setSpecialValueText(self.tr("off"))
        self.min_cell.setValue(settings.get(EXPORT_MIN_CELL))
        self.min_cell.setAccessibleName(self.tr("Hide counts below"))
        min_label = QLabel(self.tr("&Hide counts below:"))
        min_label.setBuddy(self.min_cell)
        self.names = QCheckBox(self.tr("Include the list of &attendees (personal information)"))
        self.names.setAccessibleName(self.tr("Include attendee names"))
        self.form.addRow(min_label, self.min_cell)
        self.form.addRow(self.names)

    def options(self) -> AttendanceOptions:
        self.settings.set(EXPORT_MIN_CELL, self.min_cell.value())
        return AttendanceOptions(min_cell=self.min_cell.value() or None, include_names=self.names.isChecked(),
                                 languages=self.languages())

    @classmethod
    def ask(cls, parent: QWidget | None, settings: Settings) -> AttendanceOptions | None:
        dialog = cls(settings, parent)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


class LanguageDialog(_OptionsDialog):
    """The language of a document with no other options (report, directories, calendar)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> DocumentLanguage | None:
        dialog = cls(title, parent)
        return dialog.languages() if dialog.exec() == QDialog.DialogCode.Accepted else None
