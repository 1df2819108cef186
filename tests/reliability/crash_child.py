"""The process the crash harness kills: real app saves in a loop, each acknowledged.

Every round is one `Database.write()` transaction through the ORM, as the services save:
a new series with a webinar, a presentation, a presenter and a booking, plus an edit of
a long-lived "ledger" series (its version counter and notes change every round). Only
after the transaction has committed does the child print `ack <key> <round>`; the parent
treats every acknowledged key as a promise that must survive SIGKILL.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from ocse_planner.db import open_database
from ocse_planner.db.enums import AgendaItemKind, BookingStatus, WebinarStatus
from ocse_planner.db.models import Booking, Person, Presentation, Series, Webinar

LEDGER_TITLE = "Crash harness ledger"


def save_round(session, key: str, round_no: int) -> None:  # type: ignore[no-untyped-def]
    """One user-sized save: a small plan for a new series, and an edit of the ledger."""
    series = Series(title=key, year=2000 + round_no % 50, objectives=[f"objective {key}"])
    webinar = Webinar(
        series=series,
        number=1,
        title=f"Session of {key}",
        starts_at=datetime(2030, 1, 1, 15, tzinfo=UTC) + timedelta(days=round_no),
        status=WebinarStatus.SCHEDULED,
    )
    talk = Presentation(
        webinar=webinar, position=1, kind=AgendaItemKind.PRESENTATION, title=f"Talk {key}"
    )
    person = Person(given_name="Presenter", family_name=key)
    session.add_all([series, webinar, talk, person])
    session.add(Booking(presentation=talk, person=person, status=BookingStatus.CONFIRMED))
    ledger = session.scalar(select(Series).where(Series.title == LEDGER_TITLE))
    if ledger is None:
        ledger = Series(title=LEDGER_TITLE, year=2000, participants_reported=0)
        session.add(ledger)
    ledger.participants_reported = round_no
    ledger.notes = f"last round {round_no} ({key})"


def main(argv: list[str]) -> int:
    path, run = argv[0], argv[1]  # a file, or a team database's URL
    db = open_database(path)
    round_no = 0
    with db.read() as session:
        ledger = session.scalar(select(Series).where(Series.title == LEDGER_TITLE))
        if ledger is not None:
            round_no = ledger.participants_reported or 0
    print("ready", flush=True)
    while True:
        round_no += 1
        key = f"crash-{run}-{round_no}"
        with db.write() as session:
            save_round(session, key, round_no)
        print(f"ack {key} {round_no}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
