"""What the window lists and deletes through the services, checked here without a window:
each listed text in the interface's language (French when written, else English), a
webinar's own calendar, a person's bookings, and removals that refuse a stale version.
(These functions were reached only by the UI tests, which the mutation runs leave out.)"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from ocse_planner.db.models import Booking, Collaboration, SectorCount
from ocse_planner.services import agenda, attendance_admin, bookings, collaborations, organizations, people, sectors
from ocse_planner.services.calendar import webinar_calendar
from ocse_planner.services.errors import ChangedElsewhereError, NotFoundError
from ocse_planner.services.journal import other_planner
from ocse_planner.services.time_format import medium_date
from tests.services.scheduling_helpers import person_id


def test_directory_rows_give_job_title_and_organization_in_french_when_written(demo_db):
    with demo_db.read() as session:
        rows = {r.family_name: r for r in people.directory(session, 1)}
    chan, boyko = rows["Chan"], rows["Boyko"]
    assert chan.job_title_in("fr") == "Conseillère principale en communications"
    assert chan.job_title_in("en") == "Senior Communications Advisor"
    assert chan.organization_in("fr") == "Sécurité publique Canada"
    assert chan.organization_in("en") == "Public Safety Canada"
    assert boyko.job_title_in("fr") == ""  # none in either language
    untranslated = replace(chan, job_title_fr="", organization_fr="")  # the window shows the English as written
    assert (untranslated.job_title_in("fr"), untranslated.organization_in("fr")) == (
        "Senior Communications Advisor", "Public Safety Canada")


def test_organizations_sectors_and_statements_are_listed_in_french_when_written(demo_db):
    with demo_db.read() as session:
        found = {o.id: o for o in organizations.search_organizations(session)}
        sector = next(r for r in sectors.list_sectors(session) if r.name == "Law enforcement")
        statement = attendance_admin.list_survey(session, 1)[0]
    assert (found[5].acronym_in("fr"), found[5].acronym_in("en")) == ("CCPE", "C3P")
    assert found[2].acronym_in("fr") == ""
    assert (sector.name_in("fr"), sector.name_in("en")) == ("Application de la loi", "Law enforcement")
    assert statement.statement_in("fr").startswith("Ont acquis une meilleure compr")
    assert statement.statement_in("en").startswith("Gained a deeper understanding")


def test_a_presenter_slot_names_the_presenter_in_french_when_written(demo_db):
    with demo_db.read() as session:
        slot = agenda.webinar_agenda(session, 2).items[1].presenters[0]
    assert slot.name_in("fr") == slot.name_in("en") == "Colleen Varcoe, PhD, RN"
    french = type(slot)(**{**slot.__dict__, "name_fr": "Colleen Varcoe, Ph. D., inf. aut."})
    assert french.name_in("fr-CA") == "Colleen Varcoe, Ph. D., inf. aut."
    assert french.name_in("en") == "Colleen Varcoe, PhD, RN"
    assert type(slot)(**{**slot.__dict__, "name_fr": ""}).name_in("fr") == "Colleen Varcoe, PhD, RN"


def test_a_webinars_calendar_holds_its_presentations_only(demo_db):
    now = datetime(2022, 1, 1, tzinfo=UTC)
    with demo_db.read() as session:
        one = webinar_calendar(session, 2, now=now)
        with pytest.raises(NotFoundError, match="no webinar with id 999"):
            webinar_calendar(session, 999)
    assert len(one.events) == 4 and one.stamp == now
    assert {e.starts_at.date() for e in one.events} == {date(2022, 2, 22)}


def test_a_persons_bookings_are_listed_for_one_series_or_all(demo_db):
    with demo_db.read() as session:
        ibrahim = person_id(session, "Ibrahim")
        everywhere = bookings.bookings_for_person(session, ibrahim)
        in_series_1 = bookings.bookings_for_person(session, ibrahim, 1)
        elsewhere = bookings.bookings_for_person(session, ibrahim, 2)
    assert [(b.person_id, b.webinar_number, b.presenter) for b in everywhere] == [(ibrahim, 1, "Dyna Ibrahim")]
    assert in_series_1 == everywhere and elsewhere == []


def test_a_booking_or_collaboration_is_removed_only_if_unchanged_since_it_was_shown(demo_db):
    with demo_db.read() as session:
        booking = session.scalars(select(Booking).order_by(Booking.id)).first()
        collaboration = session.scalars(select(Collaboration).order_by(Collaboration.id)).first()
        booking_id, booking_version = booking.id, booking.version
        collaboration_id, collaboration_version = collaboration.id, collaboration.version
    with demo_db.write() as session, pytest.raises(ChangedElsewhereError):
        bookings.remove_booking(session, booking_id, booking_version + 1)
    with demo_db.write() as session, pytest.raises(ChangedElsewhereError):
        collaborations.delete_collaboration(session, collaboration_id, collaboration_version + 1)
    with demo_db.write() as session:
        bookings.remove_booking(session, booking_id, booking_version)
        collaborations.delete_collaboration(session, collaboration_id, collaboration_version)
    with demo_db.read() as session:
        assert session.get(Booking, booking_id) is None and session.get(Collaboration, collaboration_id) is None
    with demo_db.write() as session, pytest.raises(ChangedElsewhereError):
        bookings.remove_booking(session, booking_id, None)  # gone already


def test_a_hand_entered_sector_count_is_deleted_and_a_missing_one_ignored(demo_db):
    with demo_db.write() as session:
        law = next(r.id for r in sectors.list_sectors(session) if r.name == "Law enforcement")
        attendance_admin.set_sector_count(session, 1, None, law, 12)
    with demo_db.read() as session:
        row = next(r for r in attendance_admin.list_sector_counts(session, 1)
                   if r.sector_id == law and r.webinar_id is None)
        assert (row.count, row.sector, row.sector_fr) == (12, "Law enforcement", "Application de la loi")
    with demo_db.write() as session:
        attendance_admin.delete_sector_count(session, row.id)
        attendance_admin.delete_sector_count(session, 99_999)
    with demo_db.read() as session:
        assert session.get(SectorCount, row.id) is None


def test_a_medium_date_reads_in_each_language():
    assert medium_date(date(2022, 1, 25), "en") == "Jan 25, 2022"
    assert medium_date(datetime(2022, 1, 25, 23, 59), "fr") == "25 janv. 2022"


def test_a_change_for_another_planner_names_it():
    assert other_planner("webinars-2027.db").message() == (
        "Nothing was changed: this change was made in webinars-2027.db, which is no longer the open planner.")
