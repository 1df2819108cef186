"""A message as the user reads it, whole, in English and in French.

The rule tests compare whole messages, not a word of them: a message that lost an
argument, or names the wrong field, reads wrong to the user even when it still holds the
word a substring check looks for (and the mutation runs change exactly such things).
"""

from __future__ import annotations

from typing import Any

from ocse_planner import i18n
from ocse_planner.services.errors import FieldProblem, UserError, set_translator


def said(message: Any) -> tuple[str, str]:
    """(English, French) of a UserError, FieldProblem, Message or row Problem."""
    english = message.message()
    set_translator(i18n.translation("fr").gettext)
    try:
        french = message.message()
    finally:
        set_translator(None)
    return english, french


def refused(error: UserError) -> tuple[str, str | None, str, str]:
    """(kind of error, field blamed, English, French) of a refusal."""
    return (type(error).__name__, getattr(error, "field", None), *said(error))


def flagged(problem: FieldProblem) -> tuple[str, bool, str, str]:
    """(field, warning?, English, French) of one problem beside a field."""
    return (problem.field, problem.warning, *said(problem))
