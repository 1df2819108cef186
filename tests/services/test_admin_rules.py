"""Sectors, their rules, hand-entered attendance figures, organizations: what a person is
told when something cannot be saved (the sentence and the field it marks), and where a new
row lands."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ocse_planner.db.enums import SectorRuleKind
from ocse_planner.db.models import Organization, Person, Sector, Series, Webinar
from ocse_planner.services import attendance_admin as admin
from ocse_planner.services import organizations, people, sectors
from ocse_planner.services.errors import ChangedElsewhereError, NotFoundError, ValidationError
from ocse_planner.services.organizations import OrganizationInput


def _refusal(call) -> tuple[str | None, str]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.field, str(caught.value)


def _problems(call) -> list[tuple[str | None, str]]:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        call()
    return [(p.field, p.message()) for p in caught.value.problems]


def test_a_sector_is_added_renamed_and_its_name_is_unique_whatever_the_case(empty_db):
    with empty_db.write() as s:
        added = sectors.save_sector(s, None, "  Youth   services ")
        assert s.get(Sector, added).name == "Youth services"
        other = sectors.save_sector(s, None, "Faith groups")
        assert other != added
        assert sectors.save_sector(s, added, "Youth and family services") == added
        assert s.get(Sector, added).name == "Youth and family services"
        assert _refusal(lambda: sectors.save_sector(s, other, "youth AND family services")) == (
            "name", "A sector named “youth AND family services” already exists.")
        with pytest.raises(NotFoundError):
            sectors.save_sector(s, 9999, "Nobody")


def test_a_new_sector_rule_is_tried_after_every_existing_rule(empty_db):
    with empty_db.write() as s:
        sectors.ensure_default_rules(s)
        sector = sectors.save_sector(s, None, "Youth services")
        before = [r.id for r in sectors.list_rules(s)]
        assert len(before) > 1
        rule = sectors.save_rule(s, None, SectorRuleKind.EMAIL_DOMAIN, " youth.example.org ", sector)
        assert [r.id for r in sectors.list_rules(s)] == [*before, rule]
        assert sectors.list_rules(s)[-1].pattern == "youth.example.org"


def test_a_sector_rule_names_what_is_wrong(empty_db):
    with empty_db.write() as s:
        sector = sectors.save_sector(s, None, "Youth services")
        sectors.save_rule(s, None, SectorRuleKind.EMAIL_DOMAIN, "youth.example.org", sector)
        assert _refusal(lambda: sectors.save_rule(s, None, SectorRuleKind.EMAIL_DOMAIN, "x.org", 9999)) == (
            "sector", "Choose the sector the rule assigns.")
        assert _refusal(lambda: sectors.save_rule(s, None, SectorRuleKind.EMAIL_DOMAIN, "YOUTH.example.org", sector)) == (
            "pattern", "There is already a rule for “YOUTH.example.org”.")


@pytest.fixture
def series_and_webinar(empty_db):  # type: ignore[no-untyped-def]
    with empty_db.write() as s:
        series = Series(title="Combatting OCSE", year=2022)
        s.add(series)
        s.flush()
        webinar = Webinar(series_id=series.id, number=1, title="Webinar 1")
        s.add(webinar)
        s.flush()
        return series.id, webinar.id


def test_hand_entered_figures_refuse_negatives_naming_the_field(empty_db, series_and_webinar):
    series_id, webinar_id = series_and_webinar
    with empty_db.write() as s:
        sector = sectors.save_sector(s, None, "Youth services")
        assert _refusal(lambda: admin.set_participants_reported(s, series_id, webinar_id, -1)) == (
            "participants_reported", "The number of participants cannot be negative.")
        assert _refusal(lambda: admin.set_sector_count(s, series_id, webinar_id, sector, -1)) == (
            "count", "A sector count cannot be negative.")
    assert _problems(lambda: admin.validate_survey(" ", -1, 100.5)) == [
        ("statement", "Enter the survey statement."),
        ("responses", "The number of responses cannot be negative."),
        ("percent_agree", "The share agreeing must be between 0 and 100 %."),
    ]


def test_a_new_survey_result_is_listed_after_the_series_own_results(empty_db, series_and_webinar):
    """Positions are counted within the series: results added to or removed from another
    series do not move a new one ahead of the older ones."""
    series_id, _ = series_and_webinar
    with empty_db.write() as s:
        other = Series(title="Other series", year=2023)
        s.add(other)
        s.flush()
        first = admin.save_survey_result(s, series_id, None, statement="Useful", percent_agree=90)
        elsewhere = admin.save_survey_result(s, other.id, None, statement="Elsewhere", percent_agree=50)
        second = admin.save_survey_result(s, series_id, None, statement="Relevant", percent_agree=80)
        admin.delete_survey_result(s, elsewhere)
        s.flush()
        third = admin.save_survey_result(s, series_id, None, statement="Would recommend", percent_agree=70)
        assert [r.id for r in admin.list_survey(s, series_id)] == [first, second, third]


def test_organization_names_are_unique_and_a_missing_one_is_named(empty_db):
    with empty_db.write() as s:
        organizations.create_organization(s, OrganizationInput(name="Magnet Forensics"))
        assert _refusal(lambda: organizations.create_organization(s, OrganizationInput(name=" magnet forensics "))) == (
            "name", "Name: an organization called “magnet forensics” already exists.")
        with pytest.raises(NotFoundError) as caught:
            organizations.get_organization(s, 4321)
        assert "4321" in str(caught.value)


def test_deleting_a_person_deleted_elsewhere_says_so(empty_db):
    with empty_db.write() as s:
        person = Person(given_name="Ada", family_name="Lovelace")
        s.add(person)
        s.flush()
        person_id, version = person.id, person.version
    with empty_db.write() as s:
        people.delete_person(s, person_id, version)
    with empty_db.write() as s, pytest.raises(ChangedElsewhereError) as caught:
        people.delete_person(s, person_id, version)
    assert str(caught.value) == "This person was deleted elsewhere since you opened it; reload it and edit again."
    with empty_db.read() as s:
        assert s.scalar(select(Person.id).where(Person.id == person_id)) is None


def test_people_are_listed_by_family_name_then_given_name(empty_db):
    with empty_db.write() as s:
        for given, family in (("Zoe", "Adams"), ("Ana", "Zed"), ("Bo", "Adams"), ("Al", "Moss")):
            s.add(Person(given_name=given, family_name=family))
        s.flush()
        assert [(r.name.split()[0], r.family_name) for r in people.directory(s, None)] == [
            ("Bo", "Adams"), ("Zoe", "Adams"), ("Al", "Moss"), ("Ana", "Zed")]


def test_the_impact_of_deleting_an_organization_counts_its_own_people(empty_db):
    with empty_db.write() as s:
        mine = organizations.create_organization(s, OrganizationInput(name="Magnet Forensics"))
        other = organizations.create_organization(s, OrganizationInput(name="RCMP"))
        s.add_all([Person(given_name="A", family_name="One", organization_id=mine),
                   Person(given_name="B", family_name="Two", organization_id=other),
                   Person(given_name="C", family_name="Three", organization_id=other)])
        s.flush()
        assert organizations.organization_impact(s, mine).people == 1
        assert organizations.organization_impact(s, other).people == 2


def test_an_outline_of_an_unknown_series_names_it(empty_db):
    from ocse_planner.services.series_outline import series_outline

    with empty_db.read() as s, pytest.raises(NotFoundError) as caught:
        series_outline(s, 4321)
    assert str(caught.value) == "no series with id 4321"


def test_an_outline_gives_a_webinars_highlights_in_either_language(demo_db):
    from ocse_planner.services.series_outline import series_outline

    with demo_db.write() as s:
        webinar = s.scalar(select(Webinar).where(Webinar.series_id == 1, Webinar.number == 2))
        webinar.highlights, webinar.highlights_fr = "Trauma first", "Le trauma d’abord"
        webinar.theme, webinar.theme_fr = "Care", "Soins"
        third = s.scalar(select(Webinar).where(Webinar.series_id == 1, Webinar.number == 3))
        third.highlights, third.highlights_fr = "Awareness", None
    with demo_db.read() as s:
        outline = {w.number: w for w in series_outline(s, 1).webinars}
    assert (outline[2].highlights_in("fr"), outline[2].highlights_in("en")) == ("Le trauma d’abord", "Trauma first")
    assert (outline[2].theme_in("fr"), outline[2].theme_in("en")) == ("Soins", "Care")
    assert outline[3].highlights_in("fr") == "[EN] Awareness"


def test_a_rule_or_sector_saved_again_under_its_own_name_is_not_its_own_duplicate(empty_db):
    with empty_db.write() as s:
        youth = sectors.save_sector(s, None, "Youth services")
        other = sectors.save_sector(s, None, "Schools")
        rule = sectors.save_rule(s, None, SectorRuleKind.EMAIL_DOMAIN, "youth.example.org", youth)
        assert sectors.save_rule(s, rule, SectorRuleKind.EMAIL_DOMAIN, "Youth.example.org", other) == rule
        assert sectors.save_sector(s, youth, "youth SERVICES") == youth
        assert _refusal(lambda: sectors.save_sector(s, None, "  ")) == ("name", "The sector needs a name.")
        [saved] = [r for r in sectors.list_rules(s) if r.id == rule]
        assert (saved.pattern, saved.sector_id) == ("Youth.example.org", other)


def test_an_organizations_impact_counts_the_bookings_of_its_people(demo_db):
    with demo_db.read() as s:
        magnet = s.scalar(select(Organization.id).where(Organization.name == "Magnet Forensics"))
        impact = organizations.organization_impact(s, magnet)
    assert (impact.people, impact.bookings, impact.blocks_delete) == (1, 1, True)  # Jad Saliba presents


def test_an_organization_is_listed_under_its_french_name_in_french_or_its_english_one(demo_db):
    with demo_db.read() as s:
        found = {o.name: o for o in organizations.search_organizations(s)}
    rcmp = found["Royal Canadian Mounted Police"]
    assert (rcmp.name_in("fr"), rcmp.name_in("en")) == ("Gendarmerie royale du Canada", rcmp.name)


def test_totals_of_a_series_that_is_gone_and_a_reclassification_with_nothing_to_match_are_refused(empty_db):
    with empty_db.write() as s:
        with pytest.raises(NotFoundError) as gone:
            admin.set_participants_reported(s, 999, None, 5)
        assert str(gone.value) == "The series or webinar no longer exists."
        assert _refusal(lambda: admin.reclassify(s, 1, None)) == (
            "domain", "Give an e-mail domain or an organization name.")


def test_an_outline_names_the_host_in_french_with_its_french_acronym(demo_db):
    from ocse_planner.services.series_outline import series_outline

    with demo_db.read() as s:
        host = series_outline(s, 1).host
    assert host.in_language("fr").label == "Sécurité publique Canada (SP)"
    assert host.in_language("en").label == "Public Safety Canada (PS)"


def test_hand_entered_sector_counts_list_the_series_first_then_each_webinar_in_order(demo_db):
    with demo_db.write() as s:
        webinars = {w.number: w.id for w in s.scalars(select(Webinar).where(Webinar.series_id == 1))}
        police, schools = (s.scalar(select(Sector.id).where(Sector.name == n)) for n in ("Law enforcement", "Education"))
        admin.set_sector_count(s, 1, webinars[3], schools, 4)  # entered out of order
        admin.set_sector_count(s, 1, webinars[3], police, 5)
        admin.set_sector_count(s, 1, webinars[2], schools, 7)
        rows = [(r.webinar_number, r.sector_id, r.count) for r in admin.list_sector_counts(s, 1)
                if r.webinar_number is not None]
    assert rows == [(2, schools, 7), (3, police, 5), (3, schools, 4)]  # by webinar, then the sectors' order


def test_the_outline_gives_the_series_and_each_webinar_participants_as_reported(demo_db):
    from ocse_planner.services.series_outline import series_outline

    with demo_db.write() as s:
        s.get(Series, 1).participants_reported = 1234
        s.scalar(select(Webinar).where(Webinar.series_id == 1, Webinar.number == 2)).participants_reported = 321
    with demo_db.read() as s:
        outline = series_outline(s, 1)
    assert outline.participants_reported == 1234
    assert {w.number: w.participants_reported for w in outline.webinars}[2] == 321
