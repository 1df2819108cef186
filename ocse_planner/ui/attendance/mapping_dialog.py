"""Which column of an unknown report holds what: one combo box per field.

Shown when a file's headers match no known platform layout. The answer is remembered
(by the file's header signature) so the next export from the same platform imports
without asking.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ocse_planner.importers import MAPPABLE_FIELDS
from ocse_planner.ui.common.retranslate import ModalOnly

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("MappingDialog", "&Name"),
    "first_name": QT_TRANSLATE_NOOP("MappingDialog", "&First name"),
    "last_name": QT_TRANSLATE_NOOP("MappingDialog", "&Last name"),
    "email": QT_TRANSLATE_NOOP("MappingDialog", "&E-mail"),
    "organization": QT_TRANSLATE_NOOP("MappingDialog", "&Organization"),
    "sector": QT_TRANSLATE_NOOP("MappingDialog", "&Sector"),
    "attended": QT_TRANSLATE_NOOP("MappingDialog", "&Attended (yes/no)"),
    "minutes": QT_TRANSLATE_NOOP("MappingDialog", "&Minutes attended"),
    "join_time": QT_TRANSLATE_NOOP("MappingDialog", "&Join time"),
    "leave_time": QT_TRANSLATE_NOOP("MappingDialog", "Lea&ve time"),
    "registered": QT_TRANSLATE_NOOP("MappingDialog", "&Registered (yes/no)"),
}
_GUESSES = {
    "name": ("name", "nom"), "email": ("mail", "courriel"), "organization": ("organi", "company", "employ"),
    "sector": ("sector", "secteur", "type"), "minutes": ("minute", "duration", "durée", "time spent"),
    "attended": ("attended", "present", "présent"),
}


class MappingDialog(ModalOnly, QDialog):
    def __init__(self, file_name: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which column holds what?"))
        intro = QLabel(
            self.tr("The columns of “%1” are not a layout the planner knows. Choose the column for each "
                    "field; a name or an e-mail is needed. Your choice is remembered for files with the "
                    "same columns.").replace("%1", file_name), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for field in MAPPABLE_FIELDS:
            combo = QComboBox(self)
            combo.addItem(self.tr("(not in this file)"), None)
            for header in headers:
                if header:
                    combo.addItem(header, header)
            guess = self._guess(field, headers)
            if guess is not None:
                combo.setCurrentIndex(combo.findData(guess))
            label = QCoreApplication.translate("MappingDialog", FIELD_LABELS[field])
            combo.setAccessibleName(label.replace("&", ""))
            form.addRow(label, combo)
            self.combos[field] = combo
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self._update_ok)
        self._update_ok()

    @staticmethod
    def _guess(field: str, headers: list[str]) -> str | None:
        for header in headers:
            low = header.casefold()
            if any(word in low for word in _GUESSES.get(field, ())):
                if field == "name" and "mail" in low:
                    continue
                return header
        return None

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentData() for field, combo in self.combos.items() if combo.currentData()}

    def _update_ok(self) -> None:
        chosen = self.mapping()
        ok = bool({"name", "email", "first_name", "last_name"} & set(chosen))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @classmethod
    def ask(cls, parent: QWidget | None, file_name: str, headers: list[str]) -> dict[str, str] | None:
        """The mapping the user chose, or None when they cancelled (tests patch this)."""
        dialog = cls(file_name, headers, parent)
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None
