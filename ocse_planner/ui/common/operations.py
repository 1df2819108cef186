"""Operations: the one way the window changes the planner.

Modelled on Anki's `aqt/operations` (`CollectionOp`): a caller names one service call and
what to call the change; this module does the rest the same way every time —

* runs the call in one write transaction, on the UI thread or, for work that can take
  long, on a worker with a progress dialog (`run_in_background`);
* records what it changed (services/journal.py), so the step joins Edit ▸ Undo under its
  description ("Rename webinar 2", "Book Jad Saliba"); undo and redo put the very rows
  back, and are refused, writing nothing, when another window or program changed them
  since ("changed elsewhere — reload");
* tells every view that data changed (`AppState.notify_changed`);
* shows a refusal or a fault the one way (ui/common/errors.py): a field the service
  names is marked on the form, anything else is one box, a fault the fault dialog.

An operation carries the planner it was made for and refuses to run on another one
(a form still holding a record of the file that was open before cannot write into the
new one). Changes that cannot be undone (removing personal data, restoring a backup,
opening another file) say so when they ask, and clear the history when done.

Forms that save as fields are edited register here (`History.add_pending_edits`), so
that before the window quits, opens another file or undoes, a field still being typed in
is saved — or, when it cannot be, the person is asked what to do with it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from ocse_planner.services.errors import ChangedElsewhereError, ConflictError, FieldProblem, NotFoundError, UserError
from ocse_planner.ui.common import dialogs, errors
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.tasks import Progress, run_task

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ocse_planner.db.changes import WriteReceipt

    from ocse_planner.db import Database
    from ocse_planner.services.journal import ChangeSet
    from ocse_planner.ui.common.state import AppState

T = TypeVar("T")


@dataclass(frozen=True)
class Result(Generic[T]):
    """What running an operation came to: `ok` when the change was saved."""

    ok: bool
    value: T | None = None
    error: BaseException | None = None


def cannot_undo_note() -> str:
    """The sentence a confirmation of a change that cannot be undone ends with."""
    return QCoreApplication.translate("Operations", "Edit ▸ Undo cannot take this back, and the steps it holds so far are cleared.")


# --- the history ---------------------------------------------------------------------------

class Step(QUndoCommand):
    """One operation in the history: the rows it changed, and the way back and forth."""

    def __init__(self, history: History, db: Database, text: str, changes: ChangeSet,
                 *, background: bool = False) -> None:
        super().__init__(text)
        self.history = history
        self.db = db
        self.background = background
        self.changes: ChangeSet | None = changes  # puts the step forward (redo)
        self.inverse: ChangeSet | None = None  # puts it back (undo)
        self.error: BaseException | None = None
        self.receipt: WriteReceipt | None = None  # the last write's change-log receipt: guards the next
        self._pushed = False
        self._prepared: BaseException | bool = False  # a worker's outcome, taken by undo/redo

    def revert(self, *, redo: bool) -> None:
        """Undo (or redo) in the database, in one transaction; raises when refused."""
        from ocse_planner.db.changes import check_guard
        from ocse_planner.services.journal import revert

        _same_planner(self.history.state, self.db)
        db, receipt = self.db, self.receipt
        changes = self.inverse if redo else self.changes
        assert changes is not None

        def work(session: Session) -> ChangeSet:
            # Refused, writing nothing, when another client logged a change to one of the
            # step's records since (the change log names who and what: db/changes.py), or
            # when a row it changed is no longer as it left it (the journal's fingerprints).
            if receipt is not None:
                check_guard(session, db.client_id, receipt, frozenset())
            return revert(session, changes, redo=redo)

        forward, self.receipt = db.write_retrying(work, guard=receipt)
        if redo:
            self.changes = forward
        else:
            self.inverse = forward

    def redo(self) -> None:
        if not self._pushed:  # the operation itself did it already
            self._pushed = True
            return
        self._apply(redo=True)

    def undo(self) -> None:
        self._apply(redo=False)

    def _apply(self, *, redo: bool) -> None:
        prepared, self._prepared = self._prepared, False
        try:
            if isinstance(prepared, BaseException):
                raise prepared
            if not prepared:
                self.revert(redo=redo)
        except Exception as exc:  # refused or failed: nothing written; the step leaves the history
            self.error = exc
            self.setObsolete(True)
            title = (QCoreApplication.translate("Operations", "Cannot redo “%1”") if redo else QCoreApplication.translate("Operations", "Cannot undo “%1”")).replace("%1", self.text())
            errors.report(self.history.parent_widget(), exc, title)
        self.history.state.notify_changed()


class History(QObject):
    """The window's one undo history, and the forms whose typing is saved before it moves."""

    busyChanged = Signal(bool)

    def __init__(self, state: AppState) -> None:
        super().__init__(state)
        self.state = state
        self.stack = QUndoStack(self)
        self.busy = False
        self._forms: list[tuple[QWidget, Callable[[QWidget | None], bool]]] = []
        self._window: QWidget | None = None
        self._actions: tuple[QAction, QAction] | None = None

    def parent_widget(self) -> QWidget | None:
        return self._window

    def set_window(self, window: QWidget) -> None:
        self._window = window

    def push(self, step: Step) -> None:
        self.stack.push(step)

    def clear(self) -> None:
        self.stack.clear()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busyChanged.emit(busy)

    # --- moving through the history ---------------------------------------------------
    def undo(self, parent: QWidget | None = None) -> None:
        self._move(parent, redo=False)

    def redo(self, parent: QWidget | None = None) -> None:
        self._move(parent, redo=True)

    def _move(self, parent: QWidget | None, *, redo: bool) -> None:
        if self.busy or not self.commit_pending(parent):
            return
        index = self.stack.index()
        if redo and index >= self.stack.count() or not redo and index == 0:
            return
        step = self.stack.command(index if redo else index - 1)
        if isinstance(step, Step) and step.background:
            self._move_in_background(step, parent, redo=redo)
        elif redo:
            self.stack.redo()
        else:
            self.stack.undo()

    def _move_in_background(self, step: Step, parent: QWidget | None, *, redo: bool) -> None:
        text = (QCoreApplication.translate("Operations", "Redoing “%1”…") if redo else QCoreApplication.translate("Operations", "Undoing “%1”…")).replace("%1", step.text())
        progress = _progress_dialog(parent or self._window, text)
        self._set_busy(True)

        def finish(outcome: BaseException | bool) -> None:
            progress.reset()
            progress.deleteLater()
            step._prepared = outcome
            self._set_busy(False)
            if redo:
                self.stack.redo()
            else:
                self.stack.undo()

        def work(_progress: Progress) -> bool:
            step.revert(redo=redo)
            return True

        run_task(work, finish, finish, parent=self, what=text)

    def create_actions(self, parent: QWidget) -> tuple[QAction, QAction]:
        """Edit ▸ Undo and Redo, naming the step they would undo or redo."""
        undo = QAction(parent)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.triggered.connect(lambda: self.undo(parent))
        redo = QAction(parent)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.triggered.connect(lambda: self.redo(parent))
        self._actions = (undo, redo)
        for signal in (self.stack.indexChanged, self.stack.cleanChanged, self.stack.canUndoChanged,
                       self.stack.canRedoChanged, self.busyChanged):
            signal.connect(self.retranslate_actions)
        self.retranslate_actions()
        return undo, redo

    def retranslate_actions(self, *_: object) -> None:
        """The actions' texts and states, in the current language."""
        if self._actions is None or not all(shiboken6.isValid(a) for a in self._actions):
            return
        undo, redo = self._actions
        undo_text, redo_text = self.stack.undoText(), self.stack.redoText()
        undo.setText(QCoreApplication.translate("Operations", "&Undo %1").replace("%1", undo_text) if undo_text
                     else QCoreApplication.translate("Operations", "&Undo"))
        redo.setText(QCoreApplication.translate("Operations", "&Redo %1").replace("%1", redo_text) if redo_text
                     else QCoreApplication.translate("Operations", "&Redo"))
        undo.setEnabled(self.stack.canUndo() and not self.busy)
        redo.setEnabled(self.stack.canRedo() and not self.busy)

    # --- typing not saved yet ---------------------------------------------------------
    def add_pending_edits(self, form: QWidget, commit: Callable[[QWidget | None], bool]) -> None:
        """`commit(parent)` saves what `form` holds unsaved; False when the person chose to
        go back to it (the quit, file switch or undo asked for is then not done)."""
        self._forms.append((form, commit))
        form.destroyed.connect(lambda *_: self._forget(form))

    def _forget(self, form: QWidget) -> None:
        self._forms = [(f, c) for f, c in self._forms if f is not form]

    def commit_pending(self, parent: QWidget | None = None) -> bool:
        """Save every form's unsaved typing; False when one of them must stay as it is."""
        for form, commit in list(self._forms):
            if shiboken6.isValid(form) and not commit(parent):
                return False
        return True


