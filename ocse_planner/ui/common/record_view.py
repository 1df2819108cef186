"""A searchable, sortable table: a search box over a QTableView with a filter proxy.

Every list in the app (series, webinars, people, organizations, attendees) is one of
these, so search, sorting and keyboard behaviour are the same everywhere.
"""

from __future__ import annotations

from typing import Any, Generic

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QVBoxLayout, QWidget

from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.search_proxy import SearchProxy
from ocse_planner.ui.common.table_model import ROW_ROLE, SORT_ROLE, Column, RecordTableModel, Row
from ocse_planner.ui.common.table_view import TableView


class RecordView(Retranslatable, QWidget, Generic[Row]):
    """`currentRowChanged(row_or_None)` fires with the selected service row.

    Its owner names it (and retitles its columns) from its own `retranslate` with
    `set_texts`; the search box's texts follow the language here."""

    currentRowChanged = Signal(object)
    activated = Signal(object)

    def __init__(
        self,
        model: RecordTableModel[Row],
        *,
        name: str = "",
        search_placeholder: str | None = None,
        searchable: bool = True,
        wrap: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """`wrap`: long texts wrap and rows grow to them (a few rows of sentences)."""
        super().__init__(parent)
        self.model = model
        self._sized = False
        self._wanted: Any = None  # a record id to select once the rows arrive
        self._name, self._placeholder = name, search_placeholder
        self.proxy = SearchProxy(self)  # either language, accents and case ignored; QCollator order
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.setVisible(searchable)
        layout.addWidget(self.search)

        self.table = TableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        columns = model.columns()
        self.table.size_columns(
            fit=[i for i, c in enumerate(columns) if c.fits_contents],
            stretch=next((i for i, c in enumerate(columns) if c.stretch), None),
            wrap=wrap,
        )
        self.table.selectionModel().currentRowChanged.connect(self._emit_current)
        self.table.activated.connect(lambda index: self.activated.emit(index.data(ROW_ROLE)))
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self._placeholder or self.tr("Search…"))
        self.search.setAccessibleName(self.tr("Search %1").replace("%1", self._name))
        self.table.setAccessibleName(self._name)
        self.proxy.set_locale(QLocale())  # sort as a reader of the current language

    def set_texts(self, name: str, columns: list[Column[Row]] | None = None, *,
                  search_placeholder: str | None = None) -> None:
        """The list's name (screen readers, its search box) and its columns' titles and
        texts, in the current language: called from the owner's `retranslate`."""
        self._name, self._placeholder = name, search_placeholder
        if columns is not None:
            self.model.set_columns(columns)
        self.retranslate()

    def select_id_when_shown(self, row_id: Any) -> None:
        """Select the record `row_id` now, or when rows next arrive if it is not shown yet."""
        self._wanted = None if self.select_where(lambda r: getattr(r, "id", None) == row_id) else row_id

    def set_rows(self, rows: list[Row], *, keep: Any = None) -> None:
        """Replace the rows; re-select the row whose `id` equals `keep` (or the old one)."""
        previous = keep if keep is not None else getattr(self.current_row(), "id", None)
        if self._wanted is not None:
            previous, self._wanted = self._wanted, None
        self.model.set_rows(rows)
        if rows and not self._sized:  # size once; later refreshes keep the user's widths
            self._sized = True
            self.table.fit_interactive_columns()
        if previous is not None and self.select_where(lambda r: getattr(r, "id", None) == previous):
            return
        self._emit_current()

    def current_row(self) -> Row | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_where(self, predicate: Any) -> bool:
        row = self.model.find_row(predicate)
        if row < 0:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            return False
        self.table.setCurrentIndex(proxy_index)
        self.table.scrollTo(proxy_index)
        return True

    def _emit_current(self, *_: Any) -> None:
        self.currentRowChanged.emit(self.current_row())
