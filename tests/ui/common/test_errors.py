"""The window's one error route: user errors marked or boxed, faults logged and shown once.

A fault is provoked where it happens in real use — inside a worker, in a slot on the UI
thread, on another thread, inside an undoable edit — and the test checks the log file
holds its traceback and exactly one "Something went wrong" dialog says what failed,
that the planner file is safe, and where the log is.
"""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from ocse_planner import logs
from ocse_planner.services.errors import ConflictError, FieldProblem, ValidationError
from ocse_planner.ui.common import dialogs, errors, field_marks, operations
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.tasks import Cancelled, run_task


def fault_dialogs() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if w.objectName() == "unexpectedErrorDialog" and w.isVisible()]


@pytest.fixture
def log_file(tmp_path):
    path = logs.configure_file_logging(tmp_path)
    yield path
    logs.reset()


@pytest.fixture
def boxes(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def form(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    fields = {"title": QLineEdit(widget), "year": QLineEdit(widget)}
    message = QLabel(widget)
    widget.show()
    return widget, fields, message


def logged_faults(path) -> int:
    return path.read_text(encoding="utf-8").count("failed unexpectedly")


# --- user errors -----------------------------------------------------------------------

def test_an_error_naming_fields_marks_them_and_says_why_on_the_form(form, boxes):
    widget, fields, message = form
    error = ValidationError.of([
        FieldProblem("The title is required.", field="title"),
        FieldProblem("The year {year} is not between 1900 and 9999.", field="year", year=20),
    ])
    errors.report(widget, error, "Not saved", fields=fields, message=message)
    assert [field_marks.marked(f) for f in fields.values()] == ["error", "error"]
    assert fields["year"].accessibleDescription() == "The year 20 is not between 1900 and 9999."
    assert message.text() == "The title is required.\nThe year 20 is not between 1900 and 9999."
    assert widget.focusWidget() is fields["title"]
    assert boxes == []  # the form says it; no box on top


def test_an_error_naming_no_field_is_one_box(form, boxes):
    widget, fields, message = form
    field_marks.mark(fields["title"], "old")
    errors.report(widget, ConflictError("{name} is booked on {count} presentation(s).", name="Ada", count=2),
                  "Person not deleted", fields=fields, message=message)
    assert boxes == [("Person not deleted", "Ada is booked on 2 presentation(s).")]
    assert message.text() == ""


def test_a_form_without_a_message_line_gets_the_mark_and_a_box(form, boxes):
    widget, fields, _message = form
    errors.report(widget, ValidationError("The title is required.", field="title"), "Not saved", fields=fields)
    assert field_marks.marked(fields["title"]) == "error" and field_marks.marked(fields["year"]) == ""
    assert boxes == [("Not saved", "The title is required.")]


def test_a_cancel_is_not_an_error(form, boxes):
    errors.report(form[0], Cancelled(), "Export")
    assert boxes == [] and fault_dialogs() == []


def test_a_user_error_in_a_worker_without_a_handler_is_one_box(qtbot, boxes):
    def work(_progress):
        raise ConflictError("A series “{title}” already exists for {year}.", title="OCSE", year=2023)

    task = run_task(work, what="Cloning")
    qtbot.waitUntil(lambda: task.done)
    assert boxes == [("Cloning", "A series “OCSE” already exists for 2023.")]
    assert fault_dialogs() == []


# --- faults ----------------------------------------------------------------------------

@pytest.mark.fault_expected
def test_a_fault_in_a_worker_is_logged_and_shown_once(qtbot, log_file, boxes):
    cleaned_up = []

    def read_the_figures(_progress):
        return {}["webinar 4"]  # a KeyError: a LookupError, yet not the user's doing

    task = run_task(read_the_figures, lambda _result: None, cleaned_up.append, what="Reading the figures")
    qtbot.waitUntil(lambda: task.done)
    qtbot.waitUntil(lambda: len(fault_dialogs()) == 1)
    QApplication.processEvents()
    [dialog] = fault_dialogs()
    assert "Reading the figures" in dialog.text() and "KeyError" in dialog.text()
    assert "planner file is safe" in dialog.informativeText()
    assert str(log_file) in dialog.informativeText()
    assert "in read_the_figures" in dialog.detailedText()
    text = log_file.read_text(encoding="utf-8")
    assert "Reading the figures failed unexpectedly" in text
    assert "Traceback" in text and "in read_the_figures" in text and "KeyError: 'webinar 4'" in text
    assert logged_faults(log_file) == 1
    assert len(cleaned_up) == 1 and boxes == []  # the caller restored its view; no second message


@pytest.mark.fault_expected
def test_a_handler_that_reports_the_fault_itself_does_not_make_it_twice(qtbot, log_file, boxes):
    def work(_progress):
        raise RuntimeError("disk controller on fire")

    task = run_task(work, None, lambda exc: errors.report(None, exc, "Attendance figures"), what="Reading")
    qtbot.waitUntil(lambda: task.done)
    qtbot.waitUntil(lambda: len(fault_dialogs()) == 1)
    QApplication.processEvents()
    assert len(fault_dialogs()) == 1 and logged_faults(log_file) == 1 and boxes == []


@pytest.mark.fault_expected
def test_faults_while_the_dialog_is_open_are_counted_not_stacked(qtbot, log_file):
    for number in range(3):
        errors.report_unexpected(RuntimeError(f"paint failed {number}"), "Drawing the chart")
    qtbot.waitUntil(lambda: len(fault_dialogs()) == 1)
    qtbot.wait(50)
    [dialog] = fault_dialogs()
    assert "paint failed 0" in dialog.text()
    assert "2 more faults" in dialog.informativeText()
    assert logged_faults(log_file) == 3


@pytest.mark.qt_no_exception_capture
@pytest.mark.fault_expected
def test_a_fault_on_the_ui_thread_goes_through_the_excepthook(qtbot, log_file, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    errors.install_excepthooks()
    button = QPushButton("Recalculate")
    qtbot.addWidget(button)

    def recalculate() -> None:
        raise ZeroDivisionError("no webinars to average over")

    button.clicked.connect(recalculate)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(fault_dialogs()) == 1)
    qtbot.wait(50)
    [dialog] = fault_dialogs()
    assert "ZeroDivisionError: no webinars to average over" in dialog.text()
    assert "in recalculate" in log_file.read_text(encoding="utf-8")
    assert logged_faults(log_file) == 1 and len(fault_dialogs()) == 1


@pytest.mark.qt_no_exception_capture
@pytest.mark.fault_expected
def test_a_fault_on_another_thread_reaches_the_window(qtbot, log_file, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    errors.install_excepthooks()

    def watch_the_folder() -> None:
        raise OSError("inotify limit reached")

    thread = threading.Thread(target=watch_the_folder, name="folder watcher")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(fault_dialogs()) == 1)
    [dialog] = fault_dialogs()
    assert "folder watcher" in dialog.text() and "inotify limit reached" in dialog.text()
    assert "in watch_the_folder" in log_file.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_a_user_error_nothing_caught_is_still_shown_as_the_users(qtbot, monkeypatch, boxes):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    errors.install_excepthooks()
    button = QPushButton("Save")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: (_ for _ in ()).throw(ConflictError("That name is taken.")))
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(boxes))
    assert boxes == [("Not done", "That name is taken.")] and fault_dialogs() == []


