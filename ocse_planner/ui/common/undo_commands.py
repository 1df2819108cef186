"""Undoable edits: each step of the Edit ▸ Undo history is one service call per direction.

A command holds no ORM objects: it names records by id and calls a service inside its
own write transaction for redo and for undo, then tells every tab that data changed.
Creating and deleting go through snapshots (services/snapshot.py), so an undone delete
brings back the very same rows and ids, and later steps that name them still apply.

When a service refuses (a `UserError`: the record was changed in another window, a rule
broke), the command hands the error to its `on_error` and makes itself obsolete so the
stack drops it: the history never holds a step that did not happen. A fault (any other
exception) is dropped the same way and reported through ui/common/errors.py.

Several people may edit one team database (or one file, from two windows). Each run of a
command keeps the receipt of its write (db/changes.py: the change-log id and the records
it touched); the next run, undo or redo, is guarded by it and refused ("changed
elsewhere", nothing written) when someone else has since changed one of those records:
undoing would silently overwrite their work. A run that collided with another writer
taking the same number is re-run (`Database.write_retrying`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from ocse_planner.db.changes import WriteReceipt
from ocse_planner.services.errors import UserError
from ocse_planner.services.snapshot import Snapshot
from ocse_planner.ui.common import errors
from ocse_planner.ui.common.state import AppState


@dataclass
class Outcome:
    """What the last run of a command produced, readable after the stack took the command."""

    error: Exception | None = None
    created_id: int | None = None
    errors: list[Exception] = field(default_factory=list)


class ServiceCommand(QUndoCommand):
    """Redo and undo as two functions of a write session."""

    def __init__(
        self,
        state: AppState,
        text: str,
        do: Callable[[Session], Any],
        undo: Callable[[Session], Any],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        super().__init__(text)
        self.state = state
        self.db = state.db
        self._do = do
        self._undo = undo
        self._on_error = on_error
        self.outcome = Outcome()
        self.receipt: WriteReceipt | None = None  # what the last run wrote: guards the next

    def _run(self, fn: Callable[[Session], Any]) -> None:
        if self.db is None:
            self.setObsolete(True)
            return
        try:
            _, self.receipt = self.db.write_retrying(fn, guard=self.receipt)
            self.outcome.error = None
        except UserError as exc:
            self._refused(exc)
            if self._on_error is not None:
                self._report(exc)
        except Exception as exc:  # a fault: the transaction was rolled back; say so once
            self._refused(exc)
            errors.report_unexpected(exc, self.text())
        self.state.notify_changed()

    def _refused(self, exc: Exception) -> None:
        self.outcome.error = exc
        self.outcome.errors.append(exc)
        self.setObsolete(True)

    def _report(self, exc: UserError) -> None:
        """Tell the widget that made this step; when that widget is gone (the tabs are
        rebuilt when the language changes), say it the one way, in a box."""
        owner = getattr(self._on_error, "__self__", None)
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            errors.report(None, exc, QCoreApplication.translate("ServiceCommand", "Not saved"))
            return
        assert self._on_error is not None
        self._on_error(exc)

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)


def edit_command(
    state: AppState,
    text: str,
    do: Callable[[Session], Any],
    undo: Callable[[Session], Any],
    on_error: Callable[[Exception], None] | None = None,
) -> ServiceCommand:
    return ServiceCommand(state, text, do, undo, on_error)


def create_command(
    state: AppState,
    text: str,
    create: Callable[[Session], int],
    remove: Callable[[Session, int], Snapshot],
    restore: Callable[[Session, Snapshot], None],
    on_error: Callable[[Exception], None] | None = None,
) -> ServiceCommand:
    """Create on the first redo; undo deletes (keeping a snapshot); later redos restore it."""
    holder: dict[str, Any] = {}
    command: ServiceCommand

    def do(session: Session) -> None:
        if "snapshot" in holder:
            restore(session, holder.pop("snapshot"))
        else:
            command.outcome.created_id = create(session)

    def undo(session: Session) -> None:
        assert command.outcome.created_id is not None
        holder["snapshot"] = remove(session, command.outcome.created_id)

    command = ServiceCommand(state, text, do, undo, on_error)
    return command


def delete_command(
    state: AppState,
    text: str,
    remove: Callable[[Session], Snapshot],
    restore: Callable[[Session, Snapshot], None],
    on_error: Callable[[Exception], None] | None = None,
) -> ServiceCommand:
    """Delete keeping a snapshot; undo restores the same rows."""
    holder: dict[str, Snapshot] = {}

    def do(session: Session) -> None:
        holder["snapshot"] = remove(session)

    def undo(session: Session) -> None:
        restore(session, holder.pop("snapshot"))

    return ServiceCommand(state, text, do, undo, on_error)


def push(stack: QUndoStack, command: ServiceCommand) -> Outcome:
    """Run the command through the stack; the outcome says whether it happened."""
    outcome = command.outcome
    stack.push(command)
    return outcome
