"""The article before an organization's name in a French sentence, and its contractions.

French names most organizations with an article — « la GRC », « le ministère de la Justice
Canada », « l'Université de la Colombie-Britannique » — and some without (« Sécurité
publique Canada », « Statistique Canada »). Which one is a fact about the name, kept per
organization (`Organization.article_fr`). After "de" and "à" the article contracts:
« du ministère », « de la GRC », « de l'Université », « des … », « au ministère »; a name
without an article takes "de" elided before a vowel (« d'Emploi et Développement social
Canada »).

English sentences name organizations as written, so every function here gives the name
unchanged when the article is "" (what an English document passes).
"""

from __future__ import annotations

import unicodedata

from ocse_planner.services.errors import ValidationError

# What an organization's French name may take; "" = no article.
ARTICLES = ("", "le", "la", "l'", "les")
_CONTRACTED = {"de": {"le": "du", "les": "des"}, "à": {"le": "au", "les": "aux"}}


def normalized_article(text: str | None) -> str:
    """"La", " l’ ", "L" → "la", "l'", "l'"; "" for none; anything else refused."""
    article = (text or "").strip().lower().replace("’", "'")
    if article == "l":
        article = "l'"
    if article not in ARTICLES:
        raise ValidationError("French article: “{article}” is not one of le, la, l' or les (or none).",
                              field="article_fr", article=(text or "").strip())
    return article


def _starts_with_vowel(text: str) -> bool:
    first = unicodedata.normalize("NFD", text[:1])[:1].lower()
    return first in "aeiouyh" and first != ""


def with_article(name: str, article: str) -> str:
    """« la GRC », « l'Université … », « Sécurité publique Canada » (no article)."""
    if not article or not name:
        return name
    return f"{article}{name}" if article.endswith("'") else f"{article} {name}"


def after(preposition: str, name: str, article: str) -> str:
    """The name after "de" or "à", contracted: « du ministère », « de la GRC », « aux … »,
    « de l'Université », « d'Emploi et Développement social Canada », « à Statistique Canada »."""
    if not name:
        return ""
    contracted = _CONTRACTED.get(preposition, {}).get(article)
    if contracted:
        return f"{contracted} {name}"
    if article:
        return f"{preposition} {with_article(name, article)}"
    if preposition == "de" and _starts_with_vowel(name) and not name.startswith("["):
        return f"d'{name}"
    return f"{preposition} {name}"


def sentence_start(text: str) -> str:
    """A sentence that begins with a name written with its article: « Le ministère … »."""
    return text[:1].upper() + text[1:]
