"""How readiness states read and look, the same on the Sessions and Series tabs and in
This week: a word for each state, and its colours (never the only sign: the word is shown
too)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from ocse_planner.services.readiness import ItemState
from ocse_planner.ui.common.optional_date import to_qdate

# Colour is never the only sign: the state column says it in words too.
STATE_COLOURS: dict[ItemState, tuple[str, str]] = {  # background, text
    ItemState.DONE: ("#e3f4e1", "#1d5e1a"),
    ItemState.OVERDUE: ("#fde2e1", "#8a1c14"),
    ItemState.DUE: ("#fff4d6", "#6b4e00"),
}


def state_text(state: ItemState) -> str:
    texts = {
        ItemState.DONE: QCoreApplication.translate("Readiness", "Done"),
        ItemState.DUE: QCoreApplication.translate("Readiness", "Due"),
        ItemState.OVERDUE: QCoreApplication.translate("Readiness", "Overdue"),
        ItemState.NOT_APPLICABLE: QCoreApplication.translate("Readiness", "n/a"),
        ItemState.NOT_CHECKED: QCoreApplication.translate("Readiness", "Not done"),
    }
    return texts[state]


def short_date(value: date | None) -> str:
    return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat) if value else ""
