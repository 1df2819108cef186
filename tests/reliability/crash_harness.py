"""Crash safety, proven the way SQLite's own test suite does it: kill a writer, then look.

A child process (`crash_child`) saves through the app's own path in a loop and
acknowledges each commit on stdout. The parent SIGKILLs it at a random moment, then
checks the file: `PRAGMA integrity_check` must be `ok` and every acknowledged change
must be present (each new series, and the ledger edit at least as new as the last
acknowledged round). Repeat N times on the same file, so later children also recover
whatever WAL the previous victim left behind.

On a team database (`--db postgresql://…`) the server survives its client's death by
design; what is checked there is the app's side: every acknowledged commit present, no
transaction half-applied (a series without the webinar saved with it), and the writers'
lock released by the dead child (the next one gets to write).

Run: `python -m tests.reliability.crash_harness --kills 200`
(`--db postgresql:///crash?host=…` for a team database).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.reliability.crash_child import LEDGER_TITLE

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class CrashReport:
    kills: int = 0
    corrupt: int = 0
    lost: int = 0
    acknowledged: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"kills: {self.kills}  corrupt files: {self.corrupt}  "
            f"lost committed changes: {self.lost}  (commits acknowledged: {self.acknowledged})"
        )


def _read_acks(stream, acks: list[tuple[str, int]], ready: threading.Event) -> None:  # type: ignore[no-untyped-def]
    for line in stream:
        parts = line.split()
        if parts[:1] == ["ready"]:
            ready.set()
        elif len(parts) == 3 and parts[0] == "ack":
            acks.append((parts[1], int(parts[2])))


TORN = ("SELECT count(*) FROM series s WHERE s.title LIKE 'crash-%' AND NOT EXISTS "
        "(SELECT 1 FROM webinar w JOIN presentation p ON p.webinar_id = w.id JOIN booking b "
        "ON b.presentation_id = p.id WHERE w.series_id = s.id)")


def _missing(titles: set[str], ledger: int | None, acks: list[tuple[str, int]]) -> list[str]:
    missing = [key for key, _ in acks if key not in titles]
    if acks and (ledger is None or ledger < max(n for _, n in acks)):
        missing.append(f"ledger edit of round {max(n for _, n in acks)}")
    return missing


def _check_server(url: str, acks: list[tuple[str, int]], report: CrashReport, kill_no: int) -> None:
    import psycopg

    with psycopg.connect(url) as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM series")}
        row = conn.execute("SELECT participants_reported FROM series WHERE title = %s", (LEDGER_TITLE,)).fetchone()
        missing = _missing(titles, row[0] if row else None, acks)
        torn = conn.execute(TORN).fetchone()[0]
    if torn:
        report.corrupt += 1
        report.problems.append(f"kill {kill_no}: {torn} half-applied transactions")
    if missing:
        report.lost += len(missing)
        report.problems.append(f"kill {kill_no}: lost {missing[:3]}")


def _check(path: Path | str, acks: list[tuple[str, int]], report: CrashReport, kill_no: int) -> None:
    """Integrity and durability of everything acknowledged so far (a fresh connection)."""
    if isinstance(path, str) and path.startswith("postgresql:"):
        _check_server(path, acks, report, kill_no)
        return
    conn = sqlite3.connect(path, timeout=10)
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            report.corrupt += 1
            report.problems.append(f"kill {kill_no}: integrity_check: {result[:3]}")
            return
        titles = {r[0] for r in conn.execute("SELECT title FROM series")}
        row = conn.execute("SELECT participants_reported FROM series WHERE title = ?", (LEDGER_TITLE,)).fetchone()
        missing = _missing(titles, row[0] if row else None, acks)
        orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            report.corrupt += 1
            report.problems.append(f"kill {kill_no}: {len(orphans)} broken references")
        torn = conn.execute(TORN).fetchone()[0]
        if torn:
            report.corrupt += 1
            report.problems.append(f"kill {kill_no}: {torn} half-applied transactions")
    finally:
        conn.close()
    if missing:
        report.lost += len(missing)
        report.problems.append(f"kill {kill_no}: lost {missing[:3]}")


def run(kills: int, path: Path | str, *, max_delay: float = 0.25, seed: int | None = None,
        verbose: bool = False) -> CrashReport:
    """Kill `kills` children writing to `path` (a file, or a postgresql: URL); returns what
    the checks found."""
    rng = random.Random(seed)
    report = CrashReport()
    every_ack: list[tuple[str, int]] = []
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    for kill_no in range(1, kills + 1):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_child", str(path), str(kill_no)],
            stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env,
        )
        acks: list[tuple[str, int]] = []
        ready = threading.Event()
        reader = threading.Thread(target=_read_acks, args=(child.stdout, acks, ready), daemon=True)
        reader.start()
        # Mostly kill mid-loop; now and then during start-up (open, migration, recovery).
        if rng.random() < 0.85:
            ready.wait(timeout=30)
        time.sleep(rng.uniform(0, max_delay))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        reader.join(timeout=10)
        report.kills += 1
        every_ack.extend(acks)
        report.acknowledged = len(every_ack)
        if isinstance(path, str) or path.exists():
            _check(path, every_ack, report, kill_no)
        if verbose:
            print(f"kill {kill_no}: {len(acks)} commits acknowledged", flush=True)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--db", help="file or postgresql: URL to use (default: a temporary file)")
    parser.add_argument("--max-delay", type=float, default=0.25, help="seconds (random 0..max)")
    parser.add_argument("--seed", type=int)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path: Path | str = args.db if args.db and args.db.startswith("postgresql:") else (
            Path(args.db) if args.db else Path(tmp) / "crash.db")
        started = time.monotonic()
        report = run(args.kills, path, max_delay=args.max_delay, seed=args.seed,
                     verbose=args.verbose)
        print(report.summary())
        for problem in report.problems[:20]:
            print("  " + problem)
        print(f"({time.monotonic() - started:.0f} s)")
    return 0 if report.corrupt == 0 and report.lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
