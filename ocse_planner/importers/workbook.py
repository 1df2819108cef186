"""Read XLSX reports safely with openpyxl.

Three traps are handled here, each one seen in the wild:

* **The dimension trap.**  In ``read_only`` mode openpyxl trusts the
  ``<dimension ref="A1:B1"/>`` tag that the *writing* application put in the
  sheet; some exporters write a stale one, and openpyxl then silently returns
  one row out of 400,000.  Rows are read from the sheet's XML until it ends
  (:class:`SheetRows`), never from the declared dimension.
* **The width trap.**  A cell far to the right makes openpyxl pad every row
  to that width; :class:`SheetRows` builds each row from the cells present.
* **Decompression bombs.**  An XLSX is a ZIP; before openpyxl touches it we
  sum the declared uncompressed sizes and refuse archives that expand beyond
  :data:`MAX_XLSX_UNCOMPRESSED_BYTES` or by more than
  :data:`MAX_XLSX_COMPRESSION_RATIO`:1.  (zipfile stops reading an entry at
  its declared size and checks the CRC, so the declared sizes cannot lie.)
* **XML entity tricks.**  Billion laughs and external entities need a
  document type declaration (``<!DOCTYPE ... [<!ENTITY ...>]>``) before the
  root element; Excel and every exporter we know never write one.  openpyxl
  parses some parts with lxml (entities left unresolved) and sheets with
  defusedxml (which refuses them), so whether a DTD was refused depended on
  which part held it; every XML part's prolog is now checked first and a file
  with a DTD anywhere is refused.
* **Damaged files.**  zipfile and openpyxl raise a zoo of exception types
  (BadZipFile, KeyError, XML syntax errors, EOFError, ...) for truncated or
  foreign archives; all of them become one plain ImportFileError.

Cells are converted to text so that every layout sees the same thing as in
a CSV: numbers without a spurious ``.0``, dates in ISO form (time zones kept).
"""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from io import BytesIO
from pathlib import Path

from ocse_planner.services.errors import N_

from .errors import ImportFileError
from .limits import (
    MAX_XLSX_COLUMNS,
    MAX_XLSX_COMPRESSION_RATIO,
    MAX_XLSX_UNCOMPRESSED_BYTES,
    XLSX_RATIO_CHECK_FLOOR_BYTES,
)

_DAMAGED = N_(
    "could not be read as an Excel workbook: it is damaged or incomplete "
    "(for example a download that was cut short). Download or save it again."
)


def check_archive(path: Path, data: bytes) -> None:
    """Refuse archives that are not workbooks, are damaged, or expand too much."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            infos = archive.infolist()
    except Exception:  # noqa: BLE001 - zipfile also raises NotImplementedError, struct.error...
        raise ImportFileError(path, _DAMAGED) from None

    names = {info.filename for info in infos}
    if "mimetype" in names and not any(n.startswith("xl/") for n in names):
        raise ImportFileError(
            path,
            "is an OpenDocument file (for example LibreOffice .ods), which is not "
            "supported. Save it as .xlsx or CSV.",
        )
    if not any(n.startswith("xl/") for n in names):
        kind = "a Word document" if any(n.startswith("word/") for n in names) else (
            "a PowerPoint file" if any(n.startswith("ppt/") for n in names) else "a ZIP archive"
        )
        raise ImportFileError(path, "is {kind}, not an Excel workbook or CSV report.", kind=kind)

    _refuse_document_types(path, data, infos)
    uncompressed = sum(info.file_size for info in infos)
    compressed = sum(info.compress_size for info in infos)
    if uncompressed > MAX_XLSX_UNCOMPRESSED_BYTES:
        raise ImportFileError(
            path,
            "would expand to {size:,.0f} MB when opened; workbooks over {limit} MB uncompressed "
            "are refused to protect the application.",
            size=uncompressed / 1024 / 1024, limit=MAX_XLSX_UNCOMPRESSED_BYTES // 1024 // 1024,
        )
    if (
        uncompressed >= XLSX_RATIO_CHECK_FLOOR_BYTES
        and uncompressed > MAX_XLSX_COMPRESSION_RATIO * max(compressed, 1)
    ):
        raise ImportFileError(
            path,
            "is compressed more than {ratio}:1, which real reports "
            "never are; it looks like a 'zip bomb' and was refused.",
            ratio=MAX_XLSX_COMPRESSION_RATIO,
        )


_PROLOG_BYTES = 64 * 1024
_PROLOG_ITEM = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->)", re.DOTALL)


def _refuse_document_types(path: Path, data: bytes, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a workbook any of whose XML parts declares a document type (entities)."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            for info in infos:
                if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
                    continue
                with archive.open(info) as member:
                    head = member.read(_PROLOG_BYTES)
                if _declares_document_type(head):
                    raise ImportFileError(
                        path,
                        "contains an XML document type declaration, which Excel never writes "
                        "(it can hide an 'entity expansion' attack); it was refused.",
                    )
    except ImportFileError:
        raise
    except Exception:  # noqa: BLE001 - a damaged member is reported like any damaged archive
        raise ImportFileError(path, _DAMAGED) from None


def _declares_document_type(head: bytes) -> bool:
    """True when the prolog (before the root element) holds <!DOCTYPE, or cannot be seen whole."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:4]:
        text = head.decode("utf-16", errors="replace")
    else:
        text = head.decode("latin-1").removeprefix("\xef\xbb\xbf")
    position = 0
    while (match := _PROLOG_ITEM.match(text, position)) is not None:
        position = match.end()
    rest = text[position:].lstrip()
    if not rest or rest.startswith(("<!--", "<?")):  # read to its end, or within a comment too long to end
        return len(head) >= _PROLOG_BYTES  # a prolog longer than we read: treat as hostile
    return rest[:9].upper() == "<!DOCTYPE"


