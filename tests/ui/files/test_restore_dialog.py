"""File ▸ Restore from backup…, driven like a person: pick a backup, confirm, see it back."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ocse_planner.db.backup import list_backups, make_backup, parse_backup_name
from ocse_planner.db.models import Series
from ocse_planner.ui.common import dialogs
from ocse_planner.ui.files.restore_dialog import RestoreDialog


def _add_series(window, title):
    with window.state.db.write() as session:
        session.add(Series(title=title, year=2031))
    window.state.notify_changed()


def _series_titles(window):
    model = window.series_tab.list.model
    return [row.title for row in model.rows()]


def test_opening_the_file_made_a_backup(window):
    backups = list_backups(window.state.db.path)
    assert [parse_backup_name(p)[2] for p in backups] == ["on-open"]


def test_dialog_lists_backups_with_contents(qtbot, qtmodeltester, demo_path):
    make_backup(demo_path, "on-open")
    dialog = RestoreDialog(demo_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    row = {h: dialog.model.index(0, c).data() for c, h in enumerate(headers)}
    assert row["Reason"] == "When the file was opened"
    assert (row["Series"], row["Webinars"], row["People"]) == ("1", "3", "11")
    assert dialog.restore_button.isEnabled()


def test_no_backups_says_so(qtbot, tmp_path):
    dialog = RestoreDialog(tmp_path / "planner.db")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.restore_button.isEnabled()


def test_declining_the_confirmation_keeps_the_dialog_open(qtbot, demo_path, monkeypatch):
    make_backup(demo_path, "on-open")
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: False)
    dialog = RestoreDialog(demo_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen is None and dialog.isVisible()


def test_restore_from_the_file_menu(qtbot, window, monkeypatch):
    path = window.state.db.path
    _add_series(window, "Planned after the backup")
    assert "Planned after the backup" in _series_titles(window)
    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: asked.append(a[2]) or True)

    def drive_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreDialog)
        dialog.view.table.setFocus()
        qtbot.keyClick(dialog.view.table, Qt.Key.Key_Home)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive_dialog)
    assert window.restore_action in window.file_menu.actions()
    window.restore_action.trigger()

    assert asked and "backed up first" in asked[0]
    assert window.state.db is not None and window.state.db.path == path
    assert "Planned after the backup" not in _series_titles(window)
    assert window.series_tab.list.model.rowCount() == 1
    reasons = sorted(parse_backup_name(p)[2] for p in list_backups(path))
    assert reasons == ["before-restore", "on-open"]  # the undone state is kept


def test_cancel_changes_nothing(qtbot, window):
    _add_series(window, "Kept")

    def cancel():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreDialog)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, cancel)
    window.restore_action.trigger()
    assert "Kept" in _series_titles(window)


def test_file_on_a_network_drive_gets_a_warning_once(qtbot, settings, demo_path, monkeypatch):
    from ocse_planner.ui.files import file_safety
    from ocse_planner.ui.main_window import MainWindow

    monkeypatch.setattr(file_safety, "network_filesystem", lambda path: "nfs4")
    shown = []
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: shown.append(text))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(demo_path) and win.open_path(demo_path)
    assert len(shown) == 1 and "network drive (nfs4)" in shown[0]
    assert "network drive" in win.statusBar().currentMessage()
