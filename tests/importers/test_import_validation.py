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


def test_a_repeated_column_is_named_by_its_spreadsheet_letters(tmp_path):
    """Columns past Z are AA, AB…, as the spreadsheet the organizer opens shows them."""
    from ocse_planner.importers import ImportFileError, parse_attendance_file

    path = tmp_path / "dup.csv"
    headers = ["Name", "Email", *(f"Note {i}" for i in range(25)), "Email"]
    path.write_text(",".join(headers) + "\n" + ",".join(["Ana", "ana@example.org", *[""] * 25, "ana@example.org"]) + "\n",
                    encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"\('Email' \(B, AB\)\)"):
        parse_attendance_file(path)


def test_a_line_in_another_encoding_is_quoted_alone(tmp_path):
    from ocse_planner.importers import ImportFileError, parse_attendance_file

    path = tmp_path / "mixed.csv"
    path.write_bytes("Name,Email\nZoë A,zoe@example.org\n".encode() + b"Ren\xe9 B,rene@example.org\nC D,cd@example.org\n")
    with pytest.raises(ImportFileError) as caught:
        parse_attendance_file(path)
    assert "line 3 is not UTF-8 although the rest of the file is ('René B,rene@example.org')." in str(caught.value)


def test_teams_join_and_leave_rows_that_cannot_be_read_are_named(tmp_path):
    from datetime import datetime

    from ocse_planner.importers import parse_attendance_file

    path = tmp_path / "meetingAttendanceList.csv"
    path.write_text('Full Name,User Action,Timestamp\r\nAna Costa,Waved,"9/21/2021, 10:00:00 AM"\r\n'
                    ',Joined,"9/21/2021, 10:00:00 AM"\r\nLi Wei,Joined,"9/21/2021, 10:00:00 AM"\r\n', encoding="utf-8")
    report = parse_attendance_file(path)
    assert [(p.row, p.column, p.message()) for p in report.problems] == [
        (2, "User Action", "'Waved' is neither 'Joined' nor 'Left'"),
        (3, "Full Name", "this row has neither a name nor an e-mail address"),
    ]
    (li,) = report.rows
    assert (li.name, li.first_join) == ("Li Wei", datetime(2021, 9, 21, 10, 0))  # joined, never left


def test_a_workbook_of_unknown_columns_asks_which_column_holds_what(tmp_path):
    from openpyxl import Workbook

    from ocse_planner.importers import UnknownLayoutError, parse_attendance_file

    book = Workbook()
    book.active.append(["Who", "Mail", "Time spent"])
    book.active.append(["Ana Costa", "ana@example.org", 12])
    path = tmp_path / "custom.xlsx"
    book.save(path)
    with pytest.raises(UnknownLayoutError) as caught:
        parse_attendance_file(path)
    assert str(caught.value).endswith("was not recognised as a Zoom, Teams, Eventbrite or OCSE template report. "
                                      "Choose which column holds what.")
    assert "custom.xlsx" in str(caught.value)


def test_a_workbook_row_after_empty_rows_keeps_its_own_number(tmp_path):
    from openpyxl import Workbook

    from ocse_planner.importers import parse_attendance_file

    book = Workbook()
    sheet = book.active
    for column, header in enumerate(["name", "email", "organization", "sector", "attended", "minutes"], start=1):
        sheet.cell(1, column, header)
    for row, (name, minutes) in ((2, ("Ana Costa", 30)), (6, ("Bo Li", -3))):
        sheet.cell(row, 1, name)
        sheet.cell(row, 5, "yes")
        sheet.cell(row, 6, minutes)
    path = tmp_path / "gaps.xlsx"
    book.save(path)
    report = parse_attendance_file(path)
    assert [p.row for p in report.problems] == [6]
    assert [r.row_number for r in report.rows] == [2]


def test_a_teams_cell_over_the_limit_is_a_problem_of_its_row(tmp_path):
    from ocse_planner.importers import parse_attendance_file

    path = tmp_path / "meetingAttendanceList.csv"
    path.write_text('Full Name,User Action,Timestamp\r\n' + "A" * 10_001 + ',Joined,"9/21/2021, 10:00:00 AM"\r\n'
                    'Li Wei,Joined,"9/21/2021, 10:00:00 AM"\r\n', encoding="utf-8")
    report = parse_attendance_file(path)
    assert [(p.row, p.message()) for p in report.problems] == [
        (2, "this cell is 10,001 characters long; the limit is 10,000")]


