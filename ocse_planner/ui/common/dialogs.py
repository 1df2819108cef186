"""Small modal questions, each behind one function so tests can answer them.

Tests patch these (`monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)`)
instead of hunting for a modal box on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

# File-type filters of the file dialogs (translated where a dialog shows them).
DB_FILTER = QT_TRANSLATE_NOOP("Dialogs", "OCSE Planner files (*.db *.sqlite *.ocse);;All files (*)")
ATTENDANCE_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Attendance reports (*.csv *.tsv *.txt *.xlsx);;All files (*)")
XLSX_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Excel workbooks (*.xlsx);;All files (*)")
PDF_FILTER = QT_TRANSLATE_NOOP("Dialogs", "PDF documents (*.pdf);;All files (*)")
DOCX_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Word documents (*.docx);;All files (*)")
ICS_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Calendar files (*.ics);;All files (*)")


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, default_yes: bool = True) -> bool:
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        default,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_discard(parent: QWidget | None, title: str, text: str) -> bool:
    """Typing that cannot be saved: True to discard it, False (the default) to go back to it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    discard = box.addButton(QCoreApplication.translate("Dialogs", "&Discard the change"), QMessageBox.ButtonRole.DestructiveRole)
    back = box.addButton(QCoreApplication.translate("Dialogs", "&Go back to it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.exec()
    return box.clickedButton() is discard


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_open_choice(parent: QWidget | None, path: Path) -> str | None:
    """After an export: open the "file", its "folder", or None (Close)."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Dialogs", "Export finished"),
                      QCoreApplication.translate("Dialogs", "Saved %1").replace("%1", str(path)), QMessageBox.StandardButton.Close, parent)
    open_file = box.addButton(QCoreApplication.translate("Dialogs", "&Open file"), QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(QCoreApplication.translate("Dialogs", "Open &folder"), QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(open_file)
    box.exec()
    clicked = box.clickedButton()
    return "file" if clicked is open_file else "folder" if clicked is open_folder else None


def ask_open_path(parent: QWidget | None, start: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Dialogs", "Open planner file"), start, QCoreApplication.translate("Dialogs", DB_FILTER))
    return path or None


def ask_save_path(
    parent: QWidget | None, title: str, start: str = "", file_filter: str = DB_FILTER
) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, start, QCoreApplication.translate("Dialogs", file_filter))
    return path or None


def ask_export_path(
    parent: QWidget | None, title: str, start: str, file_filter: str, planner: Path | None
) -> Path | None:
    """Where to write an export, checked like the CLI's -o (export/targets.py): never the
    open planner file, its journal or backups, a database, a FIFO or a device. A refused
    choice is said in one message naming the file; None means nothing is written."""
    from ocse_planner.export.targets import check_target
    from ocse_planner.services.errors import UserError
    from ocse_planner.ui.common import errors  # it shows its boxes through this module

    path = ask_save_path(parent, title, start, file_filter)
    if path is None:
        return None
    try:
        return check_target(path, planner=planner)
    except UserError as exc:
        errors.report(parent, exc, title)
        return None


def ask_attendance_file(parent: QWidget | None, start: str = "") -> str | None:
    """The registration/attendance report to import (Zoom, Teams, Eventbrite, template)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Dialogs", "Choose an attendance report"), start, QCoreApplication.translate("Dialogs", ATTENDANCE_FILTER)
    )
    return path or None


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text (a name), or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def ask_number(parent: QWidget | None, title: str, label: str, value: int, minimum: int,
               maximum: int) -> int | None:
    """A whole number from `minimum` to `maximum`, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    number, ok = QInputDialog.getInt(parent, title, label, value, minimum, maximum)
    return number if ok else None


def ask_password(parent: QWidget | None, title: str, label: str) -> str | None:
    """A password, typed hidden, or None when cancelled (it is never stored)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return value if ok else None


def progress_dialog(parent: QWidget | None, title: str, text: str, *, maximum: int = 0,
                    cancellable: bool = False) -> QProgressDialog:
    """A window-modal progress dialog for work on a worker thread: it appears only when
    the work takes a while, and keeps other edits from running into the one under way.
    `maximum` 0 shows a busy bar; the caller closes it with `reset()` and `deleteLater()`."""
    dialog = QProgressDialog(text, QCoreApplication.translate("Dialogs", "Cancel") if cancellable else "", 0, maximum, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog
