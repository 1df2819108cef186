"""Every message a user can be shown is in the French catalogue, with its arguments.

A message is a template with named arguments (services/errors.py): a `UserError` and its
subclasses (the file errors, the importers' and exports' own), a `FieldProblem`, a
`Message`, an importer's row `Problem`, and a template marked `N_()` that a module renders
on the spot with `errors.render` or `bilingual.document_text` (a conflict's sentence, a to-do
line, a calendar's title). The window and the command line look the template
up in the gettext catalogue when they show it; a template that is not a msgid of the
French catalogue (ocse_planner/resources/locale/fr/LC_MESSAGES/ocse_planner.mo), or whose
French is empty, is shown in English to a French user. And a placeholder without its
argument (or with None) is shown to everyone as "{title}" or "None".

`test_catalogue` checks extraction (pybabel finds every literal template); this rule
checks what is actually *built* while the rule tests run — a template passed through a
variable, put together from data, or changed by mistake. The constructors are wrapped
from the test side, once per process (so also in mutmut's copy of the package in
`mutants/`, which the test process imports instead of the source); the test that built
an unknown template fails, naming it. It is checked when built, not when shown: many
tests only check that an error of the right kind was raised.

The test folders that hold the rule tests use it from their conftest:

    from tests.message_catalogue import (  # noqa: F401 - pytest hooks
        pytest_configure, pytest_runtest_call, pytest_runtest_setup)
"""

from __future__ import annotations

import functools
import re
import string
import sys
from collections.abc import Callable, Iterator, Mapping
from types import ModuleType
from typing import Any

import pytest

_WRAPPED = "_catalogue_rule_wrapped"
MARKER = "any_message"  # a test of the message machinery itself, building made-up templates
_built: list[str] = []  # what the current test built wrong, one line each (per process)


@functools.cache
def french_catalogue() -> Mapping[str, str]:
    """msgid → French of the gettext catalogue the app ships, read once per process."""
    from babel.messages.mofile import read_mo

    from ocse_planner import i18n

    with open(i18n.LOCALE_DIR / "fr" / "LC_MESSAGES" / f"{i18n.DOMAIN}.mo", "rb") as file:
        catalogue = read_mo(file)
    return {m.id: m.string for m in catalogue if m.id and isinstance(m.id, str) and isinstance(m.string, str)}


@functools.cache
def placeholders(template: str) -> frozenset[str]:
    """The argument names a template fills in ("{count:,}" → "count"; "{}" → "")."""
    names = set()
    for _literal, name, _spec, _conversion in string.Formatter().parse(template):
        if name is not None:
            names.add(re.split(r"[.\[]", name, maxsplit=1)[0])
    return frozenset(names)


@functools.cache
def _needs(template: str) -> tuple[str | None, frozenset[str]]:
    """(what is wrong with the template itself or None, the arguments it fills in)."""
    french = french_catalogue().get(template)
    if french is None:
        return f"not in the French catalogue: {template!r}", frozenset()
    if not french.strip():
        return f"no French in the catalogue: {template!r}", frozenset()
    try:
        return None, placeholders(template) | placeholders(french)
    except ValueError as exc:
        return f"not a valid template ({exc}): {template!r} / {french!r}", frozenset()


def problems(template: object, arguments: Mapping[str, object]) -> list[str]:
    """What is wrong with a message built from `template` and `arguments` ([]: nothing)."""
    if not isinstance(template, str):
        return [f"the template is not text: {template!r}"]
    wrong, names = _needs(template)
    if wrong:
        return [wrong]
    found = []
    for name in names:
        if arguments.get(name) is None:
            given = "without" if name not in arguments else "with None for"
            found.append(f"built {given} its argument {{{name}}}: {template!r}")
    return sorted(found)


def _check(template: object, arguments: Mapping[str, object]) -> None:
    for problem in problems(template, arguments):
        _built.append(problem)


def _wrap(cls: type, check: Callable[..., None]) -> None:
    original = cls.__init__
    if getattr(original, _WRAPPED, False):
        return

    @functools.wraps(original)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N807
        original(self, *args, **kwargs)
        check(self)

    setattr(__init__, _WRAPPED, True)
    cls.__init__ = __init__  # type: ignore[misc]


def _checked_render(original: Callable[..., str]) -> Callable[..., str]:
    """`errors.render(template, arguments, translate=None)`, checked."""
    @functools.wraps(original)
    def render(template: str, arguments: Mapping[str, object], *rest: Any, **options: Any) -> str:
        _check(template, arguments)
        return original(template, arguments, *rest, **options)

    return render


def _checked_document_text(original: Callable[..., str]) -> Callable[..., str]:
    """`bilingual.document_text(template, language, **arguments)`, checked."""
    @functools.wraps(original)
    def document_text(template: str, language: str, **arguments: object) -> str:
        _check(template, arguments)
        return original(template, language, **arguments)

    return document_text


def _rebind(home: ModuleType, name: str, checking: Callable[[Callable[..., str]], Callable[..., str]]) -> None:
    """Put the checking `home.name` in `home` and in every module of the package that
    imported the function by name (they hold the original)."""
    current = getattr(home, name)
    if not getattr(current, _WRAPPED, False):
        checked = checking(current)
        setattr(checked, _WRAPPED, True)
        setattr(home, name, checked)
        current = checked
    original = current.__wrapped__
    for module_name, module in list(sys.modules.items()):
        if module_name.startswith("ocse_planner.") and getattr(module, name, None) is original:
            setattr(module, name, current)


def install() -> None:
    """Check every message built from now on (idempotent: once per class per process)."""
    from ocse_planner.importers.models import Problem
    from ocse_planner.services import bilingual, errors
    from ocse_planner.services.errors import FieldProblem, Message, UserError

    # UserError's own constructor: every subclass passes its template through it.
    _wrap(UserError, lambda e: _check(e.template, e.arguments))
    _wrap(FieldProblem, lambda p: _check(p.template, p.arguments))
    _wrap(Message, lambda m: _check(m.template, m.arguments))
    _wrap(Problem, lambda p: _check(p.template, p.arguments))
    # A template marked N_() and rendered on the spot (a conflict's text, a to-do line, a
    # calendar's title), by the function as the modules imported it by name.
    _rebind(errors, "render", _checked_render)
    _rebind(bilingual, "document_text", _checked_document_text)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{MARKER}: the test builds made-up message templates on purpose")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    install()
    _built.clear()
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    try:
        result = yield
    finally:
        found, _built[:] = list(dict.fromkeys(_built)), []
    if found and item.get_closest_marker(MARKER) is None:
        pytest.fail("a message the French window could not show was built:\n  " + "\n  ".join(found),
                    pytrace=False)
    return result
