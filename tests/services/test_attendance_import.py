"""Storing imported attendance: keys, dedupe, merging re-imports, all or nothing, rules."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ocse_planner.db.models import AttendanceRecord, ColumnMapping, Sector
from ocse_planner.importers import UnknownLayoutError, header_signature
from ocse_planner.services.attendance_import import (
    ImportHasProblems,
    parse_report,
    person_key,
    plan_import,
    remember_mapping,
    remembered_mappings,
    store_import,
)
from ocse_planner.services.sectors import ensure_default_rules
from tests.services.attendance_files import WEBINAR_1, write_template


def _import(db, webinar_id, path, **kwargs):
    with db.write() as session:
        ensure_default_rules(session)
        plan = plan_import(session, webinar_id, parse_report(path))
        return plan, store_import(session, plan, **kwargs)


def _records(db, webinar_id):
    with db.read() as session:
        return {
            r.person_key: r
            for r in session.scalars(select(AttendanceRecord).where(AttendanceRecord.webinar_id == webinar_id))
        }


def _sector(db, record):
    with db.read() as session:
        return session.get(Sector, record.sector_id).name if record.sector_id else None


def test_person_key_is_the_normalized_email_or_the_name():
    assert person_key("  Dayna.Boyko@TorontoPolice.on.ca ", "x") == "dayna.boyko@torontopolice.on.ca"
    assert person_key(None, "  Geneviève   TREMBLAY ") == "name:geneviève tremblay"
    assert person_key("", None) is None


def test_import_stores_records_and_reimport_does_not_duplicate(demo_db, tmp_path):
    path = write_template(tmp_path / "w1.csv", WEBINAR_1)
    plan, result = _import(demo_db, 1, path)
    assert (result.stored, result.new, result.updated) == (4, 4, 0)
    again, result = _import(demo_db, 1, path)
    assert (result.new, result.updated) == (0, 4)
    assert all(not r.is_new for r in again.records)
    records = _records(demo_db, 1)
    assert len(records) == 4
    assert records["dayna.boyko@torontopolice.on.ca"].minutes_attended == 50  # max, not 100


def test_overlapping_file_merges_attended_and_keeps_the_larger_minutes(demo_db, tmp_path):
    _import(demo_db, 1, write_template(tmp_path / "a.csv", WEBINAR_1))
    _import(demo_db, 1, write_template(tmp_path / "b.csv", [
        "Sam Okafor,SAM@okafor.example.com,,,yes,25",
        "Ana Costa,ana.costa@ps-sp.gc.ca,,,no,10",
    ]))
    records = _records(demo_db, 1)
    assert len(records) == 4
    sam, ana = records["sam@okafor.example.com"], records["ana.costa@ps-sp.gc.ca"]
    assert (sam.attended, sam.minutes_attended, sam.organization_name) == (True, 25, "Okafor Consulting")
    assert (ana.attended, ana.minutes_attended) == (True, 30)


def test_one_person_joining_several_times_counts_once_with_summed_minutes(demo_db, tmp_path):
    path = write_template(tmp_path / "rejoin.csv", [
        "Li Wei,li.wei@example.net,,,yes,20",
        "Li Wei,LI.WEI@example.net,,,yes,15",
    ])
    _import(demo_db, 2, path)
    records = _records(demo_db, 2)
    assert list(records) == ["li.wei@example.net"]
    assert records["li.wei@example.net"].minutes_attended == 35


def test_a_file_with_one_bad_row_stores_nothing_unless_valid_rows_only(demo_db, tmp_path):
    path = write_template(tmp_path / "bad.csv", WEBINAR_1 + ["Bad Row,not-an-email,,,yes,-5"])
    with pytest.raises(ImportHasProblems) as caught:
        _import(demo_db, 1, path)
    assert caught.value.problems[0].row == 6
    assert _records(demo_db, 1) == {}
    _plan, result = _import(demo_db, 1, path, valid_rows_only=True)
    assert (result.stored, result.skipped_rows) == (4, 1)
    assert len(_records(demo_db, 1)) == 4


def test_sectors_come_from_the_file_then_domain_rules_then_organization(demo_db, tmp_path):
    path = write_template(tmp_path / "sectors.csv", [
        "A,a@torontopolice.on.ca,,,yes,1",          # domain -> law enforcement
        "B,b@ps-sp.gc.ca,,,yes,1",                  # *.gc.ca -> federal
        "C,c@rcmp-grc.gc.ca,,,yes,1",               # more specific domain wins
        "D,d@gmail.example,Durham Regional Police,,yes,1",  # organization name
        "E,e@gmail.example,Somewhere,Police,yes,1",  # file's sector column (synonym)
        "F,f@ps-sp.gc.ca,,Victim services,yes,1",   # the file's column beats the rules
        "G,g@gmail.example,Somewhere,,yes,1",       # nothing matches
        "H,h@gov.on.ca,,,yes,1",                    # *.gov.on.ca covers gov.on.ca itself
    ])
    _import(demo_db, 1, path)
    records = _records(demo_db, 1)
    sectors = {key[0].upper(): _sector(demo_db, r) for key, r in records.items()}
    assert sectors == {
        "A": "Law enforcement", "B": "Federal government", "C": "Law enforcement",
        "D": "Law enforcement", "E": "Law enforcement", "F": "Victim services", "G": None,
        "H": "Provincial/territorial government",
    }


def test_naive_join_times_are_read_in_the_webinars_zone(demo_db, tmp_path):
    path = tmp_path / "zoom-ish.csv"
    path.write_text("name,email,join time,leave time\nA,a@x.ca,2022-01-25 13:00:00,2022-01-25 14:00:00\n")
    with demo_db.read() as session:
        plan = plan_import(session, 1, parse_report(path, mapping={
            "name": "name", "email": "email", "join_time": "join time", "leave_time": "leave time"}))
    first = plan.records[0]
    assert first.first_join is not None and first.first_join.hour == 18  # 13:00 Ottawa (EST) = 18:00 UTC
    assert first.minutes == 60


def test_a_remembered_mapping_reads_an_unknown_layout(demo_db, tmp_path):
    path = tmp_path / "custom.csv"
    path.write_text("Who,Mail,Time spent\nA,a@x.ca,12\n")
    with pytest.raises(UnknownLayoutError) as caught:
        parse_report(path)
    with demo_db.write() as session:
        remember_mapping(session, caught.value.headers, {"name": "Who", "email": "Mail", "minutes": "Time spent"})
    with demo_db.read() as session:
        remembered = remembered_mappings(session)
        assert session.scalar(select(ColumnMapping.header_signature)) == header_signature(caught.value.headers)
    report = parse_report(path, remembered=remembered)
    assert report.layout == "mapped"
    assert report.rows[0].minutes_attended == 12


def test_a_reimport_brings_a_newer_organization_and_keeps_what_it_leaves_blank(demo_db, tmp_path):
    _import(demo_db, 1, write_template(tmp_path / "a.csv", WEBINAR_1))
    _import(demo_db, 1, write_template(tmp_path / "b.csv", [
        "Li Wei,li.wei@example.net,University of Toronto,,yes,40",
        "Ana Costa,ana.costa@ps-sp.gc.ca,,,yes,30",
    ]))
    records = _records(demo_db, 1)
    assert records["li.wei@example.net"].organization_name == "University of Toronto"
    assert records["ana.costa@ps-sp.gc.ca"].organization_name == "Public Safety Canada"


def test_flags_are_stored_as_each_row_says_new_rows_and_updated_ones(demo_db, tmp_path):
    """registered, attended and sector_stated as the rows say, on both statements (the
    plain insert and the upsert); on SQLite as integers 1/0 (bound as ints, not bools)."""
    from tests.services.attendance_files import WEBINAR_2

    _import(demo_db, 1, write_template(tmp_path / "w1.csv", WEBINAR_1))
    _import(demo_db, 1, write_template(tmp_path / "w2.csv", WEBINAR_2))  # two updates, one new
    ar = AttendanceRecord
    with demo_db.read() as session:
        stored = {key: tuple(row) for key, *row in session.execute(
            select(ar.person_key, ar.registered, ar.attended, ar.sector_stated).where(ar.webinar_id == 1))}
        kinds = set()
        if session.get_bind().dialect.name == "sqlite":
            kinds = set(session.connection().exec_driver_sql(
                "SELECT DISTINCT typeof(registered) || typeof(attended) || typeof(sector_stated) "
                "FROM attendance_record WHERE webinar_id = 1").scalars())
    assert stored == {
        "dayna.boyko@torontopolice.on.ca": (True, True, False),
        "ana.costa@ps-sp.gc.ca": (True, True, False),
        "li.wei@example.net": (True, True, False),
        "sam@okafor.example.com": (True, False, False),
        "jo@helpline.example.org": (True, True, True),
    }
    assert kinds <= {"integerintegerinteger"}


def test_a_person_with_a_sector_on_one_of_their_rows_has_stated_one(demo_db, tmp_path):
    path = write_template(tmp_path / "rejoin-sector.csv", [
        "Li Wei,li.wei@example.net,,,yes,20",
        "Li Wei,LI.WEI@example.net,,Education,yes,15",
        "Ana Costa,ana@example.net,,,yes,10",
        "Ana Costa,ANA@example.net,,,yes,5",
    ])
    _import(demo_db, 2, path)
    records = _records(demo_db, 2)
    assert records["li.wei@example.net"].sector_stated is True  # a value beats an empty field
    assert records["ana@example.net"].sector_stated is False  # empty twice: not stated


def test_addresses_the_file_writes_differently_are_one_person(demo_db, tmp_path):
    """The same address with an invisible character or a full-width letter in one row: the
    file's rows look like two people, but the stored key is one, so they are one record:
    minutes added, attended if either row attended, a sector stated if either row states one."""
    path = write_template(tmp_path / "lookalike.csv", [
        "Li Wei,li.wei@example.net,,,no,20",
        "Li Wei,li.wei\u200b@example.net,,Education,yes,15",
        "Ana Costa,ana@example.net,,,yes,10",
        "Ana Costa,\uff41na@example.net,,,no,5",
    ])
    _import(demo_db, 2, path)
    records = _records(demo_db, 2)
    assert sorted(records) == ["ana@example.net", "li.wei@example.net"]
    li, ana = records["li.wei@example.net"], records["ana@example.net"]
    assert (li.attended, li.minutes_attended, li.sector_stated) == (True, 35, True)
    assert (ana.attended, ana.minutes_attended, ana.sector_stated) == (True, 15, False)


@pytest.mark.parametrize("how", ["mapping", "remembered", "layout"])
def test_reading_a_file_reports_its_progress_whichever_way_its_columns_are_known(tmp_path, how):
    path = tmp_path / "custom.csv"
    path.write_text("Who,Mail,Time spent\n" + "".join(f"P{i},p{i}@x.ca,12\n" for i in range(50)))
    mapping = {"name": "Who", "email": "Mail", "minutes": "Time spent"}
    if how == "layout":
        path.write_text("name,email\n" + "".join(f"P{i},p{i}@x.ca\n" for i in range(50)))
    seen: list[tuple[int, int | None]] = []
    report = parse_report(path, mapping=mapping if how == "mapping" else None,
                          remembered={header_signature(["Who", "Mail", "Time spent"]): mapping} if how == "remembered"
                          else None, progress=lambda done, total: seen.append((done, total)))
    assert len(report.rows) == 50
    assert seen and seen[-1][0] == seen[-1][1]  # told, up to the whole file
