"""``parse_attendance_file``: from a path to a validated :class:`ParsedReport`.

The pipeline, each step in its own module:

1. :mod:`.filekind` reads the file (size-capped) and decides from its bytes
   whether it is text, an XLSX workbook, or something to refuse (PDF, image,
   old .xls, archive).
2. Text: :mod:`.encoding` detects the encoding, :mod:`.delimited` the
   delimiter and yields rows.  XLSX: :mod:`.workbook` checks the archive
   for bombs and yields rows with the dimension trap defused.
3. :mod:`.layouts` finds the header row and recognises the export (or uses
   the caller's column mapping); an unrecognised header raises
   :class:`UnknownLayoutError` carrying the headers for a mapping dialog.
4. :mod:`.rows` validates each row into a segment (or Problems);
   :mod:`.teams_events` pairs Teams' classic Joined/Left events instead.
5. :mod:`.merge` folds each person's segments into one AttendeeRow.

Only whole-file failures raise; row-level issues are collected as Problems.
"""

from __future__ import annotations

import csv
import gc
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from itertools import islice
from operator import itemgetter
from pathlib import Path

from .delimited import open_text_table
from .encoding import decode_text, detect_encoding
from .errors import ImportCancelled, ImportFileError, UnknownLayoutError
from .filekind import FileKind, classify, read_limited
from .headers import guess_header, looks_like_data, normalize_header, trimmed
from .layouts import (
    AUTO_VARIANTS,
    LAYOUT_NAMES,
    HeaderMatch,
    ScanResult,
    Variant,
    find_header,
    mapped_variant,
)
from .limits import HEADER_SCAN_ROWS, PROGRESS_EVERY_ROWS
from .merge import SegmentMerger, merge_segment, person_key
from .models import ParsedReport, Problem
from .preamble import extract_summary
from .rows import END_OF_TABLE, Converter, Segment, make_converter
from .teams_events import TeamsEventCollector
from .cleaning import TextCleaner
from .workbook import check_archive, open_workbook, sheet_rows

Progress = Callable[[int, "int | None"], None]
Cancel = Callable[[], bool]

_IDENTITY_FIELDS = ("name", "first_name", "last_name", "email")
_IDENTITY_WORDS = ("name", "nom", "mail", "courriel")
_KNOWN_HEADERS = frozenset({"organization", "organisation", "sector", "attended", "minutes",
                            "registered", "join time", "leave time", "company", "industry"})
_LABELS = {"zoom": "Zoom", "teams": "Microsoft Teams", "eventbrite": "Eventbrite",
           "template": "OCSE template"}


