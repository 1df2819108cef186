"""`organization_label(..., mark=False)`: the window's way of naming an organization in
French — its French where written, else the English as written, never "[EN]"."""

from __future__ import annotations

from ocse_planner.db.models import Organization
from ocse_planner.services.names import (
    booking_presenter,
    organization_as_presenter,
    organization_label,
    organization_name,
)


def test_the_french_label_unmarked_falls_back_to_the_english_as_written():
    rcmp = Organization(name="Royal Canadian Mounted Police", acronym="RCMP",
                        name_fr="Gendarmerie royale du Canada", acronym_fr="GRC")
    magnet = Organization(name="Magnet Forensics")
    ps = Organization(name="Public Safety Canada", acronym="PS", name_fr="Sécurité publique Canada")
    unit = Organization(name="National Child Exploitation Crime Centre", acronym="NCECC", parent=rcmp)
    assert organization_label(rcmp, "fr", mark=False) == "Gendarmerie royale du Canada (GRC)"
    assert organization_label(magnet, "fr", mark=False) == "Magnet Forensics"
    assert organization_label(magnet, "fr") == "[EN] Magnet Forensics"  # documents keep the marker
    assert (organization_name(magnet, "fr", mark=False), organization_name(magnet, "fr")) == (
        "Magnet Forensics", "[EN] Magnet Forensics")
    assert organization_label(ps, "fr", mark=False) == "Sécurité publique Canada (PS)"
    assert organization_label(ps, "fr") == "Sécurité publique Canada ([EN] PS)"
    assert (organization_as_presenter(unit, "fr", mark=False)
            == "Gendarmerie royale du Canada (GRC), National Child Exploitation Crime Centre (NCECC)")
    assert organization_label(rcmp, "en", mark=False) == "Royal Canadian Mounted Police (RCMP)"


def test_a_credit_unmarked_keeps_the_english_where_no_french_is_written():
    from ocse_planner.db.models import Person
    from ocse_planner.services.names import person_credit

    c3p = Organization(name="Canadian Centre for Child Protection", acronym="C3P",
                       name_fr="Centre canadien de protection de l'enfance", acronym_fr="CCPE")
    person = Person(given_name="Noni", family_name="Classen", job_title="Director of Education", organization=c3p)
    assert person_credit(person, "fr", mark=False) == (
        "Noni Classen — Director of Education, Centre canadien de protection de l'enfance (CCPE)")
    assert person_credit(person, "fr") == (
        "Noni Classen — [EN] Director of Education, Centre canadien de protection de l'enfance (CCPE)")


def test_an_acronym_written_only_in_french_is_kept_and_marked_in_english():
    """An organization known by its French acronym alone ("CNCEE") still shows it in an
    English document, marked as French; one with no acronym in either language has none."""
    from ocse_planner.services.names import organization_acronym, organization_short

    french_only = Organization(name="Child Exploitation Centre", name_fr="Centre contre l'exploitation",
                               acronym_fr="CNCEE")
    assert organization_acronym(french_only, "en") == "[FR] CNCEE"
    assert organization_acronym(french_only, "en", mark=False) == "CNCEE"
    assert organization_acronym(french_only, "fr") == "CNCEE"
    assert organization_label(french_only) == "Child Exploitation Centre ([FR] CNCEE)"
    assert organization_short(french_only, "fr") == "CNCEE"
    none = Organization(name="Magnet Forensics", acronym=" ", acronym_fr="")
    assert organization_acronym(none, "fr") is None
    assert organization_short(none, "en") == "Magnet Forensics"


def test_a_person_sorts_by_family_name_and_one_name_alone_sorts_as_written():
    from ocse_planner.db.models import Person
    from ocse_planner.services.names import sort_name

    assert sort_name(Person(given_name="Jad", family_name="Saliba")) == "Saliba, Jad"
    assert sort_name(Person(given_name="", family_name="Saliba")) == "Saliba"
    assert sort_name(Person(given_name="Jad", family_name="")) == "Jad"


def test_a_booking_names_its_person_its_organization_or_nobody():
    from ocse_planner.db.models import Booking, Person

    ncecc = Organization(name="National Child Exploitation Crime Centre", acronym="NCECC",
                         parent=Organization(name="Royal Canadian Mounted Police", acronym="RCMP",
                                             name_fr="Gendarmerie royale du Canada", acronym_fr="GRC"))
    person = Person(given_name="Noni", family_name="Classen", job_title="Director of Education",
                    job_title_fr="Directrice de l'éducation")
    assert booking_presenter(Booking(person=person)) == "Noni Classen"
    assert booking_presenter(Booking(person=person), credit=True) == "Noni Classen — Director of Education"
    assert booking_presenter(Booking(person=person), credit=True, language="fr") == (
        "Noni Classen — Directrice de l'éducation")
    assert booking_presenter(Booking(organization=ncecc), language="fr") == (
        "Gendarmerie royale du Canada (GRC), [EN] National Child Exploitation Crime Centre (NCECC)")
    assert booking_presenter(Booking()) == ""
