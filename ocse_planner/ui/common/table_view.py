"""The one table view every table of the app is made from, and how its columns are sized.

A plain QTableView keeps the Tab key: Tab moves from cell to cell and wraps around, so a
person working with the keyboard never reaches the buttons and fields after the table
(and changes the selection on the way). Here Tab and Shift+Tab leave the table, as in
every other control; the arrow keys, Home/End and Page Up/Down move inside it.

Columns: numbers and short codes are sized to their contents (never cut: "56", not "5"),
one text column may take the width that is left and elide what does not fit (its full
text is in the tool tip), and the other columns start at their contents' width, capped.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

MAX_START_WIDTH = 420  # a column sized to its contents starts no wider than this
RESIZE_PRECISION_ROWS = 200  # rows measured when sizing (Qt's default of 1,000 is slow on big lists)


class TableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setResizeContentsPrecision(RESIZE_PRECISION_ROWS)
        self._shrinkable: tuple[int, ...] = ()
        self._content_widths: dict[int, int] = {}

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A model that titles its columns when asked (headerData with tr) is asked again:
        its headers and cells repaint in the new language, rows and scroll unchanged. A
        column whose new title or texts (an organizer's French title) are longer than it is
        wide grows to show them, up to MAX_START_WIDTH (French runs about a fifth longer);
        widths the person chose are otherwise kept."""
        if event.type() == QEvent.Type.LanguageChange:
            from ocse_planner.ui.common.retranslate import headers_changed

            headers_changed(self.model())
            self._widen_to_titles()
        super().changeEvent(event)

    widen_to_titles = True  # False: the view shares its width out itself (the timetable)

    def _widen_to_titles(self) -> None:
        header = self.horizontalHeader()
        if not self.widen_to_titles or self.model() is None or header.isHidden():
            return
        if self._shrinkable:  # a view fitted to its width: fitted again, the new titles counted
            self.fit_to_width(self._shrinkable)
            return
        last = header.count() - 1
        for column in range(header.count()):
            if self.isColumnHidden(column) or (column == last and header.stretchLastSection()):
                continue
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
                continue
            wanted = min(max(header.sectionSizeHint(column), self.sizeHintForColumn(column)), MAX_START_WIDTH)
            if self.columnWidth(column) < wanted:
                self.setColumnWidth(column, wanted)

    def size_columns(
        self,
        *,
        fit: Iterable[int] = (),
        stretch: int | None = None,
        wrap: bool = False,
    ) -> None:
        """Set how columns take their width: `fit` follow their contents, `stretch` takes
        what is left (the last column does when None); `wrap` lets rows grow to wrapped text."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in fit:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(stretch is None)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(wrap)
        if wrap:
            self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def fit_interactive_columns(self, cap: int = MAX_START_WIDTH) -> None:
        """Give the columns a person may resize their contents' width, at most `cap`."""
        header = self.horizontalHeader()
        for column in range(header.count()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
                self.resizeColumnToContents(column)
                if self.columnWidth(column) > cap:
                    self.setColumnWidth(column, cap)

    def fit_to_width(self, shrinkable: Iterable[int], cap: int = 300, minimum: int = 90) -> None:
        """Size every column to its contents (at most `cap`), then, when the whole is wider
        than the view, narrow the `shrinkable` text columns in proportion to what they hold
        above `minimum` until every column is in view; their text wraps and the rows grow.
        Kept while the view is resized."""
        self._shrinkable = tuple(shrinkable)
        self.setWordWrap(True)
        self.resizeColumnsToContents()
        self._content_widths = {c: min(self.columnWidth(c), cap) for c in range(self.horizontalHeader().count())}
        self._apply_fit(minimum)

    def _apply_fit(self, minimum: int = 90) -> None:
        widths = dict(self._content_widths)
        excess = sum(w for c, w in widths.items() if not self.isColumnHidden(c)) - self.viewport().width()
        spare = {c: max(widths[c] - minimum, 0) for c in self._shrinkable if c in widths}
        total_spare = sum(spare.values())
        if excess > 0 and total_spare:
            share = min(excess / total_spare, 1.0)
            for column, room in spare.items():
                widths[column] -= int(room * share + 0.999)
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._shrinkable and event.size().width() != event.oldSize().width():
            self._apply_fit()
