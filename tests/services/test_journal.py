"""Recording a write and putting every row back: the undo beneath every operation."""

from __future__ import annotations

import pickle

import pytest
from sqlalchemy import select, text

from ocse_planner.db.enums import BookingStatus
from ocse_planner.db.models import AttendanceRecord, Organization, Person, Presentation, Series, Webinar
from ocse_planner.services import agenda, attendance_admin, bookings, journal, organizations, people, series, webinars
from ocse_planner.services.agenda import ItemFields
from ocse_planner.services.attendance_import import parse_report, plan_import, store_import
from ocse_planner.services.errors import ChangedElsewhereError
from ocse_planner.services.people import PersonInput
from ocse_planner.services.sectors import delete_sector, ensure_default_rules, list_sectors
from tests.services.attendance_files import WEBINAR_1, write_template
from tests.services.test_clone import dump


def _first(db, column):
    with db.read() as s:
        return s.scalar(select(column).order_by(column))


def _elsewhere(db, *statements, **values):
    """Another program saves meanwhile: its own connection, past every session."""
    with db.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement), values)


def _do(db, work):
    with db.write() as s:
        return journal.record(s, work)


def _undo(db, changes, *, redo=False):
    with db.write() as s:
        return journal.revert(s, changes, redo=redo)


def _round_trip(db, work):
    """Do, undo (the database is as before), redo (as after), undo again."""
    before = dump(db)
    _, changes = _do(db, work)
    after = dump(db)
    assert changes and after != before
    inverse = _undo(db, changes)
    assert dump(db) == before
    again = _undo(db, inverse, redo=True)
    assert dump(db) == after
    _undo(db, again)
    assert dump(db) == before
    return changes


def test_an_edit_is_put_back_exactly_with_its_version_and_timestamp(demo_db):
    webinar_id = _first(demo_db, Webinar.id)
    with demo_db.read() as s:
        form = webinars.get_webinar(s, webinar_id).form
    renamed = webinars.WebinarForm(**{**form.__dict__, "title": "Renamed"})
    changes = _round_trip(demo_db, lambda s: webinars.update_webinar(s, webinar_id, renamed))
    assert changes.keys() == {("webinar", webinar_id)}


def test_deleting_a_series_and_everything_cascading_from_it(demo_db):
    series_id = _first(demo_db, Series.id)
    changes = _round_trip(demo_db, lambda s: series.delete_series(s, series_id))
    assert changes.count("webinar") == 3 and changes.count("booking") == 13 and changes.count("booking_event") == 13


def test_a_new_person_with_availability_is_removed_and_comes_back_with_the_same_ids(demo_db):
    from datetime import date

    from ocse_planner.db.enums import AvailabilityKind
    from ocse_planner.services.availability import Window

    data = PersonInput("Ada", "Lovelace", availability=(
        Window(AvailabilityKind.UNAVAILABLE, date(2022, 5, 1), date(2022, 5, 3)),))
    changes = _round_trip(demo_db, lambda s: people.create_person(s, data))
    assert changes.count("person") == 1 and changes.count("availability") == 1


def test_agenda_moves_and_inserts_never_clash_on_positions(demo_db):
    webinar_id = _first(demo_db, Webinar.id)
    with demo_db.read() as s:
        items = agenda.webinar_agenda(s, webinar_id).items
    _round_trip(demo_db, lambda s: agenda.move_item(s, items[0].id, len(items)))
    _round_trip(demo_db, lambda s: agenda.add_item(s, webinar_id, ItemFields(title="Q&A", duration_minutes=10), 1))
    _round_trip(demo_db, lambda s: agenda.remove_item(s, items[1].id))


def test_core_statements_and_database_cascades_are_recorded(demo_db):
    """Merging organizations runs Core UPDATEs; deleting a sector cascades in the database
    to rules and counts and clears the sector of attendance records (SET NULL)."""
    with demo_db.read() as s:
        rcmp = s.scalar(select(Organization.id).where(Organization.acronym == "RCMP"))
        ncecc = s.scalar(select(Organization.id).where(Organization.acronym == "NCECC"))
    _round_trip(demo_db, lambda s: organizations.merge_organizations(s, rcmp, ncecc))
    with demo_db.read() as s:
        sector = list_sectors(s)[0].id
    changes = _round_trip(demo_db, lambda s: delete_sector(s, sector))
    assert changes.count("sector") == 1 and changes.count("sector_count") >= 1


