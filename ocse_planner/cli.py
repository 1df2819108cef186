"""Command line: launch the GUI, or run a headless sub-command.

Sub-commands never import Qt, so they run on a server without a display. Errors a user
can cause print one line (`ocse-planner: error: …`) and exit non-zero, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from platformdirs import user_data_dir

from ocse_planner import __version__

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
PROG = "ocse-planner"


class CliError(Exception):
    """A user-facing failure: printed as one line, with an exit status."""

    def __init__(self, message: str, status: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.status = status


def default_database_path() -> Path:
    """The planner file used when no --db is given, in the user's data folder."""
    folder = Path(user_data_dir("ocse-planner", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)
    return folder / "planner.db"


# --- sub-commands ------------------------------------------------------------------

def cmd_demo(args: argparse.Namespace) -> int:
    from ocse_planner.db.demo import create_demo_database
    from ocse_planner.db.migrate import DatabaseOpenError

    try:
        path = create_demo_database(args.db, force=args.force)
    except DatabaseOpenError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    except OSError as exc:
        raise CliError(f"{args.db}: cannot be written ({exc.strerror or exc})", EXIT_USAGE) from None
    print(f"Demo data (the 2022 series) written to {path}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    """Schema revision and record counts, read without changing the file (a read-only
    file or a backup included: nothing is written, nothing is left beside it)."""
    from ocse_planner.db.migrate import entity_counts, head_revision, inspect_revision

    path = Path(args.db)
    state = _database_step(lambda: inspect_revision(path))
    db = open_for_command(args.db, read_only=True)
    try:
        counts = _database_step(lambda: entity_counts(db))
    finally:
        db.close()
    head = head_revision()
    note = "current" if state.revision == head else f"older than this app's {head}; opening it upgrades it"
    print(f"File: {path}")
    print(f"Schema revision: {state.revision} ({note})")
    width = max(len(name) for name in counts)
    for name, count in counts.items():
        print(f"  {name.replace('_', ' '):<{width}}  {count:>8}")
    return EXIT_OK


def _database_step(step):  # type: ignore[no-untyped-def]
    from ocse_planner.db.migrate import DatabaseOpenError

    try:
        return step()
    except DatabaseOpenError as exc:
        raise CliError(str(exc)) from None


# --- parser --------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Plan a recurring webinar series offline. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", dest="gui_db", metavar="PATH", help="planner file to open")
    parser.add_argument(
        "--demo", action="store_true", help="open the window on a fresh temporary copy of the demo data"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="write a planner file holding the demo data (the 2022 series)")
    demo.add_argument("--db", required=True, metavar="PATH", help="file to create")
    demo.add_argument("--force", action="store_true", help="replace the file if it exists")
    demo.set_defaults(func=cmd_demo)

    info = commands.add_parser("info", help="print the schema revision and the number of records")
    info.add_argument("--db", required=True, metavar="PATH", help="planner file to read")
    info.set_defaults(func=cmd_info)

    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(commands)
    return parser


# Feature modules that add sub-commands: each has `register(subparsers)` and sets
# `func` on its parsers. Only commands that work are registered.
COMMAND_MODULES: tuple[str, ...] = (
    "ocse_planner.commands_series",
    "ocse_planner.commands_schedule",
    "ocse_planner.commands_export",
    "ocse_planner.commands_attendance",
    "ocse_planner.commands_partners",
)


def open_for_command(path: str, *, read_only: bool = False):  # type: ignore[no-untyped-def]
    """Open an existing planner file for a sub-command, as a one-line error if it can't be.

    `read_only` commands (info, stats, exports, conflicts, partners) never migrate, never
    write and leave nothing beside the file; the others upgrade an older file first.
    """
    from ocse_planner.db.migrate import DatabaseOpenError, open_database, open_for_reading

    if not Path(path).exists():
        raise CliError(f"{path}: does not exist")
    try:
        return open_for_reading(path) if read_only else open_database(path, create=False)
    except DatabaseOpenError as exc:
        raise CliError(str(exc)) from None


def series_for_command(session, text: str):  # type: ignore[no-untyped-def]
    """`--series` as an id, or a year that only one series has."""
    from ocse_planner.services.lookup import NotFoundError, resolve_series

    try:
        return resolve_series(session, text)
    except NotFoundError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None


def launch_gui(args: argparse.Namespace) -> int:
    from ocse_planner.db.demo import create_demo_database

    if args.demo:
        folder = Path(tempfile.mkdtemp(prefix="ocse-planner-demo-"))
        path: Path = create_demo_database(folder / "demo-2022.db")
    elif args.gui_db:
        path = Path(args.gui_db)
    else:
        path = default_database_path()
    from ocse_planner.ui.app import run_gui

    return run_gui(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return launch_gui(args)
        return int(args.func(args))
    except CliError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # met mid-command: a file another program keeps locked, text refused
        from ocse_planner.db.errors import DatabaseOpenError
        from ocse_planner.services.validation import ValidationError

        if isinstance(exc, ValidationError):  # an argument the input rules refuse: a wrong call
            print(f"{PROG}: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if not isinstance(exc, DatabaseOpenError):
            raise
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
