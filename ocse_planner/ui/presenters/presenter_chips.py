"""Paints a timetable slot's presenters as coloured chips, one per presenter.

A slot with two presenters (Webinar 3, presentation 1) can hold one confirmed and one
still invited person; one background colour for the cell would hide that, so each name
gets its status colour. When the column is narrower than the chips, long names are elided
so that every presenter keeps a chip in view. Text and tooltip stay in the model for
screen readers.
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


MIN_CHIP_WIDTH = 48


def chip_widths(wanted: list[int], room: int, gap: int) -> list[int]:
    """Each chip's width: as wanted when all fit in `room`; otherwise the widest are cut
    down (their names elided) until they fit, none below MIN_CHIP_WIDTH, so every
    presenter of a slot keeps a chip of their colour in view."""
    available = room - gap * len(wanted)
    if sum(wanted) <= available or not wanted:
        return list(wanted)
    remaining, cap = available, max(wanted)
    for done, width in enumerate(sorted(wanted)):  # the narrow chips keep their width
        share = remaining // (len(wanted) - done)
        if width > share:
            cap = share
            break
        remaining -= width
    return [min(w, max(cap, MIN_CHIP_WIDTH)) for w in wanted]


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
        widths = chip_widths([metrics.horizontalAdvance(name) + 2 * self.PADDING + 2 for name, _ in presenters],
                             option.rect.width() - self.PADDING, self.PADDING)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for (name, status), width in zip(presenters, widths, strict=True):
            chip = QRect(x, top, width, height)
            painter.setPen(QColor("#808080"))
            painter.setBrush(QColor(STATUS_COLOURS[status]))
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(QColor("#000000"))
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width - 2 * self.PADDING)
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), text)
            x += width + self.PADDING
        painter.restore()
