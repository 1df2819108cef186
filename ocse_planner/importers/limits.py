"""Size limits that keep a hostile or broken file from hanging or exhausting the app.

Attendance reports are small: a large webinar has a few thousand rows and a
few hundred kilobytes.  Every limit below is one or two orders of magnitude
above anything a real export produces, so an organiser never meets them with
a genuine report, while a renamed video, a decompression bomb or a file with
one 50 MB line is refused early with a plain message instead of freezing the
desktop app.

The numbers live in one module so tests and the UI can quote them.
"""

from __future__ import annotations

#: Files larger than this are refused before anything is read.
MAX_FILE_BYTES = 100 * 1024 * 1024

#: An XLSX is a ZIP archive; the sum of its entries' *uncompressed* sizes is
#: capped so that a small file cannot expand into gigabytes of XML.
MAX_XLSX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024

#: Overall uncompressed/compressed ratio above which an XLSX is treated as a
#: decompression bomb.  Real workbooks compress about 5:1 to 20:1.
MAX_XLSX_COMPRESSION_RATIO = 100

#: The ratio check only applies once the archive expands to at least this
#: much, so tiny workbooks with odd ratios are never refused.
XLSX_RATIO_CHECK_FLOOR_BYTES = 1024 * 1024

#: A single cell longer than this makes its row a Problem (never a crash).
MAX_CELL_CHARS = 10_000

#: A physical text line longer than this means the file is not a report at
#: all (for example 50 MB without a line break): the whole file is refused.
#: It is also the value ``csv.field_size_limit`` is raised to, so the csv
#: module itself never rejects a field we would rather report as a Problem.
MAX_LINE_CHARS = 1_000_000

#: Columns read from each worksheet row.  Reports have a few dozen; a
#: hostile sheet with a cell in column XFD would otherwise make every row
#: 16,384 cells wide.
MAX_XLSX_COLUMNS = 1_024

#: How many rows are examined, at most, while looking for the header row.
#: Zoom puts host and panelist tables before the attendee table, so this is
#: generous; it bounds the work done on a file that has no recognisable header.
HEADER_SCAN_ROWS = 5_000

#: ``progress`` and ``cancel`` callbacks are invoked once per this many rows.
PROGRESS_EVERY_ROWS = 1_000

#: Bytes examined to recognise the file type and the text encoding.
SNIFF_BYTES = 64 * 1024
