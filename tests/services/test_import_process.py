"""The import child process: it reads and stores like the services do, sends back only a
summary, rebuilds the importer's errors in the parent, and ends when cancelled.

These tests start real "spawn" children (about half a second each), so there are few.
"""

from __future__ import annotations

import pickle

import pytest

from ocse_planner.importers import ImportCancelled, ImportFileError, UnknownLayoutError
from ocse_planner.services.attendance_import import ImportHasProblems
from ocse_planner.services.import_process import ImportJob, ReadRequest, _portable
from tests.services.attendance_files import WEBINAR_1, write_template
from tests.services.test_attendance_import import _records


def test_a_child_reads_then_stores_everything_in_one_go(demo_db, tmp_path):
    rows = WEBINAR_1 + [f"Person {i},person{i}@example.org,,,yes,{i % 60}" for i in range(3_000)]
    path = write_template(tmp_path / "w1.csv", rows)
    job = ImportJob(ReadRequest(demo_db.location, 1, str(path)))
    summary = job.read()
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
        job.read()
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
    file_error = ImportFileError(tmp_path / "photo.csv", "is not an attendance report")
    unknown = UnknownLayoutError("a.csv", "has columns OCSE Planner does not know", ["Who"], 3)
    for error in (file_error, unknown):
        copy = pickle.loads(pickle.dumps(_portable(error)))
        assert type(copy) is type(error) and str(copy) == str(error)
    assert pickle.loads(pickle.dumps(unknown)).header_row == 3
    odd = _portable(ImportHasProblems(()))  # its arguments do not round-trip: sent as text
    assert str(odd) == str(ImportHasProblems(()))
