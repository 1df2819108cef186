"""`ocse-planner clone-series`: plan next year's series from the command line."""

from __future__ import annotations

import argparse

from ocse_planner.cli import EXIT_OK, open_for_command, series_for_command


def cmd_clone_series(args: argparse.Namespace) -> int:
    from ocse_planner.services.clone import CloneOptions, DateRule, clone_series

    db = open_for_command(args.db)
    try:
        with db.write() as session:
            source = series_for_command(session, args.series)
            options = CloneOptions(
                year=args.year,
                title=args.title,
                date_rule=DateRule(args.date_rule),
                keep_titles=args.keep_titles,
                keep_partners=args.keep_partners,
                keep_presenters=args.keep_presenters,
            )
            result = clone_series(session, source.id, options)
            source_label = f"{source.title} ({source.year})"
    finally:
        db.close()
    print(
        f"Cloned {source_label} to “{result.title}” ({result.year}), series id {result.series_id}: "
        f"{result.webinars} webinars, {result.presentations} agenda items, "
        f"{result.collaborations} collaborations, {result.bookings} presenter bookings."
    )
    for number in result.repeated_times:
        print(f"Note: webinar {number} starts in the hour the clocks go back; it keeps the same occurrence "
              "as before (check its start time in the Sessions tab).")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "clone-series", help="copy a series to a new year: webinars and agenda skeleton, optionally more"
    )
    parser.add_argument("--db", required=True, metavar="PATH", help="planner file")
    parser.add_argument("--series", required=True, help="series to copy: its id, or its year if only one series has it")
    parser.add_argument("--year", required=True, type=int, help="year of the new series")
    parser.add_argument("--title", help="title of the new series (default: the same title)")
    parser.add_argument(
        "--date-rule",
        choices=["weekday", "52weeks"],
        default="weekday",
        help="weekday: same weekday and week of the month (default); 52weeks: 52 weeks later",
    )
    parser.add_argument("--keep-titles", action="store_true", help="carry presentation titles as placeholders")
    parser.add_argument("--keep-partners", action="store_true", help="carry partner collaborations (as proposed)")
    parser.add_argument("--keep-presenters", action="store_true", help="carry presenters (bookings to invite)")
    parser.set_defaults(func=cmd_clone_series)
