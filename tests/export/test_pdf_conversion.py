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
