"""Lists find rows in English or French whatever the accents, and sort as people read."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt
from sqlalchemy import update

from ocse_planner.db.models import Organization
from ocse_planner.services.people import PersonInput, create_person
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.table_model import Column, RecordTableModel
from tests.ui.keyboard import activate, type_text


@dataclass(frozen=True)
class Named:
    id: int
    name: str
    name_fr: str = ""


def _view(qtbot, rows):
    view = RecordView(RecordTableModel([Column("Name", lambda r: r.name, stretch=True)]), name="Names")
    qtbot.addWidget(view)
    view.set_rows(rows)
    return view


def _shown(view) -> list[str]:
    return [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]


def test_search_ignores_accents_and_case_and_finds_the_french(qtbot):
    view = _view(qtbot, [Named(1, "Marie Côté"), Named(2, "Royal Canadian Mounted Police", "Gendarmerie royale du Canada"),
                         Named(3, "Ecole Polytechnique")])
    qtbot.keyClicks(view.search, "cote")
    assert _shown(view) == ["Marie Côté"]
    view.search.clear()
    qtbot.keyClicks(view.search, "GENDARMERIE royale")
    assert _shown(view) == ["Royal Canadian Mounted Police"]  # found by its French name
    view.search.clear()
    view.search.setFocus()
    type_text(view.search, "école")
    assert _shown(view) == ["Ecole Polytechnique"]
    view.search.clear()
    assert len(_shown(view)) == 3


def test_text_columns_sort_by_letters_before_accents_numbers_by_value(qtbot):
    view = _view(qtbot, [Named(1, "Zèbre"), Named(2, "Éducation"), Named(3, "Fédéral"), Named(4, "Ecole"),
                         Named(5, "item 10"), Named(6, "item 9")])
    view.proxy.set_locale(QLocale("fr_CA"))
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _shown(view) == ["Ecole", "Éducation", "Fédéral", "item 9", "item 10", "Zèbre"]


def test_the_presenters_directory_finds_cote_for_cote_with_accents(window, qtbot):
    with window.state.db.write() as session:
        create_person(session, PersonInput(given_name="Geneviève", family_name="Côté"))
        session.execute(update(Organization).where(Organization.acronym == "RCMP")
                        .values(name_fr="Gendarmerie royale du Canada"))
    window.state.notify_changed()
    activate(window, qtbot)
    window.tabs.setCurrentWidget(window.presenters_tab)
    people = window.presenters_tab.people
    qtbot.keyClicks(people.search, "genevieve cote")
    qtbot.waitUntil(lambda: people.proxy.rowCount() == 1)
    assert "Côté" in " ".join(str(people.proxy.index(0, c).data()) for c in range(people.proxy.columnCount()))
    window.tabs.setCurrentWidget(window.partners_tab)
    organizations = window.partners_tab.organizations
    qtbot.keyClicks(organizations.search, "gendarmerie")
    qtbot.waitUntil(lambda: organizations.proxy.rowCount() >= 1)
    shown = {str(organizations.proxy.index(r, 0).data()) for r in range(organizations.proxy.rowCount())}
    assert any("Royal Canadian Mounted Police" in s for s in shown)
