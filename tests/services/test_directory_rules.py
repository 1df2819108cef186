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


def test_presenters_are_listed_in_the_reader_s_alphabetical_order(demo_db):
    """Côté, Coté, Côte and Cote differ only by accents: English compares them from the
    start of the word, French (Canadian) from its end."""
    from ocse_planner.db.models import Booking

    with demo_db.write() as s:
        ids = sorted({b.person_id for b in s.query(Booking) if b.person_id is not None})[:4]
        for person, family in zip((s.get(Person, i) for i in ids), ("Côté", "Coté", "Côte", "Cote"),
                                  strict=True):
            person.family_name, person.given_name = family, "Alex"
    orders = {}
    for language in ("en", "fr"):
        with demo_db.read() as s:
            families = [r.sort_key.split(",")[0] for r in series_directory(s, 1, language).presenters]
        orders[language] = [f for f in dict.fromkeys(families) if f.startswith(("Cot", "Côt"))]
    assert orders["en"] == ["Cote", "Coté", "Côte", "Côté"]
    assert orders["fr"] == ["Cote", "Côte", "Coté", "Côté"]


def test_an_open_action_without_an_owner_gives_the_owner_as_empty_text(demo_db):
    from ocse_planner.db.models import ActionItem, Collaboration

    with demo_db.write() as s:
        collaboration = s.query(Collaboration).filter_by(series_id=1).order_by(Collaboration.id).first()
        s.add(ActionItem(collaboration_id=collaboration.id, description="Send the logo", owner=None))
        s.add(ActionItem(collaboration_id=collaboration.id, description="Sign", owner="Dana", done=True))
    with demo_db.read() as s:
        actions = [(a.description, a.owner) for a in series_directory(s, 1).actions]
    assert ("Send the logo", "") in actions
    assert all(description != "Sign" for description, _ in actions)  # done: not open
