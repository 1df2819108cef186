"""The bookings of the selected presentation or person, with status and note changes.

Changing a status is an operation (ui/common/operations.py) calling the bookings service,
which records when it changed and keeps the history; every view (timetable, conflicts,
follow-ups) then re-reads it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ocse_planner.db.enums import BookingStatus
from ocse_planner.services import bookings
from ocse_planner.services.bookings import BookingRow
from ocse_planner.ui.common import dialogs, operations
from ocse_planner.ui.common.enum_combo import EnumCombo
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.labels import format_date, format_datetime, in_language, label
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import Column, RecordTableModel


class BookingsPanel(Retranslatable, QWidget):
    bookRequested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._source: tuple[str, int] | None = None  # ("presentation" | "person", id)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.list = RecordView(RecordTableModel(self._columns()), searchable=False, parent=self)
        self.list.currentRowChanged.connect(self._show_row)
        self.status: EnumCombo[BookingStatus] = EnumCombo(BookingStatus, self)
        self.note = QLineEdit(self)
        self.apply_button = QPushButton(self)
        self.apply_button.clicked.connect(self.apply)
        self.note.returnPressed.connect(self.apply)
        self.book_button = QPushButton(self)
        self.book_button.clicked.connect(self.bookRequested)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove)

        controls = QHBoxLayout()
        controls.addWidget(self.status)
        controls.addWidget(self.note, 1)
        controls.addWidget(self.apply_button)
        controls.addWidget(self.book_button)
        controls.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(controls)
        self._show_row(None)
        self._title_of: tuple[str, str] = ("", "")
        self.retranslate()

    @staticmethod
    def _title(row: BookingRow) -> str:
        """The presentation's title in the interface's language where written."""
        return in_language(row.presentation_title, row.presentation_title_fr)

    def _presentation(self, row: BookingRow) -> str:
        return f"{row.webinar_number}. {self._title(row)}"

    def _columns(self) -> list[Column[BookingRow]]:
        return [
        # Who, where they stand, and in what come first: on a narrow screen the dates scroll.
        Column(self.tr("Presenter"), lambda r: r.presenter),
        Column(self.tr("Status"), lambda r: r.status, text=lambda r: label(r.status), fit=True),
        Column(self.tr("Since"), lambda r: r.status_changed_at,
               text=lambda r: format_date(r.status_changed_at, r.time_zone), fit=True),
        Column(self.tr("Presentation"), lambda r: self._presentation(r), tooltip=lambda r: self._presentation(r)),
        Column(self.tr("Starts"), lambda r: r.starts_at, text=lambda r: format_datetime(r.starts_at, r.time_zone),
               fit=True),
        Column(self.tr("Invited"), lambda r: r.invited_at, text=lambda r: format_date(r.invited_at, r.time_zone),
               fit=True),
        Column(self.tr("Answered"), lambda r: r.responded_at,
               text=lambda r: format_date(r.responded_at, r.time_zone), fit=True),
        Column(self.tr("Note"), lambda r: r.note),
    ]

    def retranslate(self) -> None:
        self.list.set_texts(self.tr("Bookings"), self._columns())
        self.status.setAccessibleName(self.tr("New booking status"))
        self.note.setAccessibleName(self.tr("Booking note"))
        self.note.setPlaceholderText(self.tr("Note"))
        self.apply_button.setText(self.tr("Set status"))
        self.apply_button.setAccessibleName(self.tr("Set booking status and note"))
        self.book_button.setText(self.tr("&Book…"))
        self.book_button.setAccessibleName(self.tr("Book a presenter"))
        self.remove_button.setText(self.tr("Remo&ve booking"))
        self.remove_button.setAccessibleName(self.tr("Remove booking"))
        self._show_title()

    def _show_title(self) -> None:
        kind, name = self._title_of
        if kind == "presentation":
            self.title.setText(self.tr("Bookings of “%1”").replace("%1", name))
        elif kind == "person":
            self.title.setText(self.tr("Bookings of %1 in this series").replace("%1", name))
        else:
            self.title.setText("")

    def focus_chain(self) -> tuple[QWidget, ...]:
        return (self.list.table, self.status, self.note, self.apply_button, self.book_button, self.remove_button)

    def show_presentation(self, presentation_id: int | None, title: str = "") -> None:
        self._source = ("presentation", presentation_id) if presentation_id is not None else None
        self._title_of = ("presentation", title) if title else ("", "")
        self._show_title()
        self.refresh()

    def show_person(self, person_id: int | None, name: str = "") -> None:
        self._source = ("person", person_id) if person_id is not None else None
        self._title_of = ("person", name) if name else ("", "")
        self._show_title()
        self.refresh()

    def refresh(self) -> None:
        db = self.state.db
        if db is None or self._source is None:
            self.list.set_rows([])
            return
        kind, record_id = self._source
        with db.read() as session:
            if kind == "presentation":
                rows = bookings.bookings_for_presentation(session, record_id)
            else:
                rows = bookings.bookings_for_person(session, record_id, self.state.series_id)
        self.list.set_rows(rows)

    def _show_row(self, row: BookingRow | None) -> None:
        for widget in (self.status, self.note, self.apply_button, self.remove_button):
            widget.setEnabled(row is not None)
        if row is not None:
            self.status.set_value(row.status)
            self.note.setText(row.note)

    def apply(self) -> None:
        row = self.list.current_row()
        if row is None:
            return
        status, note = self.status.value(), self.note.text()
        if status == row.status and note == row.note:
            return
        text = (fill(self.tr("Change the status of %1 to %2"), row.presenter, label(status))
                if status != row.status else self.tr("Change the booking note of %1").replace("%1", row.presenter))
        operations.run(self, self.state, text,
                       lambda s: bookings.change_status(s, row.id, row.version, status, note),
                       title=self.tr("Booking not changed"))

    def remove(self) -> None:
        row = self.list.current_row()
        if row is None:
            return
        if not dialogs.ask_yes_no(
            self, self.tr("Remove booking"),
            fill(self.tr("Remove %1 from “%2”?"), row.presenter, self._title(row)),
            default_yes=False,
        ):
            return
        operations.run(self, self.state, fill(self.tr("Remove %1 from “%2”"), row.presenter, self._title(row)),
                       lambda s: bookings.remove_booking(s, row.id, row.version), title=self.tr("Booking not removed"))
