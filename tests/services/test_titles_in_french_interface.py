"""Messages name the organizers' titles in the interface's language.

In a French window (or `--lang fr` on the command line) a conflict, a refusal or a
checklist line names a talk, a series or an organization by its French text where the
organizers wrote one, else by the English as written (unmarked: "[EN]" is for documents).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from ocse_planner import i18n
from ocse_planner.db.models import Organization, Presentation, Series, Webinar
from ocse_planner.services import bookings, lookup
from ocse_planner.services.conflicts import ConflictKind
from ocse_planner.services.errors import ConflictError, NotFoundError
from tests.services.test_conflict_rules import START, Plan, conflicts


@pytest.fixture
def french():  # type: ignore[no-untyped-def]
    i18n.activate("fr")
    yield
    i18n.activate("en")


def plain(text: str) -> str:
    """French typography's narrow and non-breaking spaces as plain ones, to compare."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _translate(session, plan: Plan) -> None:  # type: ignore[no-untyped-def]
    """French titles for series A and A's talks; series B and its talks stay English only."""
    plan.series["A"].title_fr = "Série A"
    for talk in session.query(Presentation).join(Webinar).filter(Webinar.series_id == plan.series["A"].id):
        talk.title_fr = talk.title.replace("talk", "exposé")
    session.flush()


def _double_booked(db) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        plan = Plan(s)
        kim = plan.person("Kim")
        a_talk = plan.webinar("A", 1, "2023-01-24T13:00", [30])[0]
        b_talk = plan.webinar("B", 4, "2023-01-24T13:20", [30])[0]
        plan.book(a_talk, kim)
        plan.book(b_talk, kim)
        _translate(s, plan)


def test_a_double_booking_names_the_french_titles_in_a_french_interface(empty_db, french):
    _double_booked(empty_db)
    (in_b,) = conflicts(empty_db, "B")
    assert plain(in_b.message) == (
        "Pat Kim a des réservations pour des présentations qui se chevauchent : « A1 exposé 1 » "
        "(webinaire 1 de « Série A », 2023-01-24 13 h à 13 h 30 (HNE), soit aussi son heure) et « B4 talk 1 » "
        "(webinaire 4 de « B », 2023-01-24 13 h 20 à 13 h 50 (HNE), soit aussi son heure).")


def test_a_double_booking_names_the_english_titles_in_an_english_interface(empty_db):
    _double_booked(empty_db)
    (in_b,) = conflicts(empty_db, "B")
    assert "“A1 talk 1” (webinar 1 of “A”," in in_b.message and "exposé" not in in_b.message
    assert "Série" not in in_b.message


def test_an_untranslated_title_is_named_as_written_without_a_marker(empty_db, french):
    _double_booked(empty_db)
    (in_a,) = [f for f in conflicts(empty_db, "A") if f.kind is ConflictKind.DOUBLE_BOOKED]
    assert "« B4 talk 1 » (webinaire 4 de « B »," in plain(in_a.message)
    assert "« A1 exposé 1 » (webinaire 1 de « Série A »," in plain(in_a.message)  # this series' own slot
    assert "[EN]" not in in_a.message


def test_agenda_findings_name_the_french_titles(empty_db, french):
    with empty_db.write() as s:
        plan = Plan(s)
        talks = plan.webinar("A", 1, "2023-01-24T13:00", [60, 40, 40], duration=120)
        talks[2].start_offset_minutes = 120  # at the end: outside the webinar
        kim = plan.person("Kim", "Europe/Paris")  # 19:00 in Paris: outside working hours
        plan.book(talks[0], kim)
        _translate(s, plan)
    found = {f.kind: plain(f.message) for f in conflicts(empty_db, timing=True)}
    assert found[ConflictKind.OUTSIDE_WEBINAR].startswith("« A1 exposé 3 » (")
    assert found[ConflictKind.OUTSIDE_WORKING_HOURS].startswith("« A1 exposé 1 » tombe hors de la plage 8 h – 18 h pour Pat Kim : ")
    assert "« A1 exposé 2 »" in found[ConflictKind.AGENDA_GAP]
    assert "talk" not in " ".join(found.values())


