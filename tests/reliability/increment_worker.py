"""A second app instance in miniature: read a counter, then write it back plus one.

Run as a separate process by test_two_instances; every increment is one
`Database.write()` transaction through the ORM, the way a service edits a record.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import select

from ocse_planner.db import open_database
from ocse_planner.db.models import Series

COUNTER_TITLE = "Two-instance counter"


def increment(path: Path | str, times: int) -> int:
    """Returns the number of failed increments (any exception counts)."""
    db = open_database(path)
    errors = 0
    try:
        for _ in range(times):
            try:
                with db.write() as session:
                    series = session.scalars(select(Series).where(Series.title == COUNTER_TITLE)).one()
                    series.participants_reported = (series.participants_reported or 0) + 1
            except Exception as exc:  # noqa: BLE001 - counted and reported, the point of the test
                errors += 1
                print(f"error: {exc!r}", file=sys.stderr)
    finally:
        db.close()
    return errors


if __name__ == "__main__":
    failures = increment(sys.argv[1], int(sys.argv[2]))  # a file, or a team database's URL
    print(f"errors {failures}", flush=True)
    sys.exit(0)
