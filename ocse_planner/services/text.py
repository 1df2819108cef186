"""What text the planner accepts, and how every file it writes carries that text.

One module decides it, so that a feature added later reuses the rule instead of
rediscovering it through a crashed export:

* **Typed input** (forms, the command line): a control character is refused, and so is a
  line break in a single-line field, with a message naming the field. Multi-line fields
  (notes, themes, highlights, bios) keep tabs and line breaks. Enforced when a session
  flushes (installed by the services package as soon as SQLAlchemy's ORM is loaded),
  so every service, present and future, is covered: the field is the column
  that refused the value, multi-line being the columns of type Text.
* **Imported files**: people's display names come from a platform and may hold anything.
  Control characters are removed and tabs or line breaks become spaces
  (`clean_imported`); the import summary says how many values were cleaned.
* **Writers** encode what remains: `for_xml` for xlsx and docx (XML cannot carry most
  control characters, U+FFFE/U+FFFF or lone surrogates; each container has a length
  limit), `for_ics` for calendar TEXT values (escaped and folded by the writer, no raw
  control byte), `for_csv` for CSV cells (formula-like text kept as text).
* **E-mail addresses** are compared in one canonical form (`canonical_email`): Unicode
  NFKC (full-width letters become ASCII), invisible characters removed (zero-width
  spaces, bidi controls, soft hyphens), case folded. One person never becomes two.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ocse_planner.services.errors import FieldProblem, ValidationError

# Characters no document format carries and nobody types on purpose: C0 controls other
# than tab, LF and CR; DEL and the C1 controls; lone surrogates; Unicode noncharacters
# (U+FDD0-U+FDEF and the last two code points of every plane: U+FFFE, U+FFFF, U+1FFFE...).
_NONCHARACTERS = "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}-{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
UNSAFE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef{_NONCHARACTERS}]")
# What makes text more than one line (or a tab, which a one-line field cannot show either).
LINE_BREAKS = re.compile("[\t\n\r\u2028\u2029]")
_IMPORT_DIRTY = re.compile(f"{UNSAFE.pattern}|{LINE_BREAKS.pattern}")
# Control characters that end a line where the file comes from: a vertical tab is the line
# break inside a spreadsheet cell (Excel for Mac, FileMaker exports), then form feed, the
# file, group and record separators and NEL. An import makes them a space, not nothing:
# "Jane<VT>Doe" is "Jane Doe".
_LINE_CONTROLS = re.compile("[\x0b\x0c\x1c-\x1e\x85]")

# Text a spreadsheet would evaluate, or that starts the classic CSV-injection payloads.
RISKY_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

# Limits of the containers the writers fill.
XLSX_CELL_LIMIT = 32_767  # Excel refuses longer cells as a damaged file
XLSX_FOOTER_TEXT_LIMIT = 150  # Excel: header/footer ≤ 255 characters with all its codes
DOCX_PROPERTY_LIMIT = 255  # core properties (title, author): python-docx raises beyond it


def has_unsafe(text: str) -> bool:
    """Whether `text` holds a character of UNSAFE. Printable text cannot (str.isprintable
    is false for every control, surrogate and unassigned code point), and checking that
    runs at C speed: the regular expression only looks at the rest."""
    return not text.isprintable() and UNSAFE.search(text) is not None


def _char_name(char: str) -> str:
    """How a refused character is named (tab and line breaks are not in UNSAFE: a one-line
    field refuses them with their own sentence)."""
    names = {"\x00": "NUL", "\x1b": "escape"}
    return f"{names[char]}, U+{ord(char):04X}" if char in names else f"U+{ord(char):04X}"


# --- typed input ---------------------------------------------------------------------

def input_problem(field: str, value: str, *, multiline: bool = False,
                  label: str | None = None) -> FieldProblem | None:
    """Why `value` cannot be saved in `field`, or None when it can."""
    if value.isprintable():
        return None
    label = label or field.replace("_", " ")
    bad = UNSAFE.search(value)
    if bad is not None:
        return FieldProblem("The field “{label}” contains a control character ({character}), which cannot be "
                            "saved; remove it.", field=field, label=label, character=_char_name(bad.group()))
    if not multiline:
        brk = LINE_BREAKS.search(value)
        if brk is not None:
            if brk.group() == "\t":
                return FieldProblem("The field “{label}” contains a tab; it must be one line of text.",
                                    field=field, label=label)
            return FieldProblem("The field “{label}” contains a line break; it must be one line of text.",
                                field=field, label=label)
    return None


def form_problems(form: Any, multiline: frozenset[str] | set[str] = frozenset()) -> list[FieldProblem]:
    """The input rule over every text field of a form dataclass (tuples of text included),
    for forms that mark fields before saving; the flush check catches the rest."""
    from dataclasses import fields

    problems = []
    for spec in fields(form):
        for text in _strings(getattr(form, spec.name)):
            problem = input_problem(spec.name, text, multiline=spec.name in multiline)
            if problem is not None:
                problems.append(problem)
                break
    return problems


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [v for v in value if isinstance(v, str)]
    return []


def _check_flush(session: Any, _context: Any, _instances: Any) -> None:
    """Refuse a flush that would store text the writers could not carry (see module doc)."""
    from sqlalchemy import JSON, String, Text, inspect

    problems: list[FieldProblem] = []
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        mapper = state.mapper
        for attr in mapper.column_attrs:
            column = attr.columns[0]
            kind = column.type
            if not isinstance(kind, String | JSON):
                continue
            if obj in session.new:
                value = getattr(obj, attr.key, None)
            else:
                added = state.attrs[attr.key].history.added
                if not added:
                    continue
                value = added[0]
            if isinstance(kind, JSON) and not isinstance(value, list):
                continue  # remembered column mappings quote the user's own file headers
            multiline = isinstance(kind, Text)
            for text in _strings(value):
                problem = input_problem(attr.key, text, multiline=multiline)
                if problem is not None:
                    problems.append(problem)
                    break
    if problems:
        raise ValidationError.of(problems)


_installed = False


def install() -> None:
    """Check every ORM flush against the input rule (once per process)."""
    global _installed
    if _installed:
        return
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    event.listen(Session, "before_flush", _check_flush)
    _installed = True


# --- imported files --------------------------------------------------------------------

def needs_cleaning(value: str) -> bool:
    return not value.isprintable() and _IMPORT_DIRTY.search(value) is not None


def clean_imported(value: str) -> str:
    """A value from an imported file: control characters removed, tabs and line breaks
    (vertical tabs and the other line-ending controls included) made spaces, runs of spaces
    left as the file had them, ends trimmed."""
    return LINE_BREAKS.sub(" ", UNSAFE.sub("", _LINE_CONTROLS.sub(" ", value))).strip()


# --- e-mail addresses ------------------------------------------------------------------

def _invisible(char: str) -> bool:
    """Zero-width spaces and joiners, bidi marks and embeddings, the BOM, the soft hyphen:
    the format characters (Unicode category Cf) an address may carry from a paste."""
    return unicodedata.category(char) == "Cf"


def canonical_email(value: str) -> str:
    """The form in which two spellings of one address compare equal (see module doc).

    Spaces are not removed: "john doe@x.ca" must stay an invalid address, not become
    another person's valid one.
    """
    if value.isascii() and value.isprintable():  # the common case, at C speed (100,000s per import)
        return value.strip().lower()
    text = value if value.isascii() else unicodedata.normalize("NFKC", value)
    if not text.isascii():
        text = "".join(c for c in text if not _invisible(c))
    return LINE_BREAKS.sub(" ", UNSAFE.sub("", _LINE_CONTROLS.sub(" ", text))).strip().casefold()


# --- writers ---------------------------------------------------------------------------

def for_xml(value: str, limit: int | None = XLSX_CELL_LIMIT) -> str:
    """Text for an xlsx cell or a docx paragraph: XML-illegal characters removed, cut to
    the container's limit (None: no limit)."""
    text = UNSAFE.sub("", value) if has_unsafe(value) else value
    return text if limit is None else text[:limit]


