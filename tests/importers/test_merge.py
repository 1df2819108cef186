"""One row per person: the segments of someone who left and came back are folded together."""

from __future__ import annotations

from datetime import datetime

from ocse_planner.importers.merge import SegmentMerger


def test_segments_of_one_person_become_one_row_with_the_time_summed():
    merger = SegmentMerger()
    merger.add((2, "Ana Costa", "Ana@Example.org", None, None, True, True, 600.0,
                datetime(2022, 1, 25, 13, 0), datetime(2022, 1, 25, 13, 10)))
    merger.add((3, "Bo Li", None, "RCMP", None, False, True, 60.0, None, None))
    merger.add((4, "Ana C.", "ana@example.org", "Public Safety", "Government", False, True, 1200.0,
                datetime(2022, 1, 25, 13, 20), datetime(2022, 1, 25, 13, 40)))
    assert len(merger) == 2
    ana, bo = merger.rows()
    assert (ana.row_number, ana.name, ana.email, ana.organization, ana.sector) == (
        2, "Ana Costa", "Ana@Example.org", "Public Safety", "Government")
    assert (ana.registered, ana.attended, ana.minutes_attended) == (True, True, 30)
    assert (ana.first_join, ana.last_leave) == (datetime(2022, 1, 25, 13, 0), datetime(2022, 1, 25, 13, 40))
    assert (bo.name, bo.minutes_attended) == ("Bo Li", 1)


def test_without_e_mail_one_name_is_one_person_and_gains_no_address():
    merger = SegmentMerger()
    merger.add((2, "Bo Li", None, None, None, False, True, 60.0, None, None))
    merger.add((3, " bo  LI ", None, "RCMP", "Law enforcement", True, True, 120.0, None, None))
    (bo,) = merger.rows()
    assert (bo.name, bo.email, bo.organization, bo.sector, bo.registered, bo.minutes_attended) == (
        "Bo Li", None, "RCMP", "Law enforcement", True, 3)


def test_segments_listed_out_of_time_order_keep_the_earliest_join_and_the_latest_leave():
    merger = SegmentMerger()
    merger.add((2, "Ana Costa", "ana@example.org", None, None, False, True, 1200.0,
                datetime(2022, 1, 25, 13, 20), datetime(2022, 1, 25, 13, 40)))
    merger.add((3, "Ana Costa", "ana@example.org", None, None, False, True, 600.0,
                datetime(2022, 1, 25, 13, 0), datetime(2022, 1, 25, 13, 10)))
    [ana] = merger.rows()
    assert (ana.first_join, ana.last_leave) == (datetime(2022, 1, 25, 13, 0), datetime(2022, 1, 25, 13, 40))


def test_a_walk_in_seen_twice_stays_unregistered_though_present():
    # Registered and attended are separate facts: folding two segments must not
    # turn "was there" into "had registered".
    merger = SegmentMerger()
    merger.add((2, "Ana Costa", "ana@example.org", None, None, False, True, 600.0, None, None))
    merger.add((3, "Ana Costa", "ana@example.org", None, None, False, True, 600.0, None, None))
    (ana,) = merger.rows()
    assert (ana.registered, ana.attended, ana.minutes_attended) == (False, True, 20)


def test_a_registrant_who_never_came_stays_absent_when_listed_twice():
    merger = SegmentMerger()
    merger.add((2, "Bo Li", "bo@example.org", None, None, True, False, None, None, None))
    merger.add((3, "Bo Li", "bo@example.org", None, None, True, False, None, None, None))
    (bo,) = merger.rows()
    assert (bo.registered, bo.attended, bo.minutes_attended) == (True, False, 0)
