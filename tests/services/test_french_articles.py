"""French sentences name an organization with its article, contracted after "de" and "à"."""

from __future__ import annotations

import pytest

from ocse_planner.db.models import Organization
from ocse_planner.services.errors import ValidationError
from ocse_planner.services.french_articles import after, normalized_article, sentence_start, with_article
from ocse_planner.services.organizations import OrganizationInput, create_organization, get_organization, \
    update_organization
from ocse_planner.services.series_outline import partner_name


@pytest.mark.parametrize(("article", "the", "of", "to"), [
    ("le", "le ministère de la Justice Canada", "du ministère de la Justice Canada", "au ministère de la Justice Canada"),
    ("la", "la ministère de la Justice Canada", "de la ministère de la Justice Canada",
     "à la ministère de la Justice Canada"),
    ("les", "les ministère de la Justice Canada", "des ministère de la Justice Canada",
     "aux ministère de la Justice Canada"),
    ("", "ministère de la Justice Canada", "de ministère de la Justice Canada", "à ministère de la Justice Canada"),
])
def test_each_article_and_its_contractions(article, the, of, to):
    name = "ministère de la Justice Canada"
    assert (with_article(name, article), after("de", name, article), after("à", name, article)) == (the, of, to)


def test_elision_before_a_vowel():
    assert with_article("Université de la Colombie-Britannique", "l'") == "l'Université de la Colombie-Britannique"
    assert after("de", "Université de la Colombie-Britannique", "l'") == "de l'Université de la Colombie-Britannique"
    assert after("à", "Institut de recherche", "l'") == "à l'Institut de recherche"
    assert after("de", "Emploi et Développement social Canada", "") == "d'Emploi et Développement social Canada"
    assert after("de", "Éducation Ontario", "") == "d'Éducation Ontario"
    assert after("de", "Sécurité publique Canada", "") == "de Sécurité publique Canada"
    assert after("de", "[EN] Acme Inc.", "") == "de [EN] Acme Inc."  # a marked English name is not elided
    assert sentence_start("le ministère de la Justice Canada tient à remercier") == \
        "Le ministère de la Justice Canada tient à remercier"


@pytest.mark.parametrize(("typed", "stored"), [("La", "la"), (" l’ ", "l'"), ("L", "l'"), ("", ""), (None, ""),
                                               ("LES", "les")])
def test_what_a_person_types_is_normalized(typed, stored):
    assert normalized_article(typed) == stored


def test_an_article_that_is_not_one_is_refused_naming_the_field():
    with pytest.raises(ValidationError) as refused:
        normalized_article("de la")
    assert refused.value.field == "article_fr" and "de la" in str(refused.value)


def test_the_organization_keeps_its_article_and_the_outline_uses_it_in_french_only(demo_db):
    with demo_db.write() as session:
        org_id = create_organization(session, OrganizationInput(
            name="Canada Border Services Agency", acronym="CBSA", name_fr="Agence des services frontaliers du Canada",
            acronym_fr="ASFC", article_fr="L’"))
    with demo_db.write() as session:
        detail = get_organization(session, org_id)
        assert detail.article_fr == "l'"
        partner = partner_name(session.get(Organization, org_id))
        french = partner.in_language("fr")
        assert french.the(french.short) == "l'ASFC" and french.of(french.name) == \
            "de l'Agence des services frontaliers du Canada"
        english = partner.in_language("en")
        assert english.the(english.short) == "CBSA"  # English names it as written
        update_organization(session, org_id, detail.version, OrganizationInput(
            name=detail.name, acronym=detail.acronym, acronym_fr=detail.acronym_fr, article_fr="l'"))
    with demo_db.read() as session:
        partner = partner_name(session.get(Organization, org_id)).in_language("fr")
        # the French name is gone: the English stands in, marked, and takes no French article
        assert partner.the(partner.name) == "[EN] Canada Border Services Agency"
