"""The attendee summary: SQL aggregates, charts, small-cell suppression, the opt-in list."""

from __future__ import annotations

import zipfile

from openpyxl import load_workbook

from ocse_planner.export.attendance_xlsx import PERSONAL_NOTE, AttendanceOptions, export_attendance
from ocse_planner.services.attendance_summary import attendance_summary
from tests.export.conftest import formula_or_error_cells, sheet_text


def _table(ws, first_header):
    header = next(r for r in range(1, 40) if ws.cell(r, 1).value == first_header)
    rows = []
    r = header + 1
    while ws.cell(r, 1).value:
        rows.append([ws.cell(r, c).value for c in range(1, ws.max_column + 1)])
        r += 1
    return [ws.cell(header, c).value for c in range(1, ws.max_column + 1)], rows


def test_demo_without_records_shows_the_reported_figures(demo_db, tmp_path):
    path = tmp_path / "att.xlsx"
    with demo_db.read() as session:
        export_attendance(session, 1, path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Attendance", "Sectors", "Survey"]  # no names unless asked
    summary = wb["Attendance"]
    assert summary["A4"].value == "Participants (reported)" and summary["B4"].value == 611
    assert summary["A5"].value.startswith("Participants (counted") and summary["B5"].value == "no records imported"
    _, sectors = _table(wb["Sectors"], "Sector")
    assert [r[0] for r in sectors][:8] == [
        "Law enforcement", "Child-serving organizations", "Victim services", "Other non-governmental organizations",
        "Education", "Federal government", "Provincial/territorial government", "Local government"]
    _, survey = _table(wb["Survey"], "Webinar")
    assert [(r[2], r[3]) for r in survey] == [(0.82, "82%"), (0.8, "close to 80%")]
    assert wb["Survey"].cell(5, 3).number_format == "0%"
    assert "Charts" not in wb.sheetnames  # no counts, no empty chart


def test_aggregates_match_the_records(attendance_db, tmp_path):
    path = tmp_path / "att.xlsx"
    with attendance_db.read() as session:
        summary = attendance_summary(session, 1)
        export_attendance(session, 1, path)
    assert (summary.unique_participants, summary.returning_participants) == (5, 2)  # a@ ×3, b@ ×2
    wb = load_workbook(path)
    ws = wb["Attendance"]
    _, rows = _table(ws, "Webinar")
    assert [(r[2], r[3]) for r in rows] == [(4, 3), (3, 2), (3, 3)]
    assert rows[0][4] == 0.75 and rows[0][5] == 80.0
    headers, sectors = _table(wb["Sectors"], "Sector")
    assert headers[:5] == ["Sector", "Webinar 1", "Webinar 2", "Webinar 3", "Total"]
    by_name = {r[0]: r for r in sectors}
    assert by_name["Law enforcement"][1:5] == [2, 1, 2, 5]
    assert by_name["Total"][1:5] == [3, 2, 3, 8]
    charts = wb["Charts"]._charts
    assert len(charts) == 2 and {type(c).__name__ for c in charts} == {"BarChart"}
    assert not ws._charts and not wb["Sectors"]._charts  # charts print on their own pages
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows


def test_min_cell_hides_small_counts(attendance_db, tmp_path):
    path = tmp_path / "att.xlsx"
    with attendance_db.read() as session:
        export_attendance(session, 1, path, AttendanceOptions(min_cell=3))
    wb = load_workbook(path)
    _, rows = _table(wb["Attendance"], "Webinar")
    assert [(r[2], r[3]) for r in rows] == [(4, 3), (3, "<3"), (3, 3)]
    assert rows[1][4] is None and rows[1][5] is None  # rate and minutes would reveal the count
    _, sectors = _table(wb["Sectors"], "Sector")
    assert {r[0]: r for r in sectors}["Law enforcement"][1:4] == ["<3", "<3", "<3"]


def test_attendee_list_only_when_asked_and_marked(attendance_db, tmp_path):
    plain, named = tmp_path / "plain.xlsx", tmp_path / "named.xlsx"
    with attendance_db.read() as session:
        export_attendance(session, 1, plain)
        export_attendance(session, 1, named, AttendanceOptions(include_names=True))
    assert not any("a@x.ca" in t for ws in load_workbook(plain) for t in sheet_text(ws))
    wb = load_workbook(named)
    ws = wb["Attendees (personal)"]
    assert ws["A1"].value == PERSONAL_NOTE
    assert sum(1 for t in sheet_text(ws) if t == "a@x.ca") == 3
    assert formula_or_error_cells(named) == []


def test_the_workbook_is_streamed_with_named_styles_only(attendance_db, tmp_path):
    """Write-only: rows go to disk as they are written; cells carry the shared named
    styles, so the file's formats do not grow with the number of cells."""
    from ocse_planner.export.attendance_xlsx import build_attendance_workbook
    from ocse_planner.export.styles import BODY, HEADER, LABEL, NUMBER, TITLE

    with attendance_db.read() as session:
        summary = attendance_summary(session, 1, include_names=True)
    streamed = build_attendance_workbook(summary, AttendanceOptions(include_names=True))
    assert streamed.write_only
    out = tmp_path / "summary.xlsx"
    streamed.save(out)
    wb = load_workbook(out)
    used = {cell.style for ws in wb for row in ws.iter_rows() for cell in row if cell.has_style}
    assert {TITLE, LABEL, HEADER, NUMBER, BODY} <= used <= set(wb.named_styles)
    assert len(wb._cell_styles) <= len(wb.named_styles) + 4  # a number format or quote prefix at most
    attendance = wb["Attendance"]
    assert attendance.freeze_panes and attendance.print_title_rows
    with zipfile.ZipFile(out) as archive:  # native charts, not pictures
        assert {"xl/charts/chart1.xml", "xl/charts/chart2.xml"} <= set(archive.namelist())
    assert wb["Sectors"].column_dimensions["A"].width == 40
