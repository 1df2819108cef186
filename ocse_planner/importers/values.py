"""Parsers for individual cell values: dates, durations, yes/no, e-mail addresses.

Each platform writes the same facts differently (Zoom: ``01/25/2022 12:58:31 PM``
or ``Mar 28, 2020 08:07:27``; Teams: ``7/22/26, 7:02:11 PM`` and ``1h 2m 3s``;
our template: ``45`` and ``oui``).  All of that knowledge lives here so the
layout code only says *which* column means *what*.

The functions are called once per cell on files of up to hundreds of
thousands of rows, so the regular expressions are compiled once at import,
the common case is tried first, and failures are reported by raising a
``ValidationError`` whose template and arguments become a :class:`Problem`
(callers add the row and column).
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta, timezone

from ocse_planner.services.errors import ValidationError

#: Cell contents that mean "no value" in the exports we read (Zoom writes
#: ``--`` for the join time of people who registered but never came).
EMPTY_MARKERS = frozenset({"", "--", "-", "—", "n/a", "N/A"})

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january", "janv", "janvier"),
            ("feb", "february", "fev", "fév", "février", "fevrier"),
            ("mar", "march", "mars"),
            ("apr", "april", "avr", "avril"),
            ("may", "mai"),
            ("jun", "june", "juin"),
            ("jul", "july", "juil", "juillet"),
            ("aug", "august", "aou", "aoû", "août", "aout"),
            ("sep", "sept", "september", "septembre"),
            ("oct", "october", "octobre"),
            ("nov", "november", "novembre"),
            ("dec", "december", "déc", "décembre", "decembre"),
        ),
        start=1,
    )
    for name in names
}

_TZ = r"(?:\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2}))?"
_TIME = (
    r"(?:,?\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?)?"
)
# 01/25/2022 12:58:31 PM · 7/22/26, 7:02:11 PM · 25.01.2022 12:58 · 2022/01/25 08:00
_NUMERIC_DATE = re.compile(
    r"(?P<a>\d{1,4})[/.\-](?P<b>\d{1,2})[/.\-](?P<c>\d{1,4})" + _TIME + _TZ + r"\Z"
)
# Jan 25, 2022 12:58:31 · Mar 28, 2020 8:07 AM · 25 janv. 2022 12:58
_MONTH_FIRST = re.compile(
    r"(?P<mon>[^\W\d_]{3,9})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})" + _TIME + _TZ + r"\Z"
)
_DAY_FIRST = re.compile(
    r"(?P<d>\d{1,2})\s+(?P<mon>[^\W\d_]{3,9})\.?,?\s+(?P<y>\d{4})" + _TIME + _TZ + r"\Z"
)

# 1h 2m 3s · 45m 10s · 32s · 1 hr 5 min · 2 h
_HMS_WORDS = re.compile(
    r"(?:(?P<h>\d+(?:[.,]\d+)?)\s*h(?:ours?|rs?)?)?\s*"
    r"(?:(?P<m>\d+(?:[.,]\d+)?)\s*m(?:in(?:ute)?s?)?)?\s*"
    r"(?:(?P<s>\d+(?:[.,]\d+)?)\s*s(?:ec(?:ond)?s?)?)?\Z",
    re.IGNORECASE,
)
# 1:02:03 (h:mm:ss) · 47:03 (mm:ss)
_CLOCK = re.compile(r"(?:(?P<h>\d+):)?(?P<m>\d{1,2}):(?P<s>\d{2})(?:[.,]\d+)?\Z")

# Deliberately permissive: anything shaped like local@domain.tld, including
# accented (internationalised) addresses.  Exact RFC validation is pointless
# here; the goal is to catch "n/a", "john", "john@" and swapped columns.
EMAIL_PATTERN = re.compile(
    r"[^\s@<>()\[\],;:\"]+@(?:[^\s@<>()\[\],;:\".]+\.)+[^\s@<>()\[\],;:\".]{2,}\Z"
)

#: Longer attendance times are refused as garbage (and can never overflow).
MAX_SECONDS = 1_000_000 * 60.0

#: Recognised yes/no spellings, keyed by their casefolded form.
YES_NO: dict[str, bool] = {
    **dict.fromkeys(
        ("yes", "y", "true", "t", "1", "oui", "o", "vrai", "x", "attended",
         "present", "présent", "presente", "présente", "checked in"),
        True,
    ),
    **dict.fromkeys(
        ("no", "n", "false", "f", "0", "non", "faux", "absent", "absente",
         "did not attend", "not attended"),
        False,
    ),
}


def is_email(value: str) -> bool:
    """True when *value* looks like a single e-mail address."""
    return EMAIL_PATTERN.match(value) is not None


def parse_yes_no(value: str) -> bool:
    """Read yes/no/true/false/1/0/oui/non (any case); raise ValidationError otherwise."""
    result = YES_NO.get(" ".join(value.split()).casefold())
    if result is None:
        raise ValidationError("{value} is not a yes/no value", value=quote(value))
    return result


def parse_minutes(value: str) -> float:
    """Return a duration in *seconds* from a minutes cell or a duration text.

    A bare number is a number of minutes (``45``, ``45.5``, ``45,5``);
    ``1h 2m 3s``/``45m 10s``/``32s`` and ``1:02:03``/``47:03`` are durations.
    Negative, non-numeric and absurdly large values raise ValidationError.
    """
    try:
        minutes = float(value)
    except ValueError:
        seconds = _parse_duration_text(value)
    else:
        if math.isnan(minutes):
            raise ValidationError("{value} is not a number of minutes", value=quote(value))
        if minutes < 0:
            raise ValidationError("the number of minutes cannot be negative ({value})", value=quote(value))
        seconds = minutes * 60.0
    if seconds > MAX_SECONDS:
        raise ValidationError("{value} is not a plausible attendance time", value=quote(value))
    return seconds


def _parse_duration_text(value: str) -> float:
    text = value.strip()
    if text.startswith("-"):
        raise ValidationError("a duration cannot be negative ({value})", value=quote(value))
    if "," in text and text.replace(",", "", 1).isdigit():
        return float(text.replace(",", ".")) * 60.0  # 45,5 minutes
    match = _CLOCK.match(text)
    if match is not None:
        hours = int(match["h"] or 0)
        return hours * 3600.0 + int(match["m"]) * 60.0 + int(match["s"])
    match = _HMS_WORDS.match(text)
    if match is not None and text and any(match.group("h", "m", "s")):
        h, m, s = (float((g or "0").replace(",", ".")) for g in match.group("h", "m", "s"))
        return h * 3600.0 + m * 60.0 + s
    raise ValidationError("{value} is not a number of minutes or a duration", value=quote(value))


def parse_datetime(value: str) -> datetime:
    """Parse the date-time spellings used by Zoom, Teams, Eventbrite and Excel.

    ISO 8601 (with or without offset), ``MM/DD/YYYY hh:mm[:ss] [AM|PM]``
    (Zoom, Teams; two-digit years allowed, optional comma before the time),
    ``DD/MM/YYYY`` when the first number cannot be a month, ``DD.MM.YYYY``,
    ``YYYY/MM/DD`` and ``Mon DD, YYYY hh:mm[:ss] [AM|PM]`` (Zoom).  A trailing
    ``Z``/``UTC``/``GMT``/``+hh:mm`` makes the result timezone-aware;
    otherwise it is naive, as in the file.  Raises ValidationError otherwise.
    """
    text = value.strip()
    if text[4:5] == "-" and text[:4].isdigit():
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass
    match = _NUMERIC_DATE.match(text)
    try:
        if match is not None:
            return _from_numeric(match)
        match = _MONTH_FIRST.match(text) or _DAY_FIRST.match(text)
        if match is not None:
            month = _MONTHS.get(match["mon"].casefold())
            if month is not None:
                return _assemble(int(match["y"]), month, int(match["d"]), match)
    except ValueError:
        pass  # out-of-range day, month or hour: same message as garbage
    raise ValidationError("{value} is not a date and time this importer understands", value=quote(value))


def _from_numeric(match: re.Match[str]) -> datetime:
    a, b, c = match["a"], match["b"], match["c"]
    if len(a) == 4:  # 2022/01/25
        year, month, day = int(a), int(b), int(c)
    else:
        year = int(c)
        if len(c) == 2:
            year += 2000
        elif len(c) != 4:
            raise ValueError  # a year of 1 or 3 digits
        first, second = int(a), int(b)
        # US order (what Zoom and Teams write) unless the first number cannot
        # be a month, or the separator is a dot (European 25.01.2022).
        text = match.string
        if first > 12 or "." in text[: match.end("c")]:
            day, month = first, second
        else:
            month, day = first, second
    return _assemble(year, month, day, match)


def _assemble(year: int, month: int, day: int, match: re.Match[str]) -> datetime:
    hour = minute = second = 0
    if match["H"] is not None:
        hour, minute = int(match["H"]), int(match["M"])
        second = int(match["S"] or 0)
        ampm = match["ampm"]
        if ampm is not None:
            if hour > 12 or hour == 0:
                raise ValueError  # no hour 0 or 13+ on a 12-hour clock
            pm = ampm[0].lower() == "p"
            if hour == 12:
                hour = 12 if pm else 0
            elif pm:
                hour += 12
    tzinfo = _tz(match["tz"])
    return datetime(year, month, day, hour, minute, second, tzinfo=tzinfo)


def _tz(text: str | None) -> timezone | None:
    if text is None:
        return None
    if text in ("Z", "UTC", "GMT"):
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def quote(value: str, limit: int = 60) -> str:
    """Quote a cell for a message, shortened so a huge cell cannot flood the UI."""
    value = value.strip()
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return f"'{value}'"
