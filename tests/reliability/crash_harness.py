"""Crash safety, proven the way SQLite's own test suite does it: kill a writer, then look.

A child process (`crash_child`) saves through the app's own path in a loop and
acknowledges each commit on stdout. The parent SIGKILLs it at a random moment, then
checks the file: `PRAGMA integrity_check` must be `ok` and every acknowledged change
must be present (each new series, and the ledger edit at least as new as the last
acknowledged round). Repeat N times on the same file, so later children also recover
whatever WAL the previous victim left behind.

Run: `python -m tests.reliability.crash_harness --kills 200`
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


def _check(path: Path, acks: list[tuple[str, int]], report: CrashReport, kill_no: int) -> None:
    """Integrity and durability of everything acknowledged so far (a fresh connection)."""
    conn = sqlite3.connect(path, timeout=10)
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            report.corrupt += 1
            report.problems.append(f"kill {kill_no}: integrity_check: {result[:3]}")
            return
        titles = {r[0] for r in conn.execute("SELECT title FROM series")}
        missing = [key for key, _ in acks if key not in titles]
        if acks:
            row = conn.execute(
                "SELECT participants_reported FROM series WHERE title = ?", (LEDGER_TITLE,)
            ).fetchone()
            if row is None or row[0] < max(n for _, n in acks):
                missing.append(f"ledger edit of round {max(n for _, n in acks)}")
        orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            report.corrupt += 1
            report.problems.append(f"kill {kill_no}: {len(orphans)} broken references")
    finally:
        conn.close()
    if missing:
        report.lost += len(missing)
        report.problems.append(f"kill {kill_no}: lost {missing[:3]}")


def run(kills: int, path: Path, *, max_delay: float = 0.25, seed: int | None = None,
        verbose: bool = False) -> CrashReport:
    """Kill `kills` children writing to `path`; returns what the checks found."""
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
        if path.exists():
            _check(path, every_ack, report, kill_no)
        if verbose:
            print(f"kill {kill_no}: {len(acks)} commits acknowledged", flush=True)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--db", type=Path, help="file to use (default: a temporary one)")
    parser.add_argument("--max-delay", type=float, default=0.25, help="seconds (random 0..max)")
    parser.add_argument("--seed", type=int)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "crash.db"
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
