"""Speed as the user meets it: whole processes started the way a person starts them,
each against a baseline process measured in the same run.

- start-up: `ocse-planner --db demo.db` until its main window is mapped on an X display
  (a private Xvfb; bench/xwindow.py watches the map event and xdotool confirms), against
  a bare PySide6 QMainWindow + QTabWidget (bench/baselines.py window). Goal <= 2x.
- import: `ocse-planner import attendance` of a generated Zoom webinar attendee report
  (100,000 attendee rows after the Zoom preamble, hosts and panelists) into a copy of the
  demo file, against csv + one raw sqlite3 executemany into the same table in one
  transaction (bench/baselines.py import). Goal <= 3x (stretch 2x).
- export: `ocse-planner export attendance` of a series holding 300,000 attendance
  records, against the same GROUP BY queries in raw sqlite3 + a bare openpyxl workbook of
  the same cells (bench/baselines.py export). Goal <= 1.5x; the app's peak memory (max
  RSS) is printed beside the database size.
- stall: the longest event-loop gap while the window, shown on the X display, opens the
  large file (bench/make_large_db.py) in the background (bench/startup_child.py stall;
  a 5 ms timer heartbeat). Goal <= 100 ms. No baseline: it is an absolute figure.

App and baseline alternate within one run (app first in odd pairs, baseline first in
even ones), after one unmeasured warm-up of each; medians of `--pairs` pairs and the
ratio of the medians are printed, with the range of the per-pair ratios and the machine's
load, and the median CPU time (user + system) of the processes of each side, a steadier
measure on a machine shared with other work. Every app run uses a private HOME, so no real
settings, logs or backups are touched.

    python -m bench.blackbox                    (about two minutes; all four, 5 pairs)
    python -m bench.blackbox --only import --pairs 7
    python -m bench.blackbox --tiny --pairs 1   (seconds; the test suite's smoke run)
"""

from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

if not __package__:  # run as `python bench/NAME.py`: make the project importable
    _sys.path.insert(0, str(_Path(__file__).resolve().parents[1]))

import argparse
import csv
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINES = ROOT / "bench" / "baselines.py"
APP_TITLE = "OCSE Planner"
DOMAINS = ["torontopolice.on.ca", "ps-sp.gc.ca", "rcmp-grc.gc.ca", "gov.on.ca", "helpline.example.org",
           "ualberta.ca", "ottawa.ca", "gmail.com", "school.example.ca", "victims.example.org"]
ORGANIZATIONS = ["Toronto Police Service", "Public Safety Canada", "RCMP", "Ontario Ministry", "Helpline",
                 "University of Alberta", "City of Ottawa", "", "District School Board", "Victim Services"]
INDUSTRIES = ["", "", "Law enforcement", "Education", "Non-profit", "Government", "Health"]


@dataclass
class Figure:
    what: str
    app: list[float]
    base: list[float]
    goal: float | None
    note: str = ""
    app_cpu: list[float] = field(default_factory=list)
    base_cpu: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return statistics.median(self.app) / statistics.median(self.base)

    @property
    def cpu_ratio(self) -> float:
        return statistics.median(self.app_cpu) / statistics.median(self.base_cpu)

    def line(self) -> str:
        pairs = [a / b for a, b in zip(self.app, self.base, strict=True)]
        goal = f"goal <= {self.goal:g}x" if self.goal else ""
        verdict = "" if self.goal is None else ("met" if self.ratio <= self.goal else "NOT MET")
        cpu = (f"; CPU time {statistics.median(self.app_cpu):.3f} s vs {statistics.median(self.base_cpu):.3f} s"
               f" = {self.cpu_ratio:.2f}x" if self.app_cpu and self.base_cpu and min(self.base_cpu) > 0 else "")
        return (f"{self.what:<10} app {statistics.median(self.app):7.3f} s  baseline {statistics.median(self.base):7.3f} s"
                f"  ratio {self.ratio:5.2f}x (pairs {min(pairs):.2f}-{max(pairs):.2f}x)  {goal} {verdict}"
                f"{'  ' + self.note if self.note else ''}{cpu}").rstrip()


