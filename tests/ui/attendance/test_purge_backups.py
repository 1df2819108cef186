"""Removing personal data from the Attendance tab, then the question about older backups,
and the Restore dialog's warning on a backup that still holds removed data."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ocse_planner.db.backup import list_backups, make_backup, parse_backup_name
from ocse_planner.ui.common import dialogs
from ocse_planner.ui.files.restore_dialog import RestoreDialog
from tests.services.attendance_files import WEBINAR_1, write_template
from tests.ui.attendance.test_attendance_tab import _open_import

NEEDLE = b"dayna.boyko@torontopolice.on.ca"


def _import_and_back_up(window, qtbot, monkeypatch, tmp_path):
    tab, dialog = _open_import(window, qtbot, monkeypatch, write_template(tmp_path / "w1.csv", WEBINAR_1))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.attendees.model.total() == 4, timeout=5000)
    held = make_backup(window.state.db.path, "on-open")
    assert NEEDLE in held.read_bytes()
    return tab


def _purge(window, qtbot, monkeypatch, tab, answer_delete):
    questions = []

    def answer(parent, title, text, **kwargs):
        questions.append(text)
        return answer_delete if "backups taken before this purge" in text else True

    monkeypatch.setattr(dialogs, "ask_yes_no", answer)
    qtbot.mouseClick(tab.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(questions) == 2, timeout=5000)
    return questions


def test_after_a_purge_older_backups_are_offered_for_deletion(window, qtbot, monkeypatch, tmp_path):
    tab = _import_and_back_up(window, qtbot, monkeypatch, tmp_path)
    path = window.state.db.path
    assert len(list_backups(path)) == 2  # on opening, and the one holding the imported people

    questions = _purge(window, qtbot, monkeypatch, tab, answer_delete=True)

    assert questions[1] == ("2 backups taken before this purge still hold the removed personal data. "
                            "Delete them?")
    remaining = list_backups(path)
    assert [parse_backup_name(p)[2] for p in remaining] == ["after-purge"]
    assert all(NEEDLE not in p.read_bytes() for p in remaining)


def test_kept_backups_are_marked_and_restoring_one_asks_twice(window, qtbot, monkeypatch, tmp_path):
    tab = _import_and_back_up(window, qtbot, monkeypatch, tmp_path)
    path = window.state.db.path
    _purge(window, qtbot, monkeypatch, tab, answer_delete=False)
    assert len(list_backups(path)) == 3

    from ocse_planner.services.personal_data import stale_backups

    dialog = RestoreDialog(path, window, stale_backups(window.state.db))
    qtbot.addWidget(dialog)
    dialog.show()
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    marks = [dialog.model.index(r, headers.index("Personal data")).data() for r in range(dialog.model.rowCount())]
    assert marks[0] == ""  # the fresh after-purge copy
    assert all(m.startswith("Holds personal data removed on") for m in marks[1:])
    assert len(marks[1:]) == 2

    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: asked.append(a[2]) or len(asked) == 1)
    dialog.view.table.setFocus()
    qtbot.keyClick(dialog.view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and "puts those names and e-mail addresses back" in asked[1]
    assert dialog.chosen is None and dialog.isVisible()  # said no the second time

    asked.clear()
    qtbot.keyClick(dialog.view.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and dialog.chosen == list_backups(path)[0]  # the clean copy: one question
