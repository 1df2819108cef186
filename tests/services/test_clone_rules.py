"""Cloning rules at their edges: the year range, the title, months without a fifth weekday,
undated webinars, and what is carried with each option."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from ocse_planner.db.enums import (
    AgendaItemKind,
    BookingStatus,
    CollaborationRole,
    CollaborationStatus,
    SeriesStatus,
    WebinarStatus,
)
from ocse_planner.db.models import (
    Booking,
    BookingEvent,
    Collaboration,
    Organization,
    Person,
    Presentation,
    Series,
    Webinar,
)
from ocse_planner.services.clone import (
    CloneOptions,
    DateRule,
    clone_series,
    move_date,
    same_weekday_in,
    week_of_month,
)
from ocse_planner.services.errors import ConflictError, NotFoundError, ValidationError

TORONTO = ZoneInfo("America/Toronto")


def _source(db, *webinars: tuple[int, str | None]) -> int:
    """A 2022 series "Source" with webinars (number, Toronto start or None), each with a talk
    booked for a confirmed presenter, a break and an organization presenting as a body."""
    with db.write() as s:
        host = Organization(name="Public Safety Canada", acronym="PS")
        partner = Organization(name="Canadian Centre for Child Protection", acronym="C3P")
        person = Person(given_name="Michael", family_name="Seto", time_zone="America/Toronto")
        series = Series(title="Source", year=2022, time_zone="America/Halifax", host_organization=host,
                        programme="National Strategy", objectives=["Share research"], status=SeriesStatus.COMPLETED)
        for number, start in webinars:
            webinar = Webinar(
                number=number, title=f"Webinar {number}", theme="Theme", time_zone="America/Toronto"
                if number == 1 else "America/Vancouver",
                starts_at=datetime.fromisoformat(start).replace(tzinfo=TORONTO) if start else None,
                duration_minutes=90, platform="Zoom Webinar", link=f"https://example.org/w{number}",
                status=WebinarStatus.HELD, highlights="Good questions", participants_reported=200,
            )
            talk = Presentation(position=1, title="Research on offenders", start_offset_minutes=5,
                                duration_minutes=25, resource_links=["https://example.org/slides.pdf"])
            talk.bookings.append(Booking(person=person, position=1, status=BookingStatus.CONFIRMED))
            talk.bookings.append(Booking(organization=partner, position=2, status=BookingStatus.DECLINED))
            webinar.presentations.append(talk)
            webinar.presentations.append(Presentation(position=2, title="Break", kind=AgendaItemKind.BREAK,
                                                      duration_minutes=10))
            series.webinars.append(webinar)
        s.add(series)
        s.flush()
        s.add(Collaboration(organization=partner, series=series, role=CollaborationRole.STRATEGY_PARTNER,
                            status=CollaborationStatus.CONFIRMED, notes="Signed"))
        if series.webinars:
            s.add(Collaboration(organization=partner, series=series, webinar=series.webinars[-1],
                                role=CollaborationRole.CO_HOST, status=CollaborationStatus.CONFIRMED,
                                contact_person=person))
        s.flush()
        return series.id


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


# --- the date rules -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "nth"), [(1, 1), (7, 1), (8, 2), (14, 2), (15, 3), (21, 3), (22, 4), (28, 4), (29, 5), (31, 5)]
)
def test_week_of_month_counts_whole_weeks_from_the_first(day, nth):
    assert week_of_month(date(2022, 3, day)) == nth


@pytest.mark.parametrize(
    ("source", "year", "expected"),
    [
        (date(2022, 1, 25), 2023, date(2023, 1, 24)),  # 4th Tuesday of January
        (date(2022, 3, 1), 2023, date(2023, 3, 7)),  # 1st Tuesday; March 2023 starts on a Wednesday
        (date(2022, 3, 29), 2023, date(2023, 3, 28)),  # 5th Tuesday; March 2023 has four: the last
        (date(2022, 5, 31), 2023, date(2023, 5, 30)),  # 5th Tuesday; May 2023 has five
        (date(2022, 3, 29), 2024, date(2024, 3, 26)),  # leap year, still only four
        (date(2024, 2, 29), 2025, date(2025, 2, 27)),  # 5th Thursday of a leap February: the last
    ],
)
def test_same_weekday_keeps_the_week_of_the_month_or_takes_the_last(source, year, expected):
    moved = same_weekday_in(source, year)
    assert moved == expected
    assert moved.weekday() == source.weekday()


def test_the_52_weeks_rule_moves_by_whole_years_of_weeks():
    assert move_date(date(2022, 1, 25), 2023, DateRule.PLUS_52_WEEKS) == date(2023, 1, 24)
    assert move_date(date(2022, 1, 25), 2024, DateRule.PLUS_52_WEEKS) == date(2024, 1, 23)
    assert move_date(date(2022, 1, 25), 2021, DateRule.PLUS_52_WEEKS) == date(2021, 1, 26)
    assert move_date(date(2022, 1, 25), 2024, DateRule.SAME_WEEKDAY) == date(2024, 1, 23)


def test_a_fifth_tuesday_webinar_lands_on_the_last_tuesday_at_the_same_clock_time(empty_db):
    source = _source(empty_db, (1, "2022-03-29T13:00"))
    with empty_db.write() as s:
        result = clone_series(s, source, CloneOptions(year=2023))
    with empty_db.read() as s:
        (webinar,) = s.scalars(select(Webinar).where(Webinar.series_id == result.series_id))
        assert webinar.starts_at.astimezone(TORONTO).replace(tzinfo=None) == datetime(2023, 3, 28, 13, 0)


@pytest.mark.parametrize(("held_at", "cloned_at"), [
    (datetime(2022, 11, 6, 5, 30, tzinfo=UTC), datetime(2023, 11, 5, 5, 30, tzinfo=UTC)),  # 1:30 a.m. EDT
    (datetime(2022, 11, 6, 6, 30, tzinfo=UTC), datetime(2023, 11, 5, 6, 30, tzinfo=UTC)),  # 1:30 a.m. EST
], ids=["first occurrence", "second occurrence"])
def test_a_webinar_at_an_hour_that_occurs_twice_keeps_its_occurrence(empty_db, held_at, cloned_at):
    """1:30 a.m. occurs twice on the nights Toronto's clocks go back (first Sundays of
    November 2022 and 2023): the copy takes the same one of the two as the source."""
    source = _source(empty_db, (1, "2022-11-06T01:30"))
    with empty_db.write() as s:
        s.scalars(select(Webinar).where(Webinar.series_id == source)).one().starts_at = held_at
    with empty_db.write() as s:
        result = clone_series(s, source, CloneOptions(year=2023))
    with empty_db.read() as s:
        (webinar,) = s.scalars(select(Webinar).where(Webinar.series_id == result.series_id))
        assert webinar.starts_at == cloned_at


# --- refusals --------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [1899, 10000, 0, -2023])
def test_a_year_outside_1900_to_9999_is_refused_and_nothing_is_written(empty_db, year):
    source = _source(empty_db, (1, "2022-01-25T13:00"))
    with pytest.raises(ValidationError) as caught, empty_db.write() as s:
        clone_series(s, source, CloneOptions(year=year))
    assert str(caught.value) == f"The year {year} is not between 1900 and 9999."
    assert caught.value.template == "The year {year} is not between 1900 and 9999."
    assert (caught.value.field, caught.value.arguments) == ("year", {"year": year})
    assert _count(empty_db, Series) == 1


@pytest.mark.parametrize("year", [1900, 9999])
def test_the_first_and_last_year_of_the_range_are_accepted(empty_db, year):
    source = _source(empty_db, (1, "2022-01-25T13:00"))
    with empty_db.write() as s:
        assert clone_series(s, source, CloneOptions(year=year)).year == year


@pytest.mark.parametrize("title", ["   ", "\t\n"])
def test_a_blank_title_is_refused(empty_db, title):
    source = _source(empty_db, (1, "2022-01-25T13:00"))
    with pytest.raises(ValidationError, match="^The new series needs a title.$") as refused, empty_db.write() as s:
        clone_series(s, source, CloneOptions(year=2023, title=title))
    assert refused.value.field == "title"  # the form marks its title field
    assert _count(empty_db, Series) == 1


def test_an_unknown_source_is_refused_naming_its_id(empty_db):
    with pytest.raises(NotFoundError, match="^No series with id 42.$"), empty_db.write() as s:
        clone_series(s, 42, CloneOptions(year=2023))


def test_the_same_title_in_another_year_or_another_title_in_the_same_year_is_fine(empty_db):
    source = _source(empty_db, (1, "2022-01-25T13:00"))
    with empty_db.write() as s:
        clone_series(s, source, CloneOptions(year=2023))
        clone_series(s, source, CloneOptions(year=2023, title="  Source (French)  "))
        clone_series(s, source, CloneOptions(year=2024))
    with empty_db.read() as s:
        titles = sorted((t, y) for t, y in s.execute(select(Series.title, Series.year)))
    assert titles == [("Source", 2022), ("Source", 2023), ("Source", 2024), ("Source (French)", 2023)]
    with pytest.raises(ConflictError, match="^A series “Source” already exists for 2024; choose another title "
                                         "or year.$"), empty_db.write() as s:
        clone_series(s, source, CloneOptions(year=2024, title=" Source "))


# --- what is carried --------------------------------------------------------------------------


def test_the_series_and_webinars_are_copied_as_a_fresh_plan(empty_db):
    source = _source(empty_db, (1, "2022-01-25T13:00"), (2, None))
    with empty_db.write() as s:
        result = clone_series(s, source, CloneOptions(year=2023, title="Next"))
    assert (result.title, result.year, result.webinars, result.presentations) == ("Next", 2023, 2, 4)
    with empty_db.read() as s:
        new, old = s.get(Series, result.series_id), s.get(Series, source)
        assert (new.host_organization_id, new.programme, new.objectives, new.time_zone) == (
            old.host_organization_id, "National Strategy", ["Share research"], "America/Halifax")
        assert new.status is SeriesStatus.PLANNING
        first, undated = sorted(new.webinars, key=lambda w: w.number)
        assert (first.title, first.theme, first.platform, first.duration_minutes, first.time_zone) == (
            "Webinar 1", "Theme", "Zoom Webinar", 90, "America/Toronto")
        assert first.status is WebinarStatus.DRAFT
        # Last year's joining link, highlights and attendance belong to last year's event.
        assert (first.link, first.highlights, first.participants_reported) == (None, None, None)
        assert undated.starts_at is None  # a webinar with no date stays without one
        assert (undated.time_zone, undated.status) == ("America/Vancouver", WebinarStatus.DRAFT)
        talk, pause = first.presentations
        assert (talk.title, talk.placeholder, talk.start_offset_minutes, talk.duration_minutes) == (
            "Presentation 1", True, 5, 25)
        assert talk.resource_links == [] and talk.bookings == []
        assert (pause.title, pause.kind, pause.placeholder) == ("Break", AgendaItemKind.BREAK, False)


def test_kept_titles_stay_placeholders_until_edited(empty_db):
    source = _source(empty_db, (1, "2022-01-25T13:00"))
    with empty_db.write() as s:
        result = clone_series(s, source, CloneOptions(year=2023, keep_titles=True))
    with empty_db.read() as s:
        talk, pause = s.get(Series, result.series_id).webinars[0].presentations
        assert (talk.title, talk.placeholder) == ("Research on offenders", True)
        assert (pause.title, pause.placeholder) == ("Break", False)


def test_kept_presenters_are_all_to_invite_with_a_recorded_reason(empty_db):
    source = _source(empty_db, (1, "2022-01-25T13:00"))
    started = datetime.now(UTC)
    with empty_db.write() as s:
        result = clone_series(s, source, CloneOptions(year=2023, keep_presenters=True))
    assert result.bookings == 2
    with empty_db.read() as s:
        talk = s.get(Series, result.series_id).webinars[0].presentations[0]
        assert [(b.position, b.person_id is not None, b.organization_id is not None, b.status)
                for b in talk.bookings] == [(1, True, False, BookingStatus.TO_INVITE),
                                            (2, False, True, BookingStatus.TO_INVITE)]
        events = [e for b in talk.bookings for e in b.events]
        assert [(e.status, e.note) for e in events] == [
            (BookingStatus.TO_INVITE, "Carried over from the previous series")] * 2
        # One instant for the whole clone: each booking's status time is its history entry's.
        stamps = {b.status_changed_at for b in talk.bookings} | {e.changed_at for e in events}
        assert len(stamps) == 1
        assert started <= stamps.pop() <= datetime.now(UTC)
    assert _count(empty_db, BookingEvent) == 2


def test_kept_partners_keep_their_webinar_and_contact_but_are_proposed_again(empty_db):
    source = _source(empty_db, (1, "2022-01-25T13:00"), (2, "2022-02-22T13:00"))
    with empty_db.write() as s:
        result = clone_series(s, source, CloneOptions(year=2023, keep_partners=True))
    assert result.collaborations == 2
    with empty_db.read() as s:
        webinar_2 = s.scalar(select(Webinar.id).where(Webinar.series_id == result.series_id, Webinar.number == 2))
        rows = [(c.role, c.webinar_id, c.status, c.contact_person_id is not None, c.notes)
                for c in s.scalars(select(Collaboration).where(Collaboration.series_id == result.series_id)
                                   .order_by(Collaboration.id))]
    assert rows == [
        (CollaborationRole.STRATEGY_PARTNER, None, CollaborationStatus.PROPOSED, False, None),
        (CollaborationRole.CO_HOST, webinar_2, CollaborationStatus.PROPOSED, True, None),
    ]


def test_without_options_no_partner_or_presenter_is_carried(empty_db):
    source = _source(empty_db, (1, "2022-01-25T13:00"))
    with empty_db.write() as s:
        result = clone_series(s, source, CloneOptions(year=2023))
    assert (result.collaborations, result.bookings) == (0, 0)
    assert _count(empty_db, Collaboration) == 2
    assert _count(empty_db, Booking) == 2


def test_a_talks_description_is_left_behind_but_a_breaks_is_kept(empty_db):
    source = _source(empty_db, (1, "2022-01-25T13:00"))
    with empty_db.write() as s:
        for item in s.scalars(select(Presentation)):
            item.description = f"About {item.title}"
    with empty_db.write() as s:
        result = clone_series(s, source, CloneOptions(year=2023))
    with empty_db.read() as s:
        items = s.scalars(select(Presentation).join(Webinar).where(Webinar.series_id == result.series_id)
                          .order_by(Presentation.position)).all()
        assert [(i.kind, i.description) for i in items] == [
            (AgendaItemKind.PRESENTATION, None), (AgendaItemKind.BREAK, "About Break")]
