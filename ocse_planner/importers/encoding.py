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
5. Windows-1252 is the fallback (undefined bytes become U+FFFD).
"""

from __future__ import annotations

import codecs
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
            return TextEncoding(codec, name, "replace", newline)

    sample = data[:SNIFF_BYTES]
    bom_less = _bom_less_utf16(sample)
    if bom_less is not None:
        newline = b"\n\x00" if bom_less == "utf-16-le" else b"\x00\n"
        return TextEncoding(bom_less, bom_less, "replace", newline)

    if _looks_binary(sample):
        raise ImportFileError(
            path,
            "does not look like a text (CSV) file or an Excel workbook: it contains "
            "binary data. Export the report again as CSV or XLSX.",
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return TextEncoding("cp1252", "cp1252", "replace")
    return TextEncoding("utf-8", "utf-8")


def decode_sample(data: bytes, encoding: TextEncoding, size: int = SNIFF_BYTES) -> str:
    """Decode the start of the file (for delimiter sniffing); a cut character is dropped."""
    decoder = codecs.getincrementaldecoder(encoding.codec)(errors="replace")
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
