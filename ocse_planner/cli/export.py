"""`ocse-planner export KIND …` and `ocse-planner release-agenda …`: exports without a window.

Each export kind is one entry of `EXPORT_COMMANDS` (its help, its extra options and the
function that writes the file), so another kind is one entry here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ocse_planner import i18n
from ocse_planner.cli import (
    EXIT_OK,
    PROG,
    CliError,
    add_db_argument,
    add_document_language_arguments,
    document_language,
    open_for_command,
    series_for_command,
)
from ocse_planner.i18n import N_, _


@dataclass(frozen=True)
class ExportCommand:
    help: str
    add_options: Callable[[argparse.ArgumentParser], None]
    write: Callable[[object, int, Path, argparse.Namespace], Path]  # (session, series id, output, args)
    # Files that print clock times warn first about overlapping or unplanned agenda items
    # (the file is still written, with the rows noted).
    warns_about_timing: bool = False


def _no_options(_: argparse.ArgumentParser) -> None:
    pass


def _agenda_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--internal", action="store_true",
                        help=_("the internal copy: every booking with its status, marked "
                               "'INTERNAL — not for distribution' on every page"))
    parser.add_argument("--changes-since", type=int, metavar="N",
                        help=_("add a sheet listing the changes since agenda release N"))
    parser.add_argument("--unconfirmed", choices=["marker", "hidden"], default="marker",
                        help=_("presenters who have not confirmed: 'Presenter to be confirmed' (marker, the "
                               "default) or left out (hidden); declined and withdrawn never appear"))


def _write_agenda(session, series_id: int, output: Path, args: argparse.Namespace) -> Path:  # type: ignore[no-untyped-def]
    """A workbook, or a PDF when the output's name ends in .pdf (same content either way)."""
    from ocse_planner.export.agenda_content import AgendaOptions
    from ocse_planner.services.credits import PendingPresenters

    options = AgendaOptions(args.internal, args.changes_since, PendingPresenters(args.unconfirmed),
                            document_language(args))
    if output.suffix.lower() == ".pdf":
        from ocse_planner.export.agenda_pdf import export_agenda_pdf

        return export_agenda_pdf(session, series_id, output, options)
    from ocse_planner.export.agenda_xlsx import export_agenda

    return export_agenda(session, series_id, output, options)


def _attendance_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--min-cell", type=int, metavar="N",
                        help=_('show counts below N as "<N" (for publication)'))
    parser.add_argument("--include-names", action="store_true",
                        help=_("add a sheet listing attendees (personal information)"))


def _write_attendance(session, series_id: int, output: Path, args: argparse.Namespace) -> Path:  # type: ignore[no-untyped-def]
    from ocse_planner.export.attendance_xlsx import AttendanceOptions, export_attendance

    if args.min_cell is not None and args.min_cell < 1:
        raise CliError("--min-cell must be a positive number")
    return export_attendance(session, series_id, output,
                             AttendanceOptions(args.min_cell, args.include_names, document_language(args)))


def _write_report(session, series_id: int, output: Path, args: argparse.Namespace) -> Path:  # type: ignore[no-untyped-def]
    from ocse_planner.export.report_docx import export_report

    return export_report(session, series_id, output, document_language(args))


def _ics_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--presenter", type=int, metavar="ID", help=_("only this person's slots"))
    group.add_argument("--webinar", type=int, metavar="N", help=_("only webinar number N"))


def _write_ics(session, series_id: int, output: Path, args: argparse.Namespace) -> Path:  # type: ignore[no-untyped-def]
    from ocse_planner.export.atomic import write_bytes_atomic
    from ocse_planner.export.ics import presenter_calendar, series_calendar

    languages = document_language(args)
    if args.presenter is not None:
        data = presenter_calendar(session, series_id, args.presenter, languages=languages)
    else:
        data = series_calendar(session, series_id, webinar_number=args.webinar, languages=languages)
    return write_bytes_atomic(output, data)


def _write_directory(session, series_id: int, output: Path, args: argparse.Namespace) -> Path:  # type: ignore[no-untyped-def]
    from ocse_planner.export.directory_xlsx import export_directory

    return export_directory(session, series_id, output, document_language(args))


