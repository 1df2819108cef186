"""Shared fixtures. Every test gets its own files under tmp_path; nothing touches the
user's data folder or settings.

Qt runs headless: without a platform plugin and a display, Qt aborts the whole run
(exit 134) with no useful message, so the offscreen platform is forced before any Qt
import.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import sys  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from ocse_planner.db import Database, open_database  # noqa: E402
from ocse_planner.db.demo import create_demo_database  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point HOME and the XDG folders at a temporary folder: no test reads real user data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))


@pytest.fixture(autouse=True)
def _no_unexpected_fault(request: pytest.FixtureRequest) -> Iterator[None]:
    """A fault reported by the window (the "Something went wrong" dialog) fails the test
    that caused it, unless the test is about faults (`@pytest.mark.fault_expected`)."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    shown = [w for w in QApplication.topLevelWidgets() if w.objectName() == "unexpectedErrorDialog"]
    texts = [w.text() for w in shown if w.isVisible()]
    for widget in shown:
        widget.close()
    QApplication.processEvents()
    if texts and request.node.get_closest_marker("fault_expected") is None:
        pytest.fail(f"an unexpected fault was reported: {texts}")


# Template files made once per process and kept as bytes. A pytest session started again
# in the same process, or in a fork of it (the mutation-test workers), writes them out
# instead of building them again.
_TEMPLATES: dict[str, bytes] = {}


def _template(tmp_path_factory: pytest.TempPathFactory, name: str, make) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp(f"{name}-template") / f"{name}.db"
    if name in _TEMPLATES:
        path.write_bytes(_TEMPLATES[name])
    else:
        make(path)
        assert not path.with_name(path.name + "-wal").exists()  # closed cleanly: one file holds it all
        _TEMPLATES[name] = path.read_bytes()
    return path


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database built once per run; tests get their own copy."""
    return _template(tmp_path_factory, "demo", create_demo_database)


@pytest.fixture
def demo_path(tmp_path: Path, _demo_template: Path) -> Path:
    from ocse_planner.db.backup import copy_database

    return copy_database(_demo_template, tmp_path / "demo.db")


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    db = open_database(demo_path)
    yield db
    db.close()


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, empty planner file made once per run (the migrations take a few hundred ms)."""
    return _template(tmp_path_factory, "empty", lambda path: open_database(path).close())


@pytest.fixture
def empty_db(tmp_path: Path, _empty_template: Path) -> Iterator[Database]:
    from ocse_planner.db.backup import copy_database

    db = open_database(copy_database(_empty_template, tmp_path / "empty.db"))
    yield db
    db.close()


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from ocse_planner.ui.common.settings import Settings

    return Settings.in_file(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, settings, demo_path):  # type: ignore[no-untyped-def]
    """The real main window on a fresh copy of the demo database."""
    from ocse_planner.ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(demo_path)
    return win
