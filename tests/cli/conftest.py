"""Fixtures the command-line tests share."""

from __future__ import annotations


import pytest


@pytest.fixture
def double_booked(demo_target: str) -> str:
    """The demo planner (file or team database) with Jad Saliba also booked, at the same
    time, in a second series."""
    from ocse_planner.db import open_database
    from ocse_planner.db.enums import BookingStatus
    from ocse_planner.services import bookings
    from tests.services.scheduling_helpers import add_series_with_webinar, person_id

    db = open_database(demo_target)
    try:
        with db.write() as session:
            talks = add_series_with_webinar(session, "2022-01-25T13:00")
            bookings.book_person(session, talks[3], person_id(session, "Saliba"), BookingStatus.CONFIRMED)
    finally:
        db.close()
    return demo_target
