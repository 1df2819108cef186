"""Imported values made storable and comparable, counting what had to change.

People's display names come from a platform and may hold anything a keyboard, a paste
or a broken export produces. The rule is services/text.py's: control characters are
removed and tabs or line breaks become spaces; the count reaches the import summary.
E-mail addresses are also put in their canonical form there (NFKC, invisible characters
removed, case folded), so a zero-width space or full-width letters never make one person
two.
"""

from __future__ import annotations

from ocse_planner.services.text import canonical_email, clean_imported, needs_cleaning


class TextCleaner:
    """Applied to the text values of each row; `count` is how many it changed."""

    def __init__(self) -> None:
        self.count = 0

    def text(self, value: str) -> str:
        if needs_cleaning(value):
            self.count += 1
            return clean_imported(value)
        return value

    def email(self, value: str) -> str:
        """An address as written, unless it needs cleaning or normalising (non-ASCII)."""
        if value.isascii() and not needs_cleaning(value):
            return value
        if needs_cleaning(value):
            self.count += 1
        return canonical_email(value)
