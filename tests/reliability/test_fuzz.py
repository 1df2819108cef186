"""The fuzz run in small: every file entry point meets hostile files and only ever
accepts them or refuses them with a message naming the file (see tests/reliability/fuzz.py)."""

from __future__ import annotations

import pytest

from ocse_planner.importers import ImportFileError, parse_attendance_file
from tests.reliability import fuzz_cases
from tests.reliability.fuzz import TARGETS, format_table, main, run_all


def test_every_target_survives_hostile_files(capsys):
    reports = run_all(cases=40)
    print(format_table(reports))
    assert [r.target for r in reports] == list(TARGETS)
    for report in reports:
        assert report.crashes == [], report.crashes
        assert report.cases == 40 and report.accepted + report.refused == 40
    assert sum(r.refused for r in reports) > 0 and sum(r.accepted for r in reports) > 0


@pytest.mark.parametrize("trick", [fuzz_cases._LAUGHS, fuzz_cases._EXTERNAL, fuzz_cases._PARAMETER])
@pytest.mark.parametrize("member", ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml"])
def test_a_workbook_declaring_entities_is_refused_in_any_part(tmp_path, trick, member):
    data = fuzz_cases._replace_member(fuzz_cases.valid_workbook(), member,
                                      lambda xml: trick + xml.split(b"?>", 1)[-1].lstrip())
    path = tmp_path / "report.xlsx"
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match="document type declaration"):
        parse_attendance_file(path)


def test_the_valid_workbook_itself_is_accepted(tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_bytes(fuzz_cases.valid_workbook())
    assert len(parse_attendance_file(path).rows) >= 3


def test_the_script_prints_counts_per_target(capsys):
    assert main(["--cases", "3", "--target", "import auto", "--target", "open_database"]) == 0
    out = capsys.readouterr().out
    assert "import auto" in out and "open_database" in out and "total: 6 cases" in out


def test_a_refused_file_claiming_wal_mode_leaves_nothing_beside_it(tmp_path):
    from ocse_planner.db.migrate import DatabaseOpenError, open_database

    header = bytearray(b"SQLite format 3\x00" + b"\x10\x00\x02\x02" + bytes(80))  # page 4096, WAL
    path = tmp_path / "plan.db"
    path.write_bytes(bytes(header) + b"\x0d" * 5000)
    with pytest.raises(DatabaseOpenError, match="plan.db"):
        open_database(path, create=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.db"]


def test_a_reason_quoting_damaged_bytes_stays_one_printable_line(tmp_path):
    from ocse_planner.db.migrate import DatabaseOpenError

    error = DatabaseOpenError(tmp_path / "plan.db", "is damaged or not a database ({detail})",
                              detail='malformed schema - unrecognized token: "\\\n\x07x"')
    assert "\n" not in str(error) and error.reason.isprintable() and "plan.db" in str(error)
