"""Rules of one report row (importers/rows.py) that the format tests do not spell out:
who is an attendee by role, Eventbrite's check-in and status, Zoom's registration marks.
"""

from __future__ import annotations

import pytest

from ocse_planner.importers import parse_attendance_file
from tests.importers.conftest import force_row_by_row


@pytest.fixture(autouse=True, params=["by-block", "row-by-row"])
def route(request, monkeypatch):  # type: ignore[no-untyped-def]
    """Each rule holds on both routes of the parser: plain blocks of rows are converted
    column by column, others row by row (importers/rows.py)."""
    if request.param == "row-by-row":
        force_row_by_row(monkeypatch)
    return request.param

PARTICIPANTS = "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tRole\n"
JOINED = "\t9/21/2021, 10:00:00 AM\t9/21/2021, 10:30:00 AM\t30m\t"


@pytest.mark.parametrize("role", [
    "Organizer", "organiser", "Co-organizer", "co-organiser", "Presenter", "Producer",
    "Organisateur", "organisatrice", "Co-organisateur", "co-organisatrice",
    "Présentateur", "PRÉSENTATRICE", "Producteur", "productrice", "  presenter  ",
])
def test_teams_staff_in_english_or_french_are_not_attendees(write_file, role):
    report = parse_attendance_file(write_file("participants.csv", PARTICIPANTS
                                              + "Staff" + JOINED + "staff@example.org\t" + role + "\n"
                                              + "Ana Costa" + JOINED + "ana@example.org\tAttendee\n", "utf-16"))
    assert not report.problems
    assert [r.name for r in report.rows] == ["Ana Costa"]


@pytest.mark.parametrize("role", ["Attendee", "Participant", "Participante", "", "Guest"])
def test_any_other_teams_role_is_an_attendee(write_file, role):
    report = parse_attendance_file(write_file("participants.csv", PARTICIPANTS
                                              + "Ana Costa" + JOINED + "ana@example.org\t" + role + "\n", "utf-16"))
    assert [(r.name, r.attended, r.minutes_attended) for r in report.rows] == [("Ana Costa", True, 30)]


EVENTBRITE = "Order #,First Name,Last Name,Email,Ticket Type,Attendee Status,Checked In\n"


@pytest.mark.parametrize(("status", "checked_in", "attended"), [
    ("Attending", "Yes", True),
    ("Attending", "No", False),  # the check-in, when readable, wins
    ("Not Attending", "yes", True),
    ("Checked In", "", True),
    ("Attending", "", True),
    ("  ATTENDING ", "--", True),  # an empty marker is no check-in
    ("Not Attending", "", False),
    ("Refunded", "", False),
    ("Attending", "scanned twice", True),  # unreadable check-in: the status decides
    ("Cancelled", "scanned twice", False),
])
def test_an_eventbrite_ticket_is_attended_by_its_check_in_else_its_status(write_file, status, checked_in, attended):
    report = parse_attendance_file(write_file("eb.csv", EVENTBRITE + f"1,Ana,Costa,ana@example.org,GA,{status},{checked_in}\n"))
    assert not report.problems
    assert [(r.name, r.registered, r.attended) for r in report.rows] == [("Ana Costa", True, attended)]


def test_an_eventbrite_export_with_a_status_but_no_check_in_column_reads_the_status(write_file):
    report = parse_attendance_file(write_file("eb.csv", "Order #,First Name,Last Name,Email,Attendee Status\n"
                                              "1,Ana,Costa,ana@example.org,Checked In\n"
                                              "2,Bo,Li,bo@example.org,Not Attending\n"))
    assert [(r.name, r.attended) for r in report.rows] == [("Ana Costa", True), ("Bo Li", False)]


def test_an_eventbrite_export_with_a_check_in_but_no_status_column_reads_the_check_in(write_file):
    report = parse_attendance_file(write_file("eb.csv", "Order #,First Name,Last Name,Email,Checked In\n"
                                              "1,Ana,Costa,ana@example.org,Yes\n"
                                              "2,Bo,Li,bo@example.org,\n"
                                              "3,Li,Wei,li@example.org,maybe\n"))
    assert not report.problems
    assert [(r.name, r.attended) for r in report.rows] == [("Ana Costa", True), ("Bo Li", False), ("Li Wei", False)]


