"""Hostile, broken and huge inputs: a plain ImportFileError, never a hang or a crash."""

from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest

from ocse_planner.importers import ImportCancelled, ImportFileError, parse_attendance_file
from ocse_planner.importers.limits import MAX_FILE_BYTES


def refuse(path: Path, *words: str) -> str:
    with pytest.raises(ImportFileError) as caught:
        parse_attendance_file(path)
    message = str(caught.value)
    assert path.name in message
    for word in words:
        assert word in message
    return message


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.csv", b"", ("empty",)),
        ("blank.csv", b"\xef\xbb\xbf \r\n\r\n\t\r\n", ("no data",)),
        ("report.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", ("PDF",)),
        ("report.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), ("PNG image",)),
        ("photo.csv", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(64), ("JPEG image",)),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), (".xls", "save it as .xlsx")),
        ("fake.xlsx", b"name,email\nAna,ana@example.com\n", ("not one",)),
        ("garbage.csv", random.Random(7).randbytes(8192), ("binary",)),
        ("nul.csv", b"name,email\x00\x00\x00\nAna\x00,x\n", ("binary",)),
        ("headerless.csv", b"Ana Costa,ana@example.com\nLi Wei,li@example.com\n", ("no header row",)),
    ],
    ids=["empty", "only-blank-lines", "pdf", "png", "jpeg", "old-xls", "text-named-xlsx",
         "random-bytes", "nul-bytes", "headerless"],
)
def test_bad_files_are_refused_with_a_plain_message(write_file, name, content, words):
    refuse(write_file(name, content), *words)


def test_missing_file_and_folder(tmp_path):
    refuse(tmp_path / "nowhere.csv", "does not exist")
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    refuse(folder)


