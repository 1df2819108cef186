"""Text encodings: which ones are read, what counts as binary, and where damage is named.

importers/encoding.py decides how a text report is decoded; a file it cannot decode
honestly is refused with the line that breaks, never imported as mojibake.
"""

from __future__ import annotations

import codecs

import pytest

from ocse_planner.importers import ImportFileError, parse_attendance_file
from ocse_planner.importers.encoding import _garbled_line

# "Ċ" is U+010A: in UTF-16 one of its bytes is the LF byte (0A), which must not end a line.
TEXT = "name,email,attended\r\nĊelina Ċarr,c@example.org,yes\r\nAna,a@example.org,yes\r\n"


def refusal(path) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportFileError) as caught:
        parse_attendance_file(path)
    return str(caught.value)


@pytest.mark.parametrize(("raw", "name"), [
    (TEXT.encode("utf-32"), "utf-32-le"),
    (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "utf-32-be"),
], ids=["utf32le", "utf32be"])
def test_a_utf32_report_with_its_byte_order_mark_imports_like_its_utf8_twin(write_file, raw, name):
    twin = parse_attendance_file(write_file("twin.csv", TEXT))
    report = parse_attendance_file(write_file("wide.csv", raw))
    assert report.encoding == name
    assert report.rows == twin.rows and len(report.rows) == 2


@pytest.mark.parametrize(("raw", "name"), [
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le") + b"\x00\xd8\x41\x00", "UTF-16-LE"),
    (TEXT.encode("utf-16-le") + b"\x00\xd8\x41\x00", "UTF-16-LE"),
    (TEXT.encode("utf-16-be") + b"\xd8\x00\x00\x41", "UTF-16-BE"),
], ids=["le-with-bom", "le-without-bom", "be-without-bom"])
def test_a_broken_utf16_file_names_its_line_even_when_a_letter_holds_the_newline_byte(write_file, raw, name):
    path = write_file("broken.csv", raw)
    assert refusal(path) == (f'"broken.csv" is not valid {name}: line 4 cannot be decoded. '
                             "Save it as CSV UTF-8 and import it again.")


def test_vertical_tabs_form_feeds_and_the_dos_end_of_file_mark_are_text_not_binary(write_file):
    rows = b"".join(b"Ana\x0bCosta %d\x0c,a%d@example.org\x1a\n" % (i, i) for i in range(5))
    report = parse_attendance_file(write_file("old.csv", b"name,email\n" + rows))
    assert [r.email for r in report.rows] == [f"a{i}@example.org" for i in range(5)]
    assert report.cleaned_values == 10  # each name and each address held a control character


def test_delete_characters_make_a_file_binary(write_file):
    rows = b"".join(b"Ana\x7fCosta %d,a%d@example.org\n" % (i, i) for i in range(5))
    assert "it contains binary data" in refusal(write_file("del.csv", b"name,email\n" + rows))


def test_one_control_character_in_a_hundred_bytes_is_text_and_more_is_binary(write_file):
    def file_of(size: int, controls: int) -> bytes:
        head = b"name,email\n" + b"\x01" * controls + b"Ana,ana@example.org\n"
        return head + b"x" * (size - len(head) - 1) + b"\n"

    for size, controls in ((100, 1), (199, 1), (300, 3)):
        report = parse_attendance_file(write_file("ok.csv", file_of(size, controls)))
        assert report.rows[0].name == "Ana"
    for size, controls in ((100, 2), (300, 4)):
        assert "it contains binary data" in refusal(write_file("bad.csv", file_of(size, controls)))


def test_a_nul_past_the_first_64_kib_is_refused_naming_its_line(write_file):
    raw = b"name,email\n" + b"Ana Costa,ana@example.org\n" * 3000 + b"Bo\x00Li,bo@example.org\n"
    assert refusal(write_file("nul.csv", raw)) == (
        '"nul.csv" contains a NUL character on line 3,002: it is not a text (CSV) file, or it is damaged. '
        "Export the report again as CSV or XLSX.")


def test_a_byte_windows_1252_does_not_define_is_named_with_its_line(write_file):
    raw = "name,email\nRené,r@example.org\n".encode("cp1252") + b"Bo\x81Li,b@example.org\n"
    assert refusal(write_file("cp.csv", raw)) == (
        '"cp.csv" is neither UTF-8 nor Windows-1252: line 3 holds the byte 0x81, which Windows-1252 does not '
        "define. Save it as CSV UTF-8 and import it again.")


def test_a_last_line_in_another_encoding_is_quoted_to_sixty_bytes(write_file):
    raw = "name,email\nZoë A,zoe@example.org\n".encode() + b"Ren\xe9 " + b"x" * 80 + b",rene@example.org"
    assert refusal(write_file("mixed.csv", raw)) == (
        '"mixed.csv" mixes two text encodings: line 3 is not UTF-8 although the rest of the file is '
        f"('René {'x' * 55}'). Open it in a spreadsheet program, save it as CSV UTF-8 and import it again.")


def test_a_third_of_the_accented_words_made_only_of_accents_is_another_encoding():
    # Words of 3+ accented letters, more than 60 % of the word: Cyrillic read as Windows-1252.
    assert _garbled_line("été\nÐÆÞ x\nDesrosiers Émile") == (2, "ÐÆÞ")
    assert _garbled_line("été Émile\nÐÆÞ") == (2, "ÐÆÞ")  # exactly one in three
    assert _garbled_line("été Émile Zoë\nÐÆÞ") is None  # one in four
    assert _garbled_line("ÐÆa") is None  # two accented letters only
    assert _garbled_line("ÐÆÞab") is None  # three of five letters: not more than 60 %
    assert _garbled_line("ÐÆÞa") == (1, "ÐÆÞa")
    assert _garbled_line("x" + "Ð" * 50) == (1, "x" + "Ð" * 39)


def test_capital_letters_are_text(write_file):
    rows = "".join(f"XAVIER XXL {i},X{i}@EXAMPLE.ORG\n" for i in range(5))
    report = parse_attendance_file(write_file("caps.csv", "NAME,EMAIL\n" + rows))
    assert len(report.rows) == 5


def test_a_nul_as_the_very_first_character_is_refused_on_line_1(write_file):
    raw = codecs.BOM_UTF16_BE + "\x00name,email\nAna,ana@example.org\n".encode("utf-16-be")
    assert refusal(write_file("nul16.csv", raw)).startswith('"nul16.csv" contains a NUL character on line 1:')


def test_two_characters_of_utf16_without_a_byte_order_mark_are_read_as_text(write_file):
    from ocse_planner.importers import UnknownLayoutError

    with pytest.raises(UnknownLayoutError) as caught:
        parse_attendance_file(write_file("tiny.csv", "a\n".encode("utf-16-le")))
    assert caught.value.headers == ["a"]


def test_one_nul_in_the_first_64_kib_makes_a_file_binary(write_file):
    """However few control characters it has otherwise: a NUL is never text."""
    from tests.services.messages import said

    raw = b"name,email\n" + b"Ana Costa,ana@example.org\n" * 100 + b"Bo\x00Li,bo@example.org\n"
    with pytest.raises(ImportFileError) as caught:
        parse_attendance_file(write_file("nul.csv", raw))
    assert said(caught.value) == (
        '"nul.csv" does not look like a text (CSV) file or an Excel workbook: it contains binary data. '
        "Export the report again as CSV or XLSX.",
        "«\u00a0nul.csv\u00a0» ne ressemble ni à un fichier texte (CSV) ni à un classeur Excel\u00a0: il contient "
        "des données binaires. Exportez de nouveau le rapport en CSV ou en XLSX.")
