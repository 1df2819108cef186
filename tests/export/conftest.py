"""Fixtures for export tests: a demo copy with imported attendance, and workbook scanning."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ocse_planner.db import open_database

# (webinar number, person key, sector position, attended, minutes)
ATTENDANCE = [
    (1, "a@x.ca", 1, True, 100), (1, "b@x.ca", 1, True, 80), (1, "c@x.ca", 3, True, 60),
    (1, "d@x.ca", 5, False, 0),
    (2, "a@x.ca", 1, True, 110), (2, "e@x.ca", 2, True, 90), (2, "f@x.ca", 2, False, 0),
    (3, "a@x.ca", 1, True, 120), (3, "b@x.ca", 1, True, 30), (3, "g@x.ca", 6, True, 45),
]


def add_attendance(path: Path, records=ATTENDANCE) -> None:  # type: ignore[no-untyped-def]
    """Insert attendance rows straight into the file, as an importer would have stored them."""
    con = sqlite3.connect(path)
    with con:
        webinars = dict(con.execute("SELECT number, id FROM webinar"))
        sectors = dict(con.execute("SELECT position, id FROM sector"))
        con.executemany(
            "INSERT INTO attendance_record (webinar_id, person_key, name, email, organization_name, sector_id,"
            " registered, attended, minutes_attended, imported_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, '2022-03-30 00:00:00')",
            [(webinars[w], key, key.split("@")[0].upper(), key, "Org", sectors[s], attended, minutes)
             for w, key, s, attended, minutes in records],
        )
    con.close()


@pytest.fixture
def attendance_db(demo_path):  # type: ignore[no-untyped-def]
    add_attendance(demo_path)
    db = open_database(demo_path)
    yield db
    db.close()


def formula_or_error_cells(path: Path) -> list[str]:
    """Every cell that a spreadsheet would evaluate or show as an error."""
    wb = load_workbook(path)
    return [f"{ws.title}!{c.coordinate}={c.value!r}" for ws in wb for row in ws.iter_rows() for c in row
            if c.data_type in ("f", "e")]


def sheet_text(ws) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
