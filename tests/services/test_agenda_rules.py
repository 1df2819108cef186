"""Editing a running agenda: positions stay 1..n, the rules name their field, and the
clock times follow the durations."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ocse_planner.db.enums import AgendaItemKind, BookingStatus
from ocse_planner.db.models import Booking, Person, Presentation, Series, Webinar
from ocse_planner.services import agenda
from ocse_planner.services.agenda import ItemFields
from ocse_planner.services.errors import NotFoundError, ValidationError


@pytest.fixture
def webinar_id(empty_db) -> int:
    with empty_db.write() as s:
        series = Series(title="S", year=2023)
        series.webinars.append(Webinar(number=2, title="Sextortion", duration_minutes=60,
                                       starts_at=datetime(2023, 1, 24, 18, 0, tzinfo=UTC),
                                       time_zone="America/Toronto"))
        s.add(series)
        s.flush()
        return series.webinars[0].id


def _add(db, webinar_id: int, *titles: str, position: int | None = None) -> list[int]:
    with db.write() as s:
        return [agenda.add_item(s, webinar_id, ItemFields(title=t, duration_minutes=10), position) for t in titles]


def _titles(db, webinar_id: int) -> list[str]:
    with db.read() as s:
        items = agenda.webinar_agenda(s, webinar_id).items
    assert [i.position for i in items] == list(range(1, len(items) + 1))
    return [i.title for i in items]


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        (1, ["New", "A", "B", "C"]),
        (2, ["A", "New", "B", "C"]),
        (3, ["A", "B", "New", "C"]),
        (4, ["A", "B", "C", "New"]),
        (None, ["A", "B", "C", "New"]),
        (99, ["A", "B", "C", "New"]),  # past the end: at the end
        (0, ["New", "A", "B", "C"]),  # before the start: first
        (-5, ["New", "A", "B", "C"]),
    ],
)
def test_an_item_is_added_at_the_position_asked_for(empty_db, webinar_id, position, expected):
    _add(empty_db, webinar_id, "A", "B", "C")
    _add(empty_db, webinar_id, "New", position=position)
    assert _titles(empty_db, webinar_id) == expected


def test_a_new_item_without_details_is_a_20_minute_presentation(empty_db, webinar_id):
    with empty_db.write() as s:
        item_id = agenda.add_item(s, webinar_id, ItemFields())
        titled = agenda.add_item(s, webinar_id, ItemFields(title="  Opening remarks  ", kind=AgendaItemKind.OPENING,
                                                           resource_links=("https://example.org/a",)))
    with empty_db.read() as s:
        first, second = agenda.webinar_agenda(s, webinar_id).items
    assert (first.id, first.title, first.kind, first.duration_minutes, first.resource_links) == (
        item_id, "New item", AgendaItemKind.PRESENTATION, 20, ())
    assert (second.id, second.title, second.kind, second.resource_links) == (
        titled, "Opening remarks", AgendaItemKind.OPENING, ("https://example.org/a",))


def test_a_one_minute_item_is_accepted_and_zero_or_negative_refused(empty_db, webinar_id):
    with empty_db.write() as s:
        item_id = agenda.add_item(s, webinar_id, ItemFields(title="Minute of silence", duration_minutes=1))
    for minutes in (0, -1):
        with pytest.raises(ValidationError) as caught, empty_db.write() as s:
            agenda.add_item(s, webinar_id, ItemFields(title="X", duration_minutes=minutes))
        assert caught.value.field == "duration"
        assert caught.value.template == "The duration of an agenda item must be at least one minute."
        with pytest.raises(ValidationError), empty_db.write() as s:
            agenda.update_item(s, item_id, ItemFields(duration_minutes=minutes))
    with empty_db.read() as s:
        (item,) = agenda.webinar_agenda(s, webinar_id).items
    assert item.duration_minutes == 1


@pytest.mark.parametrize("title", ["", "   ", "\n\t"])
def test_a_blank_title_is_refused_naming_the_title(empty_db, webinar_id, title):
    (item_id,) = _add(empty_db, webinar_id, "Keep me")
    with pytest.raises(ValidationError) as caught, empty_db.write() as s:
        agenda.update_item(s, item_id, ItemFields(title=title))
    assert caught.value.field == "title"
    assert str(caught.value) == "The title of an agenda item is required."
    assert caught.value.arguments == {}
    with pytest.raises(ValidationError), empty_db.write() as s:
        agenda.add_item(s, webinar_id, ItemFields(title=title))
    assert _titles(empty_db, webinar_id) == ["Keep me"]


def test_update_changes_only_the_fields_given(empty_db, webinar_id):
    with empty_db.write() as s:
        item_id = agenda.add_item(s, webinar_id, ItemFields(title="Presentation 1", duration_minutes=20,
                                                            resource_links=("https://a.example",)))
        s.get(Presentation, item_id).placeholder = True  # as a clone leaves it
    with empty_db.write() as s:
        agenda.update_item(s, item_id, ItemFields(duration_minutes=25))
    with empty_db.read() as s:
        item = agenda.webinar_agenda(s, webinar_id).items[0]
    assert (item.title, item.duration_minutes, item.kind, item.resource_links, item.placeholder) == (
        "Presentation 1", 25, AgendaItemKind.PRESENTATION, ("https://a.example",), True)
    with empty_db.write() as s:
        agenda.update_item(s, item_id, ItemFields(kind=AgendaItemKind.QA))
        agenda.update_item(s, item_id, ItemFields(resource_links=(" https://b.example ", "  ", "https://c.example")))
    with empty_db.read() as s:
        item = agenda.webinar_agenda(s, webinar_id).items[0]
    assert (item.kind, item.resource_links, item.placeholder) == (
        AgendaItemKind.QA, ("https://b.example", "https://c.example"), True)
    with empty_db.write() as s:
        agenda.update_item(s, item_id, ItemFields(title="  Grooming online  "))
    with empty_db.read() as s:
        item = agenda.webinar_agenda(s, webinar_id).items[0]
    assert (item.title, item.placeholder, item.duration_minutes) == ("Grooming online", False, 25)


def test_move_returns_the_old_position_and_clamps(empty_db, webinar_id):
    a, b, c = _add(empty_db, webinar_id, "A", "B", "C")
    with empty_db.write() as s:
        assert agenda.move_item(s, c, 1) == 3
    assert _titles(empty_db, webinar_id) == ["C", "A", "B"]
    with empty_db.write() as s:
        assert agenda.move_item(s, c, 50) == 1
    assert _titles(empty_db, webinar_id) == ["A", "B", "C"]
    with empty_db.write() as s:
        assert agenda.move_item(s, b, 0) == 2
    assert _titles(empty_db, webinar_id) == ["B", "A", "C"]


def test_removing_and_restoring_an_item_keeps_its_bookings_and_place(empty_db, webinar_id):
    a, b, c = _add(empty_db, webinar_id, "A", "B", "C")
    with empty_db.write() as s:
        person = Person(given_name="Jad", family_name="Saliba")
        s.add(person)
        talk = s.get(Presentation, b)
        talk.bookings.append(Booking(person=person, status=BookingStatus.CONFIRMED))
    with empty_db.write() as s:
        snap = agenda.remove_item(s, b)
    assert _titles(empty_db, webinar_id) == ["A", "C"]
    with empty_db.write() as s:
        agenda.restore_item(s, snap)
    assert _titles(empty_db, webinar_id) == ["A", "B", "C"]
    with empty_db.read() as s:
        assert agenda.webinar_agenda(s, webinar_id).items[1].presenter_names == "Jad Saliba"


@pytest.mark.parametrize(
    "call",
    [
        lambda s: agenda.update_item(s, 404, ItemFields(title="X")),
        lambda s: agenda.move_item(s, 404, 1),
        lambda s: agenda.remove_item(s, 404),
    ],
)
def test_a_missing_item_is_named_in_the_error(empty_db, call):
    with pytest.raises(NotFoundError, match="^no agenda item with id 404$"), empty_db.write() as s:
        call(s)


def test_a_missing_webinar_is_named_in_the_error(empty_db):
    with pytest.raises(NotFoundError, match="^no webinar with id 404$"), empty_db.write() as s:
        agenda.add_item(s, 404, ItemFields(title="X"))
    with pytest.raises(NotFoundError, match="^no webinar with id 404$"), empty_db.read() as s:
        agenda.webinar_agenda(s, 404)


def test_clock_times_planned_starts_and_the_overrun(empty_db, webinar_id):
    with empty_db.write() as s:
        ids = [agenda.add_item(s, webinar_id, ItemFields(title=t, duration_minutes=m))
               for t, m in (("Welcome", 5), ("Talk", 30), ("Q&A", 20))]
        s.get(Presentation, ids[1]).start_offset_minutes = 10  # a planned start leaves a gap
    with empty_db.read() as s:
        plan = agenda.webinar_agenda(s, webinar_id)
    assert [(i.offset_minutes, i.start_offset_minutes) for i in plan.items] == [(0, None), (10, 10), (40, None)]
    assert [i.starts_at.strftime("%H:%M") for i in plan.items] == ["18:00", "18:10", "18:40"]
    assert [i.ends_at.strftime("%H:%M") for i in plan.items] == ["18:05", "18:40", "19:00"]
    assert plan.ends_at == datetime(2023, 1, 24, 19, 0, tzinfo=UTC)
    assert (plan.agenda_minutes, plan.overrun_minutes) == (60, 0)
    with empty_db.write() as s:
        agenda.update_item(s, ids[2], ItemFields(duration_minutes=27))
    with empty_db.read() as s:
        plan = agenda.webinar_agenda(s, webinar_id)
    assert (plan.agenda_minutes, plan.overrun_minutes) == (67, 7)


def test_an_undated_webinar_has_an_agenda_without_clock_times(empty_db, webinar_id):
    _add(empty_db, webinar_id, "A", "B")
    with empty_db.write() as s:
        s.get(Webinar, webinar_id).starts_at = None
    with empty_db.read() as s:
        (plan,) = agenda.series_agendas(s, s.get(Webinar, webinar_id).series_id)
    assert plan.starts_at is None and plan.ends_at is None
    assert [(i.offset_minutes, i.starts_at, i.ends_at) for i in plan.items] == [(0, None, None), (10, None, None)]
    assert plan.agenda_minutes == 20


def test_an_empty_agenda_takes_no_time():
    empty = agenda.WebinarAgenda(1, 1, "T", None, "UTC", 60, ())
    assert (empty.agenda_minutes, empty.overrun_minutes) == (0, 0)


def test_moving_into_the_middle_and_adding_after_a_move_follow_the_positions(empty_db, webinar_id):
    a, b, c = _add(empty_db, webinar_id, "A", "B", "C")
    with empty_db.write() as s:
        assert agenda.move_item(s, a, 2) == 1
    assert _titles(empty_db, webinar_id) == ["B", "A", "C"]
    with empty_db.write() as s:
        agenda.move_item(s, c, 1)
    _add(empty_db, webinar_id, "D", position=2)  # order now differs from creation order
    assert _titles(empty_db, webinar_id) == ["C", "D", "B", "A"]


def test_removing_the_only_item_leaves_an_empty_agenda(empty_db, webinar_id):
    (only,) = _add(empty_db, webinar_id, "Only")
    with empty_db.write() as s:
        snap = agenda.remove_item(s, only)
    assert _titles(empty_db, webinar_id) == []
    with empty_db.write() as s:
        agenda.restore_item(s, snap)
    assert _titles(empty_db, webinar_id) == ["Only"]


def test_items_carry_their_row_version_and_presenters_their_booking(empty_db, webinar_id):
    (item_id,) = _add(empty_db, webinar_id, "Talk")
    with empty_db.write() as s:
        person = Person(given_name="Julie", family_name="Chan")
        talk = s.get(Presentation, item_id)
        talk.bookings.append(Booking(person=person, status=BookingStatus.INVITED))
        s.flush()
        booking_id, person_id = talk.bookings[0].id, person.id
    with empty_db.read() as s:
        before = agenda.webinar_agenda(s, webinar_id)
        version = s.get(Presentation, item_id).version
    (item,) = before.items
    assert before.title == "Sextortion" and before.number == 2 and before.webinar_id == webinar_id
    assert item.version == version
    (slot,) = item.presenters
    assert (slot.booking_id, slot.person_id, slot.organization_id, slot.name, slot.status) == (
        booking_id, person_id, None, "Julie Chan", BookingStatus.INVITED)
    with empty_db.write() as s:
        agenda.update_item(s, item_id, ItemFields(duration_minutes=15))
    with empty_db.read() as s:
        assert agenda.webinar_agenda(s, webinar_id).items[0].version > version


def test_series_agendas_follow_the_webinar_numbers(empty_db, webinar_id):
    with empty_db.write() as s:
        series_id = s.get(Webinar, webinar_id).series_id
        s.add(Webinar(series_id=series_id, number=1, title="First"))
        s.add(Webinar(series_id=series_id, number=3, title="Third"))
    with empty_db.read() as s:
        assert [a.number for a in agenda.series_agendas(s, series_id)] == [1, 2, 3]


def test_an_items_french_title_is_stored_trimmed_and_cleared_when_blank(empty_db, webinar_id):
    (item_id,) = _add(empty_db, webinar_id, "Welcome")
    with empty_db.write() as s:
        agenda.update_item(s, item_id, ItemFields(title_fr="  Mot de bienvenue "))
    with empty_db.read() as s:
        assert (s.get(Presentation, item_id).title, s.get(Presentation, item_id).title_fr) == (
            "Welcome", "Mot de bienvenue")
    with empty_db.write() as s:
        agenda.update_item(s, item_id, ItemFields(title_fr="   "))
    with empty_db.read() as s:
        assert s.get(Presentation, item_id).title_fr is None  # no French: documents mark the English
