"""`ocse-planner import attendance` and `ocse-planner stats`, as a user runs them."""

from __future__ import annotations

from ocse_planner.cli import main
from tests.services.attendance_files import WEBINAR_1, WEBINAR_2, write_template


def test_import_prints_what_was_stored_and_stats_prints_the_summary(demo_target, tmp_path, capsys):
    assert main(["import", "attendance", "--db", demo_target, "--webinar", "2022:1",
                 str(write_template(tmp_path / "w1.csv", WEBINAR_1))]) == 0
    assert "Stored 4 attendance records for webinar 2022:1" in capsys.readouterr().out
    assert main(["import", "attendance", "--db", demo_target, "--webinar", "2", "--format", "template",
                 str(write_template(tmp_path / "w2.csv", WEBINAR_2))]) == 0
    capsys.readouterr()
    assert main(["stats", "--db", demo_target, "--series", "2022"]) == 0
    out = capsys.readouterr().out
    assert "1\t4\t3\t75.0%\t40.0\t—" in out
    assert "Unique participants: 4" in out
    assert "Participants at two or more webinars: 2" in out
    assert "Participants (reported): 611" in out
    assert "Participants (counted from imported records): 4" in out
    assert "Law enforcement\t1\t1\t—\t2" in out  # counted: W1, W2, W3 (no records), total
    assert "Not stated\t1\t0\t—\t1" in out  # Li Wei left the file's sector field empty
    assert "Total\t3\t3\t—\t6" in out  # each column adds up to the webinar's attendance
    assert "close to 80%" in out
    assert "dayna" not in out.lower()  # aggregates only


def test_import_with_a_bad_row_lists_problems_exits_1_and_stores_nothing(demo_target, tmp_path, capsys):
    bad = write_template(tmp_path / "bad.csv", WEBINAR_1 + ["Bad,not-an-email,,,yes,3"])
    assert main(["import", "attendance", "--db", demo_target, "--webinar", "1", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "bad.csv\t6\temail\t" in out and "Nothing was stored" in out
    assert main(["stats", "--db", demo_target, "--series", "2022"]) == 0
    assert "Total attendances: —" in capsys.readouterr().out
    assert main(["import", "attendance", "--db", demo_target, "--webinar", "1", "--valid-rows-only",
                 str(bad)]) == 0
    assert "Stored 4" in capsys.readouterr().out


def test_unknown_webinar_and_missing_file_are_one_line_errors(demo_target, tmp_path, capsys):
    good = write_template(tmp_path / "w1.csv", WEBINAR_1)
    assert main(["import", "attendance", "--db", demo_target, "--webinar", "2022:9", str(good)]) == 2
    assert "no webinar number 9" in capsys.readouterr().err
    assert main(["import", "attendance", "--db", demo_target, "--webinar", "1", str(tmp_path / "x.csv")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_empty_and_unrecognised_files_are_one_line_errors_with_nothing_stored(demo_target, tmp_path, capsys):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert main(["import", "attendance", "--db", demo_target, "--webinar", "1", str(empty)]) == 1
    assert "empty.csv" in capsys.readouterr().err
    odd = tmp_path / "odd.csv"
    odd.write_text("Who,Mail\nA,a@x.ca\n", encoding="utf-8")
    assert main(["import", "attendance", "--db", demo_target, "--webinar", "1", str(odd)]) == 1
    err = capsys.readouterr().err
    assert "Columns found: Who, Mail" in err and "\n" not in err.strip()
    assert main(["stats", "--db", demo_target, "--series", "2022"]) == 0
    assert "Total attendances: —" in capsys.readouterr().out


def test_stats_say_not_recorded_for_a_source_without_registrations(demo_path, capsys):
    from pathlib import Path

    teams = Path(__file__).parent.parent / "importers" / "samples" / "teams_attendance_report.csv"
    assert main(["import", "attendance", "--db", str(demo_path), "--webinar", "2022:3", str(teams)]) == 0
    capsys.readouterr()
    assert main(["stats", "--db", str(demo_path), "--series", "2022"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("3\t"))
    assert row.split("\t")[1] == "not recorded" and row.split("\t")[2] != "0"  # not "0 registered"
    assert "Participants (reported): 611" in out
    assert "Unclassified\t—\t—\t" in out  # no sector field in a Teams report: nobody is "not stated"


def test_a_person_on_two_devices_is_imported_with_the_time_present_and_the_figures_show_it(demo_path, tmp_path):
    """As typed: a Zoom report lists Ana twice for the same hour (laptop and phone) and Bo
    for two visits; the summary averages 60 and 40 minutes, not 120 and 40."""
    import subprocess
    import sys

    from openpyxl import load_workbook

    def run(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "ocse_planner", *args], capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    report = tmp_path / "zoom.csv"
    report.write_text(
        "Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes)\n"
        'Yes,Ana Costa,ana@example.org,"01/25/2022 01:00:00 PM","01/25/2022 02:00:00 PM",60\n'
        'Yes,Bo Li,bo@example.org,"01/25/2022 01:00:00 PM","01/25/2022 01:20:00 PM",20\n'
        'Yes,Ana Costa,ana@example.org,"01/25/2022 01:00:00 PM","01/25/2022 02:00:00 PM",60\n'
        'Yes,Bo Li,bo@example.org,"01/25/2022 01:30:00 PM","01/25/2022 01:50:00 PM",20\n',
        encoding="utf-8")
    db = ["--db", str(demo_path)]
    assert "Stored 2 attendance records for webinar 2022:1" in run("import", "attendance", *db, "--webinar",
                                                                   "2022:1", str(report))
    stats = run("stats", *db, "--series", "2022").splitlines()
    webinar_1 = next(line.split("\t") for line in stats if line.startswith("1\t"))
    assert (webinar_1[2], webinar_1[4]) == ("2", "50.0")  # attended, average minutes
    out = tmp_path / "attendance.xlsx"
    run("export", "attendance", *db, "--series", "2022", "-o", str(out))
    sheet = load_workbook(out)["Attendance"]
    header = next(r for r in range(1, 40) if sheet.cell(r, 1).value == "Webinar")
    assert [sheet.cell(header, c).value for c in (4, 6)] == ["Attended", "Average minutes"]
    assert (sheet.cell(header + 1, 4).value, sheet.cell(header + 1, 6).value) == (2, 50.0)
