"""File names proposed for exports: `OCSE-2022-agenda.xlsx`.

The short name is the initials of the series title's main words; a leading verb
("Combatting …", "Preventing …") is dropped because people name a series by its subject.
"""

from __future__ import annotations

import re

SMALL_WORDS = {"a", "an", "and", "the", "of", "in", "on", "for", "to", "with", "at", "by", "de", "la", "le", "et", "des"}
EXTENSIONS = {"agenda": "xlsx", "attendance": "xlsx", "report": "docx", "directory": "xlsx", "calendar": "ics"}


def series_short_name(title: str) -> str:
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ0-9]+", title)]
    if len(words) > 2 and words[0].lower().endswith("ing"):
        words = words[1:]
    initials = "".join(w[0].upper() for w in words if w.lower() not in SMALL_WORDS)
    return initials[:8] or "series"


def suggested_file_name(title: str, year: int, kind: str, extension: str | None = None, *,
                        internal: bool = False) -> str:
    """`OCSE-2022-agenda.xlsx`; `extension` for another format of the same kind (`pdf`); an
    internal copy's name ends in `-internal`, so that it is not mistaken for (or sent as)
    the public one."""
    suffix = "-internal" if internal else ""
    return f"{series_short_name(title)}-{year}-{kind}{suffix}.{extension or EXTENSIONS[kind]}"


def comparison_file_name(editions: list[tuple[str, int]]) -> str:
    """`OCSE-2022-2023-comparison.xlsx`: the first edition's short name, the first and last
    years; `comparison.xlsx` when nothing is known yet."""
    if not editions:
        return "comparison.xlsx"
    years = sorted(year for _, year in editions)
    span = str(years[0]) if years[0] == years[-1] else f"{years[0]}-{years[-1]}"
    return f"{series_short_name(editions[0][0])}-{span}-comparison.xlsx"
