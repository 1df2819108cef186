"""One error route, one excepthook, one settings module: checked on the source itself.

Read from every module's syntax tree: there is one error base (services/errors.py); every
user error is raised with a literal template (what a gettext extractor finds) whose
placeholders the raise supplies; the lower layers raise no plain-text exception a user
could meet; one module installs the excepthooks and one constructs QSettings; the window
shows no error text made with str(exc).
"""

from __future__ import annotations

import ast
import builtins
import importlib
import inspect
import pkgutil
import string
from functools import cache
from pathlib import Path

import pytest

import ocse_planner
from ocse_planner.services.errors import EXTRACT_KEYWORDS, Cancelled, FileError, UserError

PACKAGE = Path(ocse_planner.__file__).parent
LOWER = ("db", "services", "export", "importers")

# Plain exceptions below the window that are not about anything a user did: misuse of an
# API by our own code, invariants, and values parsed internally (their text never reaches
# a person as is). Module -> why.
PROGRAMMING_ERRORS = {
    "db/__init__.py": "PEP 562 attribute lookup",
    "db/base.py": "a naive datetime reaching the database is a bug",
    "db/migrations/env.py": "Alembic run outside the app",
    "export/atomic.py": "a read-only target, turned into an ExportError a few lines below",
    "export/streamed.py": "an exporter writing above the rows already streamed out is a bug",
    "importers/layouts.py": "a mapping with fields no dialog offers",
    "importers/parser.py": "a layout name or mapping no caller passes",
    "importers/merge.py": "a dataclass changed without its fast path",
    "importers/values.py": "a date part out of range, caught a few lines above",
    "services/journal.py": "a write recorded inside another recording is a bug",
    "services/errors.py": "ValidationError.of() without problems",
    "services/import_process.py": "the import process died: a fault, logged as such",
}


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@cache
def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


@cache
def user_error_classes() -> dict[str, type[UserError]]:
    for module in pkgutil.walk_packages(ocse_planner.__path__, "ocse_planner."):
        if ".migrations." not in module.name and not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found: dict[str, type[UserError]] = {}
    pending = [UserError]
    while pending:
        cls = pending.pop()
        found[cls.__name__] = cls
        pending += cls.__subclasses__()
    return found


def called_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def template_position(cls: type[UserError]) -> int:
    return 1 if issubclass(cls, FileError) else 0


def takes_a_template(cls: type[UserError]) -> bool:
    """False for errors built from facts (DatabaseBusyError(path, seconds)): their template
    is inside, N_-marked (checked by the test on constructors)."""
    return "template" in inspect.signature(cls.__init__).parameters


def raises_with_templates() -> list[tuple[str, int, str, ast.Call]]:
    """(module, line, class name, call) for every construction of a user error taking a template."""
    classes = user_error_classes()
    return [
        (relative(path), node.lineno, name, node)
        for path in sources()
        for node in ast.walk(tree(path))
        if isinstance(node, ast.Call) and (name := called_name(node)) in classes and takes_a_template(classes[name])
    ]


def test_there_is_one_error_base_and_it_lives_in_services():
    bases = [(relative(path), node.name) for path in sources() for node in ast.walk(tree(path))
             if isinstance(node, ast.ClassDef) and node.name == "UserError"]
    assert bases == [("services/errors.py", "UserError")]
    classes = user_error_classes()
    assert {"ValidationError", "ConflictError", "NotFoundError", "ChangedElsewhereError", "FileError"} <= set(classes)
    for name, cls in classes.items():  # one family: nothing below it is also a builtin error
        assert not issubclass(cls, LookupError | ValueError | OSError), name