def app_command() -> list[str]:
    """`ocse-planner` as installed beside this interpreter (else `python -m ocse_planner`)."""
    script = Path(sys.executable).with_name("ocse-planner")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ocse_planner"]


def private_env(home: Path) -> dict[str, str]:
    home.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               PYTHONPATH=str(ROOT))
    for key in ("QT_QPA_PLATFORM", "OCSE_PLANNER_DATA_DIR"):
        env.pop(key, None)
    return env


TIME = shutil.which("time", path="/usr/bin:/bin")  # GNU time: a process's own peak memory


def run(command: list[str], env: dict[str, str], peaks: list[int] | None = None) -> float:
    """Seconds the whole process took (it must succeed). With `peaks`, the process is
    started through /usr/bin/time (a few hundred kilobytes, no Python) and its peak
    memory (max RSS, bytes) is appended: the process's own figure. (The rusage this
    Python process gets back from a child it forked itself would also count the pages the
    child inherited from the benchmark's own interpreter.)"""
    report = None
    if peaks is not None and TIME:
        report = tempfile.NamedTemporaryFile(prefix="ocse-bench-rss-", delete=False)
        report.close()
        command = [TIME, "-f", "%M", "-o", report.name, *command]
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    if report is not None:
        kib = Path(report.name).read_text().split()[-1]
        os.unlink(report.name)
        peaks.append(int(kib) * 1024)  # type: ignore[union-attr]
    return took


def megabytes(peaks: list[int]) -> str:
    return f"{max(peaks) / 1e6:.0f} MB" if peaks else "not measured (no /usr/bin/time)"


