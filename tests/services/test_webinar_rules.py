"""Saving a webinar from its form: the stored instant, each rule at its edge, defaults for
a new webinar, and the co-hosts."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from ocse_planner.db.enums import CollaborationRole, CollaborationStatus, WebinarStatus
from ocse_planner.db.models import Collaboration, Organization, Series, Webinar
from ocse_planner.services import webinars
from ocse_planner.services.errors import ChangedElsewhereError, NotFoundError
from ocse_planner.services.webinars import WebinarForm, crosses_midnight, local_start


@pytest.fixture
def series_id(empty_db) -> int:
    with empty_db.write() as s:
        series = Series(title="S", year=2023, time_zone="America/Halifax")
        s.add(series)
        s.flush()
        return series.id


def _problems(db, series_id: int, form: WebinarForm, webinar_id: int | None = None) -> list[tuple]:
    with db.read() as s:
        return [(p.field, p.message(), p.warning) for p in webinars.validate_webinar(s, series_id, form, webinar_id)]


def test_the_form_is_stored_as_an_instant_in_its_zone_and_read_back(empty_db, series_id):
    form = WebinarForm(number=1, title="  Grooming ", theme=" Theme ", date=date(2023, 3, 14), start_time=time(13, 5),
                       time_zone="America/Toronto", duration_minutes=95, platform=" Zoom ", link=" https://z.example ",
                       status=WebinarStatus.SCHEDULED, highlights=" Good ")
    with empty_db.write() as s:
        record = webinars.create_webinar(s, series_id, form)
    assert record.series_id == series_id
    assert record.form == WebinarForm(number=1, title="Grooming", theme="Theme", date=date(2023, 3, 14),
                                      start_time=time(13, 5), time_zone="America/Toronto", duration_minutes=95,
                                      platform="Zoom", link="https://z.example", status=WebinarStatus.SCHEDULED,
                                      highlights="Good")
    with empty_db.read() as s:
        row = s.get(Webinar, record.id)
        assert row.starts_at == datetime(2023, 3, 14, 17, 5, tzinfo=UTC)  # EDT since March 12
    blank = WebinarForm(number=1, title="Grooming")
    with empty_db.write() as s:
        again = webinars.update_webinar(s, record.id, blank, record.version)
    assert again.form == WebinarForm(number=1, title="Grooming")
    with empty_db.read() as s:
        row = s.get(Webinar, record.id)
        assert (row.theme, row.platform, row.link, row.highlights, row.starts_at) == (None, None, None, None, None)


def test_local_start_needs_a_date_and_a_known_zone():
    assert local_start(WebinarForm(1, "T")) is None
    assert local_start(WebinarForm(1, "T", date=date(2023, 1, 1), time_zone="Mars/Base")) is None
    assert local_start(WebinarForm(1, "T", date=date(2023, 1, 1), time_zone="UTC")) == datetime(2023, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("start", "minutes", "crosses"),
    [(time(22, 0), 120, False), (time(22, 0), 121, True), (time(23, 59), 1, False), (time(23, 59), 2, True),
     (time(0, 0), 1440, False)],
)
def test_an_end_exactly_at_midnight_does_not_cross_it(start, minutes, crosses):
    assert crosses_midnight(start, minutes) is crosses


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"title": " "}, [("title", "The title is required.", False)]),
        ({"number": 0}, [("number", "The webinar number must be 1 or more.", False)]),
        ({"number": 1}, [("number", "Number 1 is already used by the webinar “First”.", False)]),
        ({"duration_minutes": 0}, [("duration", "The duration must be at least one minute.", False)]),
        ({"duration_minutes": 1}, []),
        ({"time_zone": "Mars/Base"},
         [("time_zone", "“Mars/Base” is not a known time zone (e.g. America/Toronto).", False)]),
        ({"start_time": time(23, 30)}, [("start_time", "Starting at 11:30 p.m. for 120 minutes, the webinar would "
                                                       "end at 1:30 a.m. the next day; check the start time.", False)]),
        ({"start_time": time(22, 0)}, []),
        ({"start_time": time(23, 30), "duration_minutes": -5},
         [("duration", "The duration must be at least one minute.", False)]),
        ({"date": date(2024, 1, 2)}, [("date", "The date is in 2024, outside the series' year 2023.", True)]),
        ({"date": date(2023, 12, 31)}, []),
        # A date without a start time is stored at midnight: on the night Havana's clocks go
        # back at 1 a.m., midnight itself occurs twice.
        ({"date": date(2023, 11, 5), "time_zone": "America/Havana"},
         [("start_time", "12:00 a.m. occurs twice on 2023-11-05 in America/Havana (the clocks go back that night): "
                         "the first one, 12:00 a.m. CDT, is used. Choose the other occurrence for 12:00 a.m. CST.",
           True)]),
        ({"date": date(2023, 11, 5), "time_zone": "America/Havana", "second_occurrence": True},
         [("start_time", "12:00 a.m. occurs twice on 2023-11-05 in America/Havana (the clocks go back that night): "
                         "the second one, 12:00 a.m. CST, is used. Choose the other occurrence for 12:00 a.m. CDT.",
           True)]),
        # The French theme and highlights run over several lines like the English; a title is one line.
        ({"theme": "One\nTwo", "highlights": "One\nTwo", "theme_fr": "Un\nDeux", "highlights_fr": "Un\nDeux"}, []),
        ({"title_fr": "Un\nDeux"},
         [("title_fr", "The field “title fr” contains a line break; it must be one line of text.", False)]),
    ],
)
def test_each_rule_names_its_field(empty_db, series_id, changes, expected):
    with empty_db.write() as s:
        s.add(Webinar(series_id=series_id, number=1, title="First"))
    form = WebinarForm(**{**WebinarForm(number=2, title="Second").__dict__, **changes})
    assert _problems(empty_db, series_id, form) == expected


def test_a_webinar_keeps_its_own_number_and_a_missing_series_is_named(empty_db, series_id):
    with empty_db.write() as s:
        record = webinars.create_webinar(s, series_id, WebinarForm(number=1, title="First"))
    assert _problems(empty_db, series_id, record.form, record.id) == []
    assert _problems(empty_db, 999, WebinarForm(number=1, title="X")) == [
        ("series", "The series no longer exists.", False)]


def test_a_date_outside_the_year_is_saved_with_its_warning(empty_db, series_id):
    with empty_db.write() as s:
        record = webinars.create_webinar(s, series_id, WebinarForm(number=1, title="T", date=date(2024, 1, 9)))
    assert record.form.date == date(2024, 1, 9)
    assert record.form.start_time == time(0, 0)


def test_stale_and_missing_webinars(empty_db, series_id):
    with empty_db.write() as s:
        record = webinars.create_webinar(s, series_id, WebinarForm(number=1, title="First"))
        webinars.update_webinar(s, record.id, WebinarForm(number=1, title="Changed"))
    with pytest.raises(ChangedElsewhereError), empty_db.write() as s:
        webinars.update_webinar(s, record.id, WebinarForm(number=1, title="Mine"), record.version)
    with pytest.raises(NotFoundError, match="^no webinar with id 999$"), empty_db.read() as s:
        webinars.get_webinar(s, 999)
    with pytest.raises(NotFoundError, match="^no series with id 999$"), empty_db.read() as s:
        webinars.new_webinar_form(s, 999)


def test_a_new_webinar_follows_the_last_one_by_four_weeks(empty_db, series_id):
    with empty_db.read() as s:
        first = webinars.new_webinar_form(s, series_id)
    # Nothing yet: the 15th of January at 13:00 in the series' zone.
    assert first == WebinarForm(number=1, title="Webinar 1", date=date(2023, 1, 15), start_time=time(13, 0),
                                time_zone="America/Halifax")
    with empty_db.write() as s:
        webinars.create_webinar(s, series_id, WebinarForm(number=3, title="Third", date=date(2023, 2, 7),
                                                          start_time=time(12, 30, 45), time_zone="America/Toronto"))
        webinars.create_webinar(s, series_id, WebinarForm(number=1, title="First", date=date(2023, 11, 1)))
    with empty_db.read() as s:
        form = webinars.new_webinar_form(s, series_id)
    assert (form.number, form.title, form.date, form.start_time, form.time_zone) == (
        4, "Webinar 4", date(2023, 3, 7), time(12, 30), "America/Toronto")
    with empty_db.write() as s:
        webinars.create_webinar(s, series_id, WebinarForm(number=5, title="Late", date=date(2023, 12, 19),
                                                          start_time=time(9, 0), time_zone="America/Toronto"))
    with empty_db.read() as s:
        late = webinars.new_webinar_form(s, series_id)
    assert (late.number, late.date) == (6, date(2023, 12, 19))  # four weeks later is next year: same day
    with empty_db.write() as s:
        webinars.create_webinar(s, series_id, WebinarForm(number=7, title="Undated"))
    with empty_db.read() as s:
        assert webinars.new_webinar_form(s, series_id).date == date(2023, 1, 15)


def test_co_hosts_are_set_exactly_keeping_existing_records(empty_db, series_id):
    with empty_db.write() as s:
        orgs = [Organization(name=n) for n in ("A", "B", "C")]
        s.add_all(orgs)
        record = webinars.create_webinar(s, series_id, WebinarForm(number=1, title="First"))
        a, b, c = (o.id for o in orgs)
        s.add(Collaboration(organization_id=a, series_id=series_id, webinar_id=record.id,
                            role=CollaborationRole.CO_HOST, status=CollaborationStatus.CONFIRMED, notes="Keep"))
        s.add(Collaboration(organization_id=b, series_id=series_id, webinar_id=record.id,
                            role=CollaborationRole.PROMOTION))
    with empty_db.write() as s:
        webinars.set_co_hosts(s, record.id, [c, a])
    with empty_db.read() as s:
        rows = sorted((x.organization_id, x.role, x.status, x.notes, x.series_id)
                      for x in s.query(Collaboration).filter(Collaboration.webinar_id == record.id))
        assert webinars.get_webinar(s, record.id).co_host_ids == (a, c)
    assert rows == [
        (a, CollaborationRole.CO_HOST, CollaborationStatus.CONFIRMED, "Keep", series_id),
        (b, CollaborationRole.PROMOTION, CollaborationStatus.PROPOSED, None, series_id),
        (c, CollaborationRole.CO_HOST, CollaborationStatus.PROPOSED, None, series_id),
    ]
    with empty_db.write() as s:
        webinars.set_co_hosts(s, record.id, ())
    with empty_db.read() as s:
        assert webinars.co_host_ids(s, record.id) == ()
        assert s.query(Collaboration).count() == 1  # the promotion stays
    with pytest.raises(NotFoundError, match="^no organization with id 999$"), empty_db.write() as s:
        webinars.set_co_hosts(s, record.id, [999])
    with pytest.raises(NotFoundError, match="^no webinar with id 999$"), empty_db.write() as s:
        webinars.set_co_hosts(s, 999, [a])


def test_deleting_a_webinar_deleted_elsewhere_says_so(empty_db, series_id):
    with empty_db.write() as s:
        webinar = Webinar(series_id=series_id, number=1, title="One")
        s.add(webinar)
        s.flush()
        webinar_id = webinar.id
    with empty_db.write() as s:
        snapshot = webinars.delete_webinar(s, webinar_id)
        assert (snapshot.root, snapshot.root_id) == ("webinar", webinar_id)
    with pytest.raises(ChangedElsewhereError) as caught, empty_db.write() as s:
        webinars.delete_webinar(s, webinar_id)
    assert str(caught.value) == "This webinar was deleted elsewhere since you opened it; reload it and edit again."


def test_the_french_texts_are_stored_trimmed_and_read_back_and_blank_ones_cleared(empty_db, series_id):
    form = WebinarForm(number=1, title="Grooming", theme="Theme", highlights="Good", title_fr=" Leurre ",
                       theme_fr=" Thème ", highlights_fr=" Bon ")
    with empty_db.write() as s:
        record = webinars.create_webinar(s, series_id, form)
    assert (record.form.title_fr, record.form.theme_fr, record.form.highlights_fr) == ("Leurre", "Thème", "Bon")
    with empty_db.write() as s:
        webinars.update_webinar(s, record.id, WebinarForm(number=1, title="Grooming", theme_fr="  "), record.version)
    with empty_db.read() as s:
        row = s.get(Webinar, record.id)
        assert (row.title_fr, row.theme_fr, row.highlights_fr) == (None, None, None)


def test_the_follow_up_link_and_a_repeated_hour_s_second_occurrence_are_kept(empty_db, series_id):
    """01:30 on the night Toronto's clocks go back: the second occurrence (EST) is stored as
    such and read back as chosen; the thank-you message's link is stored trimmed."""
    form = WebinarForm(number=1, title="Late night", date=date(2023, 11, 5), start_time=time(1, 30),
                       time_zone="America/Toronto", second_occurrence=True, follow_up_link=" https://survey.example ")
    with empty_db.write() as s:
        record = webinars.create_webinar(s, series_id, form)
        first = webinars.create_webinar(s, series_id, WebinarForm(
            number=2, title="First pass", date=date(2023, 11, 5), start_time=time(1, 30), time_zone="America/Toronto"))
    assert (record.form.second_occurrence, record.form.follow_up_link) == (True, "https://survey.example")
    assert (first.form.second_occurrence, first.form.follow_up_link) == (False, "")
    with empty_db.read() as s:
        assert s.get(Webinar, record.id).starts_at == datetime(2023, 11, 5, 6, 30, tzinfo=UTC)
        assert s.get(Webinar, first.id).starts_at == datetime(2023, 11, 5, 5, 30, tzinfo=UTC)
    with empty_db.write() as s:
        webinars.update_webinar(s, record.id, WebinarForm(number=1, title="Late night", follow_up_link=" "))
    with empty_db.read() as s:
        assert s.get(Webinar, record.id).follow_up_link is None


