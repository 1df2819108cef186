"""The headless command line: demo, info, and its one-line errors."""

from __future__ import annotations

import os
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


def test_the_planner_may_be_named_before_the_command(tmp_path):
    """`ocse-planner --db FILE info`, as people type it after `ocse-planner --db FILE` opened
    the window; the sub-command's own --db wins when both are given; with neither, argparse's
    usage error (exit 2) names the missing option."""
    path = tmp_path / "demo.db"
    other = tmp_path / "missing.db"

    def run(*words: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ocse_planner", "--lang", "en", *words],
                              capture_output=True, text=True, timeout=120)

    created = run("--db", str(path), "demo")
    assert created.returncode == 0 and path.exists(), created.stderr
    info = run("--db", str(path), "info")
    assert info.returncode == 0 and f"File: {path}" in info.stdout
    both = run("--db", str(other), "info", "--db", str(path))
    assert both.returncode == 0 and f"File: {path}" in both.stdout and not other.exists()
    neither = run("info")
    assert neither.returncode == 2
    assert "the following arguments are required: --db" in neither.stderr and not neither.stdout


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


# --- team databases -------------------------------------------------------------------------

def _counts(out: str) -> dict[str, int]:
    return {line.rsplit(maxsplit=1)[0].strip(): int(line.split()[-1]) for line in out.splitlines()
            if line.startswith("  ")}


@pytest.mark.postgresql
def test_demo_and_info_on_a_team_database_print_what_a_file_prints(pg_database, tmp_path, capsys):
    url, path = pg_database("blank"), tmp_path / "demo.db"
    for where in (url, str(path)):
        assert main(["demo", "--db", where]) == 0
    capsys.readouterr()
    assert main(["info", "--db", url]) == 0
    server = capsys.readouterr().out
    assert main(["info", "--db", str(path)]) == 0
    assert _counts(server) == _counts(capsys.readouterr().out) and _counts(server)["webinar"] == 3
    assert server.startswith("Team database: postgresql:///") and f"{head_revision()} (current)" in server


@pytest.mark.postgresql
def test_demo_on_a_team_database_with_a_planner_needs_force(pg_database, capsys):
    from ocse_planner.db import open_database
    from ocse_planner.db.models import Series
    from sqlalchemy import select

    url = pg_database("demo")
    with open_database(url) as db, db.write() as session:
        session.scalars(select(Series)).one().notes = "ours"
    assert main(["demo", "--db", url]) == 2
    assert "already holds a planner; use --force to replace it" in capsys.readouterr().err
    with open_database(url) as db, db.read() as session:
        assert session.scalars(select(Series.notes)).one() == "ours"
    assert main(["demo", "--db", url, "--force"]) == 0
    with open_database(url) as db, db.read() as session:
        assert session.scalars(select(Series.notes)).one() != "ours"


@pytest.mark.postgresql
def test_upgrade_prints_what_will_change_and_only_then_does_it(pg_database, capsys):
    from ocse_planner.db.location import ServerLocation
    from ocse_planner.db.server import inspect_server

    url = pg_database("blank")
    assert main(["upgrade", "--db", url, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "none (no planner yet: one will be created) -> " + head_revision() in out
    assert "  0001  Initial schema" in out and "Dry run: nothing was changed." in out
    assert inspect_server(ServerLocation(url)).revision is None
    assert main(["upgrade", "--db", url]) == 0
    assert f"Upgraded to schema revision {head_revision()}." in capsys.readouterr().out
    assert inspect_server(ServerLocation(url)).revision == head_revision()
    assert main(["upgrade", "--db", url]) == 0
    assert "already current, nothing to do" in capsys.readouterr().out


@pytest.mark.postgresql
def test_a_command_at_a_terminal_asks_for_the_password_the_server_wants(
        pg_database, pg_password_role, monkeypatch, capsys):
    import getpass

    url = pg_password_role.url(pg_database("demo"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    asked: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or pg_password_role.password)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["stats", "--db", url, "--series", "2022"]) == 1  # no terminal: no prompt, one line
    assert "refused the login" in capsys.readouterr().err and asked == []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    try:
        assert main(["stats", "--db", url, "--series", "2022"]) == 0
    finally:
        os.environ.pop("PGPASSWORD", None)  # handed to libpq for the rest of the process: not to later tests
    assert asked == [f"Password for {url}: "] and "Participants (reported): 611" in capsys.readouterr().out


def test_the_window_gets_a_team_database_url_as_a_location(monkeypatch):
    from ocse_planner import cli
    from ocse_planner.db.location import ServerLocation

    opened = []
    monkeypatch.setattr("ocse_planner.ui.app.run_gui", lambda where, language=None: opened.append(where) or 0)
    monkeypatch.setattr(cli, "has_display", lambda *a, **k: True)
    assert main(["--db", "postgresql://alice@db.example.ca/ocse?sslmode=require"]) == 0
    assert opened == [ServerLocation("postgresql://alice@db.example.ca/ocse?sslmode=require")]
