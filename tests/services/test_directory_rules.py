"""The series directory: one row per booking, every contact field as text (never None)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from ocse_planner.db.models import Organization, Person
from ocse_planner.services.directory import series_directory
from ocse_planner.services.errors import NotFoundError


def test_a_presenter_row_gives_each_contact_field_as_text(demo_db):
    with demo_db.write() as s:
        person = s.query(Person).filter_by(family_name="Seto").one()
        person.phone, person.email = "613-555-0101", None
    with demo_db.read() as s:
        rows = [r for r in series_directory(s, 1).presenters if r.presenter.endswith("Seto")]
    assert rows and all((r.phone, r.email) == ("613-555-0101", "") for r in rows)
    with demo_db.write() as s:
        s.query(Person).filter_by(family_name="Seto").one().phone = None
    with demo_db.read() as s:
        rows = [r for r in series_directory(s, 1).presenters if r.presenter.endswith("Seto")]
    assert all(r.phone == "" for r in rows)
    with demo_db.read() as s, pytest.raises(NotFoundError, match="no series with id 99"):
        series_directory(s, 99)


def test_presenters_are_listed_in_the_reader_s_alphabetical_order(demo_db):
    """Côté, Coté, Côte and Cote differ only by accents: English compares them from the
    start of the word, French (Canadian) from its end."""
    from ocse_planner.db.models import Booking

    with demo_db.write() as s:
        ids = sorted({b.person_id for b in s.query(Booking) if b.person_id is not None})[:4]
        for person, family in zip((s.get(Person, i) for i in ids), ("Côté", "Coté", "Côte", "Cote"),
                                  strict=True):
            person.family_name, person.given_name = family, "Alex"
    orders = {}
    for language in ("en", "fr"):
        with demo_db.read() as s:
            families = [r.sort_key.split(",")[0] for r in series_directory(s, 1, language).presenters]
        orders[language] = [f for f in dict.fromkeys(families) if f.startswith(("Cot", "Côt"))]
    assert orders["en"] == ["Cote", "Coté", "Côte", "Côté"]
    assert orders["fr"] == ["Cote", "Côte", "Coté", "Côté"]


def test_an_open_action_without_an_owner_gives_the_owner_as_empty_text(demo_db):
    from ocse_planner.db.models import ActionItem, Collaboration

    with demo_db.write() as s:
        collaboration = s.query(Collaboration).filter_by(series_id=1).order_by(Collaboration.id).first()
        s.add(ActionItem(collaboration_id=collaboration.id, description="Send the logo", owner=None))
        s.add(ActionItem(collaboration_id=collaboration.id, description="Sign", owner="Dana", done=True))
    with demo_db.read() as s:
        actions = [(a.description, a.owner) for a in series_directory(s, 1).actions]
    assert ("Send the logo", "") in actions
    assert all(description != "Sign" for description, _ in actions)  # done: not open



def test_a_presenter_row_names_their_unit_then_the_body_it_belongs_to(demo_db):
    """Each language writes the unit's full label, then the body's name, and the job title."""
    found = {}
    for language in ("en", "fr"):
        with demo_db.read() as s:
            [found[language]] = [(r.job_title, r.organization) for r in series_directory(s, 1, language).presenters
                                 if r.presenter == "Dyna Ibrahim"]
    assert found == {
        "en": ("Analyst and Survey Manager",
               "Canadian Centre for Justice and Community Safety Statistics (CCJCSS), Statistics Canada"),
        "fr": ("Analyste et gestionnaire d'enquête",
               "Centre canadien de la statistique juridique et de la sécurité des collectivités (CCSJSC), "
               "Statistique Canada"),
    }


def _partners_plan(db) -> int:  # type: ignore[no-untyped-def]
    """A series whose partners come from records and from the agenda, with open actions."""
    from ocse_planner.db.enums import BookingStatus, CollaborationRole, CollaborationStatus, OrganizationKind
    from ocse_planner.db.models import ActionItem, Booking, Collaboration, Organization, Presentation, Series, Webinar

    role, status = CollaborationRole, BookingStatus
    with db.write() as s:
        plan = Series(title="Plan", title_fr="Programme", year=2023)
        other = Series(title="Other plan", year=2023)
        dept = Organization(name="Gamma Department", name_fr="Ministère Gamma", kind=OrganizationKind.FEDERAL_DEPARTMENT)
        unit = Organization(name="Beta Unit", acronym="BU", parent=dept, kind=OrganizationKind.FEDERAL_DEPARTMENT)
        ngo = Organization(name="Alpha Network", name_fr="Réseau Alpha", kind=OrganizationKind.NGO)
        police = Organization(name="Zeta Police", acronym="ZP", name_fr="Police Zeta", acronym_fr="PZ",
                              kind=OrganizationKind.POLICE_SERVICE)
        lone = Organization(name="Delta Lab", kind=OrganizationKind.ACADEMIC)
        ann = Person(given_name="Ann", family_name="Archer", organization=unit)
        bea = Person(given_name="Bea", family_name="Brook", organization=ngo)
        cy = Person(given_name="Cy", family_name="Cole", organization=lone, honorific="Dr.")
        talks = {}
        for series, number in ((plan, 1), (plan, 2), (other, 1)):
            webinar = Webinar(number=number, title=f"W{number}")
            series.webinars.append(webinar)
            talks[series.title, number] = Presentation(position=1, title="Talk", title_fr="Exposé")
            webinar.presentations.append(talks[series.title, number])
        talks["Plan", 1].bookings += [Booking(person=ann, status=status.CONFIRMED),
                                      Booking(organization=police, status=status.INVITED, position=2)]
        talks["Plan", 2].bookings += [Booking(person=bea, status=status.DECLINED),
                                      Booking(person=cy, status=status.WITHDRAWN, position=2),
                                      Booking(organization=police, status=status.CONFIRMED, position=3)]
        talks["Other plan", 1].bookings.append(Booking(person=cy, status=status.CONFIRMED))
        s.add_all([plan, other])
        s.flush()
        w1, w2 = plan.webinars[0], plan.webinars[1]
        records = [
            Collaboration(organization=ngo, series=plan, webinar=w2, role=role.CO_HOST,
                          status=CollaborationStatus.CONFIRMED, contact_person=bea,
                          agreement_date=date(2023, 1, 5), notes="Signed"),
            Collaboration(organization=ngo, series=plan, role=role.CO_HOST, status=CollaborationStatus.PROPOSED),
            Collaboration(organization=ngo, series=plan, role=role.PROMOTION, status=CollaborationStatus.PROPOSED),
            Collaboration(organization=ngo, series=plan, role=role.STRATEGY_PARTNER,
                          status=CollaborationStatus.IN_DISCUSSION),
            Collaboration(organization=police, series=plan, webinar=w1, role=role.PRESENTING_ORGANIZATION,
                          status=CollaborationStatus.CONFIRMED),
            Collaboration(organization=lone, series=other, role=role.SPONSOR, status=CollaborationStatus.CONFIRMED),
        ]
        s.add_all(records)
        s.flush()
        records[0].action_items += [ActionItem(description="Send the logo", owner="Dana", due_date=date(2023, 3, 1)),
                                    ActionItem(description="Thank them"),
                                    ActionItem(description="Sign", due_date=date(2023, 1, 1), done=True)]
        records[4].action_items += [ActionItem(description="Book the room", due_date=date(2023, 3, 1)),
                                    ActionItem(description="Confirm the speaker", due_date=date(2023, 2, 1))]
        records[5].action_items.append(ActionItem(description="Elsewhere", due_date=date(2023, 1, 2)))
        s.flush()
        return plan.id


def test_partners_come_from_their_records_and_from_who_presents(empty_db):
    """Recorded roles, with their status, contact, date and notes; an organization that
    presents (as a body, or through its people) without a recorded presenting role for that
    webinar or the whole series is listed as presenting, from the agenda (no status). A
    presenter who declined or withdrew does not make their organization a presenter."""
    from ocse_planner.db.enums import CollaborationRole as R, CollaborationStatus as S, OrganizationKind as K

    plan = _partners_plan(empty_db)
    with empty_db.read() as s:
        english, french = series_directory(s, plan), series_directory(s, plan, "fr")
    assert [(p.organization, p.kind, p.role, p.scope, p.status, p.contact, p.agreement_date, p.notes)
            for p in english.partners] == [
        ("Alpha Network", K.NGO, R.CO_HOST, "Series", S.PROPOSED, "", None, ""),
        ("Alpha Network", K.NGO, R.CO_HOST, "Webinar 2", S.CONFIRMED, "Bea Brook", date(2023, 1, 5), "Signed"),
        ("Alpha Network", K.NGO, R.STRATEGY_PARTNER, "Series", S.IN_DISCUSSION, "", None, ""),
        ("Alpha Network", K.NGO, R.PROMOTION, "Series", S.PROPOSED, "", None, ""),
        ("Beta Unit (BU)", K.FEDERAL_DEPARTMENT, R.PRESENTING_ORGANIZATION, "Webinar 1", None, "", None, ""),
        ("Zeta Police (ZP)", K.POLICE_SERVICE, R.PRESENTING_ORGANIZATION, "Webinar 1", S.CONFIRMED, "", None, ""),
        ("Zeta Police (ZP)", K.POLICE_SERVICE, R.PRESENTING_ORGANIZATION, "Webinar 2", None, "", None, ""),
    ]
    assert [(p.organization, p.role, p.scope) for p in french.partners] == [
        ("[EN] Beta Unit (BU)", R.PRESENTING_ORGANIZATION, "Webinaire 1"),
        ("Police Zeta (PZ)", R.PRESENTING_ORGANIZATION, "Webinaire 1"),
        ("Police Zeta (PZ)", R.PRESENTING_ORGANIZATION, "Webinaire 2"),
        ("Réseau Alpha", R.CO_HOST, "Série"),
        ("Réseau Alpha", R.CO_HOST, "Webinaire 2"),
        ("Réseau Alpha", R.STRATEGY_PARTNER, "Série"),
        ("Réseau Alpha", R.PROMOTION, "Série"),
    ]
    assert (english.series_title, english.year, french.series_title) == ("Plan", 2023, "Programme")


def test_a_series_wide_presenting_record_covers_every_webinar_the_organization_presents_in(empty_db):
    from ocse_planner.db.enums import CollaborationRole as R
    from ocse_planner.db.models import Collaboration

    plan = _partners_plan(empty_db)
    with empty_db.write() as s:
        police = s.scalar(select(Organization.id).where(Organization.name == "Zeta Police"))
        s.add(Collaboration(organization_id=police, series_id=plan, role=R.PRESENTING_ORGANIZATION))
    with empty_db.read() as s:
        police_rows = [(p.scope, p.status is None) for p in series_directory(s, plan).partners
                       if p.organization == "Zeta Police (ZP)"]
    assert police_rows == [("Series", False), ("Webinar 1", False)]


def test_open_actions_are_listed_soonest_due_first_then_by_partner(empty_db):
    plan = _partners_plan(empty_db)
    with empty_db.read() as s:
        english, french = series_directory(s, plan), series_directory(s, plan, "fr")
    assert [(a.due_date, a.organization, a.description, a.owner) for a in english.actions] == [
        (date(2023, 2, 1), "Zeta Police (ZP)", "Confirm the speaker", ""),
        (date(2023, 3, 1), "Alpha Network", "Send the logo", "Dana"),
        (date(2023, 3, 1), "Zeta Police (ZP)", "Book the room", ""),
        (None, "Alpha Network", "Thank them", ""),
    ]
    assert [(a.organization, a.description) for a in french.actions] == [
        ("Police Zeta (PZ)", "Confirm the speaker"), ("Police Zeta (PZ)", "Book the room"),
        ("Réseau Alpha", "Send the logo"), ("Réseau Alpha", "Thank them")]


def test_presenters_of_the_series_only_with_their_booking_and_talk(empty_db):
    from ocse_planner.db.enums import BookingStatus as B

    plan = _partners_plan(empty_db)
    with empty_db.read() as s:
        english, french = series_directory(s, plan), series_directory(s, plan, "fr")
    assert [(p.presenter, p.sort_key, p.organization, p.webinar_number, p.presentation_position, p.presentation,
             p.status, p.message_language) for p in english.presenters] == [
        ("Ann Archer", "Archer, Ann", "Beta Unit (BU), Gamma Department", 1, 1, "Talk", B.CONFIRMED, "both"),
        ("Bea Brook", "Brook, Bea", "Alpha Network", 2, 1, "Talk", B.DECLINED, "both"),
        ("Dr. Cy Cole", "Cole, Cy", "Delta Lab", 2, 1, "Talk", B.WITHDRAWN, "both"),
        ("Zeta Police (ZP)", "Zeta Police (ZP)", "", 1, 1, "Talk", B.INVITED, ""),
        ("Zeta Police (ZP)", "Zeta Police (ZP)", "", 2, 1, "Talk", B.CONFIRMED, ""),
    ]
    assert {(p.job_title, p.email, p.phone, p.time_zone) for p in english.presenters
            if p.presenter == "Zeta Police (ZP)"} == {("", "", "", "")}  # a body presenting: no contact fields
    assert [(p.presenter, p.organization, p.presentation) for p in french.presenters] == [
        ("Ann Archer", "[EN] Beta Unit (BU), Ministère Gamma", "Exposé"),
        ("Bea Brook", "Réseau Alpha", "Exposé"),
        ("Dr. Cy Cole", "[EN] Delta Lab", "Exposé"),
        ("Police Zeta (PZ)", "", "Exposé"),
        ("Police Zeta (PZ)", "", "Exposé"),
    ]


def test_partners_are_listed_in_the_reader_s_alphabetical_order(empty_db):
    """Côte and Coté differ only by accents: English compares them from the start of the
    word, French (Canadian) from its end."""
    from ocse_planner.db.enums import CollaborationRole
    from ocse_planner.db.models import Collaboration, Series

    with empty_db.write() as s:
        plan = Series(title="Plan", year=2023)
        s.add(plan)
        for name in ("Coté", "Côte"):
            s.add(Collaboration(organization=Organization(name=name, name_fr=name), series=plan,
                                role=CollaborationRole.SPONSOR))
        s.flush()
        plan_id = plan.id
    with empty_db.read() as s:
        orders = {language: [p.organization for p in series_directory(s, plan_id, language).partners]
                  for language in ("en", "fr")}
    assert orders == {"en": ["Coté", "Côte"], "fr": ["Côte", "Coté"]}
