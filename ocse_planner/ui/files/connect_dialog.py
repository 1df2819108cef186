"""File ▸ Connect to team database…: the URL of a PostgreSQL database, and the name the
team sees in the change log.

The URL is read by libpq itself (`postgresql://user@host/db`, `postgresql:///?service=NAME`,
`?sslmode=verify-full`…). A password is never stored: libpq finds it in `~/.pgpass` or
`PGPASSWORD`, or the window asks for it when the server wants one; the URL is remembered
in the recent list without it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.db.location import SERVER_SCHEME, ServerLocation
from ocse_planner.ui.common.settings import TEAM_AUTHOR, TEAM_LAST_URL, Settings
from ocse_planner.ui.common.retranslate import ModalOnly


def author_name(settings: Settings) -> str | None:
    """The name from preferences the change log shows for this user's changes, if set."""
    return settings.get(TEAM_AUTHOR).strip() or None


class ConnectDialog(ModalOnly, QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Connect to team database"))
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("postgresql://user@host/database")
        self.url.setAccessibleName(self.tr("Database URL"))
        self.url.setText(settings.get(TEAM_LAST_URL))
        self.author = QLineEdit(self)
        self.author.setAccessibleName(self.tr("Your name in the change log"))
        self.author.setPlaceholderText(self.tr("your database login name"))
        self.author.setText(author_name(settings) or "")
        form = QFormLayout()
        url_label = QLabel(self.tr("Database &URL:"), self)
        url_label.setBuddy(self.url)
        author_label = QLabel(self.tr("Your &name for the team:"), self)
        author_label.setBuddy(self.author)
        form.addRow(url_label, self.url)
        form.addRow(author_label, self.author)
        help_text = QLabel(self.tr(
            "The database administrator gives you the URL, for example "
            "postgresql://alice@db.example.ca/ocse?sslmode=verify-full, or postgresql:///?service=ocse "
            "for a service in pg_service.conf. Your password is never stored: it is taken from ~/.pgpass "
            "or PGPASSWORD, or asked for when you connect. Your name is shown to the others next to "
            "your changes."), self)
        help_text.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("connectMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = buttons.addButton(self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_text)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def location(self) -> ServerLocation | None:
        text = self.url.text().strip()
        return ServerLocation(text) if text.startswith(SERVER_SCHEME) else None

    def accept(self) -> None:
        location = self.location()
        if location is None:
            self.message.setText(self.tr("A team database URL starts with postgresql: (for example "
                                         "postgresql://alice@db.example.ca/ocse)."))
            self.message.show()
            self.url.setFocus()
            return
        self.settings.set(TEAM_LAST_URL, location.display)  # never the password
        self.settings.set(TEAM_AUTHOR, self.author.text().strip())
        super().accept()

    @classmethod
    def ask(cls, settings: Settings, parent: QWidget | None = None) -> ServerLocation | None:
        """The location to connect to, or None when cancelled (tests patch this)."""
        dialog = cls(settings, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.location()
