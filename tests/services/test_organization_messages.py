"""What refusing an organization, a sector or a sector rule says, whole, in English and in
French, and which field it marks: the name typed, the chain that would close, the count."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from ocse_planner.db.enums import SectorRuleKind
from ocse_planner.db.models import Organization
from ocse_planner.services.errors import UserError
from ocse_planner.services.organizations import (
    OrganizationInput,
    create_organization,
    delete_organization,
    get_organization,
    merge_organizations,
    update_organization,
)
from ocse_planner.services.sectors import save_rule, save_sector
from tests.services.messages import refused

NB = "\u00a0"  # the no-break space French puts before a colon and inside « »
RCMP = "Royal Canadian Mounted Police"
NCECC = "National Child Exploitation Crime Centre"


def _id(s, name: str) -> int:  # type: ignore[no-untyped-def]
    return s.scalar(select(Organization.id).where(Organization.name == name))


def _refusal(db, call) -> tuple:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as caught, db.write() as s:
        call(s)
    return refused(caught.value)


def test_an_organization_refused_for_its_name_says_which_name(demo_db):
    assert _refusal(demo_db, lambda s: create_organization(s, OrganizationInput(name=" \t "))) == (
        "ValidationError", "name", "Name: an organization needs a name.",
        f"Nom{NB}: une organisation doit avoir un nom.")
    assert _refusal(demo_db, lambda s: create_organization(s, OrganizationInput(name="  justice canada "))) == (
        "ValidationError", "name", "Name: an organization called “justice canada” already exists.",
        f"Nom{NB}: une organisation appelée «{NB}justice canada{NB}» existe déjà.")


def test_a_parent_that_closes_a_circle_or_is_gone_is_refused_on_the_parent_field(demo_db):
    with demo_db.read() as s:
        rcmp = get_organization(s, _id(s, RCMP))
        ncecc = _id(s, NCECC)

    def parent(parent_id: int):  # type: ignore[no-untyped-def]
        data = OrganizationInput(name=rcmp.name, acronym="RCMP", kind=rcmp.kind, parent_id=parent_id)
        return _refusal(demo_db, lambda s: update_organization(s, rcmp.id, rcmp.version, data))

    chain = f"{RCMP} → {NCECC} → {RCMP}"
    assert parent(ncecc) == (
        "ValidationError", "parent",
        f"Part of: {NCECC} cannot be the parent, because it is already part of this organization "
        f"(circular chain: {chain}).",
        f"Fait partie de{NB}: {NCECC} ne peut pas être l'organisation mère, car elle fait déjà partie "
        f"de cette organisation (chaîne circulaire{NB}: {chain}).")
    assert parent(99_999) == (
        "ValidationError", "parent", "Part of: the chosen parent organization no longer exists.",
        f"Fait partie de{NB}: l'organisation mère choisie n'existe plus.")


def test_deleting_a_presenting_organization_is_refused_naming_it_and_its_bookings(demo_db):
    with demo_db.read() as s:
        ncecc = get_organization(s, _id(s, NCECC))
    assert _refusal(demo_db, lambda s: delete_organization(s, ncecc.id, ncecc.version)) == (
        "ConflictError", None,
        f"{NCECC} cannot be deleted: it or its people present in 2 booking(s). "
        "Remove those presenters from the agendas first, or merge it into another organization.",
        f"{NCECC} ne peut pas être supprimée{NB}: l'organisation ou des membres de son personnel figurent "
        f"dans 2{NB}réservation(s). Retirez d'abord ces personnes conférencières des ordres du jour, "
        "ou fusionnez l'organisation dans une autre.")


def test_a_merge_or_a_look_up_of_an_organization_gone_says_so(demo_db):
    with demo_db.read() as s:
        justice = _id(s, "Justice Canada")
    assert _refusal(demo_db, lambda s: merge_organizations(s, justice, justice)) == (
        "ValidationError", "duplicate", "Merge: choose a different organization to fold in.",
        f"Fusion{NB}: choisissez une autre organisation à fusionner.")
    gone = ("NotFoundError", None, "Merge: one of the organizations no longer exists.",
            f"Fusion{NB}: l'une des organisations n'existe plus.")
    assert _refusal(demo_db, lambda s: merge_organizations(s, justice, 99_999)) == gone
    assert _refusal(demo_db, lambda s: merge_organizations(s, 99_999, justice)) == gone
    assert _refusal(demo_db, lambda s: get_organization(s, 99_999)) == (
        "NotFoundError", None, "no organization with id 99999", "aucune organisation n'a l'identifiant 99999")


def test_a_sector_refused_says_why_on_its_name(demo_db):
    assert _refusal(demo_db, lambda s: save_sector(s, None, "  ")) == (
        "ValidationError", "name", "The sector needs a name.", "Le secteur doit avoir un nom.")
    assert _refusal(demo_db, lambda s: save_sector(s, None, " victim   SERVICES ")) == (
        "ValidationError", "name", "A sector named “victim SERVICES” already exists.",
        f"Un secteur nommé «{NB}victim SERVICES{NB}» existe déjà.")
    assert _refusal(demo_db, lambda s: save_sector(s, 99_999, "Health")) == (
        "NotFoundError", None, "no sector with id 99999", "aucun secteur n'a l'identifiant 99999")


def test_a_sector_rule_refused_says_why_on_its_field(demo_db):
    domain = SectorRuleKind.EMAIL_DOMAIN
    assert _refusal(demo_db, lambda s: save_rule(s, None, domain, " ", 1)) == (
        "ValidationError", "pattern", "The rule needs a domain or a name to look for.",
        "La règle doit avoir un domaine ou un nom à rechercher.")
    assert _refusal(demo_db, lambda s: save_rule(s, None, domain, "health.example", 99_999)) == (
        "ValidationError", "sector", "Choose the sector the rule assigns.",
        "Choisissez le secteur que la règle attribue.")
    assert _refusal(demo_db, lambda s: save_rule(s, None, domain, " CANADA.ca ", 1)) == (
        "ValidationError", "pattern", "There is already a rule for “CANADA.ca”.",
        f"Il existe déjà une règle pour «{NB}CANADA.ca{NB}».")
    assert _refusal(demo_db, lambda s: save_rule(s, 99_999, domain, "health.example", 1)) == (
        "NotFoundError", None, "no rule with id 99999", "aucune règle n'a l'identifiant 99999")


def test_a_rule_clashes_only_with_another_rule_of_the_same_kind(demo_db):
    from ocse_planner.services.sectors import list_rules

    with demo_db.read() as s:
        first = list_rules(s)[0]
    assert _refusal(demo_db, lambda s: save_rule(s, None, first.kind, first.pattern.upper(), 1)) == (
        "ValidationError", "pattern", f"There is already a rule for “{first.pattern.upper()}”.",
        f"Il existe déjà une règle pour «{NB}{first.pattern.upper()}{NB}».")
    with demo_db.write() as s:
        same_words = save_rule(s, None, SectorRuleKind.ORGANIZATION_NAME, first.pattern, 1)
        assert save_rule(s, first.id, first.kind, first.pattern, first.sector_id) == first.id  # itself: no clash
    with demo_db.read() as s:
        assert [(r.kind, r.pattern) for r in list_rules(s) if r.id == same_words] == [
            (SectorRuleKind.ORGANIZATION_NAME, first.pattern)]


def test_deleting_an_organization_changed_or_deleted_elsewhere_says_which(demo_db):
    with demo_db.read() as s:
        justice = get_organization(s, _id(s, "Justice Canada"))
    with demo_db.write() as s:
        update_organization(s, justice.id, justice.version, OrganizationInput(name="Justice Canada", notes="moved"))
    assert _refusal(demo_db, lambda s: delete_organization(s, justice.id, justice.version)) == (
        "ChangedElsewhereError", None,
        "This organization was changed elsewhere since you opened it; reload it and edit again.",
        "Cette organisation a été modifiée ailleurs depuis que vous l'avez ouverte; rechargez-la et modifiez-la "
        "de nouveau.")
    assert _refusal(demo_db, lambda s: delete_organization(s, 99_999, None)) == (
        "ChangedElsewhereError", None,
        "This organization was deleted elsewhere since you opened it; reload it and edit again.",
        "Cette organisation a été supprimée ailleurs depuis que vous l'avez ouverte; rechargez et recommencez.")


def test_editing_an_organization_changed_or_deleted_elsewhere_says_which(demo_db):
    with demo_db.read() as s:
        justice = get_organization(s, _id(s, "Justice Canada"))
    data = OrganizationInput(name="Justice Canada", notes="mine")
    with demo_db.write() as s:
        update_organization(s, justice.id, justice.version, OrganizationInput(name="Justice Canada", notes="theirs"))
    assert _refusal(demo_db, lambda s: update_organization(s, justice.id, justice.version, data)) == (
        "ChangedElsewhereError", None,
        "This organization was changed elsewhere since you opened it; reload it and edit again.",
        "Cette organisation a été modifiée ailleurs depuis que vous l'avez ouverte; rechargez-la et modifiez-la "
        "de nouveau.")
    assert _refusal(demo_db, lambda s: update_organization(s, 99_999, None, data)) == (
        "ChangedElsewhereError", None,
        "This organization was deleted elsewhere since you opened it; reload it and edit again.",
        "Cette organisation a été supprimée ailleurs depuis que vous l'avez ouverte; rechargez et recommencez.")
    with demo_db.read() as s:
        assert get_organization(s, justice.id).notes == "theirs"


def test_a_circle_is_named_from_the_organization_back_to_it_leaving_the_bodies_above_out(empty_db):
    """Top ⊃ Branch ⊃ Unit: making Branch part of its own Unit names Branch → Unit → Branch;
    Top, above them both, is not part of the circle."""
    with empty_db.write() as s:
        top = create_organization(s, OrganizationInput(name="Top"))
        branch = create_organization(s, OrganizationInput(name="Branch", parent_id=top))
        unit = create_organization(s, OrganizationInput(name="Unit", parent_id=branch))
    refusal = _refusal(empty_db, lambda s: update_organization(
        s, branch, None, OrganizationInput(name="Branch", parent_id=unit)))
    assert refusal == (
        "ValidationError", "parent",
        "Part of: Unit cannot be the parent, because it is already part of this organization "
        "(circular chain: Branch → Unit → Branch).",
        f"Fait partie de{NB}: Unit ne peut pas être l'organisation mère, car elle fait déjà partie "
        f"de cette organisation (chaîne circulaire{NB}: Branch → Unit → Branch).")
    with empty_db.read() as s:
        assert get_organization(s, branch).parent == "Top"


def test_a_circle_is_found_however_deep_the_chain(empty_db):
    """A unit 102 levels below: the whole chain up is checked, not its first hundred links
    (the check once stopped after 101 and saved the circle)."""
    with empty_db.write() as s:
        ids = [create_organization(s, OrganizationInput(name="Level 0"))]
        for level in range(1, 102):
            ids.append(create_organization(s, OrganizationInput(name=f"Level {level}", parent_id=ids[-1])))
    refusal = _refusal(empty_db, lambda s: update_organization(
        s, ids[0], None, OrganizationInput(name="Level 0", parent_id=ids[-1])))
    kind, field, english, _ = refusal  # a message shortens an argument this long in its middle
    assert (kind, field) == ("ValidationError", "parent")
    assert english.startswith("Part of: Level 101 cannot be the parent, because it is already part of this "
                              "organization (circular chain: Level 0 → Level 101 → Level 100 → ")
    assert english.endswith(" → Level 2 → Level 1 → Level 0).")
    with empty_db.read() as s:
        assert get_organization(s, ids[0]).parent_id is None


def test_a_loop_already_stored_does_not_stop_another_organization_joining_it(empty_db):
    """Two planners that saved crossed parents at the same moment can leave A ⊂ B ⊂ A; an
    organization put under A is still saved, under A."""
    with empty_db.write() as s:
        a, b = Organization(name="A"), Organization(name="B")
        s.add_all([a, b])
        s.flush()
        a_id, b_id = a.id, b.id
        s.execute(update(Organization).where(Organization.id == a_id).values(parent_id=b_id))
        s.execute(update(Organization).where(Organization.id == b_id).values(parent_id=a_id))
    with empty_db.write() as s:
        c = create_organization(s, OrganizationInput(name="C", parent_id=a_id))
    with empty_db.read() as s:
        assert (get_organization(s, c).parent_id, get_organization(s, c).parent) == (a_id, "A")
