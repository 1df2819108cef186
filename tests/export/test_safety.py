"""Exports keep user text as text, and never leave a half-written file behind."""

from __future__ import annotations

import os
import sys

import pytest
from docx import Document
from openpyxl import load_workbook

from ocse_planner.db.models import Organization, Person, Presentation, Sector, SectorCount, SurveyResult, Webinar
from ocse_planner.export.agenda_xlsx import AgendaOptions, export_agenda
from ocse_planner.export.atomic import ExportError, write_atomically
from ocse_planner.export.attendance_xlsx import AttendanceOptions, export_attendance
from ocse_planner.export.directory_xlsx import export_directory
from ocse_planner.export.report_docx import export_report
from ocse_planner.services.releases import release_agenda
from tests.export.conftest import add_attendance, formula_or_error_cells, sheet_text

HYPERLINK = '=HYPERLINK("http://x","y")'


@pytest.fixture
def hostile_db(demo_path):  # type: ignore[no-untyped-def]
    from ocse_planner.db import open_database

    add_attendance(demo_path)
    db = open_database(demo_path)
    with db.write() as session:
        release_agenda(session, 1)
        seto = session.query(Person).filter_by(family_name="Seto").one()
        seto.honorific, seto.given_name, seto.family_name = None, HYPERLINK, ""
        seto.job_title = "@SUM(A1:A9)"
        session.query(Presentation).filter_by(title="Canada's Project SHADOW").one().title = "+1-2"
        session.get(Webinar, 3).title = "-3 webinar"
        session.query(Organization).filter_by(name="Magnet Forensics").one().name = "#REF!"
        sector = session.query(Sector).filter_by(name="Education").one()
        sector.name = "=1+1"
        session.add(SectorCount(series_id=1, webinar_id=None, sector=sector, count=7))
        session.add(SurveyResult(series_id=1, statement="\tTab =cmd|' /C calc'!A0", percent_agree=50, position=9))
    yield db
    db.close()


def test_user_text_never_becomes_a_formula_or_an_error(hostile_db, tmp_path):
    files = {
        "agenda": tmp_path / "agenda.xlsx",
        "attendance": tmp_path / "attendance.xlsx",
        "directory": tmp_path / "directory.xlsx",
    }
    with hostile_db.read() as session:
        export_agenda(session, 1, files["agenda"], AgendaOptions(internal=True, changes_since=1))
        export_attendance(session, 1, files["attendance"], AttendanceOptions(include_names=True))
        export_directory(session, 1, files["directory"])
        export_report(session, 1, tmp_path / "report.docx")
    for path in files.values():
        assert formula_or_error_cells(path) == [], path.name
    agenda = load_workbook(files["agenda"])
    texts = [t for ws in agenda for t in sheet_text(ws)]
    assert any(t.startswith(HYPERLINK) for t in texts)
    assert "+1-2" in sheet_text(agenda["Webinar 1"])
    cell = next(c for row in agenda["Webinar 1"].iter_rows() for c in row if c.value == "+1-2")
    assert cell.data_type == "s" and cell.quotePrefix
    changes = sheet_text(agenda["Changes since release 1"])
    assert "Retitled" in changes and "+1-2" in changes
    directory = [t for ws in load_workbook(files["directory"]) for t in sheet_text(ws)]
    assert "#REF!" in directory
    attendance = [t for ws in load_workbook(files["attendance"]) for t in sheet_text(ws)]
    assert "=1+1" in attendance and "\tTab =cmd|' /C calc'!A0" in attendance
    report = "\n".join(p.text for p in Document(str(tmp_path / "report.docx")).paragraphs)
    assert "+1-2" in report and HYPERLINK in report


def test_a_failure_mid_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "agenda.xlsx"
    target.write_bytes(b"the previous export")

    def broken(tmp):
        tmp.write_bytes(b"half a wor")
        raise RuntimeError("disk pulled out")

    with pytest.raises(RuntimeError):
        write_atomically(target, broken)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.xlsx"]  # no temporary left behind


def test_a_failure_on_a_new_file_leaves_nothing(demo_db, tmp_path, monkeypatch):
    from openpyxl import Workbook

    def fail(self, filename):
        open(filename, "wb").write(b"PK\x03\x04 trunc")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", fail)
    target = tmp_path / "new.xlsx"
    with demo_db.read() as session, pytest.raises(ExportError) as caught:
        export_agenda(session, 1, target)
    assert "new.xlsx" in str(caught.value) and "disk is full" in str(caught.value)
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".*part")) == []


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_an_unwritable_folder_is_named_in_the_error(demo_db, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with demo_db.read() as session, pytest.raises(ExportError) as caught:
            export_agenda(session, 1, folder / "agenda.xlsx")
    finally:
        folder.chmod(0o700)
    assert str(folder / "agenda.xlsx") in str(caught.value) and "write-protected" in str(caught.value)


def test_a_read_only_target_and_missing_folder_are_refused_clearly(tmp_path):
    target = tmp_path / "agenda.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o400)
    if os.access(target, os.W_OK):  # root writes anything
        pytest.skip("running as root")
    with pytest.raises(ExportError, match="open in another program or write-protected"):
        write_atomically(target, lambda tmp: tmp.write_bytes(b"new"))
    assert target.read_bytes() == b"old"
    with pytest.raises(ExportError, match="does not exist"):
        write_atomically(tmp_path / "nowhere" / "a.xlsx", lambda tmp: tmp.write_bytes(b"x"))


def test_a_folder_that_refuses_new_files_gives_a_clear_error(tmp_path, monkeypatch):
    """What a write-protected folder does (simulated: the suite may run as root)."""
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError) as caught:
        write_atomically(tmp_path / "agenda.xlsx", lambda tmp: tmp.write_bytes(b"x"))
    assert str(tmp_path / "agenda.xlsx") in str(caught.value)
    assert "folder is write-protected" in str(caught.value)


def test_a_locked_target_gives_a_clear_error_and_stays(tmp_path, monkeypatch):
    """Excel on Windows locks an open workbook: replacing it fails with a permission error."""
    target = tmp_path / "agenda.xlsx"
    target.write_bytes(b"open in Excel")

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError, match="open in another program"):
        write_atomically(target, lambda tmp: tmp.write_bytes(b"new"))
    assert target.read_bytes() == b"open in Excel"
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.xlsx"]