EXPORT_COMMANDS: dict[str, ExportCommand] = {
    "agenda": ExportCommand(N_("the agenda: a workbook (.xlsx, cover sheet and one sheet per webinar), "
                               "or a PDF when FILE ends in .pdf"),
                            _agenda_options, _write_agenda, warns_about_timing=True),
    "attendance": ExportCommand(N_("the attendee summary (.xlsx): attendance, sectors, survey"),
                                _attendance_options, _write_attendance),
    "report": ExportCommand(N_("the post-series report (.docx)"), _no_options, _write_report),
    "directory": ExportCommand(N_("presenters and partner organizations (.xlsx)"), _no_options, _write_directory),
    "ics": ExportCommand(N_("calendar file (.ics) of a series, one webinar or one presenter"),
                         _ics_options, _write_ics, warns_about_timing=True),
}


def cmd_export(args: argparse.Namespace) -> int:
    from ocse_planner.export.targets import check_target

    command = EXPORT_COMMANDS[args.export_kind]
    # Before anything is read: -o must not name the planner file, a backup, a database…
    check_target(args.output, planner=Path(args.db))
    db = open_for_command(args.db, read_only=True)
    try:
        with db.read() as session:
            series = series_for_command(session, args.series)
            if command.warns_about_timing:
                _print_timing_warnings(session, series.id)
            if document_language(args).needs_french:
                _print_french_gaps(session, series.id)
            path = command.write(session, series.id, Path(args.output), args)
    finally:
        db.close()
    print(_("Wrote {path}").format(path=path))
    return EXIT_OK


def _print_timing_warnings(session, series_id: int) -> None:  # type: ignore[no-untyped-def]
    from ocse_planner.services.agenda import series_timing_warnings

    for number, issue in series_timing_warnings(session, series_id):
        print(_("{program}: warning: webinar {number}: {message}").format(
            program=PROG, number=number, message=issue.message()), file=sys.stderr)


def _print_french_gaps(session, series_id: int) -> None:  # type: ignore[no-untyped-def]
    """Each text the French document prints in English, marked "[EN]": said, not hidden."""
    from ocse_planner.services.french_check import series_french_gaps

    for gap in series_french_gaps(session, series_id):
        print(_("{program}: warning: {message} The document shows the English, marked [EN].").format(
            program=PROG, message=gap.message), file=sys.stderr)


def cmd_release_agenda(args: argparse.Namespace) -> int:
    from ocse_planner.services.releases import release_agenda

    db = open_for_command(args.db)
    try:
        with db.read() as session:
            series_id = series_for_command(session, args.series).id
        # max + 1 inside the write; re-run if another writer took that number meanwhile
        release = db.write_retrying(lambda session: release_agenda(session, series_id, args.note))[0]
    finally:
        db.close()
    print(_("Agenda release {number} recorded ({count} presentations, {date} {time} UTC)").format(
        number=release.number, count=i18n.format_number(release.presentations),
        date=f"{release.released_at:%Y-%m-%d}", time=i18n.format_time(release.released_at)))
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = subparsers.add_parser(
        "export", help=_("write an agenda, attendee summary, report, directory or calendar file"))
    kinds = export.add_subparsers(dest="export_kind", metavar=_("KIND"), required=True)
    for name, command in EXPORT_COMMANDS.items():
        parser = kinds.add_parser(name, help=_(command.help))
        add_db_argument(parser)
        parser.add_argument("--series", required=True, metavar="S", help=_("series id, or its year"))
        parser.add_argument("-o", "--output", required=True, metavar=_("FILE"), help=_("file to write"))
        add_document_language_arguments(parser)
        command.add_options(parser)
        parser.set_defaults(func=cmd_export)

    release = subparsers.add_parser(
        "release-agenda", help=_("record a numbered, dated snapshot of a series' agendas"))
    add_db_argument(release)
    release.add_argument("--series", required=True, metavar="S", help=_("series id, or its year"))
    release.add_argument("--note", metavar=_("TEXT"), help=_("what this release is for"))
    release.set_defaults(func=cmd_release_agenda)
