"""Texts kept in English and French: which one a document prints, and how both are found.

Organizers write titles, themes and names in both official languages (the `*_fr` columns
beside the English ones). A document in one language prints that language's text; when
the French is missing it prints the English with a visible "[EN]" marker (and the check
lists the gap, services/conflicts.py), never a blank, and the reverse with "[FR]" for an
English text that exists only in French.

Finding and sorting work in either language and ignore accents and case, the way people
type: "cote" finds "Côté", "ecole" finds "École". Outside the window (exports, the
command line) sorting uses `collation_key`, a locale-aware key in the manner of the
Unicode Collation Algorithm's first levels: base letters first, then accents, then case;
in Canadian French accents are compared from the end of the word (CLDR's "backwards
secondary" rule for fr_CA), so "cote < côte < coté < côté". The window uses QCollator.
"""

from __future__ import annotations

import gettext
import unicodedata
from collections.abc import Callable, Iterable

from ocse_planner.services.time_format import clock_style

LANGUAGES = ("en", "fr")
# The marker a document shows before a text it had to take from the other language.
FALLBACK_MARKS = {"fr": "[EN]", "en": "[FR]"}

# Letters NFKD does not take apart, written as their base letters for search and sorting.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ł": "l",
                            "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"})


def has_text(value: str | None) -> bool:
    return bool(value and value.strip())


def language_key(language: str | None) -> str:
    """"fr_CA", "fr-CA", "FR" → "fr"; anything but French → "en"."""
    return "fr" if (language or "").replace("-", "_").split("_")[0].lower() == "fr" else "en"


def marked(text: str, language: str) -> str:
    """`text` (written in the other language) as a document in `language` shows it."""
    return f"{FALLBACK_MARKS[language_key(language)]} {text.strip()}"


def localized(english: str | None, french: str | None, language: str | None, *, mark: bool = True) -> str:
    """The text for a document or screen in `language`: its own text, else the other
    language's text marked "[EN]" / "[FR]" (unmarked with `mark=False`), else ""."""
    lang = language_key(language)
    own, other = (french, english) if lang == "fr" else (english, french)
    if has_text(own):
        return own  # type: ignore[return-value]  # as written (a formula-like text stays one)
    if has_text(other):
        return marked(other, lang) if mark else other  # type: ignore[return-value]
    return ""


def in_interface(english: str | None, french: str | None) -> str:
    """An organizer's text as the window or a command line shows it in a message: in the
    interface's language where it is written, else as written (unmarked: "[EN]" is for
    documents)."""
    return localized(english, french, clock_style().language, mark=False)


def aligned(english: Iterable[str], french: Iterable[str] | None) -> list[tuple[str, str]]:
    """Pairs of a list kept in two columns (the objectives): the French by position,
    "" where there is none."""
    french = list(french or [])
    return [(en, french[i] if i < len(french) else "") for i, en in enumerate(english)]


def catalogue(language: str) -> gettext.NullTranslations:
    """The gettext catalogue a document in `language` is written through (English: none)."""
    from ocse_planner.i18n import translation  # the catalogue's home; loaded on first use

    return translation(language_key(language))


def document_translator(language: str | None) -> Callable[[str], str] | None:
    """The catalogue lookup of a document written in `language` (None: the interface's,
    for messages shown in the window or printed by a command)."""
    return None if language is None else catalogue(language).gettext


def document_text(template: str, language: str, **arguments: object) -> str:
    """A document's sentence in `language`, its arguments as written (line breaks and all:
    unlike a message, `errors.render`, a document does not flatten or shorten them)."""
    return catalogue(language).gettext(template).format(**arguments)


def french_column(english: Iterable[str], french: Iterable[str] | None) -> tuple[str, ...]:
    """The French of a two-column list as forms hold it: aligned with the English by
    position, or () when none of it is translated (so an untouched form compares equal)."""
    column = tuple(fr for _, fr in aligned(english, french))
    return column if any(has_text(fr) for fr in column) else ()


# --- finding and sorting ---------------------------------------------------------------

def _parts(text: str) -> list[tuple[str, str, bool]]:
    """(base letters, accents, upper case) for each character of `text`."""
    parts = []
    for character in text.translate(_LIGATURES):
        decomposed = unicodedata.normalize("NFKD", character)
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        accents = "".join(c for c in decomposed if unicodedata.combining(c))
        parts.append((base.casefold(), accents, character != character.lower()))
    return parts


def fold(text: str | None) -> str:
    """`text` without accents or case, for finding: "Côté" → "cote", "Œuvre" → "oeuvre"."""
    if not text:
        return ""
    return "".join(base for base, _, _ in _parts(text))


def matches(query: str, *texts: str | None) -> bool:
    """Whether every word of `query` is found in one of `texts`, accents and case ignored."""
    words = fold(query).split()
    if not words:
        return True
    haystack = " \n".join(fold(t) for t in texts if t)
    return all(word in haystack for word in words)


def collation_key(text: str | None, language: str | None = None) -> tuple[str, tuple[str, ...], tuple[bool, ...]]:
    """A sort key that orders as a reader of `language` expects: by base letters (accents and
    case ignored), then by accents (in French from the end of the word, CLDR fr_CA), then
    lower case before upper case. "Éducation" sorts between "Ecole" and "Fédéral", not
    after "Zèbre" as a plain string comparison puts it."""
    parts = _parts(text or "")
    primary = "".join(base for base, _, _ in parts)
    secondary = tuple(accents for _, accents, _ in parts)
    if language_key(language) == "fr":
        secondary = tuple(reversed(secondary))
    tertiary = tuple(upper for _, _, upper in parts)
    return primary, secondary, tertiary
