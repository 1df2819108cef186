"""The attendee-summary workbook: attendance per webinar, audience sectors, survey results.

Written for managers and for publication, so it holds aggregates only. `min_cell` hides
small counts ("<5") that could point at an individual in a published table; the list of
attendees is added only when asked for, on a sheet marked as personal information.
The input is `AttendanceSummary` (services/attendance_summary.py), filled by GROUP BY
queries, so the writer never sees more rows than it prints.

Reported figures (typed in by hand) and figures counted from imported records are two
labelled rows or tables, never one replacing the other. The counted sector table lists
"Not stated" and "Unclassified" attendees, and its Total row equals each webinar's
attendance. A webinar whose source has no registration data says "not recorded".

The summary is written in English or French, or in both one after the other (the English
sheets, then the French ones); a French text not written yet is the English marked "[EN]".

Printing: the charts are on a sheet of their own, one chart per page with no repeated
header rows, so no chart is split across pages and no header row is printed over one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from ocse_planner.export import styles as st
from ocse_planner.export.atomic import write_atomically
from ocse_planner.export.cells import put_row, put_text, put_value, sheet_title, text_value
from ocse_planner.export.charts import place_charts
from ocse_planner.export.streamed import StreamedSheet, streamed_workbook
from ocse_planner.export.wording import ENGLISH_ONLY, DocumentLanguage, Wording
from ocse_planner.services.attendance_summary import AttendanceSummary, attendance_summary
from ocse_planner.services.disclosure import SmallCounts
from ocse_planner.services.errors import N_

PERSONAL_NOTE = N_("PERSONAL INFORMATION — names and e-mail addresses of attendees. Do not share or publish.")


@dataclass(frozen=True)
class AttendanceOptions:
    min_cell: int | None = None  # counts below this are shown as "<N"
    include_names: bool = False
    languages: DocumentLanguage = field(default_factory=lambda: ENGLISH_ONLY)


NOT_RECORDED = N_("not recorded")
NO_RECORDS = N_("no records imported")
NOT_REPORTED = N_("not reported")


def build_attendance_workbook(summary: AttendanceSummary, options: AttendanceOptions | None = None,
                              exported: date | None = None) -> Workbook:
    options = options or AttendanceOptions()
    exported = exported or date.today()
    counts = SmallCounts(options.min_cell)
    wb = streamed_workbook()  # write-only: each sheet streamed to disk as it is written
    st.register_styles(wb)
    taken: set[str] = set()
    sheets: list[StreamedSheet] = []

    def sheet(title: str) -> StreamedSheet:
        sheets.append(StreamedSheet(wb, sheet_title(title, taken)))
        return sheets[-1]

    for language in options.languages.editions:
        w = Wording(language)
        webinar_table = _attendance_sheet(sheet(w.gettext("Attendance")), summary, counts, exported, w)
        sector_table = _sectors_sheet(sheet(w.gettext("Sectors")), summary, counts, exported, w)
        _survey_sheet(sheet(w.gettext("Survey")), summary, exported, w)
        if webinar_table is not None or sector_table is not None:
            _charts_sheet(sheet(w.gettext("Charts")), summary, webinar_table, sector_table, exported, w)
        if options.include_names:
            _attendees_sheet(sheet(w.gettext("Attendees (personal)")), summary, exported, w)
    for written in sheets:
        written.flush()
    return wb


def write_attendance(path: Path | str, summary: AttendanceSummary, options: AttendanceOptions | None = None) -> Path:
    # Built inside the write: a write-only workbook can be saved once only.
    def write(temporary: Path) -> None:
        build_attendance_workbook(summary, options).save(temporary)

    # the attendee list is personal data: readable by the user only
    return write_atomically(path, write, private=(options or AttendanceOptions()).include_names)


def export_attendance(session: Session, series_id: int, path: Path | str,
                      options: AttendanceOptions | None = None) -> Path:
    options = options or AttendanceOptions()
    summary = attendance_summary(session, series_id, include_names=options.include_names)
    return write_attendance(path, summary, options)


@dataclass(frozen=True)
class _ChartData:
    """Where a chart's figures are: the sheet, header row, last data row and columns."""

    ws: StreamedSheet
    header: int
    last: int
    first_column: int
    last_column: int


