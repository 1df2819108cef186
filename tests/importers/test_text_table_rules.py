"""How a text report becomes rows (importers/delimited.py, and the parser's progress):
which delimiter, which cells are checked and cleaned, what progress a long file reports.
"""

from __future__ import annotations

import csv

import pytest

from ocse_planner.importers import ImportFileError, parse_attendance_file


def test_only_the_first_fifty_lines_choose_the_delimiter(write_file):
    text = "name,email\n" + "".join(f"P{i},p{i}@example.org\n" for i in range(49)) + "a;b;c;d;e;f;g\n"
    report = parse_attendance_file(write_file("late.csv", text))
    assert report.encoding == "utf-8" and not report.problems
    assert [(r.name, r.email) for r in report.rows][:2] == [("P0", "p0@example.org"), ("P1", "p1@example.org")]
    assert report.rows[-1].name == "a;b;c;d;e;f;g"


def test_when_commas_and_semicolons_split_the_lines_alike_the_comma_wins(write_file):
    report = parse_attendance_file(write_file("tie.csv", "name,email,note;x;y\nAna;Bo,ana@example.org,x;y\n"))
    assert [(r.name, r.email) for r in report.rows] == [("Ana;Bo", "ana@example.org")]


def test_a_file_of_end_of_file_marks_and_blanks_holds_no_data(write_file):
    with pytest.raises(ImportFileError) as caught:
        parse_attendance_file(write_file("nodata.csv", b"\x1a\r\n \x1a"))
    assert str(caught.value) == '"nodata.csv" contains no data (only blank lines).'


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_quoted_cell_over_the_limit_is_refused_though_each_of_its_lines_is_short(write_file, encoding):
    cell = '"' + ("x" * 99 + "\n") * 101 + '"'
    text = "name,email,organization\nAna,ana@example.org," + cell + "\nBo,bo@example.org,B\n"
    report = parse_attendance_file(write_file("long.csv", text, encoding))
    assert [r.name for r in report.rows] == ["Bo"]
    assert [(p.row, p.column, p.message()) for p in report.problems] == [
        (2, "organization", "this cell is 10,100 characters long; the limit is 10,000")]


@pytest.mark.parametrize(("name", "cleaned"), [
    ("Ana\tCosta", "Ana Costa"),  # a tab inside a comma-separated cell
    ("Ana\u2028Costa", "Ana Costa"),  # a line separator
    ("Ana\x07Costa", "AnaCosta"),  # a bell
])
def test_a_tab_a_line_separator_or_a_control_character_in_a_cell_is_cleaned_and_counted(write_file, name, cleaned):
    report = parse_attendance_file(write_file("dirty.csv", f"name,email\n{name},ana@example.org\n"))
    assert [r.name for r in report.rows] == [cleaned]
    assert report.cleaned_values == 1


def test_a_lowered_csv_field_limit_is_raised_again_so_a_long_cell_is_a_row_problem(write_file):
    before = csv.field_size_limit()
    csv.field_size_limit(5_000)
    try:
        report = parse_attendance_file(write_file("limit.csv", "name,email,organization\n"
                                                  "Ana,ana@example.org," + "o" * 20_000 + "\nBo,bo@example.org,B\n"))
        assert csv.field_size_limit() == 1_000_000
    finally:
        csv.field_size_limit(before)
    assert [r.name for r in report.rows] == ["Bo"]
    assert [(p.row, p.message()) for p in report.problems] == [
        (2, "this cell is 20,000 characters long; the limit is 10,000")]


def test_progress_comes_after_each_thousand_rows_with_the_line_count_as_total(write_file):
    """Rows are converted 1,024 at a time; progress is told after the block that passes
    each thousand rows, the total being the file's line count (an estimate: + 1), and
    the end as done of done."""
    text = "name,email\n" + "".join(f"P{i},p{i}@example.org\n" for i in range(5_500))
    calls: list[tuple[int, int | None]] = []
    parse_attendance_file(write_file("big.csv", text), progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1025, 5502), (2049, 5502), (3073, 5502), (4097, 5502), (5121, 5502), (5501, 5501)]


def test_progress_never_reports_more_rows_done_than_in_total(write_file):
    """Old Mac line ends (lone CRs) make the line-count estimate 1: the total shown is then
    the rows done, never fewer."""
    text = "name,email\r" + "".join(f"P{i},p{i}@example.org\r" for i in range(2_500))
    calls: list[tuple[int, int | None]] = []
    report = parse_attendance_file(write_file("mac.csv", text), progress=lambda done, total: calls.append((done, total)))
    assert len(report.rows) == 2_500
    assert calls == [(1025, 1025), (2049, 2049), (2501, 2501)]


def test_a_last_block_ending_exactly_a_thousand_rows_after_the_last_report_is_reported(write_file):
    text = "name,email\n" + "".join(f"P{i},p{i}@example.org\n" for i in range(2_024))
    calls: list[tuple[int, int | None]] = []
    parse_attendance_file(write_file("x.csv", text), progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1025, 2026), (2025, 2026), (2025, 2025)]


def test_a_quoted_cell_of_more_than_a_million_characters_is_refused_naming_its_line(write_file):
    text = 'name,email,organization\nAna,ana@example.org,"' + ("y" * 999 + "\n") * 1_100 + '"\n'
    with pytest.raises(ImportFileError) as caught:
        parse_attendance_file(write_file("huge-cell.csv", text))
    assert str(caught.value) == ('"huge-cell.csv" could not be read as CSV near line 1,002 '
                                 "(field larger than field limit (1000000)).")
