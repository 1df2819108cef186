"""run_task's "latest request wins": only the newest load may fill a view."""

from __future__ import annotations

import threading

from ocse_planner.services.errors import ConflictError
from ocse_planner.ui.common.tasks import Latest, run_task


def test_only_the_newest_request_reaches_the_view_and_the_older_one_is_asked_to_stop(qtbot):
    latest = Latest()
    shown: list[str] = []
    release = threading.Event()
    asked_to_stop: list[bool] = []

    def slow(progress):  # type: ignore[no-untyped-def]
        release.wait(5)
        asked_to_stop.append(progress.cancelled)
        return "old"

    first = run_task(slow, shown.append, latest=latest)
    second = run_task(lambda _p: "new", shown.append, latest=latest)
    qtbot.waitUntil(lambda: second.done)
    release.set()
    qtbot.waitUntil(lambda: first.done)
    assert shown == ["new"]  # the older result came last and was dropped
    assert asked_to_stop == [True]
    assert not latest.pending


def test_an_older_requests_error_is_dropped_too(qtbot):
    latest = Latest()
    errors: list[BaseException] = []
    release = threading.Event()

    def refused(_progress):  # type: ignore[no-untyped-def]
        release.wait(5)
        raise ConflictError("The old view's question.")

    first = run_task(refused, None, errors.append, latest=latest)
    second = run_task(lambda _p: 1, None, errors.append, latest=latest)
    qtbot.waitUntil(lambda: second.done)
    release.set()
    qtbot.waitUntil(lambda: first.done)
    assert errors == []


def test_without_latest_every_result_arrives(qtbot):
    shown: list[int] = []
    tasks = [run_task(lambda _p, n=n: n, shown.append) for n in range(3)]
    qtbot.waitUntil(lambda: all(t.done for t in tasks))
    assert sorted(shown) == [0, 1, 2]
