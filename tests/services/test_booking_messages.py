"""What booking a presenter, or changing or deleting a person, refuses says, whole, in
English and in French: who is already booked on which talk, what is gone."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ocse_planner.db.models import Organization
from ocse_planner.services import bookings, people
from ocse_planner.services.errors import UserError
from ocse_planner.services.people import PersonInput
from tests.services.messages import refused
from tests.services.scheduling_helpers import add_series_with_webinar, person_id

NB = "\u00a0"


def _refusal(db, call) -> tuple:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as caught, db.write() as s:
        call(s)
    return refused(caught.value)


@pytest.fixture
def talk(demo_db) -> int:  # type: ignore[no-untyped-def]
    with demo_db.write() as s:
        return add_series_with_webinar(s, "2023-01-10T13:00")[0]


def test_booking_someone_twice_names_the_presenter_and_the_talk(demo_db, talk):
    with demo_db.write() as s:
        seto = person_id(s, "Seto")
        ncecc = s.scalar(select(Organization.id).where(Organization.name == "National Child Exploitation Crime Centre"))
        bookings.book_person(s, talk, seto)
        bookings.book_organization(s, talk, ncecc)
    assert _refusal(demo_db, lambda s: bookings.book_person(s, talk, seto)) == (
        "ConflictError", None, "Dr. Michael Seto is already booked on “Talk 1”.",
        f"Dr. Michael Seto a déjà une réservation pour «{NB}Talk 1{NB}».")
    body = "Royal Canadian Mounted Police (RCMP), National Child Exploitation Crime Centre (NCECC)"  # parent first
    assert _refusal(demo_db, lambda s: bookings.book_organization(s, talk, ncecc)) == (
        "ConflictError", None, f"{body} is already booked on “Talk 1”.",
        f"{body} a déjà une réservation pour «{NB}Talk 1{NB}».")


def test_booking_on_a_talk_or_someone_gone_says_what_is_gone(demo_db, talk):
    with demo_db.read() as s:
        seto = person_id(s, "Seto")
    assert _refusal(demo_db, lambda s: bookings.book_person(s, 99_999, seto)) == (
        "NotFoundError", None, "That presentation no longer exists; reload and try again.",
        "Cette présentation n'existe plus; rechargez et réessayez.")
    assert _refusal(demo_db, lambda s: bookings.book_organization(s, 99_999, 1)) == (
        "NotFoundError", None, "That presentation no longer exists; reload and try again.",
        "Cette présentation n'existe plus; rechargez et réessayez.")
    assert _refusal(demo_db, lambda s: bookings.book_person(s, talk, 99_999)) == (
        "NotFoundError", None, "That person no longer exists; reload and try again.",
        "Cette personne n'existe plus; rechargez et réessayez.")
    assert _refusal(demo_db, lambda s: bookings.book_organization(s, talk, 99_999)) == (
        "NotFoundError", None, "That organization no longer exists; reload and try again.",
        "Cette organisation n'existe plus; rechargez et réessayez.")


def test_a_person_refused_says_why_in_both_languages(demo_db):
    assert _refusal(demo_db, lambda s: people.create_person(s, PersonInput("A", "B", languages=("en", "de")))) == (
        "ValidationError", "languages", "Unknown language code “de”.", f"Code de langue inconnu{NB}: «{NB}de{NB}».")
    assert _refusal(demo_db, lambda s: people.create_person(s, PersonInput("A", "B", preferred_language="es"))) == (
        "ValidationError", "preferred_language", "Unknown language code “es”.",
        f"Code de langue inconnu{NB}: «{NB}es{NB}».")
    assert _refusal(demo_db, lambda s: people.create_person(s, PersonInput("A", "B", organization_id=99_999))) == (
        "ValidationError", "organization", "The chosen organization no longer exists.",
        "L'organisation choisie n'existe plus.")
    assert _refusal(demo_db, lambda s: people.get_person(s, 99_999)) == (
        "NotFoundError", None, "no person with id 99999", "aucune personne n'a l'identifiant 99999")
    assert _refusal(demo_db, lambda s: people.delete_person(s, person_id(s, "Saliba"), None)) == (
        "ConflictError", None, "Jad Saliba is booked on 1 presentation(s); remove those bookings first.",
        f"Jad Saliba a des réservations pour 1{NB}présentation(s); retirez d'abord ces réservations.")


def test_an_organization_booked_is_dated_the_moment_given(demo_db, talk):
    from datetime import UTC, datetime

    from ocse_planner.db.enums import BookingStatus

    t0 = datetime(2022, 11, 1, 14, 0, tzinfo=UTC)
    with demo_db.write() as s:
        ncecc = s.scalar(select(Organization.id).where(Organization.name == "National Child Exploitation Crime Centre"))
        bookings.book_organization(s, talk, ncecc, BookingStatus.INVITED, now=t0)
    with demo_db.read() as s:
        [row] = bookings.bookings_for_presentation(s, talk)
    assert (row.status, row.status_changed_at, row.invited_at) == (BookingStatus.INVITED, t0, t0)
