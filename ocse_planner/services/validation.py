"""What is wrong with a form, field by field, before anything reaches the database.

A service validates the whole form first and raises `ValidationError` when any problem is
an error, so a save is all or nothing. Warnings (a date outside the series' year) are
reported too but do not stop the save: the UI shows them beside the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from zoneinfo import available_timezones


def fill(template: str, args: tuple[str, ...]) -> str:
    """Put `args` into a Qt-style template ("Number %1 is already used")."""
    for number, value in reversed(list(enumerate(args, start=1))):
        template = template.replace(f"%{number}", value)
    return template


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a form. `template` and `args` let the UI translate the message
    (services have no Qt); `message` is the English text, for the CLI and logs."""

    field: str  # the form field's name, e.g. "number", "start_time"
    template: str
    args: tuple[str, ...] = ()
    warning: bool = False

    @property
    def message(self) -> str:
        return fill(self.template, self.args)


class ValidationError(ValueError):
    """The form has errors; nothing was saved. `problems` names each field."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(p.message for p in problems))


def raise_errors(problems: list[Problem]) -> list[Problem]:
    """Raise when any problem is an error; otherwise hand back the warnings."""
    errors = [p for p in problems if not p.warning]
    if errors:
        raise ValidationError(errors)
    return problems


@cache
def time_zone_names() -> tuple[str, ...]:
    """IANA zone names people can choose, sorted (no legacy aliases like "EST5EDT")."""
    return tuple(sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/"))))


def is_time_zone(name: str) -> bool:
    return name in available_timezones()


def blank(text: str | None) -> bool:
    return text is None or not text.strip()
