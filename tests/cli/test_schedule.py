"""`ocse-planner conflicts`: findings printed, exit status 1 only for errors."""

from __future__ import annotations

from ocse_planner.cli import main
from ocse_planner.db import open_database
from ocse_planner.db.enums import BookingStatus
from ocse_planner.services import bookings
from tests.services.scheduling_helpers import add_series_with_webinar, person_id


def test_conflicts_clean_demo_exits_0(demo_path, capsys):
    assert main(["conflicts", "--db", str(demo_path), "--series", "2022"]) == 0
    assert "0 error(s), 0 warning(s)" in capsys.readouterr().out


def test_conflicts_with_double_booking_exits_1(demo_path, capsys):
    db = open_database(demo_path)
    try:
        with db.write() as session:
            talks = add_series_with_webinar(session, "2022-01-25T13:00")
            bookings.book_person(session, talks[3], person_id(session, "Saliba"), BookingStatus.CONFIRMED)
    finally:
        db.close()
    assert main(["conflicts", "--db", str(demo_path), "--series", "2022"]) == 1
    out = capsys.readouterr().out
    assert out.count("ERROR: Jad Saliba is booked in overlapping presentations") == 1
    assert "1 error(s)" in out


def test_conflicts_unknown_series(demo_path, capsys):
    assert main(["conflicts", "--db", str(demo_path), "--series", "1999"]) == 2
    assert "no series with id or year 1999" in capsys.readouterr().err
