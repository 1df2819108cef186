"""`ocse-planner invitations`, run as typed: drafts written, people skipped with the
reason, `--mark-invited` recorded, `--kind update` after a change."""

from __future__ import annotations

import email
import stat
import subprocess
import sys
from datetime import timedelta
from email.policy import default as default_policy
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from ocse_planner.db import open_database
from ocse_planner.db.enums import BookingStatus
from ocse_planner.db.models import Booking, Webinar
from tests.presenter_addresses import address_two_presenters


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ocse_planner", *args], capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def planner(demo_path: Path) -> Path:
    """The demo with addresses for two presenters of webinar 2, its bookings "to invite"."""
    return address_two_presenters(demo_path)


def _messages(folder: Path) -> dict[str, email.message.EmailMessage]:
    found = {}
    for path in sorted(folder.glob("*.eml")):
        with open(path, "rb") as handle:
            message = email.message_from_binary_file(handle, policy=default_policy)
        found[message["To"].addresses[0].addr_spec] = message
    return found


def _statuses(path: Path) -> dict[str, tuple[BookingStatus, object]]:
    db = open_database(path)
    try:
        with db.read() as session:
            return {b.person.family_name: (b.status, b.invited_at) for b in session.scalars(select(Booking))
                    if b.person and b.presentation.webinar.number == 2}
    finally:
        db.close()


def test_invitations_written_skipped_listed_and_marked_invited(planner, tmp_path):
    out = tmp_path / "drafts"
    result = _run("invitations", "--db", str(planner), "--series", "2022", "--webinar", "2", "--mark-invited",
                  "-o", str(out))
    assert result.returncode == 0, result.stderr
    messages = _messages(out)
    assert set(messages) == {"c.varcoe@example.ca", "boyko@example.ca"}
    assert messages["boyko@example.ca"]["Subject"].startswith("Invitation à présenter")
    assert "Skipped Suvidha Kalra: no e-mail address" in result.stderr
    assert "Skipped Geneviève Boisvert-Pilon, M.A.: no e-mail address" in result.stderr
    assert "2 drafts written" in result.stdout and "2 people skipped" in result.stdout
    assert "2 bookings marked invited" in result.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in out.iterdir())
    statuses = _statuses(planner)
    assert statuses["Varcoe"][0] == BookingStatus.INVITED and statuses["Varcoe"][1] is not None
    assert statuses["Kalra"] == (BookingStatus.TO_INVITE, None)


def test_without_mark_invited_the_bookings_stay_as_they_were(planner, tmp_path):
    result = _run("invitations", "--db", str(planner), "--series", "2022", "--webinar", "2", "-o",
                  str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    assert "marked invited" not in result.stdout
    assert {s for s, _ in _statuses(planner).values()} == {BookingStatus.TO_INVITE}


def test_update_after_a_time_change_and_in_french(planner, tmp_path):
    assert _run("invitations", "--db", str(planner), "--series", "2022", "--webinar", "2", "-o",
                str(tmp_path / "first")).returncode == 0
    first = _messages(tmp_path / "first")["c.varcoe@example.ca"]
    before = Calendar.from_ical(next(p for p in first.walk() if p.get_content_type() == "text/calendar")
                                .get_payload(decode=True)).walk("VEVENT")[0]
    db = open_database(planner)
    try:
        with db.write() as session:
            webinar = session.scalars(select(Webinar).where(Webinar.number == 2)).one()
            webinar.starts_at += timedelta(minutes=30)
    finally:
        db.close()
    result = _run("--lang", "fr", "invitations", "--db", str(planner), "--series", "2022", "--kind", "update",
                  "-o", str(tmp_path / "updates"))
    assert result.returncode == 0, result.stderr
    assert "2 ébauches écrites" in result.stdout
    update_message = _messages(tmp_path / "updates")["c.varcoe@example.ca"]
    after = Calendar.from_ical(next(p for p in update_message.walk() if p.get_content_type() == "text/calendar")
                               .get_payload(decode=True)).walk("VEVENT")[0]
    assert str(after["uid"]) == str(before["uid"])
    assert int(after["sequence"]) > int(before["sequence"])


@pytest.mark.parametrize("args, message", [
    (["--kind", "invite"], "invalid choice: 'invite'"),
    (["--webinar", "9"], "the series has no webinar 9"),
    (["--status", "maybe"], "invalid choice: 'maybe'"),
])
def test_mistakes_are_one_line_and_exit_2(planner, tmp_path, args, message):
    result = _run("invitations", "--db", str(planner), "--series", "2022", "-o", str(tmp_path / "x"), *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x").exists()
