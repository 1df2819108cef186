"""Personal data of a series: what counts as still personal, what an anonymized key looks
like, and a deleted series' purge history coming back with it."""

from __future__ import annotations

import re

from sqlalchemy import select

from ocse_planner.db.models import AttendanceRecord, PersonalDataPurge, Series, Webinar
from ocse_planner.services.personal_data import _one_time_keys, personal_records, purge_personal_data
from ocse_planner.services.series import delete_series, restore_series


def _record(webinar_id, key, **values):  # type: ignore[no-untyped-def]
    return AttendanceRecord(webinar_id=webinar_id, person_key=key, attended=True, registered=True,
                            minutes_attended=10, **values)


def test_a_record_is_personal_while_it_holds_a_name_an_email_an_organization_or_its_own_key(demo_db):
    with demo_db.write() as s:
        first, second = s.scalars(select(Webinar.id).where(Webinar.series_id == 1).order_by(Webinar.number)).all()[:2]
        other = s.scalar(select(Webinar.id).where(Webinar.series_id != 1))
        s.add_all([
            _record(first, "anon:1"),  # anonymized: not personal
            _record(first, "anon:2", name="Ana Costa"),
            _record(first, "anon:3", email="li@example.net"),
            _record(second, "anon:4", organization_name="Okafor Consulting"),
            _record(second, "sam@okafor.example.com"),  # the key is the address itself
        ])
        if other is not None:
            s.add(_record(other, "jo@example.org", name="Jo"))  # another series: not counted
    with demo_db.read() as s:
        assert personal_records(s, 1) == 4
    purge_personal_data(demo_db, 1, backup=False)
    with demo_db.read() as s:
        assert personal_records(s, 1) == 0
        assert s.scalar(select(AttendanceRecord.minutes_attended).where(AttendanceRecord.person_key == "anon:1")) == 10


def test_an_anonymized_key_is_one_per_person_and_reveals_nothing():
    """The same person keeps one key across the webinars of the purge (returning
    participants still count); another purge gives them another key."""
    rekey = _one_time_keys()
    key = rekey("ana@ps-sp.gc.ca")
    assert re.fullmatch(r"anon:[0-9a-f]{40}", key)
    assert rekey("ana@ps-sp.gc.ca") == key and rekey("li@example.net") != key
    assert _one_time_keys()("ana@ps-sp.gc.ca") != key


def test_undoing_a_series_delete_relinks_its_purge_history(demo_db):
    """A purge names its series; deleting the series clears that link (the history stays),
    and undoing the delete links it again."""
    with demo_db.write() as s:
        s.add(PersonalDataPurge(series_id=1, records_purged=3))
    with demo_db.write() as s:
        snapshot = delete_series(s, 1)
    with demo_db.read() as s:
        assert s.scalar(select(PersonalDataPurge.series_id)) is None
        assert s.get(Series, 1) is None
    with demo_db.write() as s:
        restore_series(s, snapshot)
    with demo_db.read() as s:
        assert s.scalar(select(PersonalDataPurge.series_id)) == 1
        assert s.get(Series, 1) is not None


def test_a_purge_reports_its_series_and_how_many_records_it_anonymized(demo_db):
    with demo_db.write() as s:
        webinar = s.scalar(select(Webinar.id).where(Webinar.series_id == 1))
        s.add_all([_record(webinar, "ana@ps-sp.gc.ca", name="Ana"), _record(webinar, "li@example.net")])
    without_backup = purge_personal_data(demo_db, 1, backup=False)
    assert (without_backup.series_id, without_backup.records_purged, without_backup.backup) == (1, 2, None)
    with demo_db.write() as s:
        s.add(_record(webinar, "sam@okafor.example.com"))
    with_backup = purge_personal_data(demo_db, 1)
    assert (with_backup.series_id, with_backup.records_purged) == (1, 1)
    if demo_db.is_server:  # no file to copy: the server's administrator is told about its logs instead
        assert with_backup.backup is None and "database administrator" in with_backup.server_note
    else:
        assert with_backup.backup is not None and with_backup.backup.exists()
