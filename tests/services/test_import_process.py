"""The import child process: it reads and stores like the services do, sends back only a
summary, rebuilds the importer's errors in the parent, and ends when cancelled.

These tests start real "spawn" children (about half a second each), so there are few.
"""

from __future__ import annotations

import pickle
import time

import pytest

from ocse_planner.importers import ImportCancelled, ImportFileError, UnknownLayoutError
from ocse_planner.services.attendance_import import ImportHasProblems
from ocse_planner.services.import_process import ImportJob, ReadRequest, _portable
from tests.services.attendance_files import WEBINAR_1, write_template
from tests.services.test_attendance_import import _records


def within(seconds: float = 60):  # type: ignore[no-untyped-def]
    """A read's `cancelled`: it gives up after `seconds`, so a job that never answers fails
    its test instead of holding the run."""
    deadline = time.monotonic() + seconds
    return lambda: time.monotonic() > deadline


def test_a_child_reads_then_stores_everything_in_one_go(demo_db, tmp_path):
    rows = WEBINAR_1 + [f"Person {i},person{i}@example.org,,,yes,{i % 60}" for i in range(3_000)]
    path = write_template(tmp_path / "w1.csv", rows)
    job = ImportJob(ReadRequest(demo_db.location, 1, str(path)))
    summary = job.read(cancelled=within())
    assert (summary.record_count, summary.new_count, summary.problem_count) == (3_004, 3_004, 0)
    assert len(summary.preview) == 3_004 and summary.preview[0].name
    assert summary.webinar_label.startswith("2022:1 ")
    assert _records(demo_db, 1) == {}  # reading writes nothing
    result = job.store(valid_rows_only=False)
    assert (result.stored, result.new, result.updated) == (3_004, 3_004, 0)
    assert len(_records(demo_db, 1)) == 3_004
    assert not job.alive


def test_an_unknown_layout_comes_back_with_its_headers_and_the_child_ends(demo_db, tmp_path):
    path = tmp_path / "custom.csv"
    path.write_text("Who,Mail,Time spent\nAna Costa,ana@ps-sp.gc.ca,12\n", encoding="utf-8")
    job = ImportJob(ReadRequest(demo_db.location, 1, str(path)))
    with pytest.raises(UnknownLayoutError) as caught:
        job.read(cancelled=within())
    assert caught.value.headers == ["Who", "Mail", "Time spent"]
    assert "custom.csv" in str(caught.value)
    job._process.join(timeout=5)
    assert not job.alive


def test_cancelling_a_read_ends_the_child_and_stores_nothing(demo_db, tmp_path):
    path = write_template(tmp_path / "w1.csv", WEBINAR_1)
    job = ImportJob(ReadRequest(demo_db.location, 1, str(path)))
    with pytest.raises(ImportCancelled):
        job.read(cancelled=lambda: True)
    assert not job.alive
    assert _records(demo_db, 1) == {}


def test_errors_cross_the_process_boundary_as_the_same_types_and_texts(tmp_path):
    file_error = ImportFileError(tmp_path / "photo.csv", "contains no data (only blank lines).")
    unknown = UnknownLayoutError("a.csv", "does not have the columns chosen for it.", ["Who"], 3)
    for error in (file_error, unknown):
        copy = pickle.loads(pickle.dumps(_portable(error)))
        assert type(copy) is type(error) and str(copy) == str(error)
    assert pickle.loads(pickle.dumps(unknown)).header_row == 3
    odd = _portable(ImportHasProblems(()))  # its arguments do not round-trip: sent as text
    assert str(odd) == str(ImportHasProblems(()))


# --- the same loop on a thread: what the child sends, message by message ----------------------


def test_in_thread_the_summary_counts_and_samples_the_plan(demo_db, tmp_path, monkeypatch):
    from ocse_planner.services import import_process

    monkeypatch.setattr(import_process, "PROGRESS_INTERVAL_S", 0.0)  # every step reported
    rows = WEBINAR_1 + ["No Mail,,,,yes,5", "Bad Minutes,bad@example.org,,,yes,-3"]
    path = write_template(tmp_path / "w1.csv", rows)
    steps: list[tuple[int, int]] = []
    job = ImportJob(ReadRequest(demo_db.location, 1, str(path)), in_thread=True)
    summary = job.read(progress=lambda done, total: steps.append((done, total)), cancelled=within())
    assert steps and all(total == -1 or done <= total for done, total in steps)
    assert (summary.webinar_id, summary.layout, summary.file) == (1, "template", str(path))
    assert (summary.record_count, summary.new_count, summary.updated_count) == (5, 5, 0)
    assert summary.problem_count == len(summary.problems) == 1
    assert summary.problems[0].row == 7
    assert summary.unclassified_count == sum(1 for r in summary.preview if r.sector_id is None)
    assert set(summary.sector_names.values()) >= {"Law enforcement"}
    with pytest.raises(ImportHasProblems, match="^1 problem\\(s\\) in the file; nothing was stored$"):
        job.store(valid_rows_only=False)
    assert _records(demo_db, 1) == {}
    job._thread.join(timeout=5)
    assert not job.alive


