"""Small steps shared by the Presenters tab tests (their fixtures are in conftest.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ocse_planner.db.enums import AgendaItemKind
from ocse_planner.ui.common.table_model import ROW_ROLE


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
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.honorific, "Dr.")
    qtbot.keyClicks(editor.given_name, given)
    qtbot.keyClicks(editor.family_name, family)
    qtbot.keyClicks(editor.job_title, "Analyst")
    if email:
        qtbot.keyClicks(editor.email, email)
    if zone:
        editor.time_zone.lineEdit().clear()
        qtbot.keyClicks(editor.time_zone.lineEdit(), zone)


