"""Revision 0010 (readiness checklists) on a file made by the revision before it."""

from __future__ import annotations

import importlib
import sqlite3

from sqlalchemy import select

from ocse_planner.db import open_database
from ocse_planner.db.migrate import upgrade
from ocse_planner.db.models import DEFAULT_READINESS_ITEMS, ReadinessItem, Series
from tests.db.test_migrations import _downgrade

REVISION = importlib.import_module("ocse_planner.db.migrations.versions.0010_readiness")


def test_every_series_of_an_older_file_gets_the_default_list(tmp_path):
    path = tmp_path / "old.db"
    path.touch()
    upgrade(path, REVISION.down_revision)
    with sqlite3.connect(path) as conn:
        for year in (2022, 2023):
            conn.execute(
                "INSERT INTO series (title, year, objectives, status, time_zone, version, created_at, updated_at)"
                " VALUES ('Series', ?, '[]', 'planning', 'America/Toronto', 1, '2022-01-01', '2022-01-01')", (year,))
    conn.close()
    upgrade(path, REVISION.revision)
    db = open_database(path)
    try:
        with db.read() as s:
            for series_id in s.scalars(select(Series.id)):
                items = s.scalars(select(ReadinessItem).where(ReadinessItem.series_id == series_id)
                                  .order_by(ReadinessItem.position)).all()
                assert [(i.title, i.title_fr, i.days_before) for i in items] == list(DEFAULT_READINESS_ITEMS)
    finally:
        db.close()
    assert REVISION.DEFAULT_ITEMS == DEFAULT_READINESS_ITEMS  # the frozen copy matches today's


def test_the_revision_goes_back_down(tmp_path):
    path = tmp_path / "new.db"
    path.touch()
    upgrade(path, REVISION.revision)
    _downgrade(path, REVISION.down_revision)
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert "readiness_item" not in tables and "readiness_tick" not in tables
