"""Follow-ups: presenters still to invite, and invitations unanswered for N days.

N is a preference (`FOLLOW_UP_DAYS` in ui/common/settings.py, 14 by default) because
partners answer at different speeds; the same N also sets how close to a webinar an
unconfirmed presentation becomes a warning.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ocse_planner.services import bookings
from ocse_planner.services.bookings import FollowUp
from ocse_planner.ui.common.labels import format_date, format_datetime, in_language, label
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.settings import FOLLOW_UP_DAYS, Settings
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import Column, RecordTableModel

class FollowUpsView(Retranslatable, QWidget):
    daysChanged = Signal(int)

    def __init__(self, state: AppState, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.settings = settings
        self.list = RecordView(RecordTableModel(self._columns()), parent=self)
        self.days = QSpinBox(self)
        self.days.setRange(FOLLOW_UP_DAYS.minimum, FOLLOW_UP_DAYS.maximum)
        self.days.setValue(self.stored_days())
        self.days.valueChanged.connect(self._days_changed)
        self.caption = caption = QLabel(self)
        caption.setBuddy(self.days)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.days)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.retranslate()

    def _columns(self) -> list[Column[FollowUp]]:
        return [
            Column(self.tr("Presenter"), lambda f: f.booking.presenter),
            Column(self.tr("Presentation"), lambda f: f"{f.booking.webinar_number}. "
                   f"{in_language(f.booking.presentation_title, f.booking.presentation_title_fr)}"),
            Column(self.tr("Webinar starts"), lambda f: f.booking.starts_at,
                   text=lambda f: format_datetime(f.booking.starts_at, f.booking.time_zone)),
            Column(self.tr("Status"), lambda f: f.booking.status, text=lambda f: label(f.booking.status)),
            Column(self.tr("Invited"), lambda f: f.booking.invited_at,
                   text=lambda f: format_date(f.booking.invited_at, f.booking.time_zone)),
            Column(self.tr("Days waiting"), lambda f: -1 if f.waiting_days is None else f.waiting_days,
                   text=lambda f: "" if f.waiting_days is None else str(f.waiting_days), align_right=True),
        ]

    def retranslate(self) -> None:
        self.list.set_texts(self.tr("Follow-ups"), self._columns())
        self.days.setAccessibleName(self.tr("Follow up after days"))
        self.days.setSuffix(self.tr(" days"))
        self.caption.setText(self.tr("Follow up invitations unanswered after:"))

    def stored_days(self) -> int:
        return self.settings.get(FOLLOW_UP_DAYS)

    def _days_changed(self, value: int) -> None:
        self.settings.set(FOLLOW_UP_DAYS, value)
        self.refresh()
        self.daysChanged.emit(value)

    def refresh(self) -> None:
        db, series_id = self.state.db, self.state.series_id
        if db is None or series_id is None:
            self.list.set_rows([])
            return
        with db.read() as session:
            rows = bookings.follow_ups(session, series_id, self.days.value())
        self.list.set_rows(rows)