def test_in_thread_valid_rows_only_stores_the_rest(demo_db, tmp_path):
    path = write_template(tmp_path / "w1.csv", WEBINAR_1 + ["Bad Minutes,bad@example.org,,,yes,-3"])
    job = ImportJob(ReadRequest(demo_db.location, 1, str(path)), in_thread=True)
    job.read(cancelled=within())
    result = job.store(valid_rows_only=True)
    assert (result.stored, result.new, result.updated) == (4, 4, 0)
    assert len(_records(demo_db, 1)) == 4
    job._thread.join(timeout=5)
    assert not job.alive


def test_the_summary_keeps_only_the_first_rows_and_problems(demo_db, tmp_path):
    from ocse_planner.services.attendance_import import parse_report, plan_import
    from ocse_planner.services.import_process import summarize

    rows = WEBINAR_1 + [f"Bad {i},bad{i}@example.org,,,yes,-{i + 1}" for i in range(3)]
    report = parse_report(write_template(tmp_path / "w1.csv", rows))
    with demo_db.read() as session:
        plan = plan_import(session, 1, report)
    summary = summarize(plan, preview_limit=2, problem_limit=1)
    assert [r.name for r in summary.preview] == [r.name for r in plan.records[:2]]
    assert len(summary.problems) == 1 and summary.problem_count == 3
    assert summary.record_count == len(plan.records)
    assert summary.cleaned_values == plan.cleaned_values  # the count of values made storable, as planned


def test_closing_an_idle_thread_job_stops_its_loop(demo_db, tmp_path):
    path = write_template(tmp_path / "w1.csv", WEBINAR_1)
    job = ImportJob(ReadRequest(demo_db.location, 1, str(path)), in_thread=True)
    job.read(cancelled=within())
    job.close()
    job._thread.join(timeout=5)
    assert not job.alive
    assert _records(demo_db, 1) == {}
    with pytest.raises(ImportCancelled):
        job.read(cancelled=within())


def test_a_failure_that_cannot_be_pickled_arrives_as_its_text():
    class Local(Exception):  # a class pickle cannot find by name
        pass

    copy = _portable(Local("the disk is full"))
    assert type(copy) is RuntimeError and str(copy) == "the disk is full"
    assert str(_portable(Local())) == "Local"
    same = ValueError("kept")
    assert _portable(same) is same


def test_in_thread_progress_counts_up_to_the_known_total(demo_db, tmp_path, monkeypatch):
    from ocse_planner.services import import_process

    monkeypatch.setattr(import_process, "PROGRESS_INTERVAL_S", 0.0)
    path = write_template(tmp_path / "w1.csv", WEBINAR_1)
    steps: list[tuple[int, int]] = []
    job = ImportJob(ReadRequest(demo_db.location, 1, str(path)), in_thread=True)
    job.read(progress=lambda done, total: steps.append((done, total)), cancelled=within())
    job.close()
    done, total = steps[-1]
    assert total > 0 and done == total


def test_in_thread_a_file_that_cannot_be_read_fails_with_its_own_error(demo_db, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    job = ImportJob(ReadRequest(demo_db.location, 1, str(path)), in_thread=True)
    with pytest.raises(ImportFileError) as caught:
        job.read(cancelled=within())
    assert "photo.csv" in str(caught.value)


@pytest.mark.parametrize(("interval", "several"), [(0.0, True), (3600.0, False)])
def test_in_thread_a_long_file_reports_progress_at_most_as_often_as_allowed(demo_db, tmp_path, monkeypatch,
                                                                           interval, several):
    """Every 1,000 rows the reader reports; the loop passes a step on only when the last
    one it sent is old enough (the window is not flooded), the first one always."""
    from ocse_planner.services import import_process

    monkeypatch.setattr(import_process, "PROGRESS_INTERVAL_S", interval)
    rows = [f"Person {i},person{i}@example.org,,,yes,{i % 60}" for i in range(2_500)]
    steps: list[tuple[int, int]] = []
    job = ImportJob(ReadRequest(demo_db.location, 1, str(write_template(tmp_path / "long.csv", rows))),
                    in_thread=True)
    job.read(progress=lambda done, total: steps.append((done, total)), cancelled=within())
    job.close()
    done = [d for d, _total in steps]
    if several:
        assert len(done) >= 3 and done == sorted(done) and done[-1] == steps[-1][1] > 2_500
    else:
        assert len(done) == 1
