"""`ocse-planner conflicts`: findings printed, exit status 1 only for errors."""

from __future__ import annotations

from ocse_planner.cli import main


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
