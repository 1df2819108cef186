"""Attendance ▸ Compare editions driven like a person: open it, pick editions, read what
changed, hide small counts, export the workbook from the page and from File ▸ Export."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QEvent, QModelIndex, Qt

from ocse_planner.services.comparison import Section
from ocse_planner.services.errors import UserError
from ocse_planner.ui.attendance import compare_page
from ocse_planner.ui.common import dialogs
from ocse_planner.ui.main_window import tab_titles
from tests.services.editions import RETURNING_2023, demo_editions_file
from tests.ui.files.test_export_menu import _patch_common as _patch_export
from tests.ui.keyboard import activate


@pytest.fixture
def window(qtbot, settings, demo_path, tmp_path):  # type: ignore[no-untyped-def]
    """The real window on the demo with a second edition (2023) and attendance in both."""
    from ocse_planner.ui.main_window import MainWindow

    demo_editions_file(demo_path, tmp_path / "files")
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    assert win.open_path(demo_path)
    return win


def _settle(page, qtbot):
    qtbot.waitUntil(lambda: not page.pending(), timeout=10_000)


def _open(window, qtbot):
    """Alt+T (Attendance), Alt+U (its first page), then Ctrl+Shift+Tab to the last page,
    Compare editions, as on the keyboard."""
    activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    tab = window.attendance_tab
    qtbot.waitUntil(tab.isVisible)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(tab.pages, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = tab.compare_page
    assert tab.pages.tabText(tab.pages.currentIndex()) == "Compare editions"
    qtbot.waitUntil(page.isVisible)
    _settle(page, qtbot)
    qtbot.waitUntil(lambda: page.comparison is not None or page.editions_model.rowCount() > 0, timeout=10_000)
    _settle(page, qtbot)
    return page


def _row(model, label):
    for row in range(model.rowCount()):
        if model.index(row, 0).data().startswith(label):
            return [model.index(row, c).data() for c in range(model.columnCount())]
    raise AssertionError(f"no row {label!r}")


def _choose_measure(page, qtbot, title):
    page.measures.setFocus()
    qtbot.keyClick(page.measures, Qt.Key.Key_Home)
    for row in range(page.measures_model.rowCount()):
        if page.measures_model.index(row, 0).data().startswith(title):
            break
        qtbot.keyClick(page.measures, Qt.Key.Key_Down)
    assert page.measures.currentIndex().data().startswith(title)


def test_the_editions_of_the_series_are_compared_with_their_changes(window, qtbot, qtmodeltester):
    page = _open(window, qtbot)
    checked = [page.editions_model.item(r).checkState() for r in range(page.editions_model.rowCount())]
    assert checked == [Qt.CheckState.Checked, Qt.CheckState.Checked]  # same title: checked for you
    assert [e.year for e in page.comparison.editions] == [2022, 2023]
    model = page.table_model
    assert model.headerData(3, Qt.Orientation.Horizontal).replace("\n", " ") == "Change 2022–2023"
    assert _row(model, "Participants (reported)") == ["Participants (reported)", "611", "684", "+73", "+11.9 %"]
    assert _row(model, "Participants (counted")[1:3] == ["100", "107"]

    _choose_measure(page, qtbot, "Returning audience")
    assert _row(model, "Came back from the edition before")[1:4] == ["—", str(RETURNING_2023), "—"]
    assert "matched by e-mail address" in page.notes.text()
    qtmodeltester.check(model)

    _choose_measure(page, qtbot, "Survey")
    assert _row(model, "The information provided")[1:4] == ["close to 80.0 %", "81.0 %", "+1.0 pts"]
    # the charts draw the same figures, one bar per edition
    page.charts.setCurrentWidget(page.survey_chart)
    groups = dict(page.survey_chart.groups())
    assert groups["The information provided during the webinar would help inform their current or future work"] \
        == pytest.approx([80.0, 81.0])
    assert page.survey_chart.series_names() == ["2022", "2023"]
    assert "2023: 81 %" in page.survey_chart.accessibleDescription()
    participants = dict(page.participants_chart.groups())
    assert participants["Participants (reported)"] == [611.0, 684.0]
    assert page.sectors_chart.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_unchecking_an_edition_with_space_asks_for_two(window, qtbot):
    page = _open(window, qtbot)
    page.editions.setFocus()
    page.editions.setCurrentIndex(page.editions_model.index(1, 0))
    qtbot.keyClick(page.editions, Qt.Key.Key_Space)
    _settle(page, qtbot)
    assert page.selection()[0] == [1]
    assert page.comparison is None and page.table_model.rowCount() == 0
    assert "two or more editions" in page.notes.text()
    assert not page.export_button.isEnabled()
    qtbot.keyClick(page.editions, Qt.Key.Key_Space)  # and back
    _settle(page, qtbot)
    assert page.comparison is not None and page.export_button.isEnabled()


def test_small_counts_are_hidden_when_asked(window, qtbot):
    page = _open(window, qtbot)
    _choose_measure(page, qtbot, "Returning audience")
    page.min_cell.setFocus()
    qtbot.keyClick(page.min_cell, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.min_cell, "5")
    _settle(page, qtbot)
    assert page.comparison.min_cell == 5
    assert _row(page.table_model, "Not matchable")[1:4] == ["<5", "<5", "hidden"]
    assert _row(page.table_model, "Came back from the edition before")[2] == str(RETURNING_2023)
    assert "Counts below 5 are hidden" in page.notes.text()


def test_export_from_the_page_writes_what_it_shows(window, qtbot, monkeypatch, tmp_path):
    page = _open(window, qtbot)
    page.min_cell.setValue(5)
    _settle(page, qtbot)
    target, proposed, opened = tmp_path / "cmp.xlsx", [], []
    _patch_export(monkeypatch, target, proposed, opened)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    assert Path(proposed[0]).name == "OCSE-2022-2023-comparison.xlsx"
    wb = load_workbook(target)
    assert wb.sheetnames == ["Comparison", "Charts"] and len(wb["Charts"]._charts) == 3
    values = [[c.value for c in row] for row in wb["Comparison"].iter_rows()]
    assert ["Came back from the edition before", "—", RETURNING_2023, "—"] in [r[:4] for r in values]
    assert any(r[0] == "Not matchable: participants without an e-mail address" and r[1] == "<5" for r in values)


def test_file_export_comparison_from_the_menu(window, qtbot, monkeypatch, tmp_path):
    page = _open(window, qtbot)
    target, proposed, opened = tmp_path / "menu.xlsx", [], []
    _patch_export(monkeypatch, target, proposed, opened)
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(window.file_menu.menuAction()).center())
    qtbot.waitUntil(window.file_menu.isVisible)
    qtbot.keyClick(window.file_menu, Qt.Key.Key_X)  # E&xport
    qtbot.waitUntil(window.export_menu.menu.isVisible)
    qtbot.keyClick(window.export_menu.menu, Qt.Key.Key_O)  # C&omparison…
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    assert load_workbook(target)["Comparison"]["A1"].value == "Combatting Online Child Sexual Exploitation"
    assert page.isVisible()


def test_export_without_two_editions_says_what_to_do(window, qtbot, monkeypatch):
    page = _open(window, qtbot)
    page.set_checked([1])
    _settle(page, qtbot)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    window.export_menu.comparison_action.trigger()
    assert shown == ["Check two or more editions on Attendance ▸ Compare editions first."]


def test_a_failed_comparison_is_reported_and_leaves_no_stale_table(window, qtbot, monkeypatch):
    page = _open(window, qtbot)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))

    def refuse(session, ids, language="en"):  # type: ignore[no-untyped-def]
        raise UserError("The planner file is busy; try again.")

    monkeypatch.setattr(compare_page, "compare_editions", refuse)
    page.min_cell.setValue(3)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "busy" in shown[0]
    assert page.table_model.rowCount() == 0 and page.table_model.index(0, 0) == QModelIndex()


@pytest.fixture
def english_afterwards(qapp):  # type: ignore[no-untyped-def]
    """The application back in English after the test, as the other tests expect."""
    from PySide6.QtCore import QCoreApplication

    from ocse_planner.ui.app import install_translations

    yield
    install_translations(qapp, "en")
    QCoreApplication.sendPostedEvents()


def test_in_french_the_comparison_names_sectors_and_statements_in_french_and_exports_both(
        window, qtbot, monkeypatch, tmp_path, english_afterwards):
    from ocse_planner.export.wording import DocumentLanguage
    from ocse_planner.ui.files.export_options_dialog import LanguageDialog

    french = next(a for a in window.language_menu.actions() if a.data() == "fr")
    french.trigger()  # Langue ▸ Français, as a person picks it
    qtbot.waitUntil(lambda: tab_titles(window)[0] == "Séries")
    window.tabs.setCurrentWidget(window.attendance_tab)
    tab = window.attendance_tab
    page = tab.compare_page
    tab.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.comparison is not None, timeout=10_000)
    _settle(page, qtbot)
    assert page.comparison.language == "fr"
    assert _row(page.table_model, "Personnes participantes (déclarées)")[1:3] == ["611", "684"]
    _choose_measure(page, qtbot, "Secteurs de l'auditoire (part")
    assert _row(page.table_model, "Application de la loi")[1].startswith("30,4")
    assert _row(page.table_model, "Éducation")[3].startswith("+7,8")
    _choose_measure(page, qtbot, "Sondage")
    assert _row(page.table_model, "Les renseignements fournis")[1].startswith("près de 80")

    target, proposed, opened = tmp_path / "both.xlsx", [], []
    _patch_export(monkeypatch, target, proposed, opened)
    asked: list[str] = []
    monkeypatch.setattr(LanguageDialog, "ask", classmethod(
        lambda cls, parent, title: asked.append(title) or DocumentLanguage("fr", bilingual=True)))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    assert len(asked) == 1  # the document language was asked
    wb = load_workbook(target)
    assert wb.sheetnames == ["Comparison", "Charts", "Comparaison", "Graphiques"]
    assert wb["Comparaison"]["A1"].value == "Lutte contre l'exploitation sexuelle des enfants en ligne"


def test_export_asks_the_language_and_a_cancel_writes_nothing(window, qtbot, monkeypatch, tmp_path):
    from ocse_planner.ui.files.export_options_dialog import LanguageDialog

    page = _open(window, qtbot)
    target, proposed, opened = tmp_path / "none.xlsx", [], []
    _patch_export(monkeypatch, target, proposed, opened)
    monkeypatch.setattr(LanguageDialog, "ask", classmethod(lambda cls, parent, title: None))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert proposed == [] and not target.exists()


def test_an_open_page_reads_the_organizers_texts_again_after_a_language_change(window, qtbot, qapp,
                                                                                english_afterwards):
    from PySide6.QtCore import QCoreApplication

    from ocse_planner.ui.app import install_translations

    page = _open(window, qtbot)
    assert page.editions_model.item(0).text() == "2022 · Combatting Online Child Sexual Exploitation"
    install_translations(qapp, "fr")  # the page itself, not rebuilt: it gets LanguageChange
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    qtbot.waitUntil(lambda: page.comparison is not None and page.comparison.language == "fr", timeout=10_000)
    _settle(page, qtbot)
    assert page.editions_model.item(0).text() == "2022 · Lutte contre l'exploitation sexuelle des enfants en ligne"
    assert [page.editions_model.item(r).checkState() for r in range(2)] == [Qt.CheckState.Checked] * 2
    assert page.comparison.table(Section.SECTORS).rows[0].label == "Application de la loi"
