"""The undo journal's rules beyond the round trips of test_journal.py: what it reads to
record a large write, which statements it can see through, and how a refusal reads."""

from __future__ import annotations

import pytest
from sqlalchemy import Integer, UniqueConstraint, bindparam, delete, event, func, select, update

from ocse_planner.db.base import Base
from ocse_planner.db.models import AttendanceRecord, Organization, Webinar
from ocse_planner.services import journal, webinars
from ocse_planner.services.attendance_admin import apply_rules_to_unclassified
from ocse_planner.services.attendance_import import parse_report, plan_import, store_import
from ocse_planner.services.errors import ChangedElsewhereError
from ocse_planner.services.sectors import ensure_default_rules, save_rule, save_sector
from tests.services.attendance_files import write_template
from tests.services.messages import said
from tests.services.test_clone import dump
from tests.services.test_journal import _do, _elsewhere, _first, _round_trip, _undo

MANY = 1_200  # more than two chunks of ids (journal.CHUNK)


def _reads(db):
    """The SELECT statements run on `db` from now on (an executemany counts once)."""
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    return seen


def _many_records(db, webinar_id, tmp_path, domain="crowd.example.org"):
    """MANY attendance records of one webinar, none of them classified."""
    rows = [f"Person {i},person{i}@{domain},,,yes,{i % 60}" for i in range(MANY)]
    with db.write() as s:
        store_import(s, plan_import(s, webinar_id, parse_report(write_template(tmp_path / "many.csv", rows))))
    with db.read() as s:
        return set(s.scalars(select(AttendanceRecord.id).where(AttendanceRecord.webinar_id == webinar_id)))


def test_deleting_a_webinar_reads_its_many_records_a_table_at_a_time(demo_db, tmp_path):
    """The database deletes a webinar's attendance records with it: the journal keeps them
    all, reading them in chunks of ids, not one statement per record."""
    webinar_id = _first(demo_db, Webinar.id)
    records = _many_records(demo_db, webinar_id, tmp_path)
    reads = _reads(demo_db)
    _, changes = _do(demo_db, lambda s: webinars.delete_webinar(s, webinar_id))
    assert changes.count("attendance_record") == MANY
    assert {record_id for table, record_id in changes.keys() if table == "attendance_record"} == records
    assert len(reads) < 60
    _undo(demo_db, changes)
    with demo_db.read() as s:
        assert s.scalar(select(Webinar.id).where(Webinar.id == webinar_id)) == webinar_id
        assert set(s.scalars(select(AttendanceRecord.id).where(AttendanceRecord.webinar_id == webinar_id))) == records


def test_records_deleted_one_by_one_in_a_session_are_read_together(demo_db, tmp_path):
    """Many rows deleted through the session in one flush: one pass before the flush keeps
    them all (not one read per row as each is deleted)."""
    webinar_id = _first(demo_db, Webinar.id)
    _many_records(demo_db, webinar_id, tmp_path)
    before = dump(demo_db)
    reads = _reads(demo_db)

    def delete_each(s):  # type: ignore[no-untyped-def]
        for record in s.scalars(select(AttendanceRecord).where(AttendanceRecord.webinar_id == webinar_id)):
            s.delete(record)

    _, changes = _do(demo_db, delete_each)
    assert changes.count("attendance_record") == MANY
    assert len(reads) < 20
    _undo(demo_db, changes)
    assert dump(demo_db) == before


def test_a_core_delete_of_many_records_is_read_in_chunks_and_undone(demo_db, tmp_path):
    webinar_id = _first(demo_db, Webinar.id)
    _many_records(demo_db, webinar_id, tmp_path)
    before = dump(demo_db)
    reads = _reads(demo_db)
    _, changes = _do(demo_db, lambda s: s.execute(delete(AttendanceRecord).where(
        AttendanceRecord.webinar_id == webinar_id)))
    assert changes.count("attendance_record") == MANY
    assert len(reads) < 20
    _undo(demo_db, changes)
    assert dump(demo_db) == before


def test_an_update_keyed_by_id_is_recorded_from_its_parameters(demo_db, tmp_path):
    """Applying sector rules updates every matched record in one executemany keyed by id:
    the journal takes the ids from the parameters instead of asking the database once per
    record, and the undo puts every record back Unclassified."""
    webinar_id = _first(demo_db, Webinar.id)
    with demo_db.write() as s:
        ensure_default_rules(s)
    records = _many_records(demo_db, webinar_id, tmp_path)
    with demo_db.write() as s:
        crowd = save_sector(s, None, "Crowd")
        save_rule(s, None, _email_domain(), "crowd.example.org", crowd)
    with demo_db.read() as s:
        series_id = s.get(Webinar, webinar_id).series_id
    before = dump(demo_db)
    reads = _reads(demo_db)
    count, changes = _do(demo_db, lambda s: apply_rules_to_unclassified(s, series_id))
    assert count == MANY
    assert {record_id for table, record_id in changes.keys() if table == "attendance_record"} == records
    assert len(reads) < 40
    _undo(demo_db, changes)
    assert dump(demo_db) == before


