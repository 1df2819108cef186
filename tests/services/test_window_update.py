"""Editing one stored availability window: same checks as adding, all or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from ocse_planner.db.enums import AvailabilityKind
from ocse_planner.services import people
from ocse_planner.services.errors import ChangedElsewhereError, ValidationError
from ocse_planner.services.conflicts import ConflictKind, Severity, find_conflicts
from ocse_planner.services.people import PersonInput
from ocse_planner.services.availability import Window
from tests.services.scheduling_helpers import person_id

AWAY = Window(AvailabilityKind.UNAVAILABLE, date(2022, 2, 1), date(2022, 2, 3), note="Conference")


def _saliba_with_window(db) -> tuple[int, int, Window]:  # type: ignore[no-untyped-def]
    """Saliba (presenting in webinar 1 on 2022-01-25) given one window in February."""
    with db.write() as session:
        pid = person_id(session, "Saliba")
        detail = people.get_person(session, pid)
        people.update_person(session, pid, detail.version, replace(detail.data, availability=(AWAY,)))
    with db.read() as session:
        detail = people.get_person(session, pid)
    return pid, detail.version, detail.data.availability[0]


def _errors(db) -> list:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return [f for f in find_conflicts(session, 1) if f.severity is Severity.ERROR]


def test_moving_a_window_onto_the_webinar_day_stores_it_and_raises_a_conflict(demo_db):
    pid, version, stored = _saliba_with_window(demo_db)
    assert stored.id is not None and _errors(demo_db) == []
    edited = replace(stored, start_date=date(2022, 1, 25), end_date=date(2022, 1, 25), note="Court date")
    with demo_db.write() as session:
        new_version = people.update_window(session, pid, version, stored.id, edited)
    assert new_version > version  # the person form shown before is now stale
    with demo_db.read() as session:
        windows = people.get_person(session, pid).data.availability
    assert windows == (edited,) and windows[0].id == stored.id  # edited in place, not replaced
    errors = _errors(demo_db)
    assert [e.kind for e in errors] == [ConflictKind.UNAVAILABLE]
    assert "Jad Saliba" in errors[0].message and "2022-01-25" in errors[0].message

    # And back out again: the conflict goes away.
    with demo_db.write() as session:
        people.update_window(session, pid, new_version, stored.id, stored)
    assert _errors(demo_db) == []


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"end_date": date(2022, 1, 31)}, "end_date",
         "The window ends on 2022-01-31, before it starts on 2022-02-01."),
        ({"daily_start": time(12), "daily_end": time(9)}, "daily_end",
         "The daily hours must end after they start: from 12:00 p.m. to 9:00 a.m."),
        ({"daily_start": time(9)}, "daily_end", "needs both daily hours"),
        ({"time_zone": "Moon/Base"}, "time_zone", "“Moon/Base” is not a known time zone"),
    ],
)
def test_bad_window_edit_names_the_field_and_stores_nothing(demo_db, change, field, words):
    pid, version, stored = _saliba_with_window(demo_db)
    with pytest.raises(ValidationError) as caught, demo_db.write() as session:
        people.update_window(session, pid, version, stored.id, replace(stored, note="changed", **change))
    assert caught.value.field == field
    assert words in str(caught.value)
    with demo_db.read() as session:
        detail = people.get_person(session, pid)
    assert detail.version == version and detail.data.availability == (AWAY,)


def test_stale_person_or_foreign_window_is_refused(demo_db):
    pid, version, stored = _saliba_with_window(demo_db)
    with demo_db.write() as session:
        other = people.create_person(session, PersonInput("Ada", "Lovelace", availability=(AWAY,)))
    with pytest.raises(ChangedElsewhereError), demo_db.write() as session:
        people.update_window(session, pid, version - 1, stored.id, replace(stored, note="x"))
    with pytest.raises(ChangedElsewhereError, match="availability window was deleted"), demo_db.write() as session:
        people.update_window(session, other, None, stored.id, replace(stored, note="x"))
    with demo_db.read() as session:
        assert people.get_person(session, pid).data.availability[0].note == "Conference"
