"""Sectors × webinars, with totals: counted from imported records, or else as reported.

With records, the rows are the sectors counted (then "Not stated" and "Unclassified", then
a totals row equal to each webinar's attendance); the columns are one per webinar and the
total. Without records, the hand-entered (reported) figures are shown, with the series-
level column. The two are never added together: `counted` says which one is shown. An
empty cell means "no figure", not zero: the 2022 report names sectors without numbers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ocse_planner.services.attendance_summary import AttendanceSummary, SectorRowKind
from ocse_planner.ui.common.labels import format_number, in_language
from ocse_planner.ui.common.table_model import SORT_ROLE
from ocse_planner.ui.common.retranslate import headers_changed

AnyIndex = QModelIndex | QPersistentModelIndex


def _total(values: list[int | None]) -> int | None:
    found = [v for v in values if v is not None]
    return sum(found) if found else None


class SectorTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[str, list[int | None]]] = []
        self.counted = False  # True: counted from records; False: as reported (entered by hand)
        self._summary: AttendanceSummary | None = None

    def set_summary(self, summary: AttendanceSummary | None) -> None:
        self.beginResetModel()
        self._build(summary)
        self.endResetModel()

    def retranslate(self) -> None:
        """The same table, its headers and row names in the current language (same shape:
        the views keep their scroll and sizes)."""
        self._build(self._summary)
        headers_changed(self)

    def _build(self, summary: AttendanceSummary | None) -> None:
        self._summary = summary
        self._rows = []
        self._headers = []
        self.counted = summary is not None and bool(summary.sectors)
        if summary is not None:
            webinars = [self.tr("Webinar %1").replace("%1", str(w.number)) for w in summary.webinars]
            if self.counted:
                self._headers = [self.tr("Sector"), *webinars, self.tr("Total")]
                for s in summary.sectors:
                    name = {SectorRowKind.NOT_STATED: self.tr("Not stated"),
                            SectorRowKind.UNCLASSIFIED: self.tr("Unclassified")}.get(
                                s.kind, in_language(s.sector, s.sector_fr))
                    self._rows.append((name, [*s.per_webinar, _total(list(s.per_webinar))]))
            else:
                self._headers = [self.tr("Sector"), *webinars, self.tr("Series (entered)"), self.tr("Total")]
                for s in summary.reported_sectors:
                    values = [*s.per_webinar, s.series_reported]
                    self._rows.append((in_language(s.sector, s.sector_fr), [*values, _total(values)]))
            if self._rows:
                columns = len(self._headers) - 1
                totals = [_total([values[c] for _, values in self._rows]) for c in range(columns)]
                self._rows.append((self.tr("Total"), totals))

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
