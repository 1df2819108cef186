"""Encodings, BOMs, delimiters and line endings: accented names survive all of them."""

from __future__ import annotations

import codecs

import pytest

from ocse_planner.importers import parse_attendance_file

TEMPLATE = (
    "name,email,organization,sector,attended,minutes\r\n"
    "Geneviève Tremblay,genevieve@example.org,Ministère de la Santé,Public,oui,45\r\n"
    "Zoë Lefèvre,zoe@example.org,Café Crème,Privé,non,0\r\n"
)


@pytest.mark.parametrize(
    ("raw", "expected_encoding"),
    [
        (TEMPLATE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEMPLATE.encode("utf-8"), "utf-8-sig"),
        (TEMPLATE.encode("utf-16"), "utf-16-le"),  # Python writes LE with BOM
        (codecs.BOM_UTF16_BE + TEMPLATE.encode("utf-16-be"), "utf-16-be"),
        (TEMPLATE.encode("utf-16-le"), "utf-16-le"),  # no BOM: every other byte is NUL
        (TEMPLATE.encode("utf-16-be"), "utf-16-be"),
        (TEMPLATE.encode("cp1252"), "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-nobom", "utf16be-nobom", "cp1252"],
)
def test_accented_names_survive_every_encoding(write_file, raw, expected_encoding):
    report = parse_attendance_file(write_file("people.csv", raw))
    assert report.encoding == expected_encoding
    # A BOM left on the first header ('\ufeffname') would make this unknown.
    assert report.layout == "template"
    assert [r.name for r in report.rows] == ["Geneviève Tremblay", "Zoë Lefèvre"]
    assert report.rows[0].organization == "Ministère de la Santé"
    assert report.rows[1].sector == "Privé"
    assert not report.problems


def test_cp1252_specific_characters(write_file):
    text = "name,email\r\n\u201cSmart\u201d O\u2019Brien \u2013 Café,ob@example.org\r\n"
    report = parse_attendance_file(write_file("win.csv", text, "cp1252"))
    assert report.encoding == "cp1252"
    assert report.rows[0].name == "\u201cSmart\u201d O\u2019Brien \u2013 Café"


@pytest.mark.parametrize(
    ("delimiter", "row", "expected_org"),
    [
        (";", "Dupont, Jean;jean@example.org;ACME, Inc;Privé;oui;42,5", "ACME, Inc"),
        ("\t", "Dupont, Jean\tjean@example.org\tACME; Inc\tPrivé\toui\t42.5", "ACME; Inc"),
        (",", '"Dupont, Jean",jean@example.org,ACME; Inc,Privé,oui,"42,5"', "ACME; Inc"),
    ],
    ids=["semicolon-decimal-comma", "tab", "comma-quoted"],
)
def test_delimiters(write_file, delimiter, row, expected_org):
    header = delimiter.join(["name", "email", "organization", "sector", "attended", "minutes"])
    report = parse_attendance_file(write_file("d.csv", f"{header}\n{row}\n"))
    assert report.layout == "template"
    (person,) = report.rows
    assert (person.name, person.organization, person.minutes_attended) == (
        "Dupont, Jean", expected_org, 43)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_line_endings(write_file, newline):
    text = TEMPLATE.replace("\r\n", newline)
    report = parse_attendance_file(write_file("nl.csv", text))
    assert [r.row_number for r in report.rows] == [2, 3]


def test_quoted_multiline_cell_keeps_spreadsheet_row_numbers(write_file):
    text = (
        "name,email,organization\n"
        'Ana,ana@example.com,"Line one\nline two"\n'
        "Li,not-an-email,Org\n"
    )
    report = parse_attendance_file(write_file("ml.csv", text))
    assert report.rows[0].organization == "Line one line two"  # an imported value is one line
    assert report.cleaned_values == 1
    assert [(p.row, p.column) for p in report.problems] == [(3, "email")]


def test_utf16_without_bom_allows_one_character_in_ten_outside_latin():
    """At most one tenth of the characters may have the "wrong" byte zero (Ā is 01 00)."""
    from ocse_planner.importers.encoding import _bom_less_utf16

    text = "Ana Costa, Ottawa" + "Ā" * 2 + "x"  # 20 characters, 2 of them with a zero low byte
    assert _bom_less_utf16(text.encode("utf-16-be")) == "utf-16-be"
    assert _bom_less_utf16(text.encode("utf-16-le")) == "utf-16-le"
    assert _bom_less_utf16(("Ana Costa, Ottaw" + "Ā" * 3 + "x").encode("utf-16-be")) is None


def test_one_odd_word_among_french_accents_is_not_taken_for_another_encoding(write_file):
    """Only when a third or more of the accented words look like Cyrillic read as
    Windows-1252 is the file refused: one such word in French text is a name as written."""
    odd = TEMPLATE + "ÐÆÞØ Lund,lund@example.org,Café,Privé,oui,10\r\n"
    report = parse_attendance_file(write_file("people.csv", odd.encode("cp1252")))
    assert report.encoding == "cp1252" and report.rows[-1].name == "ÐÆÞØ Lund"
    cyrillic = ("name,email\r\nВасилий Петров,vp@example.org\r\nАнна Смирнова,as@example.org\r\n"
                .encode("cp1251"))
    from ocse_planner.importers import ImportFileError

    with pytest.raises(ImportFileError, match=r"its text is garbled \(line 2:"):
        parse_attendance_file(write_file("cyrillic.csv", cyrillic))


def test_a_broken_utf16_be_file_names_its_line_even_when_a_letter_holds_the_newline_byte(write_file):
    # "Ċ" is U+010A: in UTF-16-BE its bytes are 01 0A, the second being the LF byte.
    # Only the two-byte newline (00 0A) ends a line; the damage is on line 4.
    text = "name,email,attended\r\nĊelina Ċarr,c@example.org,yes\r\nAna,a@example.org,yes\r\n"
    raw = codecs.BOM_UTF16_BE + text.encode("utf-16-be") + b"\xd8\x00\x00\x41"
    from ocse_planner.importers import ImportFileError

    with pytest.raises(ImportFileError) as caught:
        parse_attendance_file(write_file("broken16be.csv", raw))
    assert "is not valid UTF-16-BE: line 4 cannot be decoded." in str(caught.value)


def test_a_utf16_be_report_with_crlf_imports_the_same_rows_as_its_utf8_twin(write_file):
    text = "name,email,attended\r\nĊelina Ċarr,c@example.org,yes\r\nAna,a@example.org,yes\r\n"
    twin = parse_attendance_file(write_file("twin8.csv", text.encode("utf-8")))
    wide = parse_attendance_file(write_file("twin16.csv", codecs.BOM_UTF16_BE + text.encode("utf-16-be")))
    assert wide.encoding == "utf-16-be"
    assert wide.rows == twin.rows and len(wide.rows) == 2
    assert not wide.problems