@contextmanager
def open_workbook(path: Path, data: bytes) -> Iterator[object]:
    """Open the workbook read-only with cached values (no formulas), closing it afterwards."""
    import openpyxl  # imported lazily: CSV-only imports should not pay for it

    try:
        # openpyxl warns about harmless oddities of third-party writers ("no
        # default style", unknown extensions); under a warnings-as-errors
        # policy those would make a good report look damaged.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(
                BytesIO(data), read_only=True, data_only=True, keep_links=False
            )
    except Exception:  # noqa: BLE001 - openpyxl raises many types for damaged files
        raise ImportFileError(path, _DAMAGED) from None
    try:
        yield workbook
    finally:
        try:
            workbook.close()
        except Exception:  # noqa: BLE001 - closing a damaged archive must not mask the real error
            pass


class SheetRows:
    """``(row_number, cells_as_text)`` for every row of a worksheet, costing what the
    cells present cost, not what the sheet's width would.

    openpyxl pads every row to the widest one: one cell in column XFD on each of 500,000
    rows made 500,000 lists of 16,384 values (61 s, against 11 s for the same rows ending
    in column G). Here a row is as long as its last cell within ``limit`` columns, and
    cells beyond it are skipped as they are parsed. ``limit`` starts at
    :data:`MAX_XLSX_COLUMNS` (the header may be anywhere in those) and the parser lowers
    it to the header's width once the header is found. Row numbers are 1-based as Excel
    shows them; a row missing from the XML comes out empty.
    """

    def __init__(self, path: Path, worksheet: object) -> None:
        self.path = path
        self.worksheet = worksheet
        self.limit = MAX_XLSX_COLUMNS
        self._rows = self._read()

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        return self

    def __next__(self) -> tuple[int, list[str]]:
        return next(self._rows)

    def _read(self) -> Iterator[tuple[int, list[str]]]:
        from openpyxl.worksheet._reader import WorkSheetParser

        ws = self.worksheet
        book = ws.parent  # type: ignore[attr-defined]
        text = _cell_text
        try:
            with ws._get_source() as source:  # type: ignore[attr-defined]
                parser = WorkSheetParser(
                    source, ws._shared_strings, data_only=book.data_only, epoch=book.epoch,  # type: ignore[attr-defined]
                    date_formats=book._date_formats, timedelta_formats=book._timedelta_formats,
                )
                expected = 1
                for number, cells in parser.parse():
                    while expected < number:  # rows the XML leaves out
                        yield expected, []
                        expected += 1
                    limit = self.limit
                    present = [(cell["column"], cell["value"]) for cell in cells if cell["column"] <= limit]
                    row = [""] * (present[-1][0] if present else 0)
                    for column, value in present:
                        row[column - 1] = text(value)
                    yield number, row
                    expected = number + 1
        except ImportFileError:
            raise
        except Exception:  # noqa: BLE001 - a truncated sheet XML surfaces here, mid-iteration
            raise ImportFileError(self.path, _DAMAGED) from None


def sheet_rows(path: Path, worksheet: object) -> SheetRows:
    """The rows of *worksheet* (see :class:`SheetRows`)."""
    return SheetRows(path, worksheet)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat()  # hh:mm:ss, read as a duration by values.parse_minutes
    if isinstance(value, timedelta):
        return f"{value.total_seconds():.0f}s"
    return str(value)
