"""`ocse-planner import attendance` and `ocse-planner stats`: attendance without a window.

`import attendance` parses a platform report, prints what it stored, or prints the
problem list (file, row, column, problem) and exits 1 with nothing stored — unless
--valid-rows-only deliberately stores the rows that passed. `stats` prints a series'
summary: per webinar, series totals, sectors and survey results (aggregates only).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ocse_planner import i18n
from ocse_planner.cli import EXIT_FAILURE, EXIT_OK, CliError, add_db_argument, open_for_command, series_for_command
from ocse_planner.i18n import _, ngettext


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
    # The plan holds what is stored; the parsed rows (one object per person) go before
    # the write, so the two are never both in memory while the rows are written.
    layout, cleaned_values = report.layout, report.cleaned_values
    del report
    if plan.problems:
        print(ngettext("{count} problem in {file}:", "{count} problems in {file}:", len(plan.problems))
              .format(count=len(plan.problems), file=Path(plan.file).name))
        print("\t".join((_("file"), _("row"), _("column"), _("problem"))))
        for p in plan.problems:
            print(f"{Path(p.file).name}\t{p.row or ''}\t{p.column or ''}\t{p.message()}")
        if not args.valid_rows_only:
            print(_("Nothing was stored. Fix the file, or store the valid rows with --valid-rows-only."))
            return EXIT_FAILURE
    db = open_for_command(args.db)
    try:
        # The plan is stored as the window stores its preview: which people are new or
        # already stored is decided again inside the write transaction (store_import).
        with db.write() as session:
            result = store_import(session, plan, valid_rows_only=args.valid_rows_only)
    finally:
        db.close()
    stored = ngettext(
        "Stored {count} attendance record for webinar {webinar} ({new} new, {updated} updated; layout {layout})",
        "Stored {count} attendance records for webinar {webinar} ({new} new, {updated} updated; layout {layout})",
        result.stored,
    ).format(count=result.stored, webinar=result.webinar_label, new=result.new, updated=result.updated,
             layout=layout)
    if result.skipped_rows:
        stored += ngettext("; {count} row with problems skipped.", "; {count} rows with problems skipped.",
                           result.skipped_rows).format(count=result.skipped_rows)
    else:
        stored += "."
    if cleaned_values:
        stored += " " + ngettext(
            "{count} value had control characters or line breaks, removed or made spaces.",
            "{count} values had control characters or line breaks, removed or made spaces.",
            cleaned_values,
        ).format(count=cleaned_values)
    print(stored)
    return EXIT_OK


def _num(value: int | float | None) -> str:
    """A count, or a figure to one decimal, in the language's format ("—" for none)."""
    return i18n.format_number(value, 1)


def cmd_stats(args: argparse.Namespace) -> int:
    from ocse_planner.services.bilingual import in_interface
    from ocse_planner.services.attendance_summary import SectorRowKind, attendance_summary

    db = open_for_command(args.db, read_only=True)
    try:
        with db.read() as session:
            series = series_for_command(session, args.series)
            summary = attendance_summary(session, series.id)
    finally:
        db.close()
    print(f"{in_interface(summary.series_title, summary.series_title_fr)} ({summary.year})")
    print()
    print("\t".join((_("Webinar"), _("Registered"), _("Attended"), _("Rate"), _("Average minutes"),
                     _("Reported"))))
    for w in summary.webinars:
        rate = None if w.rate is None else i18n.format_percent(w.rate * 100, 1)
        registered = _("not recorded") if w.has_records and not w.registration_recorded else _num(w.registered)
        print(f"{w.number}\t{registered}\t{_num(w.attended)}\t{rate or '—'}\t"
              f"{_num(w.average_minutes)}\t{_num(w.reported)}")
    print()
    print(_("Participants (reported): {count}").format(count=_num(summary.participants_reported)))
    print(_("Participants (counted from imported records): {count}").format(
        count=_num(summary.participants_counted)))
    print(_("Total attendances: {count}").format(count=_num(summary.total_attended)))
    print(_("Unique participants: {count}").format(count=_num(summary.unique_participants)))
    print(_("Participants at two or more webinars: {count}").format(count=_num(summary.returning_participants)))
    webinars = [_("W{number}").format(number=w.number) for w in summary.webinars]
    if summary.sectors:  # counted: Not stated and Unclassified last, each column adds up
        print()
        print("\t".join((_("Sector (counted)"), *webinars, _("Total"))))
        names = {SectorRowKind.NOT_STATED: _("Not stated"), SectorRowKind.UNCLASSIFIED: _("Unclassified")}
        for s in summary.sectors:
            cells = [_num(v) for v in s.per_webinar]
            print(f"{names.get(s.kind, s.sector)}\t" + "\t".join(cells) + f"\t{_num(s.total)}")
        totals = [_num(v) for v in summary.sector_column_totals()]
        print(_("Total") + "\t" + "\t".join(totals) + f"\t{_num(summary.total_attended)}")
    if summary.reported_sectors:  # entered by hand, kept apart
        print()
        print("\t".join((_("Sector (reported)"), *webinars, _("Series"), _("Total"))))
        for s in summary.reported_sectors:
            cells = [_num(v) for v in s.per_webinar]
            print(f"{s.sector}\t" + "\t".join(cells) + f"\t{_num(s.series_reported)}\t{_num(s.total)}")
    if summary.survey:
        print()
        print("\t".join((_("Survey"), _("Statement"), _("Agreeing"), _("Responses"))))
        for r in summary.survey:
            where = _("series") if r.webinar_number is None else _("W{number}").format(number=r.webinar_number)
            agree = i18n.format_percent(r.percent_agree, 0 if float(r.percent_agree).is_integer() else 1)
            if r.approximate:
                agree = _("close to {percent}").format(percent=agree)
            print(f"{where}\t{r.statement}\t{agree}\t{_num(r.responses)}")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    importer = subparsers.add_parser("import", help=_("import data files (attendance reports)"))
    kinds = importer.add_subparsers(dest="kind", metavar=_("KIND"), required=True)
    attendance = kinds.add_parser(
        "attendance", help=_("import a Zoom / Teams / Eventbrite attendee report or the planner's template")
    )
    add_db_argument(attendance)
    attendance.add_argument(
        "--webinar", required=True, metavar="ID",
        help=_("the webinar: its id, or SERIES:NUMBER such as 2022:1 (series by year or id, webinar number)"),
    )
    attendance.add_argument("file", metavar=_("FILE"), help=_("CSV, TSV or XLSX report"))
    attendance.add_argument(
        "--format", choices=["auto", "zoom", "teams", "eventbrite", "template"], default="auto",
        help=_("the report's layout (default: detect it from the headers)"),
    )
    attendance.add_argument(
        "--valid-rows-only", action="store_true",
        help=_("store the rows without problems even when other rows have some (default: all or nothing)"),
    )
    attendance.set_defaults(func=cmd_import_attendance)

    stats = subparsers.add_parser("stats", help=_("print a series' attendance and survey summary"))
    add_db_argument(stats)
    stats.add_argument("--series", required=True, metavar="S",
                       help=_("the series: its id, or its year if only one series has it"))
    stats.set_defaults(func=cmd_stats)
