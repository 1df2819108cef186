"""The command line's one error line, its exit codes, its log on stderr, and a reader that
stops reading early — each run as a separate process, as a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ocse_planner.cli import main
from ocse_planner.services.errors import set_translator


def run(*argv: str, stdout=subprocess.PIPE, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ocse_planner", *argv], stdout=stdout, stderr=subprocess.PIPE,
                          text=True, timeout=120, cwd=cwd)


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("ocse-planner: error: ") and "Traceback" not in result.stderr
    return result.stderr.removeprefix("ocse-planner: error: ").rstrip("\n")


@pytest.mark.parametrize(("argv", "status", "says"), [
    (["stats", "--series", "1999"], 2, "no series with id or year 1999"),
    (["stats", "--series", "next year"], 2, "--series takes a series id or a year, not “next year”"),
    (["stats", "--series", "2022\nrm -rf /"], 2, "not “2022 rm -rf /”"),
    (["import", "attendance", "--webinar", "2022:9", "{data}/w.csv"], 2, "has no webinar number 9"),
    (["export", "agenda", "--series", "2022", "--changes-since", "4", "-o", "{out}/a.xlsx"], 2,
     "this series has no agenda release 4 (none made yet)"),
    (["export", "attendance", "--series", "2022", "--min-cell", "0", "-o", "{out}/a.xlsx"], 2,
     "--min-cell must be a positive number"),
    (["export", "report", "--series", "2022", "-o", "{out}"], 1, "is a folder; give a file name"),
    (["clone-series", "--series", "2022", "--year", "2022"], 1,
     "A series “Combatting Online Child Sexual Exploitation” already exists for 2022"),
])
def test_a_user_error_is_one_line_with_its_exit_status(demo_path, tmp_path, argv, status, says):
    (tmp_path / "w.csv").write_text("name,email\nAda,ada@example.org\n", encoding="utf-8")
    argv = [a.format(data=tmp_path, out=tmp_path) for a in argv]
    command = argv[:2] if argv[0] in ("import", "export") else argv[:1]
    result = run(*command, "--db", str(demo_path), *argv[len(command):])
    assert result.returncode == status
    assert says in one_error_line(result)


def test_a_file_that_is_not_there_is_named(tmp_path):
    result = run("stats", "--db", str(tmp_path / "nowhere.db"), "--series", "2022")
    assert result.returncode == 1
    assert one_error_line(result) == f"{tmp_path / 'nowhere.db'}: does not exist"
    assert not (tmp_path / "nowhere.db").exists()


def test_the_error_line_is_translated_with_the_messages(demo_path, capsys):
    """The error line and the service's template, both from the French catalogue."""
    try:
        assert main(["--lang", "fr", "stats", "--db", str(demo_path), "--series", "1999"]) == 2
    finally:
        set_translator(None)
    assert capsys.readouterr().err == (
        "ocse-planner\u00a0: erreur\u00a0: aucune série n'a l'identifiant ou l'année 1999\n")


def test_a_fault_is_logged_with_its_traceback_and_exits_1(demo_path, capsys, monkeypatch):
    from ocse_planner.services import attendance_summary

    def broken(session, series_id, **_):
        raise ZeroDivisionError("no webinars to average over")

    monkeypatch.setattr(attendance_summary, "attendance_summary", broken)
    assert main(["stats", "--db", str(demo_path), "--series", "2022"]) == 1
    err = capsys.readouterr().err
    assert "ocse-planner stats failed unexpectedly" in err
    assert "Traceback" in err and "in broken" in err and "ZeroDivisionError: no webinars to average over" in err


def test_stderr_holds_warnings_only_unless_verbose(demo_path):
    quiet = run("stats", "--db", str(demo_path), "--series", "2022")
    assert quiet.returncode == 0 and quiet.stderr == ""
    verbose = run("--verbose", "stats", "--db", str(demo_path), "--series", "2022")
    assert verbose.returncode == 0 and verbose.stdout == quiet.stdout
    assert f"ocse_planner.db.migrate: INFO: Opened {demo_path}" in verbose.stderr


def test_a_reader_that_stops_early_gets_no_traceback(demo_path):
    """`ocse-planner info … | head -1`: the output pipe closes before the app writes."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone: every write fails with EPIPE
    try:
        result = run("info", "--db", str(demo_path), stdout=write_end)
    finally:
        os.close(write_end)
    assert result.stderr == ""
    assert result.returncode == 1

