"""One way every partner form saves: check, confirm warnings, write in one transaction.

A warning (a contact person from another organization, a due date in the past) is shown
before anything is written; refusing it leaves the database untouched and the form open,
so nothing typed is lost. Errors the user can fix reach them through the error route
(ui/common/errors.py): the named field is marked, the message shown in one box.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ocse_planner.services.errors import FieldProblem, UserError
from ocse_planner.ui.common import dialogs, errors
from ocse_planner.ui.common.state import AppState

if TYPE_CHECKING:
    from sqlalchemy.orm import Session



def run_save(
    parent: QWidget,
    state: AppState,
    title: str,
    save: Callable[[Session], Any],
    check: Callable[[Session], list[FieldProblem]] | None = None,
    *,
    fields: Mapping[str, QWidget] | None = None,
) -> bool:
    """True when saved (and the other views told); False when refused or declined.

    `fields` maps the service's field names to the form's widgets, for the marks."""
    db = state.db
    if db is None:
        return False
    try:
        if check is not None:
            with db.read() as session:
                warnings = check(session)
            if warnings:
                text = "\n".join(w.message() for w in warnings) + "\n\n" + QCoreApplication.translate("PartnerSaves", "Save anyway?")
                if not dialogs.ask_yes_no(parent, title, text, default_yes=False):
                    return False
        with db.write() as session:
            save(session)
    except UserError as exc:
        errors.report(parent, exc, title, fields=fields)
        return False
    state.notify_changed()
    return True
