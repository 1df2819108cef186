"""`ocse-planner demo` and `ocse-planner info`: write the demo file, describe a planner file."""

from __future__ import annotations

import argparse
from pathlib import Path

from ocse_planner.cli import EXIT_OK, EXIT_USAGE, open_for_command, report


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
    print(f"Demo data (the 2022 series) written to {path}")
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
    note = "current" if state.revision == head else f"older than this app's {head}; opening it upgrades it"
    print(f"File: {path}")
    print(f"Schema revision: {state.revision} ({note})")
    width = max(len(name) for name in counts)
    for name, count in counts.items():
        print(f"  {name.replace('_', ' '):<{width}}  {count:>8}")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = subparsers.add_parser("demo", help="write a planner file holding the demo data (the 2022 series)")
    demo.add_argument("--db", required=True, metavar="PATH", help="file to create")
    demo.add_argument("--force", action="store_true", help="replace the file if it exists")
    demo.set_defaults(func=cmd_demo)

    info = subparsers.add_parser("info", help="print the schema revision and the number of records")
    info.add_argument("--db", required=True, metavar="PATH", help="planner file to read")
    info.set_defaults(func=cmd_info)
