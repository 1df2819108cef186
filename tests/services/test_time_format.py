"""One way to write a clock time: "1:10 p.m.", each end of a range with its own zone."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from ocse_planner.services import time_format
from ocse_planner.services.errors import ValidationError
from ocse_planner.services.time_format import (
    ClockStyle,
    clock,
    clock_range,
    clock_style,
    dated_range,
    parse_time_of_day,
    time_of_day,
)

TORONTO = "America/Toronto"


@pytest.mark.parametrize(("value", "text"), [
    (time(13, 10), "1:10 p.m."), (time(0, 0), "12:00 a.m."), (time(12, 0), "12:00 p.m."),
    (time(9, 5), "9:05 a.m."), (time(23, 59), "11:59 p.m."), (time(11, 59), "11:59 a.m."),
])
def test_english_times_are_twelve_hour_with_periods(value, text):
    assert time_of_day(value) == text
    assert parse_time_of_day(text) == value  # what is shown can be typed back


def test_a_range_names_one_zone_when_the_offset_does_not_change():
    start = datetime(2022, 1, 25, 18, 0, tzinfo=UTC)  # 1:00 p.m. EST
    assert clock_range(start, start + timedelta(hours=2), TORONTO) == "1:00 p.m. – 3:00 p.m. EST"
    assert clock_range(start, start + timedelta(hours=2), TORONTO, with_zone=False) == "1:00 p.m. – 3:00 p.m."
    assert clock(start, "America/Vancouver") == "10:00 a.m."


def test_a_range_across_the_fall_back_change_names_each_ends_zone():
    """01:30 EDT + 60 minutes is 01:30 EST, not "01:30–02:30 EDT"."""
    start = datetime(2023, 11, 5, 5, 30, tzinfo=UTC)  # 1:30 a.m. EDT, the first of the two
    assert clock_range(start, start + timedelta(minutes=60), TORONTO) == "1:30 a.m. EDT – 1:30 a.m. EST"
    # without zones the two equal times would read as an empty range: the zones stay
    assert clock_range(start, start + timedelta(minutes=60), TORONTO, with_zone=False) == \
        "1:30 a.m. EDT – 1:30 a.m. EST"
    assert clock_range(start, start + timedelta(minutes=120), TORONTO) == "1:30 a.m. EDT – 2:30 a.m. EST"


def test_a_range_across_the_spring_forward_change():
    start = datetime(2023, 3, 12, 6, 30, tzinfo=UTC)  # 1:30 a.m. EST
    assert clock_range(start, start + timedelta(minutes=60), TORONTO) == "1:30 a.m. EST – 3:30 a.m. EDT"


def test_dated_range_gives_the_end_date_when_it_is_another_day():
    start = datetime(2022, 1, 26, 4, 30, tzinfo=UTC)  # 11:30 p.m. EST on the 25th
    assert dated_range(start, start + timedelta(hours=1), TORONTO) == \
        "2022-01-25 11:30 p.m. EST – 2022-01-26 12:30 a.m. EST"
    assert dated_range(start, start + timedelta(minutes=20), TORONTO) == "2022-01-25 11:30 p.m. – 11:50 p.m. EST"


def test_french_writes_the_canadian_way_and_other_languages_fall_back_to_english():
    moment = datetime(2022, 1, 25, 18, 10, tzinfo=UTC)
    assert clock(moment, TORONTO, "fr_CA") == "13 h 10"
    assert clock_range(moment, moment + timedelta(minutes=50), TORONTO, "fr") == "13 h 10 à 14 h (HNE)"
    fall = datetime(2023, 11, 5, 5, 30, tzinfo=UTC)
    assert clock_range(fall, fall + timedelta(hours=1), TORONTO, "fr") == "1 h 30 (HAE) à 1 h 30 (HNE)"
    assert clock_style("fr-CA").language == "fr" and clock_style("en_CA").language == "en"
    assert clock_style("de_DE").language == "en" and clock_style(None).language == "en"
    assert clock(moment, TORONTO, "en") == "1:10 p.m."


def test_a_new_language_is_one_entry_and_messages_follow_the_interface(monkeypatch):
    def spanish(hour: int, minute: int) -> str:
        return f"{hour}:{minute:02d}"

    monkeypatch.setitem(time_format.STYLES, "es", ClockStyle("es", spanish, "–", "H:mm", "es_ES"))
    moment = datetime(2022, 1, 25, 18, 10, tzinfo=UTC)
    assert clock(moment, TORONTO, "es_MX") == "13:10"
    try:
        time_format.set_language("fr")  # what i18n.activate does with the interface's language
        assert clock(moment, TORONTO) == "13 h 10" and time_of_day(time(9, 5)) == "9 h 05"
    finally:
        time_format.set_language(None)
    assert clock(moment, TORONTO) == "1:10 p.m."


@pytest.mark.parametrize(("text", "value"), [
    ("13:10", time(13, 10)), ("1:10pm", time(13, 10)), ("1 PM", time(13, 0)), ("13 h 10", time(13, 10)),
    ("12 a.m.", time(0, 0)), (" 9:05 ", time(9, 5)),
])
def test_typed_times_in_the_forms_people_use(text, value):
    assert parse_time_of_day(text) == value


@pytest.mark.parametrize(("text", "why"), [
    ("25:00", "is not a time of day"), ("13 p.m.", "the hour is 1 to 12"), ("noonish", "is not a time of day"),
    ("1:5", "is not a time of day"), ("12:60", "is not a time of day"), ("", "is not a time of day"),
])
def test_what_is_not_a_time_is_refused_with_a_reason(text, why):
    with pytest.raises(ValidationError, match=why) as caught:
        parse_time_of_day(text, field="start")
    assert caught.value.arguments == {"text": text.strip()} and caught.value.field == "start"


def test_a_language_asked_for_wins_over_the_interfaces(monkeypatch):
    """A document written in English while the window speaks French (and the reverse)
    writes every time in the document's language, range separator included."""
    monkeypatch.setitem(time_format.STYLES, "es", ClockStyle("es", lambda h, m: f"{h}:{m:02d}", "–", "H:mm", "es_ES"))
    start = datetime(2022, 1, 25, 18, 0, tzinfo=UTC)  # 1:00 p.m. EST
    late = datetime(2022, 1, 26, 4, 30, tzinfo=UTC)  # 11:30 p.m. EST on the 25th
    try:
        time_format.set_language("fr")
        assert time_of_day(time(13, 10), "en") == "1:10 p.m."
        assert dated_range(start, start + timedelta(hours=2), TORONTO, "en") == "2022-01-25 1:00 p.m. – 3:00 p.m. EST"
        assert dated_range(late, late + timedelta(hours=1), TORONTO, "en") == \
            "2022-01-25 11:30 p.m. EST – 2022-01-26 12:30 a.m. EST"
        time_format.set_language("en")
        assert time_of_day(time(13, 10), "fr") == "13 h 10"
        assert clock_range(start, start + timedelta(hours=2), TORONTO, "es") == "13:00–15:00 EST"
        assert dated_range(start, start + timedelta(hours=2), TORONTO, "es") == "2022-01-25 13:00–15:00 EST"
        assert dated_range(late, late + timedelta(hours=1), TORONTO, "es") == \
            "2022-01-25 23:30 EST–2022-01-26 0:30 EST"
        assert dated_range(late, late + timedelta(hours=1), TORONTO, "fr") == \
            "2022-01-25 23 h 30 (HNE) à 2022-01-26 0 h 30 (HNE)"
    finally:
        time_format.set_language(None)


