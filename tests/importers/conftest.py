"""Fixtures for the attendance-importer tests: sample files and converters.

The samples in ``samples/`` were written from the platforms' documented
export layouts (see ``ocse_planner/importers/layouts.py``).  XLSX variants
are generated from them at test time so there is one source of truth.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

# Every message the importers build in these tests must be one the French window can show.
from tests.message_catalogue import (  # noqa: F401 - pytest hooks
    pytest_configure,
    pytest_runtest_call,
    pytest_runtest_setup,
)

SAMPLES = Path(__file__).parent / "samples"


def force_row_by_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the parser convert every row one by one (the route of ragged or sectioned
    files): its converters then decline every block (importers/rows.py)."""
    from ocse_planner.importers import parser as parser_module

    real = parser_module.make_converter

    def row_by_row(*args, **kwargs):  # type: ignore[no-untyped-def]
        convert = real(*args, **kwargs)
        convert.block = lambda numbers, block: None
        return convert

    monkeypatch.setattr(parser_module, "make_converter", row_by_row)


def read_sample_rows(path: Path) -> list[list[str]]:
    """Rows of a sample CSV/TSV (UTF-8, UTF-8 BOM or UTF-16 BOM)."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        text = data.decode("utf-8-sig")
    first_lines = text.splitlines()[:20]
    delimiter = "\t" if any("\t" in line for line in first_lines) else ","
    return [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[..., Path]:
    """``write_file(name, content, encoding="utf-8")``: bytes are written as-is."""

    def write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        if isinstance(content, str):
            content = content.encode(encoding)
        path.write_bytes(content)
        return path

    return write


@pytest.fixture
def write_xlsx(tmp_path: Path) -> Callable[..., Path]:
    """``write_xlsx(name, rows, typed=False)``: one sheet (or ``sheets={title: rows}``).

    With ``typed=True`` numeric strings become numbers and US-style
    date-times become real Excel dates, as when a user re-saves a CSV in Excel.
    """

    def write(
        name: str,
        rows: list[list[str]] | None = None,
        *,
        typed: bool = False,
        sheets: dict[str, list[list[str]]] | None = None,
    ) -> Path:
        workbook = openpyxl.Workbook()
        workbook.remove(workbook.active)
        for title, sheet_rows in (sheets or {"Sheet1": rows or []}).items():
            sheet = workbook.create_sheet(title)
            for row in sheet_rows:
                sheet.append([_typed(cell) if typed else cell for cell in row] or [None])
        path = tmp_path / name
        workbook.save(path)
        return path

    return write


@pytest.fixture
def sample_as_xlsx(write_xlsx: Callable[..., Path]) -> Callable[..., Path]:
    def convert(sample_name: str, *, typed: bool = False) -> Path:
        rows = read_sample_rows(SAMPLES / sample_name)
        return write_xlsx(Path(sample_name).with_suffix(".xlsx").name, rows, typed=typed)

    return convert


def _typed(cell: str) -> object:
    if cell.isdigit():
        return int(cell)
    for fmt in ("%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p"):
        try:
            return datetime.strptime(cell, fmt)
        except ValueError:
            pass
    return cell if cell != "" else None
