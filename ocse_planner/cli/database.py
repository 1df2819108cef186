"""`ocse-planner demo` and `ocse-planner info`: write the demo file, describe a planner file."""

from __future__ import annotations

import argparse
from pathlib import Path

from ocse_planner import i18n
from ocse_planner.cli import EXIT_OK, EXIT_USAGE, open_for_command, report
from ocse_planner.i18n import N_, _

# The tables `info` counts (db.models.COUNTED_ENTITIES), as a person names them.
COUNTED = {
    "organization": N_("organization"),
    "series": N_("series"),
    "webinar": N_("webinar"),
    "presentation": N_("presentation"),
    "person": N_("person"),
    "booking": N_("booking"),
    "availability": N_("availability"),
    "collaboration": N_("collaboration"),
    "action_item": N_("action item"),
    "attendance_record": N_("attendance record"),
    "sector_count": N_("sector count"),
    "survey_result": N_("survey result"),
}


def cmd_demo(args: argparse.Namespace) -> int:
    from ocse_planner.db.demo import create_demo_database
    from ocse_planner.db.migrate import DatabaseOpenError
    from ocse_planner.services.errors import os_reason

    try:
        path = create_demo_database(args.db, force=args.force)
    except OSError as exc:
        report(DatabaseOpenError(args.db, "cannot be written ({detail})", detail=os_reason(exc)))
        return EXIT_USAGE
    except DatabaseOpenError as exc:  # the file named is not one to write the demo into
        report(exc)
        return EXIT_USAGE
    print(_("Demo data (the 2022 series) written to {path}").format(path=path))
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    """Schema revision and record counts, read without changing the file (a read-only
    file or a backup included: nothing is written, nothing is left beside it)."""
    from ocse_planner.db.migrate import entity_counts, head_revision, inspect_revision

    path = Path(args.db)
    state = inspect_revision(path)
    db = open_for_command(args.db, read_only=True)
    try:
        counts = entity_counts(db)
    finally:
        db.close()
    head = head_revision()
    if state.revision == head:
        note = _("current")
    else:
        note = _("older than this app's {head}; opening it upgrades it").format(head=head)
    print(_("File: {path}").format(path=path))
    print(_("Schema revision: {revision} ({note})").format(revision=state.revision, note=note))
    names = {name: _(COUNTED.get(name, name.replace("_", " "))) for name in counts}
    width = max(len(name) for name in names.values())
    for name, count in counts.items():
        print(f"  {names[name]:<{width}}  {i18n.format_number(count):>8}")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = subparsers.add_parser("demo", help=_("write a planner file holding the demo data (the 2022 series)"))
    demo.add_argument("--db", required=True, metavar=_("PATH"), help=_("file to create"))
    demo.add_argument("--force", action="store_true", help=_("replace the file if it exists"))
    demo.set_defaults(func=cmd_demo)

    info = subparsers.add_parser("info", help=_("print the schema revision and the number of records"))
    info.add_argument("--db", required=True, metavar=_("PATH"), help=_("planner file to read"))
    info.set_defaults(func=cmd_info)
