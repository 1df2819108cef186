"""The Attendance tab driven like a person: import through the dialog, see the figures
and charts change, fix problems, map an unknown layout, edit survey results, purge."""

from __future__ import annotations

import csv
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ocse_planner.importers import ImportCancelled
from ocse_planner.services import import_process
from ocse_planner.ui.attendance import import_dialog
from ocse_planner.ui.attendance.figure_dialog import SurveyDialog, SurveyValues
from ocse_planner.ui.attendance.mapping_dialog import MappingDialog
from ocse_planner.ui.common import dialogs
from tests.services.attendance_files import WEBINAR_1, write_template


def _settle(tab, qtbot):
    """The tab reads its figures on a worker after every change: wait for them."""
    qtbot.waitUntil(lambda: not tab.figures_pending(), timeout=5000)


def _column(view, column):
    return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]


def _show_page(window, page, qtbot=None):
    window.tabs.setCurrentWidget(window.attendance_tab)
    window.attendance_tab.pages.setCurrentWidget(page)
    assert page.isVisible()
    if qtbot is not None:
        _settle(window.attendance_tab, qtbot)


def _open_import(window, qtbot, monkeypatch, path, *, wait=True):
    monkeypatch.setattr(dialogs, "ask_attendance_file", lambda *a, **k: str(path))
    tab = window.attendance_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog = tab.import_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    if wait:
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)  # a child process reads it
    return tab, dialog


def test_import_through_the_dialog_updates_the_tables_and_charts(window, qtbot, monkeypatch, tmp_path):
    tab, dialog = _open_import(window, qtbot, monkeypatch, write_template(tmp_path / "w1.csv", WEBINAR_1))
    assert dialog.preview.model.rowCount() == 4
    assert set(_column(dialog.preview, 0)) == {"added"}
    assert dialog.import_button.isEnabled() and not dialog.valid_only_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    _settle(window.attendance_tab, qtbot)

    assert _column(tab.webinars, 1)[0] == "4"  # registered
    assert _column(tab.webinars, 2)[0] == "3"  # attended
    assert _column(tab.webinars, 3)[0].startswith("75")
    assert "611 reported · 3 counted from imported records" in tab.participants.text()
    assert "Unique participants (by e-mail): 3" in tab.totals.text()
    assert tab.webinar_chart.bars()[0] == ("Webinar 1", 3.0)
    sector_bars = dict(tab.sector_chart.bars())
    assert sector_bars["Law enforcement"] == 1 and sector_bars["Federal government"] == 1
    assert "Law enforcement: 1" in tab.sector_chart.accessibleDescription()
    assert tab.sector_chart.focusPolicy() == Qt.FocusPolicy.StrongFocus

    qtbot.waitUntil(lambda: tab.attendees.model.total() == 4, timeout=5000)
    qtbot.keyClicks(tab.attendees.search, "police")
    assert tab.attendees.model.rowCount() == 1
    assert tab.attendees.model.index(0, 1).data() == "Dayna Boyko"


