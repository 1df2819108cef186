"""Organization directory: validation, delete impact and merging duplicates."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from ocse_planner.db.enums import CollaborationRole, CollaborationStatus, ContactChannel, OrganizationKind
from ocse_planner.db.models import (
    ActionItem,
    Booking,
    Collaboration,
    ContactLogEntry,
    Organization,
    Person,
    Series,
)
from ocse_planner.services.collaborations import ActionInput, CollaborationInput, add_action, save_collaboration
from ocse_planner.services.errors import ConflictError, ValidationError
from ocse_planner.services.organizations import (
    OrganizationInput,
    create_organization,
    delete_organization,
    get_organization,
    merge_organizations,
    organization_impact,
    search_organizations,
    update_organization,
)


def org_id(s, name):  # type: ignore[no-untyped-def]
    return s.scalar(select(Organization.id).where(Organization.name == name))


def test_search_by_name_or_acronym(demo_db):
    with demo_db.read() as s:
        assert [o.name for o in search_organizations(s, "ncecc")] == ["National Child Exploitation Crime Centre"]
        assert "Statistics Canada" in [o.name for o in search_organizations(s, "statis")]
        assert len(search_organizations(s)) == 14


def test_circular_parent_chain_is_refused_and_nothing_changes(demo_db):
    with demo_db.read() as s:
        rcmp = get_organization(s, org_id(s, "Royal Canadian Mounted Police"))
        ncecc = org_id(s, "National Child Exploitation Crime Centre")
    data = OrganizationInput(name=rcmp.name, acronym="RCMP", kind=rcmp.kind, parent_id=ncecc)
    with pytest.raises(ValidationError, match="circular chain") as err:
        with demo_db.write() as s:
            update_organization(s, rcmp.id, rcmp.version, data)
    assert err.value.field == "parent"
    with demo_db.read() as s:
        assert get_organization(s, rcmp.id).parent_id is None


def test_blank_and_duplicate_names_are_refused(demo_db):
    with demo_db.write() as s:
        with pytest.raises(ValidationError, match="needs a name"):
            create_organization(s, OrganizationInput(name="  "))
        with pytest.raises(ValidationError, match="already exists"):
            create_organization(s, OrganizationInput(name="justice canada"))
        new = create_organization(s, OrganizationInput(name="Cybertip.ca", kind=OrganizationKind.NGO,
                                                       parent_id=org_id(s, "Canadian Centre for Child Protection")))
        assert get_organization(s, new).parent == "Canadian Centre for Child Protection"


def test_delete_of_a_presenting_organization_is_refused(demo_db):
    with demo_db.read() as s:
        ncecc = get_organization(s, org_id(s, "National Child Exploitation Crime Centre"))
        impact = organization_impact(s, ncecc.id)
        assert impact.bookings == 2 and impact.blocks_delete
        rcmp_impact = organization_impact(s, org_id(s, "Royal Canadian Mounted Police"))
        assert (rcmp_impact.children, rcmp_impact.collaborations) == (1, 2)
    with pytest.raises(ConflictError, match="present in 2 booking"):
        with demo_db.write() as s:
            delete_organization(s, ncecc.id, ncecc.version)
    with demo_db.write() as s:
        rcmp = get_organization(s, org_id(s, "Royal Canadian Mounted Police"))
        delete_organization(s, rcmp.id, rcmp.version)
    with demo_db.read() as s:
        assert org_id(s, "Royal Canadian Mounted Police") is None
        assert s.get(Organization, ncecc.id).parent_id is None


def test_merge_keeps_every_person_and_record(demo_db):
    with demo_db.write() as s:
        series_id = s.scalar(select(Series.id))
        justice = org_id(s, "Justice Canada")
        dup = create_organization(s, OrganizationInput(name="Department of Justice Canada", acronym="DOJ",
                                                       website="https://justice.gc.ca"))
        unit = create_organization(s, OrganizationInput(name="Family Violence Initiative", parent_id=dup))
        s.add(Person(given_name="Ann", family_name="Lee", organization_id=dup))
        same = save_collaboration(s, CollaborationInput(dup, series_id, None, CollaborationRole.STRATEGY_PARTNER,
                                                        notes="signed MoU"))
        add_action(s, ActionInput(same, "Send the MoU"))
        s.add(ContactLogEntry(collaboration_id=same, occurred_on=date(2022, 1, 5),
                              channel=ContactChannel.CALL, summary="Kick-off"))
        other = save_collaboration(s, CollaborationInput(dup, series_id, None, CollaborationRole.PROMOTION,
                                                         status=CollaborationStatus.CONFIRMED))
        talk = s.scalar(select(Booking.presentation_id).where(Booking.person_id.is_not(None)))
        s.add(Booking(presentation_id=talk, organization_id=dup))
        s.get(Series, series_id).host_organization_id = dup
        people_before = s.scalar(select(func.count(Person.id)))
        actions_before = s.scalar(select(func.count(ActionItem.id)))

    with demo_db.write() as s:
        result = merge_organizations(s, justice, dup)
    assert (result.people, result.bookings, result.children, result.hosted_series) == (1, 1, 1, 1)
    assert (result.collaborations, result.collaborations_combined) == (1, 1)

    with demo_db.read() as s:
        assert s.get(Organization, dup) is None
        assert s.scalar(select(func.count(Person.id))) == people_before
        assert s.scalar(select(Person.organization_id).where(Person.family_name == "Lee")) == justice
        assert s.scalar(select(func.count(ActionItem.id))) == actions_before
        assert s.get(Organization, unit).parent_id == justice
        assert s.get(Series, series_id).host_organization_id == justice
        kept = s.get(Organization, justice)
        assert (kept.acronym, kept.website) == ("DOJ", "https://justice.gc.ca")
        partner = s.scalar(select(Collaboration).where(
            Collaboration.organization_id == justice, Collaboration.role == CollaborationRole.STRATEGY_PARTNER))
        assert partner.notes == "signed MoU"
        assert [a.description for a in partner.action_items] == ["Send the MoU"]
        assert [e.summary for e in partner.contact_log] == ["Kick-off"]
        assert s.get(Collaboration, other).organization_id == justice
        assert s.scalar(select(func.count(Booking.id)).where(Booking.organization_id == justice)) == 1


def test_merge_into_itself_is_refused(demo_db):
    with demo_db.write() as s, pytest.raises(ValidationError, match="different organization"):
        merge_organizations(s, org_id(s, "Justice Canada"), org_id(s, "Justice Canada"))


def test_merge_into_a_unit_of_the_duplicate_does_not_close_a_circle(demo_db):
    with demo_db.write() as s:
        top = create_organization(s, OrganizationInput(name="Dept. of Public Safety"))
        middle = create_organization(s, OrganizationInput(name="Crime Prevention Branch", parent_id=top))
        keep = create_organization(s, OrganizationInput(name="Public Safety Canada Research", parent_id=middle))
        sibling = create_organization(s, OrganizationInput(name="Policy Branch", parent_id=top))
        merge_organizations(s, keep, top)
    with demo_db.read() as s:
        assert s.get(Organization, middle).parent_id is None
        assert s.get(Organization, keep).parent_id == middle
        assert s.get(Organization, sibling).parent_id == keep


def test_the_detail_carries_the_french_name_and_acronym_or_blanks(demo_db):
    with demo_db.read() as s:
        rcmp = get_organization(s, org_id(s, "Royal Canadian Mounted Police"))
        justice = get_organization(s, org_id(s, "Justice Canada"))
    assert (rcmp.name_fr, rcmp.acronym_fr) == ("Gendarmerie royale du Canada", "GRC")
    assert (justice.acronym, justice.acronym_fr) == ("", "")


def test_the_impact_counts_the_series_an_organization_hosts(demo_db):
    with demo_db.read() as s:
        host = organization_impact(s, org_id(s, "Public Safety Canada"))
        other = organization_impact(s, org_id(s, "Justice Canada"))
    assert (host.hosted_series, other.hosted_series) == (1, 0)


def test_merging_an_organization_into_itself_is_refused_with_the_reason(demo_db):
    with demo_db.write() as s:
        justice = org_id(s, "Justice Canada")
        with pytest.raises(ValidationError) as refused:
            merge_organizations(s, justice, justice)
    assert refused.value.message() == "Merge: choose a different organization to fold in."
    assert refused.value.field == "duplicate"


def test_an_organization_s_notes_are_stored_trimmed_and_blank_ones_cleared(demo_db):
    from ocse_planner.services.organizations import update_organization

    with demo_db.write() as s:
        created = create_organization(s, OrganizationInput(name="Northern Lights Foundation",
                                                           notes="  Met at the 2022 symposium \n"))
    with demo_db.read() as s:
        org = s.get(Organization, created)
        assert org.notes == "Met at the 2022 symposium"
        version = org.version
    with demo_db.write() as s:
        update_organization(s, created, version, OrganizationInput(name="Northern Lights Foundation", notes="   "))
    with demo_db.read() as s:
        assert s.get(Organization, created).notes is None


def test_the_detail_of_an_organization_gives_every_field_and_its_people(demo_db):
    with demo_db.read() as s:
        ncecc = get_organization(s, org_id(s, "National Child Exploitation Crime Centre"))
        rcmp = org_id(s, "Royal Canadian Mounted Police")
        people = s.scalar(select(func.count(Person.id)).where(Person.organization_id == ncecc.id))
    assert (ncecc.name, ncecc.acronym, ncecc.kind, ncecc.parent_id, ncecc.parent, ncecc.people) == (
        "National Child Exploitation Crime Centre", "NCECC", OrganizationKind.POLICE_SERVICE, rcmp,
        "Royal Canadian Mounted Police", people)
    with demo_db.write() as s:
        created = create_organization(s, OrganizationInput(
            name="Northern Lights Foundation", acronym=" NLF ", kind=OrganizationKind.NGO, parent_id=ncecc.id,
            website=" https://nlf.example ", name_fr=" Fondation Aurores boréales ", acronym_fr=" FAB ",
            article_fr="la"))
    with demo_db.read() as s:
        detail = get_organization(s, created)
    assert (detail.name, detail.acronym, detail.kind, detail.parent_id, detail.parent, detail.website,
            detail.notes, detail.people, detail.name_fr, detail.acronym_fr, detail.article_fr) == (
        "Northern Lights Foundation", "NLF", OrganizationKind.NGO, ncecc.id,
        "National Child Exploitation Crime Centre", "https://nlf.example", "", 0, "Fondation Aurores boréales",
        "FAB", "la")
    assert (detail.name_in("fr"), detail.acronym_in("fr"), detail.name_in("en")) == (
        "Fondation Aurores boréales", "FAB", "Northern Lights Foundation")


def test_search_finds_an_organization_by_its_french_acronym_alone(demo_db):
    with demo_db.read() as s:
        assert [o.name for o in search_organizations(s, "ccpe")] == ["Canadian Centre for Child Protection"]
        assert [o.name for o in search_organizations(s, "GRC")] == ["Royal Canadian Mounted Police"]
        assert [o.name for o in search_organizations(s, "mounted")] == ["Royal Canadian Mounted Police"]


def test_a_merge_keeps_the_notes_of_both_entries_and_of_both_records(demo_db):
    with demo_db.write() as s:
        series_id = s.scalar(select(Series.id))
        keep = create_organization(s, OrganizationInput(name="Justice Canada Research", notes="Main entry"))
        dup = create_organization(s, OrganizationInput(name="Research, Justice Canada", notes="Typed twice"))
        kept = save_collaboration(s, CollaborationInput(keep, series_id, None, CollaborationRole.PROMOTION,
                                                        notes="Newsletter"))
        save_collaboration(s, CollaborationInput(dup, series_id, None, CollaborationRole.PROMOTION,
                                                 notes="Social media", agreement_date=date(2022, 1, 5)))
    with demo_db.write() as s:
        merge_organizations(s, keep, dup)
    with demo_db.read() as s:
        assert s.get(Organization, keep).notes == "Main entry\nTyped twice"
        record = s.get(Collaboration, kept)
        assert (record.notes, record.agreement_date) == ("Newsletter\nSocial media", date(2022, 1, 5))


def _tree(s, *pairs: tuple[str, str | None]) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Organizations created in order: (name, parent name or None)."""
    ids: dict[str, int] = {}
    for name, parent in pairs:
        ids[name] = create_organization(s, OrganizationInput(name=name, parent_id=ids[parent] if parent else None))
    return ids


