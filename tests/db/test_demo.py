"""The demo data is the 2022 report, exactly."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ocse_planner.db.enums import AgendaItemKind, CollaborationRole
from ocse_planner.db.models import (
    Booking,
    Collaboration,
    Organization,
    Person,
    Presentation,
    SectorCount,
    Series,
    SurveyResult,
    Webinar,
)
from ocse_planner.services.names import affiliation, booking_presenter, person_credit

TITLES = [
    [
        "Online Child Sexual Exploitation: Opportunities and Challenges Related to Police-reported Data",
        "Trends and Challenges in OCSE investigations",
        "Canada's Project SHADOW",
        "Modernizing Digital Investigations for OCSE Cases",
    ],
    [
        "Trauma- and Violence-informed Approaches: A structural and relational approach",
        "Accompanying the Child Victim and their Parent through the Legal Process and Reducing the Risk of Secondary Victimization",
        "Trauma-informed Child Forensic Interviews",
        "A Trauma-informed Approach in the Criminal Justice System",
    ],
    [
        "Social Marketing Campaign on Online Child Sexual Exploitation",
        "Awareness and Educational Resources on Online Child Sexual Exploitation",
        "Online Child Sexual Exploitation: Offenders and Prevention Programs",
        "Study on the Availability of Child Sexual Abuse Imagery on the Internet",
    ],
]

PRESENTERS = [
    [["Dyna Ibrahim"], ["Royal Canadian Mounted Police (RCMP), National Child Exploitation Crime Centre (NCECC)"],
     ["Royal Canadian Mounted Police (RCMP), National Child Exploitation Crime Centre (NCECC)"], ["Jad Saliba"]],
    [["Colleen Varcoe, PhD, RN"], ["Geneviève Boisvert-Pilon, M.A."], ["Detective Constable Dayna Boyko"], ["Suvidha Kalra"]],
    [["Erin Rogers", "Julie Chan"], ["Noni Classen"], ["Dr. Michael Seto"], ["Jacques Marcoux"]],
]


def _load(session):
    return session.scalars(
        select(Webinar)
        .order_by(Webinar.number)
        .options(selectinload(Webinar.presentations).selectinload(Presentation.bookings))
    ).all()


def test_three_webinars_twelve_presentations_eleven_people(demo_db):
    with demo_db.read() as s:
        webinars = _load(s)
        assert [w.number for w in webinars] == [1, 2, 3]
        assert [w.title for w in webinars] == [
            "Reporting Mechanisms, Tools and Emerging Trends in Online Child Sexual Exploitation",
            "Best Practices in Trauma-informed Care and Supports when Working with Victims of Online Child Sexual Exploitation",
            "Public Awareness and Research on Online Child Sexual Exploitation",
        ]
        talks = [[p for p in w.presentations if p.kind == AgendaItemKind.PRESENTATION] for w in webinars]
        assert [[p.title for p in t] for t in talks] == TITLES
        assert [[[booking_presenter(b) for b in p.bookings] for p in t] for t in talks] == PRESENTERS
        assert len(s.scalars(select(Person)).all()) == 11
        assert [w.starts_at.month for w in webinars] == [1, 2, 3]  # the report gives months


def test_presenter_details_are_exact(demo_db):
    with demo_db.read() as s:
        people = {p.family_name: p for p in s.scalars(select(Person))}
        credits = {name: person_credit(p) for name, p in people.items()}
    assert credits["Varcoe"] == (
        "Colleen Varcoe, PhD, RN — Professor and Associate Director, Faculty Development School of "
        "Nursing, University of British Columbia (UBC)"
    )
    assert credits["Ibrahim"] == (
        "Dyna Ibrahim — Analyst and Survey Manager, Canadian Centre for Justice and Community "
        "Safety Statistics (CCJCSS), Statistics Canada"
    )
    assert credits["Saliba"] == "Jad Saliba — Founder and CTO, Magnet Forensics"
    assert credits["Boyko"] == "Detective Constable Dayna Boyko — Toronto Police Service (TPS)"
    assert credits["Seto"].startswith("Dr. Michael Seto — Director of the Forensic Mental Health Research Unit")
    assert people["Boisvert-Pilon"].given_name == "Geneviève"
    assert people["Boisvert-Pilon"].post_nominals == "M.A."


def test_organization_tree_and_partners(demo_db):
    with demo_db.read() as s:
        orgs = {o.name: o for o in s.scalars(select(Organization))}
        assert orgs["National Child Exploitation Crime Centre"].parent.name == "Royal Canadian Mounted Police"
        assert orgs["Canadian Centre for Justice and Community Safety Statistics"].parent.name == "Statistics Canada"
        assert affiliation(orgs["National Child Exploitation Crime Centre"]).endswith("Royal Canadian Mounted Police")
        series = s.scalar(select(Series))
        assert (series.title, series.year, series.host_organization.name) == (
            "Combatting Online Child Sexual Exploitation", 2022, "Public Safety Canada")
        assert series.programme.startswith("National Strategy for the Protection of Children")
        assert len(series.objectives) == 3
        collabs = s.scalars(select(Collaboration)).all()
        partners = sorted(c.organization.name for c in collabs if c.role == CollaborationRole.STRATEGY_PARTNER)
        assert partners == ["Canadian Centre for Child Protection", "Justice Canada", "Royal Canadian Mounted Police"]
        hosts = {c.webinar.number: c.organization.name for c in collabs if c.role == CollaborationRole.CO_HOST}
        assert hosts == {1: "Royal Canadian Mounted Police", 2: "Justice Canada"}


def test_series_figures(demo_db):
    with demo_db.read() as s:
        series = s.scalar(select(Series))
        assert series.participants_reported == 611
        sectors = s.scalars(select(SectorCount)).all()
        assert len(sectors) == 8
        survey = s.scalars(select(SurveyResult).order_by(SurveyResult.position)).all()
        assert [(r.percent_agree, r.approximate) for r in survey] == [(82, False), (80, True)]


def test_two_presenters_and_organization_presenter_survive_a_round_trip(demo_db):
    """Edit the two special cases through the ORM, reopen, and read them back unchanged."""
    from ocse_planner.db import open_database

    with demo_db.write() as s:
        talk = s.scalar(select(Presentation).join(Webinar).where(Webinar.number == 3, Presentation.position == 2))
        talk.title = talk.title  # touch nothing: a no-op write must keep both presenters
    where = demo_db.location
    demo_db.close()
    db = open_database(where)
    try:
        with db.read() as s:
            talk = s.scalar(select(Presentation).join(Webinar).where(Webinar.number == 3, Presentation.position == 2))
            assert [b.person.given_name for b in talk.bookings] == ["Erin", "Julie"]
            ncecc = s.scalars(select(Booking).where(Booking.organization_id.is_not(None))).all()
            assert len(ncecc) == 2
            assert all(b.person_id is None and b.organization.acronym == "NCECC" for b in ncecc)
    finally:
        db.close()


def test_each_webinar_fills_its_two_hours_with_illustrative_items_around_the_talks(demo_db):
    """13:00 opening remarks, the four talks, questions and answers, closing remarks to 15:00:
    no gap, no overlap, and the items the report does not give are marked illustrative."""
    from ocse_planner.services.agenda import series_agendas
    from ocse_planner.services.time_format import clock

    with demo_db.read() as s:
        agendas = series_agendas(s, 1)
    for agenda in agendas:
        kinds = [i.kind for i in agenda.items]
        assert kinds == [AgendaItemKind.OPENING, *[AgendaItemKind.PRESENTATION] * 4, AgendaItemKind.QA,
                         AgendaItemKind.CLOSING]
        assert clock(agenda.items[0].starts_at, agenda.time_zone) == "1:00 p.m."
        assert clock(agenda.items[-1].ends_at, agenda.time_zone) == "3:00 p.m."
        assert agenda.timing == () and agenda.overrun_minutes == 0
        assert all(i.start_offset_minutes is None for i in agenda.items)  # nothing hidden
        extras = [i for i in agenda.items if i.kind != AgendaItemKind.PRESENTATION]
        assert all(i.description.startswith("Illustrative:") for i in extras)
        assert not any(i.description for i in agenda.items if i.kind == AgendaItemKind.PRESENTATION)
        assert [i.title for i in extras] == ["Opening remarks", "Questions and answers", "Closing remarks"]
