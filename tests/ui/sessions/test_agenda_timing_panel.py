"""The agenda's fixed starts, timing warnings and Confirm title, and the webinar form's
daylight-saving choices, driven through the real window."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from sqlalchemy import select

from ocse_planner.db.models import Presentation, Webinar
from ocse_planner.services.clone import CloneOptions, clone_series
from ocse_planner.ui.common.field_marks import marked
from ocse_planner.ui.sessions.agenda_model import FIXED, TIME, TITLE
from tests.ui.keyboard import activate, edit_cell


def _panel(window):
    window.tabs.setCurrentWidget(window.sessions_tab)
    return window.sessions_tab.agenda


def _times(panel):
    return [panel.model.index(r, TIME).data() for r in range(panel.model.rowCount())]


def _type_fixed_start(qtbot, panel, row, text):
    edit_cell(qtbot, panel.table, panel.model.index(row, FIXED), text)


def _offsets(window, webinar_number=1):
    with window.state.db.read() as s:
        return s.scalars(select(Presentation.start_offset_minutes).join(Webinar)
                         .where(Webinar.number == webinar_number).order_by(Presentation.position)).all()


def test_a_fixed_start_is_typed_in_the_table_and_the_rest_re_flows(window, qtbot):
    activate(window, qtbot)
    panel = _panel(window)
    assert [panel.model.index(r, FIXED).data() for r in range(7)] == [""] * 7  # nothing hidden
    assert not panel.timing.isVisible()
    _type_fixed_start(qtbot, panel, 2, "1:35 p.m.")  # the second talk, 5 minutes after the first ends
    qtbot.waitUntil(lambda: panel.model.index(2, FIXED).data() == "1:35 p.m.")
    assert _offsets(window)[2] == 35
    assert _times(panel)[2:4] == ["1:35 p.m. – 1:55 p.m.", "1:55 p.m. – 2:15 p.m."]  # the rest follows
    assert panel.timing.isVisible() and "Nothing is planned for 5 minutes" in panel.timing.text()
    assert window.undo_stack.undoText().startswith("Fix the start of")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: panel.model.index(2, FIXED).data() == "")
    assert _offsets(window)[2] is None and not panel.timing.isVisible()


def test_moving_the_first_item_down_shows_the_overlap_warning(window, qtbot):
    activate(window, qtbot)
    panel = _panel(window)
    _type_fixed_start(qtbot, panel, 0, "1:00 p.m.")  # opening remarks pinned at the start
    qtbot.waitUntil(lambda: panel.model.index(0, FIXED).data() == "1:00 p.m.")
    assert not panel.timing.isVisible()
    panel.table.setCurrentIndex(panel.model.index(0, TITLE))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.timing.isVisible)
    assert "“Opening remarks” (1:00 p.m. – 1:10 p.m. EST) overlaps the item before it" in panel.timing.text()
    assert _times(panel)[:2] == ["1:00 p.m. – 1:20 p.m.", "1:00 p.m. – 1:10 p.m."]
    tip = panel.model.index(1, TIME).data(Qt.ItemDataRole.ToolTipRole)
    assert "Overlaps the item before it by 10 minutes" in tip
    assert panel.model.index(1, TIME).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_a_time_that_is_not_one_is_refused_on_the_table(window, qtbot):
    activate(window, qtbot)
    panel = _panel(window)
    _type_fixed_start(qtbot, panel, 1, "half past one")
    qtbot.waitUntil(lambda: "is not a time of day" in panel.message.text())
    assert marked(panel.table) == "error" and _offsets(window)[1] is None
    _type_fixed_start(qtbot, panel, 1, "12:30 p.m.")
    qtbot.waitUntil(lambda: "before the webinar starts" in panel.message.text())


def test_confirm_title_from_the_keyboard_and_the_context_menu(window, qtbot):
    activate(window, qtbot)
    with window.state.db.write() as s:
        result = clone_series(s, 1, CloneOptions(year=2023, keep_titles=True))
    window.state.notify_changed()
    window.state.set_series(result.series_id)
    panel = _panel(window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 7 and "(title to be confirmed)" in
                    (panel.model.index(1, TITLE).data() or ""))
    assert panel.model.index(0, TITLE).data() == "Opening remarks"  # not carried over as a talk
    panel.table.setCurrentIndex(panel.model.index(1, TITLE))
    panel.table.setFocus()
    assert panel.confirm_title_action.isEnabled()
    qtbot.keyClick(panel.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "(title to be confirmed)" not in panel.model.index(1, TITLE).data())
    assert window.undo_stack.undoText().startswith("Confirm title")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "(title to be confirmed)" in panel.model.index(1, TITLE).data())

    shown: list[list[str]] = []

    def choose_in_the_menu() -> None:  # the menu is up: pick Confirm title and press Enter
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu)
        shown.append([a.text().replace("&", "") for a in popup.actions() if a.text()])
        popup.setActiveAction(next(a for a in popup.actions() if a.text().replace("&", "") == "Confirm title"))
        qtbot.keyClick(popup, Qt.Key.Key_Return)

    QTimer.singleShot(200, choose_in_the_menu)
    rect = panel.table.visualRect(panel.model.index(2, TITLE))
    panel.table.customContextMenuRequested.emit(rect.center())
    assert shown and "Confirm title" in shown[0] and "Move down" in shown[0]
    qtbot.waitUntil(lambda: "(title to be confirmed)" not in panel.model.index(2, TITLE).data())
    with window.state.db.read() as s:
        flags = s.scalars(select(Presentation.placeholder).join(Webinar)
                          .where(Webinar.series_id == result.series_id, Webinar.number == 1)
                          .order_by(Presentation.position)).all()
    assert flags == [False, True, False, True, True, False, False]


def _set_start(qtbot, form, day: QDate, clock: QTime):
    form.date.setDate(day)
    form.start_time.setTime(clock)
    form.start_time.setFocus()
    qtbot.keyClick(form.start_time, Qt.Key.Key_Return)
    form.edited.emit()


def test_the_form_refuses_a_skipped_start_and_offers_the_two_occurrences_of_a_repeated_one(window, qtbot):
    activate(window, qtbot)
    window.tabs.setCurrentWidget(window.sessions_tab)
    tab = window.sessions_tab
    form = tab.form
    assert not form.occurrence.isVisible()

    _set_start(qtbot, form, QDate(2022, 3, 13), QTime(2, 30))  # spring forward: 2:30 a.m. does not exist
    assert "2:30 a.m. does not exist on 2022-03-13" in form.message.text()
    assert marked(form.start_time) == "error"
    with window.state.db.read() as s:
        assert s.get(Webinar, 1).starts_at == datetime(2022, 1, 25, 18, 0, tzinfo=UTC)  # nothing saved

    _set_start(qtbot, form, QDate(2022, 11, 6), QTime(1, 30))  # fall back: 1:30 a.m. happens twice
    qtbot.waitUntil(form.occurrence.isVisible)
    assert [form.occurrence.itemText(i) for i in range(2)] == ["First: 1:30 a.m. EDT", "Second: 1:30 a.m. EST"]
    assert "the first one, 1:30 a.m. EDT, is used" in form.message.text()
    with window.state.db.read() as s:
        assert s.get(Webinar, 1).starts_at == datetime(2022, 11, 6, 5, 30, tzinfo=UTC)

    form.occurrence.setFocus()
    qtbot.keyClick(form.occurrence, Qt.Key.Key_Down)  # choose the second, as a person would
    qtbot.waitUntil(lambda: "the second one, 1:30 a.m. EST, is used" in form.message.text())
    with window.state.db.read() as s:
        assert s.get(Webinar, 1).starts_at == datetime(2022, 11, 6, 6, 30, tzinfo=UTC)
    assert window.undo_stack.undoText() == "Change start time of webinar 1"
    assert form.occurrence.currentIndex() == 1  # reloaded from the stored instant
