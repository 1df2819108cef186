"""`ocse-planner export …`: files for partners, one sub-command per format.

Each format registers itself in `EXPORT_FORMATS` (a function adding its parser to the
`export` sub-parsers), so another format is one function and one line here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ocse_planner.cli import EXIT_OK, EXIT_USAGE, CliError, open_for_command, series_for_command


def cmd_export_ics(args: argparse.Namespace) -> int:
    from ocse_planner.export.atomic import write_bytes_atomic
    from ocse_planner.export.ics import CalendarExportError, presenter_calendar, series_calendar

    db = open_for_command(args.db)
    try:
        with db.read() as session:
            series = series_for_command(session, args.series)
            try:
                if args.presenter is not None:
                    data = presenter_calendar(session, series.id, args.presenter)
                else:
                    data = series_calendar(session, series.id, webinar_number=args.webinar)
            except CalendarExportError as exc:
                raise CliError(str(exc), EXIT_USAGE) from None
    finally:
        db.close()
    try:
        path = write_bytes_atomic(args.output, data)
    except OSError as exc:
        raise CliError(f"{args.output}: cannot be written ({exc.strerror or exc})") from None
    print(f"Calendar written to {path}")
    return EXIT_OK


def _register_ics(formats: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = formats.add_parser("ics", help="calendar file (.ics) of a series, a webinar or a presenter")
    parser.add_argument("--db", required=True, metavar="PATH", help="planner file to read")
    parser.add_argument("--series", required=True, metavar="S", help="series id or year")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--presenter", type=int, metavar="ID", help="only this person's slots")
    group.add_argument("--webinar", type=int, metavar="N", help="only webinar number N")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    parser.set_defaults(func=cmd_export_ics)


EXPORT_FORMATS: list[Callable[[argparse._SubParsersAction], None]] = [_register_ics]  # type: ignore[type-arg]


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = commands.add_parser("export", help="write a file for partners (calendar, …)")
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    for add_format in EXPORT_FORMATS:
        add_format(formats)
