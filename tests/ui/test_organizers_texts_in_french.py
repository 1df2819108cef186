"""The organizers' own texts in the French window: the webinars' titles on the Sessions
tab, the organizations in the Partners directory and the sectors on the Attendance tab
show their French where it is written, and their English again after switching back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from ocse_planner.ui.app import install_translations
from ocse_planner.ui.main_window import tab_titles
from tests.ui.test_translations import _language_action


@pytest.fixture
def english_afterwards(qapp):
    yield
    install_translations(qapp, "en")
    QCoreApplication.sendPostedEvents()


def _switch(window, qtbot, code: str, first_tab: str) -> None:
    _language_action(window, code).trigger()
    qtbot.waitUntil(lambda: tab_titles(window)[0] == first_tab)


def _column(view, column: int) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, column).data(Qt.ItemDataRole.DisplayRole) for row in range(proxy.rowCount())]


def _sectors(window) -> list[str]:
    model = window.attendance_tab.sector_model
    return [model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]


def test_webinars_organizations_and_sectors_show_their_french(window, qtbot, english_afterwards):
    window.tabs.setCurrentWidget(window.sessions_tab)
    webinars = window.sessions_tab.webinars
    qtbot.waitUntil(lambda: webinars.proxy.rowCount() == 3)
    directory = window.partners_tab.directory.view
    window.tabs.setCurrentWidget(window.partners_tab)
    qtbot.waitUntil(lambda: directory.proxy.rowCount() > 0)
    window.tabs.setCurrentWidget(window.attendance_tab)
    qtbot.waitUntil(lambda: "Law enforcement" in _sectors(window))
    assert _column(webinars, 3)[0].startswith("Reporting Mechanisms")
    assert "Public Safety Canada" in _column(directory, 0) and "PS" in _column(directory, 1)

    _switch(window, qtbot, "fr", "Séries")

    assert _column(webinars, 3)[0].startswith("Mécanismes de signalement")
    assert "Sécurité publique Canada" in _column(directory, 0) and "SP" in _column(directory, 1)
    assert "Public Safety Canada" not in _column(directory, 0)
    names = _column(directory, 0)
    assert "Magnet Forensics" in names  # no French written: the English as it is, unmarked
    sectors = _sectors(window)
    assert "Application de la loi" in sectors and "Law enforcement" not in sectors
    assert sectors[-1] == "Total"

    _switch(window, qtbot, "en", "Series")
    assert _column(webinars, 3)[0].startswith("Reporting Mechanisms")
    assert "Public Safety Canada" in _column(directory, 0)
    assert "Law enforcement" in _sectors(window)


def test_counted_sectors_are_named_in_french_and_the_fixed_rows_translated(qapp, english_afterwards):
    """Sectors counted from records (not only typed in by hand) follow the language too."""
    from ocse_planner.services.attendance_summary import (
        AttendanceSummary,
        SectorFigures,
        SectorRowKind,
        WebinarFigures,
    )
    from ocse_planner.ui.attendance.sector_model import SectorTableModel

    summary = AttendanceSummary(
        "Series", 2027, (WebinarFigures(1, "One", 10, 8, 50.0, None),), 8, 0, None,
        (SectorFigures("Law enforcement", (5,), sector_fr="Application de la loi"),
         SectorFigures("Magnet", (2,)),
         SectorFigures("", (1,), kind=SectorRowKind.NOT_STATED)), ())
    model = SectorTableModel()
    model.set_summary(summary)

    def names() -> list[str]:
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    assert names() == ["Law enforcement", "Magnet", "Not stated", "Total"]
    install_translations(qapp, "fr")
    model.retranslate()
    assert names() == ["Application de la loi", "Magnet", "Non précisé", "Total"]


def test_the_presenters_tab_shows_job_titles_organizations_and_talks_in_french(window, qtbot, english_afterwards):
    from ocse_planner.ui.presenters.timetable_view import TimetableModel

    tab = window.presenters_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.people.proxy.rowCount() > 3 and tab.timetable.model().rowCount() > 3)
    timetable = tab.timetable.model()

    def items() -> list[str]:
        return [timetable.index(row, TimetableModel.ITEM).data() for row in range(timetable.rowCount())]

    assert "sexologist and psychotherapist" in _column(tab.people, 1)
    assert "Canadian Centre for Child Protection" in _column(tab.people, 2)
    assert "Trends and Challenges in OCSE investigations" in items()
    _switch(window, qtbot, "fr", "Séries")
    assert "sexologue et psychothérapeute" in _column(tab.people, 1)
    assert "sexologist and psychotherapist" not in _column(tab.people, 1)
    assert "Centre canadien de protection de l'enfance" in _column(tab.people, 2)
    assert "Canadian Centre for Child Protection" not in _column(tab.people, 2)
    assert "Tendances et défis des enquêtes sur l'ESEL" in items()
    assert "Trends and Challenges in OCSE investigations" not in items()
    tab.people.search.setText("Boisvert")  # her booking, in the Bookings list
    qtbot.waitUntil(lambda: tab.bookings.list.proxy.rowCount() == 1)
    assert _column(tab.bookings.list, 3) == ["2. Accompagner l'enfant victime et son parent tout au long du "
                                             "processus judiciaire et réduire le risque de victimisation secondaire"]
    _switch(window, qtbot, "en", "Series")
    assert "Trends and Challenges in OCSE investigations" in items()
