"""Fixtures of the Presenters tab tests: the tab on the demo file, the error messages shown."""

from __future__ import annotations

import pytest

from ocse_planner.ui.common import dialogs


@pytest.fixture
def tab(window, qtbot):  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.presenters_tab)
    tab = window.presenters_tab
    qtbot.waitUntil(lambda: tab.conflicts.summary.text().startswith("0 error"))
    return tab


@pytest.fixture
def errors(monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: shown.append(text))
    return shown