def test_every_user_error_is_raised_with_a_literal_template():
    """A literal (or an N_-marked template held in a name) at the template position: an
    f-string or str(exc) there would be a message no catalogue can translate."""
    bad = []
    for module, line, name, call in raises_with_templates():
        position = template_position(user_error_classes()[name])
        if len(call.args) <= position:
            if module != "services/errors.py":  # the class's own helpers forward templates
                bad.append(f"{module}:{line} {name}() without a template")
            continue
        template = call.args[position]
        if isinstance(template, ast.Constant) and isinstance(template.value, str):
            continue
        marked_elsewhere = isinstance(template, ast.Name | ast.Attribute | ast.Subscript) and any(
            isinstance(n, ast.Call) and called_name(n) == "N_" for n in ast.walk(tree(PACKAGE / module)))
        if not marked_elsewhere and module != "services/errors.py":
            bad.append(f"{module}:{line} {name}({ast.unparse(template)})")
    assert bad == []


def test_templates_in_constructors_are_marked_for_extraction():
    """`super().__init__("…")` is invisible to an extractor: such templates wear N_(), and
    an exception never builds its message with an f-string."""
    bad = []
    for path in sources():
        for node in ast.walk(tree(path)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "__init__"
                    and any(isinstance(a, ast.JoinedStr) or isinstance(a, ast.Constant) and isinstance(a.value, str)
                            for a in node.args)):
                bad.append(f"{relative(path)}:{node.lineno} {ast.unparse(node)[:100]}")
    assert bad == []


def test_each_template_gets_the_arguments_it_names():
    bad = []
    for module, line, name, call in raises_with_templates():
        position = template_position(user_error_classes()[name])
        if len(call.args) <= position or not isinstance(call.args[position], ast.Constant):
            continue
        if any(k.arg is None for k in call.keywords):  # **arguments: checked where they are built
            continue
        wanted = {field.split(".")[0].split("[")[0] for _, field, _, _ in
                  string.Formatter().parse(call.args[position].value) if field}
        given = {k.arg for k in call.keywords}
        if issubclass(user_error_classes()[name], FileError):
            given |= {"path", "name"}
        if not wanted <= given:
            bad.append(f"{module}:{line} {name}: needs {sorted(wanted - given)}")
    assert bad == []


def test_the_extraction_keywords_cover_every_class_raised_with_a_template():
    keywords = {k.split(":")[0]: int(k.split(":")[1]) if ":" in k else 1 for k in EXTRACT_KEYWORDS}
    used = {name for _, _, name, call in raises_with_templates()
            if len(call.args) > template_position(user_error_classes()[name])
            and isinstance(call.args[template_position(user_error_classes()[name])], ast.Constant)}
    assert used - set(keywords) == set()
    for name in used:
        assert keywords[name] == template_position(user_error_classes()[name]) + 1, name
    assert keywords["N_"] == 1 and "FieldProblem" in keywords
    assert {name: keywords[name] for name in ROW_PROBLEM_MAKERS} == ROW_PROBLEM_MAKERS


# The attendance importer's row problems: data, not exceptions, but templates all the same.
ROW_PROBLEM_MAKERS = {"Problem": 4, "problem": 3, "_problem": 3}


def test_row_problems_are_made_from_literal_templates():
    bad = []
    for path in sorted((PACKAGE / "importers").rglob("*.py")) + [PACKAGE / "services/attendance_import.py"]:
        for node in ast.walk(tree(path)):
            if not (isinstance(node, ast.Call) and called_name(node) in ROW_PROBLEM_MAKERS):
                continue
            position = ROW_PROBLEM_MAKERS[called_name(node)] - 1
            if len(node.args) <= position:
                continue
            template = node.args[position]
            literal = isinstance(template, ast.Constant) and isinstance(template.value, str)
            forwarded = ast.unparse(template) in ("template", "error.template", "exc.template")
            if not (literal or forwarded):
                bad.append(f"{relative(path)}:{node.lineno} {ast.unparse(template)}")
    assert bad == []


