"""Row validation: every bad row becomes a Problem with its row number and column."""

from __future__ import annotations

import csv

import pytest

from ocse_planner.importers import ImportFileError, parse_attendance_file


def problems_of(report) -> list[tuple[int | None, str | None]]:
    return [(p.row, p.column) for p in report.problems]


def test_bad_template_rows_are_reported_and_excluded(write_file):
    path = write_file(
        "bad.csv",
        "name,email,organization,sector,attended,minutes\n"
        "Ana Costa,ana@example.com,A,Public,yes,30\n"       # 2 ok
        ",,Orphan Org,Public,yes,10\n"                        # 3 no name, no e-mail
        "Li Wei,li.wei(at)example.net,B,Public,yes,10\n"      # 4 not an address
        "Sam Okafor,sam@example.com,C,Private,yes,-5\n"       # 5 negative minutes
        "Zoë L,zoe@example.com,D,Private,yes,about an hour\n"  # 6 not a number
        "Pat Roe,pat@example.com,E,Private,maybe,10\n"        # 7 not yes/no
        "   ,  ,  ,  ,  ,  \n"                                 # 8 blank-ish: skipped silently
        "\n"                                                   # 9 blank: skipped silently
        "Bo Chen,bo@example.com,F,Public,no,\n",              # 10 ok
    )
    report = parse_attendance_file(path)
    assert [r.name for r in report.rows] == ["Ana Costa", "Bo Chen"]
    assert problems_of(report) == [
        (3, "name / email"),
        (4, "email"),
        (5, "minutes"),
        (6, "minutes"),
        (7, "attended"),
    ]
    assert all(p.file == str(path) for p in report.problems)
    messages = [p.message() for p in report.problems]
    assert "neither a name nor an e-mail" in messages[0]
    assert "'li.wei(at)example.net' is not an e-mail address" in messages[1]
    assert "negative" in messages[2]
    assert "'about an hour'" in messages[3]
    assert "'maybe' is not a yes/no value" in messages[4]


def test_a_row_with_several_problems_reports_each(write_file):
    path = write_file(
        "multi.csv",
        "name,email,attended,minutes\nAna,nope,perhaps,-1\n",
    )
    report = parse_attendance_file(path)
    assert report.rows == []
    assert problems_of(report) == [(2, "email"), (2, "attended"), (2, "minutes")]


def test_unparseable_dates_name_the_column(write_file):
    path = write_file(
        "zoom.csv",
        "Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes)\n"
        'Yes,Ana,ana@example.com,yesterday,"01/25/2022 01:00:00 PM",10\n'
        'Yes,Li,li@example.com,"01/25/2022 12:58:31 PM",13/45/2022 25:00,10\n'
        'Yes,Bo,bo@example.com,"01/25/2022 12:58:31 PM","01/25/2022 01:00:00 PM",2\n',
    )
    report = parse_attendance_file(path)
    assert [r.name for r in report.rows] == ["Bo"]
    assert problems_of(report) == [(2, "Join Time"), (3, "Leave Time")]
    assert "'yesterday' is not a date" in report.problems[0].message()


def test_teams_classic_bad_event_rows(write_file):
    text = (
        "Full Name\tUser Action\tTimestamp\n"
        "Ana Costa\tJoined\tsoon\n"
        "Ana Costa\tWaved\t9/21/2021, 10:00:00 AM\n"
        "Ana Costa\tJoined\t9/21/2021, 10:00:00 AM\n"
        "Ana Costa\tLeft\t9/21/2021, 10:30:00 AM\n"
    )
    report = parse_attendance_file(write_file("teams.csv", text, "utf-16"))
    assert problems_of(report) == [(2, "Timestamp"), (3, "User Action")]
    assert [r.minutes_attended for r in report.rows] == [30]


def test_header_without_name_or_email_column_is_a_file_error(write_file):
    path = write_file("no-id.csv", "organization,sector,attended,minutes\nACME,Private,yes,10\n")
    with pytest.raises(ImportFileError) as caught:
        parse_attendance_file(path)
    message = str(caught.value)
    assert "no-id.csv" in message and "name or e-mail" in message


def test_mapping_without_name_or_email_is_a_file_error(write_file):
    path = write_file("m.csv", "Who,Company\nAna,ACME\n")
    with pytest.raises(ImportFileError, match="m.csv.*names or e-mail"):
        parse_attendance_file(path, mapping={"organization": "Company"})


def test_overlong_cell_is_a_row_problem(write_file):
    long_org = "x" * 20_000
    path = write_file(
        "long.csv",
        "name,email,organization\n"
        f"Ana,ana@example.com,{long_org}\n"
        "Li,li@example.com,Short\n",
    )
    report = parse_attendance_file(path)
    assert [r.name for r in report.rows] == ["Li"]
    assert problems_of(report) == [(2, "organization")]
    assert "20,000 characters" in report.problems[0].message()


def test_overlong_quoted_multiline_cell_is_a_row_problem(write_file):
    # Short physical lines, but one quoted cell spans many of them.
    cell = "\n".join(["line"] * 3_000)
    path = write_file("ml.csv", f'name,email,organization\nAna,ana@example.com,"{cell}"\nLi,li@example.com,x\n')
    report = parse_attendance_file(path)
    assert [r.name for r in report.rows] == ["Li"]
    assert problems_of(report) == [(2, "organization")]


def test_overlong_cell_in_xlsx_is_a_row_problem(write_xlsx):
    path = write_xlsx("long.xlsx", [["name", "email"], ["Ana", "a" * 12_000], ["Li", "li@example.com"]])
    report = parse_attendance_file(path)
    assert [r.name for r in report.rows] == ["Li"]
    assert problems_of(report) == [(2, "email")]


def test_lowered_csv_field_limit_does_not_turn_problems_into_crashes(write_file):
    previous = csv.field_size_limit(5_000)
    try:
        path = write_file("long.csv", "name,email,organization\nAna,ana@example.com," + "y" * 15_000 + "\n")
        report = parse_attendance_file(path)
        assert problems_of(report) == [(2, "organization")]
    finally:
        csv.field_size_limit(previous)


def test_header_only_file_reports_no_rows(write_file):
    report = parse_attendance_file(write_file("empty-table.csv", "name,email,attended\n"))
    assert report.rows == []
    assert problems_of(report) == [(None, None)]
    assert "no attendee rows" in report.problems[0].message()


def test_teams_upn_is_not_used_when_it_is_not_an_address(write_file):
    text = (
        "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\n"
        "Ana\t3/14/24, 1:00:00 PM\t3/14/24, 1:30:00 PM\t30m\t\tdevice-8c1f\tAttendee\n"
    )
    (ana,) = parse_attendance_file(write_file("t.csv", text, "utf-16")).rows
    assert ana.email is None and ana.minutes_attended == 30