@pytest.mark.fault_expected
def test_a_fault_inside_an_undoable_edit_leaves_no_step_and_is_shown_once(qtbot, log_file, demo_db):
    state = AppState()
    state.set_database(demo_db)
    stack = state.history.stack

    def rename(_session) -> None:
        raise AttributeError("'NoneType' object has no attribute 'title'")

    result = operations.run(None, state, "Rename webinar 2", rename)
    assert not result.ok and isinstance(result.error, AttributeError)
    assert stack.count() == 0  # the history holds no step that did not happen
    qtbot.waitUntil(lambda: len(fault_dialogs()) == 1)
    assert "Rename webinar 2" in fault_dialogs()[0].text()
    assert logged_faults(log_file) == 1


@pytest.mark.fault_expected
def test_the_attendee_list_failing_is_said_not_swallowed(window, qtbot, monkeypatch):
    from ocse_planner.ui.attendance import attendance_tab

    def broken(session, series_id):
        raise RuntimeError("attendance table unreadable")

    monkeypatch.setattr(attendance_tab, "list_attendees", broken)
    tab = window.attendance_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: len(fault_dialogs()) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: tab.task is not None and tab.task.done)
    assert "Loading the attendee list" in fault_dialogs()[0].text()
    assert tab.attendees.model.rowCount() == 0
