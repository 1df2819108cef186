"""The translation gaps named before a French document is written: which texts, in what
order, what each names, and what is left out (texts never printed, kinds printed in French)."""

from __future__ import annotations

from sqlalchemy import select

from ocse_planner.db.enums import AgendaItemKind, BookingStatus, WebinarStatus
from ocse_planner.db.models import (
    AttendanceRecord,
    Booking,
    Organization,
    Person,
    Presentation,
    Sector,
    SectorCount,
    Series,
    SurveyResult,
    Webinar,
)
from ocse_planner.services.french_check import FrenchGap, series_french_gaps


def gaps(db) -> list[FrenchGap]:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return series_french_gaps(session, 1)


def messages(db) -> list[str]:  # type: ignore[no-untyped-def]
    return [g.message for g in gaps(db)]


def test_the_demo_is_fully_translated_and_an_unknown_series_has_no_gap(demo_db):
    assert gaps(demo_db) == []
    with demo_db.read() as session:
        assert series_french_gaps(session, 999) == []


def test_series_texts_come_first_with_the_objective_numbered_and_only_titles_flagged_as_titles(demo_db):
    with demo_db.write() as session:
        series = session.get(Series, 1)
        series.title_fr = None
        series.programme, series.programme_fr = "A programme", "  "
        series.objectives_fr = [series.objectives_fr[0], "", series.objectives_fr[2]]
        objective = series.objectives[1]
        webinar = session.get(Webinar, 2)
        webinar.theme, webinar.theme_fr = "Trauma", None
    found = gaps(demo_db)
    assert [g.message for g in found] == [
        f"French title missing for the series “{series.title}”.",
        "French text missing for the programme of the series: “A programme”.",
        f"French text missing for objective 2 of the series: “{objective}”.",
        "French text missing for the theme of webinar 2.",
    ]
    assert [g.title for g in found] == [True, False, False, False]
    assert found[3].webinar_id == 2 and found[3].presentation_id is None
    assert found[0].webinar_id is None


def test_webinar_and_item_gaps_point_to_their_webinar_and_item(demo_db):
    with demo_db.write() as session:
        webinar = session.get(Webinar, 3)
        webinar.title_fr = ""
        webinar.highlights, webinar.highlights_fr = "What was said", None
        item = session.get(Presentation, 17)
        item.title_fr = None
        item.description, item.description_fr = "About the resources", None
        title, webinar_title = item.title, webinar.title
    found = gaps(demo_db)
    assert [(g.message, g.title, g.webinar_id, g.presentation_id) for g in found] == [
        (f"French title missing for webinar 3, “{webinar_title}”.", True, 3, None),
        ("French text missing for the discussion highlights of webinar 3.", False, 3, None),
        (f"French title missing for “{title}” (webinar 3, item 3).", True, 3, 17),
        (f"French text missing for the description of “{title}” (webinar 3).", False, 3, 17),
    ]


def test_an_item_titled_by_its_kind_prints_the_kind_in_french_but_a_talk_so_titled_does_not(demo_db):
    with demo_db.write() as session:
        session.get(Presentation, 1).title = "OPENING REMARKS "  # the kind's own name, printed in French
        session.get(Presentation, 6).title = "Questions from the floor"  # a title of its own
        talk = session.get(Presentation, 2)
        talk.kind, talk.title, talk.title_fr = AgendaItemKind.PRESENTATION, "Opening remarks", None
    assert messages(demo_db) == [
        "French title missing for “Opening remarks” (webinar 1, item 2).",
        "French title missing for “Questions from the floor” (webinar 1, item 6).",
    ]


def test_a_job_title_gap_names_the_presenter_and_declined_presenters_are_not_printed(demo_db):
    with demo_db.write() as session:
        ibrahim = session.scalars(select(Person).where(Person.family_name == "Ibrahim")).one()
        ibrahim.job_title_fr = None
        saliba = session.scalars(select(Person).where(Person.family_name == "Saliba")).one()
        saliba.job_title_fr = None
        session.scalars(select(Booking).where(Booking.person_id == saliba.id)).one().status = BookingStatus.DECLINED
        name = f"{ibrahim.given_name} {ibrahim.family_name}"
    assert messages(demo_db) == [f"French job title missing for {name}: “Analyst and Survey Manager”."]


def test_an_organization_is_named_with_the_bodies_it_belongs_to_and_an_acronym_under_its_french_name(demo_db):
    with demo_db.write() as session:
        rcmp = session.get(Organization, 3)  # parent of the NCECC, which presents in webinar 1
        rcmp.name_fr = None
        statcan = session.get(Organization, 6)  # parent of the employer of a presenter
        statcan.acronym, statcan.acronym_fr = "STC", None
        session.get(Organization, 2).name_fr = " "  # Justice Canada: a partner of the series
    assert messages(demo_db) == [
        "French name missing for the organization “Justice Canada”.",
        "French name missing for the organization “Royal Canadian Mounted Police”.",
        "French acronym missing for “Statistique Canada” (STC).",
    ]


