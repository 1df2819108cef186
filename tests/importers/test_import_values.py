"""Cell-value parsers: the spellings each platform uses for dates, durations, yes/no."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from ocse_planner.importers.values import is_email, parse_datetime, parse_minutes, parse_yes_no
from ocse_planner.services.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01/25/2022 12:58:31 PM", datetime(2022, 1, 25, 12, 58, 31)),  # Zoom
        ("01/25/2022 12:05:00 AM", datetime(2022, 1, 25, 0, 5)),
        ("1/5/2022 1:02 PM", datetime(2022, 1, 5, 13, 2)),
        ("Jan 25, 2022 12:58:31", datetime(2022, 1, 25, 12, 58, 31)),  # Zoom
        ("Mar 28, 2020 8:07 AM", datetime(2020, 3, 28, 8, 7)),
        ("7/22/26, 7:02:11 PM", datetime(2026, 7, 22, 19, 2, 11)),  # Teams
        ("9/21/2021, 10:03:42 AM", datetime(2021, 9, 21, 10, 3, 42)),  # Teams classic
        ("21/09/2021 10:03:42", datetime(2021, 9, 21, 10, 3, 42)),  # day first: 21 > 12
        ("25.01.2022 12:58", datetime(2022, 1, 25, 12, 58)),
        ("2022/01/25 08:00", datetime(2022, 1, 25, 8, 0)),
        ("2022-01-25 12:58:31", datetime(2022, 1, 25, 12, 58, 31)),
        ("2022-01-25T12:58:31", datetime(2022, 1, 25, 12, 58, 31)),
        ("25 janv. 2022 12:58", datetime(2022, 1, 25, 12, 58)),
        ("01/25/2022", datetime(2022, 1, 25)),
    ],
)
def test_parse_datetime_naive(text, expected):
    assert parse_datetime(text) == expected


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("2022-01-25T12:58:31+01:00", timedelta(hours=1)),
        ("2022-01-25T12:58:31Z", timedelta(0)),
        ("01/25/2022 12:58:31 PM UTC", timedelta(0)),
        ("01/25/2022 12:58:31 -05:00", timedelta(hours=-5)),
    ],
)
def test_parse_datetime_keeps_offsets(text, offset):
    parsed = parse_datetime(text)
    assert parsed.utcoffset() == offset
    assert parsed.replace(tzinfo=None) == datetime(2022, 1, 25, 12, 58, 31)


@pytest.mark.parametrize(
    "text", ["", "yesterday", "13/45/2022 10:00", "01/25/2022 13:00 PM", "02/30/2022", "Foo 25, 2022"]
)
def test_parse_datetime_rejects(text):
    with pytest.raises(ValidationError):
        parse_datetime(text)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("45", 2700), ("45.5", 2730), ("45,5", 2730), ("0", 0),
        ("1h 2m 3s", 3723), ("45m 10s", 2710), ("32s", 32), ("2h", 7200), ("1 hr 5 min", 3900),
        ("1:02:03", 3723), ("47:03", 2823),
    ],
)
def test_parse_minutes(text, seconds):
    assert parse_minutes(text) == pytest.approx(seconds)


@pytest.mark.parametrize(
    "text", ["-5", "-1h", "abc", "nan", "inf", "1h 2x", "h", "1e306", "99999999999h", "9999999999:00:00"]
)
def test_parse_minutes_rejects(text):
    with pytest.raises(ValidationError):
        parse_minutes(text)


@pytest.mark.parametrize("text", ["yes", "YES", "y", "true", "TRUE", "1", "oui", "Oui", "x", "Checked In"])
def test_yes(text):
    assert parse_yes_no(text) is True


@pytest.mark.parametrize("text", ["no", "No", "false", "0", "non", "NON", "n"])
def test_no(text):
    assert parse_yes_no(text) is False


def test_yes_no_rejects():
    with pytest.raises(ValidationError, match="'maybe'"):
        parse_yes_no("maybe")


@pytest.mark.parametrize(
    "text", ["ana@example.com", "Ana.Costa+webinar@sub.example.co.uk", "geneviève@exemple.québec"]
)
def test_email_accepts(text):
    assert is_email(text)


@pytest.mark.parametrize(
    "text", ["ana", "ana@", "@example.com", "ana@example", "ana at example.com", "a b@example.com",
             "ana@example.com; li@example.com", "<ana@example.com>"]
)
def test_email_rejects(text):
    assert not is_email(text)


def test_utc_constant():
    assert parse_datetime("2022-01-25 10:00:00+00:00").tzinfo == timezone.utc


# --- the edges of the date-time rules ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "01/25/2022 0:30 AM",  # there is no hour 0 on a 12-hour clock
        "01/25/2022 00:30 PM",
        "01/25/2022 13:00 AM",
        "01/25/2022 13:00 PM",
        "1/25/202 10:00",  # a three-digit year
        "1/25/2 10:00",  # a one-digit year
        "1/25/20222 10:00",
        "01/25/2022 24:00",
        "01/25/2022 10:60",
        "01/25/2022 10:00:61",
        "13/13/2022",
        "00/12/2022",
        "Jan 32, 2022",
        "Smarch 5, 2022",
    ],
)
def test_impossible_dates_and_times_are_refused_with_the_cell_quoted(text):
    with pytest.raises(ValidationError) as caught:
        parse_datetime(text)
    assert str(caught.value) == f"'{text}' is not a date and time this importer understands"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01/25/2022 12:00 AM", datetime(2022, 1, 25, 0, 0)),  # midnight
        ("01/25/2022 12:30 PM", datetime(2022, 1, 25, 12, 30)),  # noon
        ("01/25/2022 1:00 AM", datetime(2022, 1, 25, 1, 0)),
        ("01/25/2022 11:59 PM", datetime(2022, 1, 25, 23, 59)),
        ("01/25/2022 11:59 p.m.", datetime(2022, 1, 25, 23, 59)),
        ("01/25/2022 9:05 am", datetime(2022, 1, 25, 9, 5)),
        ("01/25/2022 21:05", datetime(2022, 1, 25, 21, 5)),  # 24-hour clock without AM/PM
        ("01/25/2022 00:05", datetime(2022, 1, 25, 0, 5)),
        ("01/25/2022 10:00:07.250", datetime(2022, 1, 25, 10, 0, 7)),  # fractions of a second dropped
        ("01/25/99 10:00", datetime(2099, 1, 25, 10, 0)),  # two-digit years are this century
        ("01/25/00", datetime(2000, 1, 25)),
        ("  01/25/2022 10:00  ", datetime(2022, 1, 25, 10, 0)),
    ],
)
def test_twelve_and_twenty_four_hour_clocks(text, expected):
    assert parse_datetime(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/01/2022", datetime(2022, 12, 1)),  # 12 can be a month: US order
        ("13/01/2022", datetime(2022, 1, 13)),  # 13 cannot: day first
        ("31/12/2022", datetime(2022, 12, 31)),
        ("01.12.2022", datetime(2022, 12, 1)),  # dots: European order even when both fit
        ("1-12-2022", datetime(2022, 1, 12)),
        ("2022.12.01", datetime(2022, 12, 1)),  # year first is always year-month-day
        ("2022-12-1 08:00", datetime(2022, 12, 1, 8, 0)),
    ],
)
def test_day_first_only_when_the_first_number_cannot_be_a_month(text, expected):
    assert parse_datetime(text) == expected


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("01/25/2022 10:00 +05:30", timedelta(hours=5, minutes=30)),  # India
        ("01/25/2022 10:00 +0530", timedelta(hours=5, minutes=30)),
        ("01/25/2022 10:00 -03:30", -timedelta(hours=3, minutes=30)),  # Newfoundland
        ("01/25/2022 10:00 -0230", -timedelta(hours=2, minutes=30)),
        ("01/25/2022 10:00 +12:45", timedelta(hours=12, minutes=45)),  # Chatham
        ("01/25/2022 10:00 GMT", timedelta(0)),
        ("01/25/2022 10:00Z", timedelta(0)),
        ("Jan 25, 2022 10:00 AM -05:00", -timedelta(hours=5)),
    ],
)
def test_offsets_with_minutes_are_kept(text, offset):
    parsed = parse_datetime(text)
    assert parsed.utcoffset() == offset
    assert parsed.replace(tzinfo=None) == datetime(2022, 1, 25, 10, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 28, 2020 8:07 PM", datetime(2020, 3, 28, 20, 7)),
        ("Sept 5 2021", datetime(2021, 9, 5)),
        ("DEC 31, 2021 23:59:59", datetime(2021, 12, 31, 23, 59, 59)),
        ("5 août 2021 14:00", datetime(2021, 8, 5, 14, 0)),
        ("5 févr 2021", None),  # an unknown abbreviation
        ("1 décembre 2021", datetime(2021, 12, 1)),
        ("Jan. 25, 2022", datetime(2022, 1, 25)),
        ("25 janv., 2022", datetime(2022, 1, 25)),
    ],
)
def test_month_names_in_english_and_french(text, expected):
    if expected is None:
        with pytest.raises(ValidationError):
            parse_datetime(text)
    else:
        assert parse_datetime(text) == expected


def test_iso_dates_with_and_without_time():
    assert parse_datetime("2022-01-25") == datetime(2022, 1, 25)
    assert parse_datetime("2022-01-25 07:08:09.5") == datetime(2022, 1, 25, 7, 8, 9, 500000)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-5", "the number of minutes cannot be negative ('-5')"),
        ("-1h", "a duration cannot be negative ('-1h')"),
        ("nan", "'nan' is not a number of minutes"),
        ("abc", "'abc' is not a number of minutes or a duration"),
        ("1000000.5", "'1000000.5' is not a plausible attendance time"),
        ("x" * 100, "'" + "x" * 59 + "…' is not a number of minutes or a duration"),
    ],
)
def test_minutes_errors_quote_the_cell(text, message):
    with pytest.raises(ValidationError) as caught:
        parse_minutes(text)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("1000000", 60_000_000),  # the longest plausible attendance
        ("1,5", 90), ("1.5h", 5400), ("1,5 h", 5400), ("2 hours 3 minutes 4 seconds", 7384),
        ("90 mins", 5400), ("10 sec", 10), ("0:00:00", 0), ("100:00:00", 360000),
        ("47:03.9", 2823), ("  45 ", 2700),
    ],
)
def test_more_minutes_spellings(text, seconds):
    assert parse_minutes(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["1:2:3", "1:023", "12,5,5", "", " ", "h m s"])
def test_malformed_durations_are_refused(text):
    with pytest.raises(ValidationError):
        parse_minutes(text)


@pytest.mark.parametrize(("text", "expected"), [("  Yes ", True), ("did  not\tattend", False), ("PRÉSENT", True)])
def test_yes_no_ignores_case_and_spacing(text, expected):
    assert parse_yes_no(text) is expected


def test_yes_no_error_quotes_the_cell():
    with pytest.raises(ValidationError) as caught:
        parse_yes_no("perhaps")
    assert str(caught.value) == "'perhaps' is not a yes/no value"


@pytest.mark.parametrize("text", ["20220125", "2022012510:00", "2022-1"])
def test_compact_and_partial_dates_are_refused(text):
    with pytest.raises(ValidationError):
        parse_datetime(text)


def test_iso_week_dates_are_read_as_iso():
    assert parse_datetime("2022-W04-2") == datetime(2022, 1, 25)


@pytest.mark.parametrize("text", ["12,5,5", "1,2,3"])
def test_more_than_one_decimal_comma_is_not_a_number_of_minutes(text):
    with pytest.raises(ValidationError) as caught:
        parse_minutes(text)
    assert str(caught.value) == f"'{text}' is not a number of minutes or a duration"


def test_a_cell_is_quoted_whole_up_to_sixty_characters():
    from ocse_planner.importers.values import quote

    assert quote("x" * 60) == "'" + "x" * 60 + "'"
    assert quote("x" * 61) == "'" + "x" * 59 + "…'"
    assert quote("  padded  ") == "'padded'"
    assert quote("abcdef", limit=4) == "'abc…'"
