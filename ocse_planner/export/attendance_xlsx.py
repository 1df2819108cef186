"""The attendee-summary workbook: attendance per webinar, audience sectors, survey results.

Written for managers and for publication, so it holds aggregates only. `min_cell` hides
small counts ("<5") that could point at an individual in a published table; the list of
attendees is added only when asked for, on a sheet marked as personal information.
The input is `AttendanceSummary` (services/attendance_summary.py), filled by GROUP BY
queries, so the writer never sees more rows than it prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from ocse_planner.export import styles as st
from ocse_planner.export.atomic import write_atomically
from ocse_planner.export.cells import put_row, put_text, put_value, sheet_title
from ocse_planner.export.wording import percent
from ocse_planner.services.attendance_summary import AttendanceSummary, attendance_summary

PERSONAL_NOTE = "PERSONAL INFORMATION — names and e-mail addresses of attendees. Do not share or publish."


@dataclass(frozen=True)
class AttendanceOptions:
    min_cell: int | None = None  # counts below this are shown as "<N"
    include_names: bool = False


class _Counts:
    """Shows a count, or "<N" when it is below the publication threshold."""

    def __init__(self, min_cell: int | None) -> None:
        self.min_cell = min_cell if min_cell and min_cell > 1 else None

    def hidden(self, value: int | None) -> bool:
        return value is not None and self.min_cell is not None and value < self.min_cell

    def shown(self, value: int | None) -> int | str | None:
        if value is None:
            return None
        return f"<{self.min_cell}" if self.hidden(value) else value


def build_attendance_workbook(summary: AttendanceSummary, options: AttendanceOptions | None = None,
                              exported: date | None = None) -> Workbook:
    options = options or AttendanceOptions()
    exported = exported or date.today()
    counts = _Counts(options.min_cell)
    wb = Workbook()
    st.register_styles(wb)
    taken: set[str] = set()
    ws = wb.active
    ws.title = sheet_title("Attendance", taken)
    _attendance_sheet(ws, summary, counts, exported)
    _sectors_sheet(wb.create_sheet(sheet_title("Sectors", taken)), summary, counts, exported)
    _survey_sheet(wb.create_sheet(sheet_title("Survey", taken)), summary, exported)
    if options.include_names:
        _attendees_sheet(wb.create_sheet(sheet_title("Attendees (personal)", taken)), summary, exported)
    return wb


def write_attendance(path: Path | str, summary: AttendanceSummary, options: AttendanceOptions | None = None) -> Path:
    wb = build_attendance_workbook(summary, options)
    # the attendee list is personal data: readable by the user only
    return write_atomically(path, lambda tmp: wb.save(tmp), private=(options or AttendanceOptions()).include_names)


def export_attendance(session: Session, series_id: int, path: Path | str,
                      options: AttendanceOptions | None = None) -> Path:
    options = options or AttendanceOptions()
    summary = attendance_summary(session, series_id, include_names=options.include_names)
    return write_attendance(path, summary, options)


def _heading(ws: Worksheet, summary: AttendanceSummary, subtitle: str) -> None:
    put_text(ws, 1, 1, f"{summary.series_title} — {summary.year}", st.TITLE)
    ws.row_dimensions[1].height = 24
    put_text(ws, 2, 1, subtitle, st.SUBTITLE)


def _attendance_sheet(ws: Worksheet, summary: AttendanceSummary, counts: _Counts, exported: date) -> None:
    _heading(ws, summary, "Attendee summary")
    row = 4
    headline = [
        ("Participants", counts.shown(summary.participants)),
        ("Registrations (all webinars)", counts.shown(summary.total_registered)),
        ("Attendances (all webinars)", counts.shown(summary.total_attended)),
        ("Unique participants", counts.shown(summary.unique_participants)),
        ("Returning participants (2 or more webinars)", counts.shown(summary.returning_participants)),
    ]
    for name, value in headline:
        put_text(ws, row, 1, name, st.LABEL)
        put_value(ws, row, 2, "not recorded" if value is None else value, st.BODY)
        row += 1
    if not summary.has_records and summary.participants_reported is not None:
        put_text(ws, row, 1, "Participants: the total reported for the series (no attendance records imported).", st.NOTE)
        row += 1
    row += 1
    header = row
    put_row(ws, header, ["Webinar", "Title", "Registered", "Attended", "Attendance rate", "Average minutes",
                         "Reported participants"], st.HEADER)
    for w in summary.webinars:
        row += 1
        hide = counts.hidden(w.attended) or counts.hidden(w.registered)
        put_text(ws, row, 1, f"Webinar {w.number}", st.BODY)
        put_text(ws, row, 2, w.title, st.BODY)
        put_value(ws, row, 3, counts.shown(w.registered), st.NUMBER)
        put_value(ws, row, 4, counts.shown(w.attended), st.NUMBER)
        put_value(ws, row, 5, None if hide else w.rate, st.PERCENT)
        minutes = None if hide or w.average_minutes is None else round(w.average_minutes, 1)
        put_value(ws, row, 6, minutes, st.NUMBER)
        ws.cell(row=row, column=6).number_format = "0.0"
        put_value(ws, row, 7, counts.shown(w.reported), st.NUMBER)
    last = row
    st.set_widths(ws, {"A": 42, "B": 60, "C": 13, "D": 13, "E": 16, "F": 16, "G": 14})
    st.fit_row_heights(ws, header, last)
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    if summary.has_records and summary.webinars:
        chart = BarChart()
        chart.type = "col"
        chart.title = "Registered and attended, per webinar"
        chart.y_axis.title = "People"
        chart.add_data(Reference(ws, min_col=3, max_col=4, min_row=header, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=last))
        chart.width, chart.height = 18, 8
        ws.add_chart(chart, f"B{last + 3}")
    st.print_setup(ws, title=f"{summary.series_title} — attendee summary", header_rows=(header, header),
                   exported=exported)


def _sectors_sheet(ws: Worksheet, summary: AttendanceSummary, counts: _Counts, exported: date) -> None:
    _heading(ws, summary, "Audience sectors")
    header = 4
    numbers = [w.number for w in summary.webinars]
    put_row(ws, header, ["Sector", *[f"Webinar {n}" for n in numbers], "Series (reported)", "Total"], st.HEADER)
    row = header
    total_column = len(numbers) + 3
    for sector in summary.sectors:
        row += 1
        put_text(ws, row, 1, sector.sector, st.BODY)
        for offset, value in enumerate((*sector.per_webinar, sector.series_reported, sector.total)):
            put_value(ws, row, 2 + offset, counts.shown(value), st.NUMBER)
    if summary.sectors:
        row += 1
        put_text(ws, row, 1, "Total", st.LABEL)
        for column in range(2, total_column + 1):
            values = [ws.cell(row=r, column=column).value for r in range(header + 1, row)]
            found = [v for v in values if isinstance(v, int)]
            put_value(ws, row, column, counts.shown(sum(found)) if found else None, st.TOTAL)
    widths = {"A": 38} | {get_column_letter(c): 13 for c in range(2, total_column + 1)}
    st.set_widths(ws, widths)
    st.fit_row_heights(ws, header, header)
    ws.freeze_panes = ws.cell(row=header + 1, column=2)
    has_figures = any(s.total is not None for s in summary.sectors)
    if not has_figures and summary.sectors:
        put_text(ws, row + 2, 1, "The audience included these sectors; no counts per sector were recorded.", st.NOTE)
    if has_figures:
        chart = BarChart()
        chart.type = "bar"
        chart.title = "Participants by sector"
        chart.legend = None
        chart.add_data(Reference(ws, min_col=total_column, min_row=header, max_row=row - 1), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=row - 1))
        chart.width, chart.height = 18, 9
        ws.add_chart(chart, f"A{row + 3}")
    st.print_setup(ws, title=f"{summary.series_title} — audience sectors", header_rows=(header, header),
                   exported=exported)


def _survey_sheet(ws: Worksheet, summary: AttendanceSummary, exported: date) -> None:
    _heading(ws, summary, "Post-webinar survey")
    header = 4
    put_row(ws, header, ["Webinar", "Statement", "Agreed", "As reported", "Responses"], st.HEADER)
    row = header
    for result in summary.survey:
        row += 1
        put_text(ws, row, 1, f"Webinar {result.webinar_number}" if result.webinar_number else "Series", st.BODY)
        put_text(ws, row, 2, result.statement, st.BODY)
        put_value(ws, row, 3, result.percent_agree / 100, st.PERCENT)
        put_text(ws, row, 4, percent(result.percent_agree, result.approximate), st.BODY)
        put_value(ws, row, 5, result.responses, st.NUMBER)
    if row == header:
        put_text(ws, row + 1, 1, "No survey results recorded.", st.NOTE)
    st.set_widths(ws, {"A": 12, "B": 80, "C": 10, "D": 16, "E": 12})
    st.fit_row_heights(ws, header + 1, row)
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    st.print_setup(ws, title=f"{summary.series_title} — survey", header_rows=(header, header), exported=exported)


def _attendees_sheet(ws: Worksheet, summary: AttendanceSummary, exported: date) -> None:
    put_text(ws, 1, 1, PERSONAL_NOTE, st.WARNING)
    ws.merge_cells("A1:G1")
    ws.sheet_properties.tabColor = "C00000"
    header = 3
    put_row(ws, header, ["Webinar", "Name", "E-mail", "Organization", "Sector", "Attended", "Minutes"], st.HEADER)
    row = header
    for a in summary.attendees:
        row += 1
        ws.cell(row=row, column=1, value=a.webinar_number)
        put_text(ws, row, 2, a.name)
        put_text(ws, row, 3, a.email)
        put_text(ws, row, 4, a.organization)
        put_text(ws, row, 5, a.sector)
        ws.cell(row=row, column=6, value="yes" if a.attended else "no")
        ws.cell(row=row, column=7, value=a.minutes)
    if row > header:
        ws.auto_filter.ref = f"A{header}:G{row}"
    st.set_widths(ws, {"A": 10, "B": 28, "C": 32, "D": 36, "E": 28, "F": 10, "G": 10})
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    st.print_setup(ws, title=f"{summary.series_title} — attendees (personal information)",
                   header_rows=(header, header), exported=exported)
