"""How the planner writes a clock time, a date and a number: on screen, in files, in messages.

One module, so that a time reads the same on screen, in the agenda workbook and in a
conflict message ("1:10 p.m." in English, "13 h 10" in French, as Canadian usage writes
them), and so that another language is one entry in `STYLES`: every caller that passes
the interface's language gets it without changing. French follows the Government of
Canada's *Guide du rédacteur*: "13 h", "9 h 05", a range "13 h à 15 h (HNE)".

Dates and numbers of documents and of the command line are written here too, through
Babel's CLDR data for en_CA / fr_CA (the same rules QLocale applies in the window):
"Tuesday, January 25, 2022" / "le mardi 25 janvier 2022", "82%" / "82 %" (no-break
space), "1,234" / "1 234". No English month or weekday name reaches a French text.

Zones: a time is shown in a named zone; its abbreviation ("EST", "EDT") is that of the
instant itself, so a range that crosses a daylight-saving change names both ends'
abbreviations ("1:30 a.m. EDT – 1:30 a.m. EST" on the fall-back night) instead of
stretching the first one over the whole range.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from ocse_planner.services.errors import ValidationError

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class ClockStyle:
    """One language's way of writing a time of day."""

    language: str
    write: Callable[[int, int], str]  # (hour 0–23, minute) → "1:10 p.m."
    range_separator: str  # between the two ends of a range
    edit_pattern: str  # a Qt time-edit display format that shows and types the same form…
    edit_locale: str  # …with the a.m./p.m. markers of this locale ("p.m.", not "PM")
    # How the language writes North American zone abbreviations (French: HNE for EST).
    zone_names: Mapping[str, str] = field(default_factory=dict)
    zone_pattern: str = "{time} {zone}"  # a time with its zone: "1:10 p.m. EST", "13 h 10 (HNE)"


def _english(hour: int, minute: int) -> str:
    """The Canadian Press form the window already used: "1:10 p.m.", "12:00 p.m." (noon)."""
    return f"{hour % 12 or 12}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"


def _french(hour: int, minute: int) -> str:
    """Canadian French: "13 h 10", "9 h 05", "13 h" on the hour (no "13 h 00")."""
    return f"{hour} h {minute:02d}" if minute else f"{hour} h"


# heure normale / avancée de Terre-Neuve, de l'Atlantique, de l'Est, du Centre, des
# Rocheuses, du Pacifique
FRENCH_ZONES = {"NST": "HNT", "NDT": "HAT", "AST": "HNA", "ADT": "HAA", "EST": "HNE", "EDT": "HAE",
                "CST": "HNC", "CDT": "HAC", "MST": "HNR", "MDT": "HAR", "PST": "HNP", "PDT": "HAP"}

STYLES: dict[str, ClockStyle] = {
    "en": ClockStyle("en", _english, " – ", "h:mm ap", "en_CA"),
    "fr": ClockStyle("fr", _french, " à ", "H 'h' mm", "fr_CA", FRENCH_ZONES, "{time} ({zone})"),
}


_language = DEFAULT_LANGUAGE  # of messages that name no language (set with the interface's)


def set_language(language: str | None) -> None:
    """The language of every time that names none (the services' messages): i18n.activate
    sets it with the translator of their templates. Documents pass their own."""
    global _language
    _language = language or DEFAULT_LANGUAGE


def clock_style(language: str | None = None) -> ClockStyle:
    """The style of `language` ("en", "en_CA", "fr-CA"…; None: the current one); English for
    any language without one."""
    key = (language or _language).replace("-", "_").split("_")[0].lower()
    return STYLES.get(key, STYLES[DEFAULT_LANGUAGE])


def time_of_day(value: time, language: str | None = None) -> str:
    """A wall-clock time: "1:10 p.m."."""
    return clock_style(language).write(value.hour, value.minute)


def local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone))


def zone_abbreviation(moment: datetime, zone: str, language: str | None = None) -> str:
    """The abbreviation in force at that instant ("EST" or "EDT"; "HNE" in French); the
    zone name if it has none."""
    name = local(moment, zone).tzname() or zone
    return clock_style(language).zone_names.get(name, name)


def clock(moment: datetime, zone: str, language: str | None = None) -> str:
    """An instant as a wall-clock time in `zone`: "1:10 p.m."."""
    shown = local(moment, zone)
    return clock_style(language).write(shown.hour, shown.minute)


def clock_with_zone(moment: datetime, zone: str, language: str | None = None) -> str:
    """"1:10 p.m. EST", "13 h 10 (HNE)"."""
    return clock_style(language).zone_pattern.format(time=clock(moment, zone, language),
                                                     zone=zone_abbreviation(moment, zone, language))


def crosses_offset_change(start: datetime, end: datetime, zone: str) -> bool:
    """Whether the zone's offset differs at the two ends (a daylight-saving change between)."""
    return local(start, zone).utcoffset() != local(end, zone).utcoffset()