def test_a_bad_row_blocks_import_lists_problems_to_copy_and_save(window, qtbot, monkeypatch, tmp_path):
    bad = write_template(tmp_path / "bad.csv", WEBINAR_1 + ["Bad Row,not-an-email,,,yes,3"])
    tab, dialog = _open_import(window, qtbot, monkeypatch, bad)
    assert not dialog.import_button.isEnabled()
    assert dialog.valid_only_button.isEnabled()
    problems = dialog.problems
    assert dialog.pages.currentWidget() is problems
    assert _column(problems.view, 1) == ["6"]

    problems.view.table.selectRow(0)
    problems.view.table.setFocus()
    qtbot.keyClick(problems.view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "File\tRow\tColumn\tProblem"
    assert copied[1].startswith("bad.csv\t6\temail\t")

    target = tmp_path / "problems.csv"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(target))
    qtbot.mouseClick(problems.save_button, Qt.MouseButton.LeftButton)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][:3] == ["bad.csv", "6", "email"]

    qtbot.mouseClick(dialog.valid_only_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    _settle(window.attendance_tab, qtbot)
    assert _column(tab.webinars, 1)[0] == "4"


def test_an_unknown_layout_is_mapped_once_and_remembered(window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "custom.csv"
    path.write_text("Who,Mail,Time spent\nAna Costa,ana@ps-sp.gc.ca,12\n", encoding="utf-8")
    asked = []

    def answer(parent, file_name, headers):
        asked.append(headers)
        return {"name": "Who", "email": "Mail", "minutes": "Time spent"}

    monkeypatch.setattr(MappingDialog, "ask", answer)
    _tab, dialog = _open_import(window, qtbot, monkeypatch, path)
    assert asked == [["Who", "Mail", "Time spent"]]
    assert dialog.plan.preview[0].minutes == 12
    dialog.reject()

    _tab, again = _open_import(window, qtbot, monkeypatch, path)
    assert again.plan is not None and len(asked) == 1  # remembered: not asked again


def test_the_mapping_dialog_guesses_columns_and_needs_a_name_or_email(qtbot):
    dialog = MappingDialog("custom.csv", ["Who", "Courriel", "Durée (min)", "Organisme"])
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {"email": "Courriel", "minutes": "Durée (min)", "organization": "Organisme"}
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.combos["email"].setCurrentIndex(0)
    assert not ok.isEnabled()
    dialog.combos["name"].setCurrentIndex(dialog.combos["name"].findText("Who"))
    assert ok.isEnabled() and dialog.mapping()["name"] == "Who"


def test_reading_can_be_stopped(window, qtbot, monkeypatch, tmp_path):
    def slow_parse(path, *, cancel, **kwargs):
        while not cancel():
            time.sleep(0.01)
        raise ImportCancelled()

    monkeypatch.setattr(import_dialog, "READ_IN_THREAD", True)  # the patched parser runs here
    monkeypatch.setattr(import_process, "parse_report", slow_parse)
    monkeypatch.setattr(dialogs, "ask_attendance_file", lambda *a, **k: str(tmp_path / "big.csv"))
    tab = window.attendance_tab
    window.tabs.setCurrentWidget(tab)
    tab.open_import_dialog()
    dialog = tab.import_dialog
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible() and dialog.cancel_task_button.isVisible()
    qtbot.mouseClick(dialog.cancel_task_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Stopped" in dialog.status.text(), timeout=5000)
    assert not dialog.import_button.isEnabled()


def test_a_hidden_tab_refreshes_when_shown(window, qtbot, tmp_path):
    from ocse_planner.services.attendance_admin import set_participants_reported

    tab = window.attendance_tab
    window.tabs.setCurrentWidget(tab)
    _settle(tab, qtbot)
    assert "611" in tab.participants.text()
    window.tabs.setCurrentWidget(window.series_tab)
    with window.state.db.write() as session:
        set_participants_reported(session, window.state.series_id, None, 700)
    window.state.notify_changed()
    assert "611" in tab.participants.text()  # hidden: not re-read yet
    window.tabs.setCurrentWidget(tab)
    _settle(tab, qtbot)
    assert "700" in tab.participants.text()


def test_file_menu_opens_the_import_dialog(window):
    window.import_attendance_action.trigger()
    assert window.tabs.currentWidget() is window.attendance_tab
    assert window.attendance_tab.import_dialog.isVisible()


def test_editing_a_survey_result(window, qtbot, monkeypatch):
    tab = window.attendance_tab
    _show_page(window, tab.survey_page, qtbot)
    tab.survey.select_where(lambda r: r.percent_agree == 82)
    monkeypatch.setattr(SurveyDialog, "ask", classmethod(
        lambda cls, parent, webinars, row: SurveyValues(None, row.statement, 140, 84.0, False)))
    qtbot.mouseClick(tab.survey_page.edit_button, Qt.MouseButton.LeftButton)
    _settle(tab, qtbot)
    assert _column(tab.survey, 2) == ["84%", "close to 80%"]
    assert _column(tab.survey, 3)[0] == "140"


def test_the_survey_form_returns_what_was_typed(qtbot):
    dialog = SurveyDialog([(1, "Webinar 1")], None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.statement, "Would recommend the series")
    dialog.percent.setValue(91.5)
    qtbot.mouseClick(dialog.approximate, Qt.MouseButton.LeftButton)
    dialog.webinar.setCurrentIndex(1)
    assert dialog.values() == SurveyValues(1, "Would recommend the series", None, 91.5, True)


def test_download_template_and_remove_personal_data(window, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "template.csv"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(target))
    tab = window.attendance_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.template_button, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8-sig").startswith("name,email,organization,sector,attended,minutes")

    _tab, dialog = _open_import(window, qtbot, monkeypatch, write_template(tmp_path / "w1.csv", WEBINAR_1))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.attendees.model.total() == 4, timeout=5000)
    questions = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: questions.append(a[2]) or True)
    qtbot.mouseClick(tab.purge_button, Qt.MouseButton.LeftButton)
    assert "4 attendance records" in questions[0]
    qtbot.waitUntil(lambda: tab.attendees.model.total() == 4
                    and tab.attendees.model.index(0, 2).data() == "(removed)", timeout=5000)
    assert _column(tab.webinars, 2)[0] == "3"  # aggregates kept


def test_models_pass_the_model_tester(window, qtbot, qtmodeltester, monkeypatch, tmp_path):
    tab = window.attendance_tab
    _tab, dialog = _open_import(window, qtbot, monkeypatch, write_template(tmp_path / "w1.csv", WEBINAR_1))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.attendees.model.total() == 4, timeout=5000)
    qtmodeltester.check(tab.sector_model)
    qtmodeltester.check(tab.attendees.model)
    qtmodeltester.check(tab.webinars.model)
    tab.attendees.model.sort(1, Qt.SortOrder.DescendingOrder)
    assert tab.attendees.model.index(0, 1).data() == "Sam Okafor"


