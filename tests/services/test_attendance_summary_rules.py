"""The attendance figures a report prints, built from records written straight into an
empty planner file so each expected number can be counted by hand."""

from __future__ import annotations

import pytest

from ocse_planner.db.models import AttendanceRecord, Sector, SectorCount, Series, SurveyResult, Webinar
from ocse_planner.services.attendance_summary import (
    AttendeeRow,
    SectorFigures,
    SectorRowKind,
    SurveyFigure,
    WebinarFigures,
    attendance_summary,
    list_attendees,
)
from ocse_planner.services.errors import NotFoundError


def _plan(db, *, reported: int | None = None) -> dict[str, int]:
    """Series "S" with webinars 1-3 and three sectors of the tests' own, Police, Schools
    and Health (in that order)."""
    with db.write() as s:
        series = Series(title="S", year=2023, participants_reported=reported)
        for number in (2, 1, 3):  # stored out of order: figures follow the webinar numbers
            series.webinars.append(Webinar(number=number, title=f"Webinar {number}"))
        s.add(series)
        # The file already holds the default sectors; these sort after them.
        for position, name in enumerate(("Police", "Schools", "Health"), start=100):
            s.add(Sector(name=name, position=position))
        s.flush()
        ids = {f"w{w.number}": w.id for w in series.webinars}
        ids |= {name: sid for sid, name in s.query(Sector.id, Sector.name)}
        ids["series"] = series.id
        return ids


def _record(s, webinar_id: int, key: str, *, attended: bool = True, registered: bool = True,
            minutes: int = 0, sector_id: int | None = None, name: str | None = None,
            organization: str | None = None) -> None:
    s.add(AttendanceRecord(webinar_id=webinar_id, person_key=key, name=name, email=key if "@" in key else None,
                           organization_name=organization, sector_id=sector_id, registered=registered,
                           attended=attended, minutes_attended=minutes))


def _other_series(s) -> tuple[int, int]:
    """Series "Other" with one webinar: (series id, webinar id)."""
    other = Series(title="Other", year=2023)
    other.webinars.append(Webinar(number=1, title="Elsewhere"))
    s.add(other)
    s.flush()
    return other.id, other.webinars[0].id


def test_the_rate_is_attended_over_registered_per_webinar(empty_db):
    ids = _plan(empty_db)
    with empty_db.write() as s:
        for i in range(4):
            _record(s, ids["w1"], f"p{i}@x.org", attended=i < 3, minutes=30 + 10 * i)
    with empty_db.read() as s:
        summary = attendance_summary(s, ids["series"])
    first, second, third = summary.webinars
    assert first == WebinarFigures(1, "Webinar 1", 4, 3, 40.0, None, registered_attended=3)
    assert first.rate == 0.75
    assert (second.registered, second.attended, second.rate, second.average_minutes) == (None, None, None, None)
    assert third.number == 3


def test_records_with_no_registrations_have_no_rate_instead_of_failing(empty_db):
    """A report without registration data (a Teams attendance report: everyone attended,
    nobody registered) has registrations "not recorded" (None, not 0) and no rate."""
    ids = _plan(empty_db)
    with empty_db.write() as s:
        _record(s, ids["w1"], "a@x.org", registered=False, minutes=20)
        _record(s, ids["w1"], "b@x.org", registered=False, minutes=40)
    with empty_db.read() as s:
        summary = attendance_summary(s, ids["series"])
    first = summary.webinars[0]
    assert (first.registered, first.attended, first.average_minutes) == (None, 2, 30.0)
    assert first.has_records and not first.registration_recorded and first.rate is None
    assert summary.total_registered is None and summary.total_attended == 2


