"""The demo exports open in LibreOffice: converted to PDF headless, without error.

Skipped where LibreOffice is not installed (`apt-get install libreoffice-calc-nogui
libreoffice-writer-nogui` installs it; `.ci/run` does).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from ocse_planner.export.agenda_xlsx import AgendaOptions, export_agenda
from ocse_planner.export.attendance_xlsx import export_attendance
from ocse_planner.export.directory_xlsx import export_directory
from ocse_planner.export.report_docx import export_report

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_demo_exports_convert_to_pdf(attendance_db, tmp_path):
    out = tmp_path / "exports"
    out.mkdir()
    with attendance_db.read() as session:
        files = [
            export_agenda(session, 1, out / "OCSE-2022-agenda.xlsx", AgendaOptions(internal=True)),
            export_attendance(session, 1, out / "OCSE-2022-attendance.xlsx"),
            export_directory(session, 1, out / "OCSE-2022-directory.xlsx"),
            export_report(session, 1, out / "OCSE-2022-report.docx"),
        ]
    result = subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), *map(str, files)],
        capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stderr
    for f in files:
        pdf = tmp_path / "pdf" / f"{f.stem}.pdf"
        assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF"), f.name
        assert pdf.stat().st_size > 5_000


PDFTOTEXT = shutil.which("pdftotext")


@pytest.mark.skipif(SOFFICE is None or PDFTOTEXT is None, reason="LibreOffice or pdftotext is not installed")
def test_the_attendee_summary_prints_each_chart_whole_on_its_own_page(attendance_db, tmp_path):
    """Rendered by LibreOffice: each chart's title is on a page with no table header row, the
    two charts on different pages, and no page is empty (a chart pushed past a break)."""
    path = tmp_path / "att.xlsx"
    with attendance_db.read() as session:
        export_attendance(session, 1, path)
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(path)], capture_output=True, timeout=180, check=True)
    pdf = tmp_path / "att.pdf"
    pages = _visible_lines(pdf)
    assert all(pages), "an empty page"
    charts = {title: [i for i, lines in enumerate(pages) if any(title in line for line in lines)]
              for title in ("Registered and attended, per webinar", "Attendees by sector (counted from imported")}
    assert all(len(found) == 1 for found in charts.values()), charts
    assert charts["Registered and attended, per webinar"] != charts["Attendees by sector (counted from imported"]
    for (index,) in charts.values():  # no repeated table header row printed over a chart
        headers = [line for line in pages[index] if "Title Registered Attended" in line or
                   line.startswith("Sector Webinar 1")]
        assert headers == [], pages[index]


def _visible_lines(pdf) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """Per page, the lines of text inside the printable area (between the 1-inch margins,
    where the header and footer are not): LibreOffice also writes the clipped-off parts of
    drawings that touch a page, which no reader sees."""
    import xml.etree.ElementTree as ET

    xhtml = subprocess.run([PDFTOTEXT, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    namespace = {"x": "http://www.w3.org/1999/xhtml"}
    pages = []
    for page in ET.fromstring(xhtml).iterfind(".//x:page", namespace):
        bottom = float(page.get("height")) - 72
        rows: dict[int, list[str]] = {}
        for word in page.iterfind("x:word", namespace):
            if 72 <= float(word.get("yMin")) and float(word.get("yMax")) <= bottom:
                rows.setdefault(round(float(word.get("yMin"))), []).append(word.text or "")
        pages.append([" ".join(words) for _, words in sorted(rows.items())])
    return pages
