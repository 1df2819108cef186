"""Organization names the services build (`organization_label`) in the French window: the
partner matrix (Partners tab), the webinar's co-hosts (Sessions tab) and the timetable's
presenter chips show the French name where it is written, else the English as written,
unmarked, and switch back with the language."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ocse_planner.ui.presenters.presenter_chips import PRESENTERS_ROLE
from ocse_planner.ui.presenters.timetable_view import TimetableModel
from tests.ui.partners.helpers import open_partners
from tests.ui.test_organizers_texts_in_french import _switch, english_afterwards  # noqa: F401

RCMP_FR = "Gendarmerie royale du Canada (GRC)"
NCECC_FR = "Centre national de coordination contre l'exploitation des enfants (CNCEE)"


def _matrix_names(tab) -> list[str]:  # type: ignore[no-untyped-def]
    model = tab.matrix.model
    return [model.index(row, 0).data(Qt.ItemDataRole.DisplayRole).strip() for row in range(model.rowCount())]


def _chips(timetable) -> list[str]:  # type: ignore[no-untyped-def]
    model = timetable.model()
    return [name for row in range(model.rowCount())
            for name, _ in model.index(row, TimetableModel.PRESENTERS).data(PRESENTERS_ROLE)]


def _co_hosts(form) -> list[str]:  # type: ignore[no-untyped-def]
    model = form.co_host_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_partner_matrix_co_hosts_and_presenter_chips_name_organizations_in_french(
        window, qtbot, english_afterwards):  # noqa: F811
    window.tabs.setCurrentWidget(window.sessions_tab)
    sessions = window.sessions_tab
    qtbot.waitUntil(lambda: sessions.webinars.proxy.rowCount() == 3)
    sessions.webinars.table.selectRow(0)
    qtbot.waitUntil(lambda: _co_hosts(sessions.form) == ["Royal Canadian Mounted Police (RCMP)"])
    timetable = window.presenters_tab.timetable
    window.tabs.setCurrentWidget(window.presenters_tab)
    qtbot.waitUntil(lambda: timetable.model().rowCount() > 3)
    partners = open_partners(qtbot, window)
    assert "Public Safety Canada (PS)" in _matrix_names(partners)
    assert ("Royal Canadian Mounted Police (RCMP), National Child Exploitation Crime Centre (NCECC)"
            in _chips(timetable))

    _switch(window, qtbot, "fr", "Séries")

    names = _matrix_names(partners)
    assert "Sécurité publique Canada (SP)" in names and NCECC_FR in names
    assert "Public Safety Canada (PS)" not in names
    assert "Magnet Forensics" in names  # no French written: the English as it is, unmarked
    tip = partners.matrix.model.index(names.index(NCECC_FR), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Gendarmerie royale du Canada" in tip  # "Part of …" names the parent in French too
    assert _co_hosts(sessions.form) == [RCMP_FR]
    choices = [sessions.form.co_hosts.choice.itemText(i) for i in range(sessions.form.co_hosts.choice.count())]
    assert "Sécurité publique Canada (SP)" in choices and "Public Safety Canada (PS)" not in choices
    chips = _chips(timetable)
    assert f"{RCMP_FR}, {NCECC_FR}" in chips
    assert not any("Royal Canadian Mounted Police" in chip for chip in chips)
    assert "Dr. Michael Seto" in chips  # people's names are the same in both languages

    _switch(window, qtbot, "en", "Series")
    assert "Public Safety Canada (PS)" in _matrix_names(partners)
    assert _co_hosts(sessions.form) == ["Royal Canadian Mounted Police (RCMP)"]
    assert ("Royal Canadian Mounted Police (RCMP), National Child Exploitation Crime Centre (NCECC)"
            in _chips(timetable))


def test_the_in_an_agenda_credit_preview_follows_the_language(window, qtbot, english_afterwards):  # noqa: F811
    """The person panel's preview names the job title and organization in French where
    written, the English as written (no "[EN]") elsewhere, and switches back."""
    from tests.ui.partners.helpers import click_row

    tab = window.presenters_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.people.proxy.rowCount() > 3)
    qtbot.keyClicks(tab.people.search, "Classen")
    qtbot.waitUntil(lambda: tab.people.proxy.rowCount() == 1)
    click_row(qtbot, tab.people, lambda r: r.family_name == "Classen")
    english = "Noni Classen — Director of Education, Canadian Centre for Child Protection (C3P)"
    qtbot.waitUntil(lambda: tab.editor.preview.text() == english)

    _switch(window, qtbot, "fr", "Séries")
    preview = tab.editor.preview.text()
    assert preview.startswith("Noni Classen — ")
    assert preview.endswith(", Centre canadien de protection de l'enfance (CCPE)")
    assert "[EN]" not in preview and "Canadian Centre" not in preview
    assert tab.editor.organization.currentText() == "Centre canadien de protection de l'enfance (CCPE)"

    _switch(window, qtbot, "en", "Series")
    assert tab.editor.preview.text() == english
    assert tab.editor.organization.currentText() == "Canadian Centre for Child Protection (C3P)"


def test_the_unclassified_page_offers_the_sectors_in_french(window, qtbot, english_afterwards):  # noqa: F811
    """Attendance tab, Unclassified page: the sector to assign is named in French where
    written, the choice kept across the switch."""
    tab = window.attendance_tab
    window.tabs.setCurrentWidget(tab)
    page = tab.unclassified_page
    combo = page.sector

    def items() -> list[str]:
        return [combo.itemText(i) for i in range(combo.count())]

    qtbot.waitUntil(lambda: "Law enforcement" in items())
    combo.setCurrentIndex(items().index("Law enforcement"))
    chosen = combo.currentData()

    _switch(window, qtbot, "fr", "Séries")
    assert "Application de la loi" in items() and "Law enforcement" not in items()
    assert combo.currentText() == "Application de la loi" and combo.currentData() == chosen
    tab.refresh()  # read again in French: the combo is filled anew
    qtbot.waitUntil(lambda: not tab.figures_pending())
    assert "Application de la loi" in items() and "Law enforcement" not in items()
    assert combo.currentData() == chosen

    _switch(window, qtbot, "en", "Series")
    assert combo.currentText() == "Law enforcement"


def test_open_actions_name_the_organization_in_french(window, qtbot, english_afterwards):  # noqa: F811
    from ocse_planner.services.collaborations import ActionInput, add_action, list_collaborations

    tab = open_partners(qtbot, window, page=1)
    with window.state.db.write() as s:
        collab = next(c for c in list_collaborations(s, window.state.series_id)
                      if c.organization == "Royal Canadian Mounted Police (RCMP)")
        add_action(s, ActionInput(collab.id, "Share slides"))
    window.state.notify_changed()
    view = tab.open_actions.view
    column = [c for c in range(view.proxy.columnCount())
              if view.proxy.headerData(c, Qt.Orientation.Horizontal) == "Organization"][0]
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
    assert view.proxy.index(0, column).data() == "Royal Canadian Mounted Police (RCMP)"
    _switch(window, qtbot, "fr", "Séries")
    assert view.proxy.index(0, column).data() == RCMP_FR
    _switch(window, qtbot, "en", "Series")
    assert view.proxy.index(0, column).data() == "Royal Canadian Mounted Police (RCMP)"