def test_sector_rules_are_edited_and_applied_to_unclassified(window, qtbot, monkeypatch, tmp_path):
    from ocse_planner.db.enums import SectorRuleKind
    from ocse_planner.ui.attendance.sectors_panel import RuleDialog

    tab = window.attendance_tab
    _tab, dialog = _open_import(window, qtbot, monkeypatch, write_template(tmp_path / "w1.csv", WEBINAR_1))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    _settle(window.attendance_tab, qtbot)
    page = tab.sectors_page
    _show_page(window, page, qtbot)
    assert page.rule_view.model.rowCount() > 10  # the default rules came with the first import
    assert _column(tab.unclassified_page.view, 0) == ["example.net", "okafor.example.com"]

    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Private sector")
    qtbot.mouseClick(page.add_sector_button, Qt.MouseButton.LeftButton)
    _settle(tab, qtbot)
    assert "Private sector" in _column(page.sector_view, 0)
    private = next(sid for sid, name in page.sectors if name == "Private sector")
    monkeypatch.setattr(RuleDialog, "ask", classmethod(
        lambda cls, parent, sectors, rule: (SectorRuleKind.EMAIL_DOMAIN, "okafor.example.com", private)))
    qtbot.mouseClick(page.add_rule_button, Qt.MouseButton.LeftButton)
    _settle(tab, qtbot)
    assert "okafor.example.com" in _column(page.rule_view, 1)
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    _settle(tab, qtbot)
    assert page.result.text().startswith("1 ")
    assert _column(tab.unclassified_page.view, 0) == ["example.net"]


def test_assigning_a_sector_to_an_unclassified_group(window, qtbot, monkeypatch, tmp_path):
    tab = window.attendance_tab
    _tab, dialog = _open_import(window, qtbot, monkeypatch, write_template(tmp_path / "w1.csv", WEBINAR_1))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    _settle(window.attendance_tab, qtbot)
    page = tab.unclassified_page
    _show_page(window, page, qtbot)
    page.view.select_where(lambda g: g.domain == "example.net")
    page.sector.setCurrentIndex(page.sector.findText("Education"))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    _settle(tab, qtbot)
    assert _column(page.view, 0) == ["okafor.example.com"]
    assert dict(tab.sector_chart.bars())["Education"] == 1


def test_a_file_that_is_not_a_report_is_refused_with_its_name(window, qtbot, monkeypatch, tmp_path):
    garbage = tmp_path / "photo.csv"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    _tab, dialog = _open_import(window, qtbot, monkeypatch, garbage, wait=False)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "photo.csv" in errors[0]
    assert dialog.plan is None and not dialog.import_button.isEnabled()


def test_entering_a_sector_count_and_the_reported_total(window, qtbot, monkeypatch):
    from ocse_planner.ui.attendance.figure_dialog import SectorCountDialog, SectorCountValues

    tab = window.attendance_tab
    page = tab.figures_page
    _show_page(window, page, qtbot)
    law = next(sid for sid, name in page.sectors if name == "Law enforcement")
    monkeypatch.setattr(SectorCountDialog, "ask", classmethod(
        lambda cls, parent, webinars, sectors: SectorCountValues(None, law, 150)))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    _settle(tab, qtbot)
    assert "150" in _column(page.view, 2)
    law_row = next(r for r in range(tab.sector_model.rowCount()) if tab.sector_model.index(r, 0).data() == "Law enforcement")
    assert tab.sector_model.index(law_row, tab.sector_model.columnCount() - 1).data() == "150"
    assert page.reported.value() == 611
    page.reported.clear()
    qtbot.keyClicks(page.reported, "640")
    qtbot.mouseClick(page.save_reported_button, Qt.MouseButton.LeftButton)
    _settle(tab, qtbot)
    assert "640" in tab.participants.text()
    page.reported_target.setCurrentIndex(2)  # webinar 2
    assert page.reported.text() == "not reported"
    page.reported.clear()
    qtbot.keyClicks(page.reported, "210")
    qtbot.mouseClick(page.save_reported_button, Qt.MouseButton.LeftButton)
    _settle(tab, qtbot)
    assert _column(tab.webinars, 5) == ["", "210", ""]
    assert page.reported_target.currentIndex() == 2 and page.reported.value() == 210


