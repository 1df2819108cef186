"""Translated names of the domain's values, and locale-aware formatting.

Kept in one module so that the French translation is one context to translate and no
widget spells a status or a date format itself. Dates and numbers follow QLocale; clock
times follow services/time_format.py (the same "1:10 p.m." as the exported files), in the
interface's language.
"""

from __future__ import annotations

from datetime import datetime, time
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QTimeEdit

from ocse_planner.services import time_format
from ocse_planner.services.bilingual import localized
from ocse_planner.services.vocabulary import english


def interface_language() -> str:
    """The language times are written in: the locale the interface runs in ("en_CA")."""
    return QLocale().name()


def in_language(text: str | None, text_fr: str | None) -> str:
    """An organizer's text in the interface's language: the French when the window speaks
    French and it is written, else the English as it is (unmarked), and the reverse."""
    return localized(text, text_fr, QLocale().name(), mark=False)


def organization_text(row: Any) -> str:
    """A directory row (`name`, `acronym` and their `_fr`) as a list or combo names it:
    "Public Safety Canada (PS)", "Sécurité publique Canada (SP)" in French."""
    name, acronym = in_language(row.name, row.name_fr), in_language(row.acronym, row.acronym_fr)
    return f"{name} ({acronym})" if acronym else name


def label(value: Enum | None) -> str:
    """The translated name of a domain value (English names in services/vocabulary.py)."""
    if value is None:
        return ""
    return QCoreApplication.translate("Labels", english(value))


def zone_abbreviation(value: datetime, zone: str) -> str:
    """"EST" / "HNE": the abbreviation of `zone` at `value`, in the interface's language."""
    return time_format.zone_abbreviation(value, zone, interface_language())


def format_datetime(value: datetime | None, zone: str) -> str:
    """"2022-01-25 1:00 p.m. EST": the date in the user's locale, shown in `zone`."""
    if value is None:
        return ""
    local = value.astimezone(ZoneInfo(zone))
    date_text = QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)
    return f"{date_text} {time_format.clock_with_zone(value, zone, interface_language())}"


def format_date(value: datetime | None, zone: str) -> str:
    if value is None:
        return ""
    local = value.astimezone(ZoneInfo(zone))
    return QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)


def format_clock(value: datetime | None, zone: str) -> str:
    """"1:10 p.m." in `zone`."""
    return "" if value is None else time_format.clock(value, zone, interface_language())


def format_clock_range(start: datetime, end: datetime, zone: str, *, with_zone: bool = True) -> str:
    """"1:00 p.m. – 3:00 p.m. EST"; each end with its own zone across a daylight-saving change."""
    return time_format.clock_range(start, end, zone, interface_language(), with_zone=with_zone)


def format_time_of_day(value: time | None) -> str:
    """A wall-clock time without a date or zone: "9:00 a.m."."""
    return "" if value is None else time_format.time_of_day(value, interface_language())


def setup_time_edit(edit: QTimeEdit) -> None:
    """Make a time field show and take times as everything else shows them ("1:10 p.m.")."""
    style = time_format.clock_style(interface_language())
    edit.setLocale(QLocale(style.edit_locale))
    edit.setDisplayFormat(style.edit_pattern)


def format_number(value: int | float | None, decimals: int = 0) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def format_percent(value: float | None, approximate: bool = False) -> str:
    if value is None:
        return ""
    text = QCoreApplication.translate("Labels", "%1%").replace("%1", format_number(value, 0))
    if approximate:
        return QCoreApplication.translate("Labels", "close to %1").replace("%1", text)
    return text
