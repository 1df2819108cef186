"""File ▸ Copy planner to…: the open planner, whole, to a file or a team database.

The same copy as `ocse-planner copy` (db/transfer.py): one transaction at the
destination, a planner already there replaced only when asked, the copy checked (row
counts, content hash) before it is reported. It runs on a worker with progress and a
Cancel that leaves the destination as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.db.location import SERVER_SCHEME, Location, ServerLocation, describe
from ocse_planner.services.errors import Cancelled, UserError
from ocse_planner.ui.common import dialogs
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.labels import format_number
from ocse_planner.ui.common.settings import TEAM_LAST_URL, Settings
from ocse_planner.ui.common.tasks import Progress, Task, run_task
from ocse_planner.ui.common.retranslate import ModalOnly

if TYPE_CHECKING:
    from ocse_planner.db.transfer import CopyReport


class CopyDialog(ModalOnly, QDialog):
    """Choose where to copy the open planner, copy it, say how it was checked."""

    def __init__(self, source: Location, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.settings = settings
        self.task: Task | None = None
        self.report: CopyReport | None = None
        self.setWindowTitle(self.tr("Copy planner to"))
        intro = QLabel(self.tr("Copy the whole planner %1 (every table, every row) to:").replace(
            "%1", describe(source)), self)
        intro.setWordWrap(True)
        self.to_file = QRadioButton(self.tr("A planner &file"), self)
        self.to_server = QRadioButton(self.tr("A &team database"), self)
        group = QButtonGroup(self)
        group.addButton(self.to_file)
        group.addButton(self.to_server)
        self.file = QLineEdit(self)
        self.file.setAccessibleName(self.tr("Planner file to write"))
        folder = source.parent if isinstance(source, Path) else Path.home()
        stem = source.stem if isinstance(source, Path) else (source.short_name.split(" ")[0] or "team")
        self.file.setText(str(folder / f"{stem}-copy.db"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.clicked.connect(self._browse)
        self.url = QLineEdit(self)
        self.url.setAccessibleName(self.tr("Team database URL"))
        self.url.setPlaceholderText("postgresql://user@host/database")
        if not isinstance(source, ServerLocation):
            self.url.setText(settings.get(TEAM_LAST_URL))
        self.replace = QCheckBox(self.tr("&Replace a planner already there (a replaced file is kept as a backup)"), self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Copy progress"))
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("copyMessage")
        self.message.hide()

        grid = QGridLayout()
        grid.addWidget(self.to_file, 0, 0)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file)
        file_row.addWidget(self.browse)
        grid.addLayout(file_row, 0, 1)
        grid.addWidget(self.to_server, 1, 0)
        grid.addWidget(self.url, 1, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.copy_button = self.buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.replace)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # From a team database the usual copy is an offline file; from a file, the team database.
        (self.to_file if isinstance(source, ServerLocation) else self.to_server).setChecked(True)
        self.to_file.toggled.connect(self._update)
        self._update()
        self.resize(620, self.sizeHint().height())

    def _update(self) -> None:
        to_file = self.to_file.isChecked()
        self.file.setEnabled(to_file)
        self.browse.setEnabled(to_file)
        self.url.setEnabled(not to_file)

    def _browse(self) -> None:
        path = dialogs.ask_save_path(self, self.tr("Copy planner to"), self.file.text())
        if path:
            self.file.setText(path)

    def destination(self) -> Location | None:
        if self.to_file.isChecked():
            text = self.file.text().strip()
            return Path(text).expanduser() if text else None
        text = self.url.text().strip()
        return ServerLocation(text) if text.startswith(SERVER_SCHEME) else None

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def start(self, destination: Location | None = None) -> Task | None:
        """Copy to the chosen destination on a worker (`destination` retries with a password)."""
        from ocse_planner.db.transfer import copy_planner

        if self.task is not None and not self.task.done:
            return None
        target = destination or self.destination()
        if target is None:
            self._say(self.tr("Choose a file name, or a team database URL starting with postgresql:."))
            return None
        source, replace = self.source, self.replace.isChecked()
        self.copy_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.hide()

        def work(progress: Progress) -> CopyReport:
            def report(done: int, total: int) -> None:
                progress.check()
                progress.report(done, total)

            return copy_planner(source, target, replace=replace, progress=report)

        self.task = run_task(work, self._done, lambda exc: self._failed(exc, target), parent=self,
                             what=self.tr("Copying the planner"))
        self.task.progressed.connect(self._progressed)
        return self.task

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _done(self, report: CopyReport) -> None:
        self.report = report
        self.progress.hide()
        self.copy_button.setEnabled(True)
        text = (fill(self.tr("Copied %1 rows of %2 tables to %3. Checked: the row count of every table and the "
                        "content hash are the same on both sides."),
                     format_number(report.total), format_number(len(report.rows)), report.destination))
        if report.replaced_backup is not None:
            text += "\n" + self.tr("The planner it replaced was kept as %1.").replace("%1", str(report.replaced_backup))
        dialogs.show_info(self, self.tr("Copy planner to"), text)
        super().accept()

    def _failed(self, exc: BaseException, target: Location) -> None:
        from ocse_planner.db.errors import ServerUnavailableError

        self.progress.hide()
        self.copy_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self._say(self.tr("Cancelled: nothing was written."))
            return
        if isinstance(exc, ServerUnavailableError) and exc.needs_password and isinstance(target, ServerLocation):
            password = dialogs.ask_password(self, self.tr("Copy planner to"), self.tr(
                "Password for %1:").replace("%1", target.display))
            if password is not None:
                self.start(target.with_password(password))
                return
        if isinstance(exc, UserError):
            self._say(self.tr("Not copied: %1").replace("%1", exc.message()))
        # a fault is reported by run_task itself

    def cancel(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()
            return
        self.reject()

    @classmethod
    def ask(cls, source: Location, settings: Settings, parent: QWidget | None = None) -> CopyReport | None:
        dialog = cls(source, settings, parent)
        dialog.exec()
        return dialog.report
