"""A record saved from a form that someone else changed or deleted meanwhile is refused
with the sentence for that kind of record, whole, in English and in French."""

from __future__ import annotations

import pytest

from ocse_planner.db.models import Person
from ocse_planner.services.concurrency import STALE_MESSAGES, fetch_for_update, stale
from ocse_planner.services.errors import ChangedElsewhereError
from tests.services.messages import said
from tests.services.scheduling_helpers import person_id


def test_a_person_changed_or_deleted_since_it_was_shown_is_refused_saying_which(demo_db):
    with demo_db.read() as s:
        seto = person_id(s, "Seto")
        version = s.get(Person, seto).version
    with pytest.raises(ChangedElsewhereError) as changed, demo_db.write() as s:
        fetch_for_update(s, Person, seto, version - 1, "person")
    assert (changed.value.deleted, *said(changed.value)) == (
        False, "This person was changed elsewhere since you opened it; reload it and edit again.",
        "Cette personne a été modifiée ailleurs depuis que vous l'avez ouverte; rechargez-la et modifiez-la de "
        "nouveau.")
    with pytest.raises(ChangedElsewhereError) as deleted, demo_db.write() as s:
        fetch_for_update(s, Person, 99_999, version, "person")
    assert (deleted.value.deleted, *said(deleted.value)) == (
        True, "This person was deleted elsewhere since you opened it; reload it and edit again.",
        "Cette personne a été supprimée ailleurs depuis que vous l'avez ouverte; rechargez et recommencez.")
    with demo_db.write() as s:
        assert fetch_for_update(s, Person, seto, version, "person").id == seto
        assert fetch_for_update(s, Person, seto, None, "person").id == seto  # no version: not checked


@pytest.mark.parametrize("what", sorted(STALE_MESSAGES))
def test_each_kind_of_record_has_its_own_sentence_for_changed_and_for_deleted(what):
    changed, deleted = stale(what), stale(what, deleted=True)
    assert (changed.template, changed.deleted, deleted.template, deleted.deleted) == (
        STALE_MESSAGES[what][0], False, STALE_MESSAGES[what][1], True)
    assert f"This {what} was changed elsewhere" in changed.message()
    assert f"This {what} was deleted elsewhere" in deleted.message()