def _email_domain():  # type: ignore[no-untyped-def]
    from ocse_planner.db.enums import SectorRuleKind

    return SectorRuleKind.EMAIL_DOMAIN


def test_a_core_update_whose_where_takes_a_parameter_at_execution_is_undone(demo_db):
    """`UPDATE … WHERE id = :wanted` run with {"wanted": …}: the journal reads the rows
    that WHERE matches with the same parameter."""
    rcmp_id = _first(demo_db, Organization.id)
    table = Organization.__table__
    statement = update(table).where(table.c.id == bindparam("wanted")).values(notes="Renamed by a script")
    changes = _round_trip(demo_db, lambda s: s.execute(statement, {"wanted": rcmp_id}))
    assert changes.keys() == {("organization", rcmp_id)}


def test_a_redo_refused_because_the_record_was_deleted_says_so(demo_db):
    """An edit undone, then the organization deleted in another program: the redo is refused,
    and the refusal knows the record is gone."""
    rcmp_id = _first(demo_db, Organization.id)
    _, changes = _do(demo_db, lambda s: s.execute(
        update(Organization).where(Organization.id == rcmp_id).values(notes="Mine")))
    inverse = _undo(demo_db, changes)
    _elsewhere(demo_db, "UPDATE organization SET parent_id = NULL WHERE parent_id = :id",
               "UPDATE person SET organization_id = NULL WHERE organization_id = :id",
               "DELETE FROM booking WHERE organization_id = :id",
               "UPDATE series SET host_organization_id = NULL WHERE host_organization_id = :id",
               "DELETE FROM organization WHERE id = :id", id=rcmp_id)
    with pytest.raises(ChangedElsewhereError) as caught:
        _undo(demo_db, inverse, redo=True)
    assert caught.value.deleted is True
    assert said(caught.value) == (
        "Not redone: a record this step changed has been changed elsewhere since (in another window or "
        "program). Reload to see the current state.",
        "Non rétabli\u00a0: un enregistrement modifié par cette étape a été modifié ailleurs depuis (dans une "
        "autre fenêtre ou un autre programme). Rechargez pour voir l'état actuel.",
    )


def test_an_undo_refused_because_a_record_changed_reads_whole(demo_db):
    rcmp_id = _first(demo_db, Organization.id)
    _, changes = _do(demo_db, lambda s: s.execute(
        update(Organization).where(Organization.id == rcmp_id).values(notes="Mine")))
    _elsewhere(demo_db, "UPDATE organization SET notes = 'Theirs' WHERE id = :id", id=rcmp_id)
    with pytest.raises(ChangedElsewhereError) as caught:
        _undo(demo_db, changes)
    assert caught.value.deleted is False
    assert said(caught.value) == (
        "Not undone: a record this step changed has been changed elsewhere since (in another window or "
        "program). Reload to see the current state.",
        "Non annulé\u00a0: un enregistrement modifié par cette étape a été modifié ailleurs depuis (dans une "
        "autre fenêtre ou un autre programme). Rechargez pour voir l'état actuel.",
    )


def test_every_unique_number_undo_may_have_to_park_is_a_unique_constraint():
    """Putting rows back moves aside the rows whose position or number another row takes
    back; it looks for those numbers in UNIQUE constraints only. A unique index or a unique
    integer column on its own would not be parked, and an undo could then clash midway."""
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            assert not (index.unique and any(isinstance(c.type, Integer) for c in index.columns)), index
        for column in table.columns:
            assert not (column.unique and isinstance(column.type, Integer)), column
    parked = {t.name: journal._unique_integers(t) for t in Base.metadata.tables.values()
              if any(isinstance(c, UniqueConstraint) for c in t.constraints)}
    assert parked["webinar"] == ("number",) and parked["presentation"] == ("position",)


def test_a_booking_dropped_from_its_talk_comes_back_with_its_history(demo_db):
    """A presenter taken off a talk by removing the booking from the talk's list: the
    session deletes it as an orphan while saving, and the database deletes its history with
    it. Both are recorded, so undo brings the booking back with its history."""
    from ocse_planner.db.models import Booking, BookingEvent, Presentation

    with demo_db.read() as s:
        booking_id, talk_id = s.execute(select(Booking.id, Booking.presentation_id).join(BookingEvent)
                                        .order_by(Booking.id)).first()
        history = s.scalar(select(func.count()).select_from(BookingEvent).where(BookingEvent.booking_id == booking_id))

    def drop(s):  # type: ignore[no-untyped-def]
        talk = s.get(Presentation, talk_id)
        talk.bookings.remove(next(b for b in talk.bookings if b.id == booking_id))

    changes = _round_trip(demo_db, drop)
    assert changes.count("booking") == 1 and changes.count("booking_event") == history >= 1