def test_rows_a_core_insert_adds_without_ids_are_taken_back_and_restored(demo_db):
    """One INSERT statement for several rows, the ids left to the database: the undo removes
    exactly those rows, the redo brings them back with the same ids."""
    from sqlalchemy import insert

    changes = _round_trip(demo_db, lambda s: s.execute(insert(Organization), [
        {"name": "Added in bulk one", "version": 1}, {"name": "Added in bulk two", "version": 1}]))
    assert changes.count("organization") == 2
    changes = _round_trip(demo_db, lambda s: s.execute(insert(Organization).values(name="Added alone", version=1)))
    assert changes.count("organization") == 1


def test_a_booking_status_change_takes_its_history_back(demo_db):
    with demo_db.read() as s:
        row = next(r for p in s.scalars(select(Presentation.id).order_by(Presentation.id))
                   for r in bookings.bookings_for_presentation(s, p))
    changes = _round_trip(demo_db, lambda s: bookings.change_status(s, row.id, row.version, BookingStatus.DECLINED))
    assert changes.count("booking_event") == 1


def test_an_import_that_updated_records_is_undone_exactly(demo_db, tmp_path):
    """Re-importing updates stored records (more minutes, attended): undo restores each
    one's previous values, not just deletes what is new."""
    webinar_id = _first(demo_db, Webinar.id)
    first = write_template(tmp_path / "first.csv", WEBINAR_1[:2])
    with demo_db.write() as s:
        ensure_default_rules(s)
        store_import(s, plan_import(s, webinar_id, parse_report(first)))
    second = write_template(tmp_path / "second.csv", [
        "Dayna Boyko,dayna.boyko@torontopolice.on.ca,Toronto Police Service,,yes,75",
        "Sam Okafor,sam@okafor.example.com,Okafor Consulting,,yes,12",
    ])
    with demo_db.read() as s:
        plan = plan_import(s, webinar_id, parse_report(second))
    before = dump(demo_db)
    changes = _round_trip(demo_db, lambda s: store_import(s, plan))
    assert changes.count("attendance_record") == 2  # one updated, one new
    updated = next(c for c in changes.changes if c.before is not None)
    assert 50 in updated.before  # Dayna's minutes before the re-import
    assert dump(demo_db) == before


def test_a_record_changed_elsewhere_is_not_overwritten(demo_db):
    webinar_id = _first(demo_db, Webinar.id)
    with demo_db.read() as s:
        form = webinars.get_webinar(s, webinar_id).form
    _, changes = _do(demo_db, lambda s: webinars.update_webinar(
        s, webinar_id, webinars.WebinarForm(**{**form.__dict__, "title": "Mine"})))
    _elsewhere(demo_db, "UPDATE webinar SET duration_minutes = 75 WHERE id = :id", id=webinar_id)
    state = dump(demo_db)
    with pytest.raises(ChangedElsewhereError) as caught:
        _undo(demo_db, changes)
    assert "changed elsewhere" in caught.value.message() and "Reload" in caught.value.message()
    assert dump(demo_db) == state


def test_a_record_deleted_elsewhere_refuses_the_undo(demo_db):
    person_id = _first(demo_db, Person.id)
    with demo_db.read() as s:
        detail = people.get_person(s, person_id)
    _, changes = _do(demo_db, lambda s: people.update_person(
        s, person_id, detail.version, PersonInput(**{**detail.data.__dict__, "job_title": "Chief"})))
    _elsewhere(demo_db, "DELETE FROM booking WHERE person_id = :id", "DELETE FROM person WHERE id = :id",
               id=person_id)
    with pytest.raises(ChangedElsewhereError) as caught:
        _undo(demo_db, changes)
    assert caught.value.deleted


