"""`ocse-planner demo`, `info`, `upgrade` and `copy`: create, describe, upgrade and move a
planner, file or team database alike."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ocse_planner import i18n
from ocse_planner.cli import EXIT_OK, EXIT_USAGE, add_db_argument, open_for_command, report
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


def _location(value: str):  # type: ignore[no-untyped-def]
    from ocse_planner.db.location import parse_location

    return parse_location(value)


def _print_counts(counts: dict[str, int]) -> None:
    names = {name: _(COUNTED.get(name, name.replace("_", " "))) for name in counts}
    width = max(len(name) for name in names.values())
    for name, count in counts.items():
        print(f"  {names[name]:<{width}}  {i18n.format_number(count):>8}")


def _where(location: object, server: bool) -> str:
    from ocse_planner.db.location import describe

    if server:
        return _("Team database: {url}").format(url=describe(location))  # type: ignore[arg-type]
    return _("File: {path}").format(path=location)


def cmd_demo(args: argparse.Namespace) -> int:
    from ocse_planner.db.demo import create_demo_database
    from ocse_planner.db.errors import ServerUnavailableError
    from ocse_planner.db.location import describe
    from ocse_planner.db.migrate import DatabaseOpenError
    from ocse_planner.services.errors import os_reason

    try:
        where = create_demo_database(_location(args.db), force=args.force)
    except OSError as exc:
        report(DatabaseOpenError(args.db, "cannot be written ({detail})", detail=os_reason(exc)))
        return EXIT_USAGE
    except ServerUnavailableError:
        raise  # a server out of reach is not a wrong call
    except DatabaseOpenError as exc:  # the file (or database) named is not one to write the demo into
        report(exc)
        return EXIT_USAGE
    print(_("Demo data (the 2022 series) written to {path}").format(path=describe(where)))
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    """Schema revision and record counts, read without changing the file (a read-only
    file or a backup included: nothing is written, nothing is left beside it) or the
    team database."""
    from ocse_planner.db.location import ServerLocation
    from ocse_planner.db.migrate import entity_counts, head_revision, inspect_revision

    where = _location(args.db)
    server = isinstance(where, ServerLocation)
    state = inspect_revision(where)
    head = head_revision()
    if server and state.revision is None:
        from ocse_planner.db.server import EmptyServerError

        raise EmptyServerError(where, "holds no planner yet: create one with `ocse-planner upgrade --db URL` "
                                      "or copy a planner into it (`ocse-planner copy FILE URL`)")
    if server and state.revision != head:
        from ocse_planner.db.server import count_entities

        counts = count_entities(where)  # an older schema: counted where it is, not through a copy
    else:
        db = open_for_command(args.db, read_only=True)
        try:
            counts = entity_counts(db)
        finally:
            db.close()
    if state.revision == head:
        note = _("current")
    elif server:
        note = _("older than this app's {head}; the administrator upgrades it with "
                 "`ocse-planner upgrade --db URL`").format(head=head)
    else:
        note = _("older than this app's {head}; opening it upgrades it").format(head=head)
    print(_where(where, server))
    print(_("Schema revision: {revision} ({note})").format(revision=state.revision, note=note))
    _print_counts(counts)
    return EXIT_OK


def cmd_upgrade(args: argparse.Namespace) -> int:
    """Print what an upgrade changes, then do it (a team database is never upgraded by
    merely opening it; a file is, with a backup, and this command does the same)."""
    from ocse_planner.db.location import ServerLocation
    from ocse_planner.db.migrate import DatabaseOpenError, head_revision, inspect_revision, open_database
    from ocse_planner.db.migrate import revision_titles

    where = _location(args.db)
    server = isinstance(where, ServerLocation)
    if not server and not Path(where).exists():
        raise DatabaseOpenError(where, "does not exist")
    current = inspect_revision(where).revision
    head = head_revision()
    print(_where(where, server))
    if current == head:
        print(_("Schema revision {head}: already current, nothing to do.").format(head=head))
        return EXIT_OK
    print(_("Schema revision: {current} -> {head}").format(
        current=current or _("none (no planner yet: one will be created)"), head=head))
    print(_("What will change:"))
    for revision, title in revision_titles(current, head):
        print(f"  {revision}  {title}")
    if args.dry_run:
        print(_("Dry run: nothing was changed."))
        return EXIT_OK
    sys.stdout.flush()
    if server:
        from ocse_planner.db.server import upgrade_server

        upgrade_server(where)
        print(_("Upgraded to schema revision {head}.").format(head=head))
    else:
        open_database(where, create=False).close()  # backs the file up first
        print(_("Upgraded to schema revision {head}. The file was backed up first.").format(head=head))
    return EXIT_OK


def cmd_copy(args: argparse.Namespace) -> int:
    """Copy a whole planner between any two back-ends, checked before success is said."""
    from ocse_planner.db.transfer import copy_planner

    done = copy_planner(_location(args.source), _location(args.destination), replace=args.replace)
    print(_("Copied {rows} rows of {tables} tables from {source} to {destination} (schema {revision}) "
            "in {seconds} s.").format(rows=i18n.format_number(done.total), tables=len(done.rows),
                                       source=done.source, destination=done.destination, revision=done.revision,
                                       seconds=f"{done.seconds:.1f}"))
    print(_("Checked: the row count of every table and the content hash (SHA-256 {digest}…) are equal "
            "on both sides.").format(digest=done.digest[:16]))
    if done.replaced_backup is not None:
        print(_("The planner it replaced was kept as {path}.").format(path=done.replaced_backup))
    width = max(len(name) for name in done.rows)
    for name, count in sorted(done.rows.items()):
        print(f"  {name.replace('_', ' '):<{width}}  {i18n.format_number(count):>8}")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = subparsers.add_parser(
        "demo", help=_("write a planner holding the demo data (the 2022 series): a file or an empty team database"))
    add_db_argument(demo, N_("file to create, or an empty team database (postgresql://…) to fill"))
    demo.add_argument("--force", action="store_true", help=_("replace the planner if there is one"))
    demo.set_defaults(func=cmd_demo)

    info = subparsers.add_parser("info", help=_("print the schema revision and the number of records"))
    add_db_argument(info)
    info.set_defaults(func=cmd_info)

    upgrade = subparsers.add_parser(
        "upgrade", help=_("print what an upgrade of the schema changes, then upgrade it (team databases need this)"))
    add_db_argument(upgrade)
    upgrade.add_argument("--dry-run", action="store_true", help=_("only print what would change"))
    upgrade.set_defaults(func=cmd_upgrade)

    copy = subparsers.add_parser(
        "copy", help=_("copy a whole planner between files and team databases (checked: row counts, content hash)"))
    copy.add_argument("source", metavar=_("SRC"), help=_("planner to copy: a file or postgresql://… URL"))
    copy.add_argument("destination", metavar=_("DEST"), help=_("where to copy it: a file or postgresql://… URL"))
    copy.add_argument("--replace", action="store_true", help=_("overwrite a planner already at DEST"))
    copy.set_defaults(func=cmd_copy)
