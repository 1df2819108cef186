"""Survey statements and sector names in French, typed in the Attendance tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from ocse_planner.db.models import Sector, SurveyResult
from ocse_planner.ui.attendance.figure_dialog import SurveyDialog
from ocse_planner.ui.common import dialogs
from tests.ui.attendance.test_attendance_tab import _column, _settle, _show_page
from tests.ui.keyboard import type_text


def test_a_survey_statement_is_edited_in_english_and_french_and_the_french_is_kept(window, qtbot, monkeypatch):
    tab = window.attendance_tab
    _show_page(window, tab.survey_page, qtbot)
    tab.survey.select_where(lambda r: r.percent_agree == 82)

    def edit(cls, parent, webinars, row):
        dialog = cls(webinars, row, parent)
        qtbot.addWidget(dialog)
        assert dialog.statement_fr.text().startswith("Ont acquis une meilleure compréhension")  # the demo's French
        assert dialog.statement_fr.accessibleName() == "Statement (French)"
        dialog.percent.setValue(84)  # only the figure changes
        return dialog.values()

    monkeypatch.setattr(SurveyDialog, "ask", classmethod(edit))
    qtbot.mouseClick(tab.survey_page.edit_button, Qt.MouseButton.LeftButton)
    _settle(tab, qtbot)
    with window.state.db.read() as session:
        result = session.scalar(select(SurveyResult).where(SurveyResult.position == 1))
        assert result.percent_agree == 84 and result.statement_fr.startswith("Ont acquis une meilleure compréhension")


def test_the_survey_form_takes_french_typed_with_accents(qtbot):
    dialog = SurveyDialog([(1, "Webinar 1")], None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.statement, "Would recommend the series")
    dialog.statement_fr.setFocus()
    type_text(dialog.statement_fr, "Recommanderaient la série")
    assert dialog.values().statement_fr == "Recommanderaient la série"


def test_a_sector_gets_its_french_name(window, qtbot, monkeypatch):
    tab = window.attendance_tab
    page = tab.sectors_page
    _show_page(window, page, qtbot)
    assert "Application de la loi" in _column(page.sector_view, 1)  # the defaults come in French
    page.sector_view.select_where(lambda r: r.name == "Education")
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label, text="": text.replace("É", "É") + " primaire")
    qtbot.mouseClick(page.french_sector_button, Qt.MouseButton.LeftButton)
    _settle(tab, qtbot)
    with window.state.db.read() as session:
        assert session.scalar(select(Sector.name_fr).where(Sector.name == "Education")) == "Éducation primaire"
    assert "Éducation primaire" in _column(page.sector_view, 1)
    assert window.undo_stack.undoText() == "French name of sector “Education”"
    window.undo_stack.undo()  # the French name the demo gave it, back

    def french() -> str | None:
        with window.state.db.read() as session:
            return session.scalar(select(Sector.name_fr).where(Sector.name == "Education"))

    qtbot.waitUntil(lambda: french() == "Éducation")
