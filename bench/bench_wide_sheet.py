"""Reading cost follows the cells present, not the sheet's width.

A workbook of N attendee rows (template layout, columns A-F) where every row also has one
cell far to the right (column XFD, the last Excel allows), against the same rows without
that cell. openpyxl pads every row to the sheet's width, so reading the first took 61 s
against 11 s for 500,000 rows; the importer now builds each row from the cells present
and only up to the header's width. Both files pass the same archive checks as any
import (size, compression ratio, no DTD).

Measured in one run, best of `--runs`, each a full `parse_attendance_file`. Prints both
times and the ratio (target: close to 1, the far cell being one cell more per row; with
openpyxl's padded rows it was 2.1x at 100,000 rows on the 2-core test machine).

Run: python bench/bench_wide_sheet.py [--rows 500000] [--runs 2]   (about a minute at
500,000 rows; each file is about 6-9 MB)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ocse_planner.importers import parse_attendance_file  # noqa: E402

HEADERS = ("name", "email", "organization", "sector", "attended", "minutes")
FAR_COLUMN = "XFD"  # column 16,384

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Attendees" sheetId="1" r:id="rId1"/></sheets></workbook>"""
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>"""


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _sheet(rows: int, far: bool) -> bytes:
    """The worksheet XML, written directly (openpyxl would take minutes to write it)."""
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    parts.append('<row r="1">' + "".join(_cell(f"{chr(65 + i)}1", h) for i, h in enumerate(HEADERS)) + "</row>")
    for n in range(2, rows + 2):
        values = (f"Participant {n}", f"p{n}@example.org", f"Org {n % 97}", "Education", "yes", str(n % 90))
        cells = "".join(_cell(f"{chr(65 + i)}{n}", v) for i, v in enumerate(values))
        if far:
            cells += _cell(f"{FAR_COLUMN}{n}", f"x{n % 7}")
        parts.append(f'<row r="{n}">{cells}</row>')
    parts.append("</sheetData></worksheet>")
    return "".join(parts).encode()


def write_workbook(path: Path, rows: int, far: bool) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", _sheet(rows, far))
    return path


def best_time(path: Path, runs: int, rows: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        report = parse_attendance_file(path)
        best = min(best, time.perf_counter() - start)
        assert len(report.rows) == rows and not report.problems, (len(report.rows), report.problems[:3])
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        narrow = write_workbook(Path(folder) / "narrow.xlsx", args.rows, far=False)
        wide = write_workbook(Path(folder) / "wide.xlsx", args.rows, far=True)
        print(f"{args.rows:,} rows: {narrow.stat().st_size / 1e6:.1f} MB (columns A-F), "
              f"{wide.stat().st_size / 1e6:.1f} MB (plus one cell in {FAR_COLUMN} per row)")
        baseline = best_time(narrow, args.runs, args.rows)
        measured = best_time(wide, args.runs, args.rows)
    print(f"without the far cell: {baseline:.2f} s")
    print(f"with the far cell:    {measured:.2f} s")
    print(f"ratio: {measured / baseline:.2f}x")


if __name__ == "__main__":
    main()
