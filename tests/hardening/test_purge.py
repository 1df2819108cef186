"""Item 12: "Remove personal data" never reports success while the addresses are still in
the file: it waits for another connection's read transaction, or says it could not
finish, and verifies the file's bytes either way."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ocse_planner.db import open_database
from ocse_planner.services.personal_data import PurgeIncomplete, finish_scrub, purge_personal_data
from tests.export.conftest import add_attendance

ADDRESS = b"a@x.ca"


def _all_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())


@pytest.fixture
def with_attendance(planner):
    add_attendance(planner)
    with open_database(planner) as db, db.write() as session:  # WAL mode, as the app leaves it
        session.connection()
    return planner


def _reader(path: Path) -> sqlite3.Connection:
    """Another program (or window) in the middle of reading the attendee list."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN")
    assert conn.execute("SELECT count(*) FROM attendance_record").fetchone()[0] == 10
    return conn


def test_a_purge_waits_for_a_reader_then_verifies_the_bytes(with_attendance):
    reader = _reader(with_attendance)
    threading.Timer(0.5, lambda: reader.execute("COMMIT")).start()
    db = open_database(with_attendance)
    try:
        result = purge_personal_data(db, 1, backup=False)
    finally:
        db.close()
        reader.close()
    assert result.records_purged == 10
    assert ADDRESS not in _all_bytes(with_attendance)


def test_a_reader_that_stays_makes_the_purge_say_so_and_a_retry_finishes(with_attendance, monkeypatch):
    from ocse_planner.db import engine

    monkeypatch.setenv(engine.BUSY_TIMEOUT_ENV, "200")
    reader = _reader(with_attendance)
    db = open_database(with_attendance)
    try:
        try:
            purge_personal_data(db, 1, backup=False)
        except PurgeIncomplete as incomplete:
            assert "anonymized" in str(incomplete) and with_attendance.name in str(incomplete)
            assert ADDRESS in with_attendance.read_bytes()  # why it must not claim success
            reader.execute("COMMIT")
            result = finish_scrub(db, 1, incomplete.pending, incomplete.records_purged, backup=False)
            assert result.records_purged == 10
        else:
            pytest.fail("the purge reported success while another connection held the old pages")
    finally:
        db.close()
        reader.close()
    assert ADDRESS not in _all_bytes(with_attendance)
    with sqlite3.connect(with_attendance) as conn:
        assert conn.execute("SELECT count(*) FROM attendance_record WHERE email IS NOT NULL").fetchone()[0] == 0
    conn.close()


def test_the_window_offers_to_finish_the_scrub(window, qtbot, monkeypatch):
    from ocse_planner.db import engine
    from ocse_planner.ui.common import dialogs

    path = window.state.db.path
    window.state.set_database(None)
    add_attendance(path)
    monkeypatch.setenv(engine.BUSY_TIMEOUT_ENV, "200")
    assert window.open_path(path, offer_demo=False)
    with window.state.db.write() as session:
        session.connection()
    tab = window.attendance_tab
    window.tabs.setCurrentWidget(tab)
    reader = _reader(path)
    questions: list[str] = []

    def answer(parent, title, text, **kwargs):  # "Delete old backups?" no; "Try again?" once the reader is gone
        questions.append(text)
        if "Try again" in text:
            reader.execute("COMMIT")
            return True
        return "Remove the names" in text

    monkeypatch.setattr(dialogs, "ask_yes_no", answer)
    qtbot.mouseClick(tab.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "scrubbed and checked" in window.statusBar().currentMessage(), timeout=20_000)
    reader.close()
    assert any("Try again" in q for q in questions)
    assert ADDRESS not in _all_bytes(path)


def test_a_purge_removes_what_presenters_were_sent_with_their_addresses(with_attendance):
    """The drafts' records hold an address a presenter no longer has on file: gone after the purge."""
    from datetime import UTC, datetime

    from sqlalchemy import func, select

    from ocse_planner.db.models import SentInvitation

    db = open_database(with_attendance)
    try:
        with db.write() as session:
            session.add(SentInvitation(series_id=1, person_id=None, recipient_name="Former Presenter",
                                       recipient_email="former.presenter@old.example", uid="presentation-9@x",
                                       sequence=0, starts_at=datetime(2022, 2, 22, 18, tzinfo=UTC),
                                       ends_at=datetime(2022, 2, 22, 19, tzinfo=UTC), time_zone="America/Toronto",
                                       summary="Talk", kind="invitation", times_sent=1))
        purge_personal_data(db, 1, backup=False)
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(SentInvitation)) == 0
    finally:
        db.close()
    assert b"former.presenter@old.example" not in _all_bytes(with_attendance)