def test_a_start_the_clocks_skip_is_refused_on_the_start_time(empty_db, series_id):
    form = WebinarForm(number=1, title="T", date=date(2023, 3, 12), start_time=time(2, 30), time_zone="America/Toronto")
    assert _problems(empty_db, series_id, form) == [
        ("start_time", "2:30 a.m. does not exist on 2023-03-12 in America/Toronto: the clocks go forward that night. "
                       "Choose a time before or after the change.", False)]


def test_editing_a_webinar_changed_elsewhere_says_so_in_both_languages(empty_db, series_id):
    from tests.services.messages import refused

    with empty_db.write() as s:
        record = webinars.create_webinar(s, series_id, WebinarForm(number=1, title="First"))
        webinars.update_webinar(s, record.id, WebinarForm(number=1, title="Theirs"))
    with pytest.raises(ChangedElsewhereError) as caught, empty_db.write() as s:
        webinars.update_webinar(s, record.id, WebinarForm(number=1, title="Mine"), record.version)
    assert refused(caught.value) == (
        "ChangedElsewhereError", None,
        "This webinar was changed elsewhere since you opened it; reload it and edit again.",
        "Ce webinaire a été modifié ailleurs depuis que vous l'avez ouvert; rechargez-le et modifiez-le de nouveau.")