def _heading(ws: StreamedSheet, summary: AttendanceSummary, subtitle: str, w: Wording) -> None:
    put_text(ws, 1, 1, f"{summary.series_title_in(w.language)} — {summary.year}", st.TITLE)
    ws.row_dimensions[1].height = 24
    put_text(ws, 2, 1, subtitle, st.SUBTITLE)


def _registrations_label(summary: AttendanceSummary, w: Wording) -> str:
    recorded, with_records = summary.webinars_with_registrations, sum(1 for x in summary.webinars if x.has_records)
    if recorded and recorded < with_records:
        return w.gettext("Registrations (the {recorded} of {total} webinars whose source recorded them)").format(
            recorded=recorded, total=with_records)
    return w.gettext("Registrations (all webinars)")


def _attendance_sheet(ws: StreamedSheet, summary: AttendanceSummary, counts: SmallCounts, exported: date,
                      w: Wording) -> _ChartData | None:
    _heading(ws, summary, w.gettext("Attendee summary"), w)
    row = 4
    has_records = summary.has_records
    registrations: int | str | None = counts.shown(summary.total_registered)
    if registrations is None:
        registrations = w.gettext(NOT_RECORDED if has_records else NO_RECORDS)
    no_records = w.gettext(NO_RECORDS)
    headline: list[tuple[str, int | str | None]] = [
        (w.gettext("Participants (reported)"), counts.shown(summary.participants_reported)
         if summary.participants_reported is not None else w.gettext(NOT_REPORTED)),
        (w.gettext("Participants (counted from imported records)"),
         counts.shown(summary.participants_counted) if has_records else no_records),
        (_registrations_label(summary, w), registrations),
        (w.gettext("Attendances (all webinars)"), counts.shown(summary.total_attended) if has_records else no_records),
        (w.gettext("Returning participants (2 or more webinars)"),
         counts.shown(summary.returning_participants) if has_records else no_records),
    ]
    for name, value in headline:
        put_text(ws, row, 1, name, st.LABEL)
        put_value(ws, row, 2, value, st.NUMBER if isinstance(value, int) else st.BODY)
        row += 1
    st.set_widths(ws, {"A": 44})
    st.fit_row_heights(ws, 4, row - 1)  # long labels wrap: give their rows the room
    put_text(ws, row, 1, w.gettext("Reported figures were entered by hand (for example from a published report); "
                                   "counted figures come from the imported attendance records (participants: "
                                   "distinct people)."), st.NOTE)
    row += 2
    header = row
    put_row(ws, header, [w.gettext(h) for h in (N_("Webinar"), N_("Title"), N_("Registered"), N_("Attended"),
                                                 N_("Attendance rate"), N_("Average minutes"),
                                                 N_("Participants (reported)"))], st.HEADER)
    for figures in summary.webinars:
        row += 1
        hide = counts.hidden(figures.attended) or counts.hidden(figures.registered)
        put_text(ws, row, 1, w.gettext("Webinar {number}").format(number=figures.number), st.BODY)
        put_text(ws, row, 2, figures.title_in(w.language), st.BODY)
        if figures.has_records and not figures.registration_recorded:
            put_text(ws, row, 3, w.gettext(NOT_RECORDED), st.NOTE)
        else:
            put_value(ws, row, 3, counts.shown(figures.registered), st.NUMBER)
        put_value(ws, row, 4, counts.shown(figures.attended), st.NUMBER)
        put_value(ws, row, 5, None if hide else figures.rate, st.PERCENT)
        minutes = None if hide or figures.average_minutes is None else round(figures.average_minutes, 1)
        put_value(ws, row, 6, minutes, st.NUMBER)
        ws.cell(row=row, column=6).number_format = "0.0"
        put_value(ws, row, 7, counts.shown(figures.reported), st.NUMBER)
    last = row
    st.set_widths(ws, {"A": 44, "B": 60, "C": 13, "D": 13, "E": 16, "F": 16, "G": 14})
    st.fit_row_heights(ws, header, last)
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    st.print_setup(ws, title=_sheet_title(summary, w, N_("attendee summary")),
                   header_rows=(header, header), exported=exported, words=w)
    if not (has_records and summary.webinars):
        return None
    # Registered beside attended only when every webinar recorded it: a "not recorded"
    # cell would be drawn as a bar of 0.
    first = 3 if all(x.registration_recorded for x in summary.webinars if x.has_records) else 4
    return _ChartData(ws, header, last, first, 4)