@pytest.mark.parametrize("text", ["1:10 p. m.", "1:10 P. M.", "1:10 p.m", "1:10 PM"])
def test_the_afternoon_marker_may_be_spaced_or_capitalised(text):
    assert parse_time_of_day(text) == time(13, 10)


def test_a_refused_time_says_why_in_a_sentence_and_names_the_time_field_by_default():
    with pytest.raises(ValidationError) as caught:
        parse_time_of_day(" noonish ")
    assert str(caught.value) == "“noonish” is not a time of day (for example 1:10 p.m. or 13:10)."
    assert caught.value.field == "time"
    with pytest.raises(ValidationError) as caught:
        parse_time_of_day("13 p.m.")
    assert str(caught.value) == "“13 p.m.”: with a.m. or p.m. the hour is 1 to 12."


@pytest.mark.parametrize("text", ["24:00", "24", "24 h 00"])
def test_midnight_is_written_00_00_not_24_00(text):
    with pytest.raises(ValidationError, match="is not a time of day"):
        parse_time_of_day(text)


def test_documents_write_dates_and_numbers_the_canadian_way_in_each_language():
    from datetime import date

    from ocse_planner.services.time_format import full_date, long_date, month_year, number, percent

    assert long_date(date(2022, 1, 25), "fr") == "le mardi 25 janvier 2022"
    assert long_date(date(2022, 2, 1), "fr_CA") == "le mardi 1er février 2022"
    assert long_date(date(2022, 1, 25), "en") == "Tuesday, January 25, 2022"
    # an instant is dated in its zone: 00:30 UTC on the 26th is still the 25th in Toronto
    assert long_date(datetime(2022, 1, 26, 0, 30, tzinfo=UTC), "fr", TORONTO) == "le mardi 25 janvier 2022"
    assert full_date(date(2022, 3, 1), "fr") == "1er mars 2022" and full_date(date(2022, 3, 1), "en") == "March 1, 2022"
    assert month_year(date(2022, 2, 22), "fr") == "février 2022" and month_year(date(2022, 2, 22), "en") == "February 2022"
    assert percent(82, "fr") == "82\u00a0%" and percent(82, "en") == "82%"
    assert percent(82.5, "fr", None) == "82,5\u00a0%" and percent(82.0, "en", None) == "82%"
    assert number(1234567, "fr") == "1\u00a0234\u00a0567" and number(1234567, "en") == "1,234,567"


def test_a_french_range_reads_de_13_h_a_15_h():
    start = datetime(2022, 1, 25, 18, 0, tzinfo=UTC)
    assert clock_range(start, start + timedelta(hours=2), TORONTO, "fr") == "13 h à 15 h (HNE)"
    assert clock(datetime(2022, 1, 25, 14, 5, tzinfo=UTC), TORONTO, "fr") == "9 h 05"


def test_a_number_with_decimals_is_grouped_and_pointed_the_way_its_language_writes_it():
    assert time_format.number(1234.5, "en", decimals=1) == "1,234.5"
    assert time_format.number(1234.5, "fr", decimals=1) == "1\u00a0234,5"
