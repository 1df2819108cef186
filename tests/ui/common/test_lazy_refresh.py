"""Hidden tabs wait until they are shown before re-reading the file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from ocse_planner.ui.common.lazy_refresh import RefreshWhenShown


def test_a_hidden_widget_refreshes_when_shown_once(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    first, second = QWidget(), QWidget()
    tabs.addTab(first, "First")
    tabs.addTab(second, "Second")
    tabs.show()
    calls: list[str] = []
    refresher = RefreshWhenShown(second, lambda: calls.append("refresh"))
    refresher.request()
    refresher.request()
    assert calls == [] and refresher.stale  # hidden: only noted
    tabs.setCurrentWidget(second)
    assert calls == ["refresh"] and not refresher.stale
    refresher.request()  # visible: at once
    assert calls == ["refresh", "refresh"]
    tabs.setCurrentWidget(first)
    tabs.setCurrentWidget(second)  # nothing changed meanwhile: no re-read
    assert calls == ["refresh", "refresh"]


def test_opening_a_file_fills_the_presenters_tab_when_it_is_shown(window, qtbot):
    tab = window.presenters_tab
    assert window.tabs.currentWidget() is not tab
    assert tab.refresher.stale
    qtbot.mouseClick(window.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=window.tabs.tabBar().tabRect(window.tabs.indexOf(tab)).center())
    assert not tab.refresher.stale
    assert tab.people.proxy.rowCount() == 11