def for_xlsx_footer(value: str, limit: int = XLSX_FOOTER_TEXT_LIMIT) -> str:
    """Header/footer text: "&" doubled (it starts a code such as &P there), the result
    at most `limit` characters so the whole footer stays within Excel's 255."""
    text = for_xml(LINE_BREAKS.sub(" ", value), None)
    escaped = text.replace("&", "&&")
    if len(escaped) <= limit:
        return escaped
    cut = text[: limit - 1]
    while len(cut.replace("&", "&&")) > limit - 1:
        cut = cut[:-1]
    return cut.replace("&", "&&") + "…"


def for_docx_property(value: str) -> str:
    """A core property (title, author): one line, within python-docx's 255 characters."""
    text = for_xml(LINE_BREAKS.sub(" ", value), None)
    return text if len(text) <= DOCX_PROPERTY_LIMIT else text[: DOCX_PROPERTY_LIMIT - 1] + "…"


def for_ics(value: str) -> str:
    """Calendar TEXT before escaping: no control character but tab and line break, line
    ends as "\\n" (the writer escapes them, and folds long lines at 75 octets)."""
    text = UNSAFE.sub("", value) if has_unsafe(value) else value
    return text.replace("\r\n", "\n").replace("\r", "\n")


def for_csv(value: str) -> str:
    """A CSV cell: no control character but tab and line breaks, and formula-like text
    prefixed with an apostrophe, which spreadsheets show as text and do not evaluate."""
    text = UNSAFE.sub("", value) if has_unsafe(value) else value
    return "'" + text if text.startswith(RISKY_PREFIXES) else text

