"""Translated names of the domain's values, and locale-aware formatting.

Kept in one module so that the French translation is one context to translate and no
widget spells a status or a date format itself.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime

from ocse_planner.services.vocabulary import english


def label(value: Enum | None) -> str:
    """The translated name of a domain value (English names in services/vocabulary.py)."""
    if value is None:
        return ""
    return QCoreApplication.translate("Labels", english(value))


# North American zone abbreviations; French writes them its own way (HNE: heure normale de
# l'Est, HAE: heure avancée de l'Est…). Others (UTC, CET…) are shown as they are.
ZONE_ABBREVIATIONS = (
    QT_TRANSLATE_NOOP("Labels", "NST"), QT_TRANSLATE_NOOP("Labels", "NDT"),
    QT_TRANSLATE_NOOP("Labels", "AST"), QT_TRANSLATE_NOOP("Labels", "ADT"),
    QT_TRANSLATE_NOOP("Labels", "EST"), QT_TRANSLATE_NOOP("Labels", "EDT"),
    QT_TRANSLATE_NOOP("Labels", "CST"), QT_TRANSLATE_NOOP("Labels", "CDT"),
    QT_TRANSLATE_NOOP("Labels", "MST"), QT_TRANSLATE_NOOP("Labels", "MDT"),
    QT_TRANSLATE_NOOP("Labels", "PST"), QT_TRANSLATE_NOOP("Labels", "PDT"),
)


def zone_abbreviation(value: datetime, zone: str) -> str:
    """"EST" / "HNE": the abbreviation of `zone` at `value`, in the user's language."""
    name = value.astimezone(ZoneInfo(zone)).tzname() or zone
    return QCoreApplication.translate("Labels", name) if name in ZONE_ABBREVIATIONS else name


def format_datetime(value: datetime | None, zone: str) -> str:
    """"Tue, Jan 25, 2022 1:00 PM EST" in the user's locale, shown in `zone`."""
    if value is None:
        return ""
    local = value.astimezone(ZoneInfo(zone))
    locale = QLocale()
    date_text = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)
    time_text = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{date_text} {time_text} {zone_abbreviation(value, zone)}"


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
    text = QCoreApplication.translate("Labels", "%1%").replace("%1", format_number(value, 0))
    if approximate:
        return QCoreApplication.translate("Labels", "close to %1").replace("%1", text)
    return text
