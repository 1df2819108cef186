"""`ocse-planner clone-series`: plan next year's series from the command line."""

from __future__ import annotations

import argparse

from ocse_planner.cli import EXIT_OK, add_db_argument, open_for_command, series_for_command
from ocse_planner.i18n import _


def cmd_clone_series(args: argparse.Namespace) -> int:
    from ocse_planner.services.clone import CloneOptions, DateRule, clone_series

    db = open_for_command(args.db)
    try:
        with db.write() as session:
            source = series_for_command(session, args.series)
            options = CloneOptions(
                year=args.year,
                title=args.title,
                title_fr=args.title_fr,
                date_rule=DateRule(args.date_rule),
                keep_titles=args.keep_titles,
                keep_partners=args.keep_partners,
                keep_presenters=args.keep_presenters,
            )
            result = clone_series(session, source.id, options)
            source_label = f"{source.title} ({source.year})"
    finally:
        db.close()
    print(_(
        "Cloned {source} to “{title}” ({year}), series id {id}: {webinars} webinars, "
        "{items} agenda items, {collaborations} collaborations, {bookings} presenter bookings."
    ).format(source=source_label, title=result.title, year=result.year, id=result.series_id,
             webinars=result.webinars, items=result.presentations,
             collaborations=result.collaborations, bookings=result.bookings))
    for number in result.repeated_times:
        print(_("Note: webinar {number} starts in the hour the clocks go back; it keeps the same occurrence "
                "as before (check its start time in the Sessions tab).").format(number=number))
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "clone-series", help=_("copy a series to a new year: webinars and agenda skeleton, optionally more")
    )
    add_db_argument(parser)
    parser.add_argument("--series", required=True, metavar="S",
                        help=_("series to copy: its id, or its year if only one series has it"))
    parser.add_argument("--year", required=True, type=int, metavar=_("YEAR"), help=_("year of the new series"))
    parser.add_argument("--title", metavar=_("TITLE"), help=_("title of the new series (default: the same title)"))
    parser.add_argument("--title-fr", metavar=_("TITLE"),
                        help=_("French title of the new series (default: the same French title when the "
                               "title is the same, else none)"))
    parser.add_argument(
        "--date-rule",
        choices=["weekday", "52weeks"],
        default="weekday",
        help=_("weekday: same weekday and week of the month (default); 52weeks: 52 weeks later"),
    )
    parser.add_argument("--keep-titles", action="store_true", help=_("carry presentation titles as placeholders"))
    parser.add_argument("--keep-partners", action="store_true", help=_("carry partner collaborations (as proposed)"))
    parser.add_argument("--keep-presenters", action="store_true", help=_("carry presenters (bookings to invite)"))
    parser.set_defaults(func=cmd_clone_series)
