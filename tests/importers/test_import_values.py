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
