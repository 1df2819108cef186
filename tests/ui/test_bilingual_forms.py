"""English and French together in the forms: French typed in a form is saved, kept when the
English changes, and printed by the French documents."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import select

from ocse_planner.db.models import Person, Presentation, Series, Webinar
from ocse_planner.export.agenda_content import AgendaOptions
from ocse_planner.export.agenda_xlsx import export_agenda
from ocse_planner.export.wording import DocumentLanguage
from ocse_planner.ui.common.bilingual_fields import BilingualLine
from ocse_planner.ui.partners.organization_dialog import OrganizationDialog
from ocse_planner.ui.sessions.agenda_model import TITLE_FR
from tests.ui.keyboard import activate, edit_cell, type_text


def type_french(qtbot, widget, text: str, *, finish: bool = True) -> None:
    """Type `text` key by key (accents included: QTest's keyClicks cannot type "é"), over
    what the field holds, then press Return, as a person with a French keyboard would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(widget, text)
    if finish:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def _webinar(window, number: int) -> Webinar:
    with window.state.db.read() as session:
        webinar = session.scalar(select(Webinar).where(Webinar.number == number))
        session.expunge(webinar)
        return webinar


def test_a_french_title_typed_in_the_webinar_form_is_saved_kept_and_printed(window, qtbot, tmp_path):
    activate(window, qtbot)
    window.tabs.setCurrentWidget(window.sessions_tab)
    tab = window.sessions_tab
    form = tab.form
    assert form.titles.french is form.title_fr and form.title_fr.accessibleName() == "Webinar title (French)"
    type_french(qtbot, form.title_fr, "Mécanismes de signalement et tendances émergentes")
    qtbot.waitUntil(lambda: _webinar(window, 1).title_fr == "Mécanismes de signalement et tendances émergentes")
    assert window.undo_stack.undoText() == "Change the French title of webinar 1"
    type_french(qtbot, form.theme_fr, "Le thème en français", finish=False)
    form.title.setFocus()  # leaving the theme ends its edit
    qtbot.waitUntil(lambda: _webinar(window, 1).theme_fr == "Le thème en français")
    assert window.undo_stack.undoText() == "Change the French theme of webinar 1"
    type_french(qtbot, form.title, "Reporting Mechanisms")  # the English changes, the French stays
    qtbot.waitUntil(lambda: _webinar(window, 1).title == "Reporting Mechanisms")
    assert _webinar(window, 1).title_fr == "Mécanismes de signalement et tendances émergentes"

    with window.state.db.read() as session:
        export_agenda(session, 1, tmp_path / "a.xlsx", AgendaOptions(languages=DocumentLanguage("fr")))
    sheet = load_workbook(tmp_path / "a.xlsx")["Webinaire 1"]
    assert sheet["A1"].value == "Webinaire 1\u00a0: Mécanismes de signalement et tendances émergentes"
    window.undo_stack.undo()  # the English rename
    window.undo_stack.undo()  # the theme
    window.undo_stack.undo()  # the French title, back to what it was
    qtbot.waitUntil(lambda: _webinar(window, 1).title_fr.startswith("Mécanismes de signalement, outils"))  # the demo's


def test_series_form_keeps_french_title_and_programme(window, qtbot):
    activate(window, qtbot)
    form = window.series_tab.form
    assert isinstance(form.titles, BilingualLine) and form.focus_chain()[:2] == (form.title, form.title_fr)
    type_french(qtbot, form.title_fr, "Lutte contre l'exploitation sexuelle des enfants en ligne")
    type_french(qtbot, form.programme_fr, "Stratégie nationale pour la protection des enfants")

    def stored() -> tuple[str | None, str | None]:
        with window.state.db.read() as session:
            series = session.scalars(select(Series)).first()
            return series.title_fr, series.programme_fr

    qtbot.waitUntil(lambda: stored() == ("Lutte contre l'exploitation sexuelle des enfants en ligne",
                                         "Stratégie nationale pour la protection des enfants"))
    title = form.title.text()
    assert window.undo_stack.undoText() == f"Change the French programme of series “{title}”"
    type_french(qtbot, form.title_fr, "Lutte contre l'exploitation sexuelle des enfants")
    qtbot.waitUntil(lambda: stored()[0] == "Lutte contre l'exploitation sexuelle des enfants")
    assert window.undo_stack.undoText() == f"Change the French title of series “{title}”"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: form.title_fr.text() == "Lutte contre l'exploitation sexuelle des enfants en ligne")
    assert stored()[0] == "Lutte contre l'exploitation sexuelle des enfants en ligne"


def test_a_french_title_of_an_agenda_item_is_edited_in_its_own_column(window, qtbot):
    activate(window, qtbot)
    window.tabs.setCurrentWidget(window.sessions_tab)
    panel = window.sessions_tab.agenda
    assert panel.model.headerData(TITLE_FR, Qt.Orientation.Horizontal) == "French title"
    edit_cell(qtbot, panel.table, panel.model.index(1, TITLE_FR), "Cote police : donnees declarees")
    qtbot.waitUntil(lambda: panel.model.index(1, TITLE_FR).data() == "Cote police : donnees declarees")
    assert window.undo_stack.undoText().startswith("Change the French title of “")
    with window.state.db.read() as session:
        item = session.scalar(select(Presentation).where(Presentation.webinar_id == _webinar(window, 1).id,
                                                         Presentation.position == 2))
        assert item.title_fr == "Cote police : donnees declarees" and not item.placeholder


def test_the_organization_dialog_takes_the_official_french_name(window, qtbot):
    saved = []
    dialog = OrganizationDialog(None, [], lambda data, _dialog: saved.append(data) or True)
    qtbot.addWidget(dialog)
    dialog.show()
    for edit, text in ((dialog.name, "Royal Canadian Mounted Police"), (dialog.name_fr, "Gendarmerie royale du Canada"),
                       (dialog.acronym, "RCMP")):
        type_french(qtbot, edit, text, finish=False)
    type_french(qtbot, dialog.acronym_fr, "GRC")  # Return: OK
    assert saved and (saved[0].name_fr, saved[0].acronym_fr) == ("Gendarmerie royale du Canada", "GRC")
    assert dialog.name_fr.accessibleName() == "Name (French)"


def test_the_person_editor_saves_a_french_job_title(window, qtbot):
    activate(window, qtbot)
    window.tabs.setCurrentWidget(window.presenters_tab)
    editor = window.presenters_tab.editor
    window.presenters_tab.people.select_where(lambda r: r.family_name == "Ibrahim")
    qtbot.waitUntil(lambda: editor.family_name.text() == "Ibrahim")
    def stored() -> str | None:
        with window.state.db.read() as session:
            return session.scalar(select(Person.job_title_fr).where(Person.family_name == "Ibrahim"))

    before = stored()
    type_french(qtbot, editor.job_title_fr, "Analyste et gestionnaire d'enquêtes")  # Return ends the edit: saved
    qtbot.waitUntil(lambda: stored() == "Analyste et gestionnaire d'enquêtes")
    assert window.undo_stack.undoText().startswith("Change the French job title of ")
    assert editor.job_title_fr.text() == "Analyste et gestionnaire d'enquêtes" and not editor.is_dirty()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: stored() == before)
    qtbot.waitUntil(lambda: editor.job_title_fr.text() == (before or ""))
