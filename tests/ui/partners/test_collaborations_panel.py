"""Collaborations, action items and the contact log in the Partners tab, driven by hand."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from ocse_planner.db.enums import CollaborationRole
from ocse_planner.services.collaborations import ActionInput, CollaborationInput, add_action, save_collaboration
from ocse_planner.services.organizations import search_organizations
from ocse_planner.ui.common import dialogs, operations
from ocse_planner.ui.partners.actions_view import OVERDUE_BACKGROUND
from ocse_planner.ui.partners.collaboration_dialog import CollaborationDialog
from tests.ui.partners.helpers import Recorder, choose, click_row, open_partners, press_ok, select_organization


def fill_collaboration(qtbot, monkeypatch, *, scope: str, role: str, contact: str | None = None):  # type: ignore[no-untyped-def]
    shown: list[CollaborationDialog] = []

    def ask(cls, parent, organization, series_id, webinars, people, row, on_save):  # type: ignore[no-untyped-def]
        dialog = cls(organization, series_id, webinars, people, row, on_save, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
        choose(qtbot, dialog.scope, scope)
        choose(qtbot, dialog.role, role)
        choose(qtbot, dialog.status, "Confirmed")
        if contact:
            choose(qtbot, dialog.contact, contact)
        qtbot.keyClicks(dialog.notes, "Agreed by e-mail")
        press_ok(qtbot, dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(CollaborationDialog, "ask", classmethod(ask))
    return shown


def open_action_texts(tab) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.description for r in tab.open_actions.view.model.rows()]


def test_collaboration_with_an_action_item_marked_done(window, qtbot, monkeypatch):
    tab = open_partners(qtbot, window)
    select_organization(qtbot, tab, "Canadian Centre for Child Protection")
    fill_collaboration(qtbot, monkeypatch, scope="Webinar 3", role="Co-host", contact="Noni")
    qtbot.mouseClick(tab.collaborations.add_button, Qt.MouseButton.LeftButton)

    row = tab.collaborations.view.current_row()
    assert (row.webinar_number, row.contact, row.notes) == (3, "Noni Classen", "Agreed by e-mail")
    # The Sessions tab hears about it too: C3P now co-hosts webinar 3.
    assert "Canadian Centre for Child Protection" in window.sessions_tab.webinars.model.rows()[2].co_hosts

    actions = tab.collaborations.actions
    qtbot.keyClicks(actions.description, "Send the slides to C3P")
    qtbot.keyClicks(actions.owner, "Erin")
    qtbot.keyClick(actions.description, Qt.Key.Key_Return)
    assert [r.description for r in actions.view.model.rows()] == ["Send the slides to C3P"]
    assert actions.description.text() == ""
    assert open_action_texts(tab) == ["Send the slides to C3P"]

    # Tick it with the keyboard: select the row, press Space on the check box.
    click_row(qtbot, actions.view, lambda r: r.description == "Send the slides to C3P")
    actions.view.table.setCurrentIndex(actions.view.proxy.index(0, 0))
    qtbot.keyClick(actions.view.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: open_action_texts(tab) == [])
    assert actions.view.model.rows()[0].done
    # …and un-tick it with the button.
    click_row(qtbot, actions.view, lambda r: r.done)
    qtbot.mouseClick(actions.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: open_action_texts(tab) == ["Send the slides to C3P"])


def test_contact_person_of_another_organization_asks_first(window, qtbot, monkeypatch):
    # An older record names Noni Classen (C3P) as Magnet Forensics' contact.
    with window.state.db.write() as s:
        magnet = next(o.id for o in search_organizations(s, "Magnet"))
        save_collaboration(s, CollaborationInput(magnet, window.state.series_id, None, CollaborationRole.SPONSOR,
                                                 contact_person_id=_person_id(window, "Classen")))
    window.state.notify_changed()
    tab = open_partners(qtbot, window)
    select_organization(qtbot, tab, "Magnet Forensics")
    click_row(qtbot, tab.collaborations.view, lambda r: r.role is CollaborationRole.SPONSOR)
    shown: list[CollaborationDialog] = []

    def ask(cls, parent, organization, series_id, webinars, people, row, on_save):  # type: ignore[no-untyped-def]
        dialog = cls(organization, series_id, webinars, people, row, on_save, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
        return False

    monkeypatch.setattr(CollaborationDialog, "ask", classmethod(ask))
    warn = Recorder(answer=False)
    monkeypatch.setattr(dialogs, "ask_yes_no", warn)
    qtbot.keyClick(tab.collaborations.view.table, Qt.Key.Key_Return)  # Enter edits the record
    dialog = shown[0]
    assert dialog.contact.currentText() == "Noni Classen (another organization)"
    qtbot.keyClicks(dialog.notes, "Sponsors the recording")
    press_ok(qtbot, dialog)
    assert warn.messages == [
        "Contact person: Noni Classen belongs to Canadian Centre for Child Protection, not to Magnet Forensics."
        "\n\nSave anyway?"
    ]
    assert dialog.isVisible(), "declining keeps the form open with what was typed"
    assert tab.collaborations.view.current_row().notes == ""
    warn.answer = True
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert tab.collaborations.view.current_row().notes == "Sponsors the recording"


def test_collaboration_without_organization_is_refused(window, qtbot, monkeypatch):
    errors = Recorder()
    monkeypatch.setattr(dialogs, "show_error", errors)
    tab = open_partners(qtbot, window)
    data = CollaborationInput(None, window.state.series_id, None, CollaborationRole.PROMOTION)
    assert not operations.run(tab, window.state, "New collaboration", lambda s: save_collaboration(s, data)).ok
    assert errors.messages == ["Organization: a collaboration needs an organization."]
    assert not tab.collaborations.add_button.isEnabled(), "no organization selected: nothing to add to"


def _person_id(window, family_name: str) -> int:  # type: ignore[no-untyped-def]
    from ocse_planner.services.people import directory

    with window.state.db.read() as s:
        return next(p.id for p in directory(s, None) if p.family_name == family_name)


def test_past_due_date_warns_and_saves_nothing_when_declined(window, qtbot, monkeypatch):
    tab = open_partners(qtbot, window)
    select_organization(qtbot, tab, "Royal Canadian Mounted Police")
    click_row(qtbot, tab.collaborations.view, lambda r: r.webinar_number == 1)
    ask = Recorder(answer=False)
    monkeypatch.setattr(dialogs, "ask_yes_no", ask)
    actions = tab.collaborations.actions
    qtbot.keyClicks(actions.description, "Return the signed agreement")
    actions.due.set_value(date.today() - timedelta(days=3))
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
    assert "Due date:" in ask.messages[0] and "before the action item was created" in ask.messages[0]
    assert actions.view.model.rows() == []
    assert actions.description.text() == "Return the signed agreement"
    ask.answer = True
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
    assert [r.overdue for r in actions.view.model.rows()] == [True]


def test_blank_action_is_refused_with_a_message(window, qtbot, monkeypatch):
    tab = open_partners(qtbot, window)
    select_organization(qtbot, tab, "Justice Canada")
    click_row(qtbot, tab.collaborations.view, lambda r: r.webinar_number == 2)
    errors = Recorder()
    monkeypatch.setattr(dialogs, "show_error", errors)
    qtbot.mouseClick(tab.collaborations.actions.add_button, Qt.MouseButton.LeftButton)
    assert errors.messages == ["What: describe the action item."]


def test_open_actions_highlight_overdue_and_sort_by_due_date(window, qtbot):
    tab = open_partners(qtbot, window, page=1)
    with window.state.db.write() as s:
        from ocse_planner.services.collaborations import list_collaborations

        collab = list_collaborations(s, window.state.series_id)[0].id
        add_action(s, ActionInput(collab, "Later", due_date=date.today() + timedelta(days=30)))
        add_action(s, ActionInput(collab, "Late", due_date=date.today() - timedelta(days=2)))
        add_action(s, ActionInput(collab, "Whenever"))
    window.state.notify_changed()
    view = tab.open_actions.view
    texts = lambda: [view.proxy.index(r, 1).data() for r in range(view.proxy.rowCount())]  # noqa: E731
    assert texts() == ["Late", "Later", "Whenever"]
    late = view.proxy.index(0, 1)
    assert late.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert "overdue" in view.proxy.index(0, 0).data()
    assert view.proxy.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionPosition(0) + 10, 5))
    assert texts() == ["Whenever", "Later", "Late"]
    # Enter on an open action shows its collaboration.
    view.table.setCurrentIndex(view.proxy.index(2, 1))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert tab.pages.currentIndex() == 0
    assert tab.collaborations.view.current_row().id == collab


def test_contact_log_entry(window, qtbot):
    tab = open_partners(qtbot, window)
    select_organization(qtbot, tab, "Justice Canada")
    click_row(qtbot, tab.collaborations.view, lambda r: r.webinar_number == 2)
    tab.collaborations.details.setCurrentIndex(1)
    log = tab.collaborations.contacts
    log.day.set_value(date(2022, 1, 12))
    choose(qtbot, log.channel, "Meeting")
    qtbot.keyClicks(log.summary, "Agreed on the four speakers")
    qtbot.keyClick(log.summary, Qt.Key.Key_Return)
    [entry] = log.view.model.rows()
    assert (entry.occurred_on, entry.summary) == (date(2022, 1, 12), "Agreed on the four speakers")
    assert log.summary.text() == ""


def test_the_title_names_the_organization_as_typed_and_in_the_windows_language(window, qtbot, qapp):
    from PySide6.QtCore import QCoreApplication

    from ocse_planner.db.models import Organization
    from ocse_planner.ui.app import install_translations
    from tests.ui.test_translations import _language_action

    with window.state.db.write() as s:
        s.add(Organization(name="Kids%2Help", name_fr="Jeunesse%3J'écoute"))
    window.state.notify_changed()
    tab = open_partners(qtbot, window)
    select_organization(qtbot, tab, "Kids%2Help")
    title = tab.collaborations.title
    qtbot.waitUntil(lambda: "Kids%2Help" in title.text())
    assert title.text().startswith(
        "No collaborations of Kids%2Help in Combatting Online Child Sexual Exploitation (2022) yet")
    try:
        _language_action(window, "fr").trigger()
        view = tab.directory.view
        view.search.clear()
        qtbot.keyClicks(view.search, "Jeunesse")  # the directory shows and finds the French name
        qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
        click_row(qtbot, view, lambda r: r.name == "Kids%2Help")
        qtbot.waitUntil(lambda: "Jeunesse" in title.text())
        assert "Jeunesse%3J'écoute" in title.text()
        assert "Lutte contre l'exploitation sexuelle des enfants en ligne (2022)" in title.text()
    finally:
        install_translations(qapp, "en")
        QCoreApplication.sendPostedEvents()
