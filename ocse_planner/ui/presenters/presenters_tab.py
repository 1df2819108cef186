"""Presenters tab: the directory and person editor (left), the series' timetable with
its bookings, conflicts and follow-ups (right).

The tab only wires parts together: each part reads through services and changes the
planner through operations (ui/common/operations.py), whose `notify_changed` brings every
part (and the other tabs) back in line, including the conflict check.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.db.enums import BookingStatus
from ocse_planner.export.atomic import write_bytes_atomic
from ocse_planner.export.ics import presenter_calendar, webinar_calendar
from ocse_planner.services import bookings, overview, people, timetable
from ocse_planner.services.errors import UserError
from ocse_planner.services.people import DirectoryRow
from ocse_planner.services.time_format import dated_range
from ocse_planner.ui.common import dialogs, errors, operations
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.focus import set_tab_order
from ocse_planner.ui.common.labels import in_language, label
from ocse_planner.ui.common.lazy_refresh import RefreshWhenShown
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.retranslate import Retranslatable, caption, set_item_texts
from ocse_planner.ui.common.settings import Settings
from ocse_planner.ui.common.sizing import compact_combo
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import AnyIndex, Column, RecordTableModel
from ocse_planner.ui.common.tasks import Progress, run_task
from ocse_planner.ui.presenters.booking_dialog import BookingDialog
from ocse_planner.ui.presenters.bookings_panel import BookingsPanel
from ocse_planner.ui.presenters.conflicts_panel import ConflictsPanel
from ocse_planner.ui.presenters.followups_view import FollowUpsView
from ocse_planner.ui.presenters.invitations_dialog import InvitationsDialog
from ocse_planner.ui.presenters.person_panel import PersonEditor
from ocse_planner.ui.presenters.timetable_view import PERSON_MIME, TimetableModel, TimetableView, encode_person

NOT_BOOKED = "not_booked"


class DirectoryModel(RecordTableModel[DirectoryRow]):
    """People rows that can be dragged onto a timetable slot."""

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        valid = [i for i in indexes if i.isValid()]
        return encode_person(self.row_at(valid[0].row()).id) if valid else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class PresentersTab(Retranslatable, QWidget):
    def __init__(self, state: AppState, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.settings = settings
        self._all_people: list[DirectoryRow] = []
        self._slots: list[timetable.TimetableSlot] = []
        self._tasks: list[object] = []

        # --- left: directory and editor ----------------------------------------
        self.people = RecordView(DirectoryModel(self._columns()), parent=self)
        self.people.table.setDragEnabled(True)
        self.people.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.people.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.people.table.customContextMenuRequested.connect(self._person_menu)
        self.people.currentRowChanged.connect(self._person_selected)
        self.org_filter = compact_combo(QComboBox(self))
        self.status_filter = compact_combo(QComboBox(self), 10)
        self.status_filter.addItem("", None)
        for status in BookingStatus:
            self.status_filter.addItem("", status)
        self.status_filter.addItem("", NOT_BOOKED)
        self.org_filter.currentIndexChanged.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        filters = QHBoxLayout()
        org_label = self.org_label = caption(self, self.org_filter)
        status_label = self.status_label = caption(self, self.status_filter)
        filters.addWidget(org_label)
        filters.addWidget(self.org_filter, 3)
        filters.addWidget(status_label)
        filters.addWidget(self.status_filter, 2)
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        directory = QWidget(self)
        directory_layout = QVBoxLayout(directory)
        directory_layout.setContentsMargins(0, 0, 0, 0)
        directory_layout.addLayout(filters)
        directory_layout.addWidget(self.people)
        directory_layout.addWidget(self.empty_hint)

        self.editor = PersonEditor(state, self)
        self.editor.saved.connect(lambda pid: self.people.select_where(lambda r: r.id == pid))
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setObjectName("presentersDirectorySplitter")
        left.addWidget(directory)
        left.addWidget(self.editor)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)
        left.setSizes([280, 420])
        left.setChildrenCollapsible(False)

        # --- right: timetable and lists --------------------------------------------
        self.timetable_model = TimetableModel(self)
        self.timetable_model.presenterDropped.connect(self.book_dropped)
        self.timetable = TimetableView(self.timetable_model, self)
        self.timetable.customContextMenuRequested.connect(self._slot_menu)
        self.timetable.selectionModel().currentRowChanged.connect(self._slot_selected)
        self.timetable_title = QLabel(self)
        self.timetable_title.setTextFormat(Qt.TextFormat.PlainText)

        self.bookings = BookingsPanel(state, self)
        self.bookings.bookRequested.connect(self.book_with_dialog)
        self.conflicts = ConflictsPanel(state, self)
        self.conflicts.findingsChanged.connect(self.timetable_model.set_findings)
        self.conflicts.list.activated.connect(self._show_finding)
        self.followups = FollowUpsView(state, self.settings, self)
        self.conflicts.unconfirmed_days = self.followups.days.value()
        self.followups.daysChanged.connect(self._days_changed)
        self.lists = QTabWidget(self)
        self.lists.addTab(self.bookings, "")
        self.lists.addTab(self.conflicts, "")
        self.lists.addTab(self.followups, "")

        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        self.invitations_button = QPushButton(self)
        self.invitations_button.setObjectName("writeInvitations")
        self.invitations_button.clicked.connect(self.write_invitations)
        title_row = QHBoxLayout()
        title_row.addWidget(self.timetable_title, 1)
        title_row.addWidget(self.invitations_button)
        upper_layout.addLayout(title_row)
        upper_layout.addWidget(self.timetable)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setObjectName("presentersTimetableSplitter")
        right.addWidget(upper)
        right.addWidget(self.lists)
        right.setSizes([380, 320])
        right.setChildrenCollapsible(False)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("presentersSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 790])
        splitter.setChildrenCollapsible(False)
        self.message = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.export_webinar_action = self._action("Ctrl+Shift+W", self.export_webinar_calendar, self.timetable)
        self.export_person_action = self._action("Ctrl+Shift+P", self.export_person_calendar, self.people.table)
        self.book_action = self._action("Ctrl+B", self.book_with_dialog, self)
        self.invitations_action = self._action("Ctrl+Shift+I", self.write_invitations, self)
        set_tab_order(self.org_filter, self.status_filter, self.people.search, self.people.table,
                      *self.editor.focus_chain(), self.invitations_button, self.timetable, self.lists.tabBar(),
                      *self.bookings.focus_chain(), self.conflicts.list.search, self.conflicts.list.table,
                      self.followups.days, self.followups.list.search, self.followups.list.table)

        # seriesChanged follows every databaseChanged (ui/common/state.py), so one refresh per
        # open; a hidden tab waits until it is shown.
        self.refresher = RefreshWhenShown(self, self.refresh)
        state.seriesChanged.connect(self.refresher.request)
        state.dataChanged.connect(self.refresher.request)
        self._caption_of: tuple[int | None, str] = (None, "")
        self.retranslate()

    def _columns(self) -> list[Column[DirectoryRow]]:
        return [
            Column(self.tr("Name"), lambda r: r.family_name, text=lambda r: r.name),
            # Their job title and organization in the interface's language where written.
            Column(self.tr("Job title"), lambda r: in_language(r.job_title, r.job_title_fr)),
            Column(self.tr("Organization"), lambda r: in_language(r.organization, r.organization_fr)),
            Column(self.tr("E-mail"), lambda r: r.email),
            Column(self.tr("Time zone"), lambda r: r.time_zone),
            Column(self.tr("Status in series"), lambda r: ", ".join(label(s) for s in r.statuses)),
        ]

    def retranslate(self) -> None:
        self.people.set_texts(self.tr("Presenters"), self._columns(),
                              search_placeholder=self.tr("Search people by name, title or organization…"))
        self.org_filter.setAccessibleName(self.tr("Filter by organization"))
        self.status_filter.setAccessibleName(self.tr("Filter by booking status"))
        set_item_texts(self.status_filter, [(None, self.tr("Any status")), *((s, label(s)) for s in BookingStatus),
                                            (NOT_BOOKED, self.tr("Not booked in this series"))])
        set_item_texts(self.org_filter, [(None, self.tr("Any organization"))])
        self.org_label.setText(self.tr("Organi&zation:"))
        self.status_label.setText(self.tr("Stat&us:"))
        self.empty_hint.setAccessibleName(self.tr("What to do next"))
        self.empty_hint.setText(self.tr(
            "No people in the directory yet: fill in the person form below and press Save person, then drag "
            "the person onto a slot of the timetable (or use Book…)."))
        self.lists.setAccessibleName(self.tr("Scheduling lists"))
        self.lists.setTabText(0, self.tr("Boo&kings"))
        self.lists.setTabText(1, self.tr("&Conflicts"))
        self.lists.setTabText(2, self.tr("Follo&w-ups"))
        self.message.setAccessibleName(self.tr("Presenters tab messages"))
        self.export_webinar_action.setText(self.tr("Export &webinar calendar…"))
        self.export_person_action.setText(self.tr("Export &presenter calendar…"))
        self.book_action.setText(self.tr("&Book…"))
        self.invitations_action.setText(self.tr("Write invitati&ons…"))
        self.invitations_button.setText(self.tr("Write invitati&ons…"))
        self.invitations_button.setToolTip(self.tr("Invitations, follow-ups, reminders, thanks and change notices "
                                                   "as e-mail drafts with the calendar attached (Ctrl+Shift+I)"))
        self.timetable_title.setText(self._timetable_caption(*self._caption_of))

    def _action(self, shortcut: str, slot: object, widget: QWidget) -> QAction:
        action = QAction(widget)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        widget.addAction(action)
        return action

    # --- reading -----------------------------------------------------------------
    def refresh(self) -> None:
        db, series_id = self.state.db, self.state.series_id
        if db is None:
            self._all_people, self._slots = [], []
        else:
            with db.read() as session:
                self._all_people = people.directory(session, series_id)
                organizations = overview.list_organizations(session)
                self._slots = timetable.timetable(session, series_id) if series_id is not None else []
                zone = timetable.series_time_zone(session, series_id) if series_id is not None else ""
            self._fill_org_filter(organizations)
        self._caption_of = (series_id, zone if db is not None else "")
        self.timetable_title.setText(self._timetable_caption(*self._caption_of))
        self.bookings.book_button.setEnabled(bool(self._slots))  # nothing to book yet
        self.invitations_button.setEnabled(bool(self._slots))
        self.invitations_action.setEnabled(bool(self._slots))
        self.book_action.setEnabled(bool(self._slots))
        self.editor.reload_organizations()
        self._apply_filter()
        self._show_empty_hint()
        if self.people.current_row() is None and self.editor.person_id is None and not self.editor.is_dirty():
            self.people.select_where(lambda _row: True)  # arrive on a person, not a blank form
        current = self.timetable.current_slot()
        self.timetable_model.set_slots(self._slots)
        if current is not None:
            row = self.timetable_model.row_of(current.id)
            if row >= 0:
                self.timetable.setCurrentIndex(self.timetable_model.index(row, 0))
        self.timetable.fit_columns()
        self.bookings.refresh()
        self.followups.refresh()
        self.conflicts.refresh()

    def _timetable_caption(self, series_id: int | None, zone: str) -> str:
        if series_id is None:
            return self.tr("No series selected: choose one on the Series tab to see its timetable.")
        if not self._slots:
            return self.tr("No presentations in this series yet: add them to the agendas on the Sessions tab, "
                           "then book presenters here.")
        return self.tr("Timetable (times in %1)").replace("%1", zone)

    def _show_empty_hint(self) -> None:
        self.empty_hint.setVisible(not self._all_people)

    def _fill_org_filter(self, organizations: list[overview.OrganizationRow]) -> None:
        current = self.org_filter.currentData()
        self.org_filter.blockSignals(True)
        self.org_filter.clear()
        self.org_filter.addItem(self.tr("Any organization"), None)  # (renamed by retranslate)
        for org in organizations:
            self.org_filter.addItem(f"{org.name} ({org.acronym})" if org.acronym else org.name, org.id)
        self.org_filter.setCurrentIndex(max(0, self.org_filter.findData(current)))
        self.org_filter.blockSignals(False)

    def _apply_filter(self, *_: object) -> None:
        org, status = self.org_filter.currentData(), self.status_filter.currentData()
        rows = [
            r for r in self._all_people
            if (org is None or r.organization_id == org)
            and (status is None or (status == NOT_BOOKED and not r.statuses) or status in r.statuses)
        ]
        self.people.set_rows(rows)

    def _person_selected(self, row: DirectoryRow | None) -> None:
        if row is None:
            return
        self.bookings.show_person(row.id, row.name)
        if self.editor.saving:
            return  # the directory refreshed by the editor's own save: the editor follows after it
        left = self.editor.person_id
        if left is not None and left != row.id and self.editor.is_dirty():
            # Saving refreshes the directory: never reset its model inside its own selection
            # signal, so save once this selection change has finished.
            person_id = row.id
            QTimer.singleShot(0, lambda: self._switch_person(left, person_id))
            return
        self.editor.load(row.id)  # the same person: what is being typed is kept

    def _switch_person(self, left: int, person_id: int) -> None:
        if self.editor.person_id != left:
            return  # shown another way meanwhile
        if not self.editor.commit_pending(self):
            # The person chose to go back to what they typed: show that person again.
            self.people.select_where(lambda r: r.id == left)
            return
        self.editor.load(person_id)
        self.people.select_where(lambda r: r.id == person_id)

    def _slot_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            slot = self.timetable_model.slot_at(current.row())
            self.bookings.show_presentation(slot.id, slot.title)

    def _show_finding(self, finding: object) -> None:
        """Enter or double-click on a finding selects its first slot in the timetable."""
        for presentation_id in getattr(finding, "presentation_ids", ()):
            row = self.timetable_model.row_of(presentation_id)
            if row >= 0:
                self.timetable.setCurrentIndex(self.timetable_model.index(row, 0))
                self.timetable.setFocus()
                return

    def _days_changed(self, days: int) -> None:
        self.conflicts.unconfirmed_days = days
        self.conflicts.refresh()

    # --- booking -----------------------------------------------------------------
    def book_dropped(self, presentation_id: int, person_id: int) -> None:
        self._book(presentation_id, person_id, None, BookingStatus.TO_INVITE, "")

    def book_with_dialog(self) -> None:
        slot = self.timetable.current_slot()
        person = self.people.current_row()
        db = self.state.db
        if db is None:
            return
        with db.read() as session:
            organizations = overview.list_organizations(session)
        request = BookingDialog.ask(
            self, self._slots, self._all_people, organizations,
            presentation_id=slot.id if slot else None, person_id=person.id if person else None,
        )
        if request is not None:
            self._book(request.presentation_id, request.person_id, request.organization_id,
                       request.status, request.note)

    def _book(self, presentation_id: int, person_id: int | None, organization_id: int | None,
              status: BookingStatus, note: str) -> None:
        if person_id is not None:
            if not self._overlap_accepted(presentation_id, person_id):
                return
            name = next((p.name for p in self._all_people if p.id == person_id), "")
            result = operations.run(self, self.state, self.tr("Book %1").replace("%1", name),
                                    lambda s: bookings.book_person(s, presentation_id, person_id, status, note),
                                    title=self.tr("Not booked"))
        elif organization_id is not None:
            result = operations.run(self, self.state, self.tr("Book an organization as presenter"),
                                    lambda s: bookings.book_organization(s, presentation_id, organization_id,
                                                                         status, note),
                                    title=self.tr("Not booked"))
        else:
            return
        if result.ok:
            row = self.timetable_model.row_of(presentation_id)
            if row >= 0:
                self.timetable.setCurrentIndex(self.timetable_model.index(row, 0))

    def _overlap_accepted(self, presentation_id: int, person_id: int) -> bool:
        """Ask before booking someone into a slot that overlaps another of their bookings
        (any series); True when there is none or the organizer books anyway."""
        db = self.state.db
        assert db is not None
        try:
            with db.read() as session:
                clashes = bookings.overlapping_bookings(session, presentation_id, person_id)
        except UserError:
            return True  # the booking itself will say what is wrong
        if not clashes:
            return True
        name = next((r.name for r in self._all_people if r.id == person_id), "")
        lines = "\n".join(f"• {self._clash_text(c)}" for c in clashes)
        return dialogs.ask_yes_no(
            self, self.tr("Overlapping booking"),
            fill(self.tr("%1 is already booked at that time:\n%2\n\nBook %1 here anyway?"), name, lines),
            default_yes=False,
        )

    def _clash_text(self, clash: bookings.OverlappingBooking) -> str:
        """"“Title” (webinar 2 of “Series”, 2023-01-24 1:10 p.m. – 1:30 p.m. EST, invited)",
        titles in the window's language where they are written."""
        title, when = in_language(clash.title, clash.title_fr), dated_range(clash.starts_at, clash.ends_at, clash.zone)
        status = label(clash.status).lower()
        if clash.series_id == self.state.series_id:
            return fill(self.tr("“%1” (webinar %2, %3, %4)"), title, clash.webinar_number, when, status)
        return fill(self.tr("“%1” (webinar %2 of “%3”, %4, %5)"), title, clash.webinar_number,
                    in_language(clash.series_title, clash.series_title_fr), when, status)

    # --- presenter messages ---------------------------------------------------------
    def write_invitations(self) -> None:
        if self.state.db is None or self.state.series_id is None or not self._slots:
            return
        slot, person = self.timetable.current_slot(), self.people.current_row()
        InvitationsDialog.ask(self.state, self, webinar_number=slot.webinar_number if slot else None,
                              follow_up_days=self.followups.days.value(),
                              person=(person.id, person.name) if person else None)

    # --- calendars -----------------------------------------------------------------
    def _slot_menu(self, point: QPoint) -> None:
        index = self.timetable.indexAt(point)
        if index.isValid():
            self.timetable.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.book_action)
        menu.addAction(self.invitations_action)
        menu.addAction(self.export_webinar_action)
        self.export_webinar_action.setEnabled(self.timetable.current_slot() is not None)
        menu.exec(self.timetable.viewport().mapToGlobal(point))

    def _person_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.export_person_action)
        self.export_person_action.setEnabled(self.people.current_row() is not None)
        menu.exec(self.people.table.viewport().mapToGlobal(point))

    def export_webinar_calendar(self) -> None:
        slot = self.timetable.current_slot()
        if slot is None:
            return
        name = f"webinar-{slot.webinar_number}.ics"
        self._export(name, lambda session, languages: webinar_calendar(session, slot.webinar_id, languages=languages))

    def export_person_calendar(self) -> None:
        person, series_id = self.people.current_row(), self.state.series_id
        if person is None or series_id is None:
            return
        name = f"{person.family_name or person.name}-presentations.ics".replace(" ", "-")
        self._export(name, lambda session, languages: presenter_calendar(session, series_id, person.id,
                                                                          languages=languages))

    def _export(self, suggested: str, build) -> None:  # type: ignore[no-untyped-def]
        db = self.state.db
        if db is None:
            return
        from ocse_planner.ui.files.export_options_dialog import LanguageDialog

        languages = LanguageDialog.ask(self, self.tr("Export calendar"))
        if languages is None:
            return
        folder = db.path.parent if db.path is not None else Path.home()
        path = dialogs.ask_export_path(
            self, self.tr("Export calendar"), str(folder / suggested), dialogs.ICS_FILTER, db.path
        )
        if path is None:
            return

        def work(progress: Progress) -> Path:
            with db.read() as session:
                data = build(session, languages)
            progress.check()
            return write_bytes_atomic(path, data)

        def failed(exc: BaseException) -> None:
            self.message.clear()
            errors.report(self, exc, self.tr("Calendar not exported"))

        self.message.setText(self.tr("Exporting calendar…"))
        run_task(work, lambda p: self.message.setText(self.tr("Calendar written to %1").replace("%1", str(p))),
                 failed, parent=self, what=self.tr("Exporting a calendar"))
