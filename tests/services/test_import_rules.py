"""Attendance import rules not pinned elsewhere: how a re-import merges each field, what
the change log says about an import, and how the import child hands a store back."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from ocse_planner.db.models import AttendanceRecord, Sector
from ocse_planner.importers import ImportCancelled
from ocse_planner.services import journal
from ocse_planner.services.attendance_import import parse_report, plan_import, store_import
from ocse_planner.services.errors import NotFoundError
from ocse_planner.services.import_process import ImportJob, ReadRequest
from ocse_planner.services.sectors import ensure_default_rules
from tests.services.attendance_files import WEBINAR_1, write_template
from tests.services.messages import said
from tests.services.test_import_process import within

ZOOMISH = {"name": "name", "email": "email", "organization": "organization", "sector": "sector",
           "join_time": "join time", "leave_time": "leave time"}


def _zoomish(path, rows):  # type: ignore[no-untyped-def]
    path.write_text("name,email,organization,sector,join time,leave time\n" + "".join(r + "\n" for r in rows),
                    encoding="utf-8")
    return path


def _store(db, path, mapping=None):  # type: ignore[no-untyped-def]
    with db.write() as s:
        ensure_default_rules(s)
        return store_import(s, plan_import(s, 1, parse_report(path, mapping=mapping)))


def _stored(db):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return {r.person_key: r for r in s.scalars(select(AttendanceRecord).where(AttendanceRecord.webinar_id == 1))}


def test_a_reimport_merges_each_field_by_its_own_rule(demo_db, tmp_path):
    """Re-imported people: the earliest join of both files, the longer presence, a name or
    organization the new file gives (the stored one where it gives none), the stored sector
    kept, the new file named as the source; people only in the new file are added."""
    _store(demo_db, _zoomish(tmp_path / "first.csv", [
        "Ana Costa,ana@ps-sp.gc.ca,Public Safety Canada,,2022-01-25 13:05:00,2022-01-25 13:35:00",
        "Li Wei,li@example.net,,Education,2022-01-25 13:00:00,2022-01-25 13:20:00",
    ]), ZOOMISH)
    first = _stored(demo_db)
    _store(demo_db, _zoomish(tmp_path / "second.csv", [
        "Ana C.,ana@ps-sp.gc.ca,,,2022-01-25 13:00:00,2022-01-25 13:10:00",
        "Li Wei,li@example.net,University of Toronto,Victim services,2022-01-25 13:10:00,2022-01-25 14:00:00",
        "Sam Okafor,sam@okafor.example.com,,,2022-01-25 13:30:00,2022-01-25 13:40:00",
    ]), ZOOMISH)
    records = _stored(demo_db)
    ana, li, sam = records["ana@ps-sp.gc.ca"], records["li@example.net"], records["sam@okafor.example.com"]
    # 13:00 in Ottawa (EST) is 18:00 UTC
    assert (ana.name, ana.email, ana.organization_name) == ("Ana C.", "ana@ps-sp.gc.ca", "Public Safety Canada")
    assert ana.first_join == datetime(2022, 1, 25, 18, 0, tzinfo=UTC)  # the second file's, earlier
    assert ana.minutes_attended == 30  # the first file's, longer
    assert li.first_join == datetime(2022, 1, 25, 18, 0, tzinfo=UTC)  # the first file's, earlier
    assert (li.minutes_attended, li.organization_name) == (50, "University of Toronto")
    with demo_db.read() as s:
        assert s.get(Sector, li.sector_id).name == "Education"  # stored (perhaps fixed by hand): kept
    assert (ana.source_file, li.source_file, sam.source_file) == ("second.csv",) * 3
    assert ana.imported_at > first["ana@ps-sp.gc.ca"].imported_at
    assert (sam.first_join, sam.minutes_attended) == (datetime(2022, 1, 25, 18, 30, tzinfo=UTC), 10)


def test_a_join_time_only_one_file_gives_is_kept(demo_db, tmp_path):
    _store(demo_db, write_template(tmp_path / "no-times.csv", WEBINAR_1[1:2]))  # Ana, without times
    assert _stored(demo_db)["ana.costa@ps-sp.gc.ca"].first_join is None
    _store(demo_db, _zoomish(tmp_path / "times.csv", [
        "Ana Costa,ana.costa@ps-sp.gc.ca,,,2022-01-25 13:05:00,2022-01-25 13:15:00"]), ZOOMISH)
    assert _stored(demo_db)["ana.costa@ps-sp.gc.ca"].first_join == datetime(2022, 1, 25, 18, 5, tzinfo=UTC)
    _store(demo_db, write_template(tmp_path / "no-times-again.csv", WEBINAR_1[1:2]))
    assert _stored(demo_db)["ana.costa@ps-sp.gc.ca"].first_join == datetime(2022, 1, 25, 18, 5, tzinfo=UTC)


def test_an_import_into_a_webinar_that_is_gone_is_refused(demo_db, tmp_path):
    report = parse_report(write_template(tmp_path / "w.csv", WEBINAR_1))
    with demo_db.read() as s, pytest.raises(NotFoundError) as caught:
        plan_import(s, 999, report)
    assert said(caught.value) == ("no webinar with id 999", "aucun webinaire n'a l'identifiant 999")


def test_the_change_log_names_the_import_and_its_records(demo_db, tmp_path):
    last = demo_db.last_change_id()
    _store(demo_db, write_template(tmp_path / "w1.csv", WEBINAR_1))
    [entry] = demo_db.changes_after(last)
    assert entry.description == "imported 4 attendance records into 2022:1 " + _title(demo_db)
    assert (entry.record_table, entry.record_id) == ("attendance_record", None)


def _title(db):  # type: ignore[no-untyped-def]
    from ocse_planner.db.models import Webinar

    with db.read() as s:
        return s.get(Webinar, 1).title


def test_a_store_in_the_import_loop_is_the_authors_change_and_can_be_undone(demo_db, tmp_path):
    """The window's name is on the change log entry of the store, and the job hands back
    what the store changed and its receipt: Edit ▸ Undo takes the records out again."""
    path = write_template(tmp_path / "w1.csv", WEBINAR_1)
    last = demo_db.last_change_id()
    job = ImportJob(ReadRequest(demo_db.location, 1, str(path), author="Ana at the desk"), in_thread=True)
    assert job._thread.daemon  # a job left open never keeps the application from quitting
    job.read(cancelled=within())
    result = job.store(valid_rows_only=False)
    assert (result.stored, result.new) == (4, 4)
    [entry] = demo_db.changes_after(last)
    assert entry.author == "Ana at the desk"
    assert job.receipt is not None and job.receipt.change_id == entry.id
    assert job.changes is not None and job.changes.count("attendance_record") == 4
    with demo_db.write() as s:
        journal.revert(s, job.changes)
    assert _stored(demo_db) == {}


def test_a_job_that_stored_is_over(demo_db, tmp_path):
    """After its store the job is closed: asking it for another plan says so at once."""
    job = ImportJob(ReadRequest(demo_db.location, 1, str(write_template(tmp_path / "w1.csv", WEBINAR_1))),
                    in_thread=True)
    job.read(cancelled=within())
    job.store(valid_rows_only=False)
    job._thread.join(timeout=5)
    assert not job.alive
    with pytest.raises(ImportCancelled):
        job.read(cancelled=within())


def test_a_store_the_database_refuses_says_why_and_stores_nothing(demo_db, tmp_path):
    """A sector deleted between the preview and the store: the database refuses the rows
    that name it, and the refusal carries the database's reason."""
    from ocse_planner.db.models import SectorRule
    from ocse_planner.services.errors import ConflictError

    with demo_db.write() as s:
        ensure_default_rules(s)
        plan = plan_import(s, 1, parse_report(write_template(tmp_path / "w1.csv", WEBINAR_1)))
    sector_id = next(r.sector_id for r in plan.records if r.sector_id is not None)
    with pytest.raises(ConflictError) as caught, demo_db.write() as s:
        s.execute(SectorRule.__table__.delete().where(SectorRule.sector_id == sector_id))
        s.execute(Sector.__table__.delete().where(Sector.id == sector_id))
        store_import(s, plan)
    reason = ('insert or update on table "attendance_record" violates foreign key constraint '
              '"fk_attendance_record_sector_id_sector"' if demo_db.is_server  # the server's COPY says so
              else "FOREIGN KEY constraint failed")
    assert said(caught.value) == (
        f"The change clashes with another record ({reason}); nothing was saved. Reload and try again.",
        f"La modification entre en conflit avec un autre enregistrement ({reason}); "
        "rien n'a été enregistré. Rechargez et réessayez.")
    assert _stored(demo_db) == {}


