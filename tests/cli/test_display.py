"""Without a display the window cannot open: one clear line and exit 1, before Qt aborts."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ocse_planner.cli import has_display


def _without_display() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    return env


@pytest.mark.parametrize("argv", [["--demo"], ["--db", "planner.db"], []])
def test_no_display_is_one_line_and_exit_1(tmp_path, argv):
    result = subprocess.run([sys.executable, "-m", "ocse_planner", *argv], cwd=tmp_path, env=_without_display(),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ocse-planner: error: No display found")
    assert "desktop session" in lines[0] and "export" in lines[0] and "stats" in lines[0]
    assert list(tmp_path.iterdir()) == []  # nothing created: no planner file, no demo copy


def test_commands_still_work_without_a_display(tmp_path):
    result = subprocess.run([sys.executable, "-m", "ocse_planner", "demo", "--db", str(tmp_path / "d.db")],
                            env=_without_display(), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and (tmp_path / "d.db").exists()


def test_what_counts_as_a_display():
    assert not has_display({}, "linux")
    assert has_display({"DISPLAY": ":0"}, "linux")
    assert has_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert has_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not has_display({"DISPLAY": "  "}, "linux")
    assert has_display({}, "win32") and has_display({}, "darwin")
