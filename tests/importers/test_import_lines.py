"""The csv reader is fed the text's lines without a copy of the whole text (importers/
delimited.py `_lines`): the lines must be exactly those io.StringIO(text, newline="")
gives, whatever the line ends, so every file reads as it did."""

from __future__ import annotations

import io
import random

import pytest

from ocse_planner.importers import parse_attendance_file
from ocse_planner.importers.delimited import _lines

PIECES = ["a", "b,c", '"q\nq"', '"r\r\nr"', "\n", "\r\n", "\r", "é", "\u2028", "\x0c", "\x1c", "\x85", ""]


@pytest.mark.parametrize("seed", range(200))
def test_lines_are_those_of_stringio(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 30)))
    assert list(_lines(text)) == list(io.StringIO(text, newline=""))


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_a_report_reads_alike_with_any_line_end(tmp_path, end):
    rows = ["name,email,organization,attended,minutes", "Ana Costa,ana@example.org,OCSE,yes,45",
            '"Li, Wei",li@example.org,"Two\nlines",no,', "Sam Roy,sam@example.org,,yes,30"]
    path = tmp_path / "report.csv"
    path.write_bytes(end.join(rows).encode() + end.encode())
    report = parse_attendance_file(path)
    assert [(r.name, r.email, r.organization, r.attended, r.minutes_attended) for r in report.rows] == [
        ("Ana Costa", "ana@example.org", "OCSE", True, 45), ("Li, Wei", "li@example.org", "Two lines", False, 0),
        ("Sam Roy", "sam@example.org", None, True, 30)]
    assert not report.problems
