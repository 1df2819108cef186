"""Helpers for the hardening regressions: the CLI as a real process, files' bytes and
what lies beside them.

Each test here reproduces one way the app was found to lose data, crash on text it had
accepted, take over another program's file or store wrong data silently (see the
Reliability section of the README), through the public entry points: the `ocse-planner`
command in a subprocess, the services, and the window for what only the window does.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Run:
    code: int
    out: str
    err: str


def cli(*args: str | Path, env: dict[str, str] | None = None, timeout: float = 120) -> Run:
    """`ocse-planner ARGS` in a fresh process (python -m ocse_planner)."""
    environment = {**os.environ, **(env or {})}
    environment["PYTHONPATH"] = str(ROOT) + os.pathsep + environment.get("PYTHONPATH", "")
    done = subprocess.run([sys.executable, "-m", "ocse_planner", *map(str, args)], capture_output=True,
                          text=True, env=environment, timeout=timeout, cwd=ROOT)
    return Run(done.returncode, done.stdout, done.stderr)


def one_line_error(run: Run, *needles: str, code: int = 1) -> None:
    """Exit `code` (1: a file that cannot be used, 2: a wrong call), one line on stderr
    starting `ocse-planner: error:`, naming what it should."""
    assert run.code == code, (run.code, run.out, run.err)
    assert run.err.count("\n") == 1 and run.err.startswith("ocse-planner: error: "), run.err
    assert "Traceback" not in run.err
    for needle in needles:
        assert needle in run.err, (needle, run.err)


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file of a folder with its bytes: "byte-identical, nothing left beside it"."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def pretend_older(conn, revision: str = "0002") -> None:  # type: ignore[no-untyped-def]
    """Make a current planner file look as an older version wrote it: the schema revision
    named, and the tables of later revisions (0006: planner_meta, change_log) gone."""
    conn.execute(f"UPDATE alembic_version SET version_num = '{revision}'")
    conn.execute("DROP TABLE IF EXISTS planner_meta")
    conn.execute("DROP TABLE IF EXISTS change_log")


@pytest.fixture
def planner(tmp_path: Path, _demo_template: Path) -> Path:
    """A demo planner file alone in its own folder (so the folder's listing can be compared)."""
    from ocse_planner.db.backup import copy_database

    folder = tmp_path / "plans"
    folder.mkdir()
    path = copy_database(_demo_template, folder / "d.db")
    return path
