"""Item 1 and 11: an export never replaces the planner file (or any database, FIFO or
device), and exports holding personal data are private whatever the umask."""

from __future__ import annotations

import csv
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ocse_planner.cli import main
from ocse_planner.db.backup import make_backup
from tests.hardening.conftest import cli, folder_state, one_line_error


def _export(planner: Path, target: str | Path, kind: str = "agenda") -> list[str]:
    return ["export", kind, "--db", str(planner), "--series", "2022", "-o", str(target)]


@pytest.mark.parametrize("spelling", ["d.db", "sub/../d.db", "link.db"])
def test_export_onto_the_planner_file_is_refused_and_changes_nothing(planner, spelling):
    folder = planner.parent
    (folder / "sub").mkdir()
    (folder / "link.db").symlink_to(planner)
    before = folder_state(folder)
    run = cli(*_export(planner, folder / spelling))
    one_line_error(run, str(folder / spelling), "planner file")
    assert folder_state(folder) == before  # the planner file is there, byte for byte


@pytest.mark.parametrize("name", ["d.db-wal", "d.db-shm", "d.db-journal", "backup", "hardlink.db"])
def test_its_journal_backups_and_hard_links_are_refused_too(planner, name, capsys):
    folder = planner.parent
    if name == "backup":
        target = make_backup(planner, "manual")
    elif name == "hardlink.db":
        target = folder / name
        os.link(planner, target)
    else:
        target = folder / name
    before = folder_state(folder)
    assert main(_export(planner, target)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(target) in err and "never replace" in err
    assert folder_state(folder) == before


def test_another_sqlite_database_is_never_replaced(planner, tmp_path, _demo_template):
    other = tmp_path / "other-program.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    other_planner = tmp_path / "another-plan.db"
    other_planner.write_bytes(_demo_template.read_bytes())
    for target in (other, other_planner):
        before = target.read_bytes()
        one_line_error(cli(*_export(planner, target, "report")), str(target), "SQLite database")
        assert target.read_bytes() == before


def test_a_fifo_or_a_device_is_refused_not_replaced(planner, tmp_path, capsys):
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    assert main(_export(planner, fifo)) == 1
    assert "FIFO" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert main(_export(planner, "/dev/null")) == 1
    err = capsys.readouterr().err
    assert "/dev/null: is a device" in err and err.count("\n") == 1
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_file_name_longer_than_the_file_system_allows_is_one_line(planner, tmp_path):
    target = tmp_path / ("x" * 300 + ".xlsx")
    one_line_error(cli(*_export(planner, target)), "file name is 305 bytes long")
    assert not any(p.name.startswith(".x") for p in tmp_path.iterdir())  # no temporary file left


def test_a_long_name_within_the_limit_is_written(planner, tmp_path):
    target = tmp_path / ("y" * 250 + ".xlsx")  # 255 bytes: the temporary name must not overflow
    assert main(_export(planner, target)) == 0
    assert target.stat().st_size > 0


def test_the_window_refuses_an_export_onto_its_own_file(window, qtbot, monkeypatch):
    from ocse_planner.ui.common import dialogs
    from ocse_planner.ui.files import export_menu

    planner = window.state.db.path
    before = planner.read_bytes()
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(planner.parent / "x" / ".." / planner.name))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(dialogs, "ask_open_choice", lambda *a: pytest.fail("nothing was exported"))
    from ocse_planner.export.wording import DocumentLanguage
    from ocse_planner.ui.files.export_options_dialog import LanguageDialog

    monkeypatch.setattr(LanguageDialog, "ask", classmethod(lambda cls, parent, title: DocumentLanguage("en")))
    window.export_menu.report_action.trigger()
    assert errors and planner.name in errors[0] and "planner file" in errors[0]
    assert window.export_menu.task is None
    assert planner.read_bytes()[:100] == before[:100] and window.state.db is not None


def _umask_zero() -> None:
    os.umask(0)


def test_exports_with_personal_data_are_private_whatever_the_umask(planner, tmp_path):
    import subprocess
    import sys

    from tests.hardening.conftest import ROOT

    def export(kind: str, name: str, *extra: str) -> int:
        target = tmp_path / name
        subprocess.run([sys.executable, "-m", "ocse_planner", *_export(planner, target, kind), *extra],
                       check=True, capture_output=True, cwd=ROOT, preexec_fn=_umask_zero)
        return stat.S_IMODE(target.stat().st_mode)

    assert export("attendance", "names.xlsx", "--include-names") == 0o600
    assert export("directory", "directory.xlsx") == 0o600
    assert export("attendance", "summary.xlsx") == 0o666  # aggregates only: an ordinary document
    assert export("agenda", "agenda.xlsx") == 0o666


def test_saved_problems_keep_formula_like_cells_as_text_and_are_private(window, qtbot, monkeypatch, tmp_path):
    from ocse_planner.ui.common import dialogs

    report = tmp_path / "=1+2.csv"
    report.write_text("name,email\n@SUM(A1),=HYPERLINK(\"http://x\")\n-Ann,ann@example.org\n", encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_attendance_file", lambda *a, **k: str(report))
    tab = window.attendance_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog = tab.import_dialog
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    target = tmp_path / "problems.csv"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(target))
    qtbot.mouseClick(dialog.problems.save_button, Qt.MouseButton.LeftButton)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'=1+2.csv" in cells
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    dialog.close()
