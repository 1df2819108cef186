"""Turn a CSV/TSV report into rows of cells, safely and quickly.

Why not just ``csv.reader(open(path))``:

* the encoding must be detected first (see :mod:`.encoding`);
* the delimiter varies: Zoom and Eventbrite use commas, Teams tabs, and
  Excel in French or German locales semicolons;
* a hostile file must not hang or exhaust memory: a 50 MB line without a
  line break, or millions of empty fields on one line, are refused up front
  with a plain message, and ``csv.field_size_limit`` is raised to a *sane*
  value (not ``sys.maxsize``) so that long-but-bounded cells become row
  Problems instead of ``csv.Error`` crashes.

Rows are produced by the C ``csv`` reader wrapped in ``enumerate``: no
per-row Python code runs here, which keeps large files close to the speed
of the bare csv module.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from itertools import islice
from pathlib import Path

from ocse_planner.services.text import UNSAFE

from .encoding import TextEncoding, decode_sample
from .errors import ImportFileError
from .limits import MAX_CELL_CHARS, MAX_LINE_CHARS, SNIFF_BYTES

_CANDIDATE_DELIMITERS = ("\t", ",", ";")
_SNIFF_LINES = 50


@dataclass
class TextTable:
    """Rows of a delimited text file, with what the parser needs to know about them.

    ``rows`` yields ``(row_number, cells)`` with 1-based row numbers as a
    spreadsheet shows them (a quoted multi-line cell is still one row).
    ``may_have_long_cells`` is False when no cell can possibly exceed
    :data:`MAX_CELL_CHARS`, letting the parser skip the per-row length check.
    ``reader`` exposes ``line_num`` for error messages.
    """

    rows: Iterator[tuple[int, list[str]]]
    total_rows: int
    may_have_long_cells: bool
    reader: Any  # the csv reader object behind ``rows``
    #: False when no cell can hold a control character, tab or line break (checked once
    #: over the whole text), letting the parser skip cleaning every cell.
    may_need_cleaning: bool = True


def open_text_table(path: Path, data: bytes, encoding: TextEncoding, text: str) -> TextTable:
    """Prepare a row iterator over *text* (*data* decoded); raise ImportFileError if it
    cannot be a report."""
    _ensure_field_limit()
    sample = decode_sample(data, encoding)
    if len(data) <= SNIFF_BYTES and not sample.strip("\ufeff \t\r\n\x1a"):
        raise ImportFileError(path, "contains no data (only blank lines).")

    longest = _longest_line(data, encoding) if len(data) > MAX_CELL_CHARS else len(data)
    if longest > MAX_LINE_CHARS:
        raise ImportFileError(
            path,
            "contains a line of {length:,} characters. Attendance reports have short "
            "lines, so this is not a report (or it is damaged).", length=longest,
        )
    wide = encoding.name.startswith(("utf-16", "utf-32"))
    quote = '"'.encode(encoding.name) if wide else b'"'
    may_have_long_cells = longest > MAX_CELL_CHARS or (
        len(data) > MAX_CELL_CHARS and quote in data
    )

    delimiter = sniff_delimiter(sample)
    reader = csv.reader(_lines(text), delimiter=delimiter, strict=False)
    total = data.count(encoding.newline) + 1
    may_need_cleaning = ('"' in text or (delimiter != "\t" and "\t" in text)
                         or _may_be_dirty(text.replace("\n", "").replace("\r", "").replace("\t", "")))
    return TextTable(enumerate(reader, 1), total, may_have_long_cells, reader, may_need_cleaning)


def _lines(text: str) -> Iterator[str]:
    """The lines of *text*, line ends kept, as ``io.StringIO(text, newline="")`` gives
    them to the csv reader — without StringIO's copy of the whole text at four bytes a
    character (70 MB for a 100,000-row report). Only lone CRs (old Mac line ends) need
    StringIO's universal-newline splitting; a text with one is handed to it."""
    if text.count("\r") != text.count("\r\n"):
        yield from io.StringIO(text, newline="")
        return
    find = text.find
    start, size = 0, len(text)
    while start < size:
        end = find("\n", start) + 1 or size
        yield text[start:end]
        start = end


# What a cell may hold that an imported value must not (line ends between rows aside).
_CELL_DIRTY = re.compile(f"{UNSAFE.pattern}|[\u2028\u2029]")


def _may_be_dirty(text: str) -> bool:
    """Printable text holds nothing to clean; only otherwise is the expression run (slow
    on megabytes: its character class spans every plane)."""
    return not text.isprintable() and _CELL_DIRTY.search(text) is not None


def sniff_delimiter(sample: str) -> str:
    """Pick the delimiter that splits the busiest of the first lines the most.

    ``csv.Sniffer`` is slow and easily confused by Zoom's preamble and by the
    commas inside Teams dates (``7/22/26, 7:02:11 PM``); counting per line and
    taking the delimiter with the highest count on any single line (the header
    has the most columns) is robust for every export we know.
    """
    best = ","
    best_score = (0, 0)
    lines = [line for line in islice(sample.splitlines(), _SNIFF_LINES * 4) if line.strip()]
    lines = lines[:_SNIFF_LINES]
    for delimiter in _CANDIDATE_DELIMITERS:
        counts = [line.count(delimiter) for line in lines]
        score = (max(counts, default=0), sum(counts))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _text_stream(data: bytes, encoding: TextEncoding) -> io.TextIOWrapper:
    # newline="" is what the csv module requires: it keeps quoted line breaks
    # intact and accepts \n, \r\n and lone \r line endings alike.
    return io.TextIOWrapper(io.BytesIO(data), encoding=encoding.codec, errors="replace", newline="")


def _longest_line(data: bytes, encoding: TextEncoding) -> int:
    """Length in characters of the longest physical line (map/max run in C).

    For ASCII-compatible encodings the byte length of LF-separated lines is
    an upper bound that costs a fraction of decoding; only when that bound is
    above the cell limit (or the file uses lone-CR line endings) is the
    exact, decoded length computed.
    """
    # Called for data over MAX_CELL_CHARS bytes only: there is always a line (max needs no default).
    if encoding.codec in ("utf-8", "utf-8-sig", "cp1252"):
        bound = max(map(len, io.BytesIO(data)))
        if bound <= MAX_CELL_CHARS:
            return bound
    return max(map(len, _text_stream(data, encoding)))


def _ensure_field_limit() -> None:
    """Raise csv's per-field limit to our line limit, never lower it.

    The default (131,072) is fine today, but the limit is process-wide, and
    if anything lowers it below :data:`MAX_CELL_CHARS` a long cell would
    crash the reader instead of becoming a row Problem.
    """
    if csv.field_size_limit() < MAX_LINE_CHARS:
        csv.field_size_limit(MAX_LINE_CHARS)
