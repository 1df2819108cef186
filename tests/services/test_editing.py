"""Series, webinar and agenda edits: rules, delete impact, and undoable deletes."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from ocse_planner.db.enums import AgendaItemKind
from ocse_planner.db.models import Series
from ocse_planner.services import agenda, series, webinars
from ocse_planner.services.agenda import ItemFields
from ocse_planner.services.errors import ValidationError
from tests.services.test_clone import dump


def _demo_series(db) -> int:
    with db.read() as s:
        return s.scalar(select(Series.id))


def test_delete_impact_and_undo_restores_every_row(demo_db):
    series_id = _demo_series(demo_db)
    with demo_db.read() as s:
        impact = series.delete_impact(s, series_id)
    assert (impact.webinars, impact.presentations, impact.bookings, impact.attendance_records) == (3, 21, 13, 0)
    before = dump(demo_db)
    with demo_db.write() as s:
        snap = series.delete_series(s, series_id)
    assert dump(demo_db)["webinar"] == []
    with demo_db.write() as s:
        series.restore_series(s, snap)
    assert dump(demo_db) == before


def test_series_rules(empty_db):
    with empty_db.write() as s:
        series.create_series(s, series.SeriesForm(title="Webinars", year=2024))
    with empty_db.read() as s:
        fields = {p.field for p in series.validate_series(s, series.SeriesForm(title="Webinars", year=2024))}
        assert fields == {"title"}
        fields = {p.field for p in series.validate_series(s, series.SeriesForm(title=" ", year=20, time_zone="Mars/Base"))}
        assert fields == {"title", "year", "time_zone"}


@pytest.mark.parametrize(
    ("change", "field", "warning"),
    [
        ({"title": ""}, "title", False),
        ({"number": 2}, "number", False),
        ({"start_time": time(23, 0)}, "start_time", False),
        ({"duration_minutes": 0}, "duration", False),
        ({"date": date(2023, 1, 10)}, "date", True),
    ],
)
def test_webinar_rules(demo_db, change, field, warning):
    series_id = _demo_series(demo_db)
    form = webinars.WebinarForm(number=4, title="Extra", date=date(2022, 4, 26), start_time=time(13, 0))
    form = webinars.WebinarForm(**{**form.__dict__, **change})
    before = dump(demo_db)
    with demo_db.read() as s:
        problems = webinars.validate_webinar(s, series_id, form)
    assert [(p.field, p.warning) for p in problems] == [(field, warning)]
    if warning:
        with demo_db.write() as s:
            record = webinars.create_webinar(s, series_id, form)
        assert record.form.date == date(2023, 1, 10)
    else:
        with pytest.raises(ValidationError):
            with demo_db.write() as s:
                webinars.create_webinar(s, series_id, form)
        assert dump(demo_db) == before


def test_webinar_round_trip_and_co_hosts(demo_db):
    series_id = _demo_series(demo_db)
    with demo_db.write() as s:
        record = webinars.create_webinar(s, series_id, webinars.new_webinar_form(s, series_id))
        webinars.set_co_hosts(s, record.id, [1, 2])
    with demo_db.read() as s:
        again = webinars.get_webinar(s, record.id)
    assert again.form.number == 4 and again.form.date == date(2022, 4, 19) and again.form.start_time == time(13, 0)
    assert again.co_host_ids == (1, 2)


def test_agenda_add_move_remove_restore_and_overrun(demo_db):
    series_id = _demo_series(demo_db)
    with demo_db.write() as s:
        webinar = webinars.create_webinar(
            s, series_id, webinars.WebinarForm(number=9, title="T", date=date(2022, 5, 3), start_time=time(13, 0), duration_minutes=60)
        )
        ids = [agenda.add_item(s, webinar.id, ItemFields(title=t, duration_minutes=20)) for t in "ABC"]
        agenda.move_item(s, ids[2], 1)
        brk = agenda.add_item(s, webinar.id, ItemFields(kind=AgendaItemKind.BREAK, title="Break", duration_minutes=10), 2)
    with demo_db.read() as s:
        a = agenda.webinar_agenda(s, webinar.id)
    assert [i.title for i in a.items] == ["C", "Break", "A", "B"]
    assert [i.starts_at.strftime("%H:%M") for i in a.items] == ["17:00", "17:20", "17:30", "17:50"]  # UTC (EDT + 4 h)
    assert a.overrun_minutes == 10
    with demo_db.write() as s:
        snap = agenda.remove_item(s, brk)
    with demo_db.read() as s:
        assert agenda.webinar_agenda(s, webinar.id).overrun_minutes == 0
    with demo_db.write() as s:
        agenda.restore_item(s, snap)
    with demo_db.read() as s:
        assert [i.title for i in agenda.webinar_agenda(s, webinar.id).items] == ["C", "Break", "A", "B"]
    with pytest.raises(ValidationError):
        with demo_db.write() as s:
            agenda.update_item(s, ids[0], ItemFields(duration_minutes=0))
