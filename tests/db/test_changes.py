"""The change log: one line per write saying who changed what; guards refuse to overwrite
another client's later change; numbered writes retry when another writer took the number."""

from __future__ import annotations

import threading
import pytest
from sqlalchemy import func, select

from ocse_planner.db import open_database
from ocse_planner.db.changes import decode_records, encode_records, records_overlap
from ocse_planner.db.engine import RECEIPT_KEY
from ocse_planner.services.errors import ChangedElsewhereError
from ocse_planner.db.models import AgendaRelease, ChangeLogEntry, Webinar
from ocse_planner.services import agenda, webinars
from ocse_planner.services.agenda import ItemFields
from ocse_planner.services.releases import release_agenda


def _webinar(db, number: int = 2) -> webinars.WebinarRecord:
    with db.read() as session:
        webinar_id = session.scalar(select(Webinar.id).where(Webinar.number == number))
        return webinars.get_webinar(session, webinar_id)


def _rename(db, record, title: str):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    with db.write() as session:
        webinars.update_webinar(session, record.id, replace(record.form, title=title))
    return session.info[RECEIPT_KEY]


def test_each_write_leaves_one_line_saying_who_changed_what(demo_db):
    demo_db.set_author("alice")
    before = demo_db.last_change_id()
    _rename(demo_db, _webinar(demo_db), "Sextortion and youth")
    with demo_db.write() as session:
        agenda.add_item(session, _webinar(demo_db, 3).id, ItemFields(title="Closing remarks"))
    with demo_db.write() as session:
        pass  # a write that changes nothing leaves no line
    entries = demo_db.changes_after(before)
    assert [(e.author, e.description, e.record_table) for e in entries] == [
        ("alice", "renamed webinar 2", "webinar"),
        ("alice", "added agenda item “Closing remarks”", "presentation"),
    ]
    assert {e.client for e in entries} == {demo_db.client_id}
    with demo_db.read() as session:
        line = session.get(ChangeLogEntry, entries[0].id)
        assert decode_records(line.records) == {("webinar", _webinar(demo_db).id)}


def test_a_server_names_its_role_and_a_file_the_login_name(demo_db):
    import getpass

    with demo_db.write() as session:
        webinars.set_co_hosts(session, _webinar(demo_db).id, ())
    entry = demo_db.changes_after(demo_db.last_change_id() - 1)[0]
    assert entry.author == ("postgres" if demo_db.is_server else getpass.getuser())


def test_undo_over_someone_elses_later_change_is_refused_and_writes_nothing(demo_db):
    other = open_database(demo_db.location)
    try:
        other.set_author("bob")
        record = _webinar(demo_db)
        mine = _rename(demo_db, record, "Mine")
        theirs = _webinar(other)
        from dataclasses import replace

        with other.write() as session:
            webinars.update_webinar(session, theirs.id, replace(theirs.form, duration_minutes=90))
        with pytest.raises(ChangedElsewhereError, match="bob changed webinar 2 after your change"):
            with demo_db.write(guard=mine) as session:
                webinars.update_webinar(session, record.id, record.form)  # the undo: back to the old form
        after = _webinar(demo_db)
        assert (after.form.title, after.form.duration_minutes) == ("Mine", 90)
        # A change to another record does not stand in the way.
        with other.write() as session:
            w3 = session.scalar(select(Webinar).where(Webinar.number == 3))
            w3.platform = "Teams"
        with demo_db.write(guard=receipt_after(demo_db)) as session:
            webinars.update_webinar(session, record.id, replace(after.form, title="Back"))
        # Nor does one's own later change.
        own = _rename(demo_db, _webinar(demo_db), "Again")
        _rename(demo_db, _webinar(demo_db), "And again")
        with demo_db.write(guard=own) as session:
            webinars.update_webinar(session, record.id, replace(_webinar(demo_db).form, title="Undone"))
    finally:
        other.close()


def receipt_after(db):  # type: ignore[no-untyped-def]
    """A guard taken now, touching webinar 2 (as an earlier step of this window would)."""
    from ocse_planner.db.changes import WriteReceipt

    return WriteReceipt(db.last_change_id(), frozenset({("webinar", _webinar(db).id)}))


