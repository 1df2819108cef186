"""Which records a change touches and in what order lists come: a series' bulk fixes stay
in that series, a person's bookings read in time order, a second presenter is second, a
French name finds its organization, a French report credits an organization in French."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ocse_planner.db.models import AttendanceRecord, Booking, Organization, Series, Webinar
from ocse_planner.services import attendance_admin as admin
from ocse_planner.services import bookings, sectors
from ocse_planner.services.agenda import set_fixed_start
from ocse_planner.services.errors import NotFoundError
from ocse_planner.services.organizations import search_organizations
from ocse_planner.services.report_credits import report_credit
from tests.services.messages import said
from tests.services.test_conflict_rules import Plan


def _two_series_with_unclassified(s) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Series A and B, one webinar each, each with a record from rcmp-grc.gc.ca and no sector."""
    ids = []
    for title in ("A", "B"):
        series = Series(title=title, year=2023)
        series.webinars.append(Webinar(number=1, title=f"{title} 1"))
        s.add(series)
        s.flush()
        s.add(AttendanceRecord(webinar_id=series.webinars[0].id, person_key=f"kim@{title.lower()}.rcmp-grc.gc.ca",
                               email=f"kim@{title.lower()}.rcmp-grc.gc.ca", organization_name="Royal Canadian Mounted Police",
                               attended=True))
        ids.append(series.id)
    s.flush()
    return ids[0], ids[1]


def _unclassified(s, series_id: int) -> int:  # type: ignore[no-untyped-def]
    return len(s.scalars(select(AttendanceRecord.id).join(Webinar).where(
        Webinar.series_id == series_id, AttendanceRecord.sector_id.is_(None))).all())


def test_applying_the_rules_again_classifies_only_the_series_records(empty_db):
    with empty_db.write() as s:
        a, b = _two_series_with_unclassified(s)  # the default rules know rcmp-grc.gc.ca
        assert admin.apply_rules_to_unclassified(s, a) == 1
        assert (_unclassified(s, a), _unclassified(s, b)) == (0, 1)  # B's record waits for B's own run


def test_records_are_reclassified_by_organization_whatever_the_case(empty_db):
    with empty_db.write() as s:
        a, b = _two_series_with_unclassified(s)
        police = sectors.save_sector(s, None, "Police")
        assert admin.reclassify(s, a, police, organization="  mounted POLICE ") == 1
        assert (_unclassified(s, a), _unclassified(s, b)) == (0, 1)


def test_a_persons_bookings_read_in_time_order_and_a_second_presenter_is_second(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        later = plan.webinar("A", 1, "2023-05-02T13:00", [20])[0]  # webinar 1, in May
        earlier = plan.webinar("B", 2, "2023-03-07T13:00", [20])[0]  # webinar 2, in March
        kim, lee = plan.person("Kim"), plan.person("Lee")
        for talk in (later, earlier):
            bookings.book_person(s, talk.id, kim.id)
        bookings.book_person(s, later.id, lee.id)
        rows = bookings.bookings_for_person(s, kim.id)
        positions = [b.position for b in s.scalars(select(Booking).where(Booking.presentation_id == later.id)
                                                   .order_by(Booking.id))]
        listed = [r.presenter for r in bookings.bookings_for_presentation(s, later.id)]
    assert [r.presentation_id for r in rows] == [earlier.id, later.id]  # March before May
    assert positions == [1, 2] and listed == ["Pat Kim", "Pat Lee"]


def test_an_organization_is_found_by_its_french_name(empty_db):
    with empty_db.write() as s:
        s.add(Organization(name="Royal Canadian Mounted Police", name_fr="Gendarmerie royale du Canada"))
        s.add(Organization(name="Public Safety Canada", name_fr="Sécurité publique Canada"))
    with empty_db.read() as s:
        assert [o.name for o in search_organizations(s, "gendarmerie")] == ["Royal Canadian Mounted Police"]
        assert [o.name for o in search_organizations(s, "securite publique")] == ["Public Safety Canada"]


def test_a_french_report_credits_an_organization_by_its_french_name(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        talk = plan.webinar("A", 1, "2023-05-02T13:00", [20])[0]
        rcmp = Organization(name="Royal Canadian Mounted Police", name_fr="Gendarmerie royale du Canada",
                            acronym="RCMP", acronym_fr="GRC")
        s.add(rcmp)
        s.flush()
        booking = s.get(Booking, bookings.book_organization(s, talk.id, rcmp.id))
        assert report_credit(booking, "fr") == "Gendarmerie royale du Canada (GRC)"
        assert report_credit(booking) == "Royal Canadian Mounted Police (RCMP)"


def test_fixing_the_start_of_an_item_that_is_gone_says_so(empty_db):
    with empty_db.write() as s, pytest.raises(NotFoundError) as gone:
        set_fixed_start(s, 4242, 30)
    assert said(gone.value) == ("no agenda item with id 4242", "aucun point à l'ordre du jour n'a l'identifiant 4242")
