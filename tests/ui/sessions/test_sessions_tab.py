"""The Sessions tab as an editor, driven as a person would: type, press keys, undo."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateTimeEdit
from sqlalchemy import select

from ocse_planner.db.enums import AgendaItemKind
from ocse_planner.db.models import Webinar
from ocse_planner.ui.common import dialogs
from ocse_planner.ui.common.field_marks import marked
from ocse_planner.ui.common.labels import format_clock as format_time
from ocse_planner.ui.sessions.agenda_model import KIND, MINUTES, PRESENTERS, TIME, TITLE
from tests.ui.keyboard import activate, edit_cell, type_into

TORONTO = ZoneInfo("America/Toronto")


def _agenda_titles(panel):
    return [panel.model.index(r, TITLE).data() for r in range(panel.model.rowCount())]


def _edit_agenda_title(qtbot, panel, row, text):
    edit_cell(qtbot, panel.table, panel.model.index(row, TITLE), text)
    qtbot.waitUntil(lambda: panel.model.index(row, TITLE).data() == text)


def _demo_webinar_title(window, number):
    with window.state.db.read() as s:
        return s.scalar(select(Webinar.title).where(Webinar.number == number))


def test_plan_a_series_webinar_and_agenda_then_undo_a_reorder(window, qtbot):
    activate(window, qtbot)
    series_tab = window.series_tab
    qtbot.mouseClick(series_tab.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, series_tab.form.title, "Online Safety Forum")
    assert series_tab.list.current_row().title == "Online Safety Forum"
    assert window.undo_stack.undoText() == "Rename series “New series”"

    window.tabs.setCurrentWidget(window.sessions_tab)
    tab = window.sessions_tab
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, tab.form.title, "Keeping children safe online")
    assert tab.webinars.current_row().title == "Keeping children safe online"
    assert window.undo_stack.undoText() == "Rename webinar 1"

    panel = tab.agenda
    for name in ("Welcome", "Research findings", "Case study"):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        _edit_agenda_title(qtbot, panel, panel.table.currentIndex().row(), name)
    assert _agenda_titles(panel) == ["Welcome", "Research findings", "Case study"]

    # The new webinar starts at 1 p.m. Toronto time; items follow each other, 20 minutes each.
    start = tab.webinars.current_row().starts_at
    expected = [
        f"{format_time(start + timedelta(minutes=m), 'America/Toronto')} – "
        f"{format_time(start + timedelta(minutes=m + 20), 'America/Toronto')}"
        for m in (0, 20, 40)
    ]
    assert [panel.model.index(r, TIME).data() for r in range(3)] == expected
    assert start.astimezone(TORONTO).hour == 13

    panel.table.setCurrentIndex(panel.model.index(2, TITLE))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _agenda_titles(panel) == ["Welcome", "Case study", "Research findings"]
    assert panel.current_item().title == "Case study"
    assert window.undo_stack.undoText() == "Move presentation up"
    assert [panel.model.index(r, TIME).data() for r in range(3)] == expected  # times follow the order

    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _agenda_titles(panel) == ["Welcome", "Research findings", "Case study"]
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _agenda_titles(panel) == ["Welcome", "Case study", "Research findings"]


def test_drag_and_drop_moves_an_item_and_overrun_is_shown(window, qtbot):
    window.tabs.setCurrentWidget(window.sessions_tab)
    panel = window.sessions_tab.agenda
    before = _agenda_titles(panel)
    model = panel.model
    data = model.mimeData([model.index(3, TITLE)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert _agenda_titles(panel) == [before[3], *before[:3], *before[4:]]
    assert window.undo_stack.undoText() == "Move presentation to position 1"
    assert not panel.overrun.isVisible()
    type_into(qtbot, window.sessions_tab.form.duration, "60")
    assert panel.overrun.isVisible() and "60 minutes past" in panel.overrun.text()  # 120 minutes planned
    window.undo_action.trigger()
    assert not panel.overrun.isVisible()


def test_agenda_duration_zero_is_refused(window, qtbot):
    window.tabs.setCurrentWidget(window.sessions_tab)
    panel = window.sessions_tab.agenda
    assert not panel.model.setData(panel.model.index(1, MINUTES), 0)
    assert "at least one minute" in panel.message.text() and marked(panel.table) == "error"
    assert panel.model.index(1, MINUTES).data() == "20"


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("title", "", "The title is required."),
        ("number", "2", "Number 2 is already used"),
        ("duration", "0", "at least one minute"),
        ("start_time", "1100p", "end at 1:00 a.m. the next day"),
    ],
)
def test_webinar_form_refuses_bad_input_and_saves_nothing(window, qtbot, field, text, message):
    window.tabs.setCurrentWidget(window.sessions_tab)
    tab = window.sessions_tab
    original = _demo_webinar_title(window, 1)
    depth = window.undo_stack.count()
    widget = tab.form.fields[field]
    type_into(qtbot, widget, text)
    assert message in tab.form.message.text()
    assert tab.form.message.isVisible()
    assert marked(widget) == "error" and message in widget.accessibleDescription()
    assert window.undo_stack.count() == depth
    assert _demo_webinar_title(window, 1) == original
    with window.state.db.read() as s:
        w = s.scalar(select(Webinar).where(Webinar.number == 1))
        assert (w.duration_minutes, w.starts_at.astimezone(TORONTO).hour) == (120, 13)


def test_date_outside_the_series_year_is_a_warning_and_saved(window, qtbot):
    window.tabs.setCurrentWidget(window.sessions_tab)
    tab = window.sessions_tab
    tab.form.date.setFocus()
    tab.form.date.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(tab.form.date, "2023")
    qtbot.keyClick(tab.form.date, Qt.Key.Key_Return)
    assert "outside the series' year 2022" in tab.form.message.text()
    assert marked(tab.form.date) == "warning"
    with window.state.db.read() as s:
        assert s.scalar(select(Webinar.starts_at).where(Webinar.number == 1)).year == 2023
    assert window.undo_stack.undoText() == "Move webinar 1 to another day"


def test_co_host_chooser_adds_and_removes_by_keyboard_with_undo(window, qtbot):
    activate(window, qtbot)
    window.tabs.setCurrentWidget(window.sessions_tab)
    tab = window.sessions_tab
    chooser = tab.form.co_hosts
    assert [r.name for r in chooser.model.chosen()] == ["Royal Canadian Mounted Police"]  # webinar 1
    assert chooser.list.isVisible() and chooser.choice.isVisible()
    chooser.choice.setFocus()
    qtbot.keyClicks(chooser.choice, "Magnet")  # type-ahead in the drop-down, then Enter
    assert chooser.choice.currentText().startswith("Magnet")
    assert [r.name for r in chooser.model.chosen()] == ["Royal Canadian Mounted Police"]  # browsing adds nothing
    qtbot.keyClick(chooser.choice, Qt.Key.Key_Return)
    assert "Magnet Forensics" in tab.webinars.current_row().co_hosts
    assert window.undo_stack.undoText().startswith("Add co-host Magnet Forensics")
    assert [r.name for r in chooser.model.chosen()] == ["Magnet Forensics", "Royal Canadian Mounted Police"] or \
        [r.name for r in chooser.model.chosen()] == ["Royal Canadian Mounted Police", "Magnet Forensics"]
    assert chooser.choice.findText("Magnet Forensics") < 0  # no longer offered

    chooser.list.setFocus()
    row = next(i for i, r in enumerate(chooser.model.chosen()) if r.name == "Royal Canadian Mounted Police")
    chooser.list.setCurrentIndex(chooser.model.index(row, 0))
    qtbot.keyClick(chooser.list, Qt.Key.Key_Delete)
    assert "Royal Canadian" not in tab.webinars.current_row().co_hosts
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert tab.webinars.current_row().co_hosts == "Royal Canadian Mounted Police (RCMP)"


def test_opening_another_file_clears_the_history(window, qtbot, tmp_path, monkeypatch):
    qtbot.mouseClick(window.series_tab.new_button, Qt.MouseButton.LeftButton)
    assert window.undo_action.isEnabled()
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: False)
    window.open_path(tmp_path / "other.db")
    assert window.undo_stack.count() == 0 and not window.undo_action.isEnabled()


def test_new_models_pass_the_model_tester(window, qtmodeltester):
    window.tabs.setCurrentWidget(window.sessions_tab)
    qtmodeltester.check(window.sessions_tab.agenda.model)
    qtmodeltester.check(window.sessions_tab.form.co_host_model)
    qtmodeltester.check(window.sessions_tab.webinars.model)


def test_a_save_over_a_change_made_elsewhere_is_refused(window, qtbot, monkeypatch):
    window.tabs.setCurrentWidget(window.sessions_tab)
    tab = window.sessions_tab
    with window.state.db.write() as s:  # another window renames webinar 1 meanwhile
        s.scalar(select(Webinar).where(Webinar.number == 1)).title = "Renamed elsewhere"
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    depth = window.undo_stack.count()
    type_into(qtbot, tab.form.platform, "Teams")
    assert errors and "changed elsewhere" in errors[0]
    assert window.undo_stack.count() == depth
    assert _demo_webinar_title(window, 1) == "Renamed elsewhere"
    assert tab.form.title.text() == "Renamed elsewhere"  # the form shows what is stored now


def test_break_by_kind_editor_remove_by_keyboard_and_undo(window, qtbot):
    activate(window, qtbot)
    window.tabs.setCurrentWidget(window.sessions_tab)
    panel = window.sessions_tab.agenda
    before = _agenda_titles(panel)
    panel.table.setCurrentIndex(panel.model.index(1, KIND))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(AgendaItemKind.BREAK.value))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.index(1, KIND).data() == "Break")
    assert window.undo_stack.undoText().startswith("Change kind of")

    panel.table.setCurrentIndex(panel.model.index(1, TITLE))
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert _agenda_titles(panel) == before[:1] + before[2:]
    assert window.undo_stack.undoText() == f"Remove “{before[1]}” from webinar 1"
    window.undo_action.trigger()
    assert _agenda_titles(panel) == before
    assert panel.model.index(1, PRESENTERS).data() == "Dyna Ibrahim"  # the booking came back with it


def test_delete_a_webinar_and_undo(window, qtbot, monkeypatch):
    window.tabs.setCurrentWidget(window.sessions_tab)
    tab = window.sessions_tab
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text, **k: "7 agenda items" in text)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert [r.number for r in tab.webinars.model.rows()] == [2, 3]
    window.undo_action.trigger()
    assert [r.number for r in tab.webinars.model.rows()] == [1, 2, 3]
    assert "Royal Canadian Mounted Police" in tab.webinars.model.rows()[0].co_hosts


def test_the_recording_or_survey_link_for_the_thank_you_is_typed_saved_and_undone(window, qtbot):
    window.tabs.setCurrentWidget(window.sessions_tab)
    tab = window.sessions_tab
    assert tab.form.follow_up_link in tab.form.focus_chain()
    type_into(qtbot, tab.form.follow_up_link, "https://example.ca/survey-1")

    def stored():  # type: ignore[no-untyped-def]
        with window.state.db.read() as s:
            return s.scalar(select(Webinar.follow_up_link).where(Webinar.number == 1))

    qtbot.waitUntil(lambda: stored() == "https://example.ca/survey-1")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: stored() is None)
    assert tab.form.follow_up_link.text() == ""


def test_at_1280x800_the_agenda_gives_english_and_french_titles_room(window, qtbot):
    """The agenda's English and French titles wrap in their columns, so its rows are tall: at
    1280×800 it shows its first three items whole, each language in a column of its own width,
    wide enough for a few words a line (the list on the left keeps its number, date and status)."""
    from ocse_planner.ui.sessions.agenda_model import TITLE_FR

    window.resize(1280, 800)
    window.tabs.setCurrentWidget(window.sessions_tab)
    table = window.sessions_tab.agenda.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 3)
    QApplication.processEvents()
    assert abs(table.columnWidth(TITLE) - table.columnWidth(TITLE_FR)) <= 2
    assert table.columnWidth(TITLE_FR) >= 125
    bottom_of_third = table.rowViewportPosition(2) + table.rowHeight(2)
    assert bottom_of_third <= table.viewport().height()
    webinars = window.sessions_tab.webinars.table
    header = webinars.horizontalHeader()
    assert header.sectionViewportPosition(2) + header.sectionSize(2) <= webinars.viewport().width()
