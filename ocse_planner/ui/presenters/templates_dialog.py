"""Write invitations ▸ Templates…: the wording of each presenter message, in English and
French, and who the messages come from — stored in the planner file.

A template with a placeholder the messages cannot fill is refused when saved, naming it
(services/message_templates.py); the list of placeholders is shown beside the text.
Every save is one step of Edit ▸ Undo.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.services import message_templates as templates
from ocse_planner.services.errors import render
from ocse_planner.ui.common import operations
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.state import AppState


class TemplatesDialog(Retranslatable, QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._customized: bool | None = None  # whether the wording shown is the organizer's own
        self.setObjectName("templatesDialog")
        self.resize(900, 640)
        self.kind = QComboBox(self)
        self.kind.setObjectName("templateKind")
        for kind in templates.KINDS:
            self.kind.addItem("", kind)
        self.language = QComboBox(self)
        self.language.setObjectName("templateLanguage")
        self.language.addItem("", "en")
        self.language.addItem("", "fr")
        self.subject = QLineEdit(self)
        self.subject.setObjectName("templateSubject")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("templateBody")
        self.placeholders = QPlainTextEdit(self)
        self.placeholders.setReadOnly(True)
        self.placeholders.setMaximumWidth(330)
        self.message = QLabel(self)
        self.message.setObjectName("templateMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveTemplate")
        self.save_button.clicked.connect(self.save_template)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset_template)

        self.organizer = QLineEdit(self)
        self.organizer_email = QLineEdit(self)
        self.signature = QPlainTextEdit(self)
        self.signature_fr = QPlainTextEdit(self)
        for edit in (self.signature, self.signature_fr):
            edit.setMaximumHeight(70)
        self.save_sender_button = QPushButton(self)
        self.save_sender_button.clicked.connect(self.save_sender)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)

        self.kind_label, self.language_label = QLabel(self), QLabel(self)
        self.subject_label, self.body_label, self.placeholders_label = QLabel(self), QLabel(self), QLabel(self)
        self.organizer_label, self.email_label = QLabel(self), QLabel(self)
        self.signature_label, self.signature_fr_label = QLabel(self), QLabel(self)
        for label, buddy in ((self.kind_label, self.kind), (self.language_label, self.language),
                             (self.subject_label, self.subject), (self.body_label, self.body),
                             (self.placeholders_label, self.placeholders), (self.organizer_label, self.organizer),
                             (self.email_label, self.organizer_email), (self.signature_label, self.signature),
                             (self.signature_fr_label, self.signature_fr)):
            label.setBuddy(buddy)

        choose = QHBoxLayout()
        choose.addWidget(self.kind_label)
        choose.addWidget(self.kind, 2)
        choose.addWidget(self.language_label)
        choose.addWidget(self.language, 1)
        text = QVBoxLayout()
        text.addWidget(self.subject_label)
        text.addWidget(self.subject)
        text.addWidget(self.body_label)
        text.addWidget(self.body, 1)
        hints = QVBoxLayout()
        hints.addWidget(self.placeholders_label)
        hints.addWidget(self.placeholders, 1)
        editing = QHBoxLayout()
        editing.addLayout(text, 1)
        editing.addLayout(hints)
        template_buttons = QHBoxLayout()
        template_buttons.addWidget(self.message, 1)
        template_buttons.addWidget(self.reset_button)
        template_buttons.addWidget(self.save_button)
        self.templates_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.templates_box)
        box_layout.addLayout(choose)
        box_layout.addLayout(editing, 1)
        box_layout.addLayout(template_buttons)

        self.sender_box = QGroupBox(self)
        sender_form = QFormLayout(self.sender_box)
        sender_form.addRow(self.organizer_label, self.organizer)
        sender_form.addRow(self.email_label, self.organizer_email)
        sender_form.addRow(self.signature_label, self.signature)
        sender_form.addRow(self.signature_fr_label, self.signature_fr)
        sender_form.addRow("", self.save_sender_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.templates_box, 1)
        layout.addWidget(self.sender_box)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self.kind.currentIndexChanged.connect(self.load_template)
        self.language.currentIndexChanged.connect(self.load_template)
        self.retranslate()
        self.load_template()
        self.load_sender()

    @classmethod
    def ask(cls, state: AppState, parent: QWidget | None = None) -> None:
        """Show the dialog (patched in tests that do not drive it)."""
        cls(state, parent).exec()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Message templates"))
        names = {
            "invitation": self.tr("Invitation"), "follow_up": self.tr("Follow-up"),
            "confirmation": self.tr("Confirmation"), "reminder": self.tr("Reminder"),
            "thanks": self.tr("Thank-you"), "change": self.tr("Change notice"),
            "cancellation": self.tr("Cancellation notice"),
        }
        for index in range(self.kind.count()):
            self.kind.setItemText(index, names[self.kind.itemData(index)])
        self.language.setItemText(0, self.tr("English"))
        self.language.setItemText(1, self.tr("French"))
        self.templates_box.setTitle(self.tr("Wording"))
        self.sender_box.setTitle(self.tr("From"))
        self.kind_label.setText(self.tr("&Message:"))
        self.language_label.setText(self.tr("&Language:"))
        self.subject_label.setText(self.tr("&Subject:"))
        self.body_label.setText(self.tr("&Text:"))
        self.placeholders_label.setText(self.tr("&Placeholders:"))
        self.organizer_label.setText(self.tr("&Organizer:"))
        self.email_label.setText(self.tr("&E-mail:"))
        self.signature_label.setText(self.tr("Si&gnature:"))
        self.signature_fr_label.setText(self.tr("Signature in &French:"))
        self.save_button.setText(self.tr("Sa&ve template"))
        self.reset_button.setText(self.tr("&Restore the built-in text"))
        self.save_sender_button.setText(self.tr("Save se&nder"))
        self.close_button.setText(self.tr("&Close"))
        for widget, name in ((self.kind, self.tr("Kind of message")), (self.language, self.tr("Language")),
                             (self.subject, self.tr("Subject")), (self.body, self.tr("Text of the message")),
                             (self.placeholders, self.tr("Placeholders a message may use")),
                             (self.organizer, self.tr("Organizer's name")),
                             (self.organizer_email, self.tr("Organizer's e-mail")),
                             (self.signature, self.tr("Signature")),
                             (self.signature_fr, self.tr("Signature in French"))):
            widget.setAccessibleName(name)
        self.placeholders.setPlainText("\n".join(f"{{{name}}} — {render(text, {})}"
                                                 for name, text in templates.PLACEHOLDERS.items()))
        self._show_origin()

    def _show_origin(self) -> None:
        if self._customized is not None:
            self.message.setText(self.tr("Your own wording.") if self._customized else self.tr("The built-in text."))

    # --- templates --------------------------------------------------------------------
    def _chosen(self) -> tuple[str, str]:
        return self.kind.currentData(), self.language.currentData()

    def load_template(self, *_: object) -> None:
        db = self.state.db
        if db is None:
            return
        kind, language = self._chosen()
        with db.read() as session:
            template = templates.get_template(session, kind, language)
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        self.reset_button.setEnabled(template.customized)
        self._customized = template.customized
        self._show_origin()

    def save_template(self) -> None:
        kind, language = self._chosen()
        subject, body = self.subject.text(), self.body.toPlainText()
        result = operations.run(
            self, self.state, self.tr("Change the %1 template").replace("%1", self.kind.currentText().lower()),
            lambda session: templates.save_template(session, kind, language, subject, body),
            fields={"subject": self.subject, "body": self.body}, message=self.message)
        if result.ok:
            self.load_template()

    def reset_template(self) -> None:
        kind, language = self._chosen()
        result = operations.run(
            self, self.state, self.tr("Restore the built-in %1 template").replace("%1", self.kind.currentText().lower()),
            lambda session: templates.reset_template(session, kind, language))
        if result.ok:
            self.load_template()

    # --- sender -----------------------------------------------------------------------
    def load_sender(self) -> None:
        db = self.state.db
        if db is None:
            return
        with db.read() as session:
            sender = templates.get_sender(session)
        self.organizer.setText(sender.name)
        self.organizer_email.setText(sender.email)
        self.signature.setPlainText(sender.signature)
        self.signature_fr.setPlainText(sender.signature_fr)

    def save_sender(self) -> None:
        sender = templates.Sender(self.organizer.text(), self.organizer_email.text(), self.signature.toPlainText(),
                                  self.signature_fr.toPlainText())
        operations.run(self, self.state, self.tr("Change who presenter messages come from"),
                       lambda session: templates.save_sender(session, sender),
                       fields={"organizer_name": self.organizer, "organizer_email": self.organizer_email},
                       message=self.message)