def ask_about_unsaved(parent: QWidget | None, error: UserError, what: str) -> bool:
    """A field holds typing that cannot be saved: True to discard it, False to go back."""
    return dialogs.ask_discard(
        parent, QCoreApplication.translate("Operations", "Unsaved change"),
        fill(QCoreApplication.translate("Operations", "The change to %1 cannot be saved:\n%2"), what,
             error.message()))


def commit_or_ask(parent: QWidget | None, save: Callable[[], BaseException | None],
                  discard: Callable[[], None], what: str) -> bool:
    """Save a form's pending typing; when it cannot be saved, ask whether to discard it
    (`discard()` then shows the stored record again) or go back to it (False)."""
    error = save()
    if not isinstance(error, UserError):
        return True  # saved, or a fault that was reported (nothing to keep the person on)
    if ask_about_unsaved(parent, error, what):
        discard()
        return True
    return False


# --- running an operation ------------------------------------------------------------------

def _same_planner(state: AppState, db: Database) -> None:
    """An operation runs only on the planner it was made for (a form still holding a
    record of the planner open before can never write into the one open now)."""
    if state.db is not db:
        from ocse_planner.services.journal import other_planner

        raise other_planner(db.name)


def _confirmed(parent: QWidget | None, db: Database, title: str,
               check: Callable[[Session], list[FieldProblem]] | None) -> bool:
    """Warnings (a due date in the past…) are shown before anything is written."""
    if check is None:
        return True
    with db.read() as session:
        warnings = check(session)
    if not warnings:
        return True
    text = "\n".join(w.message() for w in warnings) + "\n\n" + QCoreApplication.translate("Operations", "Save anyway?")
    return dialogs.ask_yes_no(parent, title, text, default_yes=False)


