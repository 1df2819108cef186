"""How exports name a partner organization in English and in French: its name, its label
with the acronym, the short form a sentence uses, and the French article before it; the
English marked "[EN]" where the French was not entered, and then no French article."""

from __future__ import annotations

from sqlalchemy import select

from ocse_planner.db.models import Organization
from ocse_planner.services.series_outline import PartnerName, partner_name

RCMP = PartnerName(
    name="Royal Canadian Mounted Police", label="Royal Canadian Mounted Police (RCMP)", short="RCMP",
    name_fr="Gendarmerie royale du Canada", label_fr="Gendarmerie royale du Canada (GRC)", short_fr="GRC",
    name_missing_fr=False, article="", article_fr="la")


def _partner(db, **fields) -> PartnerName:  # type: ignore[no-untyped-def]
    with db.write() as session:
        org = session.scalar(select(Organization).filter_by(**fields))
        return partner_name(org)


def test_a_partner_with_its_french_names_is_named_in_french_with_its_article(demo_db):
    rcmp = _partner(demo_db, name="Royal Canadian Mounted Police")
    assert rcmp == RCMP
    assert rcmp.in_language("en") is rcmp
    french = rcmp.in_language("fr_CA")
    assert french == PartnerName(
        "Gendarmerie royale du Canada", "Gendarmerie royale du Canada (GRC)", "GRC", "Gendarmerie royale du Canada",
        "Gendarmerie royale du Canada (GRC)", "GRC", False, "la", "la")
    assert (french.the(french.short), french.of(french.short), french.of(french.name)) == (
        "la GRC", "de la GRC", "de la Gendarmerie royale du Canada")
    assert (rcmp.the(rcmp.short), rcmp.of(rcmp.short)) == ("RCMP", "de RCMP")  # no article in English


def test_a_partner_without_a_french_name_is_named_in_english_marked_and_without_article(demo_db):
    with demo_db.write() as session:
        session.add(Organization(name="Northern Helpline", acronym="NH", article_fr="la"))
    helpline = _partner(demo_db, name="Northern Helpline")
    assert helpline == PartnerName(
        "Northern Helpline", "Northern Helpline (NH)", "NH", "[EN] Northern Helpline", "[EN] Northern Helpline (NH)",
        "[EN] NH", True, "", "la")
    french = helpline.in_language("fr")
    assert (french.name, french.label, french.short, french.article) == (
        "[EN] Northern Helpline", "[EN] Northern Helpline (NH)", "[EN] NH", "")
    assert french.the(french.short) == "[EN] NH"


def test_a_webinar_s_co_hosts_are_listed_in_the_language_of_the_document(demo_db):
    from ocse_planner.db.enums import CollaborationRole, CollaborationStatus
    from ocse_planner.db.models import Collaboration
    from ocse_planner.services.series_outline import series_outline

    with demo_db.write() as session:
        c3p = session.scalar(select(Organization.id).filter_by(name="Canadian Centre for Child Protection"))
        session.add(Collaboration(series_id=1, webinar_id=1, organization_id=c3p, role=CollaborationRole.CO_HOST,
                                  status=CollaborationStatus.CONFIRMED))
    with demo_db.read() as session:
        first = series_outline(session, 1).webinars[0]
    assert first.co_host_labels_in("fr") == (
        "Gendarmerie royale du Canada (GRC); Centre canadien de protection de l'enfance (CCPE)")
    assert first.co_host_labels_in("en") == (
        "Royal Canadian Mounted Police (RCMP); Canadian Centre for Child Protection (C3P)")


def test_a_name_given_without_its_french_forms_stays_as_given_in_french():
    given = PartnerName("Helpline", "Helpline (HL)", "HL")  # "" where the French is not known
    assert given.in_language("fr") is given


def test_a_declined_partner_is_not_credited_in_public_documents(demo_db):
    """The agenda and report print "In collaboration with" only partners that did not decline;
    a proposed one is being agreed and is printed (the readiness list asks for its confirmation)."""
    from ocse_planner.db.enums import CollaborationRole, CollaborationStatus
    from ocse_planner.db.models import Collaboration
    from ocse_planner.services.series_outline import series_outline

    with demo_db.write() as session:
        c3p = session.scalar(select(Organization.id).filter_by(name="Canadian Centre for Child Protection"))
        magnet = session.scalar(select(Organization.id).filter_by(name="Magnet Forensics"))
        declining = Organization(name="Declining Foundation")
        session.add(declining)
        session.flush()
        for org, role, status in ((c3p, CollaborationRole.CO_HOST, CollaborationStatus.DECLINED),
                                  (magnet, CollaborationRole.CO_HOST, CollaborationStatus.PROPOSED),
                                  (declining.id, CollaborationRole.STRATEGY_PARTNER, CollaborationStatus.DECLINED)):
            session.add(Collaboration(series_id=1, webinar_id=1 if role == CollaborationRole.CO_HOST else None,
                                      organization_id=org, role=role, status=status))
    with demo_db.read() as session:
        outline = series_outline(session, 1)
    assert outline.webinars[0].co_host_labels_in("en") == "Royal Canadian Mounted Police (RCMP); Magnet Forensics"
    assert [p.in_language("en").name for p in outline.strategy_partners] == [
        "Justice Canada", "Royal Canadian Mounted Police", "Canadian Centre for Child Protection"]
