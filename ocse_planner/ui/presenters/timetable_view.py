"""The timetable of a series: every agenda slot in time order, presenters by status.

A QAbstractTableModel over the service's slots. The presenters cell is coloured by the
least settled booking status of the slot (one "to invite" makes the slot grey even if
the other presenter confirmed), the tooltip lists each presenter with their status and
their own local time, and slots named in a conflict carry a marker. A person dragged
from the directory onto a slot asks the tab to book them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

from ocse_planner.db.enums import BookingStatus
from ocse_planner.services.conflicts import Finding, Severity
from ocse_planner.services.timetable import SlotPresenter, TimetableSlot
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.labels import format_clock_range, format_date, in_language, label
from ocse_planner.ui.common.table_model import ROW_ROLE, AnyIndex
from ocse_planner.ui.common.retranslate import Retranslatable, headers_changed
from ocse_planner.ui.common.table_view import TableView
from ocse_planner.ui.presenters.presenter_chips import PRESENTERS_ROLE, STATUS_COLOURS, PresenterChipsDelegate

PERSON_MIME = "application/x-ocse-planner-person"

# The order in which a slot's colour is chosen: the least settled status wins.
_URGENCY = [BookingStatus.DECLINED, BookingStatus.WITHDRAWN, BookingStatus.TO_INVITE,
            BookingStatus.INVITED, BookingStatus.CONFIRMED]


def _name(presenter: SlotPresenter) -> str:
    """A presenter's chip text: an organization's French name in the French window."""
    return in_language(presenter.name, presenter.name_fr)


def slot_status(slot: TimetableSlot) -> BookingStatus | None:
    statuses = {p.status for p in slot.presenters}
    return next((s for s in _URGENCY if s in statuses), None)


def encode_person(person_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(PERSON_MIME, str(person_id).encode())
    return mime


def decode_person(mime: QMimeData) -> int | None:
    if not mime.hasFormat(PERSON_MIME):
        return None
    text = bytes(mime.data(PERSON_MIME).data()).decode(errors="replace")
    return int(text) if text.isdigit() else None


class TimetableModel(QAbstractTableModel):
    """Columns: webinar, date, time (webinar's zone), item, conflicts, presenters, their time.

    Conflicts come before the (wide) presenters so a marked slot is visible without scrolling.
    """

    presenterDropped = Signal(int, int)  # presentation id, person id

    WEBINAR, DATE, TIME, ITEM, CONFLICTS, PRESENTERS, LOCAL = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._slots: list[TimetableSlot] = []
        self._findings: dict[int, list[Finding]] = {}

    def set_slots(self, slots: list[TimetableSlot]) -> None:
        self.beginResetModel()
        self._slots = list(slots)
        self.endResetModel()

    def set_findings(self, findings: list[Finding]) -> None:
        by_slot: dict[int, list[Finding]] = {}
        for finding in findings:
            for presentation_id in finding.presentation_ids:
                by_slot.setdefault(presentation_id, []).append(finding)
        self._findings = by_slot
        if self._slots:
            self.dataChanged.emit(
                self.index(0, self.CONFLICTS), self.index(len(self._slots) - 1, self.CONFLICTS)
            )

    def slot_at(self, row: int) -> TimetableSlot:
        return self._slots[row]

    def row_of(self, presentation_id: int) -> int:
        return next((i for i, s in enumerate(self._slots) if s.id == presentation_id), -1)

    # --- Qt model API ----------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._slots)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def _headers(self) -> list[str]:
        """Asked each time: a language switch retitles the columns (views are told by
        TableView on LanguageChange)."""
        return [
            self.tr("Webinar"), self.tr("Date"), self.tr("Time"), self.tr("Item"),
            self.tr("Conflicts"), self.tr("Presenters"), self.tr("Presenters' time"),
        ]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self._headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._slots)):
            return None
        slot = self._slots[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(slot, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(slot, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(slot, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.PRESENTERS, self.CONFLICTS):
            return QBrush(QColor("#000000")) if self._background(slot, column) is not None else None
        if role == ROW_ROLE:
            return slot
        if role == PRESENTERS_ROLE and column == self.PRESENTERS:
            return tuple((_name(p), p.status) for p in slot.presenters)
        return None

    def _text(self, slot: TimetableSlot, column: int) -> str:
        if column == self.WEBINAR:
            return str(slot.webinar_number)
        if column == self.DATE:
            return format_date(slot.starts_at, slot.time_zone)
        if column == self.TIME:
            if slot.starts_at is None or slot.ends_at is None:
                return ""
            return format_clock_range(slot.starts_at, slot.ends_at, slot.time_zone)
        if column == self.ITEM:
            return in_language(slot.title, slot.title_fr)
        if column == self.PRESENTERS:
            return "; ".join(f"{_name(p)} ({label(p.status)})" for p in slot.presenters)
        if column == self.LOCAL:  # only the presenters whose clock differs from the series'
            return "; ".join(self._presenter_time(slot, p) for p in slot.presenters
                             if p.time_zone and p.time_zone != slot.time_zone)
        if column == self.CONFLICTS:
            findings = self._findings.get(slot.id, [])
            errors = sum(1 for f in findings if f.severity is Severity.ERROR)
            parts = []
            if errors:
                parts.append(self.tr("✖ %n error(s)", "", errors))
            if len(findings) - errors:
                parts.append(self.tr("⚠ %n warning(s)", "", len(findings) - errors))
            return ", ".join(parts)
        return ""

    @staticmethod
    def _presenter_time(slot: TimetableSlot, presenter: Any) -> str:
        if slot.starts_at is None or slot.ends_at is None or presenter.time_zone is None:
            return ""
        return f"{_name(presenter)}: {format_clock_range(slot.starts_at, slot.ends_at, presenter.time_zone)}"

    def _tooltip(self, slot: TimetableSlot, column: int) -> str | None:
        if column == self.WEBINAR:
            return fill(self.tr("Webinar %1: %2"), str(slot.webinar_number),
                        in_language(slot.webinar_title, slot.webinar_title_fr))
        if column == self.ITEM:
            return f"{label(slot.kind)}: {in_language(slot.title, slot.title_fr)}"
        if column in (self.PRESENTERS, self.LOCAL, self.TIME):
            lines = [f"{_name(p)} — {label(p.status)}" + (
                f" — {self._presenter_time(slot, p).split(': ', 1)[1]}" if p.time_zone else ""
            ) for p in slot.presenters]
            return "\n".join(lines) or None
        if column == self.CONFLICTS:
            return "\n".join(f.message for f in self._findings.get(slot.id, [])) or None
        return None

    def _background(self, slot: TimetableSlot, column: int) -> QBrush | None:
        if column == self.PRESENTERS:
            status = slot_status(slot)
            return QBrush(QColor(STATUS_COLOURS[status])) if status else None
        if column == self.CONFLICTS:
            findings = self._findings.get(slot.id, [])
            if any(f.severity is Severity.ERROR for f in findings):
                return QBrush(QColor("#f5b8b8"))
            if findings:
                return QBrush(QColor("#ffe39a"))
        return None

    # --- drag and drop: a person from the directory onto a slot ----------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        return parent.isValid() and decode_person(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        person_id = decode_person(data)
        if not parent.isValid() or person_id is None:
            return False
        self.presenterDropped.emit(self._slots[parent.row()].id, person_id)
        return True


class TimetableView(Retranslatable, TableView):
    """The table with drops enabled; selection is one slot.

    Columns: the short ones fit their contents; the item's title and the presenters' chips
    share what is left before the presenters' own times (`_share_width`), so that on a
    1280-pixel screen every slot's chips stay in view (long names elided) and the title
    keeps a readable width; the full texts are in the tool tips.
    """

    MIN_ITEM_WIDTH = 120
    MAX_ITEM_WIDTH = 420
    MIN_CHIPS_WIDTH = 110
    MAX_CHIPS_WIDTH = 460
    MIN_LOCAL_WIDTH = 110

    def __init__(self, model: TimetableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().setVisible(False)
        self.setItemDelegateForColumn(TimetableModel.PRESENTERS, PresenterChipsDelegate(self))
        self.size_columns(fit=(TimetableModel.WEBINAR, TimetableModel.DATE, TimetableModel.TIME))
        self._item_text_width = self.MAX_ITEM_WIDTH
        self._chips_width = self.MIN_CHIPS_WIDTH
        self._local_width = 0
        self.retranslate()

    widen_to_titles = False  # fit_columns shares the width out, the new titles' too

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Timetable"))
        headers_changed(self.model())  # titles and presenters' chips in the new language
        if self.model().rowCount():
            self.fit_columns()  # "✖ 1 erreur" may want more room than "✖ 1 error"

    def current_slot(self) -> TimetableSlot | None:
        index = self.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def fit_columns(self) -> None:
        """Size to contents, but keep long titles from pushing the presenters out of view."""
        self.resizeColumnToContents(TimetableModel.ITEM)
        self._item_text_width = self.columnWidth(TimetableModel.ITEM)
        model = self.model()
        metrics = self.fontMetrics()
        chips = max(
            (sum(metrics.horizontalAdvance(name) + 14 for name, _ in model.index(r, TimetableModel.PRESENTERS).data(PRESENTERS_ROLE))
             for r in range(model.rowCount())),
            default=0,
        )
        self._chips_width = min(max(120, chips + 8), self.MAX_CHIPS_WIDTH)
        # Findings arrive after the slots (computed off the UI thread): leave room for them.
        room = metrics.horizontalAdvance(self.tr("✖ %n error(s)", "", 1)) + 16
        self.resizeColumnToContents(TimetableModel.CONFLICTS)
        self.setColumnWidth(TimetableModel.CONFLICTS, max(self.columnWidth(TimetableModel.CONFLICTS), room))
        # The presenters' own clock is shown only when someone is in another zone.
        local = any(model.index(r, TimetableModel.LOCAL).data() for r in range(model.rowCount()))
        self.setColumnHidden(TimetableModel.LOCAL, not local)
        if local:
            self.resizeColumnToContents(TimetableModel.LOCAL)
        self._local_width = self.columnWidth(TimetableModel.LOCAL) if local else 0
        self._share_width()

    def _share_width(self) -> None:
        """Split what the short columns leave between the title, the chips and the presenters'
        own times (when shown): all whole when they fit; otherwise the own times keep at least
        MIN_LOCAL_WIDTH, the chips what they need (elided below that) and the title at least
        MIN_ITEM_WIDTH, so that no column runs past the right edge."""
        fixed = sum(self.columnWidth(c) for c in (TimetableModel.WEBINAR, TimetableModel.DATE,
                                                   TimetableModel.TIME, TimetableModel.CONFLICTS))
        room = self.viewport().width() - fixed
        local = min(self._local_width, self.MIN_LOCAL_WIDTH) if self._local_width else 0
        if self._local_width and room - local > self.MIN_ITEM_WIDTH + self._chips_width:
            local = min(self._local_width, room - self.MIN_ITEM_WIDTH - self._chips_width)
        room -= local
        item = min(self._item_text_width, self.MAX_ITEM_WIDTH)
        chips = self._chips_width
        if item + chips > room:
            chips = min(chips, max(room - self.MIN_ITEM_WIDTH, self.MIN_CHIPS_WIDTH))
            item = max(self.MIN_ITEM_WIDTH, room - chips)
        self.setColumnWidth(TimetableModel.ITEM, item)
        self.setColumnWidth(TimetableModel.PRESENTERS, chips)
        if local:
            self.setColumnWidth(TimetableModel.LOCAL, local)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()
