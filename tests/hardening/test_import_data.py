"""Items 7-10: an import never stores wrong data silently: mixed or foreign encodings,
NULs past the first 64 KB, duplicated columns, look-alike e-mails; and a wide sheet costs
what its cells cost."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from ocse_planner.importers import ImportFileError, parse_attendance_file
from tests.hardening.conftest import cli, folder_state, one_line_error

HEADER = "name,email,organization\n"


def _rows(n: int) -> str:
    return "".join(f"Person {i},p{i}@example.org,Org\n" for i in range(n))


def test_a_utf8_file_with_one_cp1252_row_is_refused_with_that_line(planner, tmp_path):
    data = (HEADER + "Zoë Tremblay,zoe@example.org,Ministère\n").encode("utf-8")
    data += "Geneviève Roy,gen@example.org,Org\n".encode("cp1252") + _rows(3).encode()
    report = tmp_path / "mixed.csv"
    report.write_bytes(data)
    before = folder_state(planner.parent)
    one_line_error(cli("import", "attendance", "--db", planner, "--webinar", "2022:1", report),
                   "mixes two text encodings", "line 3", "Genevi")
    assert folder_state(planner.parent) == before


def test_koi8_r_text_is_refused_not_stored_as_garbage(tmp_path):
    report = tmp_path / "koi8.csv"
    report.write_bytes((HEADER + "Константин Петров,k@example.ru,Министерство\n"
                        "Ann Lee,ann@example.org,Org\n").encode("koi8_r"))
    with pytest.raises(ImportFileError, match="garbled .line 2"):
        parse_attendance_file(report)


def test_windows_1252_files_still_import_right(tmp_path):
    report = tmp_path / "cp1252.csv"
    report.write_bytes((HEADER + "Geneviève Côté,gc@example.org,Ministère de l’Éducation\n"
                        "Été Noël,en@example.org,Sûreté du Québec\n").encode("cp1252"))
    rows = parse_attendance_file(report).rows
    assert [r.name for r in rows] == ["Geneviève Côté", "Été Noël"]
    assert rows[0].organization == "Ministère de l’Éducation"


def test_bytes_windows_1252_does_not_define_are_refused(tmp_path):
    report = tmp_path / "odd.csv"
    report.write_bytes(HEADER.encode() + b"Ann \x81Lee,ann@example.org,Org\n")
    with pytest.raises(ImportFileError, match="line 2 holds the byte 0x81"):
        parse_attendance_file(report)


def test_a_broken_utf16_file_is_refused_not_replaced_with_question_marks(tmp_path):
    report = tmp_path / "teams.csv"
    report.write_bytes((HEADER + "Ann,ann@example.org,Org\n").encode("utf-16") + b"\x00\xd8A\x00\n\x00")
    with pytest.raises(ImportFileError, match="not valid UTF-16"):
        parse_attendance_file(report)


def test_a_nul_anywhere_in_a_csv_is_refused(tmp_path):
    report = tmp_path / "late-nul.csv"
    body = _rows(3000)  # well past the first 64 KB
    assert len(body) > 70_000
    report.write_bytes((HEADER + body).encode() + b"Eve\x00,eve@example.org,Org\n")
    with pytest.raises(ImportFileError, match="NUL character on line 3,002"):
        parse_attendance_file(report)


@pytest.mark.parametrize(("header", "named"), [
    ("name,email,email,minutes\n", "'email' (B, C)"),
    ("name,email,minutes,Minutes\n", "'minutes' (C, D)"),
])
def test_duplicated_columns_are_refused_with_their_names(planner, tmp_path, header, named):
    report = tmp_path / "dup.csv"
    report.write_text(header + "Ann,ann@example.org,other@example.org,5\n", encoding="utf-8")
    one_line_error(cli("import", "attendance", "--db", planner, "--webinar", "2022:1", report), named,
                   "same column more than once")


def test_a_duplicated_column_in_a_workbook_is_refused(write_xlsx_rows):
    path = write_xlsx_rows([["Name", "Email", "E-mail", "email"], ["Ann", "a@x.org", "", "b@x.org"]])
    with pytest.raises(ImportFileError, match=r"'Email' \(B, D\)"):
        parse_attendance_file(path)


def test_look_alike_addresses_are_one_person(planner, tmp_path):
    spellings = ["ann.lee@example.org", "ann.lee\u200b@example.org", "\u202eann.lee@example.org",
                 "ａｎｎ．ｌｅｅ＠ｅｘａｍｐｌｅ．ｏｒｇ", "ANN.LEE@EXAMPLE.ORG\ufeff"]
    report = tmp_path / "lookalike.csv"
    report.write_text("name,email,minutes\n" + "".join(f"Ann Lee,{s},10\n" for s in spellings), encoding="utf-8")
    run = cli("import", "attendance", "--db", planner, "--webinar", "2022:1", report)
    assert run.code == 0 and "Stored 1 attendance record for" in run.out, run.out + run.err
    again = tmp_path / "again.csv"
    again.write_text("name,email,minutes\nAnn Lee,ａｎｎ.lee@example.org,70\n", encoding="utf-8")
    assert "0 new, 1 updated" in cli("import", "attendance", "--db", planner, "--webinar", "2022:1", again).out
    with sqlite3.connect(planner) as conn:
        assert conn.execute("SELECT person_key, email, minutes_attended FROM attendance_record").fetchall() == [
            ("ann.lee@example.org", "ann.lee@example.org", 70)]
    conn.close()


def test_a_space_inside_an_address_is_not_removed_into_another_address(tmp_path):
    report = tmp_path / "space.csv"
    report.write_text('name,email\nAnn,"ann\u3000lee@example.org"\n', encoding="utf-8")
    parsed = parse_attendance_file(report)
    assert not parsed.rows and "is not an e-mail address" in parsed.problems[0].message()


def _wide_workbook(path: Path, rows: int, far_column: str | None) -> Path:
    from bench.bench_wide_sheet import write_workbook

    write_workbook(path, rows, far=far_column is not None)
    return path


def test_a_cell_far_to_the_right_does_not_widen_every_row(tmp_path, monkeypatch):
    """The rows handed to the importer are as long as their cells, not the sheet (XFD)."""
    from ocse_planner.importers import workbook

    wide = _wide_workbook(tmp_path / "wide.xlsx", 200, "XFD")
    widths: list[int] = []
    original = workbook.SheetRows._read

    def spy(self):  # type: ignore[no-untyped-def]
        for number, cells in original(self):
            widths.append(len(cells))
            yield number, cells

    monkeypatch.setattr(workbook.SheetRows, "_read", spy)
    report = parse_attendance_file(wide)
    assert len(report.rows) == 200 and not report.problems
    assert max(widths) == 6  # A-F; openpyxl alone would pad each row to 16,384 cells


@pytest.fixture
def write_xlsx_rows(tmp_path):  # type: ignore[no-untyped-def]
    import openpyxl

    def write(rows):  # type: ignore[no-untyped-def]
        wb = openpyxl.Workbook()
        for row in rows:
            wb.active.append(row)
        path = tmp_path / "sheet.xlsx"
        wb.save(path)
        return path

    return write


def test_the_zip_bomb_limits_still_apply_to_wide_sheets(tmp_path):
    path = tmp_path / "bomb.xlsx"
    _wide_workbook(path, 10, "XFD")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/padding.xml", b"<a/>" + b" " * 30_000_000)
    with pytest.raises(ImportFileError, match="zip bomb"):
        parse_attendance_file(path)
