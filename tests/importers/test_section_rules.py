"""Section titles: a lone title row ends the attendee table of a Zoom or Teams report.

Zoom and Teams write several tables in one file, each under a title ("Attendee Details",
"3. In-Meeting Activities"); the attendees are those of the first table only, and a row
that merely looks short is not a title.
"""

from __future__ import annotations

import pytest

from ocse_planner.importers import parse_attendance_file
from ocse_planner.importers.headers import guess_header

ZOOM = "User Name (Original Name),Email,Attended,Time in Session (minutes)\nAna Costa,ana@example.org,Yes,30\n"


@pytest.mark.parametrize("title", [
    "Attendee Report", "Registration Report", "Other Attended", "Meeting Summary", "Summary", "Participants",
    "In-Meeting Activities", "Activities", "Host Details", "Panelist Details", "Other details",
    "2. Participants", "10) Q&A", "3 .Chat", "Summary:", "  PARTICIPANTS:,",
])
def test_a_title_row_after_the_table_ends_it(write_file, title):
    path = write_file("zoom.csv", ZOOM + f'"{title}",, ,\nBo Li,bo@example.org,Yes,10\n')
    report = parse_attendance_file(path)
    assert not report.problems
    assert [r.name for r in report.rows] == ["Ana Costa"]


@pytest.mark.parametrize("row", [
    '"Participants",x@example.org,,',  # a second cell filled
    '"Participants",,,5',  # the last cell filled
    '"123. Participants",,,',  # three digits do not number a section
    '"Q&A",,,',  # not a known title
])
def test_a_short_row_that_is_not_a_lone_title_is_an_attendee(write_file, row):
    path = write_file("zoom.csv", ZOOM + row + "\nBo Li,bo@example.org,Yes,10\n")
    report = parse_attendance_file(path)
    assert not report.problems
    assert [r.name for r in report.rows] == ["Ana Costa", row.split(",")[0].strip('"'), "Bo Li"]


def test_the_widest_row_seen_first_is_the_guessed_header_without_trailing_blanks():
    rows = [(1, ["Webinar export"]), (2, ["\ufeffWho ", " Mail", "", ""]), (3, ["Ana", "a@example.org", ""]),
            (4, ["Bo", "", "", "y"])]
    assert guess_header(rows) == (2, ["Who", "Mail"])
    assert guess_header([(1, [" ", "  "]), (2, [])]) == (None, [])


def test_a_list_of_one_column_is_offered_to_the_column_chooser(write_file):
    from ocse_planner.importers import UnknownLayoutError

    with pytest.raises(UnknownLayoutError) as caught:
        parse_attendance_file(write_file("list.csv", "Participant\nAna Costa\nBo Li\n"))
    assert (caught.value.header_row, caught.value.headers) == (1, ["Participant"])
