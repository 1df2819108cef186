"""The OCSE attendance template: the format to use when no platform export fits.

Organisers who track attendance by hand, or whose platform is not supported,
fill in this template (the app offers it for download) and import it like
any other report.

Format
------

A CSV file (comma-, semicolon- or tab-separated; UTF-8 with or without BOM,
UTF-16 or Windows-1252) or an XLSX workbook whose first row is::

    name,email,organization,sector,attended,minutes

* Header names are case-insensitive and may be in any order; extra columns
  are ignored, so notes can be kept next to the data.  ``name`` and
  ``email`` are required in the header, and each row needs at least one of
  the two.  An optional ``registered`` column (yes/no) may be added.
* ``name`` — the person's full name, e.g. ``Geneviève Tremblay``.
* ``email`` — one e-mail address; rows with something else are reported.
* ``organization`` — free text.
* ``sector`` — free text, e.g. ``Public``, ``Private``, ``Non-profit``.
* ``attended`` — ``yes``/``no``, ``true``/``false``, ``1``/``0`` or
  ``oui``/``non`` (any case).  Left empty, a row counts as attended when
  ``minutes`` is above zero.
* ``minutes`` — whole or decimal minutes (``45``, ``45.5``, ``45,5``) or a
  duration such as ``1h 5m`` or ``1:05:00``; never negative.  Empty means 0.
* ``registered`` (optional) — yes/no; when absent everyone listed counts as
  registered.

Blank lines are skipped.  The same person (same e-mail, or same name when
there is no e-mail) on several lines is reported once, with the minutes
added up.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from .layouts import TEMPLATE_COLUMNS

#: The template's header row, in the recommended order.
TEMPLATE_HEADERS: tuple[str, ...] = TEMPLATE_COLUMNS

_EXAMPLE_ROWS = (
    ("Geneviève Tremblay", "genevieve.tremblay@example.org", "Ministère de la Santé",
     "Public", "yes", "55"),
    ("Sam Okafor", "sam.okafor@example.com", "Okafor Consulting", "Private", "no", "0"),
)


def write_template_csv(path: str | os.PathLike[str], *, with_examples: bool = False) -> Path:
    """Write the template to *path* as UTF-8 CSV with a BOM and return the path.

    The BOM makes Excel on Windows open accented names correctly; our
    importer reads the file back with or without it.  ``with_examples`` adds
    two illustrative rows (off by default so a downloaded template is clean).
    """
    target = Path(path)
    with open(target, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(TEMPLATE_HEADERS)
        if with_examples:
            writer.writerows(_EXAMPLE_ROWS)
    return target
