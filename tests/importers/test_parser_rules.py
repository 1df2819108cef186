"""Whole-file rules of the parser (importers/parser.py): what an unrecognised file is told,
which columns are named, how people split across blocks merge, progress and the collector.
"""

from __future__ import annotations

import gc

import openpyxl
import pytest

from ocse_planner.importers import ImportFileError, UnknownLayoutError, parse_attendance_file
from ocse_planner.importers.parser import _letters


def refusal(path, error=ImportFileError, **options):  # type: ignore[no-untyped-def]
    with pytest.raises(error) as caught:
        parse_attendance_file(path, **options)
    return caught.value


@pytest.mark.parametrize(("layout", "label"), [
    ("teams", "Microsoft Teams"), ("eventbrite", "Eventbrite"), ("template", "OCSE template"), ("zoom", "Zoom")])
def test_a_forced_layout_that_does_not_fit_is_named_as_the_organizer_knows_it(write_file, layout, label):
    error = refusal(write_file("x.csv", "Who,Mail\nAna,ana@example.org\n"), UnknownLayoutError, layout=layout)
    assert str(error) == (f'"x.csv" does not look like the kind of report chosen ({label}): its columns were '
                          "not recognised. Choose which column holds what.")
    assert (error.header_row, error.headers) == (1, ["Who", "Mail"])


def test_a_mapping_names_every_chosen_column_missing_in_order_and_ignores_unchosen_fields(write_file):
    error = refusal(write_file("x.csv", "Who,Mail\nAna,ana@example.org\n"), UnknownLayoutError,
                    mapping={"name": "Nom", "email": "Courriel", "organization": ""})
    assert str(error) == '"x.csv" does not have the columns chosen for it (missing: Courriel, Nom).'
    assert (error.header_row, error.headers) == (1, ["Who", "Mail"])  # offered to the column chooser again


def test_a_file_whose_first_full_row_holds_an_address_has_no_header_row(write_file):
    error = refusal(write_file("x.csv", "Attendees\nAna Costa,ana@example.org\nLi,li@example.org\n"))
    assert str(error) == ('"x.csv" has no header row: row 2 already contains an e-mail address. Add a first row '
                          "naming the columns, for example: name,email,organization,sector,attended,minutes.")


@pytest.mark.parametrize("headers", ["Company,Industry,Minutes", "Company,Industry,Notes"])
def test_two_known_columns_and_none_for_people_mean_no_one_can_be_identified(write_file, headers):
    error = refusal(write_file("x.csv", f"{headers}\nACME,Tech,30\n"))
    assert not isinstance(error, UnknownLayoutError)
    assert str(error) == (f'"x.csv" has no name or e-mail column (columns found: {headers.replace(",", ", ")}), '
                          "so attendees cannot be identified.")


@pytest.mark.parametrize("headers", ["Company,Notes,Other", "Company,Industry,Nom complet", "Company,Industry,Courriel pro"])
def test_one_known_column_or_a_column_for_people_is_offered_to_the_column_chooser(write_file, headers):
    error = refusal(write_file("x.csv", f"{headers}\nACME,Tech,Ana\n"), UnknownLayoutError)
    assert error.headers == headers.split(",")


def test_a_mapping_without_a_column_for_people_names_the_columns_found(write_file):
    error = refusal(write_file("x.csv", "Who,Company\nAna,ACME\n"), mapping={"organization": "Company"})
    assert str(error) == ('"x.csv" has no column with names or e-mail addresses (columns found: Who, Company), '
                          "so attendees cannot be identified.")


def test_every_repeated_column_is_named_with_its_letters(write_file):
    error = refusal(write_file("x.csv", "Name,Email,Name,Email\nAna,a@example.org,Ana,a@example.org\n"))
    assert str(error) == ('"x.csv" has the same column more than once (\'Name\' (A, C); \'Email\' (B, D)), so it is '
                          "not clear which one to read. Remove or rename the extra columns and import it again.")


def test_columns_are_lettered_as_a_spreadsheet_shows_them():
    assert [_letters(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702, 16_383)] == [
        "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"]


def test_a_person_in_two_blocks_of_rows_is_one_person(write_file):
    """Rows are converted 1,024 at a time; someone seen in an earlier block is merged, not replaced."""
    rows = "".join(f"P{i},p{i}@example.org,yes,1\n" for i in range(1_100))
    report = parse_attendance_file(write_file("x.csv", "name,email,attended,minutes\nAna,ANA@example.org,yes,10\n"
                                              + rows + "Ana,ana@EXAMPLE.org,yes,5\n"))
    assert len(report.rows) == 1_101
    assert (report.rows[0].name, report.rows[0].email, report.rows[0].minutes_attended) == ("Ana", "ANA@example.org", 15)


def test_one_address_twice_in_a_block_is_one_person(write_file):
    report = parse_attendance_file(write_file("x.csv", "name,email,attended,minutes\n"
                                              "Ana,ANA@example.org,yes,10\nBo,bo@example.org,yes,1\nAna,ana@example.org,yes,5\n"))
    assert [(r.name, r.minutes_attended) for r in report.rows] == [("Ana", 15), ("Bo", 1)]


