"""Rows converted a block at a time, column by column, give exactly what row by row gives.

The parser converts plain blocks of rows one column at a time and any block holding
something unusual row by row (importers/rows.py). Both must agree on every row, every
problem and every count, whatever the file holds: each file here is parsed both ways
(the column path switched off for the second) and the results compared.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from ocse_planner.importers import parse_attendance_file
from ocse_planner.importers import parser as parser_module
from tests.importers.conftest import force_row_by_row

SAMPLES = Path(__file__).parent / "samples"

ODD_VALUES = {
    "attended": ["yes", "No", "", "--", "TRUE", "oui", "checked  in", "maybe", " 1 "],
    "minutes": ["45", "45.5", "45,5", "1h 5m", "1:05:00", "-3", "nan", "", "1e9", "abc", " 30 "],
    "email": ["p{i}@example.org", "P{i}@EXAMPLE.org", "", "--", "not-an-address", "é{i}@exemple.ca",
              "x{i}@ex\u200bample.org", "=cmd{i}@x.org"],
    "name": ["Person {i}", "", "  Spaced   Out {i} ", "=HYPERLINK(\"x\")", "Tab\there {i}", "N/A", "Ünïcödé {i}"],
    "organization": ["Org", "", "n/a", "Line\nbreak org", "\x07bell"],
    "sector": ["", "Police", "Education", "—", "Federal government"],
}


def both_ways(path: Path, monkeypatch: pytest.MonkeyPatch, **options: object):  # type: ignore[no-untyped-def]
    by_block = parse_attendance_file(path, **options)
    with monkeypatch.context() as patch:
        force_row_by_row(patch)
        by_row = parse_attendance_file(path, **options)
    return by_block, by_row


def assert_same(by_block, by_row) -> None:  # type: ignore[no-untyped-def]
    assert by_block.rows == by_row.rows
    assert by_block.problems == by_row.problems
    assert by_block.cleaned_values == by_row.cleaned_values
    assert by_block.layout == by_row.layout


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.iterdir()))
def test_every_sample_file_reads_the_same(sample, monkeypatch):
    assert_same(*both_ways(SAMPLES / sample, monkeypatch))


def plain_rows(count: int) -> list[dict[str, str]]:
    return [{"name": f"Person {i}", "email": f"p{i}@example.org", "organization": "Org",
             "sector": ("", "Police")[i % 2], "attended": ("yes", "no")[i % 3 == 0], "minutes": str(i % 90)}
            for i in range(count)]


def write_template(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["name", "email", "organization", "sector", "attended", "minutes"])
        out.writerows(row.values() for row in rows)
    return path


@pytest.mark.parametrize(("field", "value"), [(f, v) for f, values in ODD_VALUES.items() for v in values])
def test_one_odd_value_among_plain_rows_reads_the_same(field, value, tmp_path, monkeypatch):
    rows = plain_rows(1500)
    rows[700][field] = value.format(i=700)
    assert_same(*both_ways(write_template(tmp_path / "one-odd.csv", rows), monkeypatch))


@pytest.mark.parametrize("seed", range(12))
def test_files_with_odd_values_read_the_same(seed, tmp_path, monkeypatch):
    rng = random.Random(seed)
    odd_share = rng.choice((0.0, 0.001, 0.02, 0.3))
    path = tmp_path / "template.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["name", "email", "organization", "sector", "attended", "minutes"])
        for i in range(rng.choice((10, 1500, 3000))):
            if rng.random() < odd_share / 10:
                out.writerow([] if rng.random() < 0.5 else ["only a name"])  # blank and short rows
                continue
            row = {"name": f"Person {i}", "email": f"p{i}@example.org", "organization": "Org",
                   "sector": rng.choice(("", "Police")), "attended": rng.choice(("yes", "no")),
                   "minutes": str(rng.randint(0, 90))}
            for field, values in ODD_VALUES.items():
                if rng.random() < odd_share:
                    row[field] = rng.choice(values).format(i=i)
            out.writerow(row.values())
    assert_same(*both_ways(path, monkeypatch))


def test_a_zoom_report_with_a_section_after_its_table_reads_the_same(tmp_path, monkeypatch):
    lines = (SAMPLES / "zoom_webinar_attendee_report.csv").read_text(encoding="utf-8-sig").splitlines()
    attendee_header = next(i for i, line in enumerate(lines) if line.startswith("Attended,User Name (Original Name),First"))
    body = lines[attendee_header + 1:attendee_header + 3]
    many = [line.replace("@", f"{n}@", 1) for n in range(1200) for line in body]
    text = "\n".join([*lines[:attendee_header + 1], *many, "Panelist Details,", *body]) + "\n"
    path = tmp_path / "zoom.csv"
    path.write_text(text, encoding="utf-8")
    by_block, by_row = both_ways(path, monkeypatch)
    assert_same(by_block, by_row)
    assert len(by_block.rows) == 2400  # the table ends at the section title


def test_a_plain_file_is_converted_column_by_column(tmp_path, monkeypatch):
    """The fast path is really taken (a file of ordinary rows needs no row-by-row call)."""
    path = tmp_path / "plain.csv"
    path.write_text("name,email,attended,minutes\n"
                    + "".join(f"P {i},p{i}@example.org,yes,{i % 90}\n" for i in range(3000)), encoding="utf-8")
    calls = []
    real = parser_module.make_converter

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        convert = real(*args, **kwargs)

        def one_row(number, cells):  # type: ignore[no-untyped-def]
            calls.append(number)
            return convert(number, cells)

        one_row.block = convert.block  # type: ignore[attr-defined]
        return one_row

    monkeypatch.setattr(parser_module, "make_converter", counting)
    report = parse_attendance_file(path)
    assert len(report.rows) == 3000 and not report.problems
    assert calls == []
