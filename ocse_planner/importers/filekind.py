"""Recognise what a file really is from its first bytes, not from its name.

Organisers rename files, e-mail clients mangle extensions and platforms
export "CSV" files that are tab-separated UTF-16.  Trusting the content
instead of the extension lets us (a) read a workbook saved as ``.csv``,
and (b) refuse a PDF, an image or an old ``.xls`` with a message that says
what the file actually is and what to do, instead of "unknown layout".
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path

from ocse_planner.services.errors import N_, os_reason

from .errors import ImportFileError
from .limits import MAX_FILE_BYTES


class FileKind(Enum):
    """The two kinds of input the importer can read."""

    TEXT = "text"
    XLSX = "xlsx"


_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

#: Signatures of common files that are certainly not attendance reports,
#: with the plain-words explanation shown to the organiser.
_REFUSED_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", N_("is a PDF document, not a CSV or Excel report. "
                 "Download the report again as CSV or XLSX.")),
    (b"\x89PNG\r\n\x1a\n", N_("is a PNG image, not a CSV or Excel report.")),
    (b"\xff\xd8\xff", N_("is a JPEG image, not a CSV or Excel report.")),
    (b"GIF87a", N_("is a GIF image, not a CSV or Excel report.")),
    (b"GIF89a", N_("is a GIF image, not a CSV or Excel report.")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     N_("is an old-style Excel 97-2003 (.xls) file, which is not supported. "
        "Open it in Excel and save it as .xlsx or CSV.")),
    (b"\x1f\x8b", N_("is a compressed (gzip) archive, not a CSV or Excel report.")),
    (b"7z\xbc\xaf\x27\x1c", N_("is a compressed (7-Zip) archive, not a CSV or Excel report.")),
    (b"Rar!\x1a\x07", N_("is a compressed (RAR) archive, not a CSV or Excel report.")),
    (b"BZh", N_("is a compressed (bzip2) archive, not a CSV or Excel report.")),
    (b"\xfd7zXZ\x00", N_("is a compressed (xz) archive, not a CSV or Excel report.")),
    (b"{\\rtf", N_("is a Word/RTF document, not a CSV or Excel report.")),
)

_XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm"})


def read_limited(path: Path) -> bytes:
    """Read the whole file, refusing missing, empty and oversized files.

    The size is checked both before reading (cheap, from ``stat``) and while
    reading (a file that grows between the two is still capped).
    """
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        raise ImportFileError(path, "does not exist (it may have been moved or deleted).") from None
    except OSError as exc:
        raise ImportFileError(path, "cannot be opened ({detail}).", detail=os_reason(exc)) from None
    if path.is_dir():
        raise ImportFileError(path, "is a folder, not a file.")
    if size > MAX_FILE_BYTES:
        raise _too_big(path, size)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImportFileError(path, "cannot be read ({detail}).", detail=os_reason(exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(path, len(data))
    if not data:
        raise ImportFileError(path, "is empty.")
    return data


def classify(path: Path, data: bytes) -> FileKind:
    """Decide between text and XLSX, or raise ImportFileError for anything else."""
    if data.startswith(_ZIP_MAGICS):
        return FileKind.XLSX
    for magic, reason in _REFUSED_SIGNATURES:
        if data.startswith(magic):
            raise ImportFileError(path, reason)
    if path.suffix.lower() in _XLSX_SUFFIXES:
        raise ImportFileError(
            path,
            "is named like an Excel workbook but is not one (it may be damaged, "
            "incomplete, or a different kind of file renamed to .xlsx).",
        )
    return FileKind.TEXT


def _too_big(path: Path, size: int) -> ImportFileError:
    return ImportFileError(
        path, "is {size:,.0f} MB; attendance reports larger than {limit} MB are refused. "
        "Check that this is the right file.", size=size / 1024 / 1024, limit=MAX_FILE_BYTES // 1024 // 1024
    )
