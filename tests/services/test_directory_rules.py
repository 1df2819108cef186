"""The series directory: one row per booking, every contact field as text (never None)."""

from __future__ import annotations

import pytest

from ocse_planner.db.models import Person
from ocse_planner.services.directory import series_directory
from ocse_planner.services.errors import NotFoundError


def test_a_presenter_row_gives_each_contact_field_as_text(demo_db):
    with demo_db.write() as s:
        person = s.query(Person).filter_by(family_name="Seto").one()
        person.phone, person.email = "613-555-0101", None
    with demo_db.read() as s:
        rows = [r for r in series_directory(s, 1).presenters if r.presenter.endswith("Seto")]
    assert rows and all((r.phone, r.email) == ("613-555-0101", "") for r in rows)
    with demo_db.write() as s:
        s.query(Person).filter_by(family_name="Seto").one().phone = None
    with demo_db.read() as s:
        rows = [r for r in series_directory(s, 1).presenters if r.presenter.endswith("Seto")]
    assert all(r.phone == "" for r in rows)
    with demo_db.read() as s, pytest.raises(NotFoundError, match="no series with id 99"):
        series_directory(s, 99)
