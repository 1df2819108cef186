"""After "Remove personal data" the returning count is what it was, from aggregates the
purge kept; the file holds no address and nothing an address could be recovered from."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import DateTime, Integer, func, inspect, select

from ocse_planner.db import purge as db_purge
from ocse_planner.db.models import AttendanceRecord, CrossEditionOverlap, CrossEditionSnapshot
from ocse_planner.services.comparison import Section, compare_editions
from ocse_planner.services import personal_data
from ocse_planner.services.personal_data import _one_time_keys, purge_personal_data
from tests.services.editions import ADDRESSES, AUDIENCE, OTHERS, clone_2023, import_rows


def _returning(db, first, second):  # type: ignore[no-untyped-def]
    with db.read() as session:
        table = compare_editions(session, [first, second]).table(Section.RETURNING)
    return {key: table.row(key).cells[1] for key in ("returning", "new", "returning_share", "not_matchable")} | {
        "not_matchable_first": table.row("not_matchable").cells[0]}


def _file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def _reversible_forms(address: str) -> list[bytes]:
    """What a careless design would store instead of the address: hashes anyone can
    recompute from a guessed address, and encodings of it."""
    raw = address.encode()
    forms = [raw, raw.upper(), base64.b64encode(raw), raw.hex().encode()]
    for name in ("md5", "sha1", "sha256", "sha512", "blake2b"):
        digest = hashlib.new(name, raw)
        forms += [digest.hexdigest().encode(), digest.hexdigest()[:40].encode(), digest.digest()]
    return forms


@pytest.fixture
def same_audience(demo_db, tmp_path):
    first, second = clone_2023(demo_db)
    import_rows(demo_db, "2022:1", AUDIENCE, tmp_path)
    import_rows(demo_db, "2023:1", AUDIENCE[:3] + OTHERS, tmp_path)  # three of 2022 come back
    return first, second


@pytest.mark.parametrize("purged", ["earlier", "later", "both"])
def test_the_returning_count_survives_a_purge_of_either_edition(demo_db, same_audience, purged):
    first, second = same_audience
    before = _returning(demo_db, first, second)
    assert before["returning"].value == 3
    order = {"earlier": [first], "later": [second], "both": [first, second]}[purged]
    for series_id in order:
        purge_personal_data(demo_db, series_id, backup=False)
    after = _returning(demo_db, first, second)
    for key in ("returning", "new", "returning_share", "not_matchable", "not_matchable_first"):
        assert after[key].value == pytest.approx(before[key].value), key
    assert "when personal data was removed" in after["returning"].note.message()
    with demo_db.read() as session:  # the identities are gone: only anonymized keys are left
        left = session.scalar(select(func.count()).where(~AttendanceRecord.person_key.startswith("anon:"),
                                                         AttendanceRecord.webinar_id.in_([1, 2, 3])))
        assert left == (0 if purged != "later" else 7)
    if demo_db.path is None:  # a team database: the server's files are not ours to read
        return
    data = _file_bytes(demo_db.path)
    # the other edition, when it was not purged, keeps its own attendees' addresses
    kept = set() if purged == "both" else set(ADDRESSES[:3]) | (set(ADDRESSES) if purged == "later" else set())
    for address in ADDRESSES:
        for form in _reversible_forms(address):
            if form in data:
                assert address in kept and form in (address.encode(), address.encode().upper()), (address, form[:20])
    assert ADDRESSES[4].encode() not in data or purged == "later"  # Sam came to 2022 only


def test_what_the_purge_keeps_is_counts_only(demo_db, same_audience, tmp_path):
    first, second = same_audience
    # name-only people: Pat again at webinar 2 (one person), Nora registered and absent (no participant)
    import_rows(demo_db, "2022:2", ["Pat Name-Only,,Somewhere,Education,yes,20", "Nora Absent,,,,no,0"], tmp_path)
    purge_personal_data(demo_db, first, backup=False)
    inspector = inspect(demo_db.engine)
    for table in ("cross_edition_snapshot", "cross_edition_overlap"):
        kinds = {column["name"]: column["type"] for column in inspector.get_columns(table)}
        assert all(isinstance(kind, Integer | DateTime) for kind in kinds.values()), kinds
    with demo_db.read() as session:
        snapshots = session.execute(select(CrossEditionSnapshot.participants_matchable,
                                           CrossEditionSnapshot.participants_not_matchable)).all()
        overlaps = session.execute(select(CrossEditionOverlap.other_series_id, CrossEditionOverlap.shared_participants,
                                          CrossEditionOverlap.other_matchable)).all()
    assert [tuple(r) for r in snapshots] == [(5, 1)]
    assert [tuple(r) for r in overlaps] == [(second, 3, 7)]


def test_an_edition_purged_before_figures_were_kept_says_na_and_why(demo_db, same_audience):
    """A purge made by an earlier version of the planner stored no cross-edition figures."""
    first, second = same_audience
    # the purge as an earlier version made it: identities replaced, no figures kept
    anonymize = db_purge.anonymize_series if demo_db.path is not None else db_purge.anonymize_series_on_server
    anonymize(demo_db, first, _one_time_keys())
    cells = _returning(demo_db, first, second)
    for key in ("returning", "new", "returning_share"):
        assert cells[key].value is None
        assert "before the planner kept cross-edition figures" in cells[key].note.message()
    assert cells["not_matchable_first"].value is None
    reason = cells["not_matchable_first"].note.message()
    assert reason.startswith("Personal data was removed from Combatting Online Child Sexual Exploitation (2022) on ")
    assert "before the planner counted participants without an e-mail address" in reason
    assert cells["not_matchable"].value == 0  # 2023 still holds its identities


def test_records_imported_after_the_purge_are_named_not_guessed(demo_db, tmp_path):
    first, second = clone_2023(demo_db)
    import_rows(demo_db, "2022:1", AUDIENCE, tmp_path)
    purge_personal_data(demo_db, first, backup=False)  # 2023 had no records yet
    import_rows(demo_db, "2023:1", AUDIENCE, tmp_path)
    cells = _returning(demo_db, first, second)
    assert cells["returning"].value is None
    assert "had no attendance records with an e-mail address" in cells["returning"].note.message()


def test_a_stored_figure_says_when_the_other_edition_changed_since(demo_db, same_audience, tmp_path):
    first, second = same_audience
    purge_personal_data(demo_db, first, backup=False)
    import_rows(demo_db, "2023:2", ["Late Comer,late@example.org,,,yes,10"], tmp_path)
    cells = _returning(demo_db, first, second)
    assert cells["returning"].value == 3
    edition = "Combatting Online Child Sexual Exploitation"
    assert cells["returning"].note.message().endswith(  # the purged edition, then the one that changed
        f", when personal data was removed from {edition} (2022); attendance records of {edition} (2023) "
        "imported since then are not matched.")


def test_a_purge_that_fails_keeps_neither_figures_nor_half_a_purge(demo_db, same_audience, monkeypatch):
    first, _ = same_audience

    def broken(_key: str) -> str:
        raise RuntimeError("disk full")  # halfway through replacing the identities

    monkeypatch.setattr(personal_data, "_one_time_keys", lambda: broken)
    with pytest.raises(RuntimeError):
        purge_personal_data(demo_db, first, backup=False)
    with demo_db.read() as session:
        assert session.scalar(select(func.count()).select_from(CrossEditionSnapshot)) == 0
        assert session.scalar(select(func.count()).select_from(CrossEditionOverlap)) == 0
        assert session.scalar(select(func.count()).where(AttendanceRecord.email.is_not(None))) == 13


def test_purging_twice_keeps_one_snapshot(demo_db, same_audience):
    first, second = same_audience
    purge_personal_data(demo_db, first, backup=False)
    purge_personal_data(demo_db, first, backup=False)  # nothing left to remove: nothing new to keep
    with demo_db.read() as session:
        assert session.scalar(select(func.count()).select_from(CrossEditionSnapshot)) == 1
    assert _returning(demo_db, first, second)["returning"].value == 3
