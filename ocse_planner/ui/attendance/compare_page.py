"""Attendance ▸ Compare editions: two or more editions of a series side by side.

The editions are checked in a list (those sharing the current series' title are checked
for you); the measures (reach, returning audience, sectors, survey…) are chosen in a
second list and shown in one table with the change from each edition to the next, with
the table's notes under it; three charts draw participants, sector shares and survey
agreement per edition from the same models. The comparison (services/comparison.py) is
read on a worker thread after each change of editions or threshold; only the newest
result is shown, in the interface's language (the organizers' own texts too: the French
title, sector names and statements when the window speaks French). Small counts are hidden below the threshold chosen here, by the rule of
the exports. Everything is reachable with Tab, the arrow keys and Space.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ocse_planner import i18n
from ocse_planner.services import overview
from ocse_planner.services.bilingual import localized
from ocse_planner.services.comparison import Comparison, Section, compare_editions, editions_of
from ocse_planner.ui.attendance.bar_chart_view import BarChart
from ocse_planner.ui.attendance.comparison_model import ComparisonTableModel
from ocse_planner.ui.common import errors
from ocse_planner.ui.common.buttons import push_button
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.retranslate import Retranslatable, caption
from ocse_planner.ui.common.focus import set_tab_order
from ocse_planner.ui.common.lazy_refresh import RefreshWhenShown
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_view import TableView
from ocse_planner.ui.common.tasks import Latest, Task, run_task

SERIES_ROLE = Qt.ItemDataRole.UserRole + 1
PARTICIPANTS = ("participants_reported", "participants_counted")


class ComparePage(Retranslatable, QWidget):
    """The page; `exportRequested` asks the window for File ▸ Export ▸ Comparison…."""

    exportRequested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.comparison: Comparison | None = None
        self.task: Task | None = None
        self._latest = Latest()  # the series list and the comparison: only the newest read fills the page
        self._loaded_for: tuple[object, int | None] | None = None  # (database, series) the list was made for

        self.editions_model = QStandardItemModel(self)
        self.editions = QListView(self)
        self.editions.setModel(self.editions_model)
        self._filling = False  # checks set by the page itself, not by a person
        self.editions_model.itemChanged.connect(self._checks_changed)

        self.min_cell = QSpinBox(self)
        self.min_cell.setRange(0, 99)
        self.min_cell.valueChanged.connect(lambda *_: self.compare())
        self.export_button = push_button(self, "", "", self.exportRequested.emit)

        self.measures_model = QStandardItemModel(self)
        self.measures = QListView(self)
        self.measures.setModel(self.measures_model)
        self.measures.setWordWrap(True)
        self.editions.setWordWrap(True)
        self.measures.selectionModel().currentChanged.connect(lambda *_: self._show_table())

        self.table_model = ComparisonTableModel(self)
        self.table = TableView(self)
        self.table.setModel(self.table_model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table_model.modelReset.connect(self._size_columns)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.participants_model = ComparisonTableModel(self, keys=PARTICIPANTS)
        self.sectors_model = ComparisonTableModel(self)
        self.survey_model = ComparisonTableModel(self)
        self.participants_chart = BarChart(parent=self)
        self.sectors_chart = BarChart(parent=self)
        self.survey_chart = BarChart(parent=self)
        for chart, model in ((self.participants_chart, self.participants_model),
                             (self.sectors_chart, self.sectors_model), (self.survey_chart, self.survey_model)):
            chart.set_model(model, 0, 1)
            model.modelReset.connect(lambda chart=chart, model=model: chart.set_value_columns(model.edition_columns()))
        self.sectors_chart.set_unit(" %")
        self.survey_chart.set_unit(" %")
        self.charts = QTabWidget(self)
        self.charts.addTab(self.participants_chart, "")
        self.charts.addTab(self.sectors_chart, "")
        self.charts.addTab(self.survey_chart, "")

        left = QVBoxLayout()
        editions_box = self.editions_box = QGroupBox(self)
        QVBoxLayout(editions_box).addWidget(self.editions)
        left.addWidget(editions_box, 1)
        form = QFormLayout()
        self.min_cell_caption = caption(self, self.min_cell)
        form.addRow(self.min_cell_caption, self.min_cell)
        left.addLayout(form)
        left.addWidget(self.export_button)
        measures_box = self.measures_box = QGroupBox(self)
        QVBoxLayout(measures_box).addWidget(self.measures)
        left.addWidget(measures_box, 3)
        middle = QVBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addWidget(self.notes)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(middle, 6)
        layout.addWidget(self.charts, 4)
        set_tab_order(self.editions, self.min_cell, self.export_button, self.measures, self.table,
                      self.charts.tabBar(), self.participants_chart)
        self.refresher = RefreshWhenShown(self, self.refresh)  # a hidden page only notes that it is stale
        for signal in (state.seriesChanged, state.dataChanged, state.databaseChanged):
            signal.connect(self.refresher.request)
        self.retranslate()

    def retranslate(self) -> None:
        self.editions.setAccessibleName(self.tr("Editions to compare"))
        self.editions.setToolTip(self.tr("Check two or more editions (Space checks the current one)"))
        self.min_cell.setSpecialValueText(self.tr("none"))
        self.min_cell.setAccessibleName(self.tr("Hide counts below"))
        self.min_cell_caption.setText(self.tr("Hide counts &below:"))
        self.export_button.setText(self.tr("E&xport comparison…"))
        self.export_button.setAccessibleName(self.tr("Write the comparison workbook"))
        self.measures.setAccessibleName(self.tr("Measures"))
        self.table.setAccessibleName(self.tr("Comparison of editions"))
        self.notes.setAccessibleName(self.tr("Notes on the comparison"))
        self.participants_chart.setAccessibleName(self.tr("Participants per edition"))
        self.sectors_chart.setAccessibleName(self.tr("Sector shares per edition"))
        self.survey_chart.setAccessibleName(self.tr("Survey agreement per edition"))
        self.charts.setAccessibleName(self.tr("Charts"))
        self.charts.setTabText(0, self.tr("Participants"))
        self.charts.setTabText(1, self.tr("Sector shares"))
        self.charts.setTabText(2, self.tr("Survey"))
        self.editions_box.setTitle(self.tr("Editions"))
        self.measures_box.setTitle(self.tr("Measures"))
        self._show(self.comparison)  # the measures, table and notes are sentences of the comparison

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """After a language switch the page's words are retranslated (Retranslatable) and
        the titles, sector names and statements are read again in the new language."""
        super().changeEvent(event)
        refresher = getattr(self, "refresher", None)  # (not yet while the page is being built)
        if event.type() == QEvent.Type.LanguageChange and refresher is not None and self.state.db is not None:
            refresher.request()

    # --- what is compared ----------------------------------------------------------------

    def selection(self) -> tuple[list[int], int | None]:
        """The checked editions' series ids and the threshold (None: hide nothing)."""
        ids = [int(item.data(SERIES_ROLE)) for item in self._items() if item.checkState() == Qt.CheckState.Checked]
        return ids, (self.min_cell.value() or None)

    def _items(self) -> list[QStandardItem]:
        return [self.editions_model.item(row) for row in range(self.editions_model.rowCount())]

    def set_checked(self, series_ids: list[int]) -> None:
        """Check exactly these editions (and compare them)."""
        self._filling = True
        try:
            for item in self._items():
                checked = int(item.data(SERIES_ROLE)) in series_ids
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self._filling = False
        self.compare()

    def _checks_changed(self, *_: object) -> None:
        if not self._filling:
            self.compare()

    def pending(self) -> bool:
        """True while the newest comparison is being read (tests wait on it)."""
        return self.task is not None and not self.task.done

    # --- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        """The list of series (on a worker), then the comparison of the checked ones."""
        db, series_id = self.state.db, self.state.series_id
        if db is None:
            self._latest.supersede()
            self._fill_editions([], [])
            return
        same_place = self._loaded_for == (db, series_id)
        kept, _ = self.selection()
        language = i18n.current_language()  # the series' titles in it

        def work(_progress: object) -> tuple:  # type: ignore[type-arg]
            with db.read() as session:
                rows = [(s.id, localized(s.title, s.title_fr, language, mark=False), s.year)
                        for s in overview.list_series(session)]
                return rows, editions_of(session, series_id) if series_id is not None else []

        def done(result: tuple) -> None:  # type: ignore[type-arg]
            rows, editions = result
            self._loaded_for = (db, series_id)
            self._fill_editions(rows, kept if same_place and kept else editions)

        def failed(exc: BaseException) -> None:
            errors.report(self, exc, self.tr("Compare editions"))

        self.task = run_task(work, done, failed, parent=self, what=self.tr("Reading the series"), latest=self._latest)

    def _fill_editions(self, rows: list[tuple[int, str, int]], checked: list[int]) -> None:
        self._filling = True
        try:
            self.editions_model.clear()
            for series_id, title, year in sorted(rows, key=lambda r: (r[2], r[0])):
                item = QStandardItem(fill(self.tr("%1 · %2"), str(year), title))
                item.setData(series_id, SERIES_ROLE)
                item.setToolTip(title)
                item.setEditable(False)
                item.setCheckable(True)
                item.setCheckState(Qt.CheckState.Checked if series_id in checked else Qt.CheckState.Unchecked)
                self.editions_model.appendRow(item)
        finally:
            self._filling = False
        if self.editions_model.rowCount() and not self.editions.currentIndex().isValid():
            self.editions.setCurrentIndex(self.editions_model.index(0, 0))
        self.compare()

    def compare(self) -> None:
        db = self.state.db
        ids, min_cell = self.selection()
        if db is None or len(ids) < 2:
            self._latest.supersede()
            self._show(None)
            return

        language = i18n.current_language()  # the organizers' texts (sectors, statements) in it

        def work(_progress: object) -> Comparison:
            with db.read() as session:
                return compare_editions(session, ids, language).suppressed(min_cell)

        def done(comparison: Comparison) -> None:
            self._show(comparison)

        def failed(exc: BaseException) -> None:
            self._show(None)
            errors.report(self, exc, self.tr("Compare editions"))

        self.task = run_task(work, done, failed, parent=self, what=self.tr("Comparing the editions"),
                             latest=self._latest)

    # --- showing -------------------------------------------------------------------------
    def _show(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        current = self.measures.currentIndex()
        section = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else Section.REACH.value
        self.measures_model.clear()
        editions = comparison.editions if comparison is not None else ()
        min_cell = comparison.min_cell if comparison is not None else None
        for chart_model, wanted in ((self.participants_model, Section.REACH), (self.sectors_model, Section.SECTORS),
                                    (self.survey_model, Section.SURVEY)):
            chart_model.set_table(comparison.table(wanted) if comparison else None, editions, min_cell)
        self.export_button.setEnabled(comparison is not None)
        if comparison is None:
            self.table_model.set_table(None, ())
            self.notes.setText(self.tr(
                "Check two or more editions to compare them. Editions of the selected series (series with the "
                "same title) are checked for you; any series can be compared."))
            return
        chosen = 0
        for index, table in enumerate(comparison.tables):
            item = QStandardItem(table.title.message())
            item.setData(table.section.value, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.measures_model.appendRow(item)
            if table.section.value == section:
                chosen = index
        self.measures.selectionModel().setCurrentIndex(
            self.measures_model.index(chosen, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_table()

    def _show_table(self) -> None:
        comparison, current = self.comparison, self.measures.currentIndex()
        if comparison is None or not current.isValid():
            return
        table = comparison.table(Section(current.data(Qt.ItemDataRole.UserRole)))
        if table is None:
            return
        self.table_model.set_table(table, comparison.editions, comparison.min_cell)
        lines = [n.message() for n in comparison.notes]
        if table.caption is not None:
            lines.append(table.caption.message())
        lines += [f"[{number}] {note.message()}" for number, note in enumerate(table.notes(), start=1)]
        if comparison.min_cell is not None:
            lines.append(self.tr("Counts below %1 are hidden, with the shares and changes that would reveal them.")
                         .replace("%1", str(comparison.min_cell)))
        self.notes.setText("\n".join(lines))

    def _size_columns(self) -> None:
        if self.table_model.columnCount():
            self.table.size_columns(fit=range(1, self.table_model.columnCount()), stretch=0, wrap=True)
