"""The interface language: which one is chosen, and the Qt-free half of the translation.

Two catalogues translate the app (see README, "Translating"):

- Qt Linguist (`resources/translations/ocse_planner_<lang>.ts/.qm`) for the window, loaded
  by `ui/app.py`;
- gettext (`resources/locale/<lang>/LC_MESSAGES/ocse_planner.po/.mo`) for everything that
  runs without Qt: the command line (argparse's own "usage:" and "error:" included), the
  services' `UserError` templates and, later, the documents. This module installs it.

The language is chosen by `--lang`, else the choice saved from the window's Language menu,
else the system locale. The saved choice is a preference (`preferences.LANGUAGE`) in the
one preferences file, which the command line reads without loading Qt.

Numbers, percentages and dates outside the window go through Babel with the chosen
language's CLDR rules (the same data QLocale uses): 82 %, 1 234, 13 h 10 in French; the
functions below are the current language's door to services/time_format.py, the one
module that writes them (documents pass their own language to it).

Documents take their own language, whatever the interface's: `translation(language)`
is the catalogue a document of that language is written through.
"""

from __future__ import annotations

import functools
import gettext as _gettext
import os
from datetime import date, datetime
from pathlib import Path

from platformdirs import user_config_dir

from ocse_planner.services.errors import set_translator
from ocse_planner.services.time_format import set_language as set_clock_language

DOMAIN = "ocse_planner"
LOCALE_DIR = Path(__file__).resolve().parent / "resources" / "locale"
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}
DEFAULT_LANGUAGE = "en"
# The regional variants the app speaks: Canadian English and Canadian French.
LOCALES: dict[str, str] = {"en": "en_CA", "fr": "fr_CA"}

_current = DEFAULT_LANGUAGE
_translation: _gettext.NullTranslations = _gettext.NullTranslations()


def N_(message: str) -> str:  # noqa: N802 - the name extractors look for
    """Marks `message` for extraction; it is translated where it is shown."""
    return message


# --- choosing ------------------------------------------------------------------------

def _legacy_choice_file() -> Path:
    """Where versions before the one preferences file kept the choice (still read)."""
    return Path(user_config_dir("ocse-planner", appauthor=False)) / "language"


def saved_language() -> str | None:
    """The language chosen in the window's Language menu, if any (and still known)."""
    from ocse_planner.preferences import LANGUAGE, Preferences

    word = Preferences.for_user().get(LANGUAGE).strip()
    if not word:
        try:
            word = _legacy_choice_file().read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
    return word if word in LANGUAGES else None


def save_language(language: str) -> None:
    from ocse_planner.preferences import LANGUAGE, Preferences

    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    Preferences.for_user().set(LANGUAGE, language)


def language_of(locale_name: str | None) -> str | None:
    """"fr_CA.UTF-8" → "fr"; None for names of languages the app does not speak."""
    if not locale_name:
        return None
    code = locale_name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The language of the user's locale (the POSIX variables, in gettext's order of
    precedence), English when it names none the app speaks."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        for name in value.split(":"):
            found = language_of(name)
            if found:
                return found
        if value and variable != "LANGUAGE":
            break  # the first variable set decides (LANGUAGE only lists preferences)
    if os.name == "nt":  # Windows has no POSIX variables; ask the user's locale
        import locale

        found = language_of(locale.getlocale()[0])
        if found:
            return found
    return DEFAULT_LANGUAGE


def choose_language(explicit: str | None = None) -> str:
    """`--lang` if given, else the saved choice, else the system locale."""
    if explicit in LANGUAGES:
        return explicit
    return saved_language() or system_language()


# --- the gettext catalogue -----------------------------------------------------------

def activate(language: str) -> None:
    """Make `language` the one of every Qt-free message from now on: the command line's
    own texts and the services' error templates, in the window and on the command line.

    argparse translates its own "usage:", "error:" and help strings through the names
    `_` and `ngettext` it imported from gettext; they are pointed at our catalogue (which
    carries those strings, see `cli/argparse_strings.py`) rather than changing gettext's
    process-wide domain or the environment.
    """
    import argparse

    global _current, _translation
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    _current = language
    _translation = _gettext.translation(DOMAIN, str(LOCALE_DIR), languages=[language], fallback=True)
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
    # Every UserError template (services, importers, exports, db, cli) renders through it,
    # and the clock times its arguments hold are written in the same language.
    set_translator(None if language == DEFAULT_LANGUAGE else gettext)
    set_clock_language(language)


def current_language() -> str:
    return _current


def current_locale() -> str:
    """The CLDR locale of the current language: "fr_CA" or "en_CA"."""
    return LOCALES[_current]


@functools.cache
def translation(language: str) -> _gettext.NullTranslations:
    """The gettext catalogue of `language` (English: none), for a document written in a
    language other than the interface's."""
    if language not in LANGUAGES or language == DEFAULT_LANGUAGE:
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, str(LOCALE_DIR), languages=[language], fallback=True)


def gettext(message: str) -> str:
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)


_ = gettext


# --- formats (Babel, the same CLDR rules as QLocale) ---------------------------------

def format_number(value: int | float | None, decimals: int = 0) -> str:
    """1 234 in French (no-break space), 1,234 in English; "—" for nothing."""
    from ocse_planner.services.time_format import number

    return number(value, _current, decimals)


def format_percent(value: float | None, decimals: int = 0) -> str:
    """`value` is a percentage (82.0 → "82 %" in French, "82%" in English): the locale's
    own percent pattern, with `decimals` fraction digits."""
    from ocse_planner.services.time_format import percent

    return percent(value, _current, decimals)


def colon_space() -> str:
    """What goes before a colon: a no-break space in French, nothing in English."""
    return "\u00a0" if _current == "fr" else ""


def format_date(value: date | datetime) -> str:
    """The locale's medium date: "25 janv. 2022" / "Jan 25, 2022"."""
    from ocse_planner.services.time_format import medium_date

    return medium_date(value, _current)


def format_time(value: datetime, zone: str = "UTC") -> str:
    """"13 h 10" in Canadian French, "1:10 p.m." in Canadian English: the one clock of
    services/time_format.py, in the current language."""
    from ocse_planner.services.time_format import clock

    return clock(value, zone, _current)
