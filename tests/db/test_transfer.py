"""`copy`: a whole planner between files and team databases, checked, all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from ocse_planner.cli import main
from ocse_planner.db import open_database
from ocse_planner.db.errors import DatabaseOpenError
from ocse_planner.db.models import Organization, Series
from ocse_planner.db.transfer import CopyError, copy_planner
from ocse_planner.export.agenda_xlsx import AgendaOptions, export_agenda
from tests.services.test_attendance_admin import _load


def every_row(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of a planner file, read by plain sqlite3 (not the app)."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT IN ('alembic_version', 'planner_meta') ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY id').fetchall() for t in tables}


@pytest.mark.postgresql
def test_file_to_server_to_file_is_identical_in_every_table_and_row(demo_path, pg_database, tmp_path):
    with open_database(demo_path) as db:
        _load(db, tmp_path)  # attendance records with booleans, minutes and timestamps too
    with open_database(demo_path) as db, db.write() as session:  # a parent link and JSON lists
        rcmp = session.scalars(select(Organization).where(Organization.acronym == "RCMP")).one()
        session.add(Organization(name="Child unit – Québec “Nord”", parent=rcmp, notes="line one\nline two"))
        session.scalars(select(Series)).one().objectives = ["Inform", "Équiper les intervenants", ""]
    url = pg_database("blank")
    there = copy_planner(demo_path, url)
    back = tmp_path / "back.db"
    again = copy_planner(url, back)
    assert every_row(back) == every_row(demo_path)
    assert there.digest == again.digest and there.rows == again.rows
    assert there.rows["attendance_record"] == 7 and there.rows["organization"] == 15


@pytest.mark.postgresql
def test_the_demo_on_the_server_exports_the_same_agenda_workbook(demo_path, pg_database, tmp_path):
    url = pg_database("blank")
    assert main(["demo", "--db", url]) == 0
    written = {}
    for name, where in (("file", demo_path), ("server", url)):
        with open_database(where) as db, db.read() as session:
            series_id = session.scalar(select(Series.id))
            written[name] = export_agenda(session, series_id, tmp_path / f"{name}.xlsx", AgendaOptions(internal=True))

    def cells(path: Path) -> dict[str, list[list[object]]]:
        return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in load_workbook(path)}

    assert cells(written["server"]) == cells(written["file"])


@pytest.mark.postgresql
def test_a_planner_is_not_overwritten_without_replace_and_another_programs_never(pg_server, pg_database, demo_path):
    url = pg_database("demo")
    with open_database(url) as db, db.write() as session:
        session.scalars(select(Series)).one().notes = "the team's own work"
    with pytest.raises(CopyError, match="already holds a planner; copy with --replace"):
        copy_planner(demo_path, url)
    with open_database(url) as db, db.read() as session:
        assert session.scalars(select(Series)).one().notes == "the team's own work"
    copy_planner(demo_path, url, replace=True)
    with open_database(url) as db, db.read() as session:
        assert session.scalars(select(Series)).one().notes != "the team's own work"
    other = pg_database("blank")
    pg_server.execute(other, "CREATE TABLE invoices (id integer)")
    with pytest.raises(DatabaseOpenError, match="another program's tables"):
        copy_planner(demo_path, other, replace=True)


@pytest.mark.postgresql
def test_ids_continue_after_the_copied_ones_on_the_server(demo_path, pg_database):
    url = pg_database("blank")
    copy_planner(demo_path, url)
    with open_database(url) as db, db.write() as session:
        highest = session.scalar(select(Organization.id).order_by(Organization.id.desc()).limit(1))
        added = Organization(name="After the copy")
        session.add(added)
        session.flush()
        assert added.id == highest + 1


@pytest.mark.postgresql
def test_a_copy_that_does_not_check_out_is_rolled_back(demo_path, pg_database, monkeypatch):
    """The verification reads the destination back; a difference undoes the whole copy."""
    from ocse_planner.db import transfer

    url = pg_database("blank")
    real = transfer._copy_rows

    def lose_a_row(source, destination, tables, total, progress, where):  # type: ignore[no-untyped-def]
        read = real(source, destination, tables, total, progress, where)
        destination.exec_driver_sql("DELETE FROM survey_result WHERE id = (SELECT max(id) FROM survey_result)")
        return read

    monkeypatch.setattr(transfer, "_copy_rows", lose_a_row)
    with pytest.raises(CopyError, match="rolled back: row counts differ in survey_result"):
        copy_planner(demo_path, url)
    from ocse_planner.db.server import inspect_server
    from ocse_planner.db.location import ServerLocation

    assert inspect_server(ServerLocation(url)).revision is None  # not even the tables stayed


def test_a_file_copy_is_checked_atomic_and_keeps_a_replaced_planner(demo_path, tmp_path, monkeypatch):
    target = tmp_path / "copy.db"
    report = copy_planner(demo_path, target)
    assert every_row(target) == every_row(demo_path) and report.rows["webinar"] == 3
    assert oct(target.stat().st_mode & 0o777) == "0o600" and not target.with_name("copy.db-wal").exists()
    with pytest.raises(CopyError, match="already holds a planner"):
        copy_planner(demo_path, target)

    from ocse_planner.db import transfer

    def cancelled(*_args):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt  # a Cancel pressed half-way

    before = target.read_bytes()
    monkeypatch.setattr(transfer, "_verify", cancelled)
    with pytest.raises(KeyboardInterrupt):
        copy_planner(demo_path, target, replace=True)
    assert target.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["copy.db", "demo.db"]
    monkeypatch.undo()
    replaced = copy_planner(demo_path, target, replace=True)
    assert replaced.replaced_backup is not None and every_row(replaced.replaced_backup) == every_row(demo_path)


@pytest.mark.parametrize("what", ["another program's file", "the planner itself", "a folder"])
def test_a_copy_never_writes_over_what_it_must_not(demo_path, tmp_path, what):
    if what == "another program's file":
        target = tmp_path / "other.sqlite"
        with sqlite3.connect(target) as conn:
            conn.execute("CREATE TABLE mail (id integer)")
    else:
        target = demo_path if what == "the planner itself" else tmp_path
    before = target.read_bytes() if target.is_file() else None
    with pytest.raises(DatabaseOpenError):
        copy_planner(demo_path, target, replace=True)
    if before is not None:
        assert target.read_bytes() == before


def test_cli_copy_prints_the_check_and_refuses_in_one_line(demo_path, tmp_path, capsys):
    target = tmp_path / "archive.db"
    assert main(["copy", str(demo_path), str(target)]) == 0
    out = capsys.readouterr().out
    assert "Checked: the row count of every table and the content hash" in out
    assert "  webinar" in out and "  presentation" in out
    assert main(["copy", str(demo_path), str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already holds a planner; copy with --replace" in err
