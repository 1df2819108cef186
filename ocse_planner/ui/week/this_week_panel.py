"""This week's list: what needs doing in the next days, across every series (services/todo.py),
shown in the dock of this_week_dock.py (View ▸ This week, Ctrl+Shift+D).

Presenter follow-ups ("invited 16 days ago, no answer"), partner action items and
readiness items, soonest first, the overdue ones marked in colour and in words. Enter
or a double-click on an entry shows where to act on it: the webinar's checklist on the
Sessions tab, or the Partners tab. Whether the dock is shown, where it sits and how many
days it looks ahead are kept for the next start (ui/common/settings.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ocse_planner.services import todo
from ocse_planner.services.todo import Source, TodoEntry
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.lazy_refresh import RefreshWhenShown
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.settings import THIS_WEEK_DAYS, FOLLOW_UP_DAYS, Settings
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import AnyIndex, Column, RecordTableModel
from ocse_planner.ui.common.readiness_labels import STATE_COLOURS, short_date
from ocse_planner.services.readiness import ItemState

DUE = 0


class ThisWeekModel(RecordTableModel[TodoEntry]):
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (index.isValid() and index.column() == DUE
                and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)):
            state = ItemState.OVERDUE if self.row_at(index.row()).overdue else ItemState.DUE
            colours = STATE_COLOURS[state]
            return QBrush(QColor(colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]))
        return super().data(index, role)


class ThisWeekPanel(Retranslatable, QWidget):
    """The list and its "days ahead" field."""

    entryActivated = Signal(object)  # a TodoEntry

    def __init__(self, state: AppState, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.settings = settings
        self.days_label = QLabel(self)
        self.days = QSpinBox(self)
        self.days.setRange(THIS_WEEK_DAYS.minimum, THIS_WEEK_DAYS.maximum)
        self.days.setValue(settings.get(THIS_WEEK_DAYS))
        self.days_label.setBuddy(self.days)
        self.days.valueChanged.connect(self._days_changed)
        self.count = QLabel(self)
        self.model = ThisWeekModel(self._columns(), self)
        self.view = RecordView(self.model, name="", parent=self)
        self.view.activated.connect(lambda entry: entry is not None and self.entryActivated.emit(entry))
        top = QHBoxLayout()
        top.addWidget(self.days_label)
        top.addWidget(self.days)
        top.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self._lazy = RefreshWhenShown(self, self.refresh)
        state.dataChanged.connect(self._lazy.request)
        state.databaseChanged.connect(self._lazy.request)
        self.retranslate()

    def _columns(self) -> list[Column[TodoEntry]]:
        return [
            Column(self.tr("Due"), lambda e: e.due_on, text=lambda e: self._due_text(e), fit=True),
            Column(self.tr("From"), lambda e: e.source, text=lambda e: self._source_text(e.source), fit=True),
            Column(self.tr("To do"), lambda e: e.text, tooltip=lambda e: e.text),
            Column(self.tr("Where, and why"), lambda e: e.hint, stretch=True),
        ]

    def _due_text(self, entry: TodoEntry) -> str:
        day = short_date(entry.due_on)
        return self.tr("%1 (overdue)").replace("%1", day) if entry.overdue else day

    def _source_text(self, source: Source) -> str:
        return {Source.PRESENTER: self.tr("Presenter"), Source.PARTNER: self.tr("Partner"),
                Source.READINESS: self.tr("Checklist")}[source]

    def retranslate(self) -> None:
        self.view.set_texts(self.tr("This week: what to do"), self._columns())
        self.days_label.setText(self.tr("Days ahead:"))  # no mnemonic: the dock is under every tab
        self.days.setAccessibleName(self.tr("Days ahead"))
        self.days.setSuffix(self.tr(" days"))
        self._lazy.request()  # the services' texts, in the new language

    def _days_changed(self, value: int) -> None:
        self.settings.set(THIS_WEEK_DAYS, value)
        self._lazy.request()

    def refresh(self) -> None:
        db = self.state.db
        entries: list[TodoEntry] = []
        if db is not None:
            with db.read() as session:
                entries = todo.todo(session, days=self.days.value(),
                                    follow_up_days=self.settings.get(FOLLOW_UP_DAYS))
        self.view.set_rows(entries)
        overdue = sum(1 for e in entries if e.overdue)
        self.count.setText(fill(self.tr("%1 to do, %2 overdue"), str(len(entries)), str(overdue)))

    def entries(self) -> list[TodoEntry]:
        return self.model.rows()