def test_records_are_written_compactly_and_a_whole_table_overlaps_each_of_its_rows():
    many = [("attendance_record", i) for i in range(500)] + [("webinar", 3), ("presentation", None)]
    text = encode_records(many)
    assert text == "attendance_record:* presentation:* webinar:3"
    decoded = decode_records(text)
    assert records_overlap(decoded, {("attendance_record", 12)})
    assert records_overlap({("presentation", 7)}, decoded)
    assert not records_overlap(decoded, {("webinar", 4), ("series", 3)})


def test_two_writers_releasing_agendas_at_once_get_numbers_one_and_two(demo_db):
    """Both run release_agenda (max + 1) at the same moment, on two connections."""
    other = open_database(demo_db.location)
    start = threading.Barrier(2)
    numbers: list[int] = []
    errors: list[BaseException] = []

    def release(db) -> None:  # type: ignore[no-untyped-def]
        try:
            start.wait()
            info, _ = db.write_retrying(lambda session: release_agenda(session, 1, "at once"))
            numbers.append(info.number)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=release, args=(db,)) for db in (demo_db, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    other.close()
    assert errors == [] and sorted(numbers) == [1, 2]


@pytest.mark.postgresql
def test_a_number_taken_by_a_writer_outside_the_lock_is_retried_not_lost(demo_db, monkeypatch):
    """A writer that does not take the writers' lock (another tool) takes release 1 between
    our reading max() and inserting: the unique index refuses ours, the retry takes 2."""
    if not demo_db.is_server:
        pytest.skip("SQLite lets no other writer in during a write transaction")
    import psycopg

    from ocse_planner.services import releases

    real = releases.agenda_snapshot
    runs = []

    def snapshot_then_competitor(session, series_id):  # type: ignore[no-untyped-def]
        runs.append(1)
        if len(runs) == 1:
            with psycopg.connect(demo_db.location.url, autocommit=True) as conn:
                conn.execute("INSERT INTO agenda_release (series_id, number, released_at, snapshot) "
                             "VALUES (1, 1, now(), '{}')")
        return real(session, series_id)

    monkeypatch.setattr(releases, "agenda_snapshot", snapshot_then_competitor)
    info, receipt = demo_db.write_retrying(lambda session: release_agenda(session, 1, None))
    assert (info.number, len(runs)) == (2, 2)
    with demo_db.read() as session:
        assert sorted(session.scalars(select(AgendaRelease.number))) == [1, 2]


def test_a_new_webinar_takes_its_number_inside_the_write(demo_db):
    """The number comes from max + 1 in the same transaction: two windows adding at once
    (each with the form it showed) store two numbers, none refused."""
    with demo_db.read() as session:
        form = webinars.new_webinar_form(session, 1)
    from dataclasses import replace

    def add(session):  # type: ignore[no-untyped-def]
        return webinars.create_webinar(session, 1, replace(form, number=webinars.next_number(session, 1))).form.number

    first, _ = demo_db.write_retrying(add)
    second, _ = demo_db.write_retrying(add)
    assert (form.number, first, second) == (4, 4, 5)


def test_two_writers_adding_agenda_items_at_once_keep_positions_one_to_n(demo_db):
    from ocse_planner.db.models import Presentation

    other = open_database(demo_db.location)
    webinar_id = _webinar(demo_db, 1).id
    with demo_db.read() as session:
        before = session.scalar(select(func.count()).select_from(Presentation)
                                .where(Presentation.webinar_id == webinar_id))
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def add(db, title: str) -> None:  # type: ignore[no-untyped-def]
        try:
            start.wait()
            for n in range(5):
                db.write_retrying(lambda s: agenda.add_item(s, webinar_id, ItemFields(title=f"{title} {n}")))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(db, name)) for db, name in ((demo_db, "Mine"), (other, "Theirs"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    other.close()
    with demo_db.read() as session:
        positions = list(session.scalars(select(Presentation.position).where(Presentation.webinar_id == webinar_id)
                                         .order_by(Presentation.position)))
    assert errors == [] and positions == list(range(1, before + 10 + 1))
