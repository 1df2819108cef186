"""The one way an error reaches the person at the window.

* A `UserError` (services/errors.py) — something they can fix — is shown by `report`.
  When it names fields of the form at hand, they are marked (colour, tool tip,
  accessible description), the first takes the focus and the message goes to the form's
  message line (into a box only when the form has none). Otherwise: one message box.
* Anything else is a fault of the program. `report_unexpected` logs its traceback and
  shows one dialog saying what failed, that the planner file is safe, and where the log
  is. The excepthooks installed by `install_excepthooks` (the UI thread's and other
  threads') and `run_task` (workers) send every escaped exception there, so nothing
  that fails goes unseen, and an error reported once is never reported twice.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Iterable, Mapping
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from ocse_planner.logs import log_file
from ocse_planner.services.errors import Cancelled, FieldProblem, UserError
from ocse_planner.ui.common import dialogs, field_marks
from ocse_planner.ui.common.fill import fill

log = logging.getLogger(__name__)



# --- errors the user can fix -----------------------------------------------------------

def problems_of(error: UserError) -> tuple[FieldProblem, ...]:
    """The field problems an error names (a ValidationError's), else none."""
    return tuple(getattr(error, "problems", ()) or ())


def show_problems(problems: Iterable[FieldProblem], fields: Mapping[str, QWidget],
                  message: QLabel | None = None, *, fallback: QWidget | None = None) -> list[QWidget]:
    """Mark each problem's field (errors and warnings), clearing earlier marks; list the
    messages on the form's message line. Returns the widgets marked, in order."""
    problems = list(problems)
    field_marks.clear(fields.values())
    marked: list[QWidget] = []
    for problem in problems:
        widget = fields.get(problem.field, fallback)
        if widget is not None:
            field_marks.mark(widget, problem.message(), warning=problem.warning)
            marked.append(widget)
    if message is not None:
        field_marks.show_message(message, [p.message() for p in problems],
                                 warning=bool(problems) and all(p.warning for p in problems))
    return marked


def report(parent: QWidget | None, error: BaseException, title: str, *,
           fields: Mapping[str, QWidget] | None = None, message: QLabel | None = None) -> None:
    """Show `error` the one way: marks on the named fields with the text on the form's
    message line, or else one box titled `title`. A fault (not a UserError) goes to
    `report_unexpected`; a cancellation shows nothing."""
    if isinstance(error, Cancelled):
        return
    if not isinstance(error, UserError):
        report_unexpected(error, title)
        return
    marked: list[QWidget] = []
    if fields:
        marked = show_problems(problems_of(error), fields, None)
        if marked:
            marked[0].setFocus()
    text = error.message()
    if marked and message is not None:
        field_marks.show_message(message, [text])
    else:
        dialogs.show_error(parent, title, text)


# --- faults ----------------------------------------------------------------------------

_REPORTED = "_ocse_planner_reported"
_WHAT = "_ocse_planner_what"


def was_reported(error: BaseException) -> bool:
    return bool(getattr(error, _REPORTED, False))


def _mark_reported(error: BaseException) -> None:
    _note(error, _REPORTED, True)


def note_what(error: BaseException, what: str | None) -> None:
    """Remember what was being done when `error` happened (run_task does, before handing
    the error on), so the fault dialog says it whoever reports the error."""
    if what:
        _note(error, _WHAT, what)


def _note(error: BaseException, name: str, value: object) -> None:
    try:
        setattr(error, name, value)
    except (AttributeError, TypeError):  # an exception type without a __dict__
        pass


class _Reporter(QObject):
    """Lives on the UI thread: faults from other threads reach the dialog through it."""

    fault = Signal(object, object)  # (exception, what failed or None)

    def __init__(self) -> None:
        super().__init__()
        self.dialog: QMessageBox | None = None
        self.more = 0
        self.fault.connect(self.show_dialog, Qt.ConnectionType.QueuedConnection)

    def show_dialog(self, error: BaseException, what: str | None) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.more += 1  # one dialog at a time: a fault repeating (a paint) shows once
            self.dialog.setInformativeText(_details_text(self.more))
            return
        self.more = 0
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Errors", "Something went wrong"), _what_text(error, what),
                          QMessageBox.StandardButton.Close, _main_window())
        box.setObjectName("unexpectedErrorDialog")
        box.setInformativeText(_details_text(0))
        box.setDetailedText("".join(traceback.format_exception(type(error), error, error.__traceback__)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.destroyed.connect(self._forget)
        self.dialog = box
        box.show()  # not exec(): no nested event loop inside whatever just failed

    def _forget(self) -> None:
        self.dialog = None


_reporter: _Reporter | None = None


def _the_reporter() -> _Reporter | None:
    global _reporter
    app = QCoreApplication.instance()
    if app is None:
        return None
    if _reporter is None:
        _reporter = _Reporter()
        _reporter.moveToThread(app.thread())
    return _reporter


def _main_window() -> QWidget | None:
    active = QApplication.activeWindow()
    if active is not None:
        return active.window()
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "MainWindow" and widget.isVisible():
            return widget
    return None


def _what_text(error: BaseException, what: str | None) -> str:
    summary = f"{type(error).__name__}: {error}".strip().rstrip(":")
    if len(summary) > 300:
        summary = summary[:300] + "…"
    if what:
        return fill(QCoreApplication.translate("Errors", "“%1” failed because of a fault in OCSE Planner:\n%2"),
                    what, summary)
    return QCoreApplication.translate("Errors", "An action failed because of a fault in OCSE Planner:\n%1").replace("%1", summary)


def _details_text(more: int) -> str:
    path = log_file()
    text = QCoreApplication.translate("Errors", "Your planner file is safe: each change is saved as you make it, and the change "
              "that failed was not saved in part.")
    if path is not None:
        text += "\n\n" + QCoreApplication.translate("Errors", "The details are in the log file %1; please send it along when you "
                            "report the problem.").replace("%1", str(path))
    else:
        text += "\n\n" + QCoreApplication.translate("Errors", "The details were written to the application log.")
    if more:
        text += "\n\n" + QCoreApplication.translate("Errors", "%1 more faults happened since; they are in the log too.").replace("%1", str(more))
    return text


def report_unexpected(error: BaseException, what: str | None = None) -> None:
    """Log `error` with its traceback and show the fault dialog — once per exception,
    from any thread (the dialog always opens on the UI thread)."""
    if was_reported(error):
        return
    _mark_reported(error)
    what = getattr(error, _WHAT, None) or what
    log.error("%s failed unexpectedly", what or "An action",
              exc_info=(type(error), error, error.__traceback__))
    reporter = _the_reporter()
    if reporter is not None:
        reporter.fault.emit(error, what)


# --- hooks -----------------------------------------------------------------------------

def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt | SystemExit):
        sys.__excepthook__(kind, error, tb)
        return
    if error.__traceback__ is None:
        error = error.with_traceback(tb)
    if isinstance(error, UserError):  # raised where nothing showed it: still the user's to fix
        log.warning("A user error was not handled where it happened: %s", error.message())
        dialogs.show_error(_main_window(), QCoreApplication.translate("Errors", "Not done"), error.message())
        return
    report_unexpected(error)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    name = args.thread.name if args.thread is not None else "a thread"
    report_unexpected(args.exc_value, QCoreApplication.translate("Errors", "Background work (%1)").replace("%1", name))


def install_excepthooks() -> None:
    """Route every exception nothing caught — on the UI thread, on any other thread — to
    `report_unexpected`. Called once when the window starts (after QApplication exists)."""
    _the_reporter()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
