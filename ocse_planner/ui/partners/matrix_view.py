"""Who works with whom: organizations × webinars (and series), each cell its roles.

Activating a cell (double-click or Enter) lists the records behind it beside the table:
the stored collaborations and the presentations the presenting role is derived from.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QVBoxLayout, QWidget

from ocse_planner.services import matrix as matrix_service
from ocse_planner.services.matrix import CellEntry, CellRole, MatrixColumn, PartnerMatrix
from ocse_planner.ui.common import errors
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.labels import in_language, label
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.retranslate import Retranslatable, headers_changed
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import AnyIndex, Column, RecordTableModel
from ocse_planner.ui.common.table_view import TableView
from ocse_planner.ui.common.tasks import Latest, run_task

ENTRIES_ROLE = Qt.ItemDataRole.UserRole + 10



def role_text(item: CellRole) -> str:
    if item.derived:
        text = QCoreApplication.translate("MatrixView", "presented") if item.count == 1 else QCoreApplication.translate("MatrixView", "presented ×%1").replace("%1", str(item.count))
        if item.via:
            text += " " + QCoreApplication.translate("MatrixView", "(via %1)").replace("%1", ", ".join(item.via))
        return text
    text = label(item.role)
    text = text[:1].lower() + text[1:]  # a proper noun keeps its capital: "partenaire de la Stratégie"
    return text if item.count == 1 else f"{text} ×{item.count}"


def cell_display(entries: tuple[CellEntry, ...]) -> str:
    return "; ".join(role_text(item) for item in matrix_service.summarize(entries))


def column_title(column: MatrixColumn) -> str:
    if column.kind == "webinar":
        return QCoreApplication.translate("MatrixView", "Webinar %1").replace("%1", str(column.number))
    return QCoreApplication.translate("MatrixView", "%1 series").replace("%1", str(column.year))


class MatrixModel(QAbstractTableModel):
    """Column 0 names the organization (units indented under their parent)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._matrix: PartnerMatrix | None = None

    def set_matrix(self, matrix: PartnerMatrix | None) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self.endResetModel()

    def matrix(self) -> PartnerMatrix | None:
        return self._matrix

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._matrix is None else len(self._matrix.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._matrix is None else len(self._matrix.columns) + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        m = self._matrix
        if m is None or not index.isValid() or not (0 <= index.row() < len(m.rows)):
            return None
        row = m.rows[index.row()]
        if index.column() == 0:
            name = in_language(row.label, row.label_fr)
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return "    " * row.depth + name
            if role == Qt.ItemDataRole.ToolTipRole:  # the whole name, when the column elides it
                parent = in_language(row.parent, row.parent_fr)
                return name + ("\n" + QCoreApplication.translate("MatrixView", "Part of %1").replace("%1", parent) if parent else "")
            if role == Qt.ItemDataRole.FontRole and row.depth == 0:
                font = QFont()
                font.setBold(True)
                return font
            return None
        entries = m.cell(index.row(), index.column() - 1)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_display(entries)
        if role == Qt.ItemDataRole.ToolTipRole and entries:
            return QCoreApplication.translate("MatrixView", "Double-click or press Enter to see the records behind this cell.")
        if role == ENTRIES_ROLE:
            return entries
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        m = self._matrix
        if orientation != Qt.Orientation.Horizontal or m is None or not (0 <= section <= len(m.columns)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MatrixView", "Organization") if section == 0 else column_title(m.columns[section - 1])
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return m.columns[section - 1].title
        return None


class MatrixView(Retranslatable, QWidget):
    """`collaborationActivated(organization_id, series_id, collaboration_id)`: open a stored record."""

    collaborationActivated = Signal(int, int, int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = MatrixModel(self)
        self.table = TableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self.open_cell)

        self.cell_title = QLabel(self)
        self._cell = QPersistentModelIndex()  # the cell whose records are shown
        self.cell_title.setTextFormat(Qt.TextFormat.PlainText)
        self.cell_title.setWordWrap(True)
        self.records: RecordView[CellEntry] = RecordView(RecordTableModel(self._columns()), searchable=False,
                                                         parent=self)
        self.records.activated.connect(self._open_record)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.cell_title)
        side_layout.addWidget(self.records)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("matrixSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter)
        self._organization_id: int | None = None
        self._latest = Latest()  # only the newest build may fill the matrix
        self.retranslate()

    def _columns(self) -> list[Column[CellEntry]]:
        return [
            Column(self.tr("Role"), self._entry_role),
            Column(self.tr("Webinar"), lambda e: e.webinar_number or 0,
                   text=lambda e: str(e.webinar_number) if e.webinar_number else self.tr("series")),
            Column(self.tr("Presentation"), lambda e: e.presentation),
            Column(self.tr("Presenter"), lambda e: e.presenter),
            Column(self.tr("Via unit"), lambda e: e.via),
            Column(self.tr("Status"), lambda e: label(e.status) if e.status else ""),
        ]

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Partner matrix"))
        headers_changed(self.model)  # organizations' names and cells in the new language
        self.records.set_texts(self.tr("Records behind the cell"), self._columns())
        if self._cell.isValid():
            self.open_cell(QModelIndex(self._cell))  # "NCECC — Webinar 3: 2 record(s)" in the new language
        else:
            self.cell_title.setText(self.tr("Double-click a cell (or press Enter) to see its records."))

    def _entry_role(self, entry: CellEntry) -> str:
        if entry.derived:
            return self.tr("Presenting organization (from the agenda)")
        return label(entry.role)

    @property
    def ready(self) -> bool:
        """Whether the matrix shown is the one last asked for (tests wait on this)."""
        return not self._latest.pending

    def refresh(self) -> None:
        """Rebuild off the UI thread: over many series and years it reads every booking."""
        db, series_id = self.state.db, self.state.series_id
        if db is None or series_id is None:
            self._latest.supersede()
            self._show(None)
            return
        self.status.setText(self.tr("Building the matrix…"))
        self.status.show()

        def work(_progress: object) -> PartnerMatrix:
            with db.read() as session:
                return matrix_service.build_matrix(session, series_id)

        run_task(work, self._show, self._failed, parent=self, what=self.tr("Building the partner matrix"),
                 latest=self._latest)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("The matrix could not be built."))
        self.status.show()
        errors.report(self, error, self.tr("Partner matrix"))

    def _show(self, matrix: PartnerMatrix | None) -> None:
        self.status.clear()
        self.status.hide()
        self.model.set_matrix(matrix)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 320))  # the webinars stay in view
        for column in range(1, self.model.columnCount()):
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column), 140), 240))
        self.table.resizeRowsToContents()
        self.records.set_rows([])
        self._cell = QPersistentModelIndex()
        self.cell_title.setText(self.tr("Double-click a cell (or press Enter) to see its records."))

    def open_cell(self, index: QModelIndex) -> None:
        m = self.model.matrix()
        if m is None or not index.isValid():
            return
        row = m.rows[index.row()]
        self._cell = QPersistentModelIndex(index)
        self._organization_id = row.organization_id
        if index.column() == 0:
            entries: tuple[CellEntry, ...] = tuple(
                e for c in range(len(m.columns)) if m.columns[c].kind == "webinar" for e in m.cell(index.row(), c)
            )
            where = self.tr("all webinars")
        else:
            entries = m.cell(index.row(), index.column() - 1)
            where = column_title(m.columns[index.column() - 1])
        self.cell_title.setText(
            fill(self.tr("%1 — %2: %3 record(s)"), row.name, where, str(len(entries)))
        )
        self.records.set_rows(list(entries))

    def _open_record(self, entry: CellEntry | None) -> None:
        if entry is not None and entry.collaboration_id is not None and self._organization_id is not None:
            self.collaborationActivated.emit(self._organization_id, entry.series_id, entry.collaboration_id)
