"""The who-works-with-whom matrix: open a cell, see the records behind it; model checks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ocse_planner.db.enums import ContactChannel
from ocse_planner.services.collaborations import ActionInput, add_action, add_contact, list_collaborations
from tests.ui.partners.helpers import click_row, open_partners, select_organization, wait_for_matrix


def cell_index(tab, organization: str, webinar: int):  # type: ignore[no-untyped-def]
    m = tab.matrix.model.matrix()
    return tab.matrix.model.index(m.row_of(organization), m.webinar_column(webinar) + 1)


def record_roles(tab) -> list[str]:  # type: ignore[no-untyped-def]
    return [tab.matrix.records.proxy.index(r, 0).data() for r in range(tab.matrix.records.proxy.rowCount())]


def test_enter_on_a_cell_lists_its_records(window, qtbot):
    tab = open_partners(qtbot, window, page=2)
    rcmp = cell_index(tab, "Royal Canadian Mounted Police", 1)
    assert rcmp.data() == "co-host; presented ×2 (via NCECC)"
    assert cell_index(tab, "Justice Canada", 2).data() == "co-host"
    tab.matrix.table.setFocus()
    tab.matrix.table.setCurrentIndex(rcmp)
    qtbot.keyClick(tab.matrix.table, Qt.Key.Key_Return)
    assert record_roles(tab) == [
        "Co-host",
        "Presenting organization (from the agenda)",
        "Presenting organization (from the agenda)",
    ]
    presentations = [r.presentation for r in tab.matrix.records.model.rows()]
    assert presentations[1:] == ["Trends and Challenges in OCSE investigations", "Canada's Project SHADOW"]
    assert "Royal Canadian Mounted Police — Webinar 1: 3 record(s)" == tab.matrix.cell_title.text()


def test_double_click_a_cell_then_open_its_collaboration(window, qtbot):
    tab = open_partners(qtbot, window, page=2)
    index = cell_index(tab, "Justice Canada", 2)
    table = tab.matrix.table
    pos = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert record_roles(tab) == ["Co-host"]
    # Enter on the record opens the collaboration in the directory page.
    records = tab.matrix.records
    records.table.setCurrentIndex(records.proxy.index(0, 0))
    qtbot.keyClick(records.table, Qt.Key.Key_Return)
    assert tab.pages.currentIndex() == 0
    assert tab.directory.current().name == "Justice Canada"
    assert tab.collaborations.view.current_row().webinar_number == 2


def test_matrix_follows_saved_collaborations(window, qtbot, monkeypatch):
    tab = open_partners(qtbot, window, page=2)
    assert cell_index(tab, "Public Safety Canada", 3).data() == "presented"
    from ocse_planner.db.enums import CollaborationRole
    from ocse_planner.services.collaborations import CollaborationInput, save_collaboration
    from ocse_planner.services.organizations import search_organizations

    with window.state.db.write() as s:
        ps = search_organizations(s, "Public Safety")[0].id
        webinar3 = tab.matrix.model.matrix().columns[2].id
        save_collaboration(s, CollaborationInput(ps, window.state.series_id, webinar3, CollaborationRole.PROMOTION))
    window.state.notify_changed()
    wait_for_matrix(qtbot, tab)
    assert cell_index(tab, "Public Safety Canada", 3).data() == "promotion / outreach; presented"


def test_partner_models_pass_qt_model_tester(window, qtbot, qtmodeltester):
    with window.state.db.write() as s:
        collab = next(c.id for c in list_collaborations(s, window.state.series_id) if c.webinar_number == 2)
        add_action(s, ActionInput(collab, "Book the room", due_date=date(2022, 2, 1)))
        add_action(s, ActionInput(collab, "Thank the speakers"))
        add_contact(s, collab, date(2022, 1, 5), ContactChannel.CALL, "Kick-off")
    window.state.notify_changed()
    tab = open_partners(qtbot, window)
    select_organization(qtbot, tab, "Justice Canada")
    click_row(qtbot, tab.collaborations.view, lambda r: r.id == collab)
    tab.pages.setCurrentIndex(2)
    tab.matrix.open_cell(cell_index(tab, "Royal Canadian Mounted Police", 1))
    models = [
        tab.directory.view.model,
        tab.collaborations.view.model,
        tab.collaborations.actions.model,
        tab.collaborations.contacts.view.model,
        tab.open_actions.model,
        tab.matrix.model,
        tab.matrix.records.model,
    ]
    for model in models:
        assert model.rowCount() > 0, model
        qtmodeltester.check(model)
    checked = tab.collaborations.actions.model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole)
    assert checked == Qt.CheckState.Unchecked


def test_a_record_of_another_year_selects_that_series_in_the_series_tab(window, qtbot):
    from ocse_planner.db.enums import CollaborationRole
    from ocse_planner.services.clone import CloneOptions, clone_series
    from ocse_planner.services.collaborations import CollaborationInput, save_collaboration
    from ocse_planner.services.organizations import search_organizations

    first = window.state.series_id
    with window.state.db.write() as s:
        later = clone_series(s, first, CloneOptions(year=2023, title="OCSE webinars 2023")).series_id
        rcmp = search_organizations(s, "Royal Canadian Mounted Police")[0].id
        save_collaboration(s, CollaborationInput(rcmp, later, None, CollaborationRole.STRATEGY_PARTNER))
    window.state.notify_changed()
    assert window.series_tab.list.current_row().id == first
    tab = open_partners(qtbot, window, page=2)
    m = tab.matrix.model.matrix()
    column = next(i for i, c in enumerate(m.columns) if c.kind == "series" and c.id == later)
    index = tab.matrix.model.index(m.row_of("Royal Canadian Mounted Police"), column + 1)
    table = tab.matrix.table
    pos = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    records = tab.matrix.records
    records.table.setCurrentIndex(records.proxy.index(0, 0))
    announced: list[object] = []
    window.state.seriesChanged.connect(announced.append)
    qtbot.keyClick(records.table, Qt.Key.Key_Return)
    assert window.state.series_id == later
    assert announced == [later], "the Series tab follows without announcing the change again"
    assert window.series_tab.list.current_row().id == later
    assert window.series_tab.form.title.text() == "OCSE webinars 2023"
    assert tab.collaborations.view.current_row().role is CollaborationRole.STRATEGY_PARTNER


def test_a_slow_older_matrix_build_never_overwrites_a_newer_one(window, qtbot, monkeypatch):
    import threading

    from ocse_planner.ui.partners import matrix_view

    tab = open_partners(qtbot, window, page=2)
    real = matrix_view.matrix_service.build_matrix
    release = threading.Event()
    calls: list[int] = []

    def build(session, series_id):  # type: ignore[no-untyped-def]
        calls.append(len(calls))
        if len(calls) == 1:
            release.wait(10)
            return None  # what the older build would show: nothing
        return real(session, series_id)

    monkeypatch.setattr(matrix_view.matrix_service, "build_matrix", build)
    tab.matrix.refresh()
    qtbot.waitUntil(lambda: len(calls) == 1)  # the older build is running (and held)
    tab.matrix.refresh()
    assert not tab.matrix.ready
    wait_for_matrix(qtbot, tab)
    shown = tab.matrix.model.matrix()
    assert shown is not None and len(calls) == 2
    release.set()
    qtbot.wait(300)
    assert tab.matrix.model.matrix() is shown and tab.matrix.ready
