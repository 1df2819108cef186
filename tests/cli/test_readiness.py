"""`ocse-planner readiness` and `ocse-planner todo`, typed as a person or a script would."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from ocse_planner.db import open_database
from ocse_planner.db.models import ReadinessItem, Webinar
from ocse_planner.services import readiness
from ocse_planner.services.clone import CloneOptions, clone_series
from ocse_planner.services.collaborations import ActionInput, add_action
from ocse_planner.db.models import Collaboration


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ocse_planner", *args], capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def planned(demo_target: str) -> str:
    """The demo planner with its series cloned to 2027 (webinar 1 on 26 January 2027),
    slides received for webinar 1, and a partner action due 12 January 2027."""
    db = open_database(demo_target)
    try:
        with db.write() as s:
            sid = clone_series(s, 1, CloneOptions(year=2027, keep_presenters=True, keep_partners=True)).series_id
            w1 = s.scalar(select(Webinar.id).where(Webinar.series_id == sid, Webinar.number == 1))
            slides = s.scalar(select(ReadinessItem.id).where(ReadinessItem.series_id == sid,
                                                             ReadinessItem.title == "Slides received"))
            readiness.set_done(s, slides, w1, date(2027, 1, 5))
            collaboration = s.scalar(select(Collaboration.id).where(Collaboration.series_id == sid))
            add_action(s, ActionInput(collaboration, "Send the logo to the co-host", due_date=date(2027, 1, 12)))
    finally:
        db.close()
    return demo_target


def test_readiness_exits_1_when_an_item_is_overdue_and_0_before(planned):
    early = _run("readiness", "--db", planned, "--series", "2027", "--as-of", "2026-11-01")
    assert early.returncode == 0, early.stderr
    assert "0 overdue item(s)" in early.stdout
    late = _run("readiness", "--db", planned, "--series", "2027", "--as-of", "2027-01-10")
    assert late.returncode == 1
    out = late.stdout
    assert "Webinar 1, Jan 26, 2027, “Reporting Mechanisms" in out
    assert "[OVERDUE] Captioning (CART) booked (due Dec 29, 2026)" in out
    assert "[done] Slides received (due Jan 19, 2027)" in out
    assert "[n/a] Co-host collaboration confirmed" in out  # webinar 3 has no co-host
    assert "0 of 4 presentations have a confirmed presenter." in out


def test_readiness_days_lists_only_what_is_due_soon(planned):
    result = _run("readiness", "--db", planned, "--series", "2027", "--as-of", "2027-01-10", "--days", "3")
    lines = result.stdout.splitlines()
    webinar_1 = lines[:lines.index(next(line for line in lines if line.startswith("Webinar 2")))]
    assert any("[OVERDUE]" in line for line in webinar_1)
    assert not any("[due] Survey link ready" in line for line in webinar_1)  # due 25 January: later
    everything = _run("readiness", "--db", planned, "--series", "2027", "--as-of", "2027-01-10").stdout
    assert "[due] Survey link ready" in everything


def test_a_held_series_has_nothing_overdue(demo_target):
    result = _run("readiness", "--db", demo_target, "--series", "2022")
    assert result.returncode == 0
    assert "0 overdue item(s)" in result.stdout
    assert "[not done] Rehearsal held" in result.stdout


def test_todo_merges_the_three_sources_in_due_order(planned):
    result = _run("todo", "--db", planned, "--as-of", "2027-01-10", "--days", "7")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    body, total = lines[:-1], lines[-1]
    assert any("[presenter] Invite Dyna Ibrahim" in line for line in body)
    assert any("[partner] Send the logo to the co-host" in line for line in body)
    assert any("[checklist] Captioning (CART) booked" in line for line in body)
    first_due = [line for line in body if " due [" in line]
    first_overdue = [line for line in body if " OVERDUE [" in line]
    assert body.index(first_overdue[-1]) < body.index(first_due[0])  # overdue first
    assert total == f"{len(body)} to do in the next 7 days, {len(first_overdue)} overdue"
    assert not any("Slides received" in line and "Webinar 1 " in line for line in body)  # ticked
    short = _run("todo", "--db", planned, "--as-of", "2027-01-10", "--days", "0")
    assert not any("Send the logo" in line for line in short.stdout.splitlines())


def test_todo_names_an_unanswered_invitation(planned):
    from ocse_planner.db.enums import BookingStatus
    from ocse_planner.db.models import Booking, Presentation
    from ocse_planner.services import bookings

    db = open_database(planned)
    try:
        with db.write() as s:
            booking = s.scalar(select(Booking).join(Presentation).join(Webinar)
                               .where(Webinar.number == 2, Webinar.starts_at > datetime(2026, 1, 1, tzinfo=UTC)))
            bookings.change_status(s, booking.id, None, BookingStatus.INVITED,
                                   now=datetime(2026, 12, 20, 15, tzinfo=UTC))
    finally:
        db.close()
    out = _run("todo", "--db", planned, "--as-of", "2027-01-10").stdout
    assert "invited 21 days ago, no answer" in out
    out = _run("todo", "--db", planned, "--as-of", "2027-01-10", "--follow-up-days", "30").stdout
    assert "invited 21 days ago" not in out  # not due until 19 January: after the week


def test_french_output(planned):
    result = _run("--lang", "fr", "readiness", "--db", planned, "--series", "2027", "--as-of", "2027-01-10")
    assert result.returncode == 1
    assert "Webinaire 1" in result.stdout
    assert "Diapositives reçues" in result.stdout


@pytest.mark.parametrize("bad", ["2027-13-01", "soon", "x" * 100_000, "\u202e2027-01-01", "2027-01-01\nrm"])
def test_hostile_dates_are_refused_with_a_message(planned, bad):
    result = _run("readiness", "--db", planned, "--series", "2027", "--as-of", bad)
    assert result.returncode == 2
    assert "not a date" in result.stderr
    assert len(result.stderr) < 2000
    assert "\n" not in result.stderr.strip().splitlines()[-1]


def test_negative_days_are_refused(planned):
    result = _run("todo", "--db", planned, "--days", "-1")
    assert result.returncode == 2 and "0 to 3650" in result.stderr


def test_hostile_titles_print_on_one_line_or_are_never_stored(planned):
    from ocse_planner.services.errors import ValidationError

    db = open_database(planned)
    try:
        with db.write() as s:
            sid = s.scalar(select(Webinar.series_id).where(Webinar.starts_at > datetime(2026, 1, 1, tzinfo=UTC)))
            readiness.add_item(s, sid, "\u202eBios  reçues\n\t" + "ي" * 280, 3)
        with pytest.raises(ValidationError), db.write() as s:
            readiness.add_item(s, sid, "Bios\x1bphotos", 3)
    finally:
        db.close()
    out = _run("readiness", "--db", planned, "--series", "2027", "--as-of", "2027-01-10").stdout
    lines = [line for line in out.splitlines() if "Bios  reçues" in line or "Bios reçues" in line]
    assert len(lines) == 3  # one line per webinar, whitespace inside the title folded
    assert all("\t" not in line and len(line) < 700 for line in lines)