def clock_range(start: datetime, end: datetime, zone: str, language: str | None = None, *,
                with_zone: bool = True) -> str:
    """"1:00 p.m. – 3:00 p.m. EST", "13 h à 15 h (HNE)"; across a daylight-saving change each
    end carries its own abbreviation ("1:30 a.m. EDT – 1:30 a.m. EST"), even when
    `with_zone` is False, since then the times alone would read as the wrong length."""
    style = clock_style(language)
    if crosses_offset_change(start, end, zone):
        return f"{clock_with_zone(start, zone, language)}{style.range_separator}{clock_with_zone(end, zone, language)}"
    text = f"{clock(start, zone, language)}{style.range_separator}{clock(end, zone, language)}"
    return style.zone_pattern.format(time=text, zone=zone_abbreviation(start, zone, language)) if with_zone else text


def dated_range(start: datetime, end: datetime, zone: str, language: str | None = None) -> str:
    """"2022-01-25 1:10 p.m. – 1:30 p.m. EST", with the end's date when it is another day."""
    a, b = local(start, zone), local(end, zone)
    if a.date() == b.date():
        return f"{a:%Y-%m-%d} {clock_range(start, end, zone, language)}"
    separator = clock_style(language).range_separator
    return (f"{a:%Y-%m-%d} {clock_with_zone(start, zone, language)}{separator}"
            f"{b:%Y-%m-%d} {clock_with_zone(end, zone, language)}")


_CLOCK = re.compile(
    r"^\s*(?P<hour>\d{1,2})(?:\s*(?::|h|\.)\s*(?P<minute>\d{2})?)?\s*"
    r"(?P<half>a\.?\s*m\.?|p\.?\s*m\.?)?\s*$",
    re.IGNORECASE,
)


def _not_a_time(text: str, field: str) -> ValidationError:
    return ValidationError("“{text}” is not a time of day (for example 1:10 p.m. or 13:10).",
                           field=field, text=text.strip())


def parse_time_of_day(text: str, *, field: str = "time") -> time:
    """A typed wall-clock time, in any of the forms people use: "13:10", "1:10 p.m.",
    "1:10pm", "1 PM", "13 h 10". Raises ValidationError (naming `field`) saying what is wrong."""
    match = _CLOCK.match(text)
    if match is None:
        raise _not_a_time(text, field)
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    half = (match["half"] or "").replace(".", "").replace(" ", "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise ValidationError("“{text}”: with a.m. or p.m. the hour is 1 to 12.", field=field, text=text.strip())
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        raise _not_a_time(text, field)
    return time(hour, minute)


# --- dates and numbers (Babel, CLDR en_CA / fr_CA) -------------------------------------

LOCALES = {"en": "en_CA", "fr": "fr_CA"}


def _locale(language: str | None) -> str:
    return LOCALES.get(clock_style(language).language, LOCALES[DEFAULT_LANGUAGE])


def _day(value: date | datetime, zone: str | None) -> date:
    if isinstance(value, datetime):
        return local(value, zone).date() if zone else value.date()
    return value


def long_date(value: date | datetime, language: str | None = None, zone: str | None = None) -> str:
    """The date with its weekday, as a letter or an agenda writes it: "Tuesday, January 25,
    2022" / "le mardi 25 janvier 2022" ("le mardi 1er février 2022": French writes the
    first of the month as an ordinal). An instant is taken in `zone`."""
    from babel.dates import format_date

    day = _day(value, zone)
    if clock_style(language).language == "fr":
        return f"le {format_date(day, 'EEEE', locale='fr_CA')} {full_date(day, language)}"
    return format_date(day, "EEEE, MMMM d, y", locale=_locale(language))


def full_date(value: date | datetime, language: str | None = None, zone: str | None = None) -> str:
    """A date in words without its weekday: "January 25, 2022" / "25 janvier 2022"."""
    from babel.dates import format_date

    day = _day(value, zone)
    if clock_style(language).language == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        return f"{number} {format_date(day, 'MMMM y', locale='fr_CA')}"
    return format_date(day, "MMMM d, y", locale=_locale(language))


def month_year(value: date | datetime, language: str | None = None, zone: str | None = None) -> str:
    """"January 2022" / "janvier 2022"."""
    from babel.dates import format_date

    return format_date(_day(value, zone), "LLLL y", locale=_locale(language))


def medium_date(value: date | datetime, language: str | None = None) -> str:
    """The locale's medium date: "Jan 25, 2022" / "25 janv. 2022"."""
    from babel.dates import format_date

    return format_date(value, format="medium", locale=_locale(language))


def number(value: int | float | None, language: str | None = None, decimals: int = 0) -> str:
    """1,234 / 1 234 (a no-break space groups French digits); "—" for nothing."""
    if value is None:
        return "—"
    from babel.numbers import format_decimal

    if isinstance(value, int):
        return format_decimal(value, locale=_locale(language))
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=_locale(language))


def percent(value: float | None, language: str | None = None, decimals: int | None = 0) -> str:
    """`value` is a percentage: "82%" / "82 %" (no-break space), the locale's own pattern with
    `decimals` fraction digits (None: one digit when the value has a fraction, else none)."""
    if value is None:
        return "—"
    from babel import Locale
    from babel.numbers import format_percent

    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    pattern = Locale.parse(_locale(language)).percent_formats[None].pattern
    if decimals:
        pattern = re.sub(r"0(?=[^0#,.]*$)", "0." + "0" * decimals, pattern, count=1)
    return format_percent(value / 100, format=pattern, locale=_locale(language))
