"""Every header spelling the importer knows (importers/layouts.py) is read as its field.

Platforms rename columns between versions and languages; each spelling below is one a
real export uses, so each must keep working.
"""

from __future__ import annotations

import pytest

from ocse_planner.importers import parse_attendance_file
from ocse_planner.importers.layouts import _EMAIL, _NAME, _ORGANIZATION, _SECTOR


def zoom(write_file, name="User Name (Original Name)", email="Email", organization="Organization",  # type: ignore[no-untyped-def]
         sector="Industry", minutes="Time in Session (minutes)"):
    text = (f'Attended,"{name}","{email}","{organization}","{sector}","{minutes}",Join Time\n'
            "Yes,Ana Costa,ana@example.org,OCSE,Police,30,2022-01-25 13:00\n")
    report = parse_attendance_file(write_file("zoom.csv", text))
    assert report.layout == "zoom" and not report.problems
    (ana,) = report.rows
    return (ana.name, ana.email, ana.organization, ana.sector, ana.minutes_attended)


EXPECTED = ("Ana Costa", "ana@example.org", "OCSE", "Police", 30)


@pytest.mark.parametrize("header", _NAME)
def test_each_name_header(write_file, header):
    assert zoom(write_file, name=header.title()) == EXPECTED


@pytest.mark.parametrize("header", _EMAIL)
def test_each_e_mail_header(write_file, header):
    assert zoom(write_file, email=header.upper()) == EXPECTED


@pytest.mark.parametrize("header", _ORGANIZATION)
def test_each_organization_header(write_file, header):
    assert zoom(write_file, organization=header) == EXPECTED


@pytest.mark.parametrize("header", _SECTOR)
def test_each_sector_header(write_file, header):
    assert zoom(write_file, sector=header) == EXPECTED


@pytest.mark.parametrize("header", ["Time in Session (minutes)", "Duration (Minutes)", "Duration (mins)"])
def test_each_zoom_minutes_header(write_file, header):
    assert zoom(write_file, minutes=header) == EXPECTED


def test_a_zoom_participants_list_is_known_by_its_join_leave_and_duration_columns(write_file):
    for duration in ("Duration (Minutes)", "Time in Session (minutes)"):
        report = parse_attendance_file(write_file("p.csv", f"Name,Email,Join Time,Leave Time,{duration}\n"
                                                  "Ana,ana@example.org,2022-01-25 13:00,2022-01-25 13:20,20\n"))
        assert report.layout == "zoom" and [r.minutes_attended for r in report.rows] == [20]
    report = parse_attendance_file(write_file("a.csv", "Attended,Name,Email,Join Time\nYes,Ana,ana@example.org,2022-01-25 13:00\n"))
    assert report.layout == "zoom" and [r.first_join.hour for r in report.rows] == [13]


@pytest.mark.parametrize(("name", "upn", "join", "leave", "duration"), [
    ("Name", "Participant ID (UPN)", "First Join", "Last Leave", "In-Meeting Duration"),
    ("Full Name", "UPN", "Join Time", "Leave Time", "Duration"),
    ("Participant Name", "User Principal Name", "First Join", "Last Leave", "Attendance Duration"),
])
def test_each_teams_participants_header(write_file, name, upn, join, leave, duration):
    text = (f"{name}\t{join}\t{leave}\t{duration}\t{upn}\tRole\n"
            "Ana Costa\t9/21/2021, 10:00:00 AM\t9/21/2021, 10:30:00 AM\t25m\tana@example.org\tAttendee\n")
    report = parse_attendance_file(write_file("teams.csv", text, "utf-16"))
    assert report.layout == "teams"
    assert [(r.name, r.email, r.minutes_attended, r.first_join.minute, r.last_leave.minute) for r in report.rows] == [
        ("Ana Costa", "ana@example.org", 25, 0, 30)]


@pytest.mark.parametrize("order", ["Order #", "Order No.", "Order Number", "Order ID"])
@pytest.mark.parametrize(("extra", "value", "attended"), [
    ("Ticket Type", "GA", False), ("Attendee #", "7", False), ("Attendee Status", "Attending", True),
    ("Checked In", "Yes", True), ("Barcode #", "123", False),
])
def test_each_eventbrite_order_and_ticket_header(write_file, order, extra, value, attended):
    text = f"{order},First Name,Last Name,Email,{extra}\n1,Ana,Costa,ana@example.org,{value}\n"
    report = parse_attendance_file(write_file("eb.csv", text))
    assert report.layout == "eventbrite"
    assert [(r.name, r.email, r.registered, r.attended) for r in report.rows] == [
        ("Ana Costa", "ana@example.org", True, attended)]


@pytest.mark.parametrize("header", ["Checked In", "Check-In", "Checked-In"])
def test_each_eventbrite_check_in_header(write_file, header):
    text = f"Order #,First Name,Last Name,Email,Ticket Type,{header}\n1,Ana,Costa,ana@example.org,GA,yes\n"
    assert [r.attended for r in parse_attendance_file(write_file("eb.csv", text)).rows] == [True]
