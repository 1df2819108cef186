"""Shared fixtures. Every test gets its own files under tmp_path; nothing touches the
user's data folder or settings.

Back-ends: a test of the storage, services, command line or concurrency (the folders in
`BOTH_BACKENDS`) that uses a planner (`demo_db`, `empty_db`, `demo_target`) runs twice,
on an SQLite file and on a PostgreSQL database (`[sqlite]`, `[postgresql]` in its id),
unless it is marked `file_only` (backups, bytes on disk: what only a file has).
`--backend sqlite|postgresql` runs one of them. Without a server (tests/postgres.py says
where one comes from) the PostgreSQL runs are skipped with the reason.

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
from tests import postgres  # noqa: E402

TESTS = Path(__file__).resolve().parent
BOTH_BACKENDS = frozenset({"services", "db", "cli", "reliability"})
BACKENDS = ("sqlite", "postgresql")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--backend", choices=("both", *BACKENDS), default="both",
                     help="run the planner tests on SQLite, PostgreSQL or both (default)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "file_only: a planner file's own behaviour (backups, bytes on disk); SQLite only")
    config.addinivalue_line("markers", "postgresql: needs a PostgreSQL server (skipped without one)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.fspath)).resolve().relative_to(TESTS).parts[0]
    both = folder in BOTH_BACKENDS and metafunc.definition.get_closest_marker("file_only") is None
    chosen = metafunc.config.getoption("--backend")
    backends = [b for b in (BACKENDS if both else BACKENDS[:1]) if chosen in ("both", b)]
    metafunc.parametrize("backend", backends, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="session")
def pg_server() -> Iterator[postgres.Server]:
    """The tests' PostgreSQL server (skips, saying why, when there is none)."""
    try:
        server = postgres.start()
    except postgres.Unavailable as exc:
        pytest.skip(f"PostgreSQL run skipped: {exc}")
    yield server
    server.close()


@pytest.fixture(scope="session")
def pg_templates(pg_server: postgres.Server, _demo_template: Path) -> dict[str, str]:
    """Template databases: the demo data, and an empty planner (names, for cloning)."""
    from ocse_planner.db.location import ServerLocation
    from ocse_planner.db.server import upgrade_server
    from ocse_planner.db.transfer import copy_planner

    names = {"demo": f"{pg_server._prefix}demo_tpl", "empty": f"{pg_server._prefix}empty_tpl"}
    copy_planner(_demo_template, pg_server.create(name=names["demo"]))
    upgrade_server(ServerLocation(pg_server.create(name=names["empty"])))
    return names


@pytest.fixture
def pg_database(pg_server: postgres.Server, pg_templates: dict[str, str]):  # type: ignore[no-untyped-def]
    """`make(kind)`: a fresh database — "demo", "empty" (a planner without data) or "blank"
    (no tables) — dropped after the test; returns its URL."""
    made: list[str] = []

    def make(kind: str = "demo") -> str:
        url = pg_server.create(pg_templates.get(kind))
        made.append(url)
        return url

    yield make
    for url in made:
        pg_server.drop(url)


@pytest.fixture(scope="session")
def pg_password_role(pg_server: postgres.Server) -> postgres.PasswordRole:
    """A role that must give a password over the private cluster's socket."""
    try:
        return pg_server.password_role()
    except postgres.Unavailable as exc:
        pytest.skip(str(exc))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--backend") == "sqlite":
        skip = pytest.mark.skip(reason="--backend sqlite: PostgreSQL runs not wanted")
        for item in items:
            if item.get_closest_marker("postgresql") is not None:
                item.add_marker(skip)


@pytest.fixture
def demo_target(request: pytest.FixtureRequest, backend: str) -> str:
    """The demo planner as a `--db` value: a file path, or a PostgreSQL URL."""
    if backend == "sqlite":
        return str(request.getfixturevalue("demo_path"))
    return request.getfixturevalue("pg_database")("demo")


@pytest.fixture
def empty_target(request: pytest.FixtureRequest, backend: str) -> str:
    """A planner without data (the default sectors only) as a `--db` value."""
    if backend == "sqlite":
        from ocse_planner.db.backup import copy_database

        return str(copy_database(request.getfixturevalue("_empty_template"),
                                 request.getfixturevalue("tmp_path") / "empty.db"))
    return request.getfixturevalue("pg_database")("empty")


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


@pytest.fixture(autouse=True)
def _unsaved_typing_is_discarded_when_a_window_closes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a window asks what to do with typing that cannot be saved (a form left
    with an invalid field): in a test's teardown nobody can answer, so the answer is
    "discard". Tests about that question answer it themselves."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from ocse_planner.ui.common import dialogs

    monkeypatch.setattr(dialogs, "ask_discard", lambda *_a, **_k: True)


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
def demo_db(demo_target: str) -> Iterator[Database]:
    db = open_database(demo_target)
    yield db
    db.close()


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, empty planner file made once per run (the migrations take a few hundred ms)."""
    return _template(tmp_path_factory, "empty", lambda path: open_database(path).close())


@pytest.fixture
def empty_db(empty_target: str) -> Iterator[Database]:
    db = open_database(empty_target)
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
