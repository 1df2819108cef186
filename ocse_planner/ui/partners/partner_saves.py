"""One way every partner form saves: check, confirm warnings, write in one transaction.

A warning (a contact person from another organization, a due date in the past) is shown
before anything is written; refusing it leaves the database untouched and the form open,
so nothing typed is lost. Errors the user can fix reach them as one clear message.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import IntegrityError

from ocse_planner.services.concurrency import StaleRecordError
from ocse_planner.services.organizations import OrganizationInUseError, PartnerInputError
from ocse_planner.ui.common import dialogs
from ocse_planner.ui.common.state import AppState

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

USER_ERRORS = (PartnerInputError, StaleRecordError, OrganizationInUseError)


def _t(text: str) -> str:
    return QCoreApplication.translate("PartnerSaves", text)


def run_save(
    parent: QWidget,
    state: AppState,
    title: str,
    save: Callable[[Session], Any],
    check: Callable[[Session], list[str]] | None = None,
) -> bool:
    """True when saved (and the other views told); False when refused or declined."""
    db = state.db
    if db is None:
        return False
    try:
        if check is not None:
            with db.read() as session:
                warnings = check(session)
            if warnings:
                text = "\n".join(warnings) + "\n\n" + _t("Save anyway?")
                if not dialogs.ask_yes_no(parent, title, text, default_yes=False):
                    return False
        with db.write() as session:
            save(session)
    except USER_ERRORS as exc:
        dialogs.show_error(parent, title, str(exc))
        return False
    except IntegrityError as exc:
        dialogs.show_error(parent, title, _t("The change conflicts with other records: %1").replace("%1", str(exc.orig)))
        return False
    state.notify_changed()
    return True
