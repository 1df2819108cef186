"""Errors a person can cause and fix, for every layer: one family, messages as templates.

Whatever a user can get wrong — a field typed wrong, a name already taken, a record that
someone else changed or deleted meanwhile, a file that cannot be read or written — is
raised as a `UserError`. The window shows it one way (`ui/common/errors.py`: a mark on
the named field, otherwise one message box) and the command line prints it as its one
`ocse-planner: error: …` line. Anything else that escapes is a fault in the program: it is
logged with its traceback and reported as such, never shown as if the user had erred.

    UserError
      ValidationError        what was typed cannot be saved; `field` names the form field
      ConflictError          it clashes with other records (a name taken, a record in use)
      NotFoundError          what was asked for does not exist (any more)
      ChangedElsewhereError  the record was changed or deleted elsewhere since it was shown
      FileError              a file cannot be read, written or used; `path` names it
        (ImportFileError, ExportError, DatabaseOpenError… in their own layers)

`Cancelled` (the person stopped the work) is neither: it is not shown as an error.

A message is a template with named arguments, never a finished sentence:

    raise ConflictError("Number {number} is already used by the webinar “{title}”.",
                        number=form.number, title=clash)

The template is the message id of a translation catalogue. `message()` (and `str()`)
looks it up through the translator installed with `set_translator` (gettext's
`gettext`, say) and only then fills in the arguments, so translating the messages
touches no caller. So that an extractor finds every template, it is a plain literal
string at the place that raises — the first positional argument (the second for the
file errors, whose first is the path) — and templates kept elsewhere (class attributes,
tables) are marked with `N_()`. Extract with (a test keeps this list in step with the
code):

    pybabel extract -k N_ -k UserError -k ValidationError -k ConflictError \\
        -k NotFoundError -k ChangedElsewhereError -k FieldProblem -k CliError -k Message \\
        -k FileError:2 -k ImportFileError:2 -k UnknownLayoutError:2 -k ExportError:2 \\
        -k DatabaseOpenError:2 -k SchemaTooNewError:2 -k ReadOnlyDatabaseError:2 \\
        -k ServerUnavailableError:2 -k EmptyServerError:2 -k SchemaOutdatedError:2 \\
        -k SchemaChangedError:2 -k CopyError:2 \\
        -k Problem:4 -k problem:3 -k _problem:3 ocse_planner

(The last three are the attendance importer's row problems: `importers/models.Problem`
and the helpers that make one; a row problem is data in a list, not an exception.)

This module imports nothing of the package, so every layer, `db/` included, may raise
these errors (the one exception to "db knows nothing above it").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from os import PathLike
from pathlib import Path
from typing import Any

# pybabel's -k options for the templates (see the module docstring): "Name" takes the
# first argument as the message id, "Name:2" the second.
EXTRACT_KEYWORDS = (
    "N_", "UserError", "ValidationError", "ConflictError", "NotFoundError", "ChangedElsewhereError",
    "FieldProblem", "CliError", "Message", "FileError:2", "ImportFileError:2", "UnknownLayoutError:2",
    "ExportError:2", "DatabaseOpenError:2", "SchemaTooNewError:2", "ReadOnlyDatabaseError:2",
    "ServerUnavailableError:2", "EmptyServerError:2", "SchemaOutdatedError:2", "SchemaChangedError:2",
    "CopyError:2", "Problem:4", "problem:3", "_problem:3",
)

# Spaces that typography puts in a message (French "82 %", "Titre : …", « guillemets »):
# Python counts them as unprintable, yet they are what a translated message must keep.
TYPOGRAPHIC_SPACES = "\u00a0\u202f\u2009"

MAX_ARGUMENT = 600  # characters of one argument shown (a 100,000-character title stays a line)

Translate = Callable[[str], str]


def _no_translation(template: str) -> str:
    return template


_translate: Translate = _no_translation


def set_translator(translate: Translate | None) -> None:
    """Use `translate(template) -> text` for every message from now on (None: English)."""
    global _translate
    _translate = translate or _no_translation


def N_(template: str) -> str:  # noqa: N802 - the name gettext tools know
    """Mark a template kept away from its raise (a table, a class attribute) for extraction."""
    return template


def shown(value: object) -> object:
    """An argument as a message shows it: text on one printable line, cut in the middle
    when very long (a damaged file's bytes, a pasted page); numbers keep their type so a
    template may format them ("{count:,}")."""
    if isinstance(value, str | PathLike):
        text = str(value)
        if not text.isprintable():
            text = "".join(c if c.isprintable() or c in TYPOGRAPHIC_SPACES else " " for c in text)
        if len(text) > MAX_ARGUMENT:
            half = MAX_ARGUMENT // 2
            text = text[:half] + "…" + text[-half:]
        return text
    if isinstance(value, UserError | FieldProblem):
        return value.message()  # rendered when shown, in the language of that moment
    return value


def render(template: str, arguments: Mapping[str, object], translate: Translate | None = None) -> str:
    """The template in the user's language (or through `translate`, a document's own
    catalogue) with its arguments filled in.

    A translation whose placeholders do not match the template falls back to English
    rather than failing while an error is being reported.
    """
    values = {name: shown(value) for name, value in arguments.items()}
    text = (translate or _translate)(template)
    try:
        return text.format_map(values)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        if text is template or text == template:
            return template + "".join(f" [{name}: {value}]" for name, value in values.items())
        return render_untranslated(template, values)


class Message:
    """A sentence that is not an error (why a figure is "n/a", how it was counted): a
    template and its arguments like a UserError's, rendered when shown, in the language of
    that moment or through the `translate` of a document."""

    __slots__ = ("template", "arguments")

    def __init__(self, template: str, /, **arguments: object) -> None:
        self.template = template
        self.arguments = arguments

    def message(self, translate: Translate | None = None) -> str:
        return render(self.template, self.arguments, translate)

    def __str__(self) -> str:
        return self.message()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.template, self.arguments) == (other.template, other.arguments)

    def __hash__(self) -> int:
        return hash((self.template, tuple(sorted((k, str(v)) for k, v in self.arguments.items()))))

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.arguments!r})"


def render_untranslated(template: str, arguments: Mapping[str, object]) -> str:
    try:
        return template.format_map({name: shown(value) for name, value in arguments.items()})
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return template


def _rebuild(cls: type[UserError], template: str, state: dict[str, Any]) -> UserError:
    error = cls.__new__(cls)
    Exception.__init__(error, template)
    error.__dict__.update(state)
    return error


class UserError(Exception):
    """Something the user can fix; the message says what and, where it helps, how."""

    field: str | None = None

    def __init__(self, template: str, /, **arguments: object) -> None:
        super().__init__(template)
        self.template = template
        self.arguments = arguments

    def message(self) -> str:
        return render(self.template, self.arguments)

    def __str__(self) -> str:
        return self.message()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.template!r}, **{self.arguments!r})"

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Rebuilt with every attribute when it crosses a process boundary (the import child).
        return (_rebuild, (type(self), self.template, dict(self.__dict__)))


class FieldProblem:
    """One thing wrong with one field of a form: an error, or a warning that does not
    stop the save (a date outside the series' year), shown beside the field."""

    __slots__ = ("template", "field", "warning", "arguments")

    def __init__(self, template: str, /, *, field: str, warning: bool = False, **arguments: object) -> None:
        self.template = template
        self.field = field  # the form field's name, e.g. "number", "start_time"
        self.warning = warning
        self.arguments = arguments

    def message(self) -> str:
        return render(self.template, self.arguments)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FieldProblem) and (
            (self.template, self.field, self.warning, self.arguments)
            == (other.template, other.field, other.warning, other.arguments))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        kind = "warning" if self.warning else "error"
        return f"FieldProblem({self.template!r}, field={self.field!r}, {kind}, **{self.arguments!r})"

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (_problem, (self.template, self.field, self.warning, self.arguments))