def test_figures_with_registrations_but_no_attendees(empty_db):
    ids = _plan(empty_db)
    with empty_db.write() as s:
        _record(s, ids["w2"], "a@x.org", attended=False)
    with empty_db.read() as s:
        summary = attendance_summary(s, ids["series"])
    second = summary.webinars[1]
    assert (second.registered, second.attended, second.rate, second.average_minutes) == (1, 0, 0.0, None)
    assert (summary.unique_participants, summary.returning_participants) == (0, 0)
    assert summary.has_records
    assert summary.unclassified == (None, 0, None)


def test_totals_unique_and_returning_participants(empty_db):
    ids = _plan(empty_db, reported=611)
    with empty_db.write() as s:
        for key in ("a@x.org", "b@x.org", "c@x.org"):
            _record(s, ids["w1"], key)
        _record(s, ids["w1"], "d@x.org", attended=False)
        for key in ("a@x.org", "b@x.org"):
            _record(s, ids["w2"], key)
        _record(s, ids["w2"], "d@x.org", attended=False)
        _record(s, ids["w3"], "a@x.org")
    with empty_db.read() as s:
        summary = attendance_summary(s, ids["series"])
    assert summary.total_registered == 4 + 3 + 1
    assert summary.total_attended == 3 + 2 + 1
    assert summary.unique_participants == 3  # d never attended
    assert summary.returning_participants == 2  # a (three times) and b (twice)
    assert summary.participants_counted == 3  # counted from the records…
    assert summary.participants_reported == 611  # …beside the reported figure, never replacing it


def test_without_records_the_reported_total_is_the_headline(empty_db):
    ids = _plan(empty_db, reported=611)
    with empty_db.read() as s:
        summary = attendance_summary(s, ids["series"])
    assert not summary.has_records
    assert (summary.total_registered, summary.total_attended) == (None, None)
    assert (summary.unique_participants, summary.returning_participants) == (None, None)
    assert (summary.participants_reported, summary.participants_counted) == (611, None)
    assert summary.unclassified == (None, None, None)
    assert summary.attendees == ()


def test_sectors_from_records_and_from_hand_entered_counts(empty_db):
    ids = _plan(empty_db)
    with empty_db.write() as s:
        _record(s, ids["w1"], "a@x.org", sector_id=ids["Schools"])
        _record(s, ids["w1"], "b@x.org", sector_id=ids["Schools"])
        _record(s, ids["w1"], "n@x.org", sector_id=ids["Schools"], attended=False)  # registered only
        _record(s, ids["w2"], "c@x.org")  # no sector
        _record(s, ids["w2"], "e@x.org", sector_id=ids["Police"])
        # Hand-entered: Police 5 more in webinar 2 and 100 for the whole series;
        # Health named for the series without a number.
        s.add(SectorCount(series_id=ids["series"], webinar_id=ids["w2"], sector_id=ids["Police"], count=5))
        s.add(SectorCount(series_id=ids["series"], webinar_id=None, sector_id=ids["Police"], count=100))
        s.add(SectorCount(series_id=ids["series"], webinar_id=None, sector_id=ids["Health"], count=None))
    with empty_db.read() as s:
        summary = attendance_summary(s, ids["series"])
    # Counted from records (0 where a webinar has records, None where it has none), with the
    # attendee without a sector as Unclassified: each column adds up to the attendance.
    assert summary.sectors == (
        SectorFigures("Police", (0, 1, None)),
        SectorFigures("Schools", (2, 0, None)),
        SectorFigures("Unclassified", (0, 1, None), kind=SectorRowKind.UNCLASSIFIED),
    )
    assert [f.total for f in summary.sectors] == [1, 2, 1]
    assert summary.sector_column_totals() == (2, 2, None) == tuple(w.attended for w in summary.webinars)
    assert summary.unclassified == (0, 1, None)
    # Entered by hand: reported figures, kept apart (never added to the counts).
    assert summary.reported_sectors == (
        SectorFigures("Police", (None, 5, None), 100),
        SectorFigures("Health", (None, None, None), None),
    )
    assert [f.total for f in summary.reported_sectors] == [105, None]


