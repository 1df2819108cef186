"""Qt's "%1 … %2" markers filled in one pass (plain Python: loaded before the window shows)."""

from __future__ import annotations

import re

_MARKER = re.compile(r"%(\d+)")


def fill(template: str, *values: object) -> str:
    """A translated "%1 … %2" text with its markers filled in one pass, as QString.arg
    does: a title that itself contains "%2" is shown as typed, not filled again."""
    def value(found: re.Match[str]) -> str:
        number = int(found.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else found.group(0)
    return _MARKER.sub(value, template)
