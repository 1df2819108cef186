"""`ocse-planner compare`: editions of a series side by side, printed or as a workbook.

Prints every table of the comparison (services/comparison.py) as tab-separated lines: a
column per edition, then the change from the edition before (the difference and, where
it means something, the relative change). A figure that cannot be known reads "n/a" with
a note number, the note under its table. With -o the workbook is written instead
(export/comparison_xlsx.py), atomically, never over the planner file. Aggregates only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ocse_planner import i18n
from ocse_planner.cli import EXIT_OK, CliError, add_db_argument, open_for_command, series_for_command
from ocse_planner.i18n import _
from ocse_planner.services.comparison import Cell, Change, Comparison, ValueKind
from ocse_planner.services.errors import Message


def cmd_compare(args: argparse.Namespace) -> int:
    from ocse_planner.services.comparison import compare_editions

    if args.min_cell is not None and args.min_cell < 1:
        raise CliError("--min-cell must be a positive number")
    if args.output is not None:
        from ocse_planner.export.targets import check_target

        check_target(args.output, planner=Path(args.db))  # before anything is read
    db = open_for_command(args.db, read_only=True)
    try:
        with db.read() as session:
            ids = [series_for_command(session, text).id for text in args.series]
            if args.output is not None:
                from ocse_planner.export.comparison_xlsx import ComparisonOptions, export_comparison

                language = args.document_language or i18n.current_language()
                path = export_comparison(session, ids, Path(args.output), ComparisonOptions(args.min_cell, language))
                print(_("Wrote {path}").format(path=path))
                return EXIT_OK
            comparison = compare_editions(session, ids).suppressed(args.min_cell)
    finally:
        db.close()
    _print(comparison)
    return EXIT_OK


def _print(comparison: Comparison) -> None:
    editions = comparison.editions
    titles = list(dict.fromkeys(e.title for e in editions))
    print(" / ".join(titles) + " — " + ", ".join(e.label for e in editions))
    if comparison.min_cell is not None:
        print(_('Counts below {number} are shown as "<{number}", with the shares and changes that would '
                "reveal them.").format(number=comparison.min_cell))
    for note in comparison.notes:
        print(note.message())
    header = [_("Measure"), *(e.label for e in editions)]
    for before, after in zip(editions, editions[1:]):
        header += [_("Change {first}–{last}").format(first=before.label, last=after.label), _("Change (%)")]
    for table in comparison.tables:
        print()
        print(f"== {table.title.message()} ==")
        numbers = {note: index for index, note in enumerate(table.notes(), start=1)}
        print("\t".join(header))
        for row in table.rows:
            cells = [_cell(c, row.kind, comparison.min_cell, numbers) for c in row.cells]
            for index, change in enumerate(row.changes):
                silent = any(c.value is None and c.note is None and not c.hidden
                             for c in row.cells[index:index + 2])
                cells += _change(change, row.kind, silent)
            print("\t".join([row.label_text(), *cells]))
        if table.caption is not None:
            print(table.caption.message())
        for note, number in numbers.items():
            print(f"[{number}] {note.message()}")


def _figure(value: float, kind: ValueKind) -> str:
    if kind == ValueKind.SHARE:
        return i18n.format_percent(value * 100, 1)
    if kind == ValueKind.DECIMAL:
        return i18n.format_number(value, 1)
    return i18n.format_number(int(round(value)))


def _cell(cell: Cell, kind: ValueKind, min_cell: int | None, numbers: dict[Message, int]) -> str:
    mark = f" [{numbers[cell.note]}]" if cell.note is not None else ""
    if cell.hidden:
        return f"<{min_cell}"
    if cell.value is None:
        return (_("n/a") + mark) if cell.note is not None else "—"
    text = _figure(cell.value, kind)
    if cell.approximate:
        text = _("close to {percent}").format(percent=text)
    return text + mark


def _signed(text: str, value: float) -> str:
    return "+" + text if value > 0 else text


def _change(change: Change, kind: ValueKind, silent: bool) -> list[str]:
    if change.hidden:
        return [_("suppressed"), ""]
    if change.delta is None:
        return ["—" if silent else _("n/a"), ""]
    if kind == ValueKind.SHARE:  # percentage points
        points = _signed(i18n.format_number(change.delta * 100, 1), change.delta)
        return [_("{points} pts").format(points=points), ""]
    delta = _signed(_figure(change.delta, kind), change.delta)
    if change.relative is None:
        return [delta, _("n/a")]
    return [delta, _signed(i18n.format_percent(change.relative * 100, 1), change.relative)]


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
    compare.add_argument("--lang", dest="document_language", choices=sorted(i18n.LANGUAGES), metavar="en|fr",
                         help=_("language of the document (default: the interface's)"))
    compare.add_argument("--min-cell", type=int, metavar="N",
                         help=_('show counts below N as "<N" (for publication)'))
    compare.set_defaults(func=cmd_compare)