@pytest.mark.parametrize("layer", LOWER)
def test_lower_layers_raise_no_plain_text_errors(layer):
    """Below the window, an error with a message is a UserError; the rest are faults."""
    bad = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        if relative(path) in PROGRAMMING_ERRORS:
            continue
        for node in ast.walk(tree(path)):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args and \
                    plain_exception(called_name(node.exc)):
                bad.append(f"{relative(path)}:{node.lineno} {ast.unparse(node.exc)[:80]}")
    assert bad == []


@cache
def our_exceptions() -> dict[str, type[BaseException]]:
    """Every exception class the package defines, by name."""
    user_error_classes()  # imports every module
    found: dict[str, type[BaseException]] = {}
    pending: list[type[BaseException]] = [BaseException]
    while pending:
        cls = pending.pop()
        if cls.__module__.startswith("ocse_planner"):
            found[cls.__name__] = cls
        pending += cls.__subclasses__()
    return found


def plain_exception(name: str | None) -> bool:
    """A builtin exception, or one of ours outside the UserError family (a cancel is no
    error; factories such as `stale(...)` or `ValidationError.of(...)` return user errors)."""
    if name is None or name in user_error_classes():
        return False
    ours = our_exceptions().get(name)
    if ours is not None:
        return not issubclass(ours, Cancelled)
    builtin = getattr(builtins, name, None)
    return isinstance(builtin, type) and issubclass(builtin, BaseException)


def _assignments_to(attribute: str) -> list[str]:
    return [
        f"{relative(path)}:{node.lineno}"
        for path in sources() for node in ast.walk(tree(path))
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Attribute) and ast.unparse(t) == attribute for t in node.targets)
    ]


def test_one_module_installs_the_excepthooks():
    assert _assignments_to("sys.excepthook") == [f"ui/common/errors.py:{_line_of('sys.excepthook')}"]
    assert _assignments_to("threading.excepthook") == [f"ui/common/errors.py:{_line_of('threading.excepthook')}"]


def _line_of(attribute: str) -> int:
    return next(node.lineno for node in ast.walk(tree(PACKAGE / "ui/common/errors.py"))
                if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == attribute)


def test_one_module_stores_preferences():
    """ocse_planner/preferences.py is the one settings route (no Qt: the command line reads
    it too); nothing constructs a QSettings or writes a preferences file of its own."""
    qsettings = sorted({relative(path) for path in sources() for node in ast.walk(tree(path))
                        if (isinstance(node, ast.Call) and called_name(node) == "QSettings")
                        or (isinstance(node, ast.ImportFrom) and any(a.name == "QSettings" for a in node.names))})
    assert qsettings == []
    stores = sorted({relative(path) for path in sources() for node in ast.walk(tree(path))
                     if isinstance(node, ast.Import | ast.ImportFrom)
                     and any(a.name == "configparser" for a in node.names)})
    assert stores == ["preferences.py"]


def test_the_window_builds_no_error_text_from_str_exc():
    """Errors reach the person through ui/common/errors.py, not `str(exc)` pasted into text."""
    names = {"exc", "error", "err", "e"}
    bad = [
        f"{relative(path)}:{node.lineno}"
        for path in sorted((PACKAGE / "ui").rglob("*.py")) for node in ast.walk(tree(path))
        if isinstance(node, ast.Call) and called_name(node) == "str" and node.args
        and isinstance(node.args[0], ast.Name) and node.args[0].id in names
    ]
    assert bad == []


def test_message_boxes_are_made_in_one_place():
    users = sorted({relative(path) for path in sources() for node in ast.walk(tree(path))
                    if isinstance(node, ast.Attribute) and ast.unparse(node).startswith("QMessageBox")
                    or isinstance(node, ast.Call) and called_name(node) == "QMessageBox"})
    assert users == ["ui/common/dialogs.py", "ui/common/errors.py"]


def test_no_tuple_of_user_errors_is_kept_anywhere():
    assert [relative(p) for p in sources() if "USER_ERRORS" in p.read_text(encoding="utf-8")] == []
