"""Translated names of the domain's values, and locale-aware formatting.

Kept in one module so that the French translation is one context to translate and no
widget spells a status or a date format itself.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from ocse_planner.services.vocabulary import english


def label(value: Enum | None) -> str:
    """The translated name of a domain value (English names in services/vocabulary.py)."""
    if value is None:
        return ""
    return QCoreApplication.translate("Labels", english(value))


def format_datetime(value: datetime | None, zone: str) -> str:
    """"Tue, Jan 25, 2022 1:00 PM EST" in the user's locale, shown in `zone`."""
    if value is None:
        return ""
    local = value.astimezone(ZoneInfo(zone))
    locale = QLocale()
    date_text = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)
    time_text = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{date_text} {time_text} {local.tzname() or zone}"


def format_date(value: datetime | None, zone: str) -> str:
    if value is None:
        return ""
    local = value.astimezone(ZoneInfo(zone))
    return QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)


def format_time(value: datetime | None, zone: str) -> str:
    if value is None:
        return ""
    local = value.astimezone(ZoneInfo(zone))
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def format_number(value: int | float | None, decimals: int = 0) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def format_percent(value: float | None, approximate: bool = False) -> str:
    if value is None:
        return ""
    text = QCoreApplication.translate("Labels", "%1 %").replace("%1", format_number(value, 0))
    if approximate:
        return QCoreApplication.translate("Labels", "close to %1").replace("%1", text)
    return text
