"""What a person types on the command line finds the right record; the timetable lists
every slot of a series with its presenters' own zones."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ocse_planner.db.enums import AgendaItemKind, BookingStatus
from ocse_planner.db.models import Booking, Organization, Person, Presentation, Series, Webinar
from ocse_planner.services.errors import NotFoundError
from ocse_planner.services.lookup import resolve_series, resolve_webinar
from ocse_planner.services.timetable import SlotPresenter, TimetableSlot, series_time_zone, timetable


@pytest.fixture
def ids(empty_db) -> dict[str, int]:
    with empty_db.write() as s:
        only = Series(title="Only", year=2022, time_zone="America/Vancouver")
        twin_a = Series(title="Twin A", year=2024)
        twin_b = Series(title="Twin B", year=2024)
        only.webinars += [Webinar(number=1, title="One"), Webinar(number=2, title="Two")]
        s.add_all([only, twin_a, twin_b])
        s.flush()
        return {"only": only.id, "twin_a": twin_a.id, "twin_b": twin_b.id,
                "w1": only.webinars[0].id, "w2": only.webinars[1].id}


@pytest.mark.parametrize("text", ["2022", " 2022 "])
def test_a_year_with_one_series_finds_it(empty_db, ids, text):
    with empty_db.read() as s:
        assert resolve_series(s, text).id == ids["only"]


def test_an_id_finds_its_series(empty_db, ids):
    with empty_db.read() as s:
        assert resolve_series(s, str(ids["twin_b"])).id == ids["twin_b"]


def test_a_year_shared_by_two_series_asks_for_an_id(empty_db, ids):
    with pytest.raises(NotFoundError) as caught, empty_db.read() as s:
        resolve_series(s, "2024")
    assert str(caught.value) == (f"2 series have the year 2024; give an id: "
                                 f"{ids['twin_a']} (Twin A), {ids['twin_b']} (Twin B)")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2030", "no series with id or year 2030"),
        ("1900", "no series with id or year 1900"),
        ("9999", "no series with id or year 9999"),
        ("77", "no series with id or year 77"),
        ("twenty", "--series takes a series id or a year, not “twenty”"),
        ("-1", "--series takes a series id or a year, not “-1”"),
    ],
)
def test_series_not_found(empty_db, ids, text, message):
    with pytest.raises(NotFoundError) as caught, empty_db.read() as s:
        resolve_series(s, text)
    assert str(caught.value) == message


def test_a_number_outside_the_years_is_only_an_id(empty_db):
    with empty_db.write() as s:
        for year in range(2000, 2003):
            s.add(Series(title=f"S{year}", year=year))
        s.flush()
        s.add(Series(id=10000, title="Big id", year=2001))
    with empty_db.read() as s:
        assert resolve_series(s, "10000").title == "Big id"
        assert resolve_series(s, "1").title == "S2000"  # 1 is no year: the id


@pytest.mark.parametrize("text", ["2022:2", " 2022 : 2 ", "{only}:2", "{w2}"])
def test_a_webinar_by_series_and_number_or_by_id(empty_db, ids, text):
    with empty_db.read() as s:
        assert resolve_webinar(s, text.format(**ids)).id == ids["w2"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2022:3", "Only (2022) has no webinar number 3"),
        ("2022:x", "--webinar takes an id or SERIES:NUMBER (like 2022:1), not “2022:x”"),
        ("2022:", "--webinar takes an id or SERIES:NUMBER (like 2022:1), not “2022:”"),
        ("first", "--webinar takes an id or SERIES:NUMBER (like 2022:1), not “first”"),
        ("404", "no webinar with id 404"),
        ("2030:1", "no series with id or year 2030"),
    ],
)
def test_webinar_not_found(empty_db, ids, text, message):
    with pytest.raises(NotFoundError) as caught, empty_db.read() as s:
        resolve_webinar(s, text)
    assert str(caught.value) == message


def test_the_timetable_lists_every_item_with_its_presenters_zones(empty_db, ids):
    with empty_db.write() as s:
        w1 = s.get(Webinar, ids["w1"])
        w1.starts_at = datetime(2022, 1, 25, 21, 0, tzinfo=UTC)
        w1.time_zone = "America/Vancouver"
        talk = Presentation(position=1, title="Talk", duration_minutes=30)
        pause = Presentation(position=2, title="Break", kind=AgendaItemKind.BREAK, duration_minutes=10)
        w1.presentations += [talk, pause]
        w2 = s.get(Webinar, ids["w2"])
        w2.presentations.append(Presentation(position=1, title="Later"))
        zoned = Person(given_name="Ann", family_name="Zone", time_zone="Europe/Paris")
        plain = Person(given_name="Bob", family_name="Plain")
        rcmp = Organization(name="Royal Canadian Mounted Police", acronym="RCMP")
        talk.bookings += [Booking(person=zoned, status=BookingStatus.CONFIRMED, position=1),
                          Booking(person=plain, status=BookingStatus.INVITED, position=2),
                          Booking(organization=rcmp, status=BookingStatus.TO_INVITE, position=3)]
        s.flush()
        expected_ids = (talk.id, pause.id)
        bookings = [b.id for b in talk.bookings]
        people = (zoned.id, plain.id, rcmp.id)
        later = w2.presentations[0].id
    with empty_db.read() as s:
        slots = timetable(s, ids["only"])
        assert series_time_zone(s, ids["only"]) == "America/Vancouver"
        with pytest.raises(NotFoundError, match="^no series with id 999$"):
            series_time_zone(s, 999)
    assert [slot.id for slot in slots] == [expected_ids[0], expected_ids[1], later]
    first = slots[0]
    assert first == TimetableSlot(
        id=expected_ids[0], webinar_id=ids["w1"], webinar_number=1, webinar_title="One", position=1,
        kind=AgendaItemKind.PRESENTATION, title="Talk",
        starts_at=datetime(2022, 1, 25, 21, 0, tzinfo=UTC), ends_at=datetime(2022, 1, 25, 21, 30, tzinfo=UTC),
        time_zone="America/Vancouver",
        presenters=(
            SlotPresenter(bookings[0], people[0], None, "Ann Zone", BookingStatus.CONFIRMED, "Europe/Paris"),
            SlotPresenter(bookings[1], people[1], None, "Bob Plain", BookingStatus.INVITED, None),
            SlotPresenter(bookings[2], None, people[2], "Royal Canadian Mounted Police (RCMP)",
                          BookingStatus.TO_INVITE, None),
        ),
    )
    assert (slots[1].kind, slots[1].position, slots[1].presenters) == (AgendaItemKind.BREAK, 2, ())
    assert (slots[2].webinar_number, slots[2].webinar_title, slots[2].starts_at) == (2, "Two", None)
