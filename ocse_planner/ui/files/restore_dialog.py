"""File ▸ Restore from backup…: pick one of the file's backups and put it back.

The list shows what each backup holds (date, why it was made, how many series, webinars,
people and attendance records) so the user can tell a good copy from the state they want
to undo. Restoring asks for confirmation, closes the open file, backs the current state
up (so a restore can itself be undone) and reopens the file.

A backup made before a personal-data purge still holds the names and e-mails that were
removed; it is marked in the list, and restoring it asks a second time, because it brings
that data back.
"""

from __future__ import annotations

import re

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.db.backup import (
    REASON_BEFORE_RESTORE,
    REASON_BEFORE_UPGRADE,
    REASON_ON_OPEN,
    BackupInfo,
    describe_backup,
    list_backups,
)
from ocse_planner.ui.common import dialogs, operations
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.labels import format_number
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.table_model import Column, RecordTableModel
from ocse_planner.ui.common.retranslate import ModalOnly


def _count(info: BackupInfo, table: str) -> int | None:
    return info.counts.get(table) if info.error is None else None


class RestoreDialog(ModalOnly, QDialog):
    """Lists the backups of `db_path`; `chosen` is set when the user confirmed one."""

    def __init__(
        self,
        db_path: Path,
        parent: QWidget | None = None,
        stale: Mapping[Path, datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.stale = dict(stale or {})  # backup -> the purge it predates
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setObjectName("RestoreDialog")
        self.resize(760, 420)

        intro = QLabel(
            self.tr(
                "Backups of %1, newest first. Restoring replaces the file's contents with "
                "the backup; the current contents are backed up first."
            ).replace("%1", db_path.name),
            self,
        )
        intro.setWordWrap(True)
        columns: list[Column[BackupInfo]] = [
            Column(self.tr("Date"), lambda b: b.created.isoformat(), text=self._date_text),
            Column(self.tr("Reason"), lambda b: b.reason, text=self._reason_text),
            Column(self.tr("Series"), lambda b: _count(b, "series"),
                   text=lambda b: format_number(_count(b, "series")), align_right=True),
            Column(self.tr("Webinars"), lambda b: _count(b, "webinar"),
                   text=lambda b: format_number(_count(b, "webinar")), align_right=True),
            Column(self.tr("People"), lambda b: _count(b, "person"),
                   text=lambda b: format_number(_count(b, "person")), align_right=True),
            Column(self.tr("Attendance records"), lambda b: _count(b, "attendance_record"),
                   text=lambda b: format_number(_count(b, "attendance_record")), align_right=True),
            Column(self.tr("Personal data"), lambda b: self._purge_text(b)),
            Column(self.tr("File"), lambda b: b.path.name,
                   tooltip=lambda b: b.error or str(b.path)),
        ]
        self.model: RecordTableModel[BackupInfo] = RecordTableModel(columns, self)
        self.view = RecordView(self.model, name=self.tr("Backups"), searchable=False, parent=self)
        self.view.currentRowChanged.connect(self._on_current)
        self.view.activated.connect(lambda _row: self.restore_selected())
        self.empty = QLabel(self.tr("This file has no backups yet."), self)

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Close without restoring"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        infos = [describe_backup(p) for p in list_backups(self.db_path)]
        self.view.set_rows(infos)
        self.empty.setVisible(not infos)
        self.view.table.setFocus()
        if infos:
            self.view.table.setCurrentIndex(self.view.proxy.index(0, 0))

    def _purge_text(self, info: BackupInfo) -> str:
        purged = self.stale.get(info.path)
        if purged is None:
            return ""
        local = purged.astimezone()
        date = QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)
        return self.tr("Holds personal data removed on %1").replace("%1", date)

    def _date_text(self, info: BackupInfo) -> str:
        return self._when_text(info.created)

    def _when_text(self, when: datetime) -> str:
        """Date and time to the second (two backups can be a minute apart), in the
        locale's long time format without its zone name ("12 h 41 min 39 s", "12:41:39 p.m.")."""
        locale = QLocale()
        seconds = re.sub(r"\s*\bt+\b\s*", " ", locale.timeFormat(QLocale.FormatType.LongFormat)).strip()
        return (
            locale.toString(QDate(when.year, when.month, when.day), QLocale.FormatType.ShortFormat)
            + " "
            + locale.toString(QTime(when.hour, when.minute, when.second), seconds)
        )

    def _reason_text(self, info: BackupInfo) -> str:
        if info.error is not None:
            return self.tr("Damaged, cannot be restored")
        reasons = {
            REASON_ON_OPEN: self.tr("When the file was opened"),
            REASON_BEFORE_UPGRADE: self.tr("Before a schema upgrade"),
            REASON_BEFORE_RESTORE: self.tr("Before restoring a backup"),
        }
        return reasons.get(info.reason, info.reason)

    def _on_current(self, info: BackupInfo | None) -> None:
        self.restore_button.setEnabled(info is not None and info.error is None)

    def restore_selected(self) -> None:
        info = self.view.current_row()
        if info is None or info.error is not None:
            return
        if dialogs.ask_yes_no(
            self,
            self.tr("Restore from backup"),
            fill(self.tr(
                "Replace the contents of %1 with the backup from %2?\n\nThe current contents "
                "are backed up first, so this can be undone by restoring that backup."
            ), self.db_path.name, self._date_text(info))
            + "\n\n" + operations.cannot_undo_note(),
            default_yes=False,
        ) and self._confirm_personal_data(info):
            self.chosen = info.path
            self.accept()

    def _confirm_personal_data(self, info: BackupInfo) -> bool:
        """A backup older than a purge brings removed names and e-mails back: ask again."""
        if info.path not in self.stale:
            return True
        return dialogs.ask_yes_no(
            self,
            self.tr("Restore personal data?"),
            self.tr(
                "This backup was made before personal data was removed on %1: restoring it "
                "puts those names and e-mail addresses back into the file.\n\nRestore it anyway?"
            ).replace("%1", self._when_text(self.stale[info.path].astimezone().replace(tzinfo=None))),
            default_yes=False,
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, db_path: Path, stale: Mapping[Path, datetime] | None = None
    ) -> Path | None:
        """The backup the user chose and confirmed, or None (tests patch this)."""
        dialog = cls(db_path, parent, stale)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
