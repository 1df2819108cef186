"""`ocse-planner install-desktop-entry`: the menu entry and icon in the user's data folder."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ocse_planner.cli import main
from ocse_planner.cli.desktop import DESKTOP_FILE, entry_text


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_installs_the_entry_and_icons_under_xdg_data_home(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["install-desktop-entry"]) == 0
    entry = tmp_path / "share" / "applications" / "ocse-planner.desktop"
    svg = tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / "ocse-planner.svg"
    png = tmp_path / "share" / "icons" / "hicolor" / "256x256" / "apps" / "ocse-planner.png"
    assert entry.exists() and svg.read_bytes().startswith(b"<?xml") and png.read_bytes()[:4] == b"\x89PNG"
    fields = _entry(entry)
    assert fields["Type"] == "Application" and fields["Name"] == "OCSE Planner"
    assert fields["Icon"] == "ocse-planner" and fields["Terminal"] == "false"
    launcher = fields["Exec"].split('"')[1] if fields["Exec"].startswith('"') else fields["Exec"].split(" ")[0]
    assert Path(launcher).is_absolute() and Path(launcher).exists()  # this install's own launcher
    assert fields["TryExec"] == launcher
    out = capsys.readouterr().out
    assert str(entry) in out and "menu" in out

    assert main(["install-desktop-entry", "--remove"]) == 0
    assert not entry.exists() and not svg.exists() and not png.exists()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_the_entry_is_valid(tmp_path):
    path = tmp_path / "ocse-planner.desktop"
    path.write_text(entry_text(["/opt/my venv/bin/ocse-planner"]), encoding="utf-8")
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_exec_quotes_a_path_with_spaces():
    fields = entry_text(["/opt/my venv/bin/ocse-planner"])
    assert 'Exec="/opt/my venv/bin/ocse-planner"' in fields
    assert [line for line in DESKTOP_FILE.read_text(encoding="utf-8").splitlines() if line.startswith("Exec=")] == \
        ["Exec=ocse-planner"]


def test_as_a_command_without_root(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), PYTHONPATH=os.pathsep.join(sys.path))
    result = subprocess.run([sys.executable, "-m", "ocse_planner", "install-desktop-entry"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "applications" / "ocse-planner.desktop").exists()


def test_a_folder_that_cannot_be_written_is_one_line(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["install-desktop-entry", "--data-dir", str(blocker)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("ocse-planner: error:")
