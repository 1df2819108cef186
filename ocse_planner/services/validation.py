"""What is wrong with a form, field by field, before anything reaches the database.

A service validates the whole form first and raises `ValidationError` (services/errors.py)
when any problem is an error, so a save is all or nothing. Warnings (a date outside the series' year) are
reported too but do not stop the save: the UI shows them beside the field.
"""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from ocse_planner.services.errors import FieldProblem, ValidationError


def raise_errors(problems: list[FieldProblem]) -> list[FieldProblem]:
    """Raise when any problem is an error; otherwise hand back the warnings."""
    errors = [p for p in problems if not p.warning]
    if errors:
        raise ValidationError.of(errors)
    return problems


@cache
def time_zone_names() -> tuple[str, ...]:
    """IANA zone names people can choose, sorted (no legacy aliases like "EST5EDT")."""
    return tuple(sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/"))))


def is_time_zone(name: str) -> bool:
    return name in available_timezones()


def blank(text: str | None) -> bool:
    return text is None or not text.strip()
