"""Forms of the organization directory: create/edit one organization, merge a duplicate.

The dialogs save through a callback and stay open when the save is refused, so a typo
in one field (a name that already exists, a circular parent) never costs what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.db.enums import OrganizationKind
from ocse_planner.services.french_articles import ARTICLES
from ocse_planner.services.organizations import OrganizationDetail, OrganizationInput
from ocse_planner.ui.common.enum_combo import EnumCombo
from ocse_planner.ui.common.bilingual_fields import BilingualLine
from ocse_planner.ui.partners.captioned_form import captioned_form
from ocse_planner.ui.common.retranslate import ModalOnly


class OrganizationDialog(ModalOnly, QDialog):
    def __init__(
        self,
        detail: OrganizationDetail | None,
        choices: Sequence[OrganizationDetail],
        on_save: Callable[[OrganizationInput, OrganizationDialog], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_save = on_save
        self.setWindowTitle(self.tr("New organization") if detail is None else self.tr("Edit organization"))
        self.names = BilingualLine(self)
        self.name, self.name_fr = self.names.english, self.names.french
        self.article_fr = QComboBox(self)  # « la GRC », « le ministère … », none: French sentences
        self.article_fr.addItem(self.tr("(no article)"), "")
        for article in ARTICLES[1:]:
            self.article_fr.addItem(article, article)  # French words, the same in either interface
        self.acronyms = BilingualLine(self)
        self.acronym, self.acronym_fr = self.acronyms.english, self.acronyms.french
        self.kind: EnumCombo[OrganizationKind] = EnumCombo(OrganizationKind, self)
        self.parent_org = QComboBox(self)
        self.parent_org.addItem(self.tr("(none)"), None)
        for org in choices:
            if detail is None or org.id != detail.id:
                self.parent_org.addItem(org.name, org.id)
        self.website = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)

        self.buttons = captioned_form(
            self,
            (
                (self.tr("&Name:"), self.names, self.tr("Name")),
                (self.tr("French a&rticle:"), self.article_fr,
                 self.tr("French article before the name (la GRC, le ministère)")),
                (self.tr("A&cronym:"), self.acronyms, self.tr("Acronym")),
                (self.tr("&Kind:"), self.kind, self.tr("Kind")),
                (self.tr("&Part of:"), self.parent_org, self.tr("Part of (parent organization)")),
                (self.tr("&Website:"), self.website, self.tr("Website")),
                (self.tr("N&otes:"), self.notes, self.tr("Notes")),
            ),
        )
        self.fields: dict[str, QWidget] = {"name": self.name, "name_fr": self.name_fr, "acronym_fr": self.acronym_fr,
                                           "article_fr": self.article_fr, "parent": self.parent_org}
        if detail is not None:
            self.names.set_texts(detail.name, detail.name_fr)
            self.acronyms.set_texts(detail.acronym, detail.acronym_fr)
            self.article_fr.setCurrentIndex(max(0, self.article_fr.findData(detail.article_fr)))
            self.kind.set_value(detail.kind)
            self.parent_org.setCurrentIndex(max(0, self.parent_org.findData(detail.parent_id)))
            self.website.setText(detail.website)
            self.notes.setPlainText(detail.notes)
        self.resize(520, 420)

    def value(self) -> OrganizationInput:
        return OrganizationInput(
            name=self.name.text(),
            acronym=self.acronym.text(),
            name_fr=self.name_fr.text(),
            acronym_fr=self.acronym_fr.text(),
            article_fr=self.article_fr.currentData() or "",
            kind=self.kind.value(),
            parent_id=self.parent_org.currentData(),
            website=self.website.text(),
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        if self._on_save(self.value(), self):
            super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        detail: OrganizationDetail | None,
        choices: Sequence[OrganizationDetail],
        on_save: Callable[[OrganizationInput, OrganizationDialog], bool],
    ) -> bool:
        return cls(detail, choices, on_save, parent).exec() == QDialog.DialogCode.Accepted


class MergeDialog(ModalOnly, QDialog):
    """Choose the duplicate entry to fold into the organization being kept."""

    def __init__(
        self, keep: OrganizationDetail, choices: Sequence[OrganizationDetail], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge organizations"))
        intro = QLabel(
            self.tr(
                "Fold a duplicate into %1. Its people, presentations, collaborations, units and "
                "hosted series move here; then the duplicate is removed."
            ).replace("%1", keep.name),
            self,
        )
        intro.setWordWrap(True)
        self.duplicate = QComboBox(self)
        self.duplicate.setAccessibleName(self.tr("Duplicate to fold in"))
        for org in choices:
            if org.id != keep.id:
                self.duplicate.addItem(f"{org.name} ({org.acronym})" if org.acronym else org.name, org.id)
        caption = QLabel(self.tr("&Duplicate:"), self)
        caption.setBuddy(self.duplicate)
        form = QFormLayout()
        form.addRow(caption, self.duplicate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls, parent: QWidget | None, keep: OrganizationDetail, choices: Sequence[OrganizationDetail]
    ) -> int | None:
        dialog = cls(keep, choices, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.duplicate.currentData()
