"""Teams' classic attendance list (one Joined/Left event per row): the rules a person sees.

Each test is one rule of importers/teams_events.py, stated as what the organizer gets
from a list written that way.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from ocse_planner.importers import parse_attendance_file

HEADER = "Full Name\tUser Action\tTimestamp\n"


def parse(write_file, text: str):  # type: ignore[no-untyped-def]
    return parse_attendance_file(write_file("meetingAttendanceList.csv", text, "utf-16"))


def rows_of(report) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(r.row_number, r.name, r.email, r.minutes_attended, r.first_join, r.last_leave) for r in report.rows]


def problems_of(report) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(p.row, p.column, p.message()) for p in report.problems]


def at(hour: int, minute: int) -> datetime:
    return datetime(2021, 9, 21, hour, minute)


def test_with_an_e_mail_column_one_address_in_any_case_is_one_person(write_file):
    report = parse(write_file,
                   "Full Name\tUser Action\tTimestamp\tEmail\n"
                   "Ana Costa\tJoined\t9/21/2021, 10:00:00 AM\tAna.Costa@Example.org\n"
                   "A. Costa (phone)\tLeft\t9/21/2021, 10:30:00 AM\tana.costa@example.org\n"
                   "Ana Costa\tJoined\t9/21/2021, 10:40:00 AM\tother@example.org\n"
                   "Ana Costa\tLeft\t9/21/2021, 10:50:00 AM\tother@example.org\n")
    assert not report.problems
    assert rows_of(report) == [
        (2, "Ana Costa", "Ana.Costa@Example.org", 30, at(10, 0), at(10, 30)),
        (4, "Ana Costa", "other@example.org", 10, at(10, 40), at(10, 50)),
    ]


def test_without_an_address_one_name_spaced_or_cased_otherwise_is_one_person(write_file):
    report = parse(write_file, HEADER
                   + "Ana Costa\tJoined\t9/21/2021, 10:00:00 AM\n"
                   + "  ana   COSTA \tLeft\t9/21/2021, 10:30:00 AM\n"
                   + "Bo Li\tLeft\t9/21/2021, 11:00:00 AM\n")
    # her leave closes her join: she is not counted as staying to the list's last event
    assert rows_of(report)[0] == (2, "Ana Costa", None, 30, at(10, 0), at(10, 30))


def test_a_second_join_before_leaving_counts_from_the_first(write_file):
    report = parse(write_file, HEADER
                   + "Ana Costa\tJoined\t9/21/2021, 10:00:00 AM\n"
                   + "Ana Costa\tJoined\t9/21/2021, 10:10:00 AM\n"
                   + "Ana Costa\tLeft\t9/21/2021, 10:30:00 AM\n")
    assert rows_of(report) == [(2, "Ana Costa", None, 30, at(10, 0), at(10, 30))]


def test_a_leave_without_a_join_counts_from_the_meeting_start(write_file):
    report = parse(write_file,
                   "Meeting Summary\n"
                   "Meeting Start Time:\t9/21/2021, 10:00:00 AM\n"
                   "MEETING END TIME\t9/21/2021, 11:00:00 AM\n"
                   "\n" + HEADER
                   + "Ana Costa\tLeft\t9/21/2021, 10:20:00 AM\n"
                   + "Bo Li\tJoined\t9/21/2021, 10:30:00 AM\n")
    assert rows_of(report) == [
        (6, "Ana Costa", None, 20, at(10, 0), at(10, 20)),  # there from the start
        (7, "Bo Li", None, 30, at(10, 30), at(11, 0)),  # stayed to the end
    ]


def test_a_leave_without_a_join_or_a_known_start_counts_no_time(write_file):
    report = parse(write_file, HEADER
                   + "Ana Costa\tLeft\t9/21/2021, 10:20:00 AM\n"
                   + "Bo Li\tJoined\t9/21/2021, 10:00:00 AM\n"
                   + "Bo Li\tLeft\t9/21/2021, 10:30:00 AM\n")
    assert rows_of(report) == [
        (2, "Ana Costa", None, 0, None, at(10, 20)),
        (3, "Bo Li", None, 30, at(10, 0), at(10, 30)),
    ]
    assert all(r.attended and not r.registered for r in report.rows)


def test_the_summary_end_may_be_written_end_time_and_an_unreadable_one_gives_the_last_event(write_file):
    text = (HEADER + "Ana Costa\tJoined\t9/21/2021, 10:00:00 AM\n"
            + "Bo Li\tJoined\t9/21/2021, 10:10:00 AM\n" + "Bo Li\tLeft\t9/21/2021, 10:40:00 AM\n")
    ended = parse(write_file, "End time\t9/21/2021, 11:00:00 AM\n\n" + text)
    assert rows_of(ended)[0] == (4, "Ana Costa", None, 60, at(10, 0), at(11, 0))
    unreadable = parse(write_file, "Meeting end time\twhen it ended\n\n" + text)
    assert rows_of(unreadable)[0] == (4, "Ana Costa", None, 40, at(10, 0), at(10, 40))


def test_the_actions_are_read_by_their_first_word_in_any_case(write_file):
    report = parse(write_file, HEADER
                   + "Ana Costa\tJOINED before\t9/21/2021, 10:00:00 AM\n"
                   + "Ana Costa\tLeave\t9/21/2021, 10:20:00 AM\n"
                   + "Bo Li\tjoin\t9/21/2021, 10:00:00 AM\n"
                   + "Bo Li\tleft meeting\t9/21/2021, 10:05:00 AM\n")
    assert not report.problems
    assert [(r.name, r.minutes_attended) for r in report.rows] == [("Ana Costa", 20), ("Bo Li", 5)]


def test_organizers_and_presenters_in_a_role_column_are_not_attendees(write_file):
    report = parse(write_file,
                   "Full Name\tUser Action\tTimestamp\tRole\n"
                   "Host Person\tJoined\t9/21/2021, 9:50:00 AM\t Organizer \n"
                   "Ana Costa\tJoined\t9/21/2021, 10:00:00 AM\tAttendee\n"
                   "Pré Sentatrice\tJoined\t9/21/2021, 10:00:00 AM\tPRÉSENTATRICE\n"
                   "Ana Costa\tLeft\t9/21/2021, 10:30:00 AM\tAttendee\n")
    assert rows_of(report) == [(3, "Ana Costa", None, 30, at(10, 0), at(10, 30))]


def test_a_role_column_written_first_is_read_too(write_file):
    report = parse(write_file,
                   "Role\tFull Name\tUser Action\tTimestamp\n"
                   "Organizer\tHost Person\tJoined\t9/21/2021, 9:50:00 AM\n"
                   "Attendee\tAna Costa\tJoined\t9/21/2021, 10:00:00 AM\n"
                   "Attendee\tAna Costa\tLeft\t9/21/2021, 10:30:00 AM\n")
    assert rows_of(report) == [(3, "Ana Costa", None, 30, at(10, 0), at(10, 30))]


def test_a_section_title_after_the_events_ends_the_list(write_file):
    report = parse(write_file, HEADER
                   + "Ana Costa\tJoined\t9/21/2021, 10:00:00 AM\n"
                   + "Ana Costa\tLeft\t9/21/2021, 10:30:00 AM\n"
                   + "\n"
                   + "3. In-Meeting Activities\n"
                   + "Bo Li\tJoined\t9/21/2021, 10:00:00 AM\n"
                   + "Bo Li\tWaved\t9/21/2021, 10:00:00 AM\n")
    assert not report.problems
    assert [r.name for r in report.rows] == ["Ana Costa"]


def test_a_row_of_spaces_is_skipped_and_a_row_without_name_names_the_name_column(write_file):
    report = parse(write_file, HEADER
                   + "  \t \t  \n"
                   + "\tJoined\t9/21/2021, 10:00:00 AM\n"
                   + "Ana Costa\tJoined\t9/21/2021, 10:00:00 AM\n")
    assert problems_of(report) == [(3, "Full Name", "this row has neither a name nor an e-mail address")]
    assert [r.name for r in report.rows] == ["Ana Costa"]


def test_a_row_cut_short_before_its_timestamp_names_the_timestamp_column(write_file):
    report = parse(write_file, HEADER
                   + "Ana Costa\tJoined\n"
                   + "Bo Li\tJoined\t9/21/2021, 10:00:00 AM\n")
    assert [(p.row, p.column) for p in report.problems] == [(2, "Timestamp")]
    assert "''" in report.problems[0].message()
    assert [r.name for r in report.rows] == ["Bo Li"]


def test_a_cell_of_exactly_ten_thousand_characters_is_kept(write_file):
    report = parse(write_file, HEADER + "A" * 10_000 + "\tJoined\t9/21/2021, 10:00:00 AM\n")
    assert not report.problems
    assert [len(r.name) for r in report.rows] == [10_000]


def test_a_name_with_a_control_character_is_cleaned_and_counted(write_file):
    report = parse(write_file, HEADER
                   + "Ana\x01 Costa\tJoined\t9/21/2021, 10:00:00 AM\n"
                   + "Ana Costa\tLeft\t9/21/2021, 10:10:00 AM\n")
    assert rows_of(report) == [(2, "Ana Costa", None, 10, at(10, 0), at(10, 10))]
    assert report.cleaned_values == 1


def test_an_e_mail_with_an_invisible_character_is_the_same_person(write_file):
    report = parse(write_file,
                   "Full Name\tUser Action\tTimestamp\tEmail\n"
                   "Ana Costa\tJoined\t9/21/2021, 10:00:00 AM\tana@ex\u200bample.org\n"
                   "Ana Costa\tLeft\t9/21/2021, 10:10:00 AM\tana@example.org\n")
    assert rows_of(report) == [(2, "Ana Costa", "ana@example.org", 10, at(10, 0), at(10, 10))]


def test_a_join_and_a_leave_one_with_a_time_zone_one_without_count_no_time(write_file):
    """Naive and zone-aware timestamps cannot be subtracted: no made-up minutes, no crash;
    a leave that cannot be compared with the one kept does not replace it (the merge's rule)."""
    report = parse(write_file, HEADER
                   + "Ana Costa\tJoined\t2021-09-21 10:00:00\n"
                   + "Ana Costa\tLeft\t2021-09-21 10:29:29\n"  # 29 min 29 s: 29 minutes
                   + "Ana Costa\tJoined\t2021-09-21 10:40:00\n"
                   + "Ana Costa\tLeft\t2021-09-21 10:50:00+00:00\n"  # adds nothing, not even a second
                   + "Bo Li\tJoined\t2021-09-21 10:00:00+00:00\n"
                   + "Bo Li\tLeft\t2021-09-21 10:45:00\n")
    assert rows_of(report) == [
        (2, "Ana Costa", None, 29, at(10, 0), datetime(2021, 9, 21, 10, 29, 29)),
        (6, "Bo Li", None, 0, datetime(2021, 9, 21, 10, tzinfo=timezone(timedelta(0))), at(10, 45)),
    ]


def test_a_leave_before_the_meeting_start_counts_no_time(write_file):
    report = parse(write_file, "Meeting Start Time\t9/21/2021, 10:00:00 AM\n\n" + HEADER
                   + "Ana Costa\tLeft\t9/21/2021, 9:58:00 AM\n"
                   + "Bo Li\tLeft\t9/21/2021, 9:58:00 AM\n"
                   + "Bo Li\tJoined\t9/21/2021, 10:00:00 AM\n"
                   + "Bo Li\tLeft\t9/21/2021, 10:29:29 AM\n")  # 29 min 29 s: 29 minutes
    assert rows_of(report) == [
        (4, "Ana Costa", None, 0, at(10, 0), at(9, 58)),
        (5, "Bo Li", None, 29, at(10, 0), datetime(2021, 9, 21, 10, 29, 29)),
    ]


def test_a_time_zone_stamp_among_plain_ones_does_not_end_the_list(write_file):
    """The list ends at its latest timestamp; one that cannot be compared with the others
    (written with a time zone among times without) does not move that end."""
    report = parse(write_file, HEADER
                   + "Ana Costa\tJoined\t2021-09-21 10:00:00\n"
                   + "Li Wei\tJoined\t2021-09-21 10:10:00\n"
                   + "Li Wei\tLeft\t2021-09-21 10:40:00\n"
                   + "Bo Li\tJoined\t2021-09-21 10:50:00+00:00\n")
    assert rows_of(report)[0] == (2, "Ana Costa", None, 40, at(10, 0), at(10, 40))


def test_a_name_written_like_an_address_is_not_the_person_with_that_address(write_file):
    """As when people are merged: a row without an address is matched by name only."""
    report = parse(write_file,
                   "Full Name\tUser Action\tTimestamp\tEmail\n"
                   "ana@example.org\tJoined\t9/21/2021, 10:00:00 AM\t\n"
                   "Ana Costa\tLeft\t9/21/2021, 10:30:00 AM\tana@example.org\n")
    assert rows_of(report) == [
        (2, "ana@example.org", None, 30, at(10, 0), at(10, 30)),
        (3, "Ana Costa", "ana@example.org", 0, None, at(10, 30)),
    ]


def test_without_a_role_column_a_name_that_is_a_role_word_is_still_an_attendee(write_file):
    """Only a role column leaves organizers out: a room system called "Presenter" is a participant."""
    report = parse(write_file, "User Action\tFull Name\tTimestamp\n"
                   "Joined\tPresenter\t9/21/2021, 10:00:00 AM\n"
                   "Left\tPresenter\t9/21/2021, 10:30:00 AM\n")
    assert not report.problems
    assert rows_of(report) == [(2, "Presenter", None, 30, at(10, 0), at(10, 30))]
