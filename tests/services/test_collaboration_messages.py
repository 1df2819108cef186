"""What a collaboration, an action item or a contact-log entry refused or warned about says,
whole, in English and in French, and which field it marks."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from ocse_planner.db.enums import CollaborationRole, ContactChannel
from ocse_planner.db.models import Organization, Person, Series, Webinar
from ocse_planner.services.collaborations import (
    ActionInput,
    CollaborationInput,
    add_action,
    add_contact,
    check_action,
    check_collaboration,
    delete_contact,
    save_collaboration,
    update_action,
    update_contact,
)
from ocse_planner.services.errors import UserError
from tests.services.messages import flagged, refused

NB = "\u00a0"  # the no-break space French puts before a colon


@pytest.fixture
def ids(demo_db):  # type: ignore[no-untyped-def]
    with demo_db.write() as s:
        def org(name: str) -> int:
            return s.scalar(select(Organization.id).where(Organization.name == name))

        series = s.scalar(select(Series.id))
        magnet = org("Magnet Forensics")
        return {
            "series": series,
            "w3": s.scalar(select(Webinar.id).where(Webinar.number == 3)),
            "c3p": org("Canadian Centre for Child Protection"),
            "magnet": magnet,
            "saliba": s.scalar(select(Person.id).where(Person.family_name == "Saliba")),
            "collab": save_collaboration(s, CollaborationInput(magnet, series, None, CollaborationRole.SPONSOR)),
        }


def _refusal(db, call) -> tuple:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as caught, db.write() as s:
        call(s)
    return refused(caught.value)


def test_each_refusal_of_a_collaboration_names_its_field_in_both_languages(demo_db, ids):
    def check(**changes: object):  # type: ignore[no-untyped-def]
        fields = {"organization_id": ids["c3p"], "series_id": ids["series"], "webinar_id": None,
                  "role": CollaborationRole.CO_HOST, **changes}
        return _refusal(demo_db, lambda s: check_collaboration(s, CollaborationInput(**fields)))  # type: ignore[arg-type]

    assert check(organization_id=None) == check(organization_id=99_999) == (
        "ValidationError", "organization", "Organization: a collaboration needs an organization.",
        f"Organisation{NB}: une collaboration doit avoir une organisation.")
    assert check(series_id=None) == check(series_id=99_999) == (
        "ValidationError", "series", "Series: a collaboration belongs to a series; select one first.",
        f"Série{NB}: une collaboration appartient à une série; sélectionnez-en une d'abord.")
    assert check(webinar_id=99_999) == (
        "ValidationError", "webinar", "Webinar: the chosen webinar is not part of this series.",
        f"Webinaire{NB}: le webinaire choisi ne fait pas partie de cette série.")
    assert check(contact_person_id=99_999) == (
        "ValidationError", "contact", "Contact person: that person no longer exists.",
        f"Personne-ressource{NB}: cette personne n'existe plus.")
    same_role = CollaborationInput(ids["magnet"], ids["series"], None, CollaborationRole.SPONSOR)
    assert _refusal(demo_db, lambda s: save_collaboration(s, same_role)) == (
        "ValidationError", "role", "Role: this organization already has that role for the same series or webinar.",
        f"Rôle{NB}: cette organisation a déjà ce rôle pour la même série ou le même webinaire.")


def test_a_contact_person_of_another_organization_is_a_warning_naming_all_three(demo_db, ids):
    data = CollaborationInput(ids["c3p"], ids["series"], ids["w3"], CollaborationRole.CO_HOST,
                              contact_person_id=ids["saliba"])
    with demo_db.read() as s:
        assert [flagged(w) for w in check_collaboration(s, data)] == [(
            "contact", True,
            "Contact person: Jad Saliba belongs to Magnet Forensics, not to Canadian Centre for Child Protection.",
            f"Personne-ressource{NB}: Jad Saliba appartient à Magnet Forensics, "
            "et non à Canadian Centre for Child Protection.")]


def test_a_contact_person_of_no_organization_is_a_warning_in_both_languages(demo_db, ids):
    with demo_db.write() as s:
        loner = Person(given_name="Ann", family_name="Lee")
        s.add(loner)
        s.flush()
        data = CollaborationInput(ids["magnet"], ids["series"], None, CollaborationRole.PROMOTION,
                                  contact_person_id=loner.id)
        assert [flagged(w) for w in check_collaboration(s, data)] == [(
            "contact", True, "Contact person: Ann Lee belongs to no organization, not to Magnet Forensics.",
            f"Personne-ressource{NB}: Ann Lee n'appartient à aucune organisation, et non à Magnet Forensics.")]


def test_an_action_item_refused_or_warned_about_says_so_in_both_languages(demo_db, ids):
    collab = ids["collab"]
    assert _refusal(demo_db, lambda s: add_action(s, ActionInput(collab, "  "))) == (
        "ValidationError", "description", "What: describe the action item.",
        f"Mesure{NB}: décrivez la mesure à prendre.")
    with demo_db.read() as s:
        warnings = check_action(s, ActionInput(collab, "Invoice", due_date=date(2022, 1, 1)),
                                created_on=date(2022, 2, 1))
    assert [flagged(w) for w in warnings] == [(
        "due", True, "Due date: 2022-01-01 is before the action item was created (2022-02-01).",
        f"Échéance{NB}: le 2022-01-01 précède la création de la mesure à prendre (le 2022-02-01).")]
    with demo_db.write() as s:
        item = add_action(s, ActionInput(collab, "Invoice"))
        other = save_collaboration(s, CollaborationInput(ids["c3p"], ids["series"], None, CollaborationRole.SPONSOR))
    assert _refusal(demo_db, lambda s: update_action(s, item, ActionInput(other, "Invoice"))) == (
        "ConflictError", None, "Collaboration: an action item cannot move to another record.",
        f"Collaboration{NB}: une mesure à prendre ne peut pas passer à un autre enregistrement.")


def test_a_contact_log_entry_refused_names_its_field_in_both_languages(demo_db, ids):
    collab = ids["collab"]
    no_date = ("ValidationError", "date", "Date: give the day of the call, e-mail or meeting.",
               f"Date{NB}: indiquez le jour de l'appel, du courriel ou de la réunion.")
    no_summary = ("ValidationError", "summary", "Summary: say in a few words what was discussed.",
                  f"Résumé{NB}: dites en quelques mots ce qui a été discuté.")
    assert _refusal(demo_db, lambda s: add_contact(s, collab, None, ContactChannel.CALL, "Call")) == no_date
    assert _refusal(demo_db, lambda s: add_contact(s, collab, date(2022, 1, 3), ContactChannel.CALL, " ")) == no_summary
    with demo_db.write() as s:
        entry = add_contact(s, collab, date(2022, 1, 3), ContactChannel.CALL, "First call")
    assert _refusal(demo_db, lambda s: update_contact(s, entry, None, ContactChannel.CALL, "Call")) == no_date
    assert _refusal(demo_db, lambda s: update_contact(s, entry, date(2022, 1, 4), ContactChannel.EMAIL, "")) == no_summary
    with demo_db.write() as s:
        delete_contact(s, entry)
    assert _refusal(demo_db, lambda s: update_contact(s, entry, date(2022, 1, 4), ContactChannel.EMAIL, "Sent")) == (
        "ChangedElsewhereError", None,
        "This contact log entry was deleted elsewhere since you opened it; reload it and edit again.",
        "Cette entrée du journal des contacts a été supprimée ailleurs depuis que vous l'avez ouverte; "
        "rechargez et recommencez.")


def test_saving_a_collaboration_changed_elsewhere_says_so_in_both_languages(demo_db, ids):
    from ocse_planner.db.models import Collaboration

    data = CollaborationInput(ids["c3p"], ids["series"], None, CollaborationRole.SPONSOR)
    with demo_db.write() as s:
        collab = save_collaboration(s, data)
        version = s.get(Collaboration, collab).version
        save_collaboration(s, CollaborationInput(ids["c3p"], ids["series"], None, CollaborationRole.SPONSOR,
                                                 notes="theirs"), collab, version)
    assert _refusal(demo_db, lambda s: save_collaboration(s, data, collab, version)) == (
        "ChangedElsewhereError", None,
        "This collaboration was changed elsewhere since you opened it; reload it and edit again.",
        "Cette collaboration a été modifiée ailleurs depuis que vous l'avez ouverte; rechargez-la et modifiez-la "
        "de nouveau.")