def test_a_zoom_attendee_with_only_an_approval_status_registered(write_file):
    report = parse_attendance_file(write_file(
        "attendees.csv",
        "Attended,User Name (Original Name),Email,Approval Status,Time in Session (minutes)\n"
        "Yes,Ana,ana@example.com,approved,10\nYes,Bo,bo@example.com,--,5\nNo,Li,li@example.com,,0\n"))
    assert [(r.name, r.registered, r.attended) for r in report.rows] == [
        ("Ana", True, True), ("Bo", False, True), ("Li", True, False)]  # a no-show had registered


def test_a_first_and_last_name_fill_in_for_each_other_and_empty_markers_count_as_empty(write_file):
    report = parse_attendance_file(write_file(
        "reg.csv", "First Name,Last Name,Email,Registration Time\n"
                   "Ana,Costa,ana@example.org,x\nBo,--,bo@example.org,x\nn/a,Li,li@example.org,x\n"
                   "-,—,zoe@example.org,x\n"))
    assert [(r.name, r.email) for r in report.rows] == [
        ("Ana Costa", "ana@example.org"), ("Bo", "bo@example.org"), ("Li", "li@example.org"), (None, "zoe@example.org")]


def test_an_eventbrite_status_or_check_in_column_may_come_first(write_file):
    status_first = parse_attendance_file(write_file("eb1.csv", "Attendee Status,Order #,First Name,Last Name,Email\n"
                                                    "Attending,1,Ana,Costa,ana@example.org\n"))
    check_in_first = parse_attendance_file(write_file("eb2.csv", "Checked In,Order #,First Name,Last Name,Email\n"
                                                      "Yes,1,Ana,Costa,ana@example.org\n"))
    assert [r.attended for r in status_first.rows + check_in_first.rows] == [True, True]


def test_an_attended_answer_with_extra_spaces_inside_is_read_like_the_plain_one(write_file):
    report = parse_attendance_file(write_file("t.csv", "name,email,attended,minutes\n"
                                              "Ana,ana@example.org,Did  not   attend,30\n"
                                              "Bo,bo@example.org,did not attend,30\n"))
    assert not report.problems
    assert [(r.name, r.attended) for r in report.rows] == [("Ana", False), ("Bo", False)]


def test_a_registrant_row_without_any_name_or_address_names_all_three_columns(write_file):
    report = parse_attendance_file(write_file("reg.csv", "First Name,Last Name,Email,Registration Time\n"
                                              "Ana,Costa,ana@example.org,x\n,,,x\n"))
    assert [(p.row, p.column, p.message()) for p in report.problems] == [
        (3, "First Name / Last Name / Email", "this row has neither a name nor an e-mail address")]
    assert [r.name for r in report.rows] == ["Ana Costa"]


def test_without_an_attended_column_a_join_time_means_present_even_with_zero_minutes(write_file):
    report = parse_attendance_file(
        write_file("m.csv", "Who,Mail,In,Out,Spent\n"
                            "Ana,a@example.org,2022-01-25 13:00,,0\n"
                            "Bo,b@example.org,,,0\n"
                            "Li,l@example.org,2022-01-25 13:00,2022-01-25 13:00:00+01:00,\n"),  # no honest span
        mapping={"name": "Who", "email": "Mail", "join_time": "In", "leave_time": "Out", "minutes": "Spent"})
    assert not report.problems
    assert [(r.name, r.attended, r.minutes_attended) for r in report.rows] == [
        ("Ana", True, 0), ("Bo", False, 0), ("Li", True, 0)]


def test_a_row_shorter_than_the_header_is_read_with_its_missing_cells_empty(write_file):
    report = parse_attendance_file(write_file("short.csv", "name,email,organization,sector,attended,minutes\n"
                                              "Ana,a@example.org\n,\nBo,b@example.org,,,yes\n"))
    assert not report.problems
    assert [(r.name, r.organization, r.sector, r.attended) for r in report.rows] == [
        ("Ana", None, "", False), ("Bo", None, "", True)]


