"""Import speed: a 100,000-row attendee CSV (template layout) into a copy of the demo.

Measured, best of three, each on a fresh database:
- full import: parse + validate + key + classify (parse_report, plan_import) and store in
  one transaction (store_import);
- baseline, same run, same file: Python's csv module reading the file, plus a raw
  sqlite3 executemany of the same rows into a table of the same shape (the
  attendance_record DDL and indexes copied from the planner file, foreign keys to stub
  parent tables) in a separate temp database with the same pragmas (WAL,
  synchronous=FULL, foreign_keys=ON).
Target: full import at most 3x the baseline.

Then a series of 3 webinars holding the file each (300,000 records at full size): the
summary's time and how many SQL
statements it ran — a handful of GROUP BY queries, no per-record Python loop.

Run: python bench/bench_import.py   (about half a minute)
     python bench/bench_import.py --rows 200 --repeat 1   (a smoke run)
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event  # noqa: E402

from bench.baselines import PRAGMAS, store_rows  # noqa: E402
from ocse_planner.db import open_database  # noqa: E402
from ocse_planner.db.demo import create_demo_database  # noqa: E402
from ocse_planner.services.attendance_import import parse_report, plan_import, store_import  # noqa: E402
from ocse_planner.services.attendance_summary import attendance_summary  # noqa: E402
from ocse_planner.services.sectors import ensure_default_rules  # noqa: E402

ROWS = 100_000
REPEAT = 3
DOMAINS = ["torontopolice.on.ca", "ps-sp.gc.ca", "rcmp-grc.gc.ca", "gov.on.ca", "helpline.example.org",
           "ualberta.ca", "ottawa.ca", "gmail.com", "school.example.ca", "victims.example.org"]
ORGANIZATIONS = ["Toronto Police Service", "Public Safety Canada", "RCMP", "Ontario Ministry", "Helpline",
                 "University of Alberta", "City of Ottawa", "", "District School Board", "Victim Services"]
SECTORS = ["", "", "", "Police", "Education", "Non-profit"]


def write_csv(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "email", "organization", "sector", "attended", "minutes"])
        for i in range(rows):
            k = rng.randrange(len(DOMAINS))
            attended = rng.random() < 0.8
            writer.writerow([f"Participant {i}", f"participant.{i}@{DOMAINS[k]}", ORGANIZATIONS[k],
                             rng.choice(SECTORS), "yes" if attended else "no",
                             rng.randint(1, 90) if attended else 0])


def best_of(fn: Callable[[Path], object], folder: Path, repeat: int = REPEAT) -> float:
    times = []
    for run in range(repeat):
        target = folder / f"run{run}-{time.monotonic_ns()}"
        target.mkdir()
        prepare = getattr(fn, "prepare", None)
        state = prepare(target) if prepare else target
        start = time.perf_counter()
        fn(state)
        times.append(time.perf_counter() - start)
    return min(times)


def full_import(csv_path: Path, template: Path) -> Callable[[Path], object]:
    def prepare(folder: Path):  # type: ignore[no-untyped-def]
        from ocse_planner.db.backup import copy_database

        db = open_database(copy_database(template, folder / "demo.db"))
        with db.write() as session:
            ensure_default_rules(session)
        return db

    def run(db) -> None:  # type: ignore[no-untyped-def]
        report = parse_report(csv_path)
        with db.write() as session:
            store_import(session, plan_import(session, 1, report))
        db.close()

    run.prepare = prepare  # type: ignore[attr-defined]
    return run


def baseline(csv_path: Path, template: Path) -> Callable[[Path], object]:
    source = sqlite3.connect(template)
    ddl = [sql for (sql,) in source.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'attendance_record' AND sql IS NOT NULL ORDER BY type DESC")]
    source.close()

    def prepare(folder: Path) -> sqlite3.Connection:
        connection = sqlite3.connect(folder / "baseline.db", isolation_level=None)
        for pragma in PRAGMAS:
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("CREATE TABLE webinar (id INTEGER PRIMARY KEY)")
        connection.execute("CREATE TABLE sector (id INTEGER PRIMARY KEY)")
        connection.execute("INSERT INTO webinar (id) VALUES (1)")
        for statement in ddl:
            connection.execute(statement)
        return connection

    def run(connection: sqlite3.Connection) -> None:
        with open(csv_path, encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            next(reader)
            now = "2026-01-01 00:00:00.000000"
            rows = [(1, email.lower(), name, email, organization or None, None, 1, int(attended == "yes"),
                     int(minutes), None, "attendees.csv", now)
                    for name, email, organization, _sector, attended, minutes in reader]
        store_rows(connection, rows)
        connection.close()

    run.prepare = prepare  # type: ignore[attr-defined]
    return run


def summary_of_3_webinars(folder: Path, csv_path: Path, template: Path) -> None:
    from ocse_planner.db.backup import copy_database

    db = open_database(copy_database(template, folder / "summary.db"))
    report = parse_report(csv_path)
    for webinar_id in (1, 2, 3):
        with db.write() as session:
            ensure_default_rules(session)
            store_import(session, plan_import(session, webinar_id, report))
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    start = time.perf_counter()
    with db.read() as session:
        summary = attendance_summary(session, 1)
    elapsed = time.perf_counter() - start
    print(f"summary of {summary.total_registered:,} records: {elapsed:.3f} s, "
          f"{len(statements)} SQL statements (GROUP BY in SQLite, no per-record loop); "
          f"unique participants {summary.unique_participants:,}, "
          f"at two or more webinars {summary.returning_participants:,}")
    attendee_list(db)
    db.close()


def attendee_list(db) -> None:  # type: ignore[no-untyped-def]
    """The attendee list over the same records: load, search, sort (GUI model)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ocse_planner.services.attendance_summary import list_attendees
    from ocse_planner.ui.attendance.attendee_list_view import AttendeeListModel

    _app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    with db.read() as session:
        rows = list_attendees(session, 1)
    loaded = time.perf_counter()
    model = AttendeeListModel()
    model.ASYNC_ROWS = None  # no event loop here: filter and sort at once, to time them
    model.set_rows(rows)
    ready = time.perf_counter()
    model.set_filter("participant.123")
    searched = time.perf_counter()
    found = model.rowCount()
    model.set_filter("")
    model.sort(1, Qt.SortOrder.DescendingOrder)
    sorted_at = time.perf_counter()
    print(f"attendee list of {len(rows):,} records: fetch {loaded - start:.2f} s (worker thread), "
          f"model {ready - loaded:.2f} s, search {searched - ready:.3f} s ({found:,} shown), "
          f"sort by name {sorted_at - searched:.2f} s")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--repeat", type=int, default=REPEAT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ocse-bench-import-") as tmp:
        folder = Path(tmp)
        csv_path = folder / "attendees.csv"
        write_csv(csv_path, args.rows)
        template = create_demo_database(folder / "demo-template.db")
        # Interleaved, so that neither side alone profits from a warmed-up disk cache.
        ours_times, base_times = [], []
        for _ in range(args.repeat):
            base_times.append(best_of(baseline(csv_path, template), folder, repeat=1))
            ours_times.append(best_of(full_import(csv_path, template), folder, repeat=1))
        ours, base = min(ours_times), min(base_times)
        ratio = ours / base
        print(f"import of {args.rows:,} rows: {ours:.3f} s; baseline (csv module + sqlite3 executemany): "
              f"{base:.3f} s; ratio {ratio:.2f}x (target <= 3x) {'OK' if ratio <= 3 else 'SLOWER THAN TARGET'}")
        summary_of_3_webinars(folder, csv_path, template)


if __name__ == "__main__":
    main()
