"""Collaboration records, action items and the contact log: rules and bad input."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from ocse_planner.db.enums import CollaborationRole, CollaborationStatus, ContactChannel
from ocse_planner.db.models import ActionItem, Collaboration, Organization, Person, Series, Webinar
from ocse_planner.services.collaborations import (
    ActionInput,
    CollaborationInput,
    add_action,
    add_contact,
    check_action,
    check_action_update,
    check_collaboration,
    delete_action,
    delete_contact,
    list_actions,
    list_collaborations,
    list_contacts,
    open_actions,
    people_of,
    save_collaboration,
    set_action_done,
    update_action,
    update_contact,
)
from ocse_planner.services.errors import ChangedElsewhereError, ValidationError


@pytest.fixture
def ids(demo_db):  # type: ignore[no-untyped-def]
    with demo_db.read() as s:
        def org(name: str) -> int:
            return s.scalar(select(Organization.id).where(Organization.name == name))

        return {
            "series": s.scalar(select(Series.id)),
            "w3": s.scalar(select(Webinar.id).where(Webinar.number == 3)),
            "c3p": org("Canadian Centre for Child Protection"),
            "magnet": org("Magnet Forensics"),
            "classen": s.scalar(select(Person.id).where(Person.family_name == "Classen")),
            "saliba": s.scalar(select(Person.id).where(Person.family_name == "Saliba")),
        }


def count_collabs(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalar(select(func.count(Collaboration.id)))


def test_collaboration_without_organization_is_refused(demo_db, ids):
    before = count_collabs(demo_db)
    data = CollaborationInput(None, ids["series"], ids["w3"], CollaborationRole.CO_HOST)
    with pytest.raises(ValidationError, match="Organization: a collaboration needs an organization") as err:
        with demo_db.write() as s:
            save_collaboration(s, data)
    assert err.value.field == "organization"
    assert count_collabs(demo_db) == before


def test_contact_person_of_another_organization_warns(demo_db, ids):
    good = CollaborationInput(ids["c3p"], ids["series"], ids["w3"], CollaborationRole.CO_HOST,
                              contact_person_id=ids["classen"])
    odd = CollaborationInput(ids["c3p"], ids["series"], ids["w3"], CollaborationRole.CO_HOST,
                             contact_person_id=ids["saliba"])
    with demo_db.read() as s:
        assert check_collaboration(s, good) == []
        [warning] = check_collaboration(s, odd)
        assert (warning.field, warning.warning) == ("contact", True)
        assert warning.message() == (
            "Contact person: Jad Saliba belongs to Magnet Forensics, not to Canadian Centre for Child Protection.")
        assert [(p.id, p.name) for p in people_of(s, ids["c3p"])] == [
            (ids["classen"], "Noni Classen"), (s.scalar(select(Person.id).where(Person.family_name == "Marcoux")),
                                               "Jacques Marcoux")]


def test_same_role_twice_is_refused(demo_db, ids):
    data = CollaborationInput(ids["c3p"], ids["series"], None, CollaborationRole.STRATEGY_PARTNER)
    with pytest.raises(ValidationError, match="already has that role"):
        with demo_db.write() as s:
            save_collaboration(s, data)


def test_action_items_and_open_actions(demo_db, ids):
    with demo_db.write() as s:
        collab = save_collaboration(s, CollaborationInput(
            ids["c3p"], ids["series"], ids["w3"], CollaborationRole.CO_HOST,
            status=CollaborationStatus.CONFIRMED, contact_person_id=ids["classen"], agreement_date=date(2022, 1, 10)))
        late = add_action(s, ActionInput(collab, "Share slides", "Erin", date(2022, 3, 1)))
        add_action(s, ActionInput(collab, "Send thank-you letter", "Julie", date(2022, 4, 1)))
    with demo_db.read() as s:
        rows = open_actions(s, today=date(2022, 3, 15))
        assert [(r.description, r.overdue) for r in rows] == [("Share slides", True), ("Send thank-you letter", False)]
        assert rows[0].webinar_number == 3 and rows[0].role is CollaborationRole.CO_HOST
        # The series it belongs to (the open-actions list opens its matrix cell by this id).
        assert (rows[0].series_id, rows[0].series, rows[0].year) == (
            ids["series"], "Combatting Online Child Sexual Exploitation", 2022)
        [row] = [
            r for r in list_collaborations(s, ids["series"], ids["c3p"]) if r.webinar_number == 3]
        assert (row.contact, row.open_actions) == ("Noni Classen", 2)
        c3p_fr = "Centre canadien de protection de l'enfance (CCPE)"  # the window's French name
        assert (rows[0].organization_fr, row.organization_fr) == (c3p_fr, c3p_fr)
    with demo_db.write() as s:
        set_action_done(s, late, True)
    with demo_db.read() as s:
        assert [r.description for r in open_actions(s)] == ["Send thank-you letter"]
        assert [(r.description, r.done) for r in list_actions(s, collab)][-1] == ("Share slides", True)


def test_due_date_before_creation_warns_and_blank_action_is_refused(demo_db, ids):
    with demo_db.write() as s:
        collab = save_collaboration(s, CollaborationInput(ids["magnet"], ids["series"], None, CollaborationRole.SPONSOR))
    with demo_db.read() as s:
        warnings = check_action(s, ActionInput(collab, "Invoice", due_date=date(2022, 1, 1)), created_on=date(2022, 2, 1))
        assert [w.message() for w in warnings] == [
            "Due date: 2022-01-01 is before the action item was created (2022-02-01)."]
        assert check_action(s, ActionInput(collab, "Invoice", due_date=date(2022, 2, 1)), created_on=date(2022, 2, 1)) == []
        with pytest.raises(ValidationError, match="What: describe"):
            check_action(s, ActionInput(collab, "   "))


def test_contact_log(demo_db, ids):
    with demo_db.write() as s:
        collab = save_collaboration(s, CollaborationInput(ids["magnet"], ids["series"], None, CollaborationRole.SPONSOR))
        add_contact(s, collab, date(2022, 1, 3), ContactChannel.CALL, "First call")
        add_contact(s, collab, date(2022, 1, 9), ContactChannel.EMAIL, "Sent the agenda")
        with pytest.raises(ValidationError, match="Summary"):
            add_contact(s, collab, date(2022, 1, 9), ContactChannel.EMAIL, " ")
    with demo_db.read() as s:
        assert [(e.channel, e.summary) for e in list_contacts(s, collab)] == [
            (ContactChannel.EMAIL, "Sent the agenda"), (ContactChannel.CALL, "First call")]


def test_edit_an_action_item_and_its_due_date_warning(demo_db, ids):
    with demo_db.write() as s:
        collab = save_collaboration(s, CollaborationInput(ids["magnet"], ids["series"], None, CollaborationRole.SPONSOR))
        item = add_action(s, ActionInput(collab, "Invoice", "Erin"))
        set_action_done(s, item, True)
    [row] = list_actions_of(demo_db, collab)
    created = row.created_on
    assert created is not None
    before = ActionInput(collab, "Send the invoice", "Julie", date(2000, 1, 1))
    with demo_db.read() as s:
        assert [w.message() for w in check_action_update(s, item, before)] == [
            f"Due date: 2000-01-01 is before the action item was created ({created.isoformat()})."]
        assert check_action_update(s, item, ActionInput(collab, "Send the invoice", "Julie", created)) == []
    with demo_db.write() as s:
        update_action(s, item, before)
    [row] = list_actions_of(demo_db, collab)
    assert (row.description, row.owner, row.due_date, row.done) == ("Send the invoice", "Julie", date(2000, 1, 1), True)
    with demo_db.read() as s:  # an accepted due date is not asked about again when only the owner changes
        assert check_action_update(s, item, ActionInput(collab, "Send the invoice", "Erin", date(2000, 1, 1))) == []


def test_action_edit_refuses_blank_and_leaves_the_item(demo_db, ids):
    with demo_db.write() as s:
        collab = save_collaboration(s, CollaborationInput(ids["magnet"], ids["series"], None, CollaborationRole.SPONSOR))
        item = add_action(s, ActionInput(collab, "Invoice", "Erin"))
    with pytest.raises(ValidationError, match="What: describe") as err:
        with demo_db.write() as s:
            update_action(s, item, ActionInput(collab, "  ", "Julie"))
    assert err.value.field == "description"
    assert [(r.description, r.owner) for r in list_actions_of(demo_db, collab)] == [("Invoice", "Erin")]


def test_delete_an_action_item(demo_db, ids):
    with demo_db.write() as s:
        collab = save_collaboration(s, CollaborationInput(ids["magnet"], ids["series"], None, CollaborationRole.SPONSOR))
        keep = add_action(s, ActionInput(collab, "Keep"))
        gone = add_action(s, ActionInput(collab, "Gone"))
    with demo_db.write() as s:
        delete_action(s, gone)
    assert [r.id for r in list_actions_of(demo_db, collab)] == [keep]
    with pytest.raises(ChangedElsewhereError, match="deleted elsewhere"):
        with demo_db.write() as s:
            delete_action(s, gone)
    with pytest.raises(ChangedElsewhereError):
        with demo_db.write() as s:
            update_action(s, gone, ActionInput(collab, "Back"))


def test_edit_and_delete_contact_log_entries(demo_db, ids):
    with demo_db.write() as s:
        collab = save_collaboration(s, CollaborationInput(ids["magnet"], ids["series"], None, CollaborationRole.SPONSOR))
        first = add_contact(s, collab, date(2022, 1, 3), ContactChannel.CALL, "First call")
        second = add_contact(s, collab, date(2022, 1, 9), ContactChannel.EMAIL, "Sent the agenda")
    with demo_db.write() as s:
        update_contact(s, first, date(2022, 1, 4), ContactChannel.MEETING, " Met in Ottawa ")
    with pytest.raises(ValidationError, match="Summary") as err:
        with demo_db.write() as s:
            update_contact(s, second, date(2022, 1, 9), ContactChannel.EMAIL, "")
    assert err.value.field == "summary"
    with pytest.raises(ValidationError, match="Date:"):
        with demo_db.write() as s:
            update_contact(s, second, None, ContactChannel.EMAIL, "Sent")
    with demo_db.read() as s:
        assert [(e.occurred_on, e.channel, e.summary) for e in list_contacts(s, collab)] == [
            (date(2022, 1, 9), ContactChannel.EMAIL, "Sent the agenda"),
            (date(2022, 1, 4), ContactChannel.MEETING, "Met in Ottawa"),
        ]
    with demo_db.write() as s:
        delete_contact(s, second)
    with demo_db.read() as s:
        assert [e.id for e in list_contacts(s, collab)] == [first]
    with pytest.raises(ChangedElsewhereError):
        with demo_db.write() as s:
            update_contact(s, second, date(2022, 1, 9), ContactChannel.EMAIL, "Sent")


def list_actions_of(db, collab: int):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return list_actions(s, collab)


def test_a_role_for_one_webinar_and_the_same_role_series_wide_are_different_rows(demo_db, ids):
    with demo_db.write() as s:
        wide = save_collaboration(s, CollaborationInput(ids["magnet"], ids["series"], None, CollaborationRole.SPONSOR))
        one = save_collaboration(s, CollaborationInput(ids["magnet"], ids["series"], ids["w3"], CollaborationRole.SPONSOR))
        assert one != wide
    with pytest.raises(ValidationError, match="already has that role"), demo_db.write() as s:
        save_collaboration(s, CollaborationInput(ids["magnet"], ids["series"], ids["w3"], CollaborationRole.SPONSOR))
    with pytest.raises(ValidationError, match="already has that role"), demo_db.write() as s:
        save_collaboration(s, CollaborationInput(ids["magnet"], ids["series"], None, CollaborationRole.SPONSOR))


def test_an_edit_is_saved_and_contacts_list_their_collaboration(demo_db, ids):
    with demo_db.write() as s:
        collab = save_collaboration(s, CollaborationInput(ids["magnet"], ids["series"], None, CollaborationRole.SPONSOR))
        version = s.get(Collaboration, collab).version
    with demo_db.write() as s:
        assert save_collaboration(s, CollaborationInput(
            ids["magnet"], ids["series"], None, CollaborationRole.SPONSOR, notes="signed"), collab, version) == collab
        add_contact(s, collab, date(2022, 1, 3), ContactChannel.CALL, "First call")
    with demo_db.read() as s:
        assert s.get(Collaboration, collab).notes == "signed"
        assert [e.collaboration_id for e in list_contacts(s, collab)] == [collab]


def test_a_contact_or_action_on_a_collaboration_deleted_elsewhere_says_so(demo_db, ids):
    from ocse_planner.services.errors import ChangedElsewhereError

    with demo_db.write() as s:
        collab = save_collaboration(s, CollaborationInput(ids["magnet"], ids["series"], None, CollaborationRole.SPONSOR))
        s.delete(s.get(Collaboration, collab))
    gone = "This collaboration was deleted elsewhere since you opened it; reload it and edit again."
    with pytest.raises(ChangedElsewhereError) as caught, demo_db.write() as s:
        add_contact(s, collab, date(2022, 1, 3), ContactChannel.CALL, "First call")
    assert str(caught.value) == gone
    with pytest.raises(ChangedElsewhereError) as caught, demo_db.write() as s:
        add_action(s, ActionInput(collab, "Send the agreement"))
    assert str(caught.value) == gone


def test_a_contact_person_deleted_meanwhile_is_named_as_gone(demo_db, ids):
    with demo_db.write() as s:
        gone = Person(given_name="Ada", family_name="Lovelace", organization_id=ids["magnet"])
        s.add(gone)
        s.flush()
        gone_id = gone.id
    with demo_db.write() as s:
        s.delete(s.get(Person, gone_id))
    with demo_db.read() as s:
        with pytest.raises(ValidationError) as caught:
            check_collaboration(s, CollaborationInput(ids["magnet"], ids["series"], None, CollaborationRole.SPONSOR,
                                                      contact_person_id=gone_id))
    assert (caught.value.field, str(caught.value)) == ("contact", "Contact person: that person no longer exists.")


def test_a_contact_person_of_no_organization_warns_on_the_contact_field(demo_db, ids):
    with demo_db.write() as s:
        loner = Person(given_name="Ann", family_name="Lee")
        s.add(loner)
        s.flush()
        data = CollaborationInput(ids["c3p"], ids["series"], ids["w3"], CollaborationRole.CO_HOST,
                                  contact_person_id=loner.id)
        [warning] = check_collaboration(s, data)
    assert (warning.field, warning.warning) == ("contact", True)
    assert warning.message() == (
        "Contact person: Ann Lee belongs to no organization, not to Canadian Centre for Child Protection.")


def test_the_collaborations_of_a_series_name_their_organization(demo_db, ids):
    with demo_db.read() as s:
        rows = list_collaborations(s, ids["series"])
        only_c3p = list_collaborations(s, ids["series"], ids["c3p"])
    assert ids["c3p"] in {r.organization_id for r in rows}
    assert only_c3p and {(r.organization_id, r.organization) for r in only_c3p} == {
        (ids["c3p"], "Canadian Centre for Child Protection (C3P)")}


def test_each_collaboration_row_carries_its_id_and_its_french_name_unmarked(demo_db, ids):
    """The window opens a row by its id; in French it shows the organization's French name,
    or the English as written (no "[EN]" mark, which only documents carry)."""
    with demo_db.write() as s:
        english_only = Organization(name="Northern Lights Foundation")  # no French name
        s.add(english_only)
        s.flush()
        added = save_collaboration(s, CollaborationInput(english_only.id, ids["series"], None,
                                                         CollaborationRole.PROMOTION))
    with demo_db.read() as s:
        stored = set(s.scalars(select(Collaboration.id).where(Collaboration.series_id == ids["series"])))
        rows = list_collaborations(s, ids["series"])
    assert {r.id for r in rows} == stored
    (row,) = [r for r in rows if r.id == added]
    assert (row.organization, row.organization_fr) == ("Northern Lights Foundation", "Northern Lights Foundation")


def test_a_partner_s_records_are_listed_series_wide_first_then_by_webinar_then_role(demo_db, ids):
    """Every field of a row as the Partners tab shows it; an organization's series-wide
    records come before its records for webinar 1, whatever their role."""
    with demo_db.write() as s:
        magnet = ids["magnet"]
        saliba = ids["saliba"]
        w1 = s.scalar(select(Webinar.id).where(Webinar.series_id == ids["series"], Webinar.number == 1))
        sponsor = save_collaboration(s, CollaborationInput(magnet, ids["series"], None, CollaborationRole.SPONSOR,
                                                           status=CollaborationStatus.CONFIRMED,
                                                           contact_person_id=saliba,
                                                           agreement_date=date(2022, 1, 10), notes=" Logo "))
        co_host = save_collaboration(s, CollaborationInput(magnet, ids["series"], w1, CollaborationRole.CO_HOST))
        w3 = save_collaboration(s, CollaborationInput(magnet, ids["series"], ids["w3"], CollaborationRole.CO_HOST))
        add_action(s, ActionInput(sponsor, "Send the invoice"))
        done = add_action(s, ActionInput(sponsor, "Thank them"))
        set_action_done(s, done, True)
        versions = {c: s.get(Collaboration, c).version for c in (sponsor, co_host, w3)}
    with demo_db.read() as s:
        rows = [r for r in list_collaborations(s, ids["series"], magnet) if r.id in versions]
    assert [(r.id, r.version, r.organization_id, r.series_id, r.webinar_id, r.webinar_number, r.role) for r in rows] == [
        (sponsor, versions[sponsor], magnet, ids["series"], None, None, CollaborationRole.SPONSOR),
        (co_host, versions[co_host], magnet, ids["series"], w1, 1, CollaborationRole.CO_HOST),
        (w3, versions[w3], magnet, ids["series"], ids["w3"], 3, CollaborationRole.CO_HOST),
    ]
    assert [(r.status, r.contact_person_id, r.contact, r.agreement_date, r.notes, r.open_actions) for r in rows] == [
        (CollaborationStatus.CONFIRMED, saliba, "Jad Saliba", date(2022, 1, 10), "Logo", 1),
        (CollaborationStatus.PROPOSED, None, "", None, "", 0),
        (CollaborationStatus.PROPOSED, None, "", None, "", 0),
    ]


def test_an_action_is_overdue_only_after_its_due_day_and_never_once_done(demo_db, ids):
    with demo_db.write() as s:
        collab = save_collaboration(s, CollaborationInput(ids["magnet"], ids["series"], None, CollaborationRole.SPONSOR))
        due_today = add_action(s, ActionInput(collab, "Due today", " Erin ", date(2022, 3, 15)))
        late = add_action(s, ActionInput(collab, "Late", due_date=date(2022, 3, 14)))
        late_done = add_action(s, ActionInput(collab, "Late but done", due_date=date(2022, 3, 1)))
        undated = add_action(s, ActionInput(collab, "Whenever"))
        set_action_done(s, late_done, True)
    with demo_db.read() as s:
        rows = list_actions(s, collab, today=date(2022, 3, 15))
        created = s.get(ActionItem, late).created_at.date()
    assert [(r.id, r.collaboration_id, r.organization_id, r.description, r.owner, r.due_date, r.done, r.overdue,
             r.created_on) for r in rows] == [
        (late, collab, ids["magnet"], "Late", "", date(2022, 3, 14), False, True, created),
        (due_today, collab, ids["magnet"], "Due today", "Erin", date(2022, 3, 15), False, False, created),
        (undated, collab, ids["magnet"], "Whenever", "", None, False, False, created),
        (late_done, collab, ids["magnet"], "Late but done", "", date(2022, 3, 1), True, False, created),
    ]
    with demo_db.read() as s:
        assert [r.id for r in open_actions(s, today=date(2022, 3, 15)) if r.collaboration_id == collab] == [
            late, due_today, undated]


def test_an_action_done_records_when_and_undone_forgets_it(demo_db, ids):
    from datetime import UTC, datetime

    when = datetime(2022, 3, 15, 14, 30, tzinfo=UTC)
    with demo_db.write() as s:
        collab = save_collaboration(s, CollaborationInput(ids["magnet"], ids["series"], None, CollaborationRole.SPONSOR))
        item = add_action(s, ActionInput(collab, "Invoice"))
        set_action_done(s, item, True, now=when)
    with demo_db.read() as s:
        assert (s.get(ActionItem, item).done, s.get(ActionItem, item).done_at) == (True, when)
    with demo_db.write() as s:
        set_action_done(s, item, False, now=when)
    with demo_db.read() as s:
        assert (s.get(ActionItem, item).done, s.get(ActionItem, item).done_at) == (False, None)
    with demo_db.write() as s:
        set_action_done(s, item, True)
    with demo_db.read() as s:
        assert s.get(ActionItem, item).done_at is not None


def test_contacts_of_one_day_list_the_latest_entered_first_and_namesakes_by_given_name(demo_db, ids):
    with demo_db.write() as s:
        collab = save_collaboration(s, CollaborationInput(ids["magnet"], ids["series"], None, CollaborationRole.SPONSOR))
        first = add_contact(s, collab, date(2022, 1, 3), ContactChannel.CALL, "Morning call")
        second = add_contact(s, collab, date(2022, 1, 3), ContactChannel.EMAIL, "Afternoon e-mail")
        earlier = add_contact(s, collab, date(2022, 1, 2), ContactChannel.EMAIL, "Day before")
        s.add_all([Person(given_name=n, family_name="Saliba", organization_id=ids["magnet"]) for n in ("Zoe", "Adam")])
    with demo_db.read() as s:
        assert [e.id for e in list_contacts(s, collab)] == [second, first, earlier]
        assert [p.name for p in people_of(s, ids["magnet"])] == ["Adam Saliba", "Jad Saliba", "Zoe Saliba"]
