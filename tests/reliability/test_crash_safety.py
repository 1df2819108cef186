"""SIGKILL during real saves never corrupts the file nor loses an acknowledged commit."""

from __future__ import annotations

from tests.reliability.crash_harness import CrashReport, _check, run


def test_killed_writer_loses_nothing_it_acknowledged(tmp_path, backend, request):
    target = tmp_path / "crash.db" if backend == "sqlite" else request.getfixturevalue("pg_database")("empty")
    report = run(15 if backend == "sqlite" else 8, target, seed=8)
    assert report.kills == (15 if backend == "sqlite" else 8)
    assert report.acknowledged > 0, "the child never got to commit; the test proved nothing"
    assert (report.corrupt, report.lost) == (0, 0), report.problems


def test_the_check_notices_a_missing_commit(tmp_path):
    """The harness would report a loss: an acknowledged key that is not in the file."""
    path = tmp_path / "crash.db"
    run(1, path, seed=1)
    report = CrashReport()
    _check(path, [("crash-never-saved", 1)], report, kill_no=1)
    assert report.lost >= 1
