"""Fixtures and small steps shared by the Presenters tab tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ocse_planner.ui.common import dialogs
from ocse_planner.ui.common.table_model import ROW_ROLE


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


def _rows(view) -> list:  # type: ignore[no-untyped-def]
    return [view.proxy.index(r, 0).data(ROW_ROLE) for r in range(view.proxy.rowCount())]


def _slot_row(tab, webinar: int, position: int) -> int:  # type: ignore[no-untyped-def]
    model = tab.timetable_model
    return next(r for r in range(model.rowCount())
                if model.slot_at(r).webinar_number == webinar and model.slot_at(r).position == position)


def _type_person(qtbot, editor, given: str, family: str, *, email: str = "", zone: str = "") -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.honorific, "Dr.")
    qtbot.keyClicks(editor.given_name, given)
    qtbot.keyClicks(editor.family_name, family)
    qtbot.keyClicks(editor.job_title, "Analyst")
    if email:
        qtbot.keyClicks(editor.email, email)
    if zone:
        editor.time_zone.lineEdit().clear()
        qtbot.keyClicks(editor.time_zone.lineEdit(), zone)


