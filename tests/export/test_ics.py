"""Calendar files read back with icalendar: right instants, stable UIDs, valid zones."""

from __future__ import annotations

from datetime import UTC, datetime

from icalendar import Calendar
from sqlalchemy import select

from ocse_planner.cli import main
from ocse_planner.db.models import Presentation, Webinar
from ocse_planner.export.ics import presenter_calendar, series_calendar
from tests.services.scheduling_helpers import person_id


def _events(data: bytes) -> list:  # type: ignore[type-arg]
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_webinar_calendar_has_utc_instants_and_stable_uids(demo_db):
    with demo_db.read() as session:
        first = series_calendar(session, 1, webinar_number=1)
        again = series_calendar(session, 1, webinar_number=1)
    events = _events(first)
    assert len(events) == 4
    starts = [e.decoded("dtstart").astimezone(UTC) for e in events]
    # 13:10 EST on 2022-01-25 is 18:10 UTC; talks follow every 20 minutes.
    assert starts == [datetime(2022, 1, 25, 18, m, tzinfo=UTC) for m in (10, 30, 50)] + [
        datetime(2022, 1, 25, 19, 10, tzinfo=UTC)
    ]
    assert [str(e["uid"]) for e in events] == [str(e["uid"]) for e in _events(again)]
    assert len({str(e["uid"]) for e in events}) == 4
    cal = Calendar.from_ical(first)
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["America/Toronto"]
    assert str(events[0]["dtstart"].params["TZID"]) == "America/Toronto"


def test_moved_webinar_keeps_uids_and_raises_sequence(demo_db):
    with demo_db.read() as session:
        before = _events(series_calendar(session, 1, webinar_number=2))
    with demo_db.write() as session:
        webinar = session.scalars(select(Webinar).where(Webinar.number == 2)).one()
        webinar.starts_at = datetime(2022, 3, 1, 18, tzinfo=UTC)
    with demo_db.read() as session:
        after = _events(series_calendar(session, 1, webinar_number=2))
    assert [str(e["uid"]) for e in before] == [str(e["uid"]) for e in after]
    assert all(int(a["sequence"]) > int(b["sequence"]) for a, b in zip(after, before, strict=True))
    assert after[0].decoded("dtstart").astimezone(UTC) == datetime(2022, 3, 1, 18, 10, tzinfo=UTC)


def test_presenter_calendar_holds_only_their_slots(demo_db):
    with demo_db.read() as session:
        varcoe = person_id(session, "Varcoe")
        events = _events(presenter_calendar(session, 1, varcoe))
        title = session.scalars(
            select(Presentation.title).where(Presentation.position == 2)
            .join(Webinar).where(Webinar.number == 2)
        ).one()
    assert len(events) == 1
    assert str(events[0]["summary"]).startswith(title)
    assert "Colleen Varcoe, PhD, RN" in str(events[0]["description"])
    assert events[0].decoded("dtstart").astimezone(UTC) == datetime(2022, 2, 22, 18, 10, tzinfo=UTC)


def test_cli_export_ics_writes_file(demo_path, tmp_path, capsys):
    out = tmp_path / "series.ics"
    assert main(["export", "ics", "--db", str(demo_path), "--series", "2022", "-o", str(out)]) == 0
    assert len(_events(out.read_bytes())) == 12
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".series.ics")] == []
    assert main(["export", "ics", "--db", str(demo_path), "--series", "2022", "--webinar", "9",
                 "-o", str(out)]) == 2
    assert "no webinar 9" in capsys.readouterr().err


def test_cli_export_ics_for_one_presenter(demo_path, tmp_path, capsys):
    out = tmp_path / "seto.ics"
    from ocse_planner.db import open_database

    db = open_database(demo_path)
    try:
        with db.read() as session:
            seto = person_id(session, "Seto")
    finally:
        db.close()
    assert main(["export", "ics", "--db", str(demo_path), "--series", "2022", "--presenter", str(seto),
                 "-o", str(out)]) == 0
    events = _events(out.read_bytes())
    assert len(events) == 1 and "Dr. Michael Seto" in str(events[0]["description"])
    assert main(["export", "ics", "--db", str(demo_path), "--series", "2022", "--presenter", "999",
                 "-o", str(out)]) == 2
    assert "no person with id 999" in capsys.readouterr().err
