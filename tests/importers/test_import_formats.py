"""Each supported export parses into the expected people, e-mails and minutes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from ocse_planner.importers import AttendeeRow, UnknownLayoutError, parse_attendance_file


def by_name(report) -> dict[str, AttendeeRow]:
    return {row.name: row for row in report.rows}


# -- Zoom -------------------------------------------------------------------


def _check_zoom_webinar(report) -> None:
    assert report.layout == "zoom"
    assert not report.problems
    people = by_name(report)
    # Hosts and panelists are not attendees.
    assert set(people) == {"Geneviève Tremblay", "Samuel Okafor", "Li Wei", "Guest Caller"}

    genevieve = people["Geneviève Tremblay"]
    # Two join/leave rows (e-mail case differs) merged: 32 + 26 minutes.
    assert genevieve.minutes_attended == 58
    assert genevieve.first_join == datetime(2022, 1, 25, 12, 58, 31)
    assert genevieve.last_leave == datetime(2022, 1, 25, 14, 0, 40)
    assert genevieve.row_number == 13
    assert genevieve.email == "genevieve.tremblay@example.org"
    assert genevieve.organization == "Ministère de la Santé"
    assert genevieve.sector == "Government"
    assert genevieve.registered and genevieve.attended

    # First/last name columns win over the Zoom display name.
    assert people["Samuel Okafor"].minutes_attended == 61
    assert people["Samuel Okafor"].email == "sam.okafor@example.com"

    li = people["Li Wei"]
    assert (li.registered, li.attended, li.minutes_attended, li.first_join) == (True, False, 0, None)

    guest = people["Guest Caller"]
    assert guest.email is None and guest.attended and not guest.registered
    assert guest.minutes_attended == 10


def test_zoom_webinar_attendee_report_csv(samples):
    report = parse_attendance_file(samples / "zoom_webinar_attendee_report.csv")
    _check_zoom_webinar(report)
    assert report.encoding == "utf-8-sig"
    assert report.header_row == 12
    assert report.summary["Topic"] == "OCSE Webinar: Data Sharing"
    assert report.summary["Webinar ID"] == "912 3456 7890"


@pytest.mark.parametrize("typed", [False, True], ids=["text-cells", "excel-typed-cells"])
def test_zoom_webinar_attendee_report_xlsx(sample_as_xlsx, typed):
    report = parse_attendance_file(sample_as_xlsx("zoom_webinar_attendee_report.csv", typed=typed))
    _check_zoom_webinar(report)
    assert report.encoding == "xlsx"


def test_zoom_registration_report(samples):
    report = parse_attendance_file(samples / "zoom_registration_report.csv")
    assert report.layout == "zoom"
    assert [(r.name, r.email, r.registered, r.attended, r.minutes_attended) for r in report.rows] == [
        ("Geneviève Tremblay", "genevieve.tremblay@example.org", True, False, 0),
        ("Samuel Okafor", "sam.okafor@example.com", True, False, 0),
        ("Li Wei", "li.wei@example.net", True, False, 0),
    ]
    assert report.rows[0].sector == "Government"


def test_zoom_meeting_participants_with_other_date_spellings(write_file):
    path = write_file(
        "participants.csv",
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
        'Ana Costa,ana@example.com,"Jan 25, 2022 12:58:31","Jan 25, 2022 13:10:00",12,No\n'
        "Ana Costa,ana@example.com,2022-01-25T13:20:00+01:00,2022-01-25T13:30:00+01:00,10,No\n",
    )
    report = parse_attendance_file(path)
    assert report.layout == "zoom"
    (ana,) = report.rows
    assert ana.minutes_attended == 22
    assert ana.attended
    assert ana.first_join == datetime(2022, 1, 25, 12, 58, 31)
    # Mixed naive/aware times cannot be compared: the first one is kept.
    assert ana.last_leave == datetime(2022, 1, 25, 13, 10)


def test_zoom_aware_times_are_kept_aware(write_file):
    path = write_file(
        "aware.csv",
        "Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes)\n"
        "Yes,Ana,ana@example.com,2022-01-25T13:20:00+01:00,2022-01-25T13:30:00+01:00,10\n",
    )
    (ana,) = parse_attendance_file(path).rows
    assert ana.first_join == datetime(2022, 1, 25, 13, 20, tzinfo=timezone(timedelta(hours=1)))


# -- Teams ------------------------------------------------------------------


def test_teams_classic_utf16_join_leave_events(samples):
    report = parse_attendance_file(samples / "teams_attendance_classic.csv")
    assert (report.layout, report.encoding) == ("teams", "utf-16-le")
    assert not report.problems
    people = by_name(report)
    assert people["Geneviève Tremblay"].minutes_attended == 50  # 30 + 20, two segments
    assert people["Geneviève Tremblay"].first_join == datetime(2021, 9, 21, 10, 0)
    assert people["Geneviève Tremblay"].last_leave == datetime(2021, 9, 21, 11, 0)
    assert people["Samuel Okafor"].minutes_attended == 17  # "Joined before" counts as a join
    # Never left: closed at the summary's Meeting End Time (11:02).
    assert people["Li Wei"].minutes_attended == 57
    assert people["Li Wei"].last_leave == datetime(2021, 9, 21, 11, 2)
    assert all(r.attended and not r.registered and r.email is None for r in report.rows)
    assert report.summary["Meeting Title"] == "OCSE Webinar: Data Sharing"


def test_teams_classic_without_summary_closes_at_last_timestamp(write_file):
    text = (
        "Full Name\tUser Action\tTimestamp\n"
        "Ana Costa\tJoined\t9/21/2021, 10:00:00 AM\n"
        "Li Wei\tJoined\t9/21/2021, 10:10:00 AM\n"
        "Li Wei\tLeft\t9/21/2021, 10:40:00 AM\n"
    )
    report = parse_attendance_file(write_file("list.csv", text, "utf-16"))
    assert by_name(report)["Ana Costa"].minutes_attended == 40
    assert by_name(report)["Li Wei"].minutes_attended == 30


def test_teams_classic_as_utf8_csv(write_file):
    text = (
        "Full Name,User Action,Timestamp\r\n"
        'Zoë Lefèvre,Joined,"9/21/2021, 10:00:00 AM"\r\n'
        'Zoë Lefèvre,Left,"9/21/2021, 10:45:30 AM"\r\n'
    )
    report = parse_attendance_file(write_file("meetingAttendanceList.csv", text))
    assert (report.layout, report.encoding) == ("teams", "utf-8")
    assert [(r.name, r.minutes_attended) for r in report.rows] == [("Zoë Lefèvre", 46)]


def _check_teams_participants(report, genevieve: str) -> None:
    assert report.layout == "teams"
    assert not report.problems
    people = by_name(report)
    # Organizer and Presenter roles are dropped; the In-Meeting Activities
    # section (which repeats people per join) is not read.
    assert set(people) == {genevieve, "Samuel Okafor", "Li Wei (External)", "Ana Costa"}
    assert people[genevieve].minutes_attended == 58  # "58m 20s"
    assert people[genevieve].first_join == datetime(2024, 3, 14, 13, 0, 2)
    assert people[genevieve].last_leave == datetime(2024, 3, 14, 14, 1)
    assert people["Samuel Okafor"].email == "sam.okafor@example.com"  # from the UPN column
    assert people["Li Wei (External)"].minutes_attended == 1  # "32s" rounds to 1
    assert people["Li Wei (External)"].email is None
    assert people["Ana Costa"].minutes_attended == 61  # "1h 1m 0s"


def test_teams_participants_utf16_tsv(samples):
    report = parse_attendance_file(samples / "teams_attendance_report.csv")
    _check_teams_participants(report, "Geneviève Tremblay")
    assert report.encoding == "utf-16-le"
    assert report.header_row == 10
    assert report.summary["Meeting title"] == "OCSE Webinar: Data Sharing"


def test_teams_participants_utf8_csv(samples):
    report = parse_attendance_file(samples / "teams_attendance_report_utf8.csv")
    _check_teams_participants(report, "Tremblay, Geneviève")
    assert report.encoding == "utf-8"


def test_teams_participants_xlsx(sample_as_xlsx):
    report = parse_attendance_file(sample_as_xlsx("teams_attendance_report.csv"))
    _check_teams_participants(report, "Geneviève Tremblay")


# -- Eventbrite -------------------------------------------------------------


def _check_eventbrite(report) -> None:
    assert report.layout == "eventbrite"
    assert not report.problems
    assert [(r.name, r.email, r.registered, r.attended, r.minutes_attended) for r in report.rows] == [
        ("Geneviève Tremblay", "genevieve.tremblay@example.org", True, True, 0),  # Checked In: Yes
        ("Samuel Okafor", "sam.okafor@example.com", True, False, 0),  # Checked In: No
        ("Li Wei", "li.wei@example.net", True, True, 0),  # empty check-in, status Attending
        ("Ana Costa", "ana.costa@example.com", True, False, 0),  # Not Attending
    ]
    # Attendee columns are used, not the buyer's (Li's ticket was bought by Pat).
    assert report.rows[2].organization == "Université Laval"
    assert report.rows[0].sector == "Government"


def test_eventbrite_csv(samples):
    _check_eventbrite(parse_attendance_file(samples / "eventbrite_attendees.csv"))


def test_eventbrite_xlsx(sample_as_xlsx):
    _check_eventbrite(parse_attendance_file(sample_as_xlsx("eventbrite_attendees.csv", typed=True)))


# -- Our template -----------------------------------------------------------


def _check_template(report) -> None:
    assert report.layout == "template"
    assert not report.problems
    assert [
        (r.row_number, r.name, r.email, r.organization, r.sector, r.attended, r.minutes_attended)
        for r in report.rows
    ] == [
        (2, "Geneviève Tremblay", "genevieve.tremblay@example.org", "Ministère de la Santé",
         "Public", True, 55),
        (3, "Sam Okafor", "sam.okafor@example.com", "Okafor Consulting", "Private", False, 0),
        # Row 4 is blank (skipped silently); e-mail case is kept; 42.5 rounds up.
        (5, "Li Wei", "LI.Wei@Example.net", "Université Laval", "Academic", True, 43),
    ]
    assert all(r.registered for r in report.rows)


def test_template_csv(samples):
    _check_template(parse_attendance_file(samples / "ocse_template.csv"))


def test_template_xlsx(sample_as_xlsx):
    _check_template(parse_attendance_file(sample_as_xlsx("ocse_template.csv", typed=True)))


def test_template_headers_are_case_insensitive_and_extra_columns_ignored(write_file):
    path = write_file(
        "t.csv",
        "Notes,EMAIL,Name,Minutes,Attended,Registered\n"
        "vip,ana@example.com,Ana Costa,1h 5m,,no\n"
        "-,li@example.com,Li Wei,0,,\n",
    )
    report = parse_attendance_file(path)
    assert report.layout == "template"
    ana, li = report.rows
    assert (ana.minutes_attended, ana.attended, ana.registered) == (65, True, False)
    assert (li.minutes_attended, li.attended, li.registered) == (0, False, True)


def test_forcing_a_layout_that_does_not_match(samples):
    with pytest.raises(UnknownLayoutError) as caught:
        parse_attendance_file(samples / "ocse_template.csv", layout="zoom")
    assert str(caught.value) == ('"ocse_template.csv" does not look like the kind of report chosen (Zoom): its '
                                 "columns were not recognised. Choose which column holds what.")
    assert caught.value.headers[:2] == ["name", "email"]


def test_forcing_the_right_layout(samples):
    report = parse_attendance_file(samples / "eventbrite_attendees.csv", layout="eventbrite")
    assert report.layout == "eventbrite" and len(report.rows) == 4


def test_workbook_uses_the_sheet_that_holds_the_report(write_xlsx):
    path = write_xlsx(
        "multi.xlsx",
        sheets={
            "Notes": [["Exported by the webinar team"], ["nothing to see"]],
            "Participants": [
                ["Name", "First Join", "Last Leave", "In-Meeting Duration", "Email", "Role"],
                ["Ana Costa", "3/14/24, 1:02:00 PM", "3/14/24, 2:03:00 PM", "1h 1m", "ana@example.com",
                 "Attendee"],
            ],
        },
    )
    report = parse_attendance_file(path)
    assert report.layout == "teams"
    assert [r.minutes_attended for r in report.rows] == [61]


def test_rows_are_ordinary_frozen_attendee_rows(samples):
    """The merge step fills ``__dict__`` directly for speed; the rows must not differ."""
    import dataclasses

    row = parse_attendance_file(samples / "ocse_template.csv").rows[0]
    expected = AttendeeRow(2, "Geneviève Tremblay", "genevieve.tremblay@example.org",
                           "Ministère de la Santé", "Public", True, True, 55, None, None)
    assert row == expected and hash(row) == hash(expected) and repr(row) == repr(expected)
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.name = "someone else"  # type: ignore[misc]


def test_an_empty_sector_cell_is_told_from_a_file_without_a_sector_field(tmp_path):
    """"" (the field is there, left empty: not stated) against None (no such field)."""
    from ocse_planner.importers import parse_attendance_file

    with_field = tmp_path / "with.csv"
    with_field.write_text("name,email,sector,attended\nAnn,ann@example.org,,yes\nBo,bo@example.org,Education,yes\n",
                          encoding="utf-8")
    without = tmp_path / "without.csv"
    without.write_text("name,email,attended\nAnn,ann@example.org,yes\n", encoding="utf-8")
    assert [r.sector for r in parse_attendance_file(with_field).rows] == ["", "Education"]
    assert [r.sector for r in parse_attendance_file(without).rows] == [None]


def test_zoom_registered_means_a_registration_time_or_approval(write_file):
    """Zoom's attendee report marks who registered by a registration time (or an approval
    status); a meeting's participants list has neither, so nobody in it registered."""
    report = parse_attendance_file(write_file(
        "attendees.csv",
        "Attended,User Name (Original Name),Email,Registration Time,Time in Session (minutes)\n"
        "Yes,Ana,ana@example.com,01/20/2022 10:01:00 AM,10\nYes,Bo,bo@example.com,,5\n"))
    assert [(r.name, r.registered, r.attended) for r in report.rows] == [("Ana", True, True), ("Bo", False, True)]
    report = parse_attendance_file(write_file(
        "participants.csv",
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
        "Ana Costa,ana@example.com,2022-01-25 12:58:31,2022-01-25 13:10:00,12,No\n"))
    assert [(r.registered, r.attended) for r in report.rows] == [(False, True)]


