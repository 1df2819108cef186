"""`ocse-planner import attendance` and `ocse-planner stats`: attendance without a window.

`import attendance` parses a platform report, prints what it stored, or prints the
problem list (file, row, column, problem) and exits 1 with nothing stored — unless
--valid-rows-only deliberately stores the rows that passed. `stats` prints a series'
summary: per webinar, series totals, sectors and survey results (aggregates only).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ocse_planner.cli import EXIT_FAILURE, EXIT_OK, CliError, open_for_command, series_for_command


def cmd_import_attendance(args: argparse.Namespace) -> int:
    from ocse_planner.importers import UnknownLayoutError
    from ocse_planner.services.attendance_import import parse_report, plan_import, remembered_mappings, store_import
    from ocse_planner.services.lookup import resolve_webinar

    if not Path(args.file).is_file():
        raise CliError("{file}: no such file", file=args.file)
    # Read and check everything first, with the planner file opened read-only: a refused
    # import leaves it byte-identical (not even upgraded or switched to WAL).
    db = open_for_command(args.db, read_only=True)
    try:
        with db.read() as session:
            webinar_id = resolve_webinar(session, args.webinar).id
            remembered = remembered_mappings(session)
        try:
            report = parse_report(args.file, layout=args.format, remembered=remembered)
        except UnknownLayoutError as exc:
            raise CliError(
                "{error} Columns found: {columns}. Use --format, or map the columns once in the app "
                "(File ▸ Import attendance…); the mapping is then remembered.",
                status=EXIT_FAILURE, error=exc, columns=", ".join(exc.headers),
            ) from None
        with db.read() as session:
            plan = plan_import(session, webinar_id, report)
    finally:
        db.close()
    if plan.problems:
        print(f"{len(plan.problems)} problem(s) in {Path(plan.file).name}:")
        print("file\trow\tcolumn\tproblem")
        for p in plan.problems:
            print(f"{Path(p.file).name}\t{p.row or ''}\t{p.column or ''}\t{p.message()}")
        if not args.valid_rows_only:
            print("Nothing was stored. Fix the file, or store the valid rows with --valid-rows-only.")
            return EXIT_FAILURE
    db = open_for_command(args.db)
    try:
        with db.write() as session:  # planned again: the file may have changed meanwhile
            result = store_import(session, plan_import(session, webinar_id, report),
                                  valid_rows_only=args.valid_rows_only)
    finally:
        db.close()
    cleaned = (f" {report.cleaned_values} value(s) had control characters or line breaks, "
               "removed or made spaces." if report.cleaned_values else "")
    print(
        f"Stored {result.stored} attendance record(s) for webinar {result.webinar_label} "
        f"({result.new} new, {result.updated} updated; layout {report.layout})"
        + (f"; {result.skipped_rows} row(s) with problems skipped." if result.skipped_rows else ".")
        + cleaned
    )
    return EXIT_OK


def _num(value: int | float | None, suffix: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.1f}{suffix}"
    return f"{value}{suffix}"


def cmd_stats(args: argparse.Namespace) -> int:
    from ocse_planner.services.attendance_summary import attendance_summary

    db = open_for_command(args.db, read_only=True)
    try:
        with db.read() as session:
            series = series_for_command(session, args.series)
            summary = attendance_summary(session, series.id)
    finally:
        db.close()
    print(f"{summary.series_title} ({summary.year})")
    print()
    print("Webinar\tRegistered\tAttended\tRate\tAverage minutes\tReported")
    for w in summary.webinars:
        rate = None if w.rate is None else w.rate * 100
        registered = "not recorded" if w.has_records and not w.registration_recorded else _num(w.registered)
        print(f"{w.number}\t{registered}\t{_num(w.attended)}\t{_num(rate, ' %')}\t"
              f"{_num(w.average_minutes)}\t{_num(w.reported)}")
    print()
    print(f"Participants (reported): {_num(summary.participants_reported)}")
    print(f"Participants (counted from imported records): {_num(summary.participants_counted)}")
    print(f"Total attendances: {_num(summary.total_attended)}")
    print(f"Unique participants: {_num(summary.unique_participants)}")
    print(f"Participants at two or more webinars: {_num(summary.returning_participants)}")
    numbers = [str(w.number) for w in summary.webinars]
    if summary.sectors:
        print()
        print("Sector (counted)\t" + "\t".join(f"W{n}" for n in numbers) + "\tTotal")
        for sector in summary.sectors:
            print(f"{sector.sector}\t" + "\t".join(_num(v) for v in sector.per_webinar) + f"\t{_num(sector.total)}")
        totals = summary.sector_column_totals()
        print("Total\t" + "\t".join(_num(v) for v in totals) + f"\t{_num(summary.total_attended)}")
    if summary.reported_sectors:
        print()
        print("Sector (reported)\t" + "\t".join(f"W{n}" for n in numbers) + "\tSeries\tTotal")
        for sector in summary.reported_sectors:
            cells = [_num(v) for v in sector.per_webinar]
            print(f"{sector.sector}\t" + "\t".join(cells) + f"\t{_num(sector.series_reported)}\t{_num(sector.total)}")
    if summary.survey:
        print()
        print("Survey\tStatement\tAgreeing\tResponses")
        for r in summary.survey:
            where = "series" if r.webinar_number is None else f"W{r.webinar_number}"
            agree = ("close to " if r.approximate else "") + f"{r.percent_agree:g} %"
            print(f"{where}\t{r.statement}\t{agree}\t{_num(r.responses)}")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    importer = subparsers.add_parser("import", help="import data files (attendance reports)")
    kinds = importer.add_subparsers(dest="kind", metavar="KIND", required=True)
    attendance = kinds.add_parser(
        "attendance", help="import a Zoom / Teams / Eventbrite attendee report or the planner's template"
    )
    attendance.add_argument("--db", required=True, metavar="PATH", help="planner file")
    attendance.add_argument(
        "--webinar", required=True, metavar="ID",
        help="the webinar: its id, or SERIES:NUMBER such as 2022:1 (series by year or id, webinar number)",
    )
    attendance.add_argument("file", metavar="FILE", help="CSV, TSV or XLSX report")
    attendance.add_argument(
        "--format", choices=["auto", "zoom", "teams", "eventbrite", "template"], default="auto",
        help="the report's layout (default: detect it from the headers)",
    )
    attendance.add_argument(
        "--valid-rows-only", action="store_true",
        help="store the rows without problems even when other rows have some (default: all or nothing)",
    )
    attendance.set_defaults(func=cmd_import_attendance)

    stats = subparsers.add_parser("stats", help="print a series' attendance and survey summary")
    stats.add_argument("--db", required=True, metavar="PATH", help="planner file")
    stats.add_argument("--series", required=True, help="the series: its id, or its year if only one series has it")
    stats.set_defaults(func=cmd_stats)
