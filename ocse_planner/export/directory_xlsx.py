"""The directories workbook: presenters with their bookings, partners with roles and open actions.

One filterable table per sheet, so that an organizer can sort presenters by status or
filter partners by role in Excel without rearranging anything.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from ocse_planner.export import styles as st
from ocse_planner.export.atomic import write_atomically
from ocse_planner.export.cells import put_row, put_text, put_value
from ocse_planner.export.wording import label
from ocse_planner.services.directory import SeriesDirectory, series_directory


def build_directory_workbook(directory: SeriesDirectory, exported: date | None = None) -> Workbook:
    exported = exported or date.today()
    heading = f"{directory.series_title} {directory.year}"
    wb = Workbook()
    st.register_styles(wb)
    presenters = wb.active
    presenters.title = "Presenters"
    rows = [
        [r.presenter, r.job_title, r.organization, r.email, r.phone, r.time_zone,
         f"Webinar {r.webinar_number}", r.presentation_position, r.presentation, label(r.status)]
        for r in directory.presenters
    ]
    _sheet(presenters, f"{heading} — presenters",
           ["Presenter", "Job title", "Organization", "E-mail", "Phone", "Time zone", "Webinar", "Item",
            "Presentation", "Booking status"],
           rows, [30, 30, 40, 28, 16, 18, 11, 7, 50, 15], "Presenters", exported)
    partners = wb.create_sheet("Partners")
    rows = [
        [r.organization, label(r.kind), label(r.role), r.scope,
         label(r.status) if r.status else "From the agenda", r.contact, r.agreement_date, r.notes]
        for r in directory.partners
    ]
    _sheet(partners, f"{heading} — partner organizations",
           ["Organization", "Kind", "Role", "For", "Status", "Contact", "Agreement", "Notes"],
           rows, [45, 26, 24, 12, 16, 24, 12, 40], "Partners", exported)
    actions = wb.create_sheet("Open actions")
    rows = [[a.organization, a.description, a.owner, a.due_date] for a in directory.actions]
    _sheet(actions, f"{heading} — open actions with partners", ["Organization", "Action", "Owner", "Due"],
           rows, [45, 60, 20, 12], "OpenActions", exported)
    return wb


def _sheet(ws: Worksheet, title: str, headers: list[str], rows: list[list[object]], widths: list[float],
           table: str, exported: date) -> None:
    put_text(ws, 1, 1, title, st.TITLE)
    ws.row_dimensions[1].height = 24
    header = 3
    put_row(ws, header, headers, st.HEADER)
    for offset, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            put_value(ws, header + offset, column, value, st.BODY)
    last = header + len(rows)
    if rows:
        t = Table(displayName=table, ref=f"A{header}:{get_column_letter(len(headers))}{last}")
        t.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        ws.add_table(t)
    else:
        put_text(ws, header + 1, 1, "None recorded.", st.NOTE)
    st.set_widths(ws, {get_column_letter(i): w for i, w in enumerate(widths, start=1)})
    st.fit_row_heights(ws, header, last)
    ws.freeze_panes = ws.cell(row=header + 1, column=2)
    st.print_setup(ws, title=title, header_rows=(header, header), exported=exported)


def write_directory(path: Path | str, directory: SeriesDirectory) -> Path:
    wb = build_directory_workbook(directory)
    return write_atomically(path, lambda tmp: wb.save(tmp), private=True)  # presenters' e-mails


def export_directory(session: Session, series_id: int, path: Path | str) -> Path:
    return write_directory(path, series_directory(session, series_id))
