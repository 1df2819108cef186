"""A small horizontal bar chart painted from any table model — no charting dependency.

The chart reads one label column and one value column of a QAbstractItemModel (the value
from SORT_ROLE, which the app's models fill with the number behind the shown text), and
repaints whenever the model changes, so a table and its chart can never disagree. It is
focusable and its accessible description lists every figure, so a screen-reader user gets
what a sighted user sees. Given several value columns (`set_value_columns`), each row is a
group of bars, one per column, in colours named by a legend (editions side by side).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.labels import format_number
from ocse_planner.ui.common.table_model import SORT_ROLE
from ocse_planner.ui.common.retranslate import Retranslatable

BAR_HEIGHT = 18
GAP = 6
# Colours of the second and later bars of a group (the first is the palette's highlight):
# distinguishable with the common colour-vision deficiencies, dark enough on white.
SERIES_COLOURS = ("#c55a11", "#548235", "#7030a0", "#806000")


class BarChart(Retranslatable, QWidget):
    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        """`name`: what a screen reader calls it (its owner renames it in its own language)."""
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._model: QAbstractItemModel | None = None
        self._label_column = 0
        self._value_column = 1
        self._skip_last_row = False
        self._extra_columns: list[int] = []
        self._unit = ""
        self._bars: list[tuple[str, float]] = []
        self._groups: list[tuple[str, list[float]]] = []
        self._series: list[str] = []  # the value columns' headers, for the legend
        self.retranslate()

    def retranslate(self) -> None:
        """Bars, legend and the empty-chart sentence again in the current language (the
        headers and labels come from the model, which speaks it now)."""
        if self._model is not None:
            self._reload()
        self.update()

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

    def set_value_columns(self, columns: list[int]) -> None:
        """A group of bars per row, one per column (after `set_model`); none: no bars."""
        self._value_column = columns[0] if columns else -1
        self._extra_columns = list(columns[1:])
        self._reload()

    def set_unit(self, unit: str) -> None:
        """Written after each value (" %" for shares in per cent)."""
        self._unit = unit
        self._reload()

    def bars(self) -> list[tuple[str, float]]:
        """(label, value) of every bar of the first value column, as drawn."""
        return list(self._bars)

    def groups(self) -> list[tuple[str, list[float]]]:
        """(label, [value per value column]) of every row, as drawn."""
        return [(label, list(values)) for label, values in self._groups]

    def series_names(self) -> list[str]:
        return list(self._series)

    def _text(self, value: float) -> str:
        return format_number(int(value) if value.is_integer() else value, 1) + self._unit

    def _reload(self, *_: Any) -> None:
        model = self._model
        self._groups, self._series = [], []
        if model is not None:
            rows = model.rowCount(QModelIndex()) - (1 if self._skip_last_row else 0)
            columns = model.columnCount(QModelIndex())
            value_columns = [c if c >= 0 else columns + c for c in (self._value_column, *self._extra_columns)]
            value_columns = [c for c in value_columns if 0 <= c < columns] if columns else []
            self._series = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in value_columns]
            for row in range(max(rows, 0)):
                label = model.index(row, self._label_column).data(Qt.ItemDataRole.DisplayRole)
                values = []
                for column in value_columns:
                    value = model.index(row, column).data(SORT_ROLE)
                    values.append(float(value) if isinstance(value, int | float) and value > 0 else 0.0)
                self._groups.append((str(label or ""), values))
        self._bars = [(label, values[0] if values else 0.0) for label, values in self._groups]
        pair = self.tr("%1: %2")  # "Secteur : 12" in French
        if len(self._series) > 1:
            description = "; ".join(
                fill(pair, label, ", ".join(
                    fill(pair, name, self._text(v)) for name, v in zip(self._series, values)))
                for label, values in self._groups)
        else:
            description = "; ".join(fill(pair, label, self._text(v)) for label, v in self._bars)
        has_figures = any(v > 0 for _, values in self._groups for v in values)
        self.setAccessibleDescription(description if has_figures else self.empty_text())
        self.setToolTip(description.replace("; ", "\n"))
        self.updateGeometry()
        self.update()

    def empty_text(self) -> str:
        return self.tr("No counts to chart yet: import an attendance report, or enter counts "
                       "on the Entered figures page.")

    def _per_group(self) -> int:
        return max(1, len(self._series))

    def sizeHint(self) -> QSize:
        legend = BAR_HEIGHT + GAP if self._per_group() > 1 else 0
        return QSize(360, max(60, legend + len(self._groups) * (BAR_HEIGHT * self._per_group() + GAP) + GAP * 2))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 60)

    def _colour(self, index: int, palette: QPalette) -> QColor:
        if index == 0:
            return palette.color(QPalette.ColorRole.Highlight)
        return QColor(SERIES_COLOURS[(index - 1) % len(SERIES_COLOURS)])

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = painter.fontMetrics()
        if not any(v > 0 for _, values in self._groups for v in values):  # zero bars read as broken
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect().adjusted(GAP, GAP, -GAP, -GAP),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text())
            return
        per_group = self._per_group()
        top = GAP
        if per_group > 1:  # the legend: a swatch and the column's name per series
            left = GAP
            for index, name in enumerate(self._series):
                painter.fillRect(QRectF(left, top + 4, 10, 10), self._colour(index, palette))
                painter.setPen(palette.color(QPalette.ColorRole.Text))
                width = metrics.horizontalAdvance(name) + 4
                painter.drawText(QRectF(left + 14, top, width, BAR_HEIGHT), Qt.AlignmentFlag.AlignVCenter, name)
                left += 14 + width + 12
            top += BAR_HEIGHT + GAP
        label_width = min(max(metrics.horizontalAdvance(label) for label, _ in self._groups) + 12, self.width() // 2)
        value_width = metrics.horizontalAdvance("000,000" + self._unit) + 8
        available = max(self.width() - label_width - value_width - GAP * 2, 10)
        highest = max(v for _, values in self._groups for v in values) or 1.0
        for label, values in self._groups:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRectF(GAP, top, label_width - 8, BAR_HEIGHT * per_group),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            for index, value in enumerate(values):
                width = available * value / highest
                painter.fillRect(QRectF(GAP + label_width, top + 2, width, BAR_HEIGHT - 4),
                                 self._colour(index, palette))
                painter.setPen(palette.color(QPalette.ColorRole.Text))
                painter.drawText(QRectF(GAP + label_width + width + 4, top, value_width, BAR_HEIGHT),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._text(value))
                top += BAR_HEIGHT
            top += GAP
        if self.hasFocus():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
