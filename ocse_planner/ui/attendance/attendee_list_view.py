"""The attendee list: the one place names and e-mails are shown.

A series can hold 300,000 records. They arrive from the service as plain tuples, loaded
on a worker thread together with their casefolded search texts and the rows to show in
the current sort order (services/attendee_index.py), so a reload costs the UI thread one model
reset. The model keeps all rows and a list of the row indices shown. Searching and
sorting are done on those index lists, not through a QSortFilterProxyModel (which calls
back into Python for every comparison and every cell it filters — seconds per keystroke at
this size). Lists of ASYNC_ROWS rows or more are filtered and sorted on a worker: each
keystroke or header click supersedes (cancels) the previous request, and only the newest
result is shown; shorter lists are done at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QVBoxLayout, QWidget

from ocse_planner.services.attendance_summary import AttendeeTuple
from ocse_planner.services.attendee_index import (
    AttendeeView,
    PreparedAttendees,
    SortSpec,
    compute_view,
    search_texts,
)
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.labels import format_number
from ocse_planner.ui.common.table_view import TableView
from ocse_planner.ui.common.tasks import Latest, Progress, run_task
from ocse_planner.ui.common.retranslate import Retranslatable

AnyIndex = QModelIndex | QPersistentModelIndex

__all__ = ["AttendeeList", "AttendeeListModel", "search_texts"]


class AttendeeListModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("AttendeeListModel", "Webinar"),
        QT_TRANSLATE_NOOP("AttendeeListModel", "Name"),
        QT_TRANSLATE_NOOP("AttendeeListModel", "E-mail"),
        QT_TRANSLATE_NOOP("AttendeeListModel", "Organization"),
        QT_TRANSLATE_NOOP("AttendeeListModel", "Sector"),
        QT_TRANSLATE_NOOP("AttendeeListModel", "Attended"),
        QT_TRANSLATE_NOOP("AttendeeListModel", "Minutes"),
    )
    ASYNC_ROWS: int | None = 20_000  # None: always at once (scripts without an event loop)

    viewApplied = Signal()  # the rows shown now match the newest filter and sort

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[AttendeeTuple] = []
        self._haystack: list[str] = []
        self._view = AttendeeView("", None, None, [])
        self._orders: dict[SortSpec, list[int]] = {}
        self._filter = ""
        self._sort: SortSpec | None = None
        self._latest = Latest()  # only the newest filter and sort may fill the view
        self._rows: list[AttendeeTuple] = self._all  # the rows `_view` indexes: `_all` once it is shown

    # --- content ------------------------------------------------------------------
    def set_rows(self, rows: list[AttendeeTuple], texts: list[str] | None = None) -> None:
        """Replace the rows; the search texts are built here unless given."""
        haystack = texts if texts is not None else search_texts(rows)
        self._replace(rows, haystack)
        self._request()

    def set_prepared(self, prepared: PreparedAttendees) -> None:
        """Rows loaded on a worker, with the view computed there for the filter and sort of then."""
        self._replace(prepared.rows, prepared.haystack)
        view = prepared.view
        if view.sort is not None and view.order is not None:
            self._orders[view.sort] = view.order
        if (view.needle, view.sort) == (self._filter, self._sort):
            self._latest.supersede()  # anything still running was for the old rows
            self._show(prepared.rows, view)
        else:  # the user typed or sorted while it loaded
            self._request()

    def set_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._filter:
            self._filter = needle
            self._request()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Column -1 restores the service's order (webinar, then as imported)."""
        spec = (column, order == Qt.SortOrder.DescendingOrder) if 0 <= column < len(self.COLUMNS) else None
        if spec != self._sort:
            self._sort = spec
            self._request()

    def view_spec(self) -> tuple[str, SortSpec | None]:
        """The filter (casefolded) and sort the list should show: what a loader computes."""
        return self._filter, self._sort

    def pending(self) -> bool:
        """True while the rows shown are not yet those of the newest filter and sort."""
        return self._rows is not self._all or (self._view.needle, self._view.sort) != (self._filter, self._sort)

    def total(self) -> int:
        """How many rows the list shown was taken from."""
        return len(self._rows)

    # --- computing and applying views -----------------------------------------------
    def _replace(self, rows: list[AttendeeTuple], haystack: list[str]) -> None:
        self._all, self._haystack, self._orders = rows, haystack, {}

    def _request(self) -> None:
        self._latest.supersede()
        rows, haystack, needle, sort = self._all, self._haystack, self._filter, self._sort
        order = self._orders.get(sort) if sort is not None else None
        previous = self._view if self._rows is rows else None
        if self.ASYNC_ROWS is None or len(rows) < self.ASYNC_ROWS:
            self._show(rows, compute_view(rows, haystack, needle, sort, order=order, previous=previous))
            return

        def work(progress: Progress) -> AttendeeView:
            return compute_view(rows, haystack, needle, sort, order=order, previous=previous, check=progress.check)

        # A fault in the work is logged and shown once by run_task; a cancel shows nothing.
        run_task(work, lambda view: self._show(rows, view), parent=self,
                 what=self.tr("Sorting and filtering the attendee list"), latest=self._latest)

    def _show(self, rows: list[AttendeeTuple], view: AttendeeView) -> None:
        if view.sort is not None and view.order is not None and rows is self._all:
            self._orders[view.sort] = view.order
        self.beginResetModel()
        self._rows, self._view = rows, view
        self.endResetModel()
        self.viewApplied.emit()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._view.shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = self._view.shown
        if not index.isValid() or not (0 <= index.row() < len(shown)):
            return None
        value = self._rows[shown[index.row()]][index.column()]
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
                return QCoreApplication.translate("AttendeeListModel", self.COLUMNS[section])
        return None


class AttendeeList(Retranslatable, QWidget):
    """Search box, count and table over an AttendeeListModel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AttendeeListModel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_filter)
        self.model.modelReset.connect(self._update_count)
        self.count = QLabel(self)
        self.table = TableView(self)
        self.table.setModel(self.model)
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
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search names, e-mails, organizations…"))
        self.search.setAccessibleName(self.tr("Search attendees"))
        self.count.setAccessibleName(self.tr("Attendees shown"))
        self.table.setAccessibleName(self.tr("Attendees"))
        self._update_count()

    def set_rows(self, rows: list[AttendeeTuple], texts: list[str] | None = None) -> None:
        self.model.set_rows(rows, texts)

    def set_prepared(self, prepared: PreparedAttendees) -> None:
        self.model.set_prepared(prepared)

    def _update_count(self) -> None:
        self.count.setText(
            fill(self.tr("%1 of %2 records"), format_number(self.model.rowCount()),
                 format_number(self.model.total()))
        )