@pytest.mark.parametrize("first", ["name", "email", "organization", "sector", "attended", "minutes", "registered"])
def test_any_template_column_may_come_first(write_file, first):
    values = {"name": "Ana Costa", "email": "ana@example.org", "organization": "OCSE", "sector": "Police",
              "attended": "no", "minutes": "30", "registered": "no"}
    columns = [first, *(c for c in values if c != first)]
    text = ",".join(columns) + "\n" + ",".join(values[c] for c in columns) + "\n"
    report = parse_attendance_file(write_file("t.csv", text))
    assert not report.problems
    assert [(r.name, r.email, r.organization, r.sector, r.attended, r.minutes_attended, r.registered)
            for r in report.rows] == [("Ana Costa", "ana@example.org", "OCSE", "Police", False, 30, False)]


@pytest.mark.parametrize("first", ["Join Time", "Leave Time"])
def test_a_join_or_leave_column_may_come_first(write_file, first):
    values = {"Join Time": "2022-01-25 13:00", "Leave Time": "2022-01-25 13:20", "Name": "Ana", "Email": "a@example.org",
              "Duration (Minutes)": ""}
    columns = [first, *(c for c in values if c != first)]
    text = ",".join(columns) + "\n" + ",".join(values[c] for c in columns) + "\n"
    report = parse_attendance_file(write_file("z.csv", text))
    assert report.layout == "zoom"
    assert [(r.minutes_attended, r.first_join.minute, r.last_leave.minute) for r in report.rows] == [(20, 0, 20)]


def test_a_row_with_only_an_address_and_one_with_only_a_name_are_both_attendees(write_file):
    report = parse_attendance_file(write_file("t.csv", "name,email,attended\n,ana@example.org,yes\nBo Li,,yes\n"))
    assert not report.problems
    assert [(r.name, r.email) for r in report.rows] == [(None, "ana@example.org"), ("Bo Li", None)]


def test_an_eventbrite_export_with_first_names_only_reads_the_first_name_and_no_sector(write_file):
    """Without a last-name column the name is the first name alone (no other cell is taken for
    the last name), and without a sector column no sector is read (None, not "Not stated")."""
    report = parse_attendance_file(write_file("eb.csv", "Order #,First Name,Email,Ticket Type\n"
                                              "1,Ana,ana@example.org,General Admission\n"))
    assert not report.problems
    assert [(r.name, r.organization, r.sector) for r in report.rows] == [("Ana", None, None)]


@pytest.mark.parametrize("first", ["Registration Time", "Approval Status"])
def test_a_zoom_registration_mark_in_the_first_column_is_read(write_file, first):
    other = "Approval Status" if first == "Registration Time" else "Registration Time"
    report = parse_attendance_file(write_file(
        "attendees.csv",
        f"{first},Attended,User Name (Original Name),Email,{other},Time in Session (minutes)\n"
        "x,Yes,Ana,ana@example.com,,10\n,Yes,Bo,bo@example.com,,5\n"))
    assert not report.problems
    assert [(r.name, r.registered) for r in report.rows] == [("Ana", True), ("Bo", False)]


def test_a_file_with_last_names_only_reads_the_last_name(write_file):
    report = parse_attendance_file(write_file("m.csv", "Nom,Mail\nCosta,ana@example.org\n,bo@example.org\n"),
                                   mapping={"last_name": "Nom", "email": "Mail"})
    assert not report.problems
    assert [(r.name, r.email) for r in report.rows] == [("Costa", "ana@example.org"), (None, "bo@example.org")]


def test_only_the_cells_over_the_limit_are_named(write_file):
    """A cell of exactly 10,000 characters is within the limit, beside one over it in the same row."""
    from tests.services.messages import said

    report = parse_attendance_file(write_file("long.csv", "name,email,organization\n"
                                              + "A" * 10_001 + ",ana@example.org," + "B" * 10_000 + "\n"
                                              + "Bo,bo@example.org,OCSE\n"))
    assert [(p.row, p.column, *said(p)) for p in report.problems] == [
        (2, "name", "this cell is 10,001 characters long; the limit is 10,000",
         "cette cellule compte 10001\u00a0caractères; la limite est de 10000")]
    assert [r.name for r in report.rows] == ["Bo"]