def test_undoing_a_creation_never_deletes_what_others_added_to_it(demo_db):
    """Undoing "add webinar 4" would delete the agenda item another window put in it."""
    series_id = _first(demo_db, Series.id)
    with demo_db.read() as s:
        form = webinars.new_webinar_form(s, series_id)
    created, changes = _do(demo_db, lambda s: webinars.create_webinar(s, series_id, form).id)
    with demo_db.write() as s:  # a write by someone else: not recorded in this step
        agenda.add_item(s, created, ItemFields(title="Their talk", duration_minutes=20))
    with pytest.raises(ChangedElsewhereError):
        _undo(demo_db, changes)
    with demo_db.read() as s:
        assert [i.title for i in agenda.webinar_agenda(s, created).items] == ["Their talk"]


def test_redo_is_refused_too_when_the_record_moved_on(demo_db):
    webinar_id = _first(demo_db, Webinar.id)
    with demo_db.read() as s:
        form = webinars.get_webinar(s, webinar_id).form
    _, changes = _do(demo_db, lambda s: webinars.update_webinar(
        s, webinar_id, webinars.WebinarForm(**{**form.__dict__, "title": "Mine"})))
    inverse = _undo(demo_db, changes)
    _elsewhere(demo_db, "UPDATE webinar SET title = 'Theirs' WHERE id = :id", id=webinar_id)
    with pytest.raises(ChangedElsewhereError) as caught:
        _undo(demo_db, inverse, redo=True)
    assert caught.value.message().startswith("Not redone")


def test_an_unchanged_write_records_nothing_and_a_change_set_pickles(demo_db):
    webinar_id = _first(demo_db, Webinar.id)
    with demo_db.read() as s:
        form = webinars.get_webinar(s, webinar_id).form
    _, nothing = _do(demo_db, lambda s: webinars.update_webinar(s, webinar_id, form))
    assert not nothing
    with demo_db.read() as s:
        rcmp = s.scalar(select(Organization.id).where(Organization.acronym == "RCMP"))
    _, changes = _do(demo_db, lambda s: attendance_admin.set_participants_reported(
        s, _first(demo_db, Series.id), None, 612))
    assert pickle.loads(pickle.dumps(changes)) == changes
    assert rcmp is not None


def test_recording_is_one_at_a_time(demo_db):
    with demo_db.write() as s, pytest.raises(RuntimeError):
        journal.record(s, lambda inner: journal.record(inner, lambda _s: None))


def test_an_import_with_no_journal_is_not_recorded(demo_db, tmp_path):
    """Sessions that record nothing pay nothing: no journal is attached by default."""
    with demo_db.write() as s:
        assert journal.active(s) is None
        rows = s.scalars(select(AttendanceRecord.id)).all()
    assert rows == []


def test_sector_rules_applied_to_unclassified_records_are_undone_record_by_record(demo_db, tmp_path):
    """Applying the rules updates many records in one statement (an executemany keyed by
    id): undo puts back exactly those records, Unclassified again."""
    from ocse_planner.db.enums import SectorRuleKind
    from ocse_planner.services.sectors import save_rule, save_sector

    webinar_id = _first(demo_db, Webinar.id)
    with demo_db.write() as s:
        ensure_default_rules(s)
        store_import(s, plan_import(s, webinar_id, parse_report(write_template(tmp_path / "w.csv", WEBINAR_1))))
        unclassified = set(s.scalars(select(AttendanceRecord.id).where(AttendanceRecord.sector_id.is_(None))))
        consulting = save_sector(s, None, "Consulting")
        save_rule(s, None, SectorRuleKind.EMAIL_DOMAIN, "okafor.example.com", consulting)
    changes = _round_trip(demo_db, lambda s: attendance_admin.apply_rules_to_unclassified(s, 1))
    touched = {record_id for table, record_id in changes.keys() if table == "attendance_record"}
    assert touched and touched < unclassified  # only the records the new rule matched


def test_a_core_insert_into_an_empty_table_is_taken_back_and_restored(empty_db):
    """The first rows of a table (its highest id before is none) are recorded like any others."""
    from sqlalchemy import insert

    changes = _round_trip(empty_db, lambda s: s.execute(insert(Organization), [
        {"name": "First in bulk", "version": 1}, {"name": "Second in bulk", "version": 1}]))
    assert changes.count("organization") == 2
