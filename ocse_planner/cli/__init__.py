"""Command line: launch the GUI, or run a headless sub-command.

One module of this package per group of sub-commands (`SUBCOMMANDS`), imported only when
one of its commands runs. Sub-commands never import Qt, so they run on a server without a
display. Errors a user can cause (every `UserError`, services/errors.py) print one line
(`ocse-planner: error: …`) and exit non-zero — 2 when what was asked for does not exist
or the command line is wrong, 1 otherwise — never a traceback. Anything else is a fault:
logged with its traceback (stderr, see `ocse_planner.logs`) and exit 1. Output cut short
by its reader (`ocse-planner info … | head`) ends quietly.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from ocse_planner import __version__, i18n
from ocse_planner.i18n import _
from ocse_planner.logs import configure_stderr_logging, data_folder
from ocse_planner.services.errors import N_, NotFoundError, UserError, ValidationError, render

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
PROG = "ocse-planner"
ERROR_LINE = N_("{program}: error: {message}")

log = logging.getLogger(__name__)


class CliError(UserError):
    """A mistake on the command line itself (an option's value, a file named that is not
    there): printed as the one error line, with exit status `status` (2 by default)."""

    def __init__(self, template: str, /, *, status: int = EXIT_USAGE, **arguments: object) -> None:
        super().__init__(template, **arguments)
        self.status = status


def exit_status(error: UserError) -> int:
    """2 for a command line naming something that is not there, or a value the input rules
    refuse (a wrong call); 1 for everything else (a file refused, a clash, a busy file)."""
    if isinstance(error, CliError):
        return error.status
    return EXIT_USAGE if isinstance(error, NotFoundError | ValidationError) else EXIT_FAILURE


def report(error: UserError) -> None:
    """The one error line on stderr."""
    print(render(ERROR_LINE, {"program": PROG, "message": error.message()}), file=sys.stderr)


def default_database_path() -> Path:
    """The planner file used when no --db is given, in the user's data folder."""
    return data_folder() / "planner.db"


# --- parser --------------------------------------------------------------------------

# Each sub-command and the module of this package that defines it (its `register(subparsers)`
# adds the module's parsers and sets `func` on them). A command line imports only the module
# of its own sub-command, so `conflicts` never loads the export writers and launching the
# window loads none of them; `--help` and a mistyped command load them all to list them.
SUBCOMMANDS: dict[str, str] = {
    "demo": "database",
    "info": "database",
    "upgrade": "database",
    "copy": "database",
    "clone-series": "series",
    "conflicts": "schedule",
    "readiness": "readiness",
    "todo": "readiness",
    "export": "export",
    "release-agenda": "export",
    "import": "attendance",
    "stats": "attendance",
    "compare": "compare",
    "partners": "partners",
    "invitations": "invitations",
    "install-desktop-entry": "desktop",
}


