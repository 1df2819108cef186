"""A decade of planning in one file, for measuring the app at scale.

10 series (one a year) x 30 webinars x 6 agenda items, 3,000 people, 500 organizations,
a booking per talk and 300,000 attendance records (1,000 per webinar). Rows go in with
SQLAlchemy Core executemany in one transaction, on a file created by `open_database`,
so the schema, constraints and stored value formats are the app's own.

Run: `python -m bench.make_large_db /tmp/large.db` (a few seconds).
"""

from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

if not __package__:  # run as `python bench/NAME.py`: make the project importable
    _sys.path.insert(0, str(_Path(__file__).resolve().parents[1]))

import argparse
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from ocse_planner.db import open_database
from ocse_planner.db.enums import (
    AgendaItemKind,
    BookingStatus,
    OrganizationKind,
    SeriesStatus,
    WebinarStatus,
)
from ocse_planner.db.models import (
    AttendanceRecord,
    Booking,
    Organization,
    Person,
    Presentation,
    Sector,
    Series,
    Webinar,
)

YEARS = 10
WEBINARS_PER_SERIES = 30
ITEMS_PER_WEBINAR = 6
PEOPLE = 3_000
ORGANIZATIONS = 500
ATTENDANCE = 300_000
ATTENDEE_POOL = 40_000  # distinct people who ever attended

GIVEN = ["Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn",
         "Marie", "Jean", "Nadia", "Omar", "Li", "Priya", "Kwame", "Sofia", "Mateo", "Aiko"]
FAMILY = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Smith", "Brown", "Wilson", "Martin",
          "Lee", "Singh", "Nguyen", "Chen", "Patel", "Khan", "Wong", "Lavoie", "Fortin", "Morin"]


def build(path: Path, *, seed: int = 2022, attendance: int = ATTENDANCE) -> dict[str, int]:
    """Create `path` (must not exist) and fill it; returns the row counts inserted."""
    if path.exists():
        raise SystemExit(f"{path} already exists; choose a new file name")
    rng = random.Random(seed)
    now = datetime.now(UTC)
    stamp: dict[str, Any] = {"version": 1, "created_at": now, "updated_at": now}
    db = open_database(path)
    try:
        with db.engine.begin() as conn:
            sectors = list(conn.scalars(select(Sector.id)))
            kinds = list(OrganizationKind)
            conn.execute(insert(Organization), [
                {"id": i, "name": f"Organization {i:03d}", "acronym": f"O{i}",
                 "kind": kinds[i % len(kinds)], **stamp}
                for i in range(1, ORGANIZATIONS + 1)
            ])
            conn.execute(insert(Person), [
                {"id": i, "given_name": GIVEN[i % len(GIVEN)], "family_name": f"{FAMILY[i % len(FAMILY)]} {i}",
                 "job_title": "Analyst", "organization_id": rng.randint(1, ORGANIZATIONS),
                 "email": f"presenter{i}@example.org", "languages": ["en"], **stamp}
                for i in range(1, PEOPLE + 1)
            ])
            series, webinars, items, bookings = [], [], [], []
            for year_no in range(YEARS):
                sid = year_no + 1
                series.append({"id": sid, "title": f"Webinar series {2017 + year_no}",
                               "year": 2017 + year_no, "host_organization_id": 1,
                               "objectives": ["Share knowledge"], "status": SeriesStatus.COMPLETED,
                               "time_zone": "America/Toronto", **stamp})
                for number in range(1, WEBINARS_PER_SERIES + 1):
                    wid = len(webinars) + 1
                    starts = datetime(2017 + year_no, 1, 10, 17, tzinfo=UTC) + timedelta(weeks=number)
                    webinars.append({"id": wid, "series_id": sid, "number": number,
                                     "title": f"Session {number} of {2017 + year_no}", "starts_at": starts,
                                     "time_zone": "America/Toronto", "duration_minutes": 120,
                                     "status": WebinarStatus.HELD, **stamp})
                    for position in range(1, ITEMS_PER_WEBINAR + 1):
                        pid = len(items) + 1
                        items.append({"id": pid, "webinar_id": wid, "position": position,
                                      "kind": AgendaItemKind.PRESENTATION, "title": f"Talk {position}",
                                      "duration_minutes": 20, "resource_links": [],
                                      "placeholder": False, **stamp})
                        bookings.append({"presentation_id": pid, "person_id": rng.randint(1, PEOPLE),
                                         "position": 1, "status": BookingStatus.CONFIRMED,
                                         "status_changed_at": now, **stamp})
            for model, rows in ((Series, series), (Webinar, webinars), (Presentation, items),
                                (Booking, bookings)):
                conn.execute(insert(model), rows)
            per_webinar = attendance // len(webinars)
            records = []
            for webinar in webinars:
                for n in rng.sample(range(ATTENDEE_POOL), per_webinar):
                    email = f"attendee{n}@agency{n % 97}.example.ca"
                    records.append({"webinar_id": webinar["id"], "person_key": email,
                                    "name": f"{GIVEN[n % len(GIVEN)]} {FAMILY[n % len(FAMILY)]}",
                                    "email": email, "organization_name": f"Agency {n % 97}",
                                    "sector_id": sectors[n % len(sectors)] if sectors else None,
                                    "registered": True, "attended": n % 4 != 0,
                                    "minutes_attended": (n * 7) % 120, "imported_at": now})
            conn.execute(insert(AttendanceRecord), records)
    finally:
        db.close()
    return {"series": len(series), "webinars": len(webinars), "presentations": len(items),
            "bookings": len(bookings), "people": PEOPLE, "organizations": ORGANIZATIONS,
            "attendance records": len(records)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--attendance", type=int, default=ATTENDANCE, help="attendance records (default 300,000)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = build(args.path, attendance=args.attendance)
    took = time.perf_counter() - started
    print(", ".join(f"{n:,} {what}" for what, n in counts.items()))
    print(f"{args.path}: {args.path.stat().st_size / 1e6:.0f} MB in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
