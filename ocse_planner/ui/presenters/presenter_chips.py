"""Paints a timetable slot's presenters as coloured chips, one per presenter.

A slot with two presenters (Webinar 3, presentation 1) can hold one confirmed and one
still invited person; one background colour for the cell would hide that, so each name
gets its status colour. Text and tooltip stay in the model for screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ocse_planner.db.enums import BookingStatus

PRESENTERS_ROLE = Qt.ItemDataRole.UserRole + 10  # ((name, BookingStatus), ...) for the chips
STATUS_COLOURS: dict[BookingStatus, str] = {
    BookingStatus.TO_INVITE: "#e3e3e3",
    BookingStatus.INVITED: "#ffe39a",
    BookingStatus.CONFIRMED: "#bfe8bf",
    BookingStatus.DECLINED: "#f5b8b8",
    BookingStatus.WITHDRAWN: "#d6cce6",
}


class PresenterChipsDelegate(QStyledItemDelegate):
    PADDING = 4

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        presenters = index.data(PRESENTERS_ROLE)
        if not presenters:
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        metrics = option.fontMetrics
        x = option.rect.left() + self.PADDING
        height = metrics.height() + 4
        top = option.rect.top() + (option.rect.height() - height) // 2
        for name, status in presenters:
            width = metrics.horizontalAdvance(name) + 2 * self.PADDING
            chip = QRect(x, top, width, height)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QColor("#808080"))
            painter.setBrush(QColor(STATUS_COLOURS[status]))
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(QColor("#000000"))
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), name)
            x += width + self.PADDING
            if x > option.rect.right():
                break
        painter.restore()
