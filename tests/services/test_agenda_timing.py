"""Fixed starts, re-flow, and overlaps and gaps as findings of an agenda and of the series."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from ocse_planner.db.models import Presentation, Webinar
from ocse_planner.services import agenda
from ocse_planner.services.agenda import (
    ItemFields,
    TimingKind,
    overlaps_and_gaps,
    series_timing_warnings,
    typed_fixed_start,
    webinar_agenda,
)
from ocse_planner.services.conflicts import ConflictKind, Severity, find_conflicts
from ocse_planner.services.errors import ValidationError
from ocse_planner.services.time_format import clock


def _items(db, webinar_id=1):
    with db.read() as session:
        return webinar_agenda(session, webinar_id)


def _clocks(data):
    return [(clock(i.starts_at, data.time_zone), clock(i.ends_at, data.time_zone)) for i in data.items]


def test_overlaps_and_gaps_of_offsets():
    assert overlaps_and_gaps([(0, 10), (10, 20), (30, 20)]) == [(0, 0), (0, 0), (0, 0)]
    assert overlaps_and_gaps([(10, 20), (0, 20)]) == [(0, 10), (20, 0)]  # a gap first, then an overlap
    # items inside a longer one overlap by their own length, not by what is left of it
    assert overlaps_and_gaps([(0, 60), (10, 10), (20, 10), (55, 10)]) == [(0, 0), (10, 0), (10, 0), (5, 0)]
    assert overlaps_and_gaps([(0, 10), (15, 5)]) == [(0, 0), (0, 5)]


def test_moving_the_first_item_below_a_fixed_start_overlaps_and_is_a_finding(demo_db):
    """The old demo's hidden offset: an item fixed at +10 minutes, moved down or with an item
    added above it, runs into what now comes first (1:00–1:20 then 1:10–1:30)."""
    first = _items(demo_db).items[1]  # the first talk, 1:10 p.m.
    with demo_db.write() as session:
        agenda.set_fixed_start(session, first.id, 10)
        agenda.remove_item(session, _items(demo_db).items[0].id)  # opening remarks out: a 10-minute gap
    data = _items(demo_db)
    assert [(i.kind, i.minutes) for i in data.timing] == [(TimingKind.GAP, 10)]
    assert "Nothing is planned for the first 10 minutes of the webinar (1:00 p.m. – 1:10 p.m. EST)" \
        in data.timing[0].message()
    with demo_db.write() as session:
        agenda.move_item(session, first.id, 2)
    data = _items(demo_db)
    assert _clocks(data)[:2] == [("1:00 p.m.", "1:20 p.m."), ("1:10 p.m.", "1:30 p.m.")]
    assert data.items[1].overlap_minutes == 10 and data.items[1].fixed_start
    overlap = next(i for i in data.timing if i.kind == TimingKind.OVERLAP)
    assert (overlap.item_id, overlap.previous_id, overlap.minutes) == (first.id, data.items[0].id, 10)
    assert "overlaps the item before it" in overlap.message() and "(1:10 p.m. – 1:30 p.m. EST)" in overlap.message()
    # the items after it re-flow from its end; the agenda now ends early: a gap at the end
    assert _clocks(data)[2] == ("1:30 p.m.", "1:50 p.m.")
    end = data.timing[-1]
    assert end.kind == TimingKind.GAP and end.item_id is None and end.previous_id == data.items[-1].id
    assert end.minutes == data.duration_minutes - data.agenda_minutes == 20  # the removed 10 and the overlap's 10
    assert end.message() == ("Nothing is planned for the last 20 minutes of the webinar (2:40 p.m. – 3:00 p.m. EST), "
                             "after “Closing remarks”.")

    with demo_db.read() as session:
        findings = find_conflicts(session, 1)
        warnings = series_timing_warnings(session, 1)
    overlaps = [f for f in findings if f.kind == ConflictKind.AGENDA_OVERLAP]
    assert len(overlaps) == 1 and overlaps[0].severity == Severity.ERROR
    assert overlaps[0].presentation_ids == (data.items[0].id, first.id)
    assert overlaps[0].message.startswith("Webinar 1: ")
    gaps = [f for f in findings if f.kind == ConflictKind.AGENDA_GAP]
    assert gaps and all(f.severity == Severity.WARNING for f in gaps)
    assert [number for number, _ in warnings] == [1] * len(data.timing)


def test_a_gap_between_items_names_both(demo_db):
    talks = _items(demo_db).items
    with demo_db.write() as session:
        agenda.set_fixed_start(session, talks[3].id, 60)  # third talk at 2:00 instead of 1:50
    data = _items(demo_db)
    gap = data.timing[0]
    assert (gap.kind, gap.minutes, gap.previous_id, gap.item_id) == (TimingKind.GAP, 10, talks[2].id, talks[3].id)
    assert "between “Trends and Challenges in OCSE investigations” and “Canada's Project SHADOW”" in gap.message()
    # everything after it re-flowed: the agenda overruns by those 10 minutes, no further finding
    assert data.overrun_minutes == 10 and len(data.timing) == 1


def test_clearing_a_fixed_start_re_flows_and_the_demo_has_no_finding(demo_db):
    item = _items(demo_db).items[2]
    with demo_db.write() as session:
        agenda.set_fixed_start(session, item.id, 45)
    assert _items(demo_db).timing
    with demo_db.write() as session:
        agenda.set_fixed_start(session, item.id, None)
    data = _items(demo_db)
    assert data.timing == () and not any(i.fixed_start for i in data.items)
    with demo_db.read() as session:
        assert not [f for f in find_conflicts(session, 1) if f.kind in (ConflictKind.AGENDA_GAP,
                                                                         ConflictKind.AGENDA_OVERLAP)]


def test_an_empty_or_undated_agenda_has_no_timing_finding_in_clock_times(demo_db):
    with demo_db.write() as session:
        webinar = session.get(Webinar, 2)
        webinar.starts_at = None
        agenda.set_fixed_start(session, webinar.presentations[1].id, 15)
    data = _items(demo_db, 2)
    assert [i.kind for i in data.timing] == [TimingKind.GAP]
    assert "(minutes 10–15)" in data.timing[0].message()  # minutes from the start, no clock yet
    with demo_db.write() as session:
        session.add(Webinar(series_id=1, number=9, title="Empty", duration_minutes=60))
    with demo_db.read() as session:
        empty = session.scalar(select(Webinar.id).where(Webinar.number == 9))
    assert _items(demo_db, empty).timing == ()


@pytest.mark.parametrize(("typed", "offset"), [
    ("", None), ("  ", None), ("+10", 10), ("+ 25 min", 25), ("1:10 p.m.", 10), ("13:45", 45), ("1 pm", 0),
])
def test_a_typed_fixed_start_is_minutes_after_the_webinar_start(demo_db, typed, offset):
    assert typed_fixed_start(_items(demo_db), typed) == offset


def test_typed_fixed_starts_that_cannot_be(demo_db):
    data = _items(demo_db)
    with pytest.raises(ValidationError, match="before the webinar starts") as caught:
        typed_fixed_start(data, "12:30 p.m.")
    assert caught.value.field == "start"  # the agenda table marks the cell
    with pytest.raises(ValidationError, match="is not a time of day") as caught:
        typed_fixed_start(data, "half past one")
    assert caught.value.field == "start"
    with pytest.raises(ValidationError, match="Type a time"):
        typed_fixed_start(data, "+ten")
    with demo_db.write() as session:  # webinar 1 on the spring-forward night
        session.get(Webinar, 1).starts_at = datetime(2023, 3, 12, 6, 30, tzinfo=UTC)  # 1:30 a.m. EST
    with pytest.raises(ValidationError, match="2:30 a.m. does not exist on 2023-03-12") as caught:
        typed_fixed_start(_items(demo_db), "2:30 a.m.")
    assert caught.value.field == "start"
    assert typed_fixed_start(_items(demo_db), "3:00 a.m.") == 30  # 30 real minutes later
    with demo_db.write() as session:
        session.get(Webinar, 1).starts_at = None
    with pytest.raises(ValidationError, match="no date yet") as caught:
        typed_fixed_start(_items(demo_db), "1:10 p.m.")
    assert caught.value.field == "start"
    with pytest.raises(ValidationError, match="within the day") as caught, demo_db.write() as session:
        agenda.set_fixed_start(session, data.items[0].id, 24 * 60 + 1)
    assert caught.value.field == "start"


def test_agenda_times_across_the_fall_back_change_are_instants(demo_db):
    """Offsets are elapsed minutes: 1:30 a.m. EDT + 60 minutes is 1:30 a.m. EST."""
    with demo_db.write() as session:
        session.get(Webinar, 1).starts_at = datetime(2023, 11, 5, 5, 30, tzinfo=UTC)
    data = _items(demo_db)
    ends = [i.ends_at for i in data.items]
    assert ends[4] == datetime(2023, 11, 5, 7, 0, tzinfo=UTC)  # 90 minutes after 5:30 UTC
    assert data.span(0, 60) == "1:30 a.m. EDT – 1:30 a.m. EST"


def test_confirming_a_title_clears_the_placeholder_and_undo_restores_it(demo_db):
    with demo_db.write() as session:
        item = session.scalars(select(Presentation).where(Presentation.webinar_id == 1, Presentation.position == 2)).one()
        item.placeholder, item_id, title = True, item.id, item.title
    with demo_db.write() as session:
        agenda.confirm_title(session, item_id)
    assert not _items(demo_db).items[1].placeholder
    with demo_db.write() as session:
        agenda.confirm_title(session, item_id, confirmed=False)  # what undo does
    assert _items(demo_db).items[1].placeholder
    with demo_db.write() as session:  # a new title is final; undoing the rename brings the mark back
        agenda.update_item(session, item_id, ItemFields(title="A new title"))
    assert not _items(demo_db).items[1].placeholder
    with demo_db.write() as session:
        agenda.update_item(session, item_id, ItemFields(title=title, placeholder=True))
    assert _items(demo_db).items[1].placeholder and _items(demo_db).items[1].title == title


@pytest.mark.parametrize("minutes", [-1, 24 * 60 + 1])
def test_a_fixed_start_outside_the_webinars_day_is_refused_on_the_start_field(demo_db, minutes):
    item = _items(demo_db).items[1]
    with pytest.raises(ValidationError) as refused, demo_db.write() as session:
        agenda.set_fixed_start(session, item.id, minutes)
    assert (refused.value.field, str(refused.value)) == ("start", "A fixed start must be within the day of the webinar.")


def test_a_gap_between_items_reads_in_french_in_a_french_document(demo_db):
    from ocse_planner.services.bilingual import document_translator

    talks = _items(demo_db).items
    with demo_db.write() as session:
        agenda.set_fixed_start(session, talks[3].id, 60)
    gap = _items(demo_db).timing[0]
    french = gap.message("fr", document_translator("fr"))
    assert "«\u00a0" in french  # French typography: a no-break space inside the guillemets
    assert french.replace("\u00a0", " ") == ("Rien n'est prévu pendant 10 minutes (13 h 50 à 14 h (HNE)) entre « Tendances et défis des "
                      "enquêtes sur l'ESEL » et « Le projet SHADOW du Canada ».")
    assert "1:50 p.m." in gap.message()
