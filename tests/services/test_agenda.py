"""Agenda clock times of the demo webinars."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import select

from ocse_planner.db.models import Series
from ocse_planner.services.agenda import compute_offsets, series_agendas

TORONTO = ZoneInfo("America/Toronto")


def test_offsets_follow_durations_and_planned_starts():
    assert compute_offsets([(10, 20), (None, 20), (None, 15), (60, 5), (None, 10)]) == [10, 30, 50, 60, 65]
    assert compute_offsets([]) == []


def test_demo_agenda_times(demo_db):
    with demo_db.read() as s:
        agendas = series_agendas(s, s.scalar(select(Series.id)))
    first = agendas[0]
    times = [(i.starts_at.astimezone(TORONTO).strftime("%H:%M"), i.ends_at.astimezone(TORONTO).strftime("%H:%M")) for i in first.items]
    assert times == [("13:00", "13:10"), ("13:10", "13:30"), ("13:30", "13:50"), ("13:50", "14:10"),
                     ("14:10", "14:30"), ("14:30", "14:50"), ("14:50", "15:00")]
    assert first.overrun_minutes == 0 and first.timing == ()
    assert agendas[2].items[1].presenter_names == "Erin Rogers; Julie Chan"
    # March 22, 2022 is after the switch to daylight time: 13:10 EDT is 17:10 UTC.
    assert agendas[2].items[1].starts_at.hour == 17
