"""Property tests: whatever the bytes, the parser returns a report or an ImportFileError."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ocse_planner.importers import ImportFileError, ParsedReport, parse_attendance_file

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

HEADERS = [
    b"name,email,organization,sector,attended,minutes\n",
    b"Attended,User Name (Original Name),First Name,Last Name,Email,Join Time,Leave Time,"
    b"Time in Session (minutes)\n",
    b"Full Name\tUser Action\tTimestamp\n",
    b"Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tRole\n",
    b"Order #,First Name,Last Name,Email,Attendee Status,Checked In\n",
    b"Attendee Details,\n",
    b"PK\x03\x04",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
]


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _parse_bytes(directory: Path, data: bytes, suffix: str = ".csv") -> None:
    path = directory / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        result = parse_attendance_file(path)
    except ImportFileError as exc:
        assert path.name in str(exc)
        return
    assert isinstance(result, ParsedReport)
    for row in result.rows:
        assert row.name or row.email
        assert row.minutes_attended >= 0
    for problem in result.problems:
        assert problem.row is None or problem.row >= 1


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes(fuzz_dir, data):
    _parse_bytes(fuzz_dir, data)


@FUZZ
@given(st.sampled_from(HEADERS), st.binary(max_size=1024))
def test_known_header_then_random_bytes(fuzz_dir, header, data):
    _parse_bytes(fuzz_dir, header + data)


_CELL = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["yes", "no", "--", "45", "-3", "1h 2m", "01/25/2022 12:58:31 PM",
                     "ana@example.com", "not-an-email", "Joined", "Left", "Organizer"]),
)


@FUZZ
@given(
    st.sampled_from(HEADERS[:5]),
    st.lists(st.lists(_CELL, max_size=9), max_size=12),
    st.sampled_from([",", "\t", ";"]),
    st.sampled_from(["utf-8", "utf-16", "cp1252"]),
)
def test_structured_rows(fuzz_dir, header, rows, delimiter, encoding):
    text = header.decode() + "\n".join(delimiter.join(row) for row in rows)
    _parse_bytes(fuzz_dir, text.encode(encoding, errors="replace"))


@FUZZ
@given(st.binary(max_size=512), st.booleans())
def test_random_zip_members(fuzz_dir, payload, as_sheet):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", payload if not as_sheet else b"<Types/>")
        archive.writestr("xl/workbook.xml", payload)
        if as_sheet:
            archive.writestr("xl/worksheets/sheet1.xml", payload)
    _parse_bytes(fuzz_dir, buffer.getvalue(), ".xlsx")
