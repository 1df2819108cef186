"""The listings behind the Series, Sessions and Partners tables, counted by hand."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ocse_planner.db.enums import (
    BookingStatus,
    CollaborationRole,
    OrganizationKind,
    SeriesStatus,
    WebinarStatus,
)
from ocse_planner.db.models import Booking, Collaboration, Organization, Person, Presentation, Series, Webinar
from ocse_planner.services.errors import NotFoundError
from ocse_planner.services.overview import (
    OrganizationRow,
    SeriesDetail,
    SeriesRow,
    WebinarRow,
    list_organizations,
    list_series,
    list_webinars,
    series_detail,
)


@pytest.fixture
def plan(empty_db) -> dict[str, int]:
    """2023 "Webinars" hosted by PS: webinar 1 with two talks (one confirmed, one invited,
    one declined, one withdrawn booking) and webinar 2 with none; 2022 "Archive" without
    a host; 2023 "Another" with one webinar."""
    with empty_db.write() as s:
        rcmp = Organization(name="Royal Canadian Mounted Police", acronym="RCMP",
                            kind=OrganizationKind.POLICE_SERVICE)
        ncecc = Organization(name="National Child Exploitation Crime Centre", acronym="NCECC",
                             kind=OrganizationKind.POLICE_SERVICE, parent=rcmp)
        ps = Organization(name="Public Safety Canada", kind=OrganizationKind.FEDERAL_DEPARTMENT)
        people = [Person(given_name=g, family_name="X", organization=ncecc) for g in "ABCD"]
        main = Series(title="Webinars", year=2023, host_organization=ps, status=SeriesStatus.ANNOUNCED,
                      programme="National Strategy", objectives=["Inform", "Connect"], time_zone="America/Halifax")
        first = Webinar(number=1, title="Grooming", starts_at=datetime(2023, 1, 24, 18, tzinfo=UTC),
                        time_zone="America/Toronto", duration_minutes=90, status=WebinarStatus.SCHEDULED,
                        platform="Zoom Webinar")
        second = Webinar(number=2, title="Sextortion")
        main.webinars += [second, first]
        talk1 = Presentation(position=1, title="One")
        talk2 = Presentation(position=2, title="Two")
        first.presentations += [talk1, talk2]
        talk1.bookings += [Booking(person=people[0], status=BookingStatus.CONFIRMED, position=1),
                           Booking(person=people[1], status=BookingStatus.DECLINED, position=2)]
        talk2.bookings += [Booking(person=people[2], status=BookingStatus.INVITED, position=1),
                           Booking(person=people[3], status=BookingStatus.WITHDRAWN, position=2),
                           Booking(organization=rcmp, status=BookingStatus.TO_INVITE, position=3)]
        archive = Series(title="Archive", year=2022)
        another = Series(title="Another", year=2023)
        another.webinars.append(Webinar(number=1, title="Elsewhere"))
        s.add_all([main, archive, another])
        s.flush()
        for org, role in ((rcmp, CollaborationRole.CO_HOST), (ps, CollaborationRole.CO_HOST),
                          (ncecc, CollaborationRole.PROMOTION)):
            s.add(Collaboration(organization=org, series=main, webinar=first, role=role))
        s.add(Collaboration(organization=rcmp, series=main, role=CollaborationRole.CO_HOST))  # series-wide
        s.add(Collaboration(organization=rcmp, series=another, webinar=another.webinars[0],
                            role=CollaborationRole.CO_HOST))
        s.flush()
        return {"main": main.id, "archive": archive.id, "another": another.id, "first": first.id,
                "second": second.id, "rcmp": rcmp.id, "ncecc": ncecc.id, "ps": ps.id}


def test_series_rows_count_webinars_talks_and_presenters_newest_year_first(empty_db, plan):
    with empty_db.read() as s:
        rows = list_series(s)
    assert rows == [
        SeriesRow(plan["another"], "Another", 2023, SeriesStatus.PLANNING, "", 1, 0, 0, 0),
        # needed: every booking not declined or withdrawn (confirmed, invited, to invite)
        SeriesRow(plan["main"], "Webinars", 2023, SeriesStatus.ANNOUNCED, "Public Safety Canada", 2, 2, 1, 3),
        SeriesRow(plan["archive"], "Archive", 2022, SeriesStatus.PLANNING, "", 0, 0, 0, 0),
    ]


def test_series_detail(empty_db, plan):
    with empty_db.read() as s:
        assert series_detail(s, plan["main"]) == SeriesDetail(
            plan["main"], "Webinars", 2023, "National Strategy", ["Inform", "Connect"], "America/Halifax")
        assert series_detail(s, plan["archive"]).programme == ""
        assert series_detail(s, plan["archive"]).objectives == []
        with pytest.raises(NotFoundError, match="^no series with id 999$"):
            series_detail(s, 999)


def test_webinar_rows_in_number_order_with_their_co_hosts(empty_db, plan):
    with empty_db.read() as s:
        rows = list_webinars(s, plan["main"])
    assert rows == [
        WebinarRow(plan["first"], plan["main"], 1, "Grooming", datetime(2023, 1, 24, 18, tzinfo=UTC),
                   "America/Toronto", 90, WebinarStatus.SCHEDULED,
                   "Public Safety Canada; Royal Canadian Mounted Police (RCMP)", 2, "Zoom Webinar"),
        WebinarRow(plan["second"], plan["main"], 2, "Sextortion", None, "America/Toronto", 120,
                   WebinarStatus.DRAFT, "", 0, ""),
    ]


def test_organization_rows_with_parent_and_people(empty_db, plan):
    with empty_db.read() as s:
        rows = [r for r in list_organizations(s) if r.id in (plan["rcmp"], plan["ncecc"], plan["ps"])]
    assert rows == [
        OrganizationRow(plan["ncecc"], "National Child Exploitation Crime Centre", "NCECC",
                        OrganizationKind.POLICE_SERVICE, "Royal Canadian Mounted Police", 4),
        OrganizationRow(plan["ps"], "Public Safety Canada", "", OrganizationKind.FEDERAL_DEPARTMENT, "", 0),
        OrganizationRow(plan["rcmp"], "Royal Canadian Mounted Police", "RCMP",
                        OrganizationKind.POLICE_SERVICE, "", 0),
    ]


def test_each_series_counts_only_the_bookings_of_its_own_talks(empty_db, plan):
    from sqlalchemy import select

    with empty_db.write() as s:
        elsewhere = s.scalar(select(Webinar).where(Webinar.series_id == plan["another"]))
        talk = Presentation(position=1, title="Elsewhere talk")
        elsewhere.presentations.append(talk)
        talk.bookings.append(Booking(person=Person(given_name="E", family_name="Y"), status=BookingStatus.CONFIRMED,
                                     position=1))
    with empty_db.read() as s:
        counts = {r.id: (r.presenters_confirmed, r.presenters_needed) for r in list_series(s)}
    assert counts == {plan["main"]: (1, 3), plan["another"]: (1, 1), plan["archive"]: (0, 0)}


def test_talks_and_people_are_counted_per_webinar_and_per_organization(empty_db, plan):
    from sqlalchemy import select

    with empty_db.write() as s:
        second = s.get(Webinar, plan["second"])
        second.presentations.append(Presentation(position=1, title="Three"))
        s.add(Person(given_name="P", family_name="S", organization_id=plan["ps"]))
    with empty_db.read() as s:
        talks = {r.number: r.presentations for r in list_webinars(s, plan["main"])}
        people = {r.id: r.people for r in list_organizations(s)}
        assert s.scalar(select(Webinar.id).where(Webinar.id == plan["second"])) == plan["second"]
    assert talks == {1: 2, 2: 1}
    assert (people[plan["ncecc"]], people[plan["ps"]], people[plan["rcmp"]]) == (4, 1, 0)
