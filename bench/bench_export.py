"""Export speed: attendee summary over 300,000 attendance records, and the demo agenda.

Each figure is a ratio against a baseline measured in the same run on the same machine:
- attendee summary: the same GROUP BY queries in raw sqlite3, plus writing the same cells
  into a bare openpyxl workbook (no styles, charts or atomic move). Target: at most 1.5x.
- agenda of the demo series: a bare openpyxl workbook holding the same cells. Target:
  under 0.25 s in absolute terms.

Run: python bench/bench_export.py   (takes about half a minute)
     python bench/bench_export.py --records 3000 --repeat 1   (a smoke run)
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import load_workbook  # noqa: E402

from bench.baselines import EXPORT_QUERIES, bare_workbook  # noqa: E402
from ocse_planner.db import open_database  # noqa: E402
from ocse_planner.db.demo import create_demo_database  # noqa: E402
from ocse_planner.export.agenda_xlsx import export_agenda  # noqa: E402
from ocse_planner.export.attendance_xlsx import export_attendance  # noqa: E402

RECORDS = 300_000
REPEAT = 3


def best_of(fn: Callable[[], object], repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def add_records(path: Path, count: int) -> None:
    rnd = random.Random(2022)
    con = sqlite3.connect(path)
    webinars = [row[0] for row in con.execute("SELECT id FROM webinar ORDER BY number")]
    sectors = [row[0] for row in con.execute("SELECT id FROM sector")]
    per_webinar = count // len(webinars)
    people = int(per_webinar * 1.6)  # a pool smaller than the total: many people return

    def rows():  # type: ignore[no-untyped-def]
        for webinar in webinars:
            for key in rnd.sample(range(people), per_webinar):
                attended = rnd.random() < 0.7
                yield (webinar, f"p{key}@example.org", f"Person {key}", f"p{key}@example.org", "Org",
                       rnd.choice(sectors), 1, attended, rnd.randint(5, 120) if attended else 0)

    with con:
        con.executemany(
            "INSERT INTO attendance_record (webinar_id, person_key, name, email, organization_name, sector_id,"
            " registered, attended, minutes_attended, imported_at) VALUES (?,?,?,?,?,?,?,?,?, '2022-03-30 00:00:00')",
            rows(),
        )
    con.close()


# The same figures as the summary asks for: registrants who attended (the attendance rate),
# and attendees without a sector split into not stated and unclassified (the sector table
# adds up to each webinar's attendance). The black-box baseline asks the same.
BASELINE_QUERIES = EXPORT_QUERIES


def cells_of(path: Path) -> list[tuple[str, list[tuple[int, int, object]]]]:
    wb = load_workbook(path)
    return [(ws.title, [(c.row, c.column, c.value) for row in ws.iter_rows() for c in row if c.value is not None])
            for ws in wb]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=RECORDS)
    parser.add_argument("--repeat", type=int, default=REPEAT)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="ocse-bench-"))
    db_path = create_demo_database(folder / "demo.db")
    agenda_db = open_database(db_path)
    agenda_out, agenda_bare = folder / "agenda.xlsx", folder / "agenda-bare.xlsx"

    def agenda() -> None:
        with agenda_db.read() as session:
            export_agenda(session, 1, agenda_out)

    agenda()  # warm up (imports, caches)
    agenda_time = best_of(agenda, max(args.repeat, 1) + 2)
    agenda_cells = cells_of(agenda_out)
    agenda_base = best_of(lambda: bare_workbook(agenda_cells, agenda_bare), max(args.repeat, 1) + 2)
    agenda_db.close()

    add_records(db_path, args.records)
    db = open_database(db_path)
    out, bare = folder / "attendance.xlsx", folder / "attendance-bare.xlsx"

    def summary() -> None:
        with db.read() as session:
            export_attendance(session, 1, out)

    summary()
    ours = best_of(summary, args.repeat)
    cells = cells_of(out)

    con = sqlite3.connect(db_path)  # opened once, like our pooled connection: only the queries are timed

    def baseline() -> None:
        for query in BASELINE_QUERIES:
            con.execute(query).fetchall()
        bare_workbook(cells, bare)

    baseline()
    base = best_of(baseline, args.repeat)
    con.close()
    db.close()

    print(f"Attendee summary, {args.records:,} records: {ours:.3f} s; baseline (raw sqlite3 GROUP BY + bare openpyxl) "
          f"{base:.3f} s; ratio {ours / base:.2f}x (target <= 1.5x)")
    print(f"Agenda of the demo series: {agenda_time:.3f} s (target < 0.25 s); bare openpyxl workbook of the same "
          f"cells {agenda_base:.3f} s; ratio {agenda_time / agenda_base:.2f}x")


if __name__ == "__main__":
    main()
