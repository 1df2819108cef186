"""One row per person: the segments of someone who left and came back are folded together."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

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


# -- minutes: the time a person was present, not the sum of their rows ------------------------

def at(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2022, 1, 25, hour, minute, second)


def minutes_of(*segments: tuple[float | None, datetime | None, datetime | None]) -> int:
    """The minutes of one person listed once per (seconds, join, leave)."""
    merger = SegmentMerger()
    for number, (seconds, join, leave) in enumerate(segments, start=2):
        merger.add((number, "Ana Costa", "ana@example.org", None, None, True, True, seconds, join, leave))
    (ana,) = merger.rows()
    return ana.minutes_attended


def span(start: datetime, end: datetime) -> tuple[float, datetime, datetime]:
    """A row whose reported time is its join-to-leave span."""
    return ((end - start).total_seconds(), start, end)


def test_a_person_on_two_devices_at_once_is_counted_for_the_time_they_were_present_not_twice():
    assert minutes_of(span(at(13, 0), at(14, 0)), span(at(13, 0), at(14, 0))) == 60


def test_a_rejoin_after_a_gap_adds_up():
    assert minutes_of(span(at(13, 0), at(13, 20)), span(at(13, 30), at(13, 50))) == 40


def test_a_rejoin_at_the_very_second_of_leaving_adds_up():
    assert minutes_of(span(at(13, 0), at(13, 30)), span(at(13, 30), at(14, 0))) == 60


def test_a_second_device_inside_the_first_ones_time_adds_nothing():
    assert minutes_of(span(at(13, 0), at(14, 0)), span(at(13, 15), at(13, 30))) == 60
    assert minutes_of(span(at(13, 15), at(13, 30)), span(at(13, 0), at(14, 0))) == 60


def test_partly_overlapping_devices_count_from_the_first_join_to_the_last_leave():
    assert minutes_of(span(at(13, 0), at(13, 40)), span(at(13, 20), at(14, 0))) == 60


def test_rows_in_any_order_give_the_same_minutes():
    rows = [span(at(13, 20), at(14, 0)), span(at(13, 0), at(13, 10)), span(at(13, 5), at(13, 30)),
            span(at(14, 30), at(14, 40)), span(at(13, 0), at(13, 5))]
    expected = 60 + 10  # 13:00-14:00, then 14:30-14:40
    for order in (rows, rows[::-1], sorted(rows), rows[2:] + rows[:2]):
        assert minutes_of(*order) == expected


def test_a_second_device_that_joined_at_the_same_moment_but_stayed_longer_counts_from_the_first_leave():
    assert minutes_of(span(at(13, 0), at(14, 0)), span(at(13, 0), at(13, 30))) == 60
    assert minutes_of(span(at(13, 0), at(13, 30)), span(at(13, 0), at(14, 0))) == 60


def test_the_minutes_a_report_gives_each_row_are_kept_when_rows_do_not_overlap():
    # Zoom rounds each row's "Time in Session" up: 31.5 and 25.5 minutes are reported as 32 and 26.
    assert minutes_of((32 * 60.0, at(12, 58, 30), at(13, 30)), (26 * 60.0, at(13, 35), at(14, 0, 30))) == 58


def test_the_overlapping_share_of_a_row_comes_off_its_reported_minutes_in_proportion():
    # The second row spans 13:30-14:30 but reports 30 minutes present (Teams leaves out its
    # own gaps): half of its span lies after 14:00, so half of its 30 minutes are new.
    assert minutes_of((3600.0, at(13, 0), at(14, 0)), (1800.0, at(13, 30), at(14, 30))) == 75


def test_rows_with_only_a_duration_are_summed_as_they_cannot_be_placed_in_time():
    assert minutes_of((1200.0, None, None), (600.0, None, None)) == 30
    assert minutes_of((1200.0, at(13, 0), None), (600.0, None, at(13, 5))) == 30


def test_a_row_with_a_join_but_no_leave_adds_its_minutes_to_the_time_present():
    assert minutes_of(span(at(13, 0), at(14, 0)), (600.0, at(13, 0), None), span(at(13, 0), at(14, 0))) == 70
    assert minutes_of(span(at(13, 0), at(14, 0)), (600.0, None, at(14, 0)), span(at(13, 0), at(14, 0))) == 70


def test_the_time_present_is_rounded_once_to_the_nearest_minute():
    # two devices for 89 seconds: 1 minute; for 90 seconds: 2; two 40-second visits: 1
    assert minutes_of(span(at(13, 0), at(13, 1, 29)), span(at(13, 0), at(13, 1, 29))) == 1
    assert minutes_of(span(at(13, 0), at(13, 1, 30)), span(at(13, 0), at(13, 1, 30))) == 2
    assert minutes_of(span(at(13, 0), at(13, 0, 40)), span(at(13, 5), at(13, 5, 40))) == 1


def test_a_duration_only_row_adds_to_the_time_present_of_the_timed_ones():
    # Two devices at once (60 minutes present), plus a row without times: it may have
    # overlapped, the import cannot tell, so its 10 minutes are added.
    assert minutes_of(span(at(13, 0), at(14, 0)), (600.0, None, None), span(at(13, 0), at(14, 0))) == 70


def test_a_row_without_minutes_adds_nothing_and_a_person_with_none_has_zero():
    assert minutes_of((None, at(13, 0), at(14, 0)), span(at(13, 0), at(13, 30))) == 30
    assert minutes_of((None, None, None), (None, at(13, 0), at(14, 0))) == 0


def test_a_row_that_leaves_before_it_joins_is_counted_as_written_not_placed():
    assert minutes_of(span(at(13, 0), at(14, 0)), (600.0, at(13, 40), at(13, 30))) == 70


def test_a_row_that_leaves_the_moment_it_joins_is_counted_as_written():
    assert minutes_of(span(at(13, 0), at(14, 0)), (60.0, at(13, 30), at(13, 30))) == 61


def test_times_with_and_without_a_time_zone_mixed_are_summed_as_written():
    aware = datetime(2022, 1, 25, 13, 0, tzinfo=UTC)
    assert minutes_of(span(at(13, 0), at(14, 0)), (3600.0, aware, aware + timedelta(hours=1))) == 120
    assert minutes_of((None, aware, aware), span(at(13, 0), at(13, 30)), (600.0, at(13, 0), aware)) == 40


def test_a_person_listed_thousands_of_times_is_folded_into_the_time_present():
    # a flaky connection: 3,000 one-minute rows every two minutes, each seen on two devices
    rows = [span(at(10, 0) + timedelta(minutes=2 * i), at(10, 1) + timedelta(minutes=2 * i)) for i in range(3000)]
    assert minutes_of(*rows, *rows) == 3000


# -- what else a person's rows give: the first stated text, attended if present at all -------

def fold(*segments: tuple) -> list:  # type: ignore[type-arg]
    merger = SegmentMerger()
    for segment in segments:
        merger.add(segment)
    return merger.rows()


def test_a_person_absent_on_one_row_and_present_on_another_attended():
    (ana,) = fold((2, "Ana Costa", "ana@example.org", None, None, True, False, None, None, None),
                  (3, "Ana Costa", "ana@example.org", None, None, True, True, 600.0, None, None))
    assert (ana.attended, ana.minutes_attended) == (True, 10)


def test_a_name_or_organization_missing_on_the_first_row_is_taken_from_a_later_one():
    (ana,) = fold((2, None, "ana@example.org", None, "Police", True, True, 60.0, None, None),
                  (3, "Ana Costa", "ana@example.org", "RCMP", "Police", True, True, 60.0, None, None))
    assert (ana.row_number, ana.name, ana.email, ana.organization) == (2, "Ana Costa", "ana@example.org", "RCMP")


def test_the_first_stated_organization_is_kept():
    (ana,) = fold((2, "Ana Costa", "ana@example.org", "RCMP", None, True, True, 60.0, None, None),
                  (3, "Ana Costa", "ana@example.org", "NCECC", None, True, True, 60.0, None, None),
                  (4, "Ana Costa", "ana@example.org", None, None, True, True, 60.0, None, None))
    assert ana.organization == "RCMP"


def test_a_person_whose_sector_field_is_empty_on_every_row_stays_not_stated():
    (ana,) = fold((2, "Ana Costa", "ana@example.org", None, "", True, True, 60.0, None, None),
                  (3, "Ana Costa", "ana@example.org", None, "", True, True, 60.0, None, None))
    assert ana.sector == ""



def test_a_person_listed_twice_in_a_file_without_a_sector_field_has_no_sector():
    (ana,) = fold((2, "Ana Costa", "ana@example.org", None, None, True, True, 60.0, None, None),
                  (3, "Ana Costa", "ana@example.org", None, None, True, True, 60.0, None, None))
    assert ana.sector is None
