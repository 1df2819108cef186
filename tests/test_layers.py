"""The package's layers, read from every import statement (lazy ones included).

`db` <- `services` / `export` / `importers` <- `ui` / `cli`; Qt only in `ui`; each tab's
package is used from outside only by the main window; `ui/common` knows no tab. The one
exception: every layer, `db` included, raises the errors of `services/errors.py`, which
itself imports nothing of the package.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "ocse_planner"
TABS = ("series", "sessions", "presenters", "partners", "attendance")


def module_name(path: Path) -> str:
    return ".".join(("ocse_planner", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")


@cache
def imports() -> tuple[tuple[str, str], ...]:
    """(importing module, imported module or name) for every import in the package."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        importer = module_name(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [(importer, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.append((importer, node.module))
                found += [(importer, f"{node.module}.{alias.name}") for alias in node.names]
    return tuple(found)


def is_in(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


SHARED_ERRORS = "ocse_planner.services.errors"


def offenders(importer_in: tuple[str, ...], imported_in: tuple[str, ...]) -> set[str]:
    return {
        f"{importer} imports {imported}"
        for importer, imported in imports()
        if any(is_in(importer, p) for p in importer_in) and any(is_in(imported, p) for p in imported_in)
        and not is_in(imported, SHARED_ERRORS)
    }


def test_the_scan_sees_the_imports():
    assert ("ocse_planner.ui.main_window", "ocse_planner.ui.common.state.AppState") in imports()


@pytest.mark.parametrize(("lower", "upper"), [
    (("ocse_planner.db",), ("ocse_planner.services", "ocse_planner.export", "ocse_planner.importers")),
    (("ocse_planner.db", "ocse_planner.services", "ocse_planner.export", "ocse_planner.importers",
      "ocse_planner.logs"),
     ("ocse_planner.ui", "ocse_planner.cli", "PySide6", "shiboken6")),
])
def test_lower_layers_import_nothing_above_them(lower, upper):
    assert offenders(lower, upper) == set()


def test_the_shared_errors_import_nothing_of_the_package():
    """db/ may raise them only because they pull in nothing above db."""
    assert {imported for importer, imported in imports()
            if importer == SHARED_ERRORS and is_in(imported, "ocse_planner")} == set()


def test_only_the_main_window_reaches_into_a_tab_package():
    found = set()
    for tab in TABS:
        package = f"ocse_planner.ui.{tab}"
        found |= {
            f"{importer} imports {imported}"
            for importer, imported in imports()
            if is_in(imported, package) and not is_in(importer, package) and importer != "ocse_planner.ui.main_window"
        }
    assert found == set()


def test_common_knows_no_tab_and_no_window():
    above = tuple(f"ocse_planner.ui.{name}" for name in (*TABS, "files", "main_window", "app"))
    assert offenders(("ocse_planner.ui.common",), above) == set()


def test_ui_holds_only_the_app_the_window_and_packages():
    flat = {path.name for path in (PACKAGE / "ui").glob("*.py")}
    assert flat == {"__init__.py", "app.py", "main_window.py"}
    assert not list(PACKAGE.glob("commands_*.py")) and not (PACKAGE / "cli.py").exists()


def test_exporters_read_service_results_not_orm_rows():
    assert offenders(("ocse_planner.export",), ("ocse_planner.db.models",)) == set()


SQL_CALLS = {"execute", "executemany", "executescript", "exec_driver_sql", "text"}


def test_raw_sql_lives_in_db():
    """SQL written as text (not built with SQLAlchemy) only in db/: services, exporters,
    importers and the window express queries through the models."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[0] == "db":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            if name in SQL_CALLS and isinstance(node.args[0], ast.Constant | ast.JoinedStr):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert found == []
