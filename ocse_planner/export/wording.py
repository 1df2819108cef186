"""How a document says things in its language: words, dates, times, zones, numbers, statuses.

Documents go to partners and the public in English, French or both, whatever language
the window speaks, so a writer never uses the interface's translator: it takes a
`Wording` for the document's language and asks it for every word (its own gettext
catalogue, `bilingual.catalogue`) and every date, time and number (services/time_format.py,
the one formatting module: "le mardi 25 janvier 2022", "13 h à 15 h (HNE)", "82 %").
A bilingual document asks one `Wording` per language; `DocumentLanguage` says which.

Texts are marked for extraction where they are written: `words.gettext("Time")` is
found by Babel as the other gettext calls of the package are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from ocse_planner.services import time_format
from ocse_planner.services.bilingual import LANGUAGES, catalogue, language_key
from ocse_planner.services.vocabulary import english

EASTERN = "America/Toronto"
PACIFIC = "America/Vancouver"


@dataclass(frozen=True)
class DocumentLanguage:
    """The language(s) a document is written in: one, or both (English first: left, or before)."""

    language: str = "en"
    bilingual: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "language", language_key(self.language))

    @property
    def editions(self) -> tuple[str, ...]:
        return LANGUAGES if self.bilingual else (self.language,)

    @property
    def needs_french(self) -> bool:
        """Whether the document prints French texts (so a missing one shows "[EN]")."""
        return "fr" in self.editions


ENGLISH_ONLY = DocumentLanguage()


class Wording:
    """Words and formats of one language, for one document."""

    def __init__(self, language: str = "en") -> None:
        self.language = language_key(language)
        self._catalogue = catalogue(self.language)

    def gettext(self, text: str) -> str:
        return self._catalogue.gettext(text)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self._catalogue.ngettext(singular, plural, count)

    def label(self, value: object) -> str:
        """A status, role or kind in the document's language."""
        return self.gettext(english(value))

    def colon(self) -> str:
        """": " in English, " : " (no-break space) in French."""
        return "\u00a0: " if self.language == "fr" else ": "

    def long_date(self, moment: datetime | None, zone: str) -> str:
        """"Tuesday, January 25, 2022" / "le mardi 25 janvier 2022" in the webinar's zone."""
        if moment is None:
            return self.gettext("Date to be set")
        return time_format.long_date(moment, self.language, zone)

    def month_year(self, moment: datetime | None, zone: str) -> str:
        """"January 2022" / "janvier 2022"."""
        if moment is None:
            return self.gettext("date to be set")
        return time_format.month_year(moment, self.language, zone)

    def day(self, value: date) -> str:
        """An export or release date: "January 25, 2022" / "25 janvier 2022"."""
        return time_format.full_date(value, self.language)

    def clock(self, moment: datetime | None, zone: str, *, with_zone: bool = False) -> str:
        """"1:10 p.m." / "13 h 10" (with the zone when asked: "1:10 p.m. EST", "13 h 10 (HNE)")."""
        if moment is None:
            return ""
        if with_zone:
            return time_format.clock_with_zone(moment, zone, self.language)
        return time_format.clock(moment, zone, self.language)

    def time_range(self, start: datetime | None, minutes: int, zone: str) -> str:
        """"1:00 p.m. – 3:00 p.m. EST" / "13 h à 15 h (HNE)"; each end zoned across a change."""
        if start is None:
            return self.gettext("Time to be set")
        start = start.astimezone(UTC)  # arithmetic on the instant, not on the wall clock
        return time_format.clock_range(start, start + timedelta(minutes=minutes), zone, self.language)

    def time_with_pacific(self, start: datetime | None, minutes: int, zone: str) -> str:
        """Eastern, and Pacific beside it for the West: "1:00 p.m. – 3:00 p.m. EST
        (10:00 a.m. – 12:00 p.m. PST)"."""
        main = self.time_range(start, minutes, zone)
        if start is None:
            return main
        other = EASTERN if _offset(start, zone) == _offset(start, PACIFIC) else PACIFIC
        if _offset(start, zone) == _offset(start, other):
            return main
        return self.gettext("{eastern} ({pacific})").format(eastern=main,
                                                           pacific=self.time_range(start, minutes, other))

    def number(self, value: int | float | None) -> str:
        """"1,234" / "1 234"."""
        return time_format.number(value, self.language)

    def percent(self, value: float, approximate: bool = False) -> str:
        """"82%" / "82 %"; "close to 80%" / "près de 80 %" for a figure reported as approximate."""
        text = time_format.percent(value, self.language, None)
        return self.gettext("close to {percent}").format(percent=text) if approximate else text


def _offset(moment: datetime, zone: str) -> timedelta | None:
    return moment.astimezone(ZoneInfo(zone)).utcoffset()
