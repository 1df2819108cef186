"""The facts written above a report's table (its summary): which rows are read, how.

The summary names the session a report belongs to (Zoom's Topic and Webinar ID, Teams'
meeting title and times); importers/preamble.py reads it from the rows above the header.
"""

from __future__ import annotations

from ocse_planner.importers.preamble import extract_summary


def test_a_block_may_start_with_a_meeting_id_or_a_webinar_id_written_with_a_colon():
    assert extract_summary([["Meeting ID", "Topic"], ["912 3456", " Weekly "]]) == {
        "Meeting ID": "912 3456", "Topic": "Weekly"}
    assert extract_summary([["Webinar ID:", "Topic", "Host"], ["912", "Data", "Ana Costa"]]) == {
        "Webinar ID": "912", "Topic": "Data", "Host": "Ana Costa"}


def test_a_block_of_names_then_values_may_end_the_rows_above_the_table():
    assert extract_summary([["Report Generated:", "Apr 09, 2020"], ["Topic", "Webinar ID"],
                            ["Data Sharing", "912"]]) == {
        "Report Generated": "Apr 09, 2020", "Topic": "Data Sharing", "Webinar ID": "912"}


def test_a_block_name_on_the_last_row_is_read_as_a_fact_of_its_own():
    """Nothing below it holds its values: a two-cell row is a name and its value."""
    assert extract_summary([["Topic", "Webinar ID"]]) == {"Topic": "Webinar ID"}


def test_the_row_right_after_a_block_is_read():
    assert extract_summary([["Topic", "Webinar ID"], ["Data", "912"], ["Meeting title", "Weekly"]]) == {
        "Topic": "Data", "Webinar ID": "912", "Meeting title": "Weekly"}


def test_a_block_value_under_an_empty_name_is_left_out():
    assert extract_summary([["Topic", "", "Webinar ID"], ["Data", "orphan", "912"]]) == {
        "Topic": "Data", "Webinar ID": "912"}


def test_a_fact_is_a_row_of_two_filled_cells_even_with_blank_ones_between():
    assert extract_summary([["Meeting title", "  ", "Weekly"], ["Start time", "10:00", "x"],
                            ["Start time :", "9:58"]]) == {"Meeting title": "Weekly", "Start time": "9:58"}


def test_only_the_first_sixty_rows_are_read():
    rows = [[f"Key {i}", f"value {i}"] for i in range(1, 62)]
    summary = extract_summary(rows)
    assert list(summary) == [f"Key {i}" for i in range(1, 61)]


def test_a_name_of_500_characters_is_kept_and_a_value_is_cut_at_500():
    summary = extract_summary([["k" * 500, "v" * 600], ["Title", "Weekly"]])
    assert summary == {"k" * 500: "v" * 500, "Title": "Weekly"}


def test_a_name_ending_in_a_capital_x_keeps_it():
    assert extract_summary([["Registered via WEBEX:", "yes"], ["Webinar ID", "Topic"], ["912", "X"]]) == {
        "Registered via WEBEX": "yes", "Webinar ID": "912", "Topic": "X"}
