"""Detect the text encoding of a CSV/TSV report.

Why this matters: Teams writes UTF-16 LE with a BOM, Excel on Windows saves
"CSV UTF-8" with a BOM and plain "CSV" in Windows-1252, and Zoom writes UTF-8.
Reading a BOM file as plain ``utf-8`` leaves ``'\\ufeffname'`` as the first
header, which silently breaks column matching; reading cp1252 as UTF-8 fails
on the first "Geneviève".  The order below goes from certain to guessed:

1. a byte-order mark (UTF-32, UTF-8, UTF-16) is authoritative;
2. UTF-16 without a BOM is recognised by every other byte being NUL;
3. NUL or many control bytes otherwise mean a binary file, refused;
4. strict UTF-8 is tried next (it almost never decodes non-UTF-8 text);
5. Windows-1252 is the fallback, for a file with no valid UTF-8 sequence at all.

Never mojibake: the whole file is then decoded strictly (`decode_text`). A file that is
mostly UTF-8 with one row in another encoding (a row pasted from an old file: "GeneviÃ¨ve"
once stored), bytes Windows-1252 does not define, text that reads as Windows-1252 but is
clearly another encoding (KOI8-R or Windows-1251 Cyrillic turns into words made only of
accented capitals), or a NUL anywhere are refused with the line that breaks.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ImportFileError
from .limits import SNIFF_BYTES

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # (bom, codec that consumes the BOM itself, name reported to the caller)
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)

# Control bytes that never occur in text reports (tab, LF, VT, FF, CR and
# the DOS end-of-file marker 0x1A are allowed).
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 26)) + b"\x7f"
_BINARY_TABLE = bytes.maketrans(b"", b"")


@dataclass(frozen=True)
class TextEncoding:
    """How to decode a file: ``codec`` for Python, ``name`` for the report."""

    codec: str
    name: str
    errors: str = "strict"
    #: Characters per newline byte pattern, used to estimate the row count.
    newline: bytes = b"\n"


def detect_encoding(path: Path, data: bytes) -> TextEncoding:
    """Return how to decode *data*, or raise ImportFileError for binary content."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            newline = b"\n\x00" if name == "utf-16-le" else b"\x00\n" if name == "utf-16-be" else b"\n"
            return TextEncoding(codec, name, "strict", newline)

    sample = data[:SNIFF_BYTES]
    bom_less = _bom_less_utf16(sample)
    if bom_less is not None:
        newline = b"\n\x00" if bom_less == "utf-16-le" else b"\x00\n"
        return TextEncoding(bom_less, bom_less, "strict", newline)

    if _looks_binary(sample):
        raise ImportFileError(
            path,
            "does not look like a text (CSV) file or an Excel workbook: it contains "
            "binary data. Export the report again as CSV or XLSX.",
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _has_utf8_sequences(data):
            line = _line_at(data, exc.start)
            raise ImportFileError(
                path,
                "mixes two text encodings: line {line:,} is not UTF-8 although the rest of the file "
                "is ({snippet}). Open it in a spreadsheet program, save it as CSV UTF-8 and import it again.",
                line=line, snippet=_snippet(data, exc.start),
            ) from None
        return TextEncoding("cp1252", "cp1252")
    return TextEncoding("utf-8", "utf-8")


def decode_text(path: Path, data: bytes, encoding: TextEncoding) -> str:
    """The whole file as text, decoded strictly, or ImportFileError naming the line."""
    try:
        text = data.decode(encoding.codec)
    except UnicodeDecodeError as exc:
        line = _line_at(data, exc.start, encoding.newline)
        if encoding.codec == "cp1252":
            raise ImportFileError(
                path, "is neither UTF-8 nor Windows-1252: line {line:,} holds the byte {byte}, which "
                "Windows-1252 does not define. Save it as CSV UTF-8 and import it again.",
                line=line, byte=f"0x{data[exc.start]:02X}") from None
        raise ImportFileError(
            path, "is not valid {encoding}: line {line:,} cannot be decoded. Save it as CSV UTF-8 and import it again.",
            encoding=encoding.name.upper(), line=line) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise ImportFileError(
            path,
            "contains a NUL character on line {line:,}: it is not a text "
            "(CSV) file, or it is damaged. Export the report again as CSV or XLSX.",
            line=text.count(chr(10), 0, nul) + 1,
        )
    if encoding.codec == "cp1252":
        garbled = _garbled_line(text)
        if garbled is not None:
            raise ImportFileError(
                path,
                "is not UTF-8, and read as Windows-1252 its text is garbled (line {line:,}: "
                "'{text}'), so it is in another encoding (Cyrillic KOI8-R or Windows-1251, "
                "perhaps). Save it as CSV UTF-8 and import it again.",
                line=garbled[0], text=garbled[1],
            )
    return text


_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_WORD = re.compile(r"[^\W\d_]+")


def _has_utf8_sequences(data: bytes) -> bool:
    """Whether `data` holds well-formed multi-byte UTF-8 (so it is UTF-8 text, mostly)."""
    return _UTF8_SEQUENCE.search(data) is not None


def _garbled_line(text: str) -> tuple[int, str] | None:
    """Where Windows-1252-decoded text is clearly another encoding, if it is.

    Western text has a few accented letters per word ("été", "Geneviève"); Cyrillic read
    as Windows-1252 gives words made of nothing else ("ëÏÎÓÔÁÎÔÉÎ"). When a third or
    more of the words with accented letters look like that, the file is refused.
    """
    accented = suspicious = 0
    first: tuple[int, str] | None = None
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        accented += 1
        others = sum(1 for c in word if not c.isascii())
        if others >= 3 and others > 0.6 * len(word):
            suspicious += 1
            if first is None:
                first = (text.count("\n", 0, match.start()) + 1, word[:40])
    return first if suspicious and suspicious * 3 >= accented else None


def _line_at(data: bytes, offset: int, newline: bytes = b"\n") -> int:
    return data.count(newline, 0, offset) + 1


def _snippet(data: bytes, offset: int) -> str:
    start = data.rfind(b"\n", 0, offset) + 1
    end = data.find(b"\n", offset)
    line = data[start:end if end >= 0 else len(data)][:60]
    return "'" + line.decode("cp1252", "replace").strip() + "'"


def decode_sample(data: bytes, encoding: TextEncoding, size: int = SNIFF_BYTES) -> str:
    """Decode the start of the file (for delimiter sniffing); a cut character is dropped.

    Strictly: the whole file has already been decoded strictly (`decode_text`)."""
    decoder = codecs.getincrementaldecoder(encoding.codec)()
    return decoder.decode(data[:size], final=False)


def _bom_less_utf16(sample: bytes) -> str | None:
    """UTF-16 without BOM: for Latin text, every other byte is NUL."""
    length = len(sample) - (len(sample) % 2)
    if length < 4:
        return None
    even_nuls = sample[0:length:2].count(0)
    odd_nuls = sample[1:length:2].count(0)
    half = length // 2
    if odd_nuls >= 0.9 * half and even_nuls <= 0.1 * half:
        return "utf-16-le"
    if even_nuls >= 0.9 * half and odd_nuls <= 0.1 * half:
        return "utf-16-be"
    return None


def _looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(_BINARY_TABLE, _BINARY_BYTES))
    return controls > max(1, len(sample) // 100)