def test_hand_counts_of_another_series_are_not_mixed_in(empty_db):
    ids = _plan(empty_db)
    with empty_db.write() as s:
        other, other_webinar = _other_series(s)
        s.add(SectorCount(series_id=other, webinar_id=None, sector_id=ids["Police"], count=7))
        s.add(SurveyResult(series_id=other, statement="Elsewhere", percent_agree=50))
        _record(s, other_webinar, "z@x.org", sector_id=ids["Police"])
    with empty_db.read() as s:
        summary = attendance_summary(s, ids["series"])
    assert summary.sectors == () and summary.reported_sectors == () and summary.survey == ()
    assert not summary.has_records


def test_survey_figures_series_wide_first_then_by_webinar_in_their_order(empty_db):
    ids = _plan(empty_db)
    with empty_db.write() as s:
        s.add(SurveyResult(series_id=ids["series"], webinar_id=ids["w2"], position=1, statement="Clear",
                           percent_agree=90, responses=40))
        s.add(SurveyResult(series_id=ids["series"], webinar_id=None, position=2, statement="Would inform work",
                           percent_agree=80, approximate=True))
        s.add(SurveyResult(series_id=ids["series"], webinar_id=None, position=1, statement="Deeper understanding",
                           percent_agree=82, responses=200))
    with empty_db.read() as s:
        survey = attendance_summary(s, ids["series"]).survey
    assert survey == (
        SurveyFigure(None, "Deeper understanding", 82, False, 200),
        SurveyFigure(None, "Would inform work", 80, True, None),
        SurveyFigure(2, "Clear", 90, False, 40),
    )


def test_names_only_when_asked_for(empty_db):
    ids = _plan(empty_db)
    with empty_db.write() as s:
        _record(s, ids["w2"], "b@x.org", name="Bea", minutes=12, sector_id=ids["Health"], organization="Clinic")
        _record(s, ids["w1"], "name:zed", name="Zed", attended=False)
        _record(s, ids["w1"], "a@x.org", name="Ann", minutes=45)
    with empty_db.read() as s:
        assert attendance_summary(s, ids["series"]).attendees == ()
        attendees = attendance_summary(s, ids["series"], include_names=True).attendees
        rows = list_attendees(s, ids["series"])
    assert attendees == (
        AttendeeRow(1, "Ann", "a@x.org", None, None, True, 45),
        AttendeeRow(1, "Zed", None, None, None, False, 0),
        AttendeeRow(2, "Bea", "b@x.org", "Clinic", "Health", True, 12),
    )
    # The list keeps import order within a webinar.
    assert rows == [
        (1, "Zed", None, None, None, False, 0),
        (1, "Ann", "a@x.org", None, None, True, 45),
        (2, "Bea", "b@x.org", "Clinic", "Health", True, 12),
    ]


def test_the_attendee_list_holds_only_this_series(empty_db):
    ids = _plan(empty_db)
    with empty_db.write() as s:
        other, other_webinar = _other_series(s)
        _record(s, other_webinar, "z@x.org", name="Zoe")
        _record(s, ids["w1"], "a@x.org", name="Ann")
    with empty_db.read() as s:
        assert [r[1] for r in list_attendees(s, ids["series"])] == ["Ann"]
        assert [r[1] for r in list_attendees(s, other)] == ["Zoe"]


def test_an_unknown_series_is_an_error(empty_db):
    with pytest.raises(NotFoundError, match="^no series with id 99$"), empty_db.read() as s:
        attendance_summary(s, 99)


def test_people_count_once_per_series_whatever_they_attended_elsewhere(empty_db):
    ids = _plan(empty_db)
    with empty_db.write() as s:
        _, other_webinar = _other_series(s)
        _record(s, ids["w1"], "a@x.org")
        _record(s, other_webinar, "a@x.org")  # a returns, but in another series
        _record(s, other_webinar, "z@x.org")
    with empty_db.read() as s:
        summary = attendance_summary(s, ids["series"])
    assert (summary.unique_participants, summary.returning_participants) == (1, 0)


