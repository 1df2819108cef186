"""Item 3: a refused import leaves the planner file byte-identical. Item 4: a file another
program keeps locked gives one line naming it, in every command and in the window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ocse_planner.db import open_database
from tests.hardening.conftest import cli, folder_state, one_line_error, pretend_older

FAST_BUSY = {"OCSE_PLANNER_BUSY_TIMEOUT_MS": "300"}


def test_a_refused_import_leaves_the_file_byte_identical(planner, tmp_path):
    with sqlite3.connect(planner) as conn:  # a file whose rules were all deleted by hand
        conn.execute("DELETE FROM sector_rule")
    conn.close()
    bad = tmp_path / "bad.csv"
    bad.write_text("name,email\nAnn,not-an-address\n", encoding="utf-8")
    before = folder_state(planner.parent)
    run = cli("import", "attendance", "--db", planner, "--webinar", "2022:1", bad)
    assert run.code == 1 and "Nothing was stored" in run.out
    unreadable = tmp_path / "scan.pdf"
    unreadable.write_bytes(b"%PDF-1.7 not a report")
    one_line_error(cli("import", "attendance", "--db", planner, "--webinar", "2022:1", unreadable), "PDF")
    assert folder_state(planner.parent) == before  # no rules seeded, no WAL switch, nothing beside


def test_new_files_start_with_the_default_rules(tmp_path):
    db = open_database(tmp_path / "new.db")
    try:
        with db.read() as session:
            from ocse_planner.services.sectors import list_rules

            assert len(list_rules(session)) == 22
    finally:
        db.close()


class _Lock:
    """Another program holding the write lock (BEGIN EXCLUSIVE) until released."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("BEGIN EXCLUSIVE")
        self.conn.execute("UPDATE series SET notes = notes")

    def release(self) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


@pytest.mark.parametrize("args", [
    ["release-agenda", "--series", "2022"],
    ["clone-series", "--series", "2022", "--year", "2031"],
    ["import", "attendance", "--webinar", "2022:1", "FILE"],
    ["demo-open-old"],
])
def test_a_locked_file_is_one_line_in_every_writing_command(planner, tmp_path, args):
    report = tmp_path / "ok.csv"
    report.write_text("name,email\nAnn,ann@example.org\n", encoding="utf-8")
    if args == ["demo-open-old"]:  # an older file: the upgrade itself meets the lock
        with sqlite3.connect(planner) as conn:
            pretend_older(conn)
        conn.close()
        args = ["release-agenda", "--series", "2022"]
    args = [str(report) if a == "FILE" else a for a in args]
    lock = _Lock(planner)
    try:
        run = cli(args[0], *(["attendance"] if args[0] == "import" else []), "--db", planner,
                  *args[2 if args[0] == "import" else 1:], env=FAST_BUSY)
    finally:
        lock.release()
    one_line_error(run, str(planner), "is busy", "try again")


def test_reading_commands_wait_for_nobody_in_wal_mode(planner, tmp_path):
    with open_database(planner) as db, db.write() as session:  # a WAL-mode file, as the app leaves it
        session.connection()
    lock = _Lock(planner)
    try:
        assert cli("stats", "--db", planner, "--series", "2022", env=FAST_BUSY).code == 0
    finally:
        lock.release()


def test_the_window_says_the_file_is_busy(window, qtbot, monkeypatch):
    from ocse_planner.db import engine
    from dataclasses import replace

    from ocse_planner.services.series import get_series
    from ocse_planner.services.series import update_series
    from ocse_planner.ui.common import dialogs, operations

    monkeypatch.setenv(engine.BUSY_TIMEOUT_ENV, "300")
    path = window.state.db.path
    window.state.set_database(None)
    assert window.open_path(path, offer_demo=False)  # connections made with the short timeout
    db = window.state.db
    with db.write() as session:  # the first write switches the file to WAL, as in daily use
        record = get_series(session, 1)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: errors.append(text))
    lock = _Lock(path)
    try:
        result = operations.run(window, window.state, "Rename", lambda s: update_series(
            s, 1, replace(record.form, title="Renamed"), record.version))
    finally:
        lock.release()
    assert not result.ok
    assert len(errors) == 1 and "is busy" in errors[0] and path.name in errors[0]
    assert window.undo_stack.count() == 0  # the step that did not happen is not in the history


def test_the_window_reports_a_busy_file_when_opening_it(window, qtbot, monkeypatch, planner):
    from ocse_planner.db import engine
    from ocse_planner.ui.common import dialogs

    monkeypatch.setenv(engine.BUSY_TIMEOUT_ENV, "300")
    with sqlite3.connect(planner) as conn:
        pretend_older(conn)  # opening must upgrade it
    conn.close()
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    lock = _Lock(planner)
    try:
        task = window.open_in_background(planner, offer_demo=False)
        qtbot.waitUntil(lambda: task.done, timeout=10_000)
    finally:
        lock.release()
    assert errors and "is busy" in errors[0] and "Traceback" not in errors[0]
