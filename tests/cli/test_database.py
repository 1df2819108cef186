"""The headless command line: demo, info, and its one-line errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ocse_planner.cli import main
from ocse_planner.db.migrate import head_revision


def test_demo_then_info(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    assert main(["info", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"Schema revision: {head_revision()} (current)" in out
    counts = {
        line.rsplit(maxsplit=1)[0].strip(): int(line.split()[-1])
        for line in out.splitlines()
        if line.startswith("  ")
    }
    # 12 presentations and, per webinar, opening remarks, questions and answers, closing remarks
    assert counts["webinar"] == 3 and counts["presentation"] == 21 and counts["person"] == 11


def test_demo_refuses_to_overwrite_without_force(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    before = path.read_bytes()
    assert main(["demo", "--db", str(path)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert main(["demo", "--db", str(path), "--force"]) == 0


@pytest.mark.parametrize("target", ["folder", "missing-folder"])
def test_demo_on_a_folder_or_unwritable_path(tmp_path, capsys, target):
    path = tmp_path if target == "folder" else tmp_path / "no" / "such" / "demo.db"
    assert main(["demo", "--db", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("ocse-planner: error:") and "\n" not in err
    assert "Traceback" not in err


@pytest.mark.parametrize("content", [b"hello, not a database", b"SQLite format 3\x00" + b"\x07" * 5000])
def test_info_on_a_bad_file_is_one_line_and_changes_nothing(tmp_path, content):
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "ocse_planner", "info", "--db", str(path)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert str(path) in result.stderr
    assert path.read_bytes() == content


def test_info_on_a_truncated_database(demo_path, capsys):
    data = demo_path.read_bytes()[:20000]
    demo_path.write_bytes(data)
    assert main(["info", "--db", str(demo_path)]) == 1
    assert "damaged" in capsys.readouterr().err
    assert demo_path.read_bytes() == data


def test_info_does_not_migrate_an_old_file(tmp_path, capsys):
    from ocse_planner.db.migrate import upgrade

    path = tmp_path / "old.db"
    path.touch()
    upgrade(path, "0001")
    before = path.read_bytes()
    assert main(["info", "--db", str(path)]) == 0
    assert "0001 (older than" in capsys.readouterr().out
    assert path.read_bytes() == before
