"""The main window's file-safety behaviour: backup policy, network-drive warning, restore.

Kept out of main_window.py so that window stays about layout and menus; each function
takes the window and uses its state, status bar and dialogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ocse_planner.db.backup import BackupPolicy, delete_backups, restore_backup
from ocse_planner.db.filesystem import network_filesystem
from ocse_planner.services.errors import UserError
from ocse_planner.ui.common import dialogs, errors
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.labels import format_number
from ocse_planner.ui.common.settings import BACKUP_INTERVAL_HOURS, BACKUP_KEEP, Settings

if TYPE_CHECKING:
    from ocse_planner.ui.main_window import MainWindow



def backup_policy(settings: Settings) -> BackupPolicy:
    """The backup preferences (ui/common/settings.py) as the storage layer's policy."""
    return BackupPolicy(keep=settings.get(BACKUP_KEEP), min_interval_hours=settings.get(BACKUP_INTERVAL_HOURS))


_warned: set[str] = set()


def warn_if_network_drive(window: MainWindow, path: Path) -> str | None:
    """Say (once per file and session) that a file on a network drive is at risk."""
    fstype = network_filesystem(path)
    if fstype is None:
        return None
    text = fill(QCoreApplication.translate("FileSafety", 
        "%1 is on a network drive (%2). Two computers using this file at the same time "
        "can damage it; keep the planner file on this computer's disk and share copies."
    ), path.name, fstype)
    window.statusBar().showMessage(text)
    if str(path) not in _warned:
        _warned.add(str(path))
        dialogs.show_info(window, QCoreApplication.translate("FileSafety", "File on a network drive"), text)
    return text


def offer_to_delete_stale_backups(parent: QWidget, stale: Sequence[Path]) -> int:
    """After a personal-data purge: older backups still hold the data; delete them if wished."""
    if not stale:
        return 0
    if not dialogs.ask_yes_no(
        parent,
        QCoreApplication.translate("FileSafety", "Remove personal data"),
        QCoreApplication.translate("FileSafety", "%1 backups taken before this purge still hold the removed personal data. Delete them?")
        .replace("%1", format_number(len(stale))),
        default_yes=True,
    ):
        return 0
    try:
        return delete_backups(stale)
    except UserError as exc:
        errors.report(parent, exc, QCoreApplication.translate("FileSafety", "Remove personal data"))
        return 0


def restore_from_backup(window: MainWindow) -> bool:
    """File ▸ Restore from backup…: choose, confirm, close, restore, reopen."""
    db = window.state.db
    if db is None or not window.history.commit_pending(window):
        return False
    from ocse_planner.services.personal_data import stale_backups
    from ocse_planner.ui.files.restore_dialog import RestoreDialog

    chosen = RestoreDialog.ask(window, db.path, stale_backups(db))
    if chosen is None:
        return False
    path = db.path
    window.state.set_database(None)  # closes this app's connections to the file
    try:
        restore_backup(path, chosen)
    except UserError as exc:
        dialogs.show_error(
            window,
            QCoreApplication.translate("FileSafety", "Restore from backup"),
            fill(QCoreApplication.translate("FileSafety", "The backup %1 could not be restored:\n%2\n\nThe file was left as it was."),
                 chosen.name, exc.message()),
        )
        window.open_path(path, offer_demo=False)
        return False
    window.open_path(path, offer_demo=False)
    window.statusBar().showMessage(QCoreApplication.translate("FileSafety", "Restored the backup %1").replace("%1", chosen.name), 8000)
    return True