def _sector_table(ws: StreamedSheet, row: int, caption: str, headers: list[str], rows: list[tuple[str, list]],
                  counts: SmallCounts, total_row: bool, total: str) -> tuple[int, int]:
    """A captioned table of sector figures; returns (header row, last row)."""
    put_text(ws, row, 1, caption, st.SUBTITLE)
    header = row + 1
    put_row(ws, header, headers, st.HEADER)
    row = header
    for name, values in rows:
        row += 1
        put_text(ws, row, 1, name, st.BODY)
        for offset, value in enumerate(values):
            put_value(ws, row, 2 + offset, counts.shown(value), st.NUMBER)
    if total_row and rows:
        row += 1
        put_text(ws, row, 1, total, st.LABEL)
        for offset in range(len(headers) - 1):
            found = [values[offset] for _, values in rows if values[offset] is not None]
            put_value(ws, row, 2 + offset, counts.shown(sum(found)) if found else None, st.TOTAL)
    return header, row


def _sectors_sheet(ws: StreamedSheet, summary: AttendanceSummary, counts: SmallCounts, exported: date,
                   w: Wording) -> _ChartData | None:
    _heading(ws, summary, w.gettext("Audience sectors"), w)
    numbers = [w.gettext("Webinar {number}").format(number=x.number) for x in summary.webinars]
    sector, total = w.gettext("Sector"), w.gettext("Total")
    row, first_header, chart = 4, None, None
    if summary.sectors:
        rows = [(s.name_in(w.language), [*s.per_webinar, s.total]) for s in summary.sectors]
        header, last = _sector_table(
            ws, row, w.gettext("Attendees by sector, counted from imported records"), [sector, *numbers, total], rows,
            counts, True, total)
        first_header = header
        put_text(ws, last + 1, 1, w.gettext("Not stated: the file's sector field was empty. Unclassified: no sector "
                                            "field, or a value no rule recognised. Each webinar's total is its "
                                            "attendance."), st.NOTE)
        chart = _ChartData(ws, header, last - 1, len(numbers) + 2, len(numbers) + 2)
        row = last + 3
    if summary.reported_sectors:
        rows = [(s.name_in(w.language), [*s.per_webinar, s.series_reported, s.total]) for s in summary.reported_sectors]
        header, last = _sector_table(
            ws, row, w.gettext("Audience sectors as reported (entered by hand)"),
            [sector, *numbers, w.gettext("Series"), total], rows, counts,
            any(s.total is not None for s in summary.reported_sectors), total)
        first_header = first_header or header
        if not any(s.total is not None for s in summary.reported_sectors):
            put_text(ws, last + 1, 1, w.gettext("The audience included these sectors; no counts per sector were "
                                                "recorded."), st.NOTE)
        row = last + 3
    if first_header is None:
        put_text(ws, row, 1, w.gettext("No sector figures: no records imported and none entered."), st.NOTE)
    widths = {"A": 40} | {get_column_letter(c): 13 for c in range(2, len(numbers) + 4)}
    st.set_widths(ws, widths)
    if first_header is not None:
        ws.freeze_panes = ws.cell(row=first_header + 1, column=2)
    # Two tables on one sheet: no repeated header row (it would head the other table).
    st.print_setup(ws, title=_sheet_title(summary, w, N_("audience sectors")),
                   header_rows=None, exported=exported, words=w)
    return chart


