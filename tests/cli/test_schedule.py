"""`ocse-planner conflicts`: findings printed, exit status 1 only for errors."""

from __future__ import annotations

from ocse_planner.cli import main
from ocse_planner.db import open_database


def test_conflicts_clean_demo_exits_0(demo_target, capsys):
    assert main(["conflicts", "--db", demo_target, "--series", "2022"]) == 0
    assert "0 errors, 0 warnings" in capsys.readouterr().out


def test_conflicts_with_double_booking_exits_1(double_booked, capsys):
    assert main(["conflicts", "--db", str(double_booked), "--series", "2022"]) == 1
    out = capsys.readouterr().out
    assert out.count("ERROR: Jad Saliba is booked in overlapping presentations") == 1
    assert "1 error," in out


def test_conflicts_unknown_series(demo_target, capsys):
    assert main(["conflicts", "--db", demo_target, "--series", "1999"]) == 2
    assert "no series with id or year 1999" in capsys.readouterr().err


def _run(*args: str):  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "ocse_planner", *args], capture_output=True, text=True,
                          timeout=120)


def _change_webinar_2(demo_path, change) -> None:  # type: ignore[no-untyped-def]
    """Apply `change(session, agenda items of webinar 2)` to the file, as the window would."""
    from sqlalchemy import select

    from ocse_planner.db.models import Presentation

    db = open_database(demo_path)
    try:
        with db.write() as session:
            change(session, session.scalars(select(Presentation).where(Presentation.webinar_id == 2)
                                            .order_by(Presentation.position)).all())
    finally:
        db.close()


def test_an_agenda_overlap_fails_the_check_from_a_second_process(demo_path):
    """A script that checks the plan before agendas go out: an overlap is an error (exit 1),
    a gap only a warning (exit 0)."""
    from ocse_planner.services import agenda

    _change_webinar_2(demo_path, lambda s, items: agenda.set_fixed_start(s, items[-1].id, 105))  # closing early
    run = _run("conflicts", "--db", str(demo_path), "--series", "2022")
    assert run.returncode == 1, run.stderr
    assert "ERROR: Webinar 2: “Closing remarks” (2:45 p.m. – 2:55 p.m. EST) overlaps the item before it, " \
           "“Questions and answers”, by 5 minutes." in run.stdout
    assert "1 error," in run.stdout

    def shorter_questions(session, items):  # type: ignore[no-untyped-def]
        agenda.set_fixed_start(session, items[-1].id, 110)  # closing remarks at 2:50 p.m. as planned…
        agenda.update_item(session, items[-2].id, agenda.ItemFields(duration_minutes=15))  # …Q&A shorter

    _change_webinar_2(demo_path, shorter_questions)
    run = _run("conflicts", "--db", str(demo_path), "--series", "2022")
    assert run.returncode == 0, run.stdout
    assert "WARNING: Webinar 2: Nothing is planned for 5 minutes (2:45 p.m. – 2:50 p.m. EST) between " \
           "“Questions and answers” and “Closing remarks”." in run.stdout


def test_clone_series_refuses_a_start_time_the_new_date_skips(demo_path):
    from datetime import UTC, datetime

    from ocse_planner.db.models import Webinar

    db = open_database(demo_path)
    try:
        with db.write() as session:
            session.get(Webinar, 1).starts_at = datetime(2006, 3, 12, 7, 30, tzinfo=UTC)  # 02:30 EST
    finally:
        db.close()
    run = _run("clone-series", "--db", str(demo_path), "--series", "2022", "--year", "2007")
    assert run.returncode == 2  # what was asked cannot be done: nothing written
    assert run.stderr.strip() == (
        "ocse-planner: error: Webinar 1 would start at 2:30 a.m. on 2007-03-11, a time that does not exist in "
        "America/Toronto (the clocks go forward that night). Change its start time first, or use the other "
        "date rule.")