def _problem(template: str, field: str, warning: bool, arguments: dict[str, object]) -> FieldProblem:
    return FieldProblem(template, field=field, warning=warning, **arguments)


class ValidationError(UserError):
    """What was typed cannot be saved; nothing was written.

    `field` names the form field (None when no one field is to blame); a form checked as
    a whole raises one error holding every problem (`ValidationError.of`), and
    `problems` always lists them, one per field.
    """

    def __init__(self, template: str, /, *, field: str | None = None, **arguments: object) -> None:
        super().__init__(template, **arguments)
        self.field = field
        self.problems: tuple[FieldProblem, ...] = (
            (FieldProblem(template, field=field, **arguments),) if field is not None else ())

    @classmethod
    def of(cls, problems: Iterable[FieldProblem]) -> ValidationError:
        problems = tuple(problems)
        if not problems:
            raise ValueError("a ValidationError needs at least one problem")
        first = problems[0]
        error = cls(first.template, field=first.field, **first.arguments)
        error.problems = problems
        return error

    def message(self) -> str:
        if len(self.problems) > 1:
            return "\n".join(p.message() for p in self.problems)
        return super().message()


class ConflictError(UserError):
    """The change clashes with other records: a name already taken, a record still in
    use, a presenter already booked. Nothing was written."""


class NotFoundError(UserError):
    """What was asked for does not exist (any more): a record deleted elsewhere, an id or
    year typed on the command line that matches nothing."""


class ChangedElsewhereError(UserError):
    """The record was changed (or, with `deleted`, deleted) elsewhere since it was shown:
    another window or program saved in between. Reload it and edit again."""

    def __init__(self, template: str, /, *, deleted: bool = False, **arguments: object) -> None:
        super().__init__(template, **arguments)
        self.deleted = deleted


class FileError(UserError):
    """A file cannot be read, written or used. `path` names it; the template is the reason,
    the sentence after the file's name ("is a folder; give a file name"), so a window can
    lay the two out apart. `frame` joins them for one line."""

    frame = N_("{path}: {reason}")

    def __init__(self, path: str | PathLike[str], template: str, /, **arguments: object) -> None:
        super().__init__(template, **arguments)
        self.path = Path(path)

    @property
    def reason(self) -> str:
        """The reason alone, in the user's language."""
        return render(self.template, self.arguments)

    def message(self) -> str:
        return render(self.frame, {"path": self.path, "name": self.path.name or str(self.path),
                                   "reason": self.reason})

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r}, {self.template!r}, **{self.arguments!r})"


class Cancelled(Exception):
    """The person stopped the work (Cancel, closing its dialog); nothing was changed.
    Neither their mistake nor a fault: nothing to show but that it stopped."""


def os_reason(exc: OSError) -> str:
    """What the system said about a failed file operation, for a `{detail}` argument."""
    return exc.strerror or str(exc) or type(exc).__name__
