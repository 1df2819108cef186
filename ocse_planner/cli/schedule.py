"""`ocse-planner conflicts`: the scheduling conflicts of a series, for scripts and CI.

Exits 1 when any error-level finding exists, so a check before sending agendas can fail
a script; warnings alone exit 0.
"""

from __future__ import annotations

import argparse

from ocse_planner.cli import EXIT_FAILURE, EXIT_OK, add_db_argument, open_for_command, series_for_command, series_heading
from ocse_planner.i18n import _, ngettext

DEFAULT_FOLLOW_UP_DAYS = 14


def cmd_conflicts(args: argparse.Namespace) -> int:
    from ocse_planner.services.conflicts import Severity, find_conflicts

    db = open_for_command(args.db, read_only=True)
    try:
        with db.read() as session:
            series = series_for_command(session, args.series)
            findings = find_conflicts(session, series.id, unconfirmed_days=args.days)
            title = series_heading(series)
    finally:
        db.close()
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    for finding in findings:
        severity = _("ERROR") if finding.severity is Severity.ERROR else _("WARNING")
        print(_("{severity}: {message}").format(severity=severity, message=finding.message))
    warnings = len(findings) - errors
    print(_("{title}: {errors}, {warnings}").format(
        title=title,
        errors=ngettext("{count} error", "{count} errors", errors).format(count=errors),
        warnings=ngettext("{count} warning", "{count} warnings", warnings).format(count=warnings),
    ))
    return EXIT_FAILURE if errors else EXIT_OK


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "conflicts",
        help=_("print a series' scheduling conflicts; exit 1 when any error exists"),
    )
    add_db_argument(parser)
    parser.add_argument("--series", required=True, metavar="S", help=_("series id, or its year"))
    parser.add_argument(
        "--days",
        type=int,
        default=DEFAULT_FOLLOW_UP_DAYS,
        metavar="N",
        help=_("warn about presentations without a confirmed presenter N days before (default 14)"),
    )
    parser.set_defaults(func=cmd_conflicts)
