"""Through every route of the importer, a person's minutes are the time they were present.

Zoom and Teams list a row per join; a person on two devices at once has two overlapping
rows. They are one attendee, and their minutes are the union of their time (the rule
itself: test_merge.py), whether the rows are converted a block at a time or one by one,
come from a CSV or a workbook, or are Teams' classic Joined/Left events.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from ocse_planner.importers import parse_attendance_file
from tests.importers.conftest import force_row_by_row

ZOOM_HEADER = "Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes)"
#: Ana on a laptop and a phone for the whole hour; Bo leaves for ten minutes and comes back;
#: Cy's phone joins inside his laptop's time. Rows of one person are not adjacent.
TWO_DEVICES = [
    'Yes,Ana Costa,ana@example.org,"01/25/2022 01:00:00 PM","01/25/2022 02:00:00 PM",60',
    'Yes,Bo Li,bo@example.org,"01/25/2022 01:00:00 PM","01/25/2022 01:20:00 PM",20',
    'Yes,Cy Roy,cy@example.org,"01/25/2022 01:10:00 PM","01/25/2022 01:55:00 PM",45',
    'Yes,Ana Costa,ANA@example.org,"01/25/2022 01:00:00 PM","01/25/2022 02:00:00 PM",60',
    'Yes,Bo Li,bo@example.org,"01/25/2022 01:30:00 PM","01/25/2022 01:50:00 PM",20',
    'Yes,Cy Roy,cy@example.org,"01/25/2022 01:20:00 PM","01/25/2022 01:40:00 PM",20',
]
EXPECTED = {"Ana Costa": 60, "Bo Li": 40, "Cy Roy": 45}


def minutes(report) -> dict[str, int]:  # type: ignore[no-untyped-def]
    assert not report.problems
    return {row.name: row.minutes_attended for row in report.rows}


def test_a_zoom_report_counts_a_person_on_two_devices_once(write_file):
    report = parse_attendance_file(write_file("zoom.csv", "\n".join([ZOOM_HEADER, *TWO_DEVICES]) + "\n"))
    assert report.layout == "zoom"
    assert minutes(report) == EXPECTED
    ana = next(row for row in report.rows if row.name == "Ana Costa")
    assert (ana.first_join, ana.last_leave) == (datetime(2022, 1, 25, 13, 0), datetime(2022, 1, 25, 14, 0))


def test_rows_converted_one_by_one_count_a_person_on_two_devices_once(write_file, monkeypatch):
    force_row_by_row(monkeypatch)
    report = parse_attendance_file(write_file("zoom.csv", "\n".join([ZOOM_HEADER, *TWO_DEVICES]) + "\n"))
    assert minutes(report) == EXPECTED


def test_a_ragged_report_counts_a_person_on_two_devices_once(write_file):
    # a short row (the Attended column missing its trailing cells) sends its block row by row
    rows = [*TWO_DEVICES, "Yes,Di Orr"]
    report = parse_attendance_file(write_file("zoom.csv", "\n".join([ZOOM_HEADER, *rows]) + "\n"))
    assert minutes(report) == {**EXPECTED, "Di Orr": 0}


def test_a_workbook_counts_a_person_on_two_devices_once(write_xlsx):
    import csv

    table = list(csv.reader([ZOOM_HEADER, *TWO_DEVICES]))
    report = parse_attendance_file(write_xlsx("zoom.xlsx", table, typed=True))
    assert minutes(report) == EXPECTED


def test_a_report_of_minutes_only_still_sums_a_person_listed_twice(write_file):
    text = "name,email,attended,minutes\nAna Costa,ana@example.org,yes,30\nAna Costa,ana@example.org,yes,25\n"
    assert minutes(parse_attendance_file(write_file("list.csv", text))) == {"Ana Costa": 55}


TEAMS_CLASSIC = (
    "Meeting Summary\n"
    "Meeting Start Time\t9/21/2021, 10:00:00 AM\n"
    "Meeting End Time\t9/21/2021, 11:00:00 AM\n"
    "\n"
    "Full Name\tUser Action\tTimestamp\n"
)


@pytest.mark.parametrize("events, expected", [
    # laptop 10:05, phone 10:10; the phone leaves 10:30, the laptop 10:50
    (["Joined 10:05", "Joined 10:10", "Left 10:30", "Left 10:50"], 45),
    # three devices: present until the last of them leaves
    (["Joined 10:05", "Joined 10:10", "Joined 10:15", "Left 10:20", "Left 10:30", "Left 10:50"], 45),
    # both devices still there when the meeting ends at 11:00
    (["Joined 10:05", "Joined 10:10", "Left 10:30"], 55),
    # left at 10:20, came back 10:40 until the end
    (["Joined 10:00", "Left 10:20", "Joined 10:40"], 40),
    # a leave whose join the list missed: present since the start, counted once
    (["Joined 10:10", "Left 10:20", "Left 10:30"], 30),
    # rows out of time order
    (["Left 10:50", "Joined 10:10", "Left 10:30", "Joined 10:05"], 45),
], ids=["two-devices", "three-devices", "two-devices-to-the-end", "rejoin", "leave-without-join", "unsorted"])
def test_teams_classic_events_count_a_person_on_two_devices_once(events, expected, write_file):
    lines = []
    for event in events:
        action, time = event.split()
        hour, minute = time.split(":")
        lines.append(f"Ana Costa\t{action}\t9/21/2021, {hour}:{minute}:00 AM\n")
    report = parse_attendance_file(write_file("meetingAttendanceList.csv", TEAMS_CLASSIC + "".join(lines), "utf-16"))
    assert report.layout == "teams"
    assert minutes(report) == {"Ana Costa": expected}


def test_teams_classic_without_a_start_counts_a_leave_without_join_from_no_known_time(write_file):
    text = ("Full Name\tUser Action\tTimestamp\n"
            "Ana Costa\tLeft\t9/21/2021, 10:30:00 AM\n"
            "Bo Li\tJoined\t9/21/2021, 10:00:00 AM\n"
            "Bo Li\tLeft\t9/21/2021, 10:40:00 AM\n")
    report = parse_attendance_file(write_file("list.csv", text, "utf-16"))
    assert minutes(report) == {"Ana Costa": 0, "Bo Li": 40}
    ana = report.rows[0]
    assert (ana.first_join, ana.last_leave) == (None, datetime(2021, 9, 21, 10, 30))


def test_teams_classic_events_that_give_no_span_add_no_time(write_file):
    # a leave with no join and no start known, a join and a leave in the same second,
    # then 89 seconds present: 1 minute (one second more would round to 2)
    text = ("Full Name\tUser Action\tTimestamp\n"
            "Ana Costa\tLeft\t9/21/2021, 10:00:00 AM\n"
            "Ana Costa\tJoined\t9/21/2021, 10:05:00 AM\n"
            "Ana Costa\tLeft\t9/21/2021, 10:05:00 AM\n"
            "Ana Costa\tJoined\t9/21/2021, 10:10:00 AM\n"
            "Ana Costa\tLeft\t9/21/2021, 10:11:29 AM\n")
    report = parse_attendance_file(write_file("list.csv", text, "utf-16"))
    assert minutes(report) == {"Ana Costa": 1}
