"""Sectors × webinars: counted attendees plus hand-entered figures, with totals.

Rows are the sectors (then "Unclassified" when records lack a sector, then a totals row);
columns are the sector, one per webinar, the series-level hand-entered count and the
total. An empty cell means "no figure", not zero: the 2022 report names sectors without
numbers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ocse_planner.services.attendance_summary import AttendanceSummary
from ocse_planner.ui.common.labels import format_number
from ocse_planner.ui.common.table_model import SORT_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


def _total(values: list[int | None]) -> int | None:
    found = [v for v in values if v is not None]
    return sum(found) if found else None


class SectorTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[str, list[int | None]]] = []

    def set_summary(self, summary: AttendanceSummary | None) -> None:
        self.beginResetModel()
        self._rows = []
        self._headers = []
        if summary is not None:
            self._headers = (
                [self.tr("Sector")]
                + [self.tr("Webinar %1").replace("%1", str(w.number)) for w in summary.webinars]
                + [self.tr("Series (entered)"), self.tr("Total")]
            )
            for s in summary.sectors:
                values = [*s.per_webinar, s.series_reported]
                self._rows.append((s.sector, [*values, _total(values)]))
            if any(summary.unclassified):
                values = [*summary.unclassified, None]
                self._rows.append((self.tr("Unclassified"), [*values, _total(values)]))
            if self._rows:
                columns = len(self._headers) - 1
                totals = [_total([values[c] for _, values in self._rows]) for c in range(columns)]
                self._rows.append((self.tr("Total"), totals))
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        label, values = self._rows[index.row()]
        column = index.column()
        value: Any = label if column == 0 else values[column - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return label
            return "—" if value is None else format_number(value)
        if role == SORT_ROLE:
            return -1 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self._rows) - 1:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None
