"""`ocse-planner compare`: editions of a series side by side, printed or as a workbook.

Prints every table of the comparison (services/comparison.py) as tab-separated lines: a
column per edition, then the change from the edition before (the difference and, where
it means something, the relative change). A figure that cannot be known reads "n/a" with
a note number, the note under its table. With -o the workbook is written instead
(export/comparison_xlsx.py), atomically, never over the planner file. Aggregates only.

Both are written in the document's language (`--lang`, default the interface's; with
`--bilingual`, English then French), the rule of every command that writes a document
(`document_language`, cli/__init__.py): words, numbers and the organizers' own texts.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ocse_planner.cli import (
    EXIT_OK,
    CliError,
    add_db_argument,
    add_document_language_arguments,
    document_language,
    open_for_command,
    series_for_command,
)
from ocse_planner.export.wording import Wording
from ocse_planner.i18n import N_, _
from ocse_planner.services import time_format
from ocse_planner.services.comparison import Cell, Change, Comparison, ValueKind
from ocse_planner.services.errors import Message
from ocse_planner.services.text import LINE_BREAKS


def cmd_compare(args: argparse.Namespace) -> int:
    from ocse_planner.export.comparison_xlsx import ComparisonOptions, comparisons_for

    if args.min_cell is not None and args.min_cell < 1:
        raise CliError("--min-cell must be a positive number")
    if args.output is not None:
        from ocse_planner.export.targets import check_target

        check_target(args.output, planner=Path(args.db))  # before anything is read
    db = open_for_command(args.db, read_only=True)
    try:
        with db.read() as session:
            ids = [series_for_command(session, text).id for text in args.series]
            options = ComparisonOptions(args.min_cell, document_language(args))
            if args.output is not None:
                from ocse_planner.export.comparison_xlsx import write_comparison

                path = write_comparison(Path(args.output), comparisons_for(session, ids, options))
                print(_("Wrote {path}").format(path=path))
                return EXIT_OK
            comparisons = comparisons_for(session, ids, options)
    finally:
        db.close()
    for index, comparison in enumerate(comparisons):
        if index:
            print()
        _print(comparison, Wording(comparison.language))
    return EXIT_OK


def _print(comparison: Comparison, w: Wording) -> None:
    editions = comparison.editions
    titles = list(dict.fromkeys(e.title for e in editions))
    print(_one_line(" / ".join(titles) + " — " + ", ".join(e.label for e in editions)))
    if comparison.min_cell is not None:
        print(w.gettext('Counts below {number} are shown as "<{number}", with the shares and changes that would '
                        "reveal them.").format(number=comparison.min_cell))
    for note in comparison.notes:
        print(note.message(w.gettext))
    header = [w.gettext("Measure"), *(_one_line(e.label) for e in editions)]
    for before, after in zip(editions, editions[1:]):
        header += [_one_line(w.gettext("Change {first}–{last}").format(first=before.label, last=after.label)),
                   w.gettext("Change (%)")]
    for table in comparison.tables:
        print()
        print(f"== {table.title.message(w.gettext)} ==")
        numbers = {note: index for index, note in enumerate(table.notes(), start=1)}
        print("\t".join(header))
        for row in table.rows:
            cells = [_cell(c, row.kind, comparison.min_cell, numbers, w) for c in row.cells]
            for index, change in enumerate(row.changes):
                silent = any(c.value is None and c.note is None and not c.hidden
                             for c in row.cells[index:index + 2])
                cells += _change(change, row.kind, silent, w)
            print("\t".join([_one_line(row.label_text(w.gettext)), *cells]))
        if table.caption is not None:
            print(table.caption.message(w.gettext))
        for note, number in numbers.items():
            print(f"[{number}] {note.message(w.gettext)}")


def _one_line(text: str) -> str:
    """An organizers' text (a survey statement may hold line breaks and tabs) as one cell
    of one tab-separated line."""
    return LINE_BREAKS.sub(" ", text)


def _percent(value: float, w: Wording) -> str:
    """A percentage to one decimal in the document's language ("81.0%" / "81,0 %")."""
    return time_format.percent(value, w.language, 1)


def _decimal(value: float, w: Wording) -> str:
    return time_format.number(value, w.language, 1)


def _figure(value: float, kind: ValueKind, w: Wording) -> str:
    if kind == ValueKind.SHARE:
        return _percent(value * 100, w)
    if kind == ValueKind.DECIMAL:
        return _decimal(value, w)
    return time_format.number(int(round(value)), w.language)


def _cell(cell: Cell, kind: ValueKind, min_cell: int | None, numbers: dict[Message, int], w: Wording) -> str:
    mark = f" [{numbers[cell.note]}]" if cell.note is not None else ""
    if cell.hidden:
        return f"<{min_cell}"
    if cell.value is None:
        return (w.gettext("n/a") + mark) if cell.note is not None else "—"
    text = _figure(cell.value, kind, w)
    if cell.approximate:
        text = w.gettext("close to {percent}").format(percent=text)
    return text + mark


def _signed(text: str, value: float) -> str:
    return "+" + text if value > 0 else text


def _change(change: Change, kind: ValueKind, silent: bool, w: Wording) -> list[str]:
    if change.hidden:
        return [w.gettext("suppressed"), ""]
    if change.delta is None:
        return ["—" if silent else w.gettext("n/a"), ""]
    if kind == ValueKind.SHARE:  # percentage points
        points = _signed(_decimal(change.delta * 100, w), change.delta)
        return [w.gettext("{points} pts").format(points=points), ""]
    delta = _signed(_figure(change.delta, kind, w), change.delta)
    if change.relative is None:
        return [delta, w.gettext("n/a")]
    return [delta, _signed(_percent(change.relative * 100, w), change.relative)]


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    compare = subparsers.add_parser(
        "compare", help=_("compare editions of a series: reach, returning participants, sectors, survey, "
                          "presenters and partners"))
    add_db_argument(compare)
    compare.add_argument("--series", required=True, action="append", metavar="S",
                         help=_("an edition to compare: its id, or its year if only one series has it; "
                                "give two or more"))
    compare.add_argument("-o", "--output", metavar=_("FILE"),
                         help=_("write the comparison workbook (.xlsx, with charts) instead of printing it"))
    compare.add_argument("--min-cell", type=int, metavar="N",
                         help=_('show counts below N as "<N" (for publication)'))
    add_document_language_arguments(compare, N_("English and French: the English tables, then the French ones "
                                                "(in a workbook, the English sheets, then the French ones)"))
    compare.set_defaults(func=cmd_compare)