def children_cpu() -> float:
    """User + system seconds of every finished child process so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


WARM_UP = True  # off for --tiny: a smoke run, not a measurement


def alternate(pairs: int, app: Callable[[], float], base: Callable[[], float]) -> tuple[list[float], ...]:
    """Wall-clock seconds of `pairs` runs of each, alternated, and the CPU seconds each
    run's processes used (less sensitive than the wall clock to a machine shared with
    other work, though not to the caches they share)."""
    if WARM_UP:
        app(), base()  # warm-up: page cache, bytecode caches, the day's first backup

    def measured(fn: Callable[[], float], walls: list[float], cpus: list[float]) -> None:
        before = children_cpu()
        walls.append(fn())
        cpus.append(children_cpu() - before)

    ours: list[float] = []
    theirs: list[float] = []
    ours_cpu: list[float] = []
    theirs_cpu: list[float] = []
    for n in range(pairs):
        if n % 2 == 0:
            measured(app, ours, ours_cpu)
            measured(base, theirs, theirs_cpu)
        else:
            measured(base, theirs, theirs_cpu)
            measured(app, ours, ours_cpu)
    return ours, theirs, ours_cpu, theirs_cpu


# --- the data ---------------------------------------------------------------------------

def write_zoom_report(path: Path, rows: int, seed: int = 21) -> Path:
    """A Zoom webinar attendee report as Zoom writes it: preamble, host and panelist
    tables, then `rows` attendees (some absent, some guests without registration)."""
    rng = random.Random(seed)
    columns = ["Attended", "User Name (Original Name)", "First Name", "Last Name", "Email", "Registration Time",
               "Approval Status", "Join Time", "Leave Time", "Time in Session (minutes)", "Is Guest",
               "Country/Region Name", "Organization", "Industry"]
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["Attendee Report", ""])
        out.writerow(["Report Generated:", "01/26/2022 09:12:45 AM"])
        out.writerow(["Topic", "Webinar ID", "Actual Start Time", "Actual Duration (minutes)", "# Registered",
                      "# Cancelled", "Unique Viewers", "Total Users", "Max Concurrent Views"])
        out.writerow(["OCSE Webinar", "912 3456 7890", "01/25/2022 12:55:02 PM", 67, rows, 0, rows, rows, rows])
        out.writerow(["Host Details", ""])
        out.writerow(columns[:2] + columns[4:5] + columns[7:12])
        out.writerow(["Yes", "OCSE Host", "host@ocse.example.org", "01/25/2022 12:55:02 PM",
                      "01/25/2022 02:02:10 PM", 68, "No", "Canada"])
        out.writerow(["Attendee Details", ""])
        out.writerow(columns)
        for i in range(rows):
            k = rng.randrange(len(DOMAINS))
            attended = rng.random() < 0.8
            minute = rng.randrange(0, 50)
            out.writerow([
                "Yes" if attended else "No", f"Participant {i}", "Participant", str(i),
                f"participant.{i}@{DOMAINS[k]}", f"01/{rng.randint(10, 24)}/2022 10:{minute:02d}:00 AM",
                "approved",
                f"01/25/2022 01:{minute:02d}:31 PM" if attended else "--",
                "01/25/2022 02:00:00 PM" if attended else "--",
                rng.randint(1, 90) if attended else "--", "Yes", "Canada", ORGANIZATIONS[k],
                rng.choice(INDUSTRIES)])
    return path


def workbook_cells(path: Path) -> list:  # type: ignore[type-arg]
    from openpyxl import load_workbook

    book = load_workbook(path)
    return [(sheet.title, [(c.row, c.column, c.value if isinstance(c.value, int | float | str) else str(c.value))
                           for row in sheet.iter_rows() for c in row if c.value is not None])
            for sheet in book]


# --- the four measurements ---------------------------------------------------------------

def bench_startup(folder: Path, pairs: int, env: dict[str, str]) -> Figure:
    from bench.baselines import WINDOW_TITLE
    from bench.xwindow import Xvfb, time_to_window
    from ocse_planner.db.demo import create_demo_database

    demo = create_demo_database(folder / "startup-demo.db")
    with Xvfb() as x:
        ours, theirs, ours_cpu, theirs_cpu = alternate(
            pairs,
            lambda: time_to_window([*app_command(), "--db", str(demo)], APP_TITLE, x.display, env),
            lambda: time_to_window([sys.executable, str(BASELINES), "window"], WINDOW_TITLE, x.display, env),
        )
    return Figure("start-up", ours, theirs, 2.0, "(process start -> main window mapped on Xvfb)", ours_cpu,
                  theirs_cpu)


def bench_import(folder: Path, pairs: int, rows: int, env: dict[str, str]) -> Figure:
    from ocse_planner.db.demo import create_demo_database

    template = create_demo_database(folder / "import-template.db")
    report = write_zoom_report(folder / "zoom-attendee-report.csv", rows)
    copies = iter(range(10_000))

    def fresh() -> Path:
        target = folder / f"import-{next(copies)}.db"
        shutil.copyfile(template, target)
        return target

    app_peaks: list[int] = []
    base_peaks: list[int] = []

    def app() -> float:
        return run([*app_command(), "import", "attendance", "--db", str(fresh()), "--webinar", "2022:1",
                    str(report)], env, app_peaks)

    def base() -> float:
        return run([sys.executable, str(BASELINES), "import", str(fresh()), str(report), "1"], env, base_peaks)

    ours, theirs, ours_cpu, theirs_cpu = alternate(pairs, app, base)
    size = report.stat().st_size
    note = (f"({rows:,}-row Zoom report of {size / 1e6:.0f} MB; stretch goal 2x; peak memory app"
            f" {megabytes(app_peaks)}, baseline {megabytes(base_peaks)})")
    return Figure("import", ours, theirs, 3.0, note, ours_cpu, theirs_cpu)


def bench_export(folder: Path, pairs: int, records: int, env: dict[str, str]) -> Figure:
    from bench.bench_export import add_records
    from ocse_planner.db.demo import create_demo_database

    db = create_demo_database(folder / "export.db")
    add_records(db, records)
    out, bare, cells = folder / "summary.xlsx", folder / "summary-bare.xlsx", folder / "cells.json"
    command = [*app_command(), "export", "attendance", "--db", str(db), "--series", "2022", "-o", str(out)]
    run(command, env)
    cells.write_text(json.dumps(workbook_cells(out)), encoding="utf-8")
    app_peaks: list[int] = []
    base_peaks: list[int] = []
    ours, theirs, ours_cpu, theirs_cpu = alternate(
        pairs, lambda: run(command, env, app_peaks),
        lambda: run([sys.executable, str(BASELINES), "export", str(db), str(cells), str(bare)], env, base_peaks))
    size = db.stat().st_size
    note = f"({records:,} records; database {size / 1e6:.0f} MB; peak memory app {megabytes(app_peaks)}"
    note += f" = {max(app_peaks) / size:.2f}x the data (goal <= 2x)" if app_peaks else ""
    note += f", baseline {megabytes(base_peaks)})"
    return Figure("export", ours, theirs, 1.5, note, ours_cpu, theirs_cpu)


def bench_stall(folder: Path, runs: int, tiny: bool, env: dict[str, str]) -> tuple[list[float], list[float]]:
    """The longest gap of each run, and the UI thread's CPU time within it."""
    from bench.xwindow import Xvfb
    from ocse_planner.db.demo import create_demo_database

    if tiny:
        large = create_demo_database(folder / "stall-demo.db")
    else:
        from bench.make_large_db import build

        large = folder / "large.db"
        build(large)
    stalls, ui_cpu = [], []
    with Xvfb() as x:
        child_env = dict(env, DISPLAY=x.display, QT_QPA_PLATFORM="xcb", BENCH_SPAWNED_AT=repr(time.time()))
        for _ in range(runs + 1):  # the first open makes the day's backup: not measured
            out = subprocess.run([sys.executable, "-m", "bench.startup_child", "stall", str(large)], cwd=ROOT,
                                 env=child_env, capture_output=True, text=True, check=True).stdout
            stalls.append(float(out.split()[-1]))
            ui_cpu.append(float(out.split("stall-cpu")[1].split()[0]))
    return stalls[1:], ui_cpu[1:]


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} cores"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=5, help="alternated app/baseline pairs (default 5)")
    parser.add_argument("--only", default="startup,import,export,stall",
                        help="comma-separated subset of startup,import,export,stall")
    parser.add_argument("--tiny", action="store_true", help="tiny sizes: a smoke run, not a measurement")
    args = parser.parse_args(argv)
    chosen = set(args.only.split(","))
    global WARM_UP
    WARM_UP = not args.tiny
    rows, records = (200, 3_000) if args.tiny else (100_000, 300_000)
    print(f"before: {load()}", flush=True)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="ocse-blackbox-") as tmp:
        folder = Path(tmp)
        env = private_env(folder / "home")
        if "startup" in chosen:
            figures.append(bench_startup(folder, args.pairs, env))
            print(figures[-1].line(), flush=True)
        if "import" in chosen:
            figures.append(bench_import(folder, args.pairs, rows, env))
            print(figures[-1].line(), flush=True)
        if "export" in chosen:
            figures.append(bench_export(folder, args.pairs, records, env))
            print(figures[-1].line(), flush=True)
        if "stall" in chosen:
            stalls, ui_cpu = bench_stall(folder, max(args.pairs, 1), args.tiny, env)
            print(f"stall      longest event-loop gap opening the {'demo' if args.tiny else 'large'} file on "
                  f"Xvfb: median {statistics.median(stalls) * 1000:.0f} ms, worst {max(stalls) * 1000:.0f} ms "
                  f"of {len(stalls)} runs  goal <= 100 ms {'met' if max(stalls) <= 0.1 else 'NOT MET'}; "
                  f"UI thread's CPU time in it: median {statistics.median(ui_cpu) * 1000:.0f} ms, "
                  f"worst {max(ui_cpu) * 1000:.0f} ms", flush=True)
    print(f"after:  {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
