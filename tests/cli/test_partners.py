"""`ocse-planner partners` prints the partner matrix as readable columns."""

from __future__ import annotations

from ocse_planner.cli import main


def test_partners_prints_the_matrix(demo_target, capsys):
    assert main(["partners", "--db", demo_target, "--series", "2022"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Combatting Online Child Sexual Exploitation (2022)"
    header = next(line for line in lines if line.startswith("Organization"))
    assert header.split() == ["Organization", "Webinar", "1", "Webinar", "2", "Webinar", "3", "2022", "series"]
    rcmp = next(line for line in lines if line.startswith("Royal Canadian Mounted Police"))
    assert rcmp[42:].startswith("co-host; presented ×2")
    justice = next(line for line in lines if line.startswith("Justice Canada"))
    assert justice.split()[2] == "co-host"  # in the Webinar 2 column
    assert justice.index("co-host") == header.index("Webinar 2")


def test_partners_unknown_series_is_one_line(demo_target, capsys):
    assert main(["partners", "--db", demo_target, "--series", "1999"]) == 2
    assert capsys.readouterr().err.strip() == "ocse-planner: error: no series with id or year 1999"