def test_a_text_file_that_breaks_its_encoding_names_the_encoding_and_line(tmp_path):
    from ocse_planner.importers import ImportFileError, parse_attendance_file

    path = tmp_path / "bad16.csv"
    path.write_bytes(b"\xff\xfe" + "Name,Email\nAna,a@b.c\n".encode("utf-16-le") + b"\x00\xd8\x41\x00")
    with pytest.raises(ImportFileError) as caught:
        parse_attendance_file(path)
    assert "is not valid UTF-16-LE: line 3 cannot be decoded." in str(caught.value)


def test_an_opendocument_sheet_is_named_as_such(tmp_path):
    import zipfile

    from ocse_planner.importers import ImportFileError, parse_attendance_file

    path = tmp_path / "sheet.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<x/>")
    with pytest.raises(ImportFileError, match=r"is an OpenDocument file \(for example LibreOffice \.ods\)"):
        parse_attendance_file(path)


def test_a_control_character_alone_has_its_cell_cleaned_and_a_stray_quote_is_read_leniently(tmp_path):
    from ocse_planner.importers import parse_attendance_file

    path = tmp_path / "people.csv"  # no quote and no tab: only the control character calls for cleaning
    path.write_text("name,email\nAna\u0007 Costa,ana@example.org\n", "utf-8")
    assert [r.name for r in parse_attendance_file(path).rows] == ["Ana Costa"]
    path.write_text('name,email\n"Li" Wei,li@example.org\n', "utf-8")
    report = parse_attendance_file(path)
    assert [r.name for r in report.rows] == ["Li Wei"] and not report.problems


def test_a_table_without_rows_and_a_bad_address_in_a_teams_list_are_said_in_words(tmp_path):
    from ocse_planner.importers import parse_attendance_file

    empty = tmp_path / "empty.csv"
    empty.write_text("name,email\n", "utf-8")
    assert [p.message() for p in parse_attendance_file(empty).problems] == [
        "the file has column headers but no attendee rows"]
    teams = tmp_path / "teams.csv"
    teams.write_text("Full Name\tUser Action\tTimestamp\tEmail\n"
                     "Ana\tJoined\t9/21/2021, 10:00:00 AM\tnot-an-email\n", "utf-16")
    [problem] = parse_attendance_file(teams).problems
    assert (problem.row, problem.column, problem.message()) == (2, "Email", "'not-an-email' is not an e-mail address")


def test_the_active_worksheet_is_read_first(tmp_path):
    import openpyxl

    from ocse_planner.importers import parse_attendance_file

    workbook = openpyxl.Workbook()
    workbook.active.title = "Last year"
    workbook.active.append(["name", "email"])
    workbook.active.append(["Old Timer", "old@example.org"])
    current = workbook.create_sheet("This year")
    current.append(["name", "email"])
    current.append(["Ana Costa", "ana@example.org"])
    workbook.active = 1
    workbook.save(tmp_path / "two.xlsx")
    assert [r.name for r in parse_attendance_file(tmp_path / "two.xlsx").rows] == ["Ana Costa"]


def test_the_upn_stands_in_for_a_missing_address_wherever_its_column_is(tmp_path):
    from ocse_planner.importers import parse_attendance_file

    path = tmp_path / "participants.csv"
    path.write_text("Participant ID (UPN)\tName\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tRole\n"
                    "sam.okafor@example.com\tSamuel Okafor\t9/21/2021, 10:00:00 AM\t9/21/2021, 10:30:00 AM\t30m\t\t"
                    "Attendee\n", "utf-16")
    [sam] = parse_attendance_file(path).rows
    assert (sam.name, sam.email, sam.minutes_attended) == ("Samuel Okafor", "sam.okafor@example.com", 30)


def test_a_workbook_cell_longer_than_the_limit_is_refused_naming_its_row_and_column(write_xlsx):
    # An organization is free text: only the length check can refuse it (an over-long
    # e-mail would be refused as a bad address anyway, which hid a missing check).
    path = write_xlsx("long.xlsx", [["name", "email", "organization"],
                                    ["Ana", "ana@example.com", "o" * 10_001],
                                    ["Li", "li@example.com", "p" * 10_000]])
    report = parse_attendance_file(path)
    assert [(r.name, len(r.organization)) for r in report.rows] == [("Li", 10_000)]
    assert [(p.row, p.column, p.message()) for p in report.problems] == [
        (2, "organization", "this cell is 10,001 characters long; the limit is 10,000")]
