"""Calendar events: settled only when every presenter confirmed and the title is final;
what is missing is said in a sentence."""

from __future__ import annotations

import pytest

from ocse_planner.db.enums import BookingStatus
from ocse_planner.db.models import Person, Presentation
from ocse_planner.services.calendar import presenter_calendar, series_calendar
from ocse_planner.services.errors import NotFoundError


def _confirmed(db, title: str) -> bool:  # type: ignore[no-untyped-def]
    with db.read() as s:
        events = series_calendar(s, 1).events
    return next(e for e in events if e.summary.startswith(title)).confirmed


def test_an_event_is_settled_only_when_confirmed_and_final(demo_db):
    title = "Canada's Project SHADOW"
    with demo_db.write() as s:
        talk = s.query(Presentation).filter_by(title=title).one()
        for booking in talk.bookings:
            booking.status = BookingStatus.CONFIRMED
    assert _confirmed(demo_db, title) is True
    with demo_db.write() as s:
        talk = s.query(Presentation).filter_by(title=title).one()
        talk.bookings[0].status = BookingStatus.INVITED
    assert _confirmed(demo_db, title) is False
    with demo_db.write() as s:
        talk = s.query(Presentation).filter_by(title=title).one()
        talk.bookings[0].status = BookingStatus.CONFIRMED
        talk.placeholder = True
    assert _confirmed(demo_db, title) is False


def test_what_a_calendar_cannot_hold_is_said_in_a_sentence(demo_db):
    with demo_db.write() as s:
        nobody = Person(given_name="Ada", family_name="Lovelace")
        s.add(nobody)
        s.flush()
        with pytest.raises(NotFoundError) as caught:
            presenter_calendar(s, 1, nobody.id)
        assert str(caught.value) == "Ada Lovelace has no presentation in this series"
        with pytest.raises(NotFoundError) as caught:
            series_calendar(s, 999)
        assert str(caught.value) == "the series has no webinars"
        with pytest.raises(NotFoundError) as caught:
            series_calendar(s, 1, webinar_number=9)
        assert str(caught.value) == "the series has no webinar 9"


def test_the_credit_opens_the_description_and_one_blank_line_parts_the_languages(demo_db):
    with demo_db.read() as s:
        english = series_calendar(s, 1, webinar_number=3).events[0]
        both = series_calendar(s, 1, webinar_number=3, languages=("en", "fr")).events[0]
    assert english.description == (
        "Erin Rogers — Marketing Manager, Public Safety Canada (PS)",
        "Julie Chan — Senior Communications Advisor, Public Safety Canada (PS)",
    )
    assert both.description == (
        *english.description,
        "",
        "Erin Rogers — Gestionnaire du marketing, Sécurité publique Canada (SP)",
        "Julie Chan — Conseillère principale en communications, Sécurité publique Canada (SP)",
    )


def test_the_event_ids_of_a_planner_file_never_change_between_versions():
    """Calendar programs match an updated event to the one imported before by its UID: a
    new UID for the same presentation would show it twice in every attendee's calendar."""
    from datetime import UTC, datetime

    from ocse_planner.db.models import Series
    from ocse_planner.services.calendar import presentation_uid, uid_namespace

    series = Series(id=7, created_at=datetime(2022, 1, 5, 14, 30, tzinfo=UTC))
    assert presentation_uid(12, uid_namespace(series)) == "presentation-12@2c1c768e681f1a85.ocse-planner"
    assert uid_namespace(Series(id=7)) == "81954e298f1ec796.ocse-planner"


def test_a_series_calendar_ids_are_the_same_whatever_the_computers_time_zone(demo_db, monkeypatch):
    """A presenter's calendar matches an update sent from another office's computer."""
    import time

    from ocse_planner.db.models import Series
    from ocse_planner.services.calendar import uid_namespace

    def namespace_in(zone: str) -> str:
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        with demo_db.read() as s:
            return uid_namespace(s.get(Series, 1))

    try:
        assert namespace_in("UTC") == namespace_in("Asia/Tokyo") == namespace_in("America/Vancouver")
    finally:
        monkeypatch.undo()
        time.tzset()
