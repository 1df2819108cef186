"""Command line: launch the GUI, or run a headless sub-command.

One module of this package per group of sub-commands (`SUBCOMMANDS`), imported only when
one of its commands runs. Sub-commands never import Qt, so they run on a server without a
display. Errors a user can cause print one line (`ocse-planner: error: …`) and exit
non-zero, never a traceback.
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


# --- parser --------------------------------------------------------------------------

# Each sub-command and the module of this package that defines it (its `register(subparsers)`
# adds the module's parsers and sets `func` on them). A command line imports only the module
# of its own sub-command, so `conflicts` never loads the export writers and launching the
# window loads none of them; `--help` and a mistyped command load them all to list them.
SUBCOMMANDS: dict[str, str] = {
    "demo": "database",
    "info": "database",
    "clone-series": "series",
    "conflicts": "schedule",
    "export": "export",
    "release-agenda": "export",
    "import": "attendance",
    "stats": "attendance",
    "partners": "partners",
}


def subcommand_in(argv: Sequence[str]) -> str | None:
    """The sub-command a command line names: its first word that is neither an option
    nor the value of the top-level `--db`."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif word == "--":
            return next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser for `argv`, with the parsers of the sub-command it names (or of every
    sub-command when it names none it knows and asks for help, or names an unknown one)."""
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

    chosen = subcommand_in(argv)
    if chosen in SUBCOMMANDS:
        modules = [SUBCOMMANDS[chosen]]
    elif chosen is None and not {"-h", "--help"} & set(argv):
        modules = []  # the window: no sub-command to parse
    else:
        modules = list(dict.fromkeys(SUBCOMMANDS.values()))
    for module in modules:
        importlib.import_module(f"{__name__}.{module}").register(commands)
    return parser


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
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(argv)
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