def subcommand_in(argv: Sequence[str]) -> str | None:
    """The sub-command a command line names: its first word that is neither an option
    nor the value of the top-level `--db` or `--lang`."""
    words = iter(argv)
    for word in words:
        if word in ("--db", "--lang"):
            next(words, None)
        elif word == "--":
            return next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def language_in(argv: Sequence[str]) -> str | None:
    """The value of the top-level `--lang` (before the sub-command), read before the
    parser is built: the parser's own help texts are written in that language."""
    words = list(argv)
    for index, word in enumerate(words):
        if word == "--":
            break
        if word.startswith("--lang="):
            return word.partition("=")[2]
        if word == "--lang" and index + 1 < len(words):
            return words[index + 1]
        if not word.startswith("-") and (index == 0 or words[index - 1] not in ("--db", "--lang")):
            break  # the sub-command: what follows is its own
    return None


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help with the language's typography: argparse writes each section
    heading followed by a colon of its own ("options:"), so French gets its space."""

    def start_section(self, heading: str | None) -> None:
        super().start_section(None if heading is None else heading + i18n.colon_space())


class ArgumentParser(argparse.ArgumentParser):
    """The parser of every command and sub-command (sub-parsers are made of the same class)."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser for `argv`, with the parsers of the sub-command it names (or of every
    sub-command when it names none it knows and asks for help, or names an unknown one)."""
    parser = ArgumentParser(
        prog=PROG,
        description=_("Plan a recurring webinar series offline. Without a command, opens the window."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=_("show program's version number and exit"))
    parser.add_argument("-v", "--verbose", action="store_true",
                        help=_("log what the command does on stderr (default: warnings and errors only)"))
    parser.add_argument("--db", dest="gui_db", metavar=_("PATH|URL"),
                        help=_("planner file, or team database (postgresql://…), to open"))
    parser.add_argument(
        "--demo", action="store_true", help=_("open the window on a fresh temporary copy of the demo data")
    )
    parser.add_argument(
        "--lang", choices=sorted(i18n.LANGUAGES), metavar="en|fr",
        help=_("language of the window and of the messages (default: the one chosen in the window, "
               "else the system's)"),
    )
    commands = parser.add_subparsers(dest="command", metavar=_("COMMAND"), title=_("commands"))

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


DB_HELP = N_("planner file, or team database URL (postgresql://user@host/db, postgresql:///?service=NAME)")


def add_db_argument(parser: argparse.ArgumentParser, help: str = DB_HELP) -> None:
    """The `--db` option of every sub-command: a file path or a `postgresql:` URL (`help`:
    an N_-marked template, translated here)."""
    parser.add_argument("--db", metavar=_("PATH|URL"), help=_(help))
    parser.set_defaults(db_parser=parser)  # told to the user when neither --db is given


def take_top_level_db(args: argparse.Namespace) -> None:
    """`ocse-planner --db FILE info` means `ocse-planner info --db FILE`: a sub-command
    without its own `--db` uses the top-level one; with neither, its parser says what is
    missing, the way argparse says it for any required option (exit 2)."""
    sub_parser = getattr(args, "db_parser", None)
    if sub_parser is None:
        return
    del args.db_parser
    if args.db is None:
        args.db = args.gui_db
    if args.db is None:
        sub_parser.error(_("the following arguments are required: %s") % "--db")


BILINGUAL_HELP = N_("English and French: side by side in an agenda, one after the other in the other documents")


def add_document_language_arguments(parser: argparse.ArgumentParser, bilingual_help: str = BILINGUAL_HELP) -> None:
    """`--lang` and `--bilingual` of every sub-command that writes a document: the language
    a document is written in is the document's, not the interface's (the top-level
    `--lang`, before the sub-command, is the interface's, and the default)."""
    parser.add_argument("--lang", dest="document_language", choices=sorted(i18n.LANGUAGES), metavar="en|fr",
                        help=_("language of the document (default: the interface's)"))
    parser.add_argument("--bilingual", action="store_true", help=_(bilingual_help))


def document_language(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The document's language(s) from `add_document_language_arguments`' options:
    `--lang` (default: the interface's), `--bilingual` (both, English first)."""
    from ocse_planner.export.wording import DocumentLanguage

    return DocumentLanguage(args.document_language or i18n.current_language(), args.bilingual)


def open_for_command(path: str, *, read_only: bool = False):  # type: ignore[no-untyped-def]
    """Open an existing planner (file or team database) for a sub-command
    (DatabaseOpenError if it can't be).

    `read_only` commands (info, stats, exports, conflicts, readiness, todo, partners) never migrate, never
    write and leave nothing beside the file; the others upgrade an older file first (a
    team database is upgraded by `ocse-planner upgrade` only).
    """
    from ocse_planner.db.location import is_server_url
    from ocse_planner.db.migrate import DatabaseOpenError, open_database, open_for_reading

    if not is_server_url(path) and not Path(path).exists():
        raise DatabaseOpenError(path, "does not exist")
    return open_for_reading(path) if read_only else open_database(path, create=False)


def series_for_command(session, text: str):  # type: ignore[no-untyped-def]
    """`--series` as an id, or a year that only one series has (NotFoundError if neither)."""
    from ocse_planner.services.lookup import resolve_series

    return resolve_series(session, text)


def series_heading(series) -> str:  # type: ignore[no-untyped-def]
    """A series as a command's output heads it: "Lutte contre… (2022)" in French where written."""
    from ocse_planner.services.bilingual import in_interface

    return f"{in_interface(series.title, series.title_fr)} ({series.year})"


def has_display(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether the window can open here. Checked before Qt starts: without a display Qt
    aborts the process (exit 134) with a misleading message about xcb libraries."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True  # Windows and macOS always have their own display
    if environ.get("QT_QPA_PLATFORM", "").strip():
        return True  # a platform was chosen (offscreen, vnc, wayland…): Qt knows what to do
    return bool(environ.get("DISPLAY", "").strip() or environ.get("WAYLAND_DISPLAY", "").strip())


def launch_gui(args: argparse.Namespace) -> int:
    from ocse_planner.db.location import Location, parse_location  # (light: no storage layer)

    if args.demo:
        import tempfile

        from ocse_planner.db.demo import create_demo_database

        folder = Path(tempfile.mkdtemp(prefix="ocse-planner-demo-"))
        where: Location = create_demo_database(folder / "demo-2022.db")
    elif args.gui_db:
        where = parse_location(args.gui_db)
    else:
        where = default_database_path()
    from ocse_planner.ui.app import run_gui

    return run_gui(where, i18n.current_language())


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    i18n.activate(i18n.choose_language(language_in(argv)))
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    take_top_level_db(args)
    if args.command is None:
        if not has_display():  # before Qt, which would abort with a misleading message
            no_display = CliError(
                "No display found (DISPLAY and WAYLAND_DISPLAY are not set): the window needs a desktop "
                "session; the export, stats, compare, conflicts, partners, import, info, demo and clone-series "
                "commands work without one (ocse-planner --help).", status=EXIT_FAILURE)
            report(no_display)
            return exit_status(no_display)
        return launch_gui(args)  # the window configures its own logging and excepthooks
    configure_stderr_logging(verbose=args.verbose)
    collecting = gc.isenabled()
    # A command is one short run: the cyclic garbage collector would only walk, again
    # and again, the 100,000s of objects its first imports create (SQLAlchemy, the
    # models) — a sixth of their cost — to find almost nothing. Reference counting still
    # frees what is dropped; the collector is back on when the command returns.
    gc.disable()
    try:
        status = run_asking_for_a_password(args)
        sys.stdout.flush()  # a reader that went away is noticed here, not at exit
        return status
    except UserError as exc:
        report(exc)
        return exit_status(exc)
    except BrokenPipeError:
        return _stdout_gone()
    except KeyboardInterrupt:
        return 130
    except Exception:
        log.critical("%s %s failed unexpectedly; this is a fault in %s, not in what was asked.",
                     PROG, args.command, PROG, exc_info=True)
        return EXIT_FAILURE
    finally:
        if collecting:
            gc.enable()


def run_asking_for_a_password(args: argparse.Namespace) -> int:
    """Run the command; when a team database wants a password libpq did not find
    (`~/.pgpass`, `PGPASSWORD`) and someone is at the terminal, ask for it (hidden), hand
    it to libpq for this process only (`PGPASSWORD` in our own environment, never
    written anywhere) and run the command again: it failed while connecting, before
    doing anything."""
    from ocse_planner.db.errors import ServerUnavailableError

    try:
        return int(args.func(args))
    except ServerUnavailableError as exc:
        if not (exc.needs_password and sys.stdin.isatty()) or os.environ.get("PGPASSWORD"):
            raise
        import getpass

        os.environ["PGPASSWORD"] = getpass.getpass(_("Password for {database}: ").format(database=exc.path))
        return int(args.func(args))


def _stdout_gone() -> int:
    """The reader of our output closed it (`… | head`): stop quietly, without the second
    BrokenPipeError Python would print when flushing stdout at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