def _write(db: Database, work: Callable[[Session], T],
           undoable: bool) -> tuple[T, ChangeSet | None, WriteReceipt | None]:
    """One write transaction (re-run when it collided with another writer taking the
    same number); recorded by the journal when it can be undone."""
    from ocse_planner.services.journal import record

    if undoable:
        (value, changes), receipt = db.write_retrying(lambda s: record(s, work))
        return value, changes, receipt
    value, receipt = db.write_retrying(work)
    return value, None, receipt


def _settle(state: AppState, db: Database, description: str, changes: ChangeSet | None,
            receipt: WriteReceipt | None, *, undoable: bool, background: bool) -> None:
    if not undoable:
        state.history.clear()
    elif changes:
        step = Step(state.history, db, description, changes, background=background)
        step.receipt = receipt
        state.history.push(step)
    if changes is None or changes:
        state.notify_changed()


def run(parent: QWidget | None, state: AppState, description: str, work: Callable[[Session], T], *,
        title: str | None = None, fields: Mapping[str, QWidget] | None = None, message: QLabel | None = None,
        check: Callable[[Session], list[FieldProblem]] | None = None, db: Database | None = None,
        undoable: bool = True) -> Result[T]:
    """Run `work(session)` now as one change called `description`.

    `db`: the planner the change was made for (default: the open one); `fields` and
    `message`: the form's widgets by service field name and its message line, where a
    refusal is shown; `check`: warnings to confirm first; `undoable=False`: a change that
    cannot be undone (the history is cleared after it)."""
    db = db if db is not None else state.db
    if db is None:
        return Result(False)
    try:
        _same_planner(state, db)
        if not _confirmed(parent, db, title or description, check):
            return Result(False)
        value, changes, receipt = _write(db, work, undoable)
    except Exception as exc:  # refused (shown the one way) or a fault (rolled back, reported)
        errors.report(parent, exc, title or description, fields=fields, message=message)
        if isinstance(exc, ChangedElsewhereError | NotFoundError):
            state.notify_changed()  # show what is stored now ("reload"): the views re-read
        return Result(False, None, exc)
    _settle(state, db, description, changes, receipt, undoable=undoable, background=False)
    return Result(True, value)


def run_in_background(parent: QWidget | None, state: AppState, description: str, work: Callable[[Session], T],
                      *, on_done: Callable[[T], None] | None = None,
                      on_failed: Callable[[BaseException], None] | None = None,
                      title: str | None = None, progress_text: str | None = None,
                      undoable: bool = True) -> bool:
    """Run a change that can take long on a worker, behind a progress dialog; the step
    joins the history (and `on_done(value)` runs) when it is done. False if not started."""
    db = state.db
    if db is None or state.history.busy:
        return False
    history = state.history
    progress = _progress_dialog(parent, progress_text or QCoreApplication.translate("Operations", "%1…").replace("%1", description))
    history._set_busy(True)

    def close() -> None:
        progress.reset()
        progress.deleteLater()
        history._set_busy(False)

    def done(outcome: tuple[T, ChangeSet | None, WriteReceipt | None]) -> None:
        close()
        value, changes, receipt = outcome
        _settle(state, db, description, changes, receipt, undoable=undoable, background=True)
        if on_done is not None:
            on_done(value)

    def failed(exc: BaseException) -> None:
        close()
        errors.report(parent, exc, title or description)
        if on_failed is not None:
            on_failed(exc)

    def job(_progress: Progress) -> tuple[T, ChangeSet | None, WriteReceipt | None]:
        _same_planner(state, db)
        return _write(db, work, undoable)

    run_task(job, done, failed, parent=parent, what=description)
    return True


def record_done(state: AppState, db: Database, description: str, changes: ChangeSet,
                *, receipt: WriteReceipt | None = None, background: bool = True) -> None:
    """A change already written elsewhere (the attendance import's child process) joins
    the history like any other operation; it is refused once another planner is open."""
    if state.db is db:
        _settle(state, db, description, changes, receipt, undoable=True, background=background)


def _progress_dialog(parent: QWidget | None, text: str) -> QProgressDialog:
    return dialogs.progress_dialog(parent, QCoreApplication.translate("Operations", "Working"), text)


__all__ = [
    "History",
    "Result",
    "Step",
    "ask_about_unsaved",
    "commit_or_ask",
    "cannot_undo_note",
    "record_done",
    "run",
    "run_in_background",
]