def test_a_reimport_without_names_keeps_the_stored_names(demo_db, tmp_path):
    _store(demo_db, write_template(tmp_path / "named.csv", WEBINAR_1[:2]))
    _store(demo_db, write_template(tmp_path / "unnamed.csv", [",dayna.boyko@torontopolice.on.ca,,,yes,55"]))
    dayna = _stored(demo_db)["dayna.boyko@torontopolice.on.ca"]
    assert (dayna.name, dayna.minutes_attended, dayna.organization_name) == (
        "Dayna Boyko", 55, "Toronto Police Service")


def test_a_reimport_from_a_file_without_a_sector_field_keeps_what_was_stated(demo_db, tmp_path):
    """Whether a person stated a sector: a file without the field says nothing about it."""
    _store(demo_db, write_template(tmp_path / "with-field.csv", [
        "Jo Martin,jo@helpline.example.org,Helpline,Victim services,yes,45",
        "Ana Costa,ana.costa@ps-sp.gc.ca,,,yes,30"]))
    _store(demo_db, _zoomish(tmp_path / "without-field.csv", [
        "Jo Martin,jo@helpline.example.org,,,2022-01-25 13:00:00,2022-01-25 13:10:00",
        "Ana Costa,ana.costa@ps-sp.gc.ca,,,2022-01-25 13:00:00,2022-01-25 13:10:00"]),
        {k: v for k, v in ZOOMISH.items() if k != "sector"})
    records = _stored(demo_db)
    assert records["jo@helpline.example.org"].sector_stated is True
    assert records["ana.costa@ps-sp.gc.ca"].sector_stated is False