def _charts_sheet(ws: StreamedSheet, summary: AttendanceSummary, webinars: _ChartData | None,
                  sectors: _ChartData | None, exported: date, w: Wording) -> None:
    """Each chart on a page of its own (a manual break between them, no repeated header
    rows), sized to fit a landscape letter page."""
    _heading(ws, summary, w.gettext("Charts"), w)
    row = 4
    charts = []
    if webinars is not None:
        chart = BarChart()
        chart.type = "col"
        chart.title = (w.gettext("Registered and attended, per webinar") if webinars.first_column == 3
                       else w.gettext("Attended, per webinar (registrations not recorded for every webinar)"))
        chart.y_axis.title = w.gettext("People")
        chart.add_data(Reference(webinars.ws, min_col=webinars.first_column, max_col=webinars.last_column,
                                 min_row=webinars.header, max_row=webinars.last), titles_from_data=True)
        chart.set_categories(Reference(webinars.ws, min_col=1, min_row=webinars.header + 1, max_row=webinars.last))
        charts.append(chart)
    if sectors is not None:
        chart = BarChart()
        chart.type = "bar"
        chart.title = w.gettext("Attendees by sector (counted from imported records)")
        chart.legend = None
        chart.x_axis.scaling.orientation = "maxMin"  # top to bottom in the table's order
        chart.add_data(Reference(sectors.ws, min_col=sectors.first_column, min_row=sectors.header,
                                 max_row=sectors.last), titles_from_data=True)
        chart.set_categories(Reference(sectors.ws, min_col=1, min_row=sectors.header + 1, max_row=sectors.last))
        charts.append(chart)
    st.set_widths(ws, {"A": 12})
    st.print_setup(ws, title=_sheet_title(summary, w, N_("charts")), header_rows=None,
                   exported=exported, words=w)
    place_charts(ws, charts, row)


def _survey_sheet(ws: StreamedSheet, summary: AttendanceSummary, exported: date, w: Wording) -> None:
    _heading(ws, summary, w.gettext("Post-webinar survey"), w)
    header = 4
    put_row(ws, header, [w.gettext(h) for h in (N_("Webinar"), N_("Statement"), N_("Agreed"), N_("As reported"),
                                                 N_("Responses"))], st.HEADER)
    row = header
    for result in summary.survey:
        row += 1
        scope = (w.gettext("Webinar {number}").format(number=result.webinar_number) if result.webinar_number
                 else w.gettext("Series"))
        put_text(ws, row, 1, scope, st.BODY)
        put_text(ws, row, 2, result.statement_in(w.language), st.BODY)
        put_value(ws, row, 3, result.percent_agree / 100, st.PERCENT)
        put_text(ws, row, 4, w.percent(result.percent_agree, result.approximate), st.BODY)
        put_value(ws, row, 5, result.responses, st.NUMBER)
    if row == header:
        put_text(ws, row + 1, 1, w.gettext("No survey results recorded."), st.NOTE)
    st.set_widths(ws, {"A": 12, "B": 80, "C": 10, "D": 16, "E": 12})
    st.fit_row_heights(ws, header + 1, row)
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    st.print_setup(ws, title=_sheet_title(summary, w, N_("survey")),
                   header_rows=(header, header), exported=exported, words=w)


def _sheet_title(summary: AttendanceSummary, w: Wording, part: str) -> str:
    """"Title — attendee summary" in the document's language (`part` marked with N_ where
    it is written: a gettext call inside an f-string escapes extraction)."""
    return f"{summary.series_title_in(w.language)} — {w.gettext(part)}"


def _attendees_sheet(ws: StreamedSheet, summary: AttendanceSummary, exported: date, w: Wording) -> None:
    put_text(ws, 1, 1, w.gettext(PERSONAL_NOTE), st.WARNING)
    ws.merge_cells("A1:G1")
    ws.sheet_properties.tabColor = "C00000"
    header = 3
    put_row(ws, header, [w.gettext(h) for h in (N_("Webinar"), N_("Name"), N_("E-mail"), N_("Organization"),
                                                 N_("Sector"), N_("Attended"), N_("Minutes"))], st.HEADER)
    last = header + len(summary.attendees)
    if last > header:
        ws.auto_filter.ref = f"A{header}:G{last}"
    st.set_widths(ws, {"A": 10, "B": 28, "C": 32, "D": 36, "E": 28, "F": 10, "G": 10})
    ws.freeze_panes = f"A{header + 1}"
    st.print_setup(ws, title=_sheet_title(summary, w, N_("attendees (personal information)")),
                   header_rows=(header, header), exported=exported, words=w)
    ws.flush()  # the layout and the top rows first; then one row per attendee, streamed
    yes, no = w.gettext("yes"), w.gettext("no")
    french = w.language == "fr"
    for a in summary.attendees:
        ws.append((a.webinar_number, text_value(ws.ws, a.name), text_value(ws.ws, a.email),
                   text_value(ws.ws, a.organization),
                   text_value(ws.ws, a.sector_fr if french and a.sector_fr else a.sector),
                   yes if a.attended else no, a.minutes))