def test_merging_into_a_direct_unit_moves_it_up_and_its_siblings_under_it(empty_db):
    with empty_db.write() as s:
        ids = _tree(s, ("Top", None), ("Dup", "Top"), ("Keep", "Dup"), ("Sibling", "Dup"))
        result = merge_organizations(s, ids["Keep"], ids["Dup"])
    with empty_db.read() as s:
        assert (s.get(Organization, ids["Keep"]).parent_id, s.get(Organization, ids["Sibling"]).parent_id) == (
            ids["Top"], ids["Keep"])
    assert result.children == 1


def test_merging_into_a_unit_two_levels_down_does_not_close_a_circle(empty_db):
    """Dup ⊃ A ⊃ B ⊃ Keep: A, an ancestor of Keep, moves up to Dup's parent (none), not under Keep."""
    with empty_db.write() as s:
        ids = _tree(s, ("Dup", None), ("A", "Dup"), ("B", "A"), ("Keep", "B"))
        merge_organizations(s, ids["Keep"], ids["Dup"])
    with empty_db.read() as s:
        assert [s.get(Organization, ids[n]).parent_id for n in ("A", "B", "Keep")] == [None, ids["A"], ids["B"]]


def test_merging_two_entries_stored_as_each_other_s_parent_leaves_the_kept_one_on_top(empty_db):
    from sqlalchemy import update

    with empty_db.write() as s:
        ids = _tree(s, ("Keep", None), ("Dup", "Keep"))
        s.execute(update(Organization).where(Organization.id == ids["Keep"]).values(parent_id=ids["Dup"]))
    with empty_db.write() as s:
        merge_organizations(s, ids["Keep"], ids["Dup"])
    with empty_db.read() as s:
        assert s.get(Organization, ids["Keep"]).parent_id is None


