"""In the French interface the Series tab shows the organizers' French where they wrote it
(the series' title and host in the list, the host in the form, the objectives), else their
English as it is, and follows the Language menu both ways without saving anything."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from ocse_planner.db.models import Series
from ocse_planner.ui.app import install_translations
from ocse_planner.ui.main_window import tab_titles
from tests.ui.test_translations import _language_action

TITLE, TITLE_FR = "Combatting Online Child Sexual Exploitation", "Lutte contre l'exploitation sexuelle des enfants en ligne"
TITLE_COLUMN, HOST_COLUMN = 0, 3


@pytest.fixture
def english_afterwards(qapp):
    yield
    install_translations(qapp, "en")
    QCoreApplication.sendPostedEvents()


def _switch(window, qtbot, code: str, first_tab: str) -> None:
    _language_action(window, code).trigger()
    qtbot.waitUntil(lambda: tab_titles(window)[0] == first_tab)


def _cell(tab, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> str:
    return tab.list.proxy.index(0, column).data(role)


def _objectives(form, role: int = Qt.ItemDataRole.DisplayRole) -> list[str]:
    model = form.objectives.model()
    return [model.index(row, 0).data(role) for row in range(model.rowCount())]


def test_the_series_tab_shows_the_french_of_the_organizers_texts(window, qtbot, english_afterwards):
    tab, form = window.series_tab, window.series_tab.form
    steps = window.undo_stack.count()
    assert _cell(tab, TITLE_COLUMN) == TITLE and _cell(tab, HOST_COLUMN) == "Public Safety Canada"
    assert form.host.currentText() == "Public Safety Canada (PS)"
    assert _objectives(form)[1] == "Share information on best practices and lessons learned"
    assert _objectives(form, Qt.ItemDataRole.ToolTipRole)[1] is None

    _switch(window, qtbot, "fr", "Séries")

    assert _cell(tab, TITLE_COLUMN) == TITLE_FR
    assert _cell(tab, HOST_COLUMN) == "Sécurité publique Canada"
    assert form.host.currentText() == "Sécurité publique Canada (SP)"
    assert _objectives(form)[1] == "Échanger de l'information sur les pratiques exemplaires et les leçons apprises"
    # What F2 edits stays the English, and a tool tip says so.
    assert _objectives(form, Qt.ItemDataRole.EditRole)[1] == "Share information on best practices and lessons learned"
    assert _objectives(form, Qt.ItemDataRole.ToolTipRole)[1] == (
        "Anglais\u00a0: Share information on best practices and lessons learned")
    assert form.title.text() == TITLE and form.title_fr.text() == TITLE_FR  # the form still edits both
    assert window.undo_stack.count() == steps  # switching saved nothing

    # An objective added without its French shows its English as it is, in the French window.
    qtbot.mouseClick(form.add_objective, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()  # the list's editor on the new row
    qtbot.keyClicks(editor, "Name the next steps")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.undo_stack.count() == steps + 1)
    assert _objectives(form)[-1] == "Name the next steps"
    with window.state.db.read() as s:
        series = s.scalar(select(Series))
        assert series.objectives[-1] == "Name the next steps" and len(series.objectives_fr) == 4
    assert _objectives(form)[1].startswith("Échanger")  # the French still rides with its English

    _switch(window, qtbot, "en", "Series")
    assert _cell(tab, TITLE_COLUMN) == TITLE and _cell(tab, HOST_COLUMN) == "Public Safety Canada"
    assert form.host.currentText() == "Public Safety Canada (PS)"
    assert _objectives(form)[1] == "Share information on best practices and lessons learned"


def test_a_series_without_its_french_shows_its_english_in_the_french_list(window, qtbot, english_afterwards):
    tab, form = window.series_tab, window.series_tab.form
    _switch(window, qtbot, "fr", "Séries")
    form.title_fr.setFocus()
    form.title_fr.selectAll()
    qtbot.keyClick(form.title_fr, Qt.Key.Key_Delete)
    qtbot.keyClick(form.title_fr, Qt.Key.Key_Tab)  # the edit ends: saved
    qtbot.waitUntil(lambda: _cell(tab, TITLE_COLUMN) == TITLE)  # unmarked: no "[EN]" in a list


def test_the_longer_french_title_and_host_get_their_room_in_the_list(window, qtbot, english_afterwards):
    table = window.series_tab.list.table
    _switch(window, qtbot, "fr", "Séries")
    for column in (TITLE_COLUMN, HOST_COLUMN):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column)  # not elided
