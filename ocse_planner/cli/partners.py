"""`ocse-planner partners`: the who-works-with-whom matrix of a series, as text.

Columns are the series' webinars and then one per series over the years; long cells wrap
inside their column so the table stays readable in a terminal.
"""

from __future__ import annotations

import argparse
import textwrap

from ocse_planner.cli import EXIT_OK, add_db_argument, open_for_command, series_for_command, series_heading
from ocse_planner.i18n import _
from ocse_planner.services.bilingual import in_interface
from ocse_planner.services.matrix import PartnerMatrix, build_matrix, cell_text

NAME_WIDTH = 40
CELL_WIDTH = 24


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "partners", help=_("print which organization did what in each webinar (the partner matrix)")
    )
    add_db_argument(parser)
    parser.add_argument("--series", required=True, metavar="S", help=_("series id, or its year"))
    parser.set_defaults(func=cmd_partners)


def render_matrix(matrix: PartnerMatrix, *, name_width: int = NAME_WIDTH, cell_width: int = CELL_WIDTH) -> str:
    headers = [_("Organization")] + [
        _("Webinar {number}").format(number=c.number) if c.kind == "webinar"
        else _("{year} series").format(year=c.year)
        for c in matrix.columns
    ]
    widths = [name_width] + [cell_width] * len(matrix.columns)
    lines = [_line(headers, widths), _line(["-" * w for w in widths], widths)]
    for r, row in enumerate(matrix.rows):
        indent = "  " * row.depth
        label = in_interface(row.label, row.label_fr)  # the French name in French, where written
        name = textwrap.wrap(label, name_width, initial_indent=indent, subsequent_indent=indent + "  ")
        cells = [cell_text(matrix.cell(r, c)) for c in range(len(matrix.columns))]
        wrapped = [name] + [textwrap.wrap(text, cell_width) or [""] for text in cells]
        for i in range(max(len(w) for w in wrapped)):
            lines.append(_line([w[i] if i < len(w) else "" for w in wrapped], widths))
    return "\n".join(lines)


def _line(cells: list[str], widths: list[int]) -> str:
    return "  ".join(f"{text:<{w}}" for text, w in zip(cells, widths, strict=True)).rstrip()


def cmd_partners(args: argparse.Namespace) -> int:
    db = open_for_command(args.db, read_only=True)
    try:
        with db.read() as session:
            series = series_for_command(session, args.series)
            matrix = build_matrix(session, series.id)
            title = series_heading(series)
    finally:
        db.close()
    print(title)
    print()
    if not matrix.rows:
        print(_("No collaborations or presenting organizations yet."))
    else:
        print(render_matrix(matrix))
    return EXIT_OK
