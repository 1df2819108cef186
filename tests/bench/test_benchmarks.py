"""Every benchmark of bench/ runs at a tiny size, so none can rot unnoticed.

Each is started the way the README says (a whole process from the project root) and must
finish and print its figures — a ratio where it has a baseline. No time is asserted:
timings belong to the benchmarks, on a quiet machine.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RATIO = re.compile(r"ratio\s*:?\s*\d+(\.\d+)?x")
HAS_X = shutil.which("Xvfb") is not None and shutil.which("xdotool") is not None


def run_bench(*argv: str, timeout: int = 240, statuses: tuple[int, ...] = (0,)) -> str:
    result = subprocess.run([sys.executable, *argv], cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert result.returncode in statuses, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout


def test_blackbox_processes_against_their_baselines():
    only = "startup,import,export,stall" if HAS_X else "import,export"
    out = run_bench("-m", "bench.blackbox", "--tiny", "--pairs", "1", "--only", only)
    lines = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    for what in ("import", "export", *(("start-up",) if HAS_X else ())):
        assert RATIO.search(lines[what]), out
    if HAS_X:
        assert re.search(r"median \d+ ms", lines["stall"]), out
    assert lines["before:"].startswith("before: load average") and "after:" in lines, out


@pytest.mark.skipif(not HAS_X, reason="needs Xvfb and xdotool (.ci/run installs them)")
def test_the_window_watcher_sees_a_window_mapped_and_only_then():
    from bench.baselines import WINDOW_TITLE
    from bench.xwindow import Xvfb, time_to_window

    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    with Xvfb() as x:
        took = time_to_window([sys.executable, str(ROOT / "bench" / "baselines.py"), "window"], WINDOW_TITLE,
                              x.display, env)
        assert took > 0
        with pytest.raises(RuntimeError, match="no window named like"):
            time_to_window([sys.executable, "-c", "import time; time.sleep(1)"], WINDOW_TITLE, x.display, env,
                           timeout=3)


@pytest.mark.parametrize("argv", [
    ("bench/bench_import.py", "--rows", "200", "--repeat", "1"),
    ("bench/bench_export.py", "--records", "3000", "--repeat", "1"),
    ("bench/bench_wide_sheet.py", "--rows", "200", "--runs", "1"),
    ("bench/conflicts_scaling.py", "200", "2"),
], ids=["import", "export", "wide-sheet", "conflicts"])
def test_in_process_benchmark_prints_its_ratio(argv):
    assert RATIO.search(run_bench(*argv))


def test_refusal_benchmark_prints_its_ratios():
    # exit 1 is its verdict "over target", which a 1 MB file's fixed costs may earn
    out = run_bench("bench/bench_refusals.py", "--line-mb", "1", statuses=(0, 1))
    assert len(re.findall(r"\d+\.\d\dx", out)) == 2, out


def test_startup_benchmark_builds_its_large_file_and_prints_ratios():
    out = run_bench("-m", "bench.bench_startup", "--runs", "1", "--large-attendance", "1800")
    assert "x bare" in out and "x demo" in out and re.search(r"stall.*\d+ ms", out), out


def test_responsiveness_benchmark_reports_stalls(tmp_path):
    out = run_bench("bench/bench_responsiveness.py", "--rows", "200", "--records", "3000", "--skip-large")
    assert re.search(r"a\) import 200 rows.*longest stall \d+ ms", out), out
    assert re.search(r"d\) filtering 3,000 attendees.*ratio \d+(\.\d+)?x", out), out


def test_large_file_generator(tmp_path):
    out = run_bench("-m", "bench.make_large_db", str(tmp_path / "large.db"), "--attendance", "1800")
    assert "1,800 attendance records" in out
