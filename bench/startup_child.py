"""One measured start, run in a fresh interpreter by bench_startup.

Modes:
- `bare`: a bare QApplication + QMainWindow shown (the baseline);
- `app PATH`: the planner started as `ocse-planner --db PATH` starts: the main window
  shown (line `shown`), then PATH opened in the background and the first tab filled
  (line `filled`);
- `stall PATH`: the main window shown, then PATH opened through the menu's code path
  while a 5 ms QTimer heartbeat records the longest gap in the event loop.

Prints `shown <seconds since interpreter start>` and `filled <seconds>` (or `stall <s>`,
after `stall-cpu <UI thread's CPU s> <process's CPU s>` during that longest gap).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _since_start() -> float:
    # time since the process began (includes interpreter start-up and imports)
    return time.time() - float(os.environ["BENCH_SPAWNED_AT"])


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 780)
    window.show()
    app.processEvents()
    print(f"shown {_since_start():.4f}", flush=True)


def _window(settings_dir: str):  # type: ignore[no-untyped-def]
    from ocse_planner.ui.app import application
    from ocse_planner.ui.common.settings import Settings
    from ocse_planner.ui.main_window import MainWindow

    app = application()
    window = MainWindow(Settings.in_file(os.path.join(settings_dir, "s.ini")))
    return app, window


def app_start(path: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app, window = _window(tmp)
        window.show()
        app.processEvents()
        print(f"shown {_since_start():.4f}", flush=True)
        task = window.open_in_background(path, offer_demo=False)
        while not (task.done and window.state.db is not None):
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()
        assert window.series_tab.list.model.rowCount() > 0
        print(f"filled {_since_start():.4f}", flush=True)
        window.state.set_database(None)


def stall(path: str) -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer

    with tempfile.TemporaryDirectory() as tmp:
        app, window = _window(tmp)
        window.show()
        app.processEvents()
        clock = QElapsedTimer()
        clock.start()
        gaps: list[int] = []
        last = [clock.elapsed()]
        # the CPU time the UI thread and the whole process got during each gap: a gap much
        # longer than both is the machine's load (the process waited for a core), not ours
        cpu: list[tuple[float, float]] = []
        last_cpu = [time.thread_time(), time.process_time()]

        def beat() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now
            ui, process = time.thread_time(), time.process_time()
            cpu.append((ui - last_cpu[0], process - last_cpu[1]))
            last_cpu[:] = [ui, process]

        heartbeat = QTimer()
        heartbeat.setInterval(5)
        heartbeat.timeout.connect(beat)
        heartbeat.start()
        rows: list[int] = []

        def opened() -> None:
            rows.append(window.series_tab.list.model.rowCount())
            QTimer.singleShot(1000, app.quit)  # the tab drawn and settled, however long opening took

        def open_large() -> None:
            window.open_in_background(path, offer_demo=False).finished.connect(lambda *_: opened())

        QTimer.singleShot(100, open_large)
        QTimer.singleShot(120_000, app.quit)  # never hang a benchmark
        app.exec()
        heartbeat.stop()
        assert rows and rows[0] > 0  # (quitting closed the window and its file)
        longest = max(range(len(gaps)), key=gaps.__getitem__)
        print(f"stall-cpu {cpu[longest][0]:.4f} {cpu[longest][1]:.4f}", flush=True)
        print(f"stall {max(gaps) / 1000:.4f}", flush=True)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        bare()
    elif mode == "app":
        app_start(sys.argv[2])
    else:
        stall(sys.argv[2])