def test_a_talk_both_entries_present_keeps_one_booking(empty_db):
    from ocse_planner.db.models import Presentation, Webinar

    with empty_db.write() as s:
        ids = _tree(s, ("Keep", None), ("Dup", None))
        series = Series(title="S", year=2023)
        series.webinars.append(Webinar(number=1, title="W"))
        shared, own = Presentation(position=1, title="Shared"), Presentation(position=2, title="Own")
        other = Presentation(position=3, title="Other")
        series.webinars[0].presentations += [shared, own, other]
        s.add(series)
        s.flush()
        s.add_all([Booking(presentation_id=shared.id, organization_id=ids["Keep"]),
                   Booking(presentation_id=shared.id, organization_id=ids["Dup"], position=2),
                   Booking(presentation_id=own.id, organization_id=ids["Dup"]),
                   Booking(presentation_id=other.id, organization_id=ids["Dup"])])
        s.flush()
        talks = (shared.id, own.id, other.id)
        result = merge_organizations(s, ids["Keep"], ids["Dup"])
    with empty_db.read() as s:
        assert sorted(s.execute(select(Booking.presentation_id, Booking.organization_id))) == [
            (talks[0], ids["Keep"]), (talks[1], ids["Keep"]), (talks[2], ids["Keep"])]
    assert result.bookings == 2


