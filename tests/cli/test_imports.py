"""What a sub-command loads: never Qt, and only its own module of the cli package.

Each command runs in a fresh interpreter, which then reports the modules it imported, so
an import added at the top of a shared module (or a parser that registers every group)
shows up here. The commands really run (exit status and output are checked), so a test
cannot pass on a command that failed before importing anything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ocse_planner.cli import SUBCOMMANDS
from tests.services.attendance_files import WEBINAR_1, write_template

RUN_AND_LIST_MODULES = """
import json, sys
from ocse_planner.cli import main
status = main(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    json.dump({"status": status, "modules": sorted(sys.modules)}, out)
"""

CLI_MODULES = {f"ocse_planner.cli.{module}" for module in SUBCOMMANDS.values()}


def run_listing_modules(tmp_path: Path, *argv: str) -> tuple[int, set[str], str]:
    report = tmp_path / "modules.json"
    result = subprocess.run(
        [sys.executable, "-c", RUN_AND_LIST_MODULES, str(report), *argv],
        capture_output=True, text=True, timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    loaded = json.loads(report.read_text())
    return loaded["status"], set(loaded["modules"]), result.stdout


def prepare(name: str, demo_path: Path) -> None:
    """What a command needs besides the demo: `compare`, a second edition."""
    if name == "compare":
        from ocse_planner.db import open_database
        from tests.services.editions import clone_2023

        with open_database(demo_path) as db:
            clone_2023(db)


def commands(demo_path: Path, tmp_path: Path) -> dict[str, list[str]]:
    """One working command line per sub-command."""
    db = ["--db", str(demo_path)]
    series = [*db, "--series", "2022"]
    attendance = write_template(tmp_path / "webinar1.csv", WEBINAR_1)
    return {
        "demo": ["demo", "--db", str(tmp_path / "new.db")],
        "info": ["info", *db],
        "upgrade": ["upgrade", *db],
        "copy": ["copy", str(demo_path), str(tmp_path / "copy.db")],
        "clone-series": ["clone-series", *series, "--year", "2023"],
        "conflicts": ["conflicts", *series],
        "readiness": ["readiness", *series],
        "todo": ["todo", *db],
        "export": ["export", "agenda", *series, "-o", str(tmp_path / "agenda.xlsx")],
        "release-agenda": ["release-agenda", *series],
        "import": ["import", "attendance", *db, "--webinar", "2022:1", str(attendance)],
        "stats": ["stats", *series],
        "compare": ["compare", *series, "--series", "2023"],  # after `prepare` made 2023
        "partners": ["partners", *series],
        "invitations": ["invitations", *series, "--kind", "confirmation", "-o", str(tmp_path / "drafts")],
        "install-desktop-entry": ["install-desktop-entry", "--data-dir", str(tmp_path / "share")],
    }


@pytest.mark.parametrize("name", list(SUBCOMMANDS))
def test_a_sub_command_loads_no_qt_and_no_other_command_group(name, demo_path, tmp_path):
    prepare(name, demo_path)
    argv = commands(demo_path, tmp_path)[name]
    status, modules, out = run_listing_modules(tmp_path, *argv)
    assert status == 0 and out.strip()
    assert not {m for m in modules if m == "PySide6" or m.startswith(("PySide6.", "shiboken6"))}
    assert not {m for m in modules if m.startswith("ocse_planner.ui")}
    assert modules & CLI_MODULES == {f"ocse_planner.cli.{SUBCOMMANDS[name]}"}
    # the PostgreSQL driver is loaded for a postgresql: URL only, never for a file
    assert not {m for m in modules if m.startswith(("psycopg", "ocse_planner.db.server"))}


def test_every_sub_command_is_listed_with_its_module():
    """SUBCOMMANDS names exactly the commands each module registers, so none goes missing."""
    import argparse
    import importlib

    for module in set(SUBCOMMANDS.values()):
        parser = argparse.ArgumentParser()
        registered = parser.add_subparsers()
        importlib.import_module(f"ocse_planner.cli.{module}").register(registered)
        assert set(registered.choices) == {n for n, m in SUBCOMMANDS.items() if m == module}


LIST_AFTER = """
import sys
from ocse_planner.cli import build_parser
try:
    build_parser(sys.argv[1:]).parse_args(sys.argv[1:])
except SystemExit:
    pass
print(sorted(m for m in sys.modules if m.startswith(("PySide6", "ocse_planner.cli."))))
"""


def test_launching_the_window_parses_without_any_command_group():
    result = subprocess.run([sys.executable, "-c", LIST_AFTER, "--db", "planner.db"],
                            capture_output=True, text=True, timeout=60)
    assert result.stdout.splitlines()[-1] == "[]"


def test_help_lists_every_sub_command_without_qt():
    result = subprocess.run([sys.executable, "-c", LIST_AFTER, "--help"], capture_output=True, text=True, timeout=60)
    lines = result.stdout.splitlines()
    assert lines[-1] == repr(sorted(CLI_MODULES))
    listed = {line.split()[0] for line in lines if line.startswith("    ")}
    assert set(SUBCOMMANDS) <= listed


# Modules a command must not load because it never uses them (each costs start-up time:
# SQLAlchemy alone is a third of a second). Checked on the real commands of
# `commands()`, so a top-level import added to a shared module shows up here.
WRITERS = ("ocse_planner.export", "openpyxl", "docx", "reportlab", "icalendar")
UNUSED = {
    "import": (*WRITERS, "ocse_planner.services.matrix", "ocse_planner.services.conflicts",
               "ocse_planner.services.agenda", "ocse_planner.services.clone", "ocse_planner.services.people"),
    "stats": (*WRITERS, "ocse_planner.importers", "ocse_planner.services.attendance_import",
              "ocse_planner.services.matrix", "ocse_planner.services.conflicts"),
    "conflicts": (*WRITERS, "ocse_planner.importers", "ocse_planner.services.attendance_import",
                  "ocse_planner.services.attendance_summary", "ocse_planner.services.matrix"),
    "readiness": (*WRITERS, "ocse_planner.importers", "ocse_planner.services.attendance_import",
                  "ocse_planner.services.attendance_summary", "ocse_planner.services.matrix",
                  "ocse_planner.services.conflicts"),
    "todo": (*WRITERS, "ocse_planner.importers", "ocse_planner.services.attendance_import",
             "ocse_planner.services.attendance_summary", "ocse_planner.services.matrix"),
    "info": (*WRITERS, "ocse_planner.importers", "ocse_planner.services.attendance_import",
             "ocse_planner.services.matrix", "ocse_planner.services.conflicts"),
    "export": ("ocse_planner.importers", "ocse_planner.services.attendance_import", "ocse_planner.services.matrix",
               "docx", "reportlab", "icalendar"),
}


@pytest.mark.parametrize("name", list(UNUSED))
def test_a_sub_command_loads_no_service_or_writer_it_does_not_use(name, demo_path, tmp_path):
    status, modules, out = run_listing_modules(tmp_path, *commands(demo_path, tmp_path)[name])
    assert status == 0 and out.strip()
    assert not {m for m in modules if m.startswith(UNUSED[name])}


SHOWN_WITH = """
import json, sys
from ocse_planner.ui import main_window

def show(self):  # the moment the window would appear: list what was loaded, stop
    with open(sys.argv[1], "w") as out:
        json.dump(sorted(sys.modules), out)
    raise SystemExit(0)

main_window.MainWindow.show = show
from ocse_planner.cli import main
main(sys.argv[2:])
"""


def test_the_window_is_shown_before_the_storage_layer_is_loaded(demo_path, tmp_path):
    """Nothing but the window shell before show(): SQLAlchemy, the models, the services
    that query and the tabs all load after the window is on screen."""
    report = tmp_path / "modules.json"
    result = subprocess.run([sys.executable, "-c", SHOWN_WITH, str(report), "--db", str(demo_path)],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "Traceback" not in result.stderr, result.stderr
    loaded = set(json.loads(report.read_text()))
    assert "PySide6.QtWidgets" in loaded and "ocse_planner.ui.main_window" in loaded
    heavy = ("sqlalchemy", "alembic", "openpyxl", "ocse_planner.db.models", "ocse_planner.db.engine",
             "ocse_planner.importers", "ocse_planner.export", *(f"ocse_planner.ui.{tab}." for tab in
                                                                ("series", "sessions", "presenters", "partners",
                                                                 "attendance")))
    assert not {m for m in loaded if m.startswith(heavy)} - {"ocse_planner.export", "ocse_planner.export.naming"}
    # nor the file checks and backups (sqlite3), the team-database dialog or the log file's
    # rotating handler (socket, pickle, queue): they load once the window is up
    later = ("sqlite3", "ocse_planner.db.backup", "ocse_planner.ui.files.file_safety",
             "ocse_planner.ui.files.connect_dialog", "logging.handlers", "socket")
    assert not {m for m in loaded if m.startswith(later)}
    services = {m for m in loaded if m.startswith("ocse_planner.services.")}
    # message templates and the clock format: plain Python, no queries
    assert services <= {"ocse_planner.services.errors", "ocse_planner.services.time_format"}


def test_a_command_runs_without_the_cyclic_collector_and_gives_it_back(demo_path, monkeypatch):
    """Commands run with the cyclic collector paused (their imports would feed it
    100,000s of objects for nothing); an in-process caller gets it back as it was."""
    import gc

    import ocse_planner.cli as cli

    during = []
    monkeypatch.setattr(cli, "run_asking_for_a_password", lambda args: during.append(gc.isenabled()) or 0)
    assert gc.isenabled()
    assert cli.main(["info", "--db", str(demo_path)]) == 0
    assert during == [False] and gc.isenabled()
    gc.disable()
    try:
        assert cli.main(["info", "--db", str(demo_path)]) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()
