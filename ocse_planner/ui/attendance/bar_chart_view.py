"""A small horizontal bar chart painted from any table model — no charting dependency.

The chart reads one label column and one value column of a QAbstractItemModel (the value
from SORT_ROLE, which the app's models fill with the number behind the shown text), and
repaints whenever the model changes, so a table and its chart can never disagree. It is
focusable and its accessible description lists every figure, so a screen-reader user gets
what a sighted user sees.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ocse_planner.ui.common.labels import format_number
from ocse_planner.ui.common.table_model import SORT_ROLE

BAR_HEIGHT = 18
GAP = 6


class BarChart(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._model: QAbstractItemModel | None = None
        self._label_column = 0
        self._value_column = 1
        self._skip_last_row = False
        self._bars: list[tuple[str, float]] = []

    def set_model(
        self, model: QAbstractItemModel, label_column: int, value_column: int, *, skip_last_row: bool = False
    ) -> None:
        """Show `value_column` per row of `model`; `skip_last_row` leaves out a totals row.

        A negative `value_column` counts from the right (-1: the last column).
        """
        self._model = model
        self._label_column, self._value_column, self._skip_last_row = label_column, value_column, skip_last_row
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged, model.columnsInserted, model.columnsRemoved):
            signal.connect(self._reload)
        self._reload()

    def set_value_column(self, value_column: int) -> None:
        """Chart another column of the same model (counted or reported figures)."""
        self._value_column = value_column
        self._reload()

    def bars(self) -> list[tuple[str, float]]:
        """(label, value) of every bar, as drawn."""
        return list(self._bars)

    def _reload(self, *_: Any) -> None:
        model = self._model
        self._bars = []
        if model is not None:
            rows = model.rowCount(QModelIndex()) - (1 if self._skip_last_row else 0)
            columns = model.columnCount(QModelIndex())
            value_column = self._value_column if self._value_column >= 0 else columns + self._value_column
            for row in range(max(rows, 0)):
                label = model.index(row, self._label_column).data(Qt.ItemDataRole.DisplayRole)
                value = model.index(row, value_column).data(SORT_ROLE)
                number = float(value) if isinstance(value, int | float) and value > 0 else 0.0
                self._bars.append((str(label or ""), number))
        pair = self.tr("%1: %2")  # "Secteur : 12" in French
        description = "; ".join(pair.replace("%1", label).replace("%2", format_number(int(v) if v.is_integer() else v, 1))
                                for label, v in self._bars)
        has_figures = any(v > 0 for _, v in self._bars)
        self.setAccessibleDescription(description if has_figures else self.empty_text())
        self.setToolTip(description.replace("; ", "\n"))
        self.updateGeometry()
        self.update()

    def empty_text(self) -> str:
        return self.tr("No counts to chart yet: import an attendance report, or enter counts "
                       "on the Entered figures page.")

    def sizeHint(self) -> QSize:
        return QSize(360, max(60, len(self._bars) * (BAR_HEIGHT + GAP) + GAP * 2))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 60)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = painter.fontMetrics()
        if not any(value > 0 for _, value in self._bars):  # a row of zero bars reads as broken
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect().adjusted(GAP, GAP, -GAP, -GAP),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text())
            return
        label_width = min(max(metrics.horizontalAdvance(label) for label, _ in self._bars) + 12, self.width() // 2)
        value_width = metrics.horizontalAdvance("000,000") + 8
        top = GAP
        available = max(self.width() - label_width - value_width - GAP * 2, 10)
        highest = max(v for _, v in self._bars) or 1.0
        for label, value in self._bars:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRectF(GAP, top, label_width - 8, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            width = available * value / highest
            painter.fillRect(QRectF(GAP + label_width, top + 2, width, BAR_HEIGHT - 4),
                             palette.color(QPalette.ColorRole.Highlight))
            shown = format_number(int(value) if value.is_integer() else value, 1)
            painter.drawText(QRectF(GAP + label_width + width + 4, top, value_width, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            top += BAR_HEIGHT + GAP
        if self.hasFocus():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
