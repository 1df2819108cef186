"""`ocse-planner invitations`: presenter messages as .eml drafts, without a window.

Writes one draft per presenter into a private folder, lists the people left out with the
reason, records what each presenter's calendar now holds (so a later `--kind update`
writes change or cancellation notices) and, with `--mark-invited`, moves the bookings
written to from "to invite" to "invited", in the same one write.
"""

from __future__ import annotations

import argparse
import sys

from ocse_planner.cli import EXIT_OK, add_db_argument, open_for_command, series_for_command
from ocse_planner.db.enums import BookingStatus
from ocse_planner.i18n import _, ngettext

KINDS = ("invitation", "follow-up", "confirmation", "reminder", "thanks", "update")


def cmd_invitations(args: argparse.Namespace) -> int:
    from ocse_planner.export.eml import write_drafts
    from ocse_planner.services.invitations import check_kind, plan_drafts, record_drafts

    kind = check_kind(args.kind)
    db = open_for_command(args.db)
    try:
        with db.read() as session:
            series = series_for_command(session, args.series)
            plan = plan_drafts(session, series.id, kind, webinar_number=args.webinar, statuses=args.status,
                               follow_up_days=args.days)
        written = write_drafts(plan, args.output) if plan.drafts else None
        marked = 0
        if plan.drafts:
            marked = db.write_retrying(lambda session: record_drafts(session, plan, mark_invited=args.mark_invited))[0]
    finally:
        db.close()
    if written is not None:
        for draft, path in zip(plan.drafts, written.files, strict=True):
            print(_("{file}: to {name} <{email}>").format(file=path, name=draft.recipient_name,
                                                          email=draft.recipient_email))
    for skipped in plan.skipped:
        print(_("Skipped {name}: {reason}").format(name=skipped.name, reason=skipped.reason.message()),
              file=sys.stderr)
    count = len(plan.drafts)
    print(ngettext("{count} draft written", "{count} drafts written", count).format(count=count)
          + (_(" to {folder}").format(folder=written.folder) if written else "")
          + "; " + ngettext("{count} person skipped", "{count} people skipped",
                            len(plan.skipped)).format(count=len(plan.skipped)))
    if args.mark_invited:
        print(ngettext("{count} booking marked invited", "{count} bookings marked invited", marked)
              .format(count=marked))
    return EXIT_OK


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "invitations",
        help=_("write presenter invitations, follow-ups, reminders, thanks or updates as e-mail drafts (.eml)"))
    add_db_argument(parser)
    parser.add_argument("--series", required=True, metavar="S", help=_("series id, or its year"))
    parser.add_argument("--webinar", type=int, metavar="N", help=_("only the presenters of webinar N"))
    parser.add_argument("--kind", choices=KINDS, default="invitation",
                        help=_("the message to write (default: invitation); update: change and cancellation "
                               "notices for what was sent before"))
    parser.add_argument("--status", action="append", choices=[s.value for s in BookingStatus],
                        help=_("the bookings to write to, by status (repeatable; default: the kind's own, "
                               "e.g. to_invite for an invitation)"))
    parser.add_argument("--days", type=int, default=14, metavar="N",
                        help=_("follow-up: only invitations sent at least N days ago (default 14)"))
    parser.add_argument("--mark-invited", action="store_true",
                        help=_("move the bookings written to from 'to invite' to 'invited', dated today"))
    parser.add_argument("-o", "--output", required=True, metavar=_("FOLDER"),
                        help=_("folder to write the drafts in (created, private to you)"))
    parser.set_defaults(func=cmd_invitations)
