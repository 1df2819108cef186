"""`ocse-planner readiness` and `ocse-planner todo`: is each webinar ready, and what is due.

`readiness` prints a series' checklist per webinar and exits 1 when an item is overdue,
so a script (or a morning cron job) can fail loudly; `todo` prints one list of what needs
doing in the next days across every series — presenter follow-ups, partner action items
and checklist items — soonest first, overdue first.
"""

from __future__ import annotations

import argparse
from datetime import date

from ocse_planner.cli import EXIT_FAILURE, EXIT_OK, add_db_argument, open_for_command, series_for_command, series_heading
from ocse_planner.i18n import _, format_date
from ocse_planner.services.errors import shown


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a date (YYYY-MM-DD): {text}").format(text=shown(text))) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a whole number: {text}").format(text=shown(text))) from None
    if not 0 <= value <= 3650:
        raise argparse.ArgumentTypeError(_("a number of days from 0 to 3650: {text}").format(text=value))
    return value


def _state_word(state: object) -> str:
    from ocse_planner.services.readiness import ItemState

    return {
        ItemState.DONE: _("done"),
        ItemState.DUE: _("due"),
        ItemState.OVERDUE: _("OVERDUE"),
        ItemState.NOT_APPLICABLE: _("n/a"),
        ItemState.NOT_CHECKED: _("not done"),
    }[state]  # type: ignore[index]


def cmd_readiness(args: argparse.Namespace) -> int:
    from ocse_planner.services.bilingual import in_interface
    from ocse_planner.services.readiness import ItemState, series_readiness

    today = args.as_of or date.today()
    db = open_for_command(args.db, read_only=True)
    try:
        with db.read() as session:
            series = series_for_command(session, args.series)
            webinars = series_readiness(session, series.id, today=today)
            title = series_heading(series)
    finally:
        db.close()
    overdue = 0
    for webinar in webinars:
        when = format_date(webinar.starts_on) if webinar.starts_on else _("no date yet")
        print(_("Webinar {number}, {when}, “{title}”: {done} done, {due} due, {overdue} overdue").format(
            number=webinar.number, when=when, title=shown(in_interface(webinar.title, webinar.title_fr)), done=webinar.done, due=webinar.due,
            overdue=webinar.overdue))
        overdue += webinar.overdue
        for item in webinar.items:
            if (args.days is not None and item.state is ItemState.DUE and item.due_on is not None
                    and (item.due_on - today).days > args.days):
                continue  # not due within the days asked about
            due = format_date(item.due_on) if item.due_on else _("{days} days before").format(days=item.days_before)
            line = _("  [{state}] {title} (due {due})").format(state=_state_word(item.state), title=shown(item.title),
                                                              due=due)
            why = item.note if item.done or item.manual else item.detail
            if why:
                line += " — " + str(shown(why))
            print(line)
    print(_("{title}: {count} overdue item(s)").format(title=shown(title), count=overdue))
    return EXIT_FAILURE if overdue else EXIT_OK


def cmd_todo(args: argparse.Namespace) -> int:
    from ocse_planner.services.todo import Source, todo

    today = args.as_of or date.today()
    db = open_for_command(args.db, read_only=True)
    try:
        with db.read() as session:
            entries = todo(session, days=args.days, today=today, follow_up_days=args.follow_up_days)
    finally:
        db.close()
    sources = {Source.PRESENTER: _("presenter"), Source.PARTNER: _("partner"), Source.READINESS: _("checklist")}
    for entry in entries:
        mark = _("OVERDUE") if entry.overdue else _("due")
        print(_("{due} {mark} [{source}] {text} — {hint}").format(
            due=format_date(entry.due_on), mark=mark, source=sources[entry.source], text=shown(entry.text),
            hint=shown(entry.hint)))
    overdue = sum(1 for e in entries if e.overdue)
    print(_("{count} to do in the next {days} days, {overdue} overdue").format(
        count=len(entries), days=args.days, overdue=overdue))
    return EXIT_OK


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "readiness", help=_("print a series' readiness checklist per webinar; exit 1 when an item is overdue"))
    add_db_argument(parser)
    parser.add_argument("--series", required=True, metavar="S", help=_("series id, or its year"))
    parser.add_argument("--days", type=_positive, default=None, metavar="N",
                        help=_("list open items due within N days only (overdue ones always)"))
    parser.add_argument("--as-of", type=_day, default=None, metavar="DATE",
                        help=_("check as on DATE (YYYY-MM-DD; default today)"))
    parser.set_defaults(func=cmd_readiness)

    parser = commands.add_parser(
        "todo", help=_("print what needs doing in the next days: presenter follow-ups, partner actions, "
                       "checklist items"))
    add_db_argument(parser)
    parser.add_argument("--days", type=_positive, default=7, metavar="N", help=_("how many days ahead (default 7)"))
    parser.add_argument("--follow-up-days", type=_positive, default=14, metavar="N",
                        help=_("follow up on an invitation unanswered for N days (default 14)"))
    parser.add_argument("--as-of", type=_day, default=None, metavar="DATE",
                        help=_("as on DATE (YYYY-MM-DD; default today)"))
    parser.set_defaults(func=cmd_todo)
