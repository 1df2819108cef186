"""Team mode: the same work on PostgreSQL and on SQLite in one run, and concurrent writers.

1. Import of a 100,000-row attendee CSV (parse, plan, store in one transaction) into the
   demo planner, best of three, each on a fresh planner: PostgreSQL vs SQLite (ratio).
2. Attendee summary export of 300,000 attendance records (the same records, copied to the
   server with `copy`), best of three: PostgreSQL vs SQLite (ratio). The copy's own time
   is printed too.
3. Two to eight writer processes doing read-modify-write on three shared records for a
   few seconds each, the way a form does it: read the record (one transaction), then save
   value + 1 naming the version read (another transaction). A save of a stale version is
   refused ("changed elsewhere": a conflict, counted); every accepted save must be in the
   final counters — lost updates = accepted saves − sum of the counters, which must be 0.
   Throughput = accepted saves per second, all writers together.

The server is `--pg URL` (a role that may create databases), else a private cluster
started for the run (tests/postgres.py; needs PostgreSQL's binaries). Nothing is timed in
the tests; this prints figures for the README.

Run: python bench/bench_team.py   (about two minutes; --quick for a smaller run)
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_export import add_records  # noqa: E402
from bench.bench_import import write_csv  # noqa: E402
from ocse_planner.db import open_database  # noqa: E402
from ocse_planner.db.backup import copy_database  # noqa: E402
from ocse_planner.db.demo import create_demo_database  # noqa: E402
from ocse_planner.db.transfer import copy_planner  # noqa: E402
from tests import postgres  # noqa: E402

SHARED_RECORDS = 3


def best_of(fn: Callable[[], Callable[[], object]], repeat: int) -> float:
    """`fn()` prepares and returns the work to time; the best of `repeat` runs."""
    times = []
    for _ in range(repeat):
        work = fn()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def import_once(target: str) -> Callable[[], object]:
    from ocse_planner.services.attendance_import import parse_report, plan_import, store_import
    from ocse_planner.services.sectors import ensure_default_rules

    def run() -> object:
        db = open_database(target)
        try:
            with db.write() as session:
                ensure_default_rules(session)
                store_import(session, plan_import(session, 1, parse_report(CSV)))
        finally:
            db.close()
        return None

    return run


def export_once(target: str, out: Path) -> Callable[[], object]:
    from ocse_planner.export.attendance_xlsx import export_attendance

    def run() -> object:
        db = open_database(target)
        try:
            with db.read() as session:
                export_attendance(session, 1, out)
        finally:
            db.close()
        return None

    return run


# --- concurrent writers --------------------------------------------------------------------

def writer(target: str, seconds: float, seed: int, ids: list[int], results: object) -> None:
    from ocse_planner.db.models import Series
    from ocse_planner.services.concurrency import fetch_for_update
    from ocse_planner.services.errors import ChangedElsewhereError

    db = open_database(target)
    rng = random.Random(seed)
    saved = conflicts = errors = 0
    started = time.monotonic()
    end = started + seconds
    try:
        while time.monotonic() < end:
            record_id = rng.choice(ids)
            with db.read() as session:
                seen = session.get(Series, record_id)
                assert seen is not None
                version, value = seen.version, seen.participants_reported or 0
            try:
                with db.write() as session:
                    fetch_for_update(session, Series, record_id, version, "series").participants_reported = value + 1
                saved += 1
            except ChangedElsewhereError:
                conflicts += 1
            except Exception:  # noqa: BLE001 - counted: must stay 0
                errors += 1
    finally:
        db.close()
    results.put((saved, conflicts, errors, time.monotonic() - started))  # type: ignore[attr-defined]


def writers_round(target: str, count: int, seconds: float) -> tuple[int, int, int, int, float]:
    """(accepted saves, conflicts, errors, lost updates, saves per second)."""
    from sqlalchemy import select

    from ocse_planner.db.models import Series

    with open_database(target) as db, db.write() as session:
        shared = [Series(title=f"Counter {time.monotonic_ns()} {i}", year=2030, participants_reported=0)
                  for i in range(SHARED_RECORDS)]
        session.add_all(shared)
        session.flush()
        ids = [s.id for s in shared]
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    processes = [context.Process(target=writer, args=(target, seconds, seed, ids, results)) for seed in range(count)]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=seconds + 120) for _ in processes]
    for process in processes:
        process.join()
    saved, conflicts, errors = (sum(o[i] for o in outcomes) for i in range(3))
    elapsed = sum(o[3] for o in outcomes) / len(outcomes)  # each writer's own time at work
    with open_database(target) as db, db.read() as session:
        total = sum(session.scalars(select(Series.participants_reported).where(Series.id.in_(ids))))
    return saved, conflicts, errors, saved - total, saved / elapsed


CSV = Path()


def main(argv: list[str] | None = None) -> int:
    global CSV
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", help="admin URL of a server to use (default: a private cluster)")
    parser.add_argument("--quick", action="store_true", help="fewer rows and shorter writer rounds")
    args = parser.parse_args(argv)
    rows, records, seconds, repeat = (20_000, 60_000, 3.0, 2) if args.quick else (100_000, 300_000, 6.0, 3)
    server = postgres.Server(args.pg) if args.pg else postgres.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            CSV = folder / "attendees.csv"
            write_csv(CSV, rows)
            demo = create_demo_database(folder / "demo.db")
            print(f"Import of {rows:,} rows (best of {repeat}, fresh planner each time):")

            def file_import() -> Callable[[], object]:
                return import_once(str(copy_database(demo, folder / f"i{time.monotonic_ns()}.db")))

            def server_import() -> Callable[[], object]:
                url = server.create()
                copy_planner(demo, url)
                return import_once(url)

            sqlite_s, pg_s = best_of(file_import, repeat), best_of(server_import, repeat)
            print(f"  SQLite {sqlite_s:.2f} s, PostgreSQL {pg_s:.2f} s: ratio {pg_s / sqlite_s:.2f}x")

            big = copy_database(demo, folder / "big.db")
            add_records(big, records)
            url = server.create()
            started = time.perf_counter()
            report = copy_planner(big, url)
            print(f"Copy of the {records:,}-record planner to the server: {time.perf_counter() - started:.1f} s "
                  f"({report.total:,} rows, checked)")
            out = folder / "summary.xlsx"
            sqlite_s = best_of(lambda: export_once(str(big), out), repeat)
            pg_s = best_of(lambda: export_once(url, out), repeat)
            print(f"Attendee summary export of {records:,} records (best of {repeat}):")
            print(f"  SQLite {sqlite_s:.2f} s, PostgreSQL {pg_s:.2f} s: ratio {pg_s / sqlite_s:.2f}x")

            print(f"Concurrent read-modify-write on {SHARED_RECORDS} shared records, {seconds:g} s per round:")
            print("  back-end     writers  saves  conflicts  errors  lost updates  saves/s")
            for name in ("SQLite", "PostgreSQL"):
                for count in (2, 4, 8):
                    target = str(copy_database(demo, folder / f"w{count}.db")) if name == "SQLite" else server.create()
                    if name == "PostgreSQL":
                        copy_planner(demo, target)
                    saved, conflicts, errors, lost, rate = writers_round(target, count, seconds)
                    print(f"  {name:<11}  {count:>7}  {saved:>5}  {conflicts:>9}  {errors:>6}  {lost:>12}  {rate:>7.0f}")
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