def test_a_merged_record_takes_the_contact_the_kept_one_lacks_and_every_record_is_seen(empty_db):
    """The duplicate's records are all handled, a record moved before one combined too; a
    combined record keeps its own contact, or takes the duplicate's when it has none; the
    kept entry without notes takes the duplicate's."""
    with empty_db.write() as s:
        ids = _tree(s, ("Keep", None), ("Dup", None))
        plan = Series(title="S", year=2023)
        s.add(plan)
        ann, bob, cy = (Person(given_name=n, family_name="X") for n in ("Ann", "Bob", "Cy"))
        s.add_all([ann, bob, cy])
        s.flush()
        s.get(Organization, ids["Dup"]).notes = "From the duplicate"
        role = CollaborationRole

        def record(org: str, kind: CollaborationRole, contact: Person | None = None) -> int:
            return save_collaboration(s, CollaborationInput(ids[org], plan.id, None, kind,
                                                            contact_person_id=contact.id if contact else None))

        moved = record("Dup", role.SPONSOR)
        no_contact, has_contact = record("Keep", role.CO_HOST), record("Keep", role.PROMOTION, ann)
        record("Dup", role.CO_HOST, bob)
        record("Dup", role.PROMOTION, cy)
        people = {p.id: p.given_name for p in (ann, bob, cy)}
        result = merge_organizations(s, ids["Keep"], ids["Dup"])
    assert (result.collaborations, result.collaborations_combined) == (1, 2)
    with empty_db.read() as s:
        assert s.get(Collaboration, moved).organization_id == ids["Keep"]
        assert [people[s.get(Collaboration, c).contact_person_id] for c in (no_contact, has_contact)] == ["Bob", "Ann"]
        assert s.get(Organization, ids["Keep"]).notes == "From the duplicate"


