"""One route for every change: in every tab an edit made through the widgets is undone by
Ctrl+Z (the database as before) and redone by Ctrl+Shift+Z (as after), and no widget
writes to the planner except through ui/common/operations.py."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ocse_planner.ui.common import dialogs
from tests.services.test_clone import dump
from tests.ui.partners.helpers import click_row, open_partners, select_organization

UI = Path(__file__).resolve().parents[2] / "ocse_planner" / "ui"


def _type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _series(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.series_tab)
    _type_into(qtbot, window.series_tab.form.title, "Renamed series")


def _sessions(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = window.sessions_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.webinars.select_where(lambda r: r.number == 2)
    _type_into(qtbot, tab.form.title, "Renamed webinar")


def _presenters(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = window.presenters_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.people.select_where(lambda r: r.family_name == "Boyko")
    _type_into(qtbot, tab.editor.job_title, "Detective Sergeant")


def _partners(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = open_partners(qtbot, window)
    select_organization(qtbot, tab, "Royal Canadian Mounted Police")
    click_row(qtbot, tab.collaborations.view, lambda r: r.webinar_number == 1)
    actions = tab.collaborations.actions
    qtbot.keyClicks(actions.description, "Send the slides")
    actions.due.set_value(date.today() + timedelta(days=7))
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)


def _attendance(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = window.attendance_tab
    window.tabs.setCurrentWidget(tab)
    page = tab.figures_page
    tab.pages.setCurrentWidget(page)
    page.reported.setFocus()
    page.reported.setValue(640)
    qtbot.mouseClick(page.save_reported_button, Qt.MouseButton.LeftButton)


EDITS = {"series": _series, "sessions": _sessions, "presenters": _presenters, "partners": _partners,
         "attendance": _attendance}


@pytest.mark.parametrize("tab", list(EDITS))
def test_an_edit_in_every_tab_is_undone_by_ctrl_z_and_redone_by_ctrl_shift_z(window, qtbot, monkeypatch, tab):
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: shown.append(text))
    db = window.state.db
    before = dump(db)
    EDITS[tab](window, qtbot)
    qtbot.waitUntil(lambda: window.undo_stack.canUndo())
    after = dump(db)
    assert after != before and shown == []

    bar = window.tabs.tabBar()  # the keys go to the window, not to a text field's own undo
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.undo_stack.canRedo())
    assert dump(db) == before
    qtbot.keyClick(bar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not window.undo_stack.canRedo())
    assert dump(db) == after
    assert shown == []


# A write in a widget: a write transaction, a commit, SQL past the session.
WRITE = re.compile(r"\.write\(|write_retrying\(|\.commit\(\)|exec_driver_sql|\.begin\(\)")


def test_no_widget_writes_except_through_operations():
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "operations.py" and path.parent.name == "common":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if WRITE.search(line):
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert found == []


def test_the_grep_sees_a_write():
    assert WRITE.search("        with db.write() as session:")
    assert WRITE.search("value, receipt = self.db.write_retrying(work)")
    assert not WRITE.search("with db.read() as session:")