def test_stop_and_close_end_the_reading_process(window, qtbot, monkeypatch, tmp_path):
    tab, dialog = _open_import(window, qtbot, monkeypatch, write_template(tmp_path / "w1.csv", WEBINAR_1),
                               wait=False)
    job = dialog.job
    assert dialog.cancel_task_button.isVisible()
    qtbot.mouseClick(dialog.cancel_task_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Stopped" in dialog.status.text(), timeout=5000)
    assert not job.alive and not dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)  # read again, to the preview
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5000)
    job = dialog.job
    assert job.alive  # holds the plan until Import or Cancel
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and not job.alive
    _settle(tab, qtbot)
    assert _column(tab.webinars, 1)[0] == ""  # nothing stored: no registrations yet


def _import(window, qtbot, monkeypatch, path):
    tab, dialog = _open_import(window, qtbot, monkeypatch, path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    return tab


def test_undo_of_an_import_that_updated_records_restores_them_exactly(window, qtbot, monkeypatch, tmp_path):
    from tests.services.test_clone import dump

    db = window.state.db
    _import(window, qtbot, monkeypatch, write_template(tmp_path / "first.csv", WEBINAR_1[:2]))
    after_first = dump(db)
    _import(window, qtbot, monkeypatch, write_template(tmp_path / "second.csv", [
        "Dayna Boyko,dayna.boyko@torontopolice.on.ca,Toronto Police Service,,yes,75",  # 50 minutes before
        "Sam Okafor,sam@okafor.example.com,Okafor Consulting,,yes,12",  # new
    ]))
    assert window.undo_stack.undoText().startswith("Import second.csv into 2022:1 ")
    after_second = dump(db)
    assert after_second != after_first

    window.undo_action.trigger()  # an import is undone on a worker, behind a progress dialog
    qtbot.waitUntil(lambda: window.undo_stack.canRedo() and not window.history.busy, timeout=10_000)
    assert dump(db) == after_first  # Dayna's 50 minutes back, Ana back, Sam gone
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: not window.undo_stack.canRedo() and not window.history.busy, timeout=10_000)
    assert dump(db) == after_second


def test_undo_of_an_import_over_a_record_changed_elsewhere_says_reload(window, qtbot, monkeypatch, tmp_path):
    from sqlalchemy import text

    from tests.services.test_clone import dump

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, message: shown.append(message))
    db = window.state.db
    _import(window, qtbot, monkeypatch, write_template(tmp_path / "w1.csv", WEBINAR_1[:2]))
    with db.engine.begin() as other:  # another program corrects a record meanwhile
        other.execute(text("UPDATE attendance_record SET minutes_attended = 99 "
                           "WHERE id = (SELECT MAX(id) FROM attendance_record)"))
    state = dump(db)
    assert window.undo_stack.undoText().startswith("Import w1.csv into ")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert len(shown) == 1 and "changed elsewhere" in shown[0] and "Reload" in shown[0]
    assert dump(db) == state  # nothing overwritten, nothing deleted
    assert not window.undo_stack.canUndo()


def test_a_person_on_two_devices_is_previewed_and_averaged_for_the_time_present(window, qtbot, monkeypatch,
                                                                                 tmp_path):
    path = tmp_path / "zoom.csv"
    path.write_text(
        "Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes)\n"
        'Yes,Ana Costa,ana@ps-sp.gc.ca,"01/25/2022 01:00:00 PM","01/25/2022 02:00:00 PM",60\n'
        'Yes,Bo Li,bo@ps-sp.gc.ca,"01/25/2022 01:00:00 PM","01/25/2022 01:20:00 PM",20\n'
        'Yes,Ana Costa,ana@ps-sp.gc.ca,"01/25/2022 01:00:00 PM","01/25/2022 02:00:00 PM",60\n'
        'Yes,Bo Li,bo@ps-sp.gc.ca,"01/25/2022 01:30:00 PM","01/25/2022 01:50:00 PM",20\n',
        encoding="utf-8")
    tab, dialog = _open_import(window, qtbot, monkeypatch, path)
    assert dict(zip(_column(dialog.preview, 1), _column(dialog.preview, 6), strict=True)) == {
        "Ana Costa": "60", "Bo Li": "40"}  # laptop and phone for one hour; two visits
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    _settle(window.attendance_tab, qtbot)
    assert (_column(tab.webinars, 2)[0], _column(tab.webinars, 4)[0]) == ("2", "50.0")
