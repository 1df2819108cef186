"""The demo planner made ready for presenter messages, shared by the command-line and window tests."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from ocse_planner.db import open_database
from ocse_planner.db.enums import BookingStatus
from ocse_planner.db.models import Person, Webinar


def address_two_presenters(demo_path: Path) -> Path:
    """Two presenters of webinar 2 with an address (Boyko writes in French), its bookings "to invite"."""
    db = open_database(demo_path)
    try:
        with db.write() as session:
            session.execute(update(Person).where(Person.family_name == "Varcoe").values(email="c.varcoe@example.ca"))
            session.execute(update(Person).where(Person.family_name == "Boyko").values(
                email="boyko@example.ca", preferred_language="fr"))
            webinar = session.scalars(select(Webinar).where(Webinar.number == 2)).one()
            for presentation in webinar.presentations:
                for booking in presentation.bookings:
                    booking.status = BookingStatus.TO_INVITE
    finally:
        db.close()
    return demo_path
