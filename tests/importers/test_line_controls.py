"""A line break written as a control character (a spreadsheet cell's vertical tab, a form
feed) separates words in an imported name: it becomes a space, and the change is counted."""

from __future__ import annotations

from ocse_planner.importers import parse_attendance_file


def test_a_vertical_tab_in_a_name_is_a_space_and_counted(write_file):
    rows = b"".join(b"Ana\x0bCosta %d\x0c,a%d@example.org\n" % (i, i) for i in range(5))
    report = parse_attendance_file(write_file("mac.csv", b"name,email\n" + rows))
    assert [r.name for r in report.rows] == [f"Ana Costa {i}" for i in range(5)]
    assert report.cleaned_values == 5  # the names; the addresses were clean