def test_sectors_of_the_figures_or_of_the_records_and_survey_statements_are_named(demo_db):
    with demo_db.write() as session:
        counted = session.get(Sector, 3)
        counted.name_fr = None
        assert session.scalars(select(SectorCount).where(SectorCount.sector_id == 3)).first() is not None
        session.add(Sector(name="Counted nowhere", position=98))  # no French, but printed nowhere
        recorded = Sector(name="Health care", position=99)
        session.add(recorded)
        session.flush()
        session.add(AttendanceRecord(webinar_id=1, person_key="email:a@b.ca", name="A", sector_id=recorded.id,
                                     registered=True, attended=True))
        statement = session.scalars(select(SurveyResult).where(SurveyResult.series_id == 1)
                                    .order_by(SurveyResult.position)).first()
        statement.statement_fr = ""
        text = statement.statement
    assert messages(demo_db) == [
        "French name missing for the sector “Victim services”.",
        "French name missing for the sector “Health care”.",
        f"French text missing for the survey statement “{text}”.",
    ]


def test_a_cancelled_webinar_is_not_printed_so_its_texts_are_not_named(demo_db):
    with demo_db.write() as session:
        webinar = session.get(Webinar, 2)
        webinar.title_fr = None
        webinar.status = WebinarStatus.CANCELLED
    assert gaps(demo_db) == []


def test_the_host_and_an_organization_booked_itself_are_named_like_the_others(demo_db):
    from ocse_planner.services.bookings import book_organization, book_person

    with demo_db.write() as session:
        host = Organization(name="Host Office")
        booked = Organization(name="Booked Lab")
        session.add_all([host, booked])
        session.flush()
        session.get(Series, 1).host_organization_id = host.id
        book_organization(session, 2, booked.id, status=BookingStatus.CONFIRMED)
        # a declined presenter listed first does not hide the confirmed one after it
        lee = Person(given_name="Ann", family_name="Lee", job_title="Analyst")
        session.add(lee)
        session.flush()
        decliner = session.scalars(select(Person).where(Person.family_name == "Saliba")).one()
        session.scalars(select(Booking).where(Booking.person_id == decliner.id)).one().status = BookingStatus.DECLINED
        book_person(session, 5, lee.id, status=BookingStatus.CONFIRMED)
        session.scalars(select(Person).where(Person.family_name == "Ibrahim")).one().job_title_fr = None
    assert messages(demo_db) == [
        "French job title missing for Dyna Ibrahim: “Analyst and Survey Manager”.",
        "French job title missing for Ann Lee: “Analyst”.",
        "French name missing for the organization “Booked Lab”.",
        "French name missing for the organization “Host Office”.",
    ]


def test_a_theme_or_highlights_with_their_french_are_no_gap(demo_db):
    with demo_db.write() as session:
        webinar = session.get(Webinar, 1)
        webinar.theme, webinar.theme_fr = "Reporting", "Signalement"
        webinar.highlights, webinar.highlights_fr = "Said", "Dit"
    assert gaps(demo_db) == []


def test_sectors_and_statements_follow_their_positions_and_other_series_records_are_not_named(demo_db):
    with demo_db.write() as session:
        other = Series(title="Other", year=2030, title_fr="Autre")
        other.webinars.append(Webinar(number=1, title="Elsewhere", title_fr="Ailleurs"))
        session.add(other)
        zeta, alpha = Sector(name="Zeta", position=50), Sector(name="Alpha", position=50)
        elsewhere = Sector(name="Only elsewhere", position=1)
        session.add_all([zeta, alpha, elsewhere])
        session.flush()
        for sector, webinar_id in ((zeta, 1), (alpha, 1), (elsewhere, other.webinars[0].id)):
            session.add(AttendanceRecord(webinar_id=webinar_id, person_key=f"email:{sector.name}@x.ca",
                                         name="A", sector_id=sector.id, registered=True, attended=True))
        session.add_all([SurveyResult(series_id=1, position=9, statement="Second", percent_agree=50),
                         SurveyResult(series_id=1, position=8, statement="First", percent_agree=50)])
    assert messages(demo_db) == [
        "French name missing for the sector “Alpha”.",
        "French name missing for the sector “Zeta”.",
        "French text missing for the survey statement “First”.",
        "French text missing for the survey statement “Second”.",
    ]