def test_a_last_name_in_the_first_column_is_read(write_file):
    report = parse_attendance_file(write_file(
        "names.csv", "Last Name,First Name,Email,Registration Time\nTremblay,Geneviève,g@example.org,\n"))
    assert [r.name for r in report.rows] == ["Geneviève Tremblay"]


def test_a_registered_value_that_is_not_yes_or_no_names_its_column(write_file):
    report = parse_attendance_file(write_file(
        "template.csv", "name,email,registered,attended,minutes\nAna,a@example.org,maybe,yes,10\n"))
    assert [(p.row, p.column, p.message()) for p in report.problems] == [
        (2, "registered", "'maybe' is not a yes/no value")]


def test_the_facts_above_the_table_are_read_with_their_keys_as_written_less_the_colon():
    from ocse_planner.importers.preamble import extract_summary

    preamble = [
        ["Meeting title: ", " OCSE Webinar "],
        ["Topic", "Webinar ID", ""],
        ["Data Sharing", "912 3456 7890", "ignored"],
        ["Meeting title", "A second title"],  # the first one stands
        ["Start time:", ""],  # nothing to keep
        ["x" * 501, "too long a key"],
    ]
    assert extract_summary(preamble) == {
        "Meeting title": "OCSE Webinar", "Topic": "Data Sharing", "Webinar ID": "912 3456 7890"}


def test_teams_classic_pairs_joins_and_leaves_by_time_not_by_row_order(write_file):
    """A list sorted by name or action (as a spreadsheet re-save leaves it) still pairs
    each join with the next leave in time."""
    text = (
        "Full Name\tUser Action\tTimestamp\n"
        "Li Wei\tLeft\t9/21/2021, 11:00:00 AM\n"
        "Li Wei\tLeft\t9/21/2021, 10:20:00 AM\n"
        "Li Wei\tJoined\t9/21/2021, 10:50:00 AM\n"
        "Li Wei\tJoined\t9/21/2021, 10:00:00 AM\n"
    )
    report = parse_attendance_file(write_file("list.csv", text, "utf-16"))
    [li] = report.rows
    assert li.minutes_attended == 30  # 10:00-10:20 and 10:50-11:00
    assert li.first_join.hour == 10 and li.first_join.minute == 0
