"""`ocse-planner export …` and `ocse-planner release-agenda`."""

from __future__ import annotations

import re

from docx import Document
from openpyxl import load_workbook

from ocse_planner.cli import main
from tests.export.conftest import add_attendance


def test_export_each_kind(demo_target, tmp_path, capsys):
    for kind, name in (("agenda", "a.xlsx"), ("attendance", "b.xlsx"), ("directory", "c.xlsx"), ("report", "d.docx")):
        assert main(["export", kind, "--db", demo_target, "--series", "2022", "-o", str(tmp_path / name)]) == 0
        assert f"Wrote {tmp_path / name}" in capsys.readouterr().out
    assert load_workbook(tmp_path / "a.xlsx").sheetnames[1] == "Webinar 1"
    assert load_workbook(tmp_path / "b.xlsx")["Attendance"]["B4"].value == 611
    assert load_workbook(tmp_path / "c.xlsx").sheetnames == ["Presenters", "Partners", "Open actions"]
    assert "A total of 611 participants" in "\n".join(p.text for p in Document(str(tmp_path / "d.docx")).paragraphs)


def test_release_then_export_with_changes(demo_target, tmp_path, capsys):
    assert main(["release-agenda", "--db", demo_target, "--series", "2022", "--note", "to partners"]) == 0
    recorded = capsys.readouterr().out
    assert "Agenda release 1 recorded (12 presentations" in recorded
    assert re.search(r"presentations, \d{4}-\d\d-\d\d \d{1,2}:\d\d [ap]\.m\. UTC\)", recorded)  # the one clock
    out = tmp_path / "agenda.xlsx"
    assert main(["export", "agenda", "--db", demo_target, "--series", "1", "-o", str(out),
                 "--internal", "--changes-since", "1"]) == 0
    wb = load_workbook(out)
    assert wb.sheetnames[-1] == "Changes since release 1"
    changes = wb["Changes since release 1"]
    assert changes["A1"].value == "INTERNAL — not for distribution"  # the internal copy's banner row
    assert changes["A6"].value == "No changes: the agendas are as released."
    assert main(["export", "agenda", "--db", demo_target, "--series", "1", "-o", str(out),
                 "--changes-since", "4"]) == 2
    assert "no agenda release 4 (releases: 1)" in capsys.readouterr().err


def test_attendance_options(demo_path, tmp_path):
    add_attendance(demo_path)
    out = tmp_path / "att.xlsx"
    assert main(["export", "attendance", "--db", str(demo_path), "--series", "2022", "-o", str(out),
                 "--min-cell", "3", "--include-names"]) == 0
    wb = load_workbook(out)
    assert "Attendees (personal)" in wb.sheetnames
    assert "<3" in [c.value for row in wb["Sectors"].iter_rows() for c in row]


def test_export_errors_are_one_line(demo_target, tmp_path, capsys):
    missing = tmp_path / "no-such-folder" / "a.xlsx"
    assert main(["export", "agenda", "--db", demo_target, "--series", "2022", "-o", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(missing) in err and "does not exist" in err
    assert main(["export", "report", "--db", demo_target, "--series", "1999", "-o", str(tmp_path / "r.docx")]) == 2
    assert "no series with id or year 1999" in capsys.readouterr().err
    assert main(["export", "attendance", "--db", demo_target, "--series", "2022", "-o", str(tmp_path / "x.xlsx"),
                 "--min-cell", "0"]) == 2


def test_agenda_as_pdf_is_chosen_by_the_extension(demo_target, tmp_path):
    """In a separate process, as a server would run it: a PDF for .pdf (any case), a workbook else."""
    import os
    import subprocess
    import sys

    from pypdf import PdfReader

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    out = tmp_path / "OCSE-2022-agenda.PDF"
    result = subprocess.run([sys.executable, "-m", "ocse_planner", "export", "agenda", "--db", demo_target,
                             "--series", "2022", "--internal", "-o", str(out)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {out}"
    assert out.read_bytes().startswith(b"%PDF")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Booking status" in text and "Geneviève" in text


def test_export_help_mentions_the_pdf(capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert ".pdf" in capsys.readouterr().out
