"""Small steps shared by the Presenters tab tests (their fixtures are in conftest.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ocse_planner.db.enums import AgendaItemKind
from ocse_planner.ui.common.table_model import ROW_ROLE
from tests.ui.keyboard import type_into as _type_into  # (the name the Presenters tests use)


def _rows(view) -> list:  # type: ignore[no-untyped-def]
    return [view.proxy.index(r, 0).data(ROW_ROLE) for r in range(view.proxy.rowCount())]


def _slot_row(tab, webinar: int, talk: int) -> int:  # type: ignore[no-untyped-def]
    """The timetable row of the `talk`-th presentation of a webinar (opening remarks and
    other items without presenters are not counted)."""
    model = tab.timetable_model
    rows = [r for r in range(model.rowCount()) if model.slot_at(r).webinar_number == webinar
            and model.slot_at(r).kind == AgendaItemKind.PRESENTATION]
    return rows[talk - 1]


def _type_person(qtbot, editor, given: str, family: str, *, email: str = "", zone: str = "") -> None:  # type: ignore[no-untyped-def]
    """New person, then each field typed and saved as a person does it."""
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.family_name.text() == "New person")
    _type_into(qtbot, editor.honorific, "Dr.")
    _type_into(qtbot, editor.given_name, given)
    _type_into(qtbot, editor.family_name, family)
    _type_into(qtbot, editor.job_title, "Analyst")
    if email:
        _type_into(qtbot, editor.email, email)
    if zone:
        _type_into(qtbot, editor.time_zone.lineEdit(), zone)
