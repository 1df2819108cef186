"""Series tab: every series in the file, searchable, and a form that edits the selected one.

Selecting a series selects it for the other tabs. Every change is saved when the edit
ends, as one undoable step (ui/common/operations.py); a refused change stays in the form,
marked, unsaved. Typing not yet saved is saved before another series is shown, the file
is switched or the window quits — or, when it cannot be, the person is asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.services import overview, readiness, series
from ocse_planner.services.errors import NotFoundError, ValidationError
from ocse_planner.services.overview import OrganizationRow, SeriesRow
from ocse_planner.services.readiness import WebinarReadiness
from ocse_planner.services.series import SeriesForm, SeriesRecord
from ocse_planner.ui.common import dialogs, errors, field_marks, operations
from ocse_planner.ui.common.buttons import button_row, push_button
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.focus import set_tab_order
from ocse_planner.ui.common.labels import format_number, in_language, label
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.sizing import form_scroll_area
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import Column, RecordTableModel
from ocse_planner.ui.series.readiness_overview import ReadinessOverview
from ocse_planner.ui.series.series_panel import SeriesFormWidget

if TYPE_CHECKING:
    from ocse_planner.db import Database


def warm_up_forms() -> None:
    """Build the time-zone lists of the forms (a walk through the zone database, cached)
    on a worker, before the UI thread builds the Series tab that needs them."""
    from ocse_planner.services.people import known_time_zones
    from ocse_planner.services.validation import time_zone_names

    time_zone_names()
    known_time_zones()


@dataclass(frozen=True)
class FirstReading:
    """What the Series tab shows first, read on the worker that opened `db`."""

    db: Database
    rows: list[SeriesRow]
    organizations: list[OrganizationRow]
    # the first series' readiness overview: read here, no second worker competes for the
    # GIL with the UI thread while it paints the filled tab (a 100-140 ms stall)
    readiness: tuple[int, list[WebinarReadiness]] | None = None


def warm_up(db: Database) -> FirstReading:
    """Run this tab's first reading on the worker that opened the file: the UI thread is
    handed the series and organizations (`SeriesTab.preload`) and finds SQLAlchemy's
    statements compiled, SQLite's pages cached and the time-zone lists of the forms built
    for the rest (the first-file-open stall, bench/blackbox.py)."""
    warm_up_forms()
    with db.read() as session:
        rows = overview.list_series(session)
        organizations = overview.list_organizations(session)
        first_readiness = None
        if rows:
            series.get_series(session, rows[0].id)
            first_readiness = (rows[0].id, readiness.series_readiness(session, rows[0].id))
    return FirstReading(db, rows, organizations, first_readiness)


class SeriesTab(Retranslatable, QWidget):
    demoRequested = Signal()  # "Open the demo" on the first-run page
    helpRequested = Signal()  # "Getting started" on the first-run page
    readinessRequested = Signal(int)  # a webinar's checklist, to be shown on the Sessions tab

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._record: SeriesRecord | None = None
        self._record_db: Database | None = None  # the planner `_record` was read from
        self._first: FirstReading | None = None
        self.list = RecordView(RecordTableModel(self._columns()), parent=self)
        self.list.currentRowChanged.connect(self._on_current)

        self.new_button = push_button(self, "", "", self.new_series)
        self.delete_button = push_button(self, "", "", self.delete_series)
        buttons = button_row(self.new_button, self.delete_button)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.list)
        upper_layout.addLayout(buttons)

        self.form = SeriesFormWidget(self)
        self.form.edited.connect(self.save_form)
        scroll = form_scroll_area(self.form, self)
        self.welcome = self._welcome_page()
        self.details = QStackedWidget(self)
        self.select_hint = QLabel(self)
        self.select_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The series' form, and beside it each webinar's readiness at a glance.
        self.readiness = ReadinessOverview(state, self)
        self.readiness.openChecklist.connect(self.readinessRequested.emit)
        form_and_readiness = QSplitter(Qt.Orientation.Horizontal, self)
        form_and_readiness.setObjectName("seriesReadinessSplitter")
        form_and_readiness.addWidget(scroll)
        form_and_readiness.addWidget(self.readiness)
        form_and_readiness.setStretchFactor(0, 3)
        form_and_readiness.setStretchFactor(1, 2)
        form_and_readiness.setSizes([760, 500])
        form_and_readiness.setChildrenCollapsible(False)
        self.details.addWidget(form_and_readiness)
        self.details.addWidget(self.welcome)
        self.details.addWidget(self.select_hint)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("seriesSplitter")
        splitter.addWidget(upper)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([250, 450])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        set_tab_order(self.list.search, self.list.table, self.new_button, self.delete_button,
                      *self.form.focus_chain(), self.readiness.view.table)

        state.databaseChanged.connect(self.refresh)
        state.dataChanged.connect(self.refresh)
        state.seriesChanged.connect(self._follow_series)
        state.history.add_pending_edits(self, self.commit_pending)
        self._update_buttons()
        self.retranslate()

    def _columns(self) -> list[Column[SeriesRow]]:
        return [
            # The organizers' texts in the interface's language where they wrote it (else as written).
            Column(self.tr("Title"), lambda r: in_language(r.title, r.title_fr)),
            Column(self.tr("Year"), lambda r: r.year, align_right=True),
            Column(self.tr("Status"), lambda r: r.status, text=lambda r: label(r.status)),
            Column(self.tr("Host"), lambda r: in_language(r.host, r.host_fr)),
            Column(self.tr("Webinars"), lambda r: r.webinars, align_right=True),
            Column(self.tr("Presentations"), lambda r: r.presentations, align_right=True),
            Column(
                self.tr("Presenters confirmed / needed"),
                lambda r: f"{r.presenters_confirmed} / {r.presenters_needed}",
                align_right=True,
            ),
        ]

    def retranslate(self) -> None:
        self.list.set_texts(self.tr("Series"), self._columns())
        self.new_button.setText(self.tr("&New series"))
        self.new_button.setAccessibleName(self.tr("New series"))
        self.delete_button.setText(self.tr("&Delete series…"))
        self.delete_button.setAccessibleName(self.tr("Delete series"))
        self.select_hint.setText(self.tr("Select a series in the list to see and edit it."))
        self.welcome_text.setText(self.tr(
            "<p><b>No series yet.</b></p>"
            "<p>Click <b>New series</b> to plan one: give it a title and year here, then add its "
            "webinars and their running agendas on the Sessions tab, and book presenters on the "
            "Presenters tab.</p>"
            "<p>Or open the demo (the 2022 series <i>Combatting Online Child Sexual Exploitation</i>) "
            "to look around first; your own file is not changed.</p>"
            "<p>Help ▸ Getting started walks through the three jobs: planning next year's series, "
            "scheduling presenters and exporting the agenda.</p>"))
        self.welcome_text.setAccessibleName(self.tr("What to do next"))
        self.demo_button.setText(self.tr("Open the de&mo"))
        self.demo_button.setAccessibleName(self.tr("Open the demo series"))
        self.help_button.setText(self.tr("&Getting started"))
        self.help_button.setAccessibleName(self.tr("Getting started"))

    def _welcome_page(self) -> QWidget:
        """What a first-time user sees instead of an empty form: where to start."""
        page = QWidget(self)
        text = self.welcome_text = QLabel(page)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.demo_button = push_button(page, "", "", self.demoRequested.emit)
        self.help_button = push_button(page, "", "", self.helpRequested.emit)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addLayout(button_row(self.demo_button, self.help_button))
        layout.addStretch(1)
        return page

    # --- reading -------------------------------------------------------------------
    def preload(self, first: FirstReading) -> None:
        """The next refresh of `first.db` shows `first` instead of reading it again."""
        self._first = first
        if first.readiness is not None:
            self.readiness.preload(first.db, *first.readiness)

    def refresh(self) -> None:
        db = self.state.db
        first, self._first = self._first, None
        if db is None:
            self.list.set_rows([])
            return
        if first is not None and first.db is db:  # read on the worker that opened it
            rows, organizations = first.rows, first.organizations
        else:
            with db.read() as session:
                rows = overview.list_series(session)
                organizations = overview.list_organizations(session)
        self.form.set_organizations(organizations)
        self.list.set_rows(rows, keep=self.state.series_id)
        if self.list.current_row() is None and rows:
            self.list.select_where(lambda r: r.id == rows[0].id)

    def _follow_series(self, series_id: int | None) -> None:
        """Another tab chose a series (e.g. a matrix record of another year): highlight it.

        Selecting the row loads its form; `set_series` with the id already chosen emits nothing.
        """
        current = self.list.current_row()
        if series_id is None or (current is not None and current.id == series_id):
            return
        if not self.list.select_where(lambda r: r.id == series_id):
            self.list.search.clear()  # a search hid it: show every series, then select it
            self.list.select_where(lambda r: r.id == series_id)

    def _on_current(self, row: SeriesRow | None) -> None:
        left = self._record
        if (left is not None and (row is None or row.id != left.id)
                and self.list.model.find_row(lambda r: r.id == left.id) >= 0  # not deleted meanwhile
                and not self.commit_pending(self)):
            # The person chose to go back to what they typed: show that series again.
            QTimer.singleShot(0, lambda: self.list.select_where(lambda r: r.id == left.id))
            return
        self.state.set_series(row.id if row else None)
        self._load(row.id if row else None)
        self._update_buttons()

    def _load(self, series_id: int | None, *, force: bool = False) -> None:
        db = self.state.db
        record = None
        if series_id is not None and db is not None:
            with db.read() as session:
                try:
                    record = series.get_series(session, series_id)
                except NotFoundError:  # deleted elsewhere meanwhile: the form empties
                    record = None
        unchanged = (record is not None and self._record is not None and self._record_db is db
                     and (record.id, record.version) == (self._record.id, self._record.version))
        self._record, self._record_db = record, db  # a record of another file is never kept
        if force or not unchanged:  # keep what was typed while the stored record is the same
            field_marks.clear(self.form.fields.values())
            field_marks.show_message(self.form.message, [])
            self.form.set_form(record.form if record else None)
        if record is not None:
            self.details.setCurrentIndex(0)
        else:  # no fake values in a disabled form: say what to do
            self.details.setCurrentWidget(self.select_hint if self.list.model.rowCount() else self.welcome)

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self._record is not None)
        self.new_button.setEnabled(self.state.db is not None)

    # --- saving --------------------------------------------------------------------
    def save_form(self) -> bool:
        """Save the form as one undoable step; False (nothing saved) when it has errors."""
        return self._save() is None

    def _save(self) -> BaseException | None:
        record, db = self._record, self._record_db  # the file the record was read from, only
        if record is None or db is None:
            return None
        new = self.form.values()
        old = record.form
        if new == old:
            return None
        with db.read() as session:
            problems = series.validate_series(session, new, record.id)
        errors.show_problems(problems, self.form.fields, self.form.message, fallback=self.form.title)
        if any(not p.warning for p in problems):
            return ValidationError.of([p for p in problems if not p.warning])
        series_id, version = record.id, record.version  # nobody may have saved since it was shown
        return operations.run(
            self, self.state, self._describe(old, new),
            lambda s: series.update_series(s, series_id, new, version),
            title=self.tr("Not saved"), fields=self.form.fields, message=self.form.message, db=db,
        ).error

    def commit_pending(self, parent: QWidget | None = None) -> bool:
        """Save what the form holds unsaved; ask when it cannot be saved."""
        record = self._record
        if record is None:
            return True
        return operations.commit_or_ask(parent, self._save, lambda: self._load(record.id, force=True),
                                        self.tr("the series “%1”").replace("%1", record.form.title))

    def _describe(self, old: SeriesForm, new: SeriesForm) -> str:
        changed = [name for name in SeriesForm.__dataclass_fields__ if getattr(old, name) != getattr(new, name)]
        if changed == ["title"]:
            return self.tr("Rename series “%1”").replace("%1", old.title)
        if changed in (["objectives"], ["objectives", "objectives_fr"]):  # their French follows them
            return self.tr("Change objectives of series “%1”").replace("%1", old.title)
        if changed == ["title_fr"]:
            return self.tr("Change the French title of series “%1”").replace("%1", old.title)
        if changed == ["programme_fr"]:
            return self.tr("Change the French programme of series “%1”").replace("%1", old.title)
        return self.tr("Edit series “%1”").replace("%1", old.title)

    def new_series(self) -> None:
        db = self.state.db
        if db is None:
            return
        year = QDate.currentDate().year() + 1
        with db.read() as session:
            title = series.next_free_title(session, self.tr("New series"), year)
        form = SeriesForm(title=title, year=year)
        result = operations.run(self, self.state, self.tr("New series “%1”").replace("%1", title),
                                lambda s: series.create_series(s, form).id)
        if result.ok and result.value is not None:
            created = result.value
            self.list.search.clear()
            self.list.select_where(lambda r: r.id == created)
            self.form.title.setFocus()
            self.form.title.selectAll()

    def delete_series(self) -> None:
        record, db = self._record, self.state.db
        if record is None or db is None:
            return
        with db.read() as session:
            impact = series.delete_impact(session, record.id)
        text = (
            fill(self.tr(
                "Delete the series “%1” (%2)? With it go %3 webinars, %4 agenda items, "
                "%5 presenter bookings and %6 attendance records.\n\nEdit ▸ Undo brings it back."
            ), record.form.title, str(record.form.year), format_number(impact.webinars),
                 format_number(impact.presentations), format_number(impact.bookings),
                 format_number(impact.attendance_records))
        )
        if not dialogs.ask_yes_no(self, self.tr("Delete series"), text, default_yes=False):
            return
        series_id = record.id
        operations.run(self, self.state, self.tr("Delete series “%1”").replace("%1", record.form.title),
                       lambda s: series.delete_series(s, series_id), title=self.tr("Not deleted"))

    def select_series(self, series_id: int) -> bool:
        self.list.search.clear()
        return self.list.select_where(lambda r: r.id == series_id)