def test_an_overlap_in_the_agenda_names_both_french_titles(empty_db, french):
    with empty_db.write() as s:
        plan = Plan(s)
        talks = plan.webinar("A", 1, "2023-01-24T13:00", [60, 60], duration=120)
        talks[1].start_offset_minutes = 50
        _translate(s, plan)
    (overlap,) = [f for f in conflicts(empty_db, timing=True) if f.kind is ConflictKind.AGENDA_OVERLAP]
    assert plain(overlap.message) == ("Webinaire 1 : « A1 exposé 2 » (13 h 50 à 14 h 50 (HNE)) chevauche le point "
                                      "précédent, « A1 exposé 1 », de 10 minutes.")


def test_the_unconfirmed_warning_names_the_french_title(empty_db, french):
    with empty_db.write() as s:
        plan = Plan(s)
        plan.webinar("A", 1, "2023-01-24T13:00", [20])
        _translate(s, plan)
    (finding,) = [f for f in conflicts(empty_db, now=START - timedelta(days=3)) if f.kind is ConflictKind.UNCONFIRMED]
    assert plain(finding.message).startswith("« A1 exposé 1 » (webinaire 1, ")


def test_already_booked_names_the_talk_and_organization_in_french(empty_db, french):
    with empty_db.write() as s:
        plan = Plan(s)
        talk = plan.webinar("A", 1, "2023-01-24T13:00", [20])[0]
        talk.title_fr = "L'exposé"
        rcmp = Organization(name="Royal Canadian Mounted Police", name_fr="Gendarmerie royale du Canada")
        kim = plan.person("Kim")
        s.add(rcmp)
        s.flush()
        bookings.book_organization(s, talk.id, rcmp.id)
        bookings.book_person(s, talk.id, kim.id)
        with pytest.raises(ConflictError) as org_twice:
            bookings.book_organization(s, talk.id, rcmp.id)
        with pytest.raises(ConflictError) as person_twice:
            bookings.book_person(s, talk.id, kim.id)
    assert plain(org_twice.value.message()) == "Gendarmerie royale du Canada a déjà une réservation pour « L'exposé »."
    assert plain(person_twice.value.message()) == "Pat Kim a déjà une réservation pour « L'exposé »."


def test_an_overlapping_booking_carries_both_languages_for_the_window(empty_db):
    with empty_db.write() as s:
        plan = Plan(s)
        kim = plan.person("Kim")
        a_talk = plan.webinar("A", 1, "2023-01-24T13:00", [30])[0]
        b_talk = plan.webinar("B", 1, "2023-01-24T13:20", [30])[0]
        plan.book(b_talk, kim)
        _translate(s, plan)
        plan.series["B"].title_fr = "Série B"
        b_talk.title_fr = "Exposé B"
        s.flush()
        (other,) = bookings.overlapping_bookings(s, a_talk.id, kim.id)
    assert (other.title, other.title_fr, other.series_title, other.series_title_fr) == (
        "B1 talk 1", "Exposé B", "B", "Série B")


def test_a_webinar_missing_from_a_series_is_named_with_the_series_french_title(empty_db, french):
    with empty_db.write() as s:
        s.add(Series(title="Combatting", title_fr="Lutte", year=2027, time_zone="America/Toronto"))
        s.add(Series(title="Other", year=2027, time_zone="America/Toronto"))
        s.flush()
        with pytest.raises(NotFoundError) as missing:
            lookup.resolve_webinar(s, "1:9")
        with pytest.raises(NotFoundError) as ambiguous:
            lookup.resolve_series(s, "2027")
    assert plain(missing.value.message()) == "Lutte (2027) n'a pas de webinaire numéro 9"
    assert plain(ambiguous.value.message()).endswith("1 (Lutte), 2 (Other)")


def test_an_undated_span_is_worded_in_the_interfaces_language(empty_db, french):
    from ocse_planner.services.agenda import WebinarAgenda

    agenda = WebinarAgenda(webinar_id=1, number=1, title="W", starts_at=None, time_zone="America/Toronto",
                           duration_minutes=60, items=())
    assert agenda.span(0, 10) == "minutes 0 à 10"
    assert agenda.span(0, 10, "en") == "minutes 0–10"  # a document in English, whatever the window


def test_an_import_names_its_webinar_by_its_french_title_in_french(demo_db, french):
    from ocse_planner.services.attendance_import import webinar_label

    with demo_db.read() as s:
        french_label = webinar_label(s, 1)
    i18n.activate("en")
    with demo_db.read() as s:
        english_label = webinar_label(s, 1)
    assert french_label.startswith("2022:1 Mécanismes de signalement, outils et nouvelles tendances")
    assert english_label.startswith("2022:1 Reporting Mechanisms, Tools and Emerging Trends")
