"""Start-up benchmarks, each a ratio against a baseline measured in the same run.

1. Cold start to the main window shown on the demo database, vs a bare PySide6
   QMainWindow started the same way (fresh interpreter, offscreen Qt). Target <= 2x.
2. Opening the large database (bench/make_large_db.py) and showing the first tab, vs
   the demo cold start. Target < 1.5x.
3. The longest event-loop stall while the large database is opened from a running
   window (a 5 ms QTimer heartbeat measures the gaps).

Every measurement runs in a new process, several times; medians are reported.
Run: `python -m bench.bench_startup --runs 7`  (secondary figures: offscreen Qt, in-process
clocks; bench/blackbox.py measures the window as mapped on an X display)
     `python -m bench.bench_startup --runs 1 --large-attendance 1800`  (a smoke run)
"""

from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

if not __package__:  # run as `python bench/NAME.py`: make the project importable
    _sys.path.insert(0, str(_Path(__file__).resolve().parents[1]))

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def measure(args: list[str], runs: int, key: str | None = None) -> list[float]:
    """Seconds from spawning the child to its `key` line (the first line), `runs` times."""
    values = []
    for _ in range(runs):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_SPAWNED_AT=repr(time.time()),
                   PYTHONPATH=str(ROOT))
        out = subprocess.run([sys.executable, "-m", "bench.startup_child", *args], cwd=ROOT,
                             env=env, capture_output=True, text=True, check=True).stdout
        found = {line.split()[0]: float(line.split()[1]) for line in out.splitlines() if line[:1].isalpha()}
        values.append(found[key] if key else next(iter(found.values())))
    return values


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--large", type=Path, help="an existing large file (default: build one)")
    parser.add_argument("--large-attendance", type=int, default=300_000,
                        help="attendance records of the large file it builds (default 300,000)")
    args = parser.parse_args(argv)
    from bench.make_large_db import build
    from ocse_planner.db.demo import create_demo_database

    with tempfile.TemporaryDirectory() as tmp:
        demo = create_demo_database(Path(tmp) / "demo.db")
        large = args.large
        if large is None:
            large = Path(tmp) / "large.db"
            build(large, attendance=args.large_attendance)
        # First opens make the day's rolling backup; measure the steady state.
        measure(["app", str(demo)], 1)
        measure(["app", str(large)], 1)

        bare = statistics.median(measure(["bare"], args.runs))
        demo_shown = statistics.median(measure(["app", str(demo)], args.runs, "shown"))
        demo_start = statistics.median(measure(["app", str(demo)], args.runs, "filled"))
        large_start = statistics.median(measure(["app", str(large)], args.runs, "filled"))
        stall = statistics.median(measure(["stall", str(large)], max(1, min(3, args.runs // 2))))

    print(f"bare PySide6 window shown:                 {bare:.3f} s (baseline)")
    print(f"main window shown (demo file opening):     {demo_shown:.3f} s = {demo_shown / bare:.2f}x bare (target <= 2x)")
    print(f"demo file open, first tab filled:          {demo_start:.3f} s = {demo_start / bare:.2f}x bare")
    print(f"large file open, first tab filled:         {large_start:.3f} s = {large_start / demo_start:.2f}x demo (target < 1.5x)")
    print(f"longest event-loop stall opening the large file: {stall * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