def test_survey_results_follow_the_webinar_numbers_not_the_order_webinars_were_made(empty_db):
    ids = _plan(empty_db)  # webinar 2 was made before webinar 1
    with empty_db.write() as s:
        for webinar, position, statement in (("w2", 1, "Second"), ("w1", 2, "First, b"), ("w1", 1, "First, a")):
            s.add(SurveyResult(series_id=ids["series"], webinar_id=ids[webinar], position=position,
                               statement=statement, percent_agree=50))
    with empty_db.read() as s:
        survey = attendance_summary(s, ids["series"]).survey
    assert [(f.webinar_number, f.statement) for f in survey] == [(1, "First, a"), (1, "First, b"), (2, "Second")]


def test_sectors_of_the_same_position_are_listed_by_name_and_the_series_is_named(empty_db):
    ids = _plan(empty_db)
    with empty_db.write() as s:
        zeta, alpha = Sector(name="Zeta", position=500), Sector(name="Alpha", position=500)
        s.add_all([zeta, alpha])
        s.flush()
        _record(s, ids["w1"], "z@x.org", sector_id=zeta.id)
        _record(s, ids["w1"], "a@x.org", sector_id=alpha.id)
    with empty_db.read() as s:
        summary = attendance_summary(s, ids["series"])
    assert [f.sector for f in summary.sectors] == ["Alpha", "Zeta"]
    assert (summary.series_title, summary.year) == ("S", 2023)


def test_namesakes_in_a_webinar_are_listed_by_e_mail(empty_db):
    ids = _plan(empty_db)
    with empty_db.write() as s:
        _record(s, ids["w1"], "zed@x.org", name="Sam Lee")
        _record(s, ids["w1"], "amy@x.org", name="Sam Lee")
    with empty_db.read() as s:
        attendees = attendance_summary(s, ids["series"], include_names=True).attendees
    assert [a.email for a in attendees] == ["amy@x.org", "zed@x.org"]


def test_walk_ins_count_as_attending_but_not_in_the_registrants_rate(empty_db):
    """A panelist or a walk-in who joined without registering attended, but the rate is
    the share of registrants who came, so it never passes 100 %."""
    ids = _plan(empty_db)
    with empty_db.write() as s:
        _record(s, ids["w1"], "reg1@x.org", minutes=50)
        _record(s, ids["w1"], "reg2@x.org", attended=False)
        _record(s, ids["w1"], "walkin1@x.org", registered=False, minutes=30)
        _record(s, ids["w1"], "walkin2@x.org", registered=False, minutes=40)
    with empty_db.read() as s:
        first = attendance_summary(s, ids["series"]).webinars[0]
    assert (first.registered, first.attended, first.registered_attended) == (2, 3, 1)
    assert first.rate == 0.5


def test_the_report_title_is_the_series_title_in_the_documents_language(empty_db):
    with empty_db.write() as s:
        s.add(Series(title="Combatting", title_fr="Lutte", year=2023))
        s.add(Series(title="English only", year=2024))
    with empty_db.read() as s:
        both, english = attendance_summary(s, 1), attendance_summary(s, 2)
    assert (both.series_title_in("en"), both.series_title_in("fr")) == ("Combatting", "Lutte")
    assert (english.series_title_in("en"), english.series_title_in("fr")) == ("English only", "[EN] English only")


def test_sectors_at_the_same_position_are_listed_by_name(empty_db):
    from ocse_planner.services.sectors import list_sectors

    with empty_db.write() as s:
        for name in ("Zeta", "Alpha", "Mu"):
            s.add(Sector(name=name, position=500))
    with empty_db.read() as s:
        names = [row.name for row in list_sectors(s)]
    assert names[-3:] == ["Alpha", "Mu", "Zeta"]
