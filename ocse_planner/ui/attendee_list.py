"""The attendee list: the one place names and e-mails are shown.

A series can hold 300,000 records. They arrive from the service as plain tuples, loaded
on a worker thread, into a flat list model. Searching and sorting are done by the model
itself on Python lists (one pass over a precomputed lower-case text per row, one
`list.sort`), because a QSortFilterProxyModel over a Python model calls back into Python
for every comparison and every cell it filters — seconds per keystroke at this size.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from ocse_planner.services.attendance_summary import AttendeeTuple
from ocse_planner.ui.labels import format_number

AnyIndex = QModelIndex | QPersistentModelIndex


def search_texts(rows: list[AttendeeTuple]) -> list[str]:
    """The lower-case text searched for each row; pure Python, so a worker thread can build it."""
    return ["\x1f".join(str(v) for v in row[1:5] if v).casefold() for row in rows]


class AttendeeListModel(QAbstractTableModel):
    COLUMNS = ("Webinar", "Name", "E-mail", "Organization", "Sector", "Attended", "Minutes")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[AttendeeTuple] = []
        self._haystack: list[str] = []
        self._shown: list[AttendeeTuple] = []
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[AttendeeTuple], texts: list[str] | None = None) -> None:
        self._all = rows
        self._haystack = texts if texts is not None else search_texts(rows)
        self._apply()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._apply()

    def total(self) -> int:
        return len(self._all)

    def _apply(self) -> None:
        self.beginResetModel()
        if self._filter:
            needle = self._filter
            self._shown = [row for row, text in zip(self._all, self._haystack, strict=True) if needle in text]
        else:
            self._shown = list(self._all)
        if self._sort is not None:
            self._sort_shown(*self._sort)
        self.endResetModel()

    def _sort_shown(self, column: int, order: Qt.SortOrder) -> None:
        def key(row: AttendeeTuple) -> tuple[bool, Any]:
            value = row[column]
            return (value is None, value.casefold() if isinstance(value, str) else value)

        self._shown.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_shown(column, order)
        self.layoutChanged.emit()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._shown)):
            return None
        value = self._shown[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 5:
                return self.tr("yes") if value else self.tr("no")
            if index.column() in (0, 6):
                return format_number(value)
            if index.column() in (1, 2, 3) and value is None:
                return self.tr("(removed)") if index.column() != 3 else ""
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.COLUMNS):
                return self.tr(self.COLUMNS[section])
        return None


class AttendeeList(QWidget):
    """Search box, count and table over an AttendeeListModel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AttendeeListModel(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, e-mails, organizations…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search attendees"))
        self.search.textChanged.connect(self._search)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Attendees shown"))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Attendees"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.count)
        layout.addWidget(self.table)

    def set_rows(self, rows: list[AttendeeTuple], texts: list[str] | None = None) -> None:
        self.model.set_rows(rows, texts)
        self._update_count()

    def _search(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("%1 of %2 records").replace("%1", format_number(self.model.rowCount()))
            .replace("%2", format_number(self.model.total()))
        )
