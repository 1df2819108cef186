"""File ▸ Export, driven from the keyboard like a person would."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ocse_planner.export.agenda_xlsx import AgendaOptions
from ocse_planner.export.attendance_xlsx import AttendanceOptions
from ocse_planner.services.releases import list_releases
from ocse_planner.export.wording import DocumentLanguage
from ocse_planner.ui.common import dialogs
from ocse_planner.ui.files import export_menu
from ocse_planner.ui.files.export_options_dialog import AgendaOptionsDialog, AttendanceOptionsDialog, LanguageDialog
from tests.ui.keyboard import activate


def _open_export_menu(window, qtbot):
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(window.file_menu.menuAction()).center())
    qtbot.waitUntil(window.file_menu.isVisible)
    qtbot.keyClick(window.file_menu, Qt.Key.Key_X)  # E&xport
    qtbot.waitUntil(window.export_menu.menu.isVisible)
    return window.export_menu.menu


def _patch_common(monkeypatch, target: Path, proposed: list[str], opened: list):
    def save_path(parent, title, start="", file_filter=""):
        proposed.append(start)
        return str(target)

    monkeypatch.setattr(dialogs, "ask_save_path", save_path)
    monkeypatch.setattr(dialogs, "ask_open_choice", lambda parent, path: "file")
    monkeypatch.setattr(export_menu, "open_url", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(LanguageDialog, "ask", classmethod(lambda cls, parent, title: DocumentLanguage("en")))


def test_export_menu_lists_the_exports(window):
    texts = [a.text().replace("&", "") for a in window.export_menu.menu.actions() if a.text()]
    assert texts == ["Agenda…", "Agenda as PDF…", "Attendee summary…", "Report…", "Directories…", "Calendar…",
                     "Comparison…", "Release agenda…"]
    file_actions = window.file_menu.actions()
    assert window.export_menu.menu.menuAction() in file_actions
    assert file_actions.index(window.export_menu.print_action) == file_actions.index(
        window.export_menu.menu.menuAction()) + 1


def test_file_export_agenda_writes_the_workbook(window, qtbot, monkeypatch, tmp_path):
    target, proposed, opened = tmp_path / "agenda.xlsx", [], []
    _patch_common(monkeypatch, target, proposed, opened)
    monkeypatch.setattr(AgendaOptionsDialog, "ask",
                        classmethod(lambda cls, parent, releases: AgendaOptions(internal=True)))
    menu = _open_export_menu(window, qtbot)
    qtbot.keyClick(menu, Qt.Key.Key_A)  # &Agenda…
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert Path(proposed[0]).name == "OCSE-2022-agenda-internal.xlsx"  # an internal copy says so
    assert Path(proposed[0]).parent == window.state.db.path.parent
    assert opened == [str(target)]
    wb = load_workbook(target)
    assert wb.sheetnames == ["Series", "Webinar 1", "Webinar 2", "Webinar 3"]
    assert "Booking status" in [c.value for row in wb["Webinar 1"].iter_rows() for c in row]
    assert str(target) in window.statusBar().currentMessage()


def test_each_export_from_the_menu(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(AttendanceOptionsDialog, "ask",
                        classmethod(lambda cls, parent, settings: AttendanceOptions(min_cell=5)))
    for key, name, proposed_name in ((Qt.Key.Key_S, "att.xlsx", "OCSE-2022-attendance.xlsx"),
                                     (Qt.Key.Key_R, "rep.docx", "OCSE-2022-report.docx"),
                                     (Qt.Key.Key_D, "dir.xlsx", "OCSE-2022-directory.xlsx")):
        target, proposed, opened = tmp_path / name, [], []
        _patch_common(monkeypatch, target, proposed, opened)
        menu = _open_export_menu(window, qtbot)
        qtbot.keyClick(menu, key)
        qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
        assert Path(proposed[0]).name == proposed_name
        assert target.stat().st_size > 0


def test_export_failure_is_reported_with_the_file_name(window, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "missing" / "agenda.xlsx"
    errors = []
    _patch_common(monkeypatch, target, [], [])
    monkeypatch.setattr(AgendaOptionsDialog, "ask", classmethod(lambda cls, parent, releases: AgendaOptions()))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    window.export_menu.agenda_action.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert str(target) in errors[0] and "does not exist" in errors[0]
    assert not target.parent.exists()


def test_release_agenda_from_the_menu(window, qtbot, monkeypatch):
    infos = []
    monkeypatch.setattr(export_menu, "ask_release_note", lambda parent, hint: "sent to partners")
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: infos.append(text))
    menu = _open_export_menu(window, qtbot)
    qtbot.keyClick(menu, Qt.Key.Key_L)  # Re&lease agenda…
    qtbot.waitUntil(lambda: bool(infos))
    assert "Agenda release 1 recorded with 12 presentations" in infos[0]
    with window.state.db.read() as session:
        assert [(r.number, r.note) for r in list_releases(session, 1)] == [(1, "sent to partners")]


def test_agenda_options_dialog(qtbot):
    dialog = AgendaOptionsDialog([(1, "Release 1 of 2022-01-10"), (2, "Release 2 of 2022-01-20")])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.changes.currentData() == 2  # the latest release is proposed
    qtbot.mouseClick(dialog.internal, Qt.MouseButton.LeftButton, pos=dialog.internal.rect().center())
    dialog.changes.setFocus()
    qtbot.keyClick(dialog.changes, Qt.Key.Key_Up)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.options() == AgendaOptions(internal=True, changes_since=1)
    assert dialog.internal.accessibleName() and dialog.changes.accessibleName()


def test_the_agenda_is_exported_side_by_side_in_both_languages_when_chosen(window, qtbot, monkeypatch, tmp_path):
    """The language is chosen in the agenda's dialog; the bilingual agenda has English left
    and French right."""
    from openpyxl import load_workbook

    target, proposed, opened = tmp_path / "agenda.xlsx", [], []
    _patch_common(monkeypatch, target, proposed, opened)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)  # export although French is missing

    def choose(cls, parent, releases):
        dialog = cls(releases, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.language.currentText() == "English"  # the interface's language
        label = dialog.form.labelForField(dialog.language)
        assert label.text() == "Lan&guage:" and label.buddy() is dialog.language  # Alt+G
        dialog.language.setFocus()
        qtbot.keyClick(dialog.language, Qt.Key.Key_End)
        assert dialog.language.currentText() == "English and French, side by side"
        with qtbot.waitSignal(dialog.accepted):
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.options()

    monkeypatch.setattr(AgendaOptionsDialog, "ask", classmethod(choose))
    window.export_menu.agenda_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    sheet = load_workbook(target)["Webinar 1 - Webinaire 1"]
    assert sheet["A1"].value.startswith("Webinar 1: Reporting Mechanisms")
    assert sheet["F1"].value.startswith("Webinaire 1\u00a0: Mécanismes de signalement")


def test_attendance_options_dialog_remembers_the_threshold(qtbot, settings):
    dialog = AttendanceOptionsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.min_cell.value() == 0 and dialog.min_cell.text() == "off"
    dialog.min_cell.selectAll()
    qtbot.keyClicks(dialog.min_cell, "5")
    qtbot.mouseClick(dialog.names, Qt.MouseButton.LeftButton, pos=dialog.names.rect().center())
    assert dialog.options() == AttendanceOptions(min_cell=5, include_names=True)
    again = AttendanceOptionsDialog(settings)
    qtbot.addWidget(again)
    assert again.min_cell.value() == 5


def test_file_export_calendar_writes_every_presentation(window, qtbot, monkeypatch, tmp_path):
    from icalendar import Calendar

    target, proposed, opened = tmp_path / "calendar.ics", [], []
    _patch_common(monkeypatch, target, proposed, opened)
    menu = _open_export_menu(window, qtbot)
    qtbot.keyClick(menu, Qt.Key.Key_C)  # &Calendar…
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert Path(proposed[0]).name == "OCSE-2022-calendar.ics"
    events = [c for c in Calendar.from_ical(target.read_bytes()).walk("VEVENT")]
    assert len(events) == 12


def test_agenda_timing_problems_are_shown_before_the_file_is_written(window, qtbot, monkeypatch, tmp_path):
    from sqlalchemy import select

    from ocse_planner.db.models import Presentation, Webinar
    from ocse_planner.services import agenda

    with window.state.db.write() as s:  # the first talk pinned on top of the opening remarks
        talk = s.scalars(select(Presentation).join(Webinar).where(Webinar.number == 1, Presentation.position == 2)).one()
        agenda.set_fixed_start(s, talk.id, 0)
    target, proposed, opened = tmp_path / "agenda.xlsx", [], []
    _patch_common(monkeypatch, target, proposed, opened)
    monkeypatch.setattr(AgendaOptionsDialog, "ask", classmethod(lambda cls, parent, releases: AgendaOptions()))
    asked: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text, **k: asked.append(text) or next(answers))

    qtbot.keyClick(_open_export_menu(window, qtbot), Qt.Key.Key_A)
    assert len(asked) == 1 and "Webinar 1:" in asked[0] and "overlaps the item before it" in asked[0]
    assert proposed == [] and not target.exists()  # answered no: not even the file was asked for

    qtbot.keyClick(_open_export_menu(window, qtbot), Qt.Key.Key_A)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert len(asked) == 2
    notes = [c.value for row in load_workbook(target)["Webinar 1"].iter_rows() for c in row]
    assert "Overlaps the previous item by 10 minutes" in notes  # written, with the row noted


def test_file_export_agenda_as_pdf(window, qtbot, monkeypatch, tmp_path):
    from pypdf import PdfReader

    target, proposed, opened = tmp_path / "agenda.pdf", [], []
    _patch_common(monkeypatch, target, proposed, opened)
    monkeypatch.setattr(AgendaOptionsDialog, "ask", classmethod(lambda cls, parent, releases: AgendaOptions()))
    menu = _open_export_menu(window, qtbot)
    qtbot.keyClick(menu, Qt.Key.Key_P)  # Agenda as &PDF…
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert Path(proposed[0]).name == "OCSE-2022-agenda.pdf"
    assert opened == [str(target)] and target.read_bytes().startswith(b"%PDF")
    assert "Webinar 1: Reporting Mechanisms" in PdfReader(target).pages[1].extract_text()


def test_print_agenda_opens_a_temporary_pdf_in_the_viewer(window, qtbot, monkeypatch):
    opened, asked = [], []
    monkeypatch.setattr(export_menu, "open_url", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(LanguageDialog, "ask", classmethod(lambda cls, parent, title: DocumentLanguage("en")))
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: asked.append(a) or None)

    def options(cls, parent, releases, *, printing=False):
        assert printing
        return AgendaOptions(internal=True)

    monkeypatch.setattr(AgendaOptionsDialog, "ask", classmethod(options))
    activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # File ▸ Print agenda…
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    path = Path(opened[0])
    assert asked == []  # nothing to choose: a temporary file
    assert path.name == "OCSE-2022-agenda-internal.pdf" and path.read_bytes().startswith(b"%PDF")  # says so
    assert path.parent != window.state.db.path.parent
    assert "print it from there" in window.statusBar().currentMessage()


def test_print_agenda_without_a_viewer_says_where_the_pdf_is(window, qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr(export_menu, "open_url", lambda url: False)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(AgendaOptionsDialog, "ask",
                        classmethod(lambda cls, parent, releases, printing=False: AgendaOptions()))
    window.export_menu.print_action.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert "No PDF viewer" in errors[0] and ".pdf" in errors[0]


def test_print_dialog_says_print(qtbot):
    dialog = AgendaOptionsDialog([], printing=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Print agenda"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "&Print…"
