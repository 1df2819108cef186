"""What a file is, read from its first bytes: each kind of non-report refused by name.

A report renamed, mangled by an e-mail client or saved as the wrong type is recognised
from its content (importers/filekind.py); the organizer is told what the file really is.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from ocse_planner.importers import ImportFileError, parse_attendance_file


def refusal(path) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportFileError) as caught:
        parse_attendance_file(path)
    return str(caught.value)


@pytest.mark.parametrize(("content", "reason"), [
    (b"GIF87a" + bytes(40), "is a GIF image, not a CSV or Excel report."),
    (b"GIF89a" + bytes(40), "is a GIF image, not a CSV or Excel report."),
    (b"\x1f\x8b\x08\x00" + bytes(40), "is a compressed (gzip) archive, not a CSV or Excel report."),
    (b"7z\xbc\xaf\x27\x1c" + bytes(40), "is a compressed (7-Zip) archive, not a CSV or Excel report."),
    (b"Rar!\x1a\x07\x00" + bytes(40), "is a compressed (RAR) archive, not a CSV or Excel report."),
    (b"BZh91AY&SY" + bytes(40), "is a compressed (bzip2) archive, not a CSV or Excel report."),
    (b"\xfd7zXZ\x00\x00" + bytes(40), "is a compressed (xz) archive, not a CSV or Excel report."),
    (b"{\\rtf1\\ansi name,email\\par}", "is a Word/RTF document, not a CSV or Excel report."),
    (b"%PDF-1.7\n", "is a PDF document, not a CSV or Excel report. Download the report again as CSV or XLSX."),
    (b"\x89PNG\r\n\x1a\n" + bytes(40), "is a PNG image, not a CSV or Excel report."),
    (b"\xff\xd8\xff\xe0" + bytes(40), "is a JPEG image, not a CSV or Excel report."),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(40),
     "is an old-style Excel 97-2003 (.xls) file, which is not supported. Open it in Excel and save it as .xlsx or CSV."),
], ids=["gif87", "gif89", "gzip", "7z", "rar", "bzip2", "xz", "rtf", "pdf", "png", "jpeg", "xls"])
def test_a_file_that_is_not_a_report_is_named_for_what_it_is(write_file, content, reason):
    path = write_file("report.csv", content)
    assert refusal(path) == f'"{path.name}" {reason}'


def test_an_empty_zip_archive_is_read_as_an_archive_not_as_text(write_file):
    buffer = io.BytesIO()
    zipfile.ZipFile(buffer, "w").close()  # an empty archive starts PK\x05\x06
    assert buffer.getvalue().startswith(b"PK\x05\x06")
    path = write_file("report.csv", buffer.getvalue())
    assert refusal(path) == f'"{path.name}" is a ZIP archive, not an Excel workbook or CSV report.'


def test_a_spanned_zip_marker_is_read_as_an_archive(write_file):
    path = write_file("report.csv", b"PK\x07\x08" + b"name,email\nAna,ana@example.org\n")
    assert refusal(path).startswith(f'"{path.name}" could not be read as an Excel workbook: it is damaged')


@pytest.mark.parametrize("name", ["report.XLSX", "report.xlsm", "report.xltx", "report.xltm"])
def test_text_named_like_any_excel_workbook_is_refused(write_file, name):
    path = write_file(name, "name,email\nAna,ana@example.org\n")
    assert refusal(path) == (f'"{path.name}" is named like an Excel workbook but is not one (it may be damaged, '
                             "incomplete, or a different kind of file renamed to .xlsx).")


def test_text_with_another_name_is_read_as_text(write_file):
    for name in ("report.txt", "report.xlsb.csv"):
        report = parse_attendance_file(write_file(name, "name,email\nAna,ana@example.org\n"))
        assert [r.name for r in report.rows] == ["Ana"]


def test_a_folder_and_an_empty_file_are_refused_in_plain_words(tmp_path, write_file):
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    assert refusal(folder) == f'"{folder.name}" is a folder, not a file.'
    empty = write_file("empty.csv", b"")
    assert refusal(empty) == f'"{empty.name}" is empty.'


def test_a_file_of_exactly_the_size_limit_is_read(tmp_path):
    from ocse_planner.importers.limits import MAX_FILE_BYTES

    path = tmp_path / "limit.csv"
    with open(path, "wb") as handle:  # sparse: the NULs after the header make it binary, read to the end
        handle.write(b"name,email\n")
        handle.truncate(MAX_FILE_BYTES)
    assert "binary data" in refusal(path)


def test_a_file_that_cannot_be_opened_is_named_with_the_reason(tmp_path):
    path = tmp_path / ("x" * 300 + ".csv")  # longer than a file name may be
    error = refusal(path)
    assert error == f'"{path.name}" cannot be opened (File name too long).'
