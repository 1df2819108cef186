"""The organization directory: create, edit (circular parent refused), merge, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ocse_planner.services.organizations import OrganizationInput, create_organization, search_organizations
from ocse_planner.ui.common import dialogs
from ocse_planner.ui.partners.organization_dialog import MergeDialog, OrganizationDialog
from tests.ui.keyboard import activate
from tests.ui.partners.helpers import Recorder, choose, open_partners, press_ok, select_organization


def names(tab) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.name for r in tab.directory.view.model.rows()]


def show_dialog(qtbot, monkeypatch, cls=OrganizationDialog):  # type: ignore[no-untyped-def]
    shown: list = []

    def ask(klass, parent, *args):  # type: ignore[no-untyped-def]
        dialog = klass(*args, parent=parent)
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
        return None if klass is MergeDialog else False  # "cancelled" while the test fills it

    monkeypatch.setattr(cls, "ask", classmethod(ask))
    return shown


def test_search_and_create_an_organization(window, qtbot, monkeypatch):
    tab = open_partners(qtbot, window)
    qtbot.keyClicks(tab.directory.view.search, "rcmp")
    assert tab.directory.view.proxy.rowCount() == 1
    tab.directory.view.search.clear()
    shown = show_dialog(qtbot, monkeypatch)
    qtbot.mouseClick(tab.directory.new_button, Qt.MouseButton.LeftButton)
    dialog = shown[0]
    qtbot.keyClicks(dialog.name, "Cybertip.ca")
    choose(qtbot, dialog.kind, "NGO")
    choose(qtbot, dialog.parent_org, "Canadian Centre for Child Protection")
    qtbot.keyClicks(dialog.website, "https://cybertip.ca")
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = next(r for r in tab.directory.view.model.rows() if r.name == "Cybertip.ca")
    assert (row.parent, row.website) == ("Canadian Centre for Child Protection", "https://cybertip.ca")


def test_circular_parent_is_refused_and_the_form_stays_open(window, qtbot, monkeypatch):
    tab = open_partners(qtbot, window)
    select_organization(qtbot, tab, "Royal Canadian Mounted Police")
    errors = Recorder()
    monkeypatch.setattr(dialogs, "show_error", errors)
    shown = show_dialog(qtbot, monkeypatch)
    qtbot.mouseClick(tab.directory.edit_button, Qt.MouseButton.LeftButton)
    dialog = shown[0]
    choose(qtbot, dialog.parent_org, "National Child Exploitation Crime Centre")
    press_ok(qtbot, dialog)
    assert errors.messages == [
        "Part of: National Child Exploitation Crime Centre cannot be the parent, because it is already "
        "part of this organization (circular chain: Royal Canadian Mounted Police → National Child "
        "Exploitation Crime Centre → Royal Canadian Mounted Police)."
    ]
    assert dialog.isVisible()
    assert tab.directory.current().parent == ""


def test_merge_a_duplicate_keeps_its_people(window, qtbot, monkeypatch):
    with window.state.db.write() as s:
        create_organization(s, OrganizationInput(name="Department of Justice", acronym="DOJ"))
    window.state.notify_changed()
    tab = open_partners(qtbot, window)
    select_organization(qtbot, tab, "Justice Canada")
    shown = show_dialog(qtbot, monkeypatch, MergeDialog)
    qtbot.mouseClick(tab.directory.merge_button, Qt.MouseButton.LeftButton)
    dialog = shown[0]
    choose(qtbot, dialog.duplicate, "Department of Justice")
    monkeypatch.setattr(MergeDialog, "ask", classmethod(lambda cls, *a: dialog.duplicate.currentData()))
    qtbot.mouseClick(tab.directory.merge_button, Qt.MouseButton.LeftButton)
    assert "Department of Justice" not in names(tab)
    assert tab.directory.current().name == "Justice Canada"
    assert tab.directory.current().acronym == "DOJ"


def test_delete_shows_impact_and_refuses_a_presenting_organization(window, qtbot, monkeypatch):
    tab = open_partners(qtbot, window)
    errors, ask = Recorder(), Recorder(answer=True)
    monkeypatch.setattr(dialogs, "show_error", errors)
    monkeypatch.setattr(dialogs, "ask_yes_no", ask)
    select_organization(qtbot, tab, "National Child Exploitation Crime Centre")
    qtbot.mouseClick(tab.directory.delete_button, Qt.MouseButton.LeftButton)
    assert errors.messages[0].startswith("National Child Exploitation Crime Centre cannot be deleted")
    assert ask.messages == []
    select_organization(qtbot, tab, "Royal Canadian Mounted Police")
    ask.answer = False
    qtbot.mouseClick(tab.directory.delete_button, Qt.MouseButton.LeftButton)
    assert "Royal Canadian Mounted Police" in names(tab), "declined: nothing deleted"
    ask.answer = True
    qtbot.mouseClick(tab.directory.delete_button, Qt.MouseButton.LeftButton)
    assert "Collaborations deleted with it: 2" in ask.messages[0]
    assert "Units that will have no parent: 1" in ask.messages[0]
    assert "Royal Canadian Mounted Police" not in names(tab)
    with window.state.db.read() as s:
        assert [o.parent for o in search_organizations(s, "NCECC")] == [""]


def test_the_french_article_chosen_in_the_dialog_is_how_the_french_report_names_the_partner(
        window, qtbot, monkeypatch, tmp_path):
    """« en collaboration avec le ministère de la Justice Canada »: the article is a fact about
    the name, chosen per organization (Alt+R, arrow keys) and used by the French sentences."""
    from docx import Document

    from ocse_planner.export.report_docx import export_report
    from ocse_planner.export.wording import DocumentLanguage

    def heading_of_webinar_2() -> str:
        with window.state.db.read() as session:
            export_report(session, 1, tmp_path / "r.docx", DocumentLanguage("fr"))
        return next(p.text for p in Document(str(tmp_path / "r.docx")).paragraphs if p.text.startswith("Webinaire 2"))

    tab = open_partners(qtbot, window)
    select_organization(qtbot, tab, "Justice Canada")
    shown = show_dialog(qtbot, monkeypatch)
    qtbot.mouseClick(tab.directory.edit_button, Qt.MouseButton.LeftButton)
    dialog = shown[0]
    assert dialog.article_fr.currentText() == "le"  # the demo's: « le ministère de la Justice Canada »
    assert dialog.article_fr.accessibleName() == "French article before the name (la GRC, le ministère)"
    activate(dialog, qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.article_fr)
    choose(qtbot, dialog.article_fr, "(no article)")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.directory.current().article_fr == "")
    assert "(en collaboration avec ministère de la Justice Canada)" in heading_of_webinar_2()

    shown.clear()
    qtbot.mouseClick(tab.directory.edit_button, Qt.MouseButton.LeftButton)
    choose(qtbot, shown[0].article_fr, "le")
    press_ok(qtbot, shown[0])
    qtbot.waitUntil(lambda: tab.directory.current().article_fr == "le")
    assert "(en collaboration avec le ministère de la Justice Canada), février 2022" in heading_of_webinar_2()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.directory.current().article_fr == "")
