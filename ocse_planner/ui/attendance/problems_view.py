"""The list of problems found in an attendance file: (file, row, column, problem).

People fix the spreadsheet with this list beside them, so it can be copied (Ctrl+C copies
the selected rows as tab-separated text, which pastes into a spreadsheet as cells) or
saved as a CSV file.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ocse_planner.export.atomic import write_atomically
from ocse_planner.importers import Problem
from ocse_planner.services.errors import UserError
from ocse_planner.services.text import for_csv
from ocse_planner.ui.common import dialogs, errors
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.table_model import Column, RecordTableModel


class ProblemsView(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None, planner: Callable[[], Path | None] = lambda: None) -> None:
        super().__init__(parent)
        self._planner = planner  # the open planner file, which a saved list must not replace
        self.view = RecordView(RecordTableModel(self._columns()), searchable=False)
        self.view.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_selection)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_csv)
        shortcut = QShortcut(QKeySequence.StandardKey.Copy, self.view.table)
        shortcut.activated.connect(self.copy_selection)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.retranslate()

    def _columns(self) -> list[Column[Problem]]:
        return [
            Column(self.tr("File"), lambda p: Path(p.file).name),
            Column(self.tr("Row"), lambda p: p.row if p.row is not None else 0,
                   text=lambda p: "" if p.row is None else str(p.row), align_right=True),
            Column(self.tr("Column"), lambda p: p.column or ""),
            Column(self.tr("Problem"), lambda p: p.message()),
        ]

    def retranslate(self) -> None:
        self.view.set_texts(self.tr("Problems in the file"), self._columns())
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the selected problems"))
        self.save_button.setText(self.tr("&Save as CSV…"))
        self.save_button.setAccessibleName(self.tr("Save the problems as a CSV file"))

    def set_problems(self, problems: list[Problem]) -> None:
        self.view.set_rows(problems)
        self.copy_button.setEnabled(bool(problems))
        self.save_button.setEnabled(bool(problems))

    def _table_rows(self, selected_only: bool) -> list[list[str]]:
        model, proxy = self.view.model, self.view.proxy
        if selected_only:
            rows = sorted({i.row() for i in self.view.table.selectionModel().selectedRows()})
            if not rows:
                rows = list(range(proxy.rowCount()))
        else:
            rows = list(range(proxy.rowCount()))
        return [[str(proxy.index(r, c).data() or "") for c in range(model.columnCount())] for r in rows]

    def copy_selection(self) -> None:
        """Selected rows (all rows when none is selected) as TSV, headers first."""
        model = self.view.model
        header = [str(model.headerData(c, _horizontal())) for c in range(model.columnCount())]
        lines = ["\t".join(header)] + ["\t".join(cells) for cells in self._table_rows(True)]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def save_csv(self) -> None:
        """The problems as CSV: written like an export (atomic, never onto the planner file,
        private: problems quote cells, e-mails included) with formula-like cells kept as text."""
        title = self.tr("Save the problems")
        path = dialogs.ask_export_path(self, title, "problems.csv", "CSV files (*.csv);;All files (*)", self._planner())
        if path is None:
            return
        model = self.view.model
        header = [str(model.headerData(c, _horizontal())) for c in range(model.columnCount())]
        rows = [[for_csv(cell) for cell in row] for row in self._table_rows(False)]

        def write(temporary: Path) -> None:
            with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(header)
                writer.writerows(rows)

        try:
            write_atomically(path, write, private=True)
        except UserError as exc:
            errors.report(self, exc, title)


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