def parse_attendance_file(
    path: str | os.PathLike[str],
    *,
    layout: str = "auto",
    mapping: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ParsedReport:
    """Parse a Zoom, Teams, Eventbrite or template report (CSV/TSV or XLSX).

    ``layout`` is ``"auto"`` (detect from the headers) or one of ``"zoom"``,
    ``"teams"``, ``"eventbrite"``, ``"template"``, ``"mapped"`` to insist on
    one.  ``mapping`` (``{logical_field: source_header}``, logical fields
    being ``name, first_name, last_name, email, organization, sector,
    attended, minutes, join_time, leave_time, registered``) is typically the
    answer of a column-mapping dialog shown after :class:`UnknownLayoutError`;
    when given, the file is read with it (layout ``"mapped"``) instead of
    being auto-detected.

    ``progress(done_rows, total_rows)`` is called every
    :data:`~.limits.PROGRESS_EVERY_ROWS` rows and once at the end
    (``total_rows`` is an estimate for text files and None for workbooks);
    ``cancel()`` is polled as often, and :class:`ImportCancelled` is raised
    when it returns True.

    Raises :class:`ImportFileError` (or its subclass
    :class:`UnknownLayoutError`) for whole-file problems; never for a bad row.
    """
    variants = _variants_for(layout, mapping)
    path = Path(path)
    if cancel is not None and cancel():
        raise ImportCancelled()
    with gc_paused():
        return _parse_path(path, variants, layout, mapping, progress, cancel)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while rows are built (or planned, or stored).

    A large report creates hundreds of thousands of long-lived objects at
    once; the collector would repeatedly traverse all of them (and the whole
    application heap) for nothing, since rows form no reference cycles.
    Reference counting still frees memory as usual, and the collector is
    re-enabled afterwards only if it was enabled before.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse_path(
    path: Path,
    variants: tuple[Variant, ...],
    layout: str,
    mapping: Mapping[str, str] | None,
    progress: Progress | None,
    cancel: Cancel | None,
) -> ParsedReport:
    file = str(path)
    data = read_limited(path)
    if classify(path, data) is FileKind.XLSX:
        check_archive(path, data)
        with open_workbook(path, data) as workbook:
            return _parse_workbook(file, workbook, variants, layout, mapping, progress, cancel)

    encoding = detect_encoding(path, data)
    text = decode_text(path, data, encoding)
    table = open_text_table(path, data, encoding, text)
    del data, text  # the row iterator holds what it needs
    try:
        scan = find_header(table.rows, variants, HEADER_SCAN_ROWS)
        return _parse_table(file, scan, table.rows, table.total_rows, table.may_have_long_cells,
                            encoding.name, layout, mapping, progress, cancel, table.may_need_cleaning)
    except csv.Error as exc:
        raise ImportFileError(file, "could not be read as CSV near line {line:,} ({detail}).",
                              line=table.reader.line_num, detail=str(exc)) from None


def _variants_for(layout: str, mapping: Mapping[str, str] | None) -> tuple[Variant, ...]:
    if layout not in ("auto", *LAYOUT_NAMES):
        raise ValueError(f"unknown layout {layout!r}; expected 'auto' or one of {LAYOUT_NAMES}")
    if mapping:
        if layout not in ("auto", "mapped"):
            raise ValueError("a column mapping can only be used with layout='auto' or 'mapped'")
        return (mapped_variant(mapping),)
    if layout == "mapped":
        raise ValueError("layout='mapped' needs a mapping {logical_field: source_header}")
    if layout == "auto":
        return AUTO_VARIANTS
    return tuple(v for v in AUTO_VARIANTS if v.layout == layout)


def _parse_workbook(
    file: str,
    workbook: object,
    variants: tuple[Variant, ...],
    layout: str,
    mapping: Mapping[str, str] | None,
    progress: Progress | None,
    cancel: Cancel | None,
) -> ParsedReport:
    """Use the first sheet (active sheet first) whose header is recognised."""
    sheets = list(workbook.worksheets)  # type: ignore[attr-defined]
    active = workbook.active  # type: ignore[attr-defined]
    if active in sheets:
        sheets.remove(active)
        sheets.insert(0, active)
    if not sheets:
        raise ImportFileError(file, "is an Excel workbook without any worksheet.")
    first_scan: ScanResult | None = None
    for sheet in sheets:
        rows = sheet_rows(Path(file), sheet)
        scan = find_header(rows, variants, HEADER_SCAN_ROWS)
        if scan.match is not None:
            rows.limit = max(scan.match.width, 1)  # data rows: only the columns read
            return _parse_table(file, scan, rows, None, True, "xlsx", layout, mapping,
                                progress, cancel, True)
        first_scan = first_scan or scan
    assert first_scan is not None
    raise _unrecognised(file, first_scan, layout, mapping)


def _parse_table(
    file: str,
    scan: ScanResult,
    rows: Iterator[tuple[int, list[str]]],
    total: int | None,
    check_lengths: bool,
    encoding: str,
    layout: str,
    mapping: Mapping[str, str] | None,
    progress: Progress | None,
    cancel: Cancel | None,
    clean_cells: bool,
) -> ParsedReport:
    match = scan.match
    if match is None:
        raise _unrecognised(file, scan, layout, mapping)
    _require_identity(file, match)
    _refuse_duplicate_columns(file, match)
    summary = extract_summary(match.preamble)
    problems: list[Problem] = []
    merger = SegmentMerger()
    cleaner = TextCleaner()
    if match.variant.events:
        collector = TeamsEventCollector(match, file, problems, cleaner)
        done = _drive_events(rows, collector, match.row_number, total, progress, cancel)
        for segment in collector.segments(summary):
            merger.add(segment)
    else:
        convert = make_converter(match, file, problems, check_lengths, cleaner if clean_cells else None)
        done = _drive_columns(rows, convert, merger, match.row_number, total, progress, cancel)

    attendees = merger.rows()
    if not attendees and not problems:
        problems.append(Problem(file, None, None,
                                "the file has column headers but no attendee rows"))
    if progress is not None:
        progress(done, done)
    return ParsedReport(file, match.variant.layout, attendees, problems, encoding,
                        header_row=match.row_number, summary=summary, cleaned_values=cleaner.count)


# Rows converted together, column by column: large enough that each column's
# comprehension dwarfs its set-up, small enough to stay in the CPU's caches.
BLOCK_ROWS = 1024


def _drive_columns(
    rows: Iterator[tuple[int, list[str]]],
    convert: Converter,
    merger: SegmentMerger,
    start: int,
    total: int | None,
    progress: Progress | None,
    cancel: Cancel | None,
) -> int:
    """The loop for column layouts: rows are gathered in blocks and each block converted
    column by column (`convert.block`), or row by row when it holds anything unusual."""
    groups = merger.groups
    find = groups.get
    end = END_OF_TABLE
    step = PROGRESS_EVERY_ROWS
    next_tick = start + step
    done = start
    convert_block = convert.block  # type: ignore[attr-defined]

    def merge(segments: Iterable[Segment | object | None]) -> bool:
        """Fold a block's segments in (SegmentMerger.add, inlined); False at the table's end."""
        if type(segments) is list:  # a block converted column by column: segments only
            emails = list(map(itemgetter(2), segments))
            if None not in emails:  # keyed by e-mail; all new and distinct: added in one step
                keys = list(map(str.casefold, emails))  # type: ignore[arg-type]
                if len(set(keys)) == len(keys) and groups.keys().isdisjoint(keys):
                    groups.update(zip(keys, segments))  # type: ignore[arg-type]
                    return True
        for segment in segments:
            if segment is None:
                continue
            if segment is end:
                return False
            email = segment[2]  # type: ignore[index]
            key = email.casefold() if email is not None else person_key(segment)  # type: ignore[arg-type]
            group = find(key)
            groups[key] = segment if group is None else merge_segment(group, segment)  # type: ignore[assignment,arg-type]
        return True

    def flush(numbers: list[int], block: list[list[str]]) -> bool:
        segments = convert_block(numbers, block)
        if segments is None:
            segments = (convert(number, cells) for number, cells in zip(numbers, block, strict=True))
        return merge(segments)

    while True:
        rows_read = list(islice(rows, BLOCK_ROWS))
        if not rows_read:
            return done
        numbers, block = map(list, zip(*rows_read, strict=True))
        done = numbers[-1]
        if done >= next_tick:
            next_tick = done + step
            _tick(done, total, progress, cancel)
        if not flush(numbers, block):  # type: ignore[arg-type]
            return done


def _drive_events(
    rows: Iterator[tuple[int, list[str]]],
    collector: TeamsEventCollector,
    start: int,
    total: int | None,
    progress: Progress | None,
    cancel: Cancel | None,
) -> int:
    step = PROGRESS_EVERY_ROWS
    next_tick = start + step
    done = start
    for done, cells in rows:
        if done >= next_tick:
            next_tick = done + step
            _tick(done, total, progress, cancel)
        if collector.add(done, cells) is END_OF_TABLE:
            break
    return done


def _tick(done: int, total: int | None, progress: Progress | None, cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled()
    if progress is not None:
        progress(done, total if total is None else max(total, done))


def _refuse_duplicate_columns(file: str, match: HeaderMatch) -> None:
    """Two columns with a name the import reads (email,email): which one is meant?"""
    if match.duplicates:
        columns = "; ".join(
            f"'{match.column_name(indexes[0])}' ({', '.join(_letters(i) for i in indexes)})"
            for indexes in match.duplicates.values()
        )
        raise ImportFileError(
            file,
            "has the same column more than once ({columns}), so it is not clear which one to read. "
            "Remove or rename the extra columns and import it again.", columns=columns,
        )


def _letters(index: int) -> str:
    """Column index 0 → "A", 27 → "AB", as a spreadsheet names it."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _require_identity(file: str, match: HeaderMatch) -> None:
    if not any(field in match.indexes for field in _IDENTITY_FIELDS):
        shown = ", ".join(h for h in trimmed(match.headers) if h) or "none"
        raise ImportFileError(
            file,
            "has no column with names or e-mail addresses (columns found: {columns}), "
            "so attendees cannot be identified.", columns=shown,
        )


def _unrecognised(
    file: str, scan: ScanResult, layout: str, mapping: Mapping[str, str] | None
) -> ImportFileError:
    header_row, headers = guess_header(scan.seen[:30])
    if not headers:
        return ImportFileError(file, "contains no table: no row with column headers was found.")
    if mapping:
        missing = sorted(
            source for source in mapping.values()
            if source and normalize_header(source) not in {normalize_header(h) for h in headers}
        )
        if missing:
            return UnknownLayoutError(file, "does not have the columns chosen for it (missing: {missing}).",
                                      headers, header_row, missing=", ".join(missing))
        return UnknownLayoutError(file, "does not have the columns chosen for it.", headers, header_row)
    if layout != "auto":
        return UnknownLayoutError(
            file, "does not look like the kind of report chosen ({layout}): its columns were not "
                  "recognised. Choose which column holds what.",
            headers, header_row, layout=_LABELS.get(layout, layout),
        )
    if looks_like_data(headers):
        return ImportFileError(
            file,
            "has no header row: row {row} already contains an e-mail address. "
            "Add a first row naming the columns, for example: "
            "name,email,organization,sector,attended,minutes.", row=header_row,
        )
    normalized = [normalize_header(h) for h in headers]
    if not any(word in h for h in normalized for word in _IDENTITY_WORDS) and (
        sum(h in _KNOWN_HEADERS for h in normalized) >= 2
    ):
        return ImportFileError(
            file,
            "has no name or e-mail column (columns found: {columns}), "
            "so attendees cannot be identified.", columns=", ".join(headers),
        )
    return UnknownLayoutError(
        file,
        "was not recognised as a Zoom, Teams, Eventbrite or OCSE template report. "
        "Choose which column holds what.",
        headers, header_row,
    )
