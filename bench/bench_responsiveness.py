"""Does the window stay responsive during long work? Longest event-loop stalls, measured.

A 5 ms QTimer heartbeat (offscreen Qt, one process) records the longest gap between two
beats while the app does, through the same code paths a person triggers:

a) importing a generated 100,000-row attendee file with the Attendance tab's import
   dialog (reading and storing in a child process, progress, the preview, the tab refreshing);
b) File ▸ Export ▸ Attendee summary for a series holding 300,000 attendance records;
c) opening the large database (bench/make_large_db.py) from a running window — the
   child process of bench_startup.py, reused;
d) typing a search string into the 300,000-row attendee list: milliseconds from each
   keystroke to the filtered list drawn (filtered on a worker), against a plain list
   comprehension filtering the same strings, and the longest event-loop stall meanwhile.

A stall over ~100 ms is what a user notices as a freeze. Run:
    python bench/bench_responsiveness.py            (about a minute; builds its own files)
    python bench/bench_responsiveness.py --profile  (also prints where the longest stall of
                                                    the import and export was spent)
    python bench/bench_responsiveness.py --import-only --runs 5   (only (a), five times)
    python bench/bench_responsiveness.py --rows 200 --records 3000 --skip-large   (a smoke run)
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from bench.bench_export import add_records  # noqa: E402
from bench.bench_import import write_csv  # noqa: E402
from ocse_planner.db.demo import create_demo_database  # noqa: E402
from ocse_planner.ui.common import dialogs  # noqa: E402


class Heartbeat:
    """Longest gap between 5 ms timer beats while running."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self.longest = 0

    def _beat(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def __enter__(self) -> Heartbeat:
        self.clock.start()
        self.last = 0
        self.timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.timer.stop()


def wait_until(condition: Callable[[], bool], timeout_s: float = 300) -> None:
    """Run the event loop (as app.exec would) until `condition` holds."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    deadline = time.monotonic() + timeout_s
    poll.start()
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the work did not finish")
        loop.exec()
    poll.stop()


def make_window(folder: Path, db_path: Path):  # type: ignore[no-untyped-def]
    from ocse_planner.ui.app import application
    from ocse_planner.ui.common.settings import Settings
    from ocse_planner.ui.main_window import MainWindow

    app = application()
    window = MainWindow(Settings.in_file(folder / "s.ini"))
    window.resize(1200, 780)
    window.show()
    task = window.open_in_background(str(db_path), offer_demo=False)
    wait_until(lambda: task.done and window.state.db is not None)
    return app, window


def bench_import(window, csv_path: Path, rows: int) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    dialogs.ask_attendance_file = lambda *a, **k: str(csv_path)
    tab = window.attendance_tab
    window.tabs.setCurrentWidget(tab)
    wait_until(lambda: not tab.figures_pending())  # the tab's own loading is not the import's
    time.sleep(0.2)
    start = time.perf_counter()
    with Heartbeat() as beat:
        tab.open_import_dialog()
        dialog = tab.import_dialog
        dialog.choose_file()
        wait_until(lambda: dialog.plan is not None)
        dialog.store(valid_rows_only=False)
        wait_until(lambda: not dialog.isVisible() and tab.attendees.model.total() >= rows)
    return beat.longest, time.perf_counter() - start


def bench_export(window, out: Path) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    from ocse_planner.export.attendance_xlsx import AttendanceOptions
    from ocse_planner.ui.files.export_options_dialog import AttendanceOptionsDialog

    AttendanceOptionsDialog.ask = classmethod(lambda cls, *a, **k: AttendanceOptions())  # type: ignore[assignment]
    dialogs.ask_save_path = lambda *a, **k: str(out)
    dialogs.ask_open_choice = lambda *a, **k: None  # (the "open it?" question after the export)
    menu = window.export_menu
    start = time.perf_counter()
    with Heartbeat() as beat:
        menu.export_attendance()
        wait_until(lambda: menu.last_path == out)
    return beat.longest, time.perf_counter() - start


def bench_filter(window, needle: str, records: int) -> tuple[list[float], float, int]:  # type: ignore[no-untyped-def]
    """Per keystroke: ms until the filtered list is shown and drawn; also the longest stall."""
    tab = window.attendance_tab
    window.tabs.setCurrentWidget(tab)
    listing = tab.attendees
    tab.pages.setCurrentWidget(listing)
    wait_until(lambda: listing.model.total() >= records and not listing.model.pending())
    listing.search.setFocus()
    per_key = []
    with Heartbeat() as beat:
        for char in needle:
            start = time.perf_counter()
            QTest.keyClick(listing.search, char)
            wait_until(lambda: not listing.model.pending())  # filtered on a worker for large lists
            listing.table.viewport().repaint()  # the filtered rows drawn, not only computed
            per_key.append(time.perf_counter() - start)
    shown = listing.model.rowCount()
    haystack = listing.model._haystack
    base_times = []
    for i in range(1, len(needle) + 1):
        part = needle[:i]
        start = time.perf_counter()
        plain = [text for text in haystack if part in text]
        base_times.append(time.perf_counter() - start)
    assert len(plain) == shown, (len(plain), shown)
    return per_key, max(base_times), beat.longest


def profiled(fn: Callable[[], tuple], label: str, enabled: bool) -> tuple:  # type: ignore[type-arg]
    if not enabled:
        return fn()
    profile = cProfile.Profile()
    result = profile.runcall(fn)
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(12)
    print(f"--- profile of {label} (UI thread) ---\n{out.getvalue()}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="event-loop stalls during long work")
    parser.add_argument("--profile", action="store_true", help="cProfile the import and export")
    parser.add_argument("--skip-large", action="store_true", help="skip opening the large database")
    parser.add_argument("--import-only", action="store_true", help="only (a), the import; repeated --runs times")
    parser.add_argument("--runs", type=int, default=1, help="how many imports to measure (with --import-only)")
    parser.add_argument("--rows", type=int, default=100_000, help="rows of the imported file (default 100,000)")
    parser.add_argument("--records", type=int, default=300_000,
                        help="attendance records of the exported series (default 300,000)")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="ocse-resp-"))
    try:
        return measure(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def measure(args: argparse.Namespace, folder: Path) -> int:

    db_path = create_demo_database(folder / "demo.db")
    csv_path = folder / "attendees.csv"
    write_csv(csv_path, args.rows)
    for run in range(args.runs if args.import_only else 1):
        fresh = create_demo_database(folder / f"demo{run}.db") if run else db_path
        app, window = make_window(folder, fresh)
        stall, total = profiled(lambda: bench_import(window, csv_path, args.rows), "the import", args.profile)
        print(f"a) import {args.rows:,} rows through the Attendance tab: {total:.1f} s, longest stall {stall} ms")
        window.state.set_database(None)
    if args.import_only:
        return 0

    big = create_demo_database(folder / "big.db")
    add_records(big, args.records)
    app, window = make_window(folder, big)
    stall, total = profiled(lambda: bench_export(window, folder / "summary.xlsx"), "the export", args.profile)
    print(f"b) File > Export > Attendee summary, {args.records:,} records: {total:.1f} s, longest stall {stall} ms")

    per_key, baseline, stall = bench_filter(window, "participant 12", args.records)
    worst = max(per_key)
    print(f"d) filtering {args.records:,} attendees, keystroke to filtered list: first {per_key[0] * 1000:.0f} ms, "
          f"worst {worst * 1000:.0f} ms, last {per_key[-1] * 1000:.0f} ms; plain list comprehension "
          f"{baseline * 1000:.0f} ms; ratio {worst / baseline:.1f}x; longest event-loop stall while "
          f"typing {stall} ms")
    window.state.set_database(None)

    if not args.skip_large:
        import subprocess

        large = folder / "large.db"
        subprocess.run([sys.executable, "-m", "bench.make_large_db", str(large)], check=True,
                       cwd=Path(__file__).resolve().parents[1], stdout=subprocess.DEVNULL)
        from bench.bench_startup import measure

        stalls = measure(["stall", str(large)], 3)
        print(f"c) opening the large database from a running window: longest stall "
              f"{max(stalls) * 1000:.0f} ms (worst of 3 runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