def _workbook_bytes(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _rewrite_zip(data: bytes, change) -> bytes:
    """Copy a ZIP, letting ``change(name, content)`` alter (or drop, with None) entries."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(
        out, "w", zipfile.ZIP_DEFLATED
    ) as target:
        for info in source.infolist():
            content = change(info.filename, source.read(info))
            if content is not None:
                target.writestr(info.filename, content)
    return out.getvalue()


TEMPLATE_ROWS = [["name", "email", "minutes"]] + [
    [f"Person {i}", f"person{i}@example.org", i % 90] for i in range(1, 3001)
]


def test_truncated_xlsx(write_file):
    data = _workbook_bytes(TEMPLATE_ROWS)
    refuse(write_file("cut.xlsx", data[: len(data) // 2]), "damaged or incomplete")


def test_xlsx_with_truncated_sheet_xml(write_file):
    def cut(name: str, content: bytes) -> bytes:
        return content[: len(content) // 2] if name == "xl/worksheets/sheet1.xml" else content

    refuse(write_file("half-sheet.xlsx", _rewrite_zip(_workbook_bytes(TEMPLATE_ROWS), cut)),
           "damaged or incomplete")


def test_zip_that_is_not_a_workbook(write_file):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("[Content_Types].xml", "<Types/>")
    refuse(write_file("letter.csv", buffer.getvalue()), "Word document")


def test_dimension_trap_all_rows_come_back(write_file):
    """openpyxl read_only trusts <dimension>; a stale A1:B1 would hide 2,999 rows."""

    def stale_dimension(name: str, content: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            assert b'<dimension ref="A1:C3001"/>' in content
            return content.replace(b'<dimension ref="A1:C3001"/>', b'<dimension ref="A1:B1"/>')
        return content

    path = write_file("trap.xlsx", _rewrite_zip(_workbook_bytes(TEMPLATE_ROWS), stale_dimension))

    # The trap is real: without reset_dimensions() read-only mode stops at row 1.
    naive = openpyxl.load_workbook(path, read_only=True, data_only=True)
    assert sum(1 for _ in naive.active.iter_rows(values_only=True)) == 1
    naive.close()

    report = parse_attendance_file(path)
    assert len(report.rows) == 3000
    assert report.rows[-1].email == "person3000@example.org"
    assert report.rows[-1].row_number == 3001
    assert report.rows[-1].minutes_attended == 3000 % 90


def test_zip_bomb_by_ratio_is_refused(write_file):
    buffer = io.BytesIO(_workbook_bytes(TEMPLATE_ROWS[:3]))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", bytes(20 * 1024 * 1024))  # ~1000:1
    refuse(write_file("bomb.xlsx", buffer.getvalue()), "zip bomb")


def test_zip_bomb_by_declared_size_is_refused(write_file):
    data = bytearray(_workbook_bytes(TEMPLATE_ROWS[:3]))
    # Make the central directory claim 300 MB for the sheet: refused before
    # a single byte is decompressed.
    entry = data.find(b"PK\x01\x02")  # central directory file headers
    while entry != -1:
        name_length = struct.unpack_from("<H", data, entry + 28)[0]
        name = bytes(data[entry + 46: entry + 46 + name_length])
        if name == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", data, entry + 24, 300 * 1024 * 1024)
            break
        entry = data.find(b"PK\x01\x02", entry + 4)
    assert entry != -1
    refuse(write_file("claims-300mb.xlsx", bytes(data)), "300 MB", "200 MB")


def test_oversized_file_is_refused(tmp_path):
    """How fast (from its size, without reading it): bench/bench_refusals.py."""
    path = tmp_path / "huge.csv"
    with open(path, "wb") as handle:  # sparse: costs no disk space or time
        handle.truncate(MAX_FILE_BYTES + 1)
    assert refuse(path) == ('"huge.csv" is 100 MB; attendance reports larger than 100 MB are refused. '
                            "Check that this is the right file.")


def test_single_50mb_line_is_refused(write_file):
    """How fast: bench/bench_refusals.py."""
    refuse(write_file("one-line.csv", b"name,email," + b"x" * (50 * 1024 * 1024)), "line of")


def test_millions_of_empty_fields_on_one_line_are_refused(write_file):
    refuse(write_file("commas.csv", b"name,email\n" + b"," * (3 * 1024 * 1024)), "line of")


def _big_template(rows: int) -> str:
    lines = ["name,email,minutes"]
    lines += [f"P{i},p{i}@example.org,{i % 60}" for i in range(rows)]
    return "\n".join(lines) + "\n"


def test_progress_is_reported_every_thousand_rows(write_file):
    path = write_file("big.csv", _big_template(5_500))
    calls: list[tuple[int, int | None]] = []
    report = parse_attendance_file(path, progress=lambda done, total: calls.append((done, total)))
    assert len(report.rows) == 5_500
    assert 5 <= len(calls) <= 8
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert all(total is not None and done <= total for done, total in calls)
    assert calls[-1] == (5_501, 5_501)


def test_progress_for_workbooks_has_unknown_total(write_xlsx):
    rows = [["name", "email"]] + [[f"P{i}", f"p{i}@example.org"] for i in range(2_500)]
    calls: list[tuple[int, int | None]] = []
    parse_attendance_file(write_xlsx("big.xlsx", rows),
                          progress=lambda done, total: calls.append((done, total)))
    assert [total for _, total in calls[:-1]] == [None, None]
    assert calls[-1] == (2_501, 2_501)


def test_cancel_stops_the_import(write_file):
    path = write_file("big.csv", _big_template(5_000))
    polls = []

    def cancel() -> bool:
        polls.append(1)
        return len(polls) >= 2

    with pytest.raises(ImportCancelled):
        parse_attendance_file(path, cancel=cancel)
    assert len(polls) == 2  # polled once up front, then every 1,000 rows


def test_cancel_before_start(write_file):
    with pytest.raises(ImportCancelled):
        parse_attendance_file(write_file("t.csv", "name,email\n"), cancel=lambda: True)


DOCTYPE = b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">]>\n'


@pytest.mark.parametrize(
    ("member", "encode"),
    [("xl/worksheets/sheet1.xml", lambda xml: xml),
     ("_rels/.rels", lambda xml: xml),
     ("xl/worksheets/sheet1.xml", lambda xml: xml.decode("latin-1").encode("utf-16"))],  # with its byte-order mark
    ids=["sheet", "relationships", "utf-16-sheet"],
)
def test_a_document_type_declared_in_any_xml_part_is_refused(write_file, member, encode):
    def declare(name: str, content: bytes) -> bytes:
        if name != member:
            return content
        body = content.split(b"?>", 1)[1] if content.startswith(b"<?xml") else content
        return encode(DOCTYPE + body)

    path = write_file("entities.xlsx", _rewrite_zip(_workbook_bytes(TEMPLATE_ROWS[:3]), declare))
    refuse(path, "contains an XML document type declaration, which Excel never writes")


def test_a_word_document_is_named_as_such():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(ImportFileError) as caught:
        from ocse_planner.importers.workbook import check_archive

        check_archive(Path("letter.xlsx"), buffer.getvalue())
    assert str(caught.value) == '"letter.xlsx" is a Word document, not an Excel workbook or CSV report.'


def test_a_zip_bomb_is_refused_with_the_ratio_it_passed(write_file):
    from ocse_planner.importers.limits import MAX_XLSX_COMPRESSION_RATIO

    buffer = io.BytesIO(_workbook_bytes(TEMPLATE_ROWS[:3]))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", bytes(20 * 1024 * 1024))
    refuse(write_file("bomb.xlsx", buffer.getvalue()),
           f"is compressed more than {MAX_XLSX_COMPRESSION_RATIO}:1, which real reports never are")


def test_cancel_stops_a_workbook_import_too(write_xlsx):
    rows = [["name", "email"]] + [[f"P{i}", f"p{i}@example.org"] for i in range(2_500)]
    polls = []

    def cancel() -> bool:
        polls.append(1)
        return len(polls) >= 2

    with pytest.raises(ImportCancelled):
        parse_attendance_file(write_xlsx("big.xlsx", rows), cancel=cancel)
    assert len(polls) == 2