def test_the_impact_counts_only_what_belongs_to_the_organization(empty_db):
    """People; bookings of the organization itself and of its people; its collaborations,
    units and hosted series: another organization's are not counted. Only bookings block."""
    from ocse_planner.db.models import Presentation, Webinar

    with empty_db.write() as s:
        ids = _tree(s, ("Org", None), ("Unit", "Org"), ("Other", None))
        staff = [Person(given_name=n, family_name="X", organization_id=ids["Org"]) for n in ("Ann", "Bob")]
        outsider = Person(given_name="Cy", family_name="X", organization_id=ids["Other"])
        s.add_all([*staff, outsider])
        series = Series(title="S", year=2023, host_organization_id=ids["Org"])
        s.add_all([series, Series(title="T", year=2023, host_organization_id=ids["Other"])])
        series.webinars.append(Webinar(number=1, title="W"))
        talk = Presentation(position=1, title="T")
        series.webinars[0].presentations.append(talk)
        talk.bookings += [Booking(person=staff[0]), Booking(organization_id=ids["Org"], position=2),
                          Booking(person=outsider, position=3), Booking(organization_id=ids["Other"], position=4)]
        s.flush()
        for org in ("Org", "Other", "Other"):
            s.add(Collaboration(organization_id=ids[org], series_id=series.id,
                                role=CollaborationRole.SPONSOR if org == "Org" else CollaborationRole.OTHER))
        s.flush()
        s.add(Collaboration(organization_id=ids["Other"], series_id=series.id, role=CollaborationRole.PROMOTION))
    with empty_db.read() as s:
        org, unit = organization_impact(s, ids["Org"]), organization_impact(s, ids["Unit"])
    assert (org.people, org.bookings, org.collaborations, org.children, org.hosted_series, org.blocks_delete) == (
        2, 2, 1, 1, 1, True)
    assert (unit.people, unit.bookings, unit.collaborations, unit.children, unit.hosted_series,
            unit.blocks_delete) == (0, 0, 0, 0, 0, False)


def test_deleting_an_organization_unlinks_its_people_and_units_and_drops_its_records(empty_db):
    with empty_db.write() as s:
        ids = _tree(s, ("Org", None), ("Unit", "Org"))
        ann = Person(given_name="Ann", family_name="X", organization_id=ids["Org"])
        series = Series(title="S", year=2023)
        s.add_all([ann, series])
        s.flush()
        record = save_collaboration(s, CollaborationInput(ids["Org"], series.id, None, CollaborationRole.SPONSOR))
        ann_id = ann.id
    with empty_db.write() as s:
        delete_organization(s, ids["Org"], None)
    with empty_db.read() as s:
        assert (s.get(Organization, ids["Org"]), s.get(Collaboration, record)) == (None, None)
        assert (s.get(Person, ann_id).organization_id, s.get(Organization, ids["Unit"]).parent_id) == (None, None)


def test_organizations_are_listed_by_their_name_in_the_reader_s_language(demo_db):
    with demo_db.read() as s:
        english = [o.name for o in search_organizations(s, "canad")]
        french = [o.name_in("fr") for o in search_organizations(s, "canad", "fr")]
    assert english == sorted(english, key=str.casefold) and "Royal Canadian Mounted Police" in english
    assert french == sorted(french, key=lambda n: n.casefold().replace("é", "e"))
    assert french.index("Gendarmerie royale du Canada") < french.index("Sécurité publique Canada")
    assert english.index("Public Safety Canada") < english.index("Royal Canadian Mounted Police")