def test_a_long_teams_event_list_reports_progress_each_thousand_rows(write_file):
    text = "Full Name\tUser Action\tTimestamp\n" + "".join(f"P{i}\tJoined\t9/21/2021, 10:00:00 AM\n" for i in range(2_500))
    calls: list[tuple[int, int | None]] = []
    report = parse_attendance_file(write_file("list.csv", text, "utf-16"),
                                   progress=lambda done, total: calls.append((done, total)))
    assert len(report.rows) == 2_500
    assert calls == [(1001, 2502), (2001, 2502), (2501, 2501)]


def test_a_long_teams_event_list_can_be_cancelled(write_file):
    from ocse_planner.importers import ImportCancelled

    text = "Full Name\tUser Action\tTimestamp\n" + "".join(f"P{i}\tJoined\t9/21/2021, 10:00:00 AM\n" for i in range(2_500))
    polls: list[int] = []
    with pytest.raises(ImportCancelled):
        parse_attendance_file(write_file("list.csv", text, "utf-16"), cancel=lambda: polls.append(1) or len(polls) >= 2)
    assert len(polls) == 2


def test_the_garbage_collector_rests_during_an_import_and_is_restored_as_it_was(write_file):
    rows = "".join(f"P{i},p{i}@example.org\n" for i in range(1_100))
    seen: list[bool] = []
    parse_attendance_file(write_file("x.csv", "name,email\n" + rows), progress=lambda done, total: seen.append(gc.isenabled()))
    assert seen == [False, False] and gc.isenabled()
    gc.disable()
    try:
        parse_attendance_file(write_file("y.csv", "name,email\nAna,ana@example.org\n"))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_unrecognised_workbook_offers_the_active_sheets_columns(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "First"
    book.active.append(["Who", "Mail"])
    book.create_sheet("Shown").append(["Quoi", "Où"])
    book.active = 1
    book.save(tmp_path / "two.xlsx")
    error = refusal(tmp_path / "two.xlsx", UnknownLayoutError)
    assert (error.header_row, error.headers) == (1, ["Quoi", "Où"])


def test_a_repeated_column_is_named_as_first_written(write_file):
    error = refusal(write_file("x.csv", "Name,Email,EMAIL \nAna,a@example.org,a@example.org\n"))
    assert str(error).startswith("\"x.csv\" has the same column more than once ('Email' (B, C)), ")


def test_a_wrong_layout_or_mapping_argument_says_what_is_expected(write_file):
    path = write_file("x.csv", "name,email\n")
    with pytest.raises(ValueError) as caught:
        parse_attendance_file(path, layout="zoom", mapping={"name": "name"})
    assert str(caught.value) == "a column mapping can only be used with layout='auto' or 'mapped'"
    with pytest.raises(ValueError) as caught:
        parse_attendance_file(path, layout="mapped")
    assert str(caught.value) == "layout='mapped' needs a mapping {logical_field: source_header}"
    with pytest.raises(ValueError) as caught:
        parse_attendance_file(path, layout="webex")
    assert str(caught.value) == ("unknown layout 'webex'; expected 'auto' or one of "
                                 "('zoom', 'teams', 'eventbrite', 'template', 'mapped')")


def test_a_mapping_whose_columns_are_there_but_never_in_a_header_row_says_so(write_file):
    """A lone section title is never taken for a header, though it names the chosen column."""
    error = refusal(write_file("x.csv", "Summary\n"), UnknownLayoutError, mapping={"name": "Summary"})
    assert str(error) == '"x.csv" does not have the columns chosen for it.'
    assert (error.header_row, error.headers) == (1, ["Summary"])


def test_the_column_chooser_is_offered_the_widest_of_the_first_thirty_rows(write_file):
    """A wider row further down is data or another table, not the header of this one."""
    preamble = "".join(f"Line {i},note\n" for i in range(1, 31))
    error = refusal(write_file("x.csv", preamble + "Who,Mail,Where\nAna,ana,Here\n"), UnknownLayoutError)
    assert (error.header_row, error.headers) == (1, ["Line 1", "note"])


def test_a_section_title_ends_the_table_for_good_even_a_thousand_rows_before_more_people(write_file):
    """Rows are read 1,024 at a time: the rows after the section's end are never read as
    attendees, in its block of rows or in any later one."""
    header = "Attended,User Name (Original Name),Email,Time in Session (minutes)\n"
    others = "".join(f"Yes,P{i},p{i}@example.org,1\n" for i in range(1_100))
    report = parse_attendance_file(write_file("zoom.csv", header + "Yes,Ana,ana@example.org,10\n"
                                              "Panelist Details\n" + header + others))
    assert not report.problems
    assert [(r.name, r.minutes_attended) for r in report.rows] == [("Ana", 10)]
