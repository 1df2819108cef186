"""Workbooks (importers/workbook.py): which archives are refused and how, which XML parts
are checked for a document type, and how typed cells read (as their CSV text would).
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time, timedelta, timezone

import openpyxl
import pytest

from ocse_planner.importers import ImportFileError, parse_attendance_file
from ocse_planner.importers.workbook import _cell_text

DOCTYPE = b'<!doctype r [<!ENTITY a "aa">]>\n'


def workbook(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


BASE = [["name", "email", "attended", "minutes"], ["Ana", "ana@example.org", True, 45.0],
        ["Bo", "bo@example.org", False, 0]]


def with_parts(data: bytes, parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO(data)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def archive_of(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def refusal(path) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportFileError) as caught:
        parse_attendance_file(path)
    return str(caught.value)


@pytest.mark.parametrize(("parts", "reason"), [
    ({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"},
     "is an OpenDocument file (for example LibreOffice .ods), which is not supported. Save it as .xlsx or CSV."),
    ({"ppt/presentation.xml": "<x/>"}, "is a PowerPoint file, not an Excel workbook or CSV report."),
    ({"notes.txt": "x"}, "is a ZIP archive, not an Excel workbook or CSV report."),
], ids=["ods", "powerpoint", "zip"])
def test_an_archive_that_is_not_a_workbook_is_named_for_what_it_is(write_file, parts, reason):
    path = write_file("report.xlsx", archive_of(parts))
    assert refusal(path) == f'"report.xlsx" {reason}'


REFUSED = ('"book.xlsx" contains an XML document type declaration, which Excel never writes '
           "(it can hide an 'entity expansion' attack); it was refused.")


@pytest.mark.parametrize("part", [
    {"xl/drawings/vmlDrawing1.vml": DOCTYPE + b"<xml/>"},  # a drawing part, lower-case doctype
    {"xl/extra/PART.XML": DOCTYPE + b"<xml/>"},  # the part's name in capitals
    {"xl/extra/p.xml": b"\xef\xbb\xbf" + DOCTYPE + b"<xml/>"},  # after a UTF-8 byte-order mark
    {"xl/extra/p.xml": b"<!--" + b"x" * 70_000 + b"-->\n" + DOCTYPE + b"<root/>"},  # after a long comment
    {"xl/extra/p.xml": b"<?pi " + b"x" * 70_000 + b"?>\n" + DOCTYPE + b"<root/>"},  # after a long instruction
    {"xl/extra/p.xml": b"<!-- c -->" * 7_000 + b"<root/>"},  # a prolog longer than what is read
], ids=["vml", "capitals", "bom", "long-comment", "long-instruction", "many-comments"])
def test_a_document_type_in_any_xml_part_however_hidden_is_refused(write_file, part):
    assert refusal(write_file("book.xlsx", with_parts(workbook(BASE), part))) == REFUSED


@pytest.mark.parametrize("part", [
    {"xl/extra/part.bin": DOCTYPE + b"<xml/>"},  # not an XML part: never parsed as XML
    {"xl/extra/p.xml": b'<?xml version="1.0"?>\n<!-- a comment -->\n<?pi x?>\n<root/>'},
    {"xl/media/padding.bin": bytes(900 * 1024)},  # compressed 1000:1, but under 1 MB in all
], ids=["binary-part", "comments-and-instructions", "small-but-compressible"])
def test_a_workbook_with_harmless_extra_parts_imports(write_file, part):
    report = parse_attendance_file(write_file("book.xlsx", with_parts(workbook(BASE), part)))
    assert [(r.name, r.attended, r.minutes_attended) for r in report.rows] == [("Ana", True, 45), ("Bo", False, 0)]


@pytest.mark.parametrize(("value", "text"), [
    (None, ""), ("Ana", "Ana"), (True, "TRUE"), (False, "FALSE"), (45.0, "45"), (45.5, "45.5"), (3, "3"),
    (datetime(2022, 1, 25, 12, 58, 31), "2022-01-25 12:58:31"),
    (datetime(2022, 1, 25, 12, 58, tzinfo=timezone(timedelta(hours=-5))), "2022-01-25 12:58:00-05:00"),
    (date(2022, 1, 25), "2022-01-25"), (time(0, 45, 30), "00:45:30"), (timedelta(minutes=45, seconds=20), "2720s"),
])
def test_a_typed_cell_reads_as_its_text_would_in_a_csv(value, text):
    assert _cell_text(value) == text


def test_typed_attendance_answers_minutes_and_durations_import_like_text(write_file, write_xlsx):
    rows = [["name", "email", "attended", "minutes"], ["Ana", "ana@example.org", True, 45.5],
            ["Bo", "bo@example.org", False, time(0, 30)], ["Li", "li@example.org", None, timedelta(minutes=20)]]
    path = write_file("typed.xlsx", workbook(rows))
    report = parse_attendance_file(path)
    assert not report.problems
    assert [(r.name, r.attended, r.minutes_attended) for r in report.rows] == [
        ("Ana", True, 46), ("Bo", False, 30), ("Li", True, 20)]


def test_rows_a_workbook_leaves_out_count_as_blank_rows_in_its_progress(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["name", "email"])
    for row in [*range(2, 1002), *range(1101, 1201)]:  # rows 1002 to 1100 are not in the XML at all
        sheet.cell(row, 1, f"P{row}")
        sheet.cell(row, 2, f"p{row}@example.org")
    book.save(tmp_path / "gaps.xlsx")
    calls: list[tuple[int, int | None]] = []
    report = parse_attendance_file(tmp_path / "gaps.xlsx", progress=lambda done, total: calls.append((done, total)))
    assert len(report.rows) == 1_100 and report.rows[-1].row_number == 1_200
    assert calls == [(1025, None), (1200, 1200)]  # 1,024 rows a block, the left-out ones included


def test_a_workbook_duration_of_more_than_a_day_reads_as_its_minutes(write_file):
    rows = [["name", "email", "minutes"], ["Li", "li@example.org", timedelta(hours=1, minutes=5)],
            ["Bo", "bo@example.org", timedelta(days=1, hours=2)]]
    report = parse_attendance_file(write_file("durations.xlsx", workbook(rows)))
    assert not report.problems
    assert [(r.name, r.minutes_attended) for r in report.rows] == [("Li", 65), ("Bo", 1560)]


def test_a_workbook_compressed_exactly_a_hundred_to_one_is_read(write_file):
    """The limit is "more than 100:1": a workbook exactly at it is a report like any other."""
    for zeros in range(2 * 1024 * 1024, 2 * 1024 * 1024 + 5_000):
        padded = with_parts(workbook(BASE), {"xl/media/padding.bin": bytes(zeros)})
        infos = zipfile.ZipFile(io.BytesIO(padded)).infolist()
        excess = sum(i.file_size for i in infos) - 100 * sum(i.compress_size for i in infos)
        if excess > 0 and excess % 99 == 0:
            break
    buffer = io.BytesIO(padded)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr("xl/media/stored.bin", bytes(excess // 99))  # as large packed as unpacked
    infos = zipfile.ZipFile(buffer).infolist()
    assert sum(i.file_size for i in infos) == 100 * sum(i.compress_size for i in infos)
    report = parse_attendance_file(write_file("book.xlsx", buffer.getvalue()))
    assert [(r.name, r.attended, r.minutes_attended) for r in report.rows] == [("Ana", True, 45), ("Bo", False, 0)]


def test_a_formula_cell_reads_as_the_value_excel_saved_with_it(write_file):
    """Excel stores a formula's last result beside it: that result is imported, never the formula."""
    data = workbook([["name", "email", "attended", "minutes"], ["Ana", "ana@example.org", "yes", "=40+5"]])
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert b"<f>40+5</f><v></v>" in content
                content = content.replace(b"<f>40+5</f><v></v>", b"<f>40+5</f><v>45</v>")
            target.writestr(info, content)
    report = parse_attendance_file(write_file("book.xlsx", buffer.getvalue()))
    assert not report.problems
    assert [(r.name, r.minutes_attended) for r in report.rows] == [("Ana", 45)]


def test_a_workbook_without_any_worksheet_is_refused_by_name(tmp_path):
    """Its package is sound (a workbook part listing no sheet): nothing to read, and it says so."""
    from tests.services.messages import said

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relations = "http://schemas.openxmlformats.org/package/2006/relationships"
    path = tmp_path / "empty.xlsx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'))
        package.writestr("_rels/.rels", f'<Relationships xmlns="{relations}"><Relationship Id="rId1" Type="http://'
                         'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                         'Target="xl/workbook.xml"/></Relationships>')
        package.writestr("xl/workbook.xml", f'<workbook xmlns="{main}"><sheets/></workbook>')
        package.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{relations}"/>')
    with pytest.raises(ImportFileError) as refused:
        parse_attendance_file(path)
    assert said(refused.value) == ('"empty.xlsx" is an Excel workbook without any worksheet.',
                                   "«\u00a0empty.xlsx\u00a0» est un classeur Excel sans aucune feuille de calcul.")
