"""Native charts on a sheet of their own, one per printed page.

Each chart sits in a block of rows that fits a landscape letter page, with a manual page
break after it and no repeated header rows, so no chart is split across pages and no
table header is printed over one (LibreOffice and Excel both honour the breaks).
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.chart._chart import ChartBase
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

# Rows a chart block takes: a 12 cm chart spans 23 rows of 15 pt; a landscape letter page
# within its margins holds 31, so each block (and the manual break after it) fits a page.
CHART_ROWS = 26
WIDTH_CM, HEIGHT_CM = 24, 12  # within a landscape letter page at 100 %


def place_charts(ws: Worksheet, charts: Sequence[ChartBase], first_row: int) -> int:
    """Put each chart on a page of its own from `first_row`; returns the row after the last.

    The sheet prints at 100 %: a page scaled to fit would move the breaks."""
    row = first_row
    for index, chart in enumerate(charts):
        if index:  # a break after the previous block; the chart a row below it, clear of the edge
            ws.row_breaks.append(Break(id=row - 1))
            row += 1
        chart.width, chart.height = WIDTH_CM, HEIGHT_CM
        ws.add_chart(chart, f"A{row}")
        row += CHART_ROWS
    ws.page_setup.fitToWidth = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    return row
