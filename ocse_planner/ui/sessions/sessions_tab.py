"""Sessions tab: the webinars of the selected series, the form of the selected webinar and
its running agenda.

Edits save when they end, each as one undoable step (ui/common/operations.py); a refused
edit stays in the form, marked, with a message saying what is wrong, and nothing of it is
saved. Typing not yet saved is saved before another webinar is shown, the file is
switched or the window quits — or, when it cannot be, the person is asked.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.services import overview, webinars
from ocse_planner.services.errors import FieldProblem, NotFoundError, ValidationError
from ocse_planner.services.overview import OrganizationRow, WebinarRow
from ocse_planner.services.webinars import WebinarForm, WebinarRecord
from ocse_planner.ui.common import dialogs, errors, field_marks, operations
from ocse_planner.ui.common.buttons import button_row, push_button
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.focus import set_tab_order
from ocse_planner.ui.common.labels import format_date, format_datetime, in_language, label
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.sizing import form_scroll_area
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import Column, RecordTableModel
from ocse_planner.ui.common.settings import SESSIONS_LOWER_PAGE, Settings
from ocse_planner.ui.sessions.agenda_panel import AgendaPanel
from ocse_planner.ui.sessions.readiness_panel import ReadinessPanel
from ocse_planner.ui.sessions.webinar_panel import WebinarFormWidget


if TYPE_CHECKING:
    from ocse_planner.db import Database


class SessionsTab(Retranslatable, QWidget):
    def __init__(self, state: AppState, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._record: WebinarRecord | None = None
        self._record_db: Database | None = None  # the planner `_record` was read from
        self.webinars = RecordView(RecordTableModel(self._columns()), parent=self)
        self.webinars.currentRowChanged.connect(self._on_current)
        self.new_button = push_button(self, "", "", self.new_webinar)
        self.delete_button = push_button(self, "", "", self.delete_webinar)
        buttons = button_row(self.new_button, self.delete_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.webinars)
        left_layout.addLayout(buttons)

        self.form = WebinarFormWidget(self)
        self.form.edited.connect(self.save_form)
        self.form.co_host_model.toggle_handler = self._toggle_co_host
        scroll = form_scroll_area(self.form, self)
        self.agenda = AgendaPanel(state, self)
        self.agenda_title = self.agenda.title
        # The running agenda and the readiness checklist share the lower half; the page last
        # shown is shown again at the next start (ui/common/settings.py).
        self.readiness = ReadinessPanel(state, self)
        self.lower = QTabWidget(self)
        self.lower.setObjectName("sessionsLowerPages")
        self.lower.addTab(self.agenda, "")
        self.lower.addTab(self.readiness, "")
        self._settings = settings
        if settings is not None:
            self.lower.setCurrentIndex(settings.get(SESSIONS_LOWER_PAGE))
        self.lower.currentChanged.connect(self._remember_page)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setObjectName("sessionsAgendaSplitter")
        right.addWidget(scroll)
        right.addWidget(self.lower)
        # Half and half: the agenda's English and French titles wrap in their columns, so its
        # rows are tall; at 1280×800 a 3:2 share left it room for two of them.
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setSizes([360, 360])
        right.setChildrenCollapsible(False)
        # With nothing to show, the right side says what to do instead of showing an empty form.
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = QStackedWidget(self)
        self.details.addWidget(right)
        self.details.addWidget(self.empty_hint)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("sessionsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 940])  # the list needs number, date, status and some title; the rest to both languages
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        set_tab_order(self.webinars.search, self.webinars.table, self.new_button, self.delete_button,
                      *self.form.focus_chain(), self.lower.tabBar(), *self.agenda.focus_chain(),
                      *self.readiness.focus_chain())

        state.seriesChanged.connect(self.refresh)
        state.dataChanged.connect(self.refresh)
        state.history.add_pending_edits(self, self.commit_pending)
        self._organizations: list[OrganizationRow] = []
        self._hint = "no series"
        self._show_hint("no series")
        self.retranslate()

    def _columns(self) -> list[Column[WebinarRow]]:
        # Number, date and status stay in view; the title takes the width left and is elided
        # (whole in its tool tip and in the form).
        return [
            Column(self.tr("No."), lambda r: r.number, align_right=True),
            Column(
                self.tr("Date"),
                lambda r: r.starts_at,  # sorts by the instant, shown in the webinar's zone
                text=lambda r: format_date(r.starts_at, r.time_zone) or self.tr("not set"),
                tooltip=lambda r: format_datetime(r.starts_at, r.time_zone),
                fit=True,
            ),
            Column(self.tr("Status"), lambda r: r.status, text=lambda r: label(r.status), fit=True),
            Column(self.tr("Title"), lambda r: in_language(r.title, r.title_fr), stretch=True),
        ]

    def retranslate(self) -> None:
        self.webinars.set_texts(self.tr("Webinars"), self._columns())
        self.new_button.setText(self.tr("&New webinar"))
        self.new_button.setAccessibleName(self.tr("New webinar"))
        self.delete_button.setText(self.tr("Delete &webinar…"))
        self.delete_button.setAccessibleName(self.tr("Delete webinar"))
        self.empty_hint.setAccessibleName(self.tr("What to do next"))
        self.empty_hint.setText(self._hint_text(self._hint))
        # No mnemonics on the lower pages: the webinar's form above takes the letters; Tab reaches them.
        self.lower.setTabText(0, self.tr("Running agenda"))
        self.lower.setTabText(1, self.tr("Readiness"))
        self.lower.setAccessibleName(self.tr("Agenda and readiness"))

    def _hint_text(self, hint: str) -> str:
        if hint == "no series":
            return self.tr("No series selected: choose one on the Series tab, or create one there with New series.")
        if hint == "no webinars":
            return self.tr("This series has no webinars yet: click New webinar to add the first one. "
                           "Its form and running agenda appear here.")
        return self.tr("Select a webinar in the list to see its form and running agenda.")

    def _remember_page(self, index: int) -> None:
        if self._settings is not None:
            self._settings.set(SESSIONS_LOWER_PAGE, index)

    def show_readiness(self, webinar_id: int | None = None, item_id: int | None = None) -> None:
        """The readiness page, on `webinar_id` (and its item `item_id`) when given."""
        if webinar_id is not None:
            self.webinars.search.clear()
            self.webinars.select_where(lambda r: r.id == webinar_id)
        self.lower.setCurrentWidget(self.readiness)
        if item_id is not None:
            self.readiness.select_item(item_id)
        self.readiness.table.setFocus()

    # --- reading -------------------------------------------------------------------
    def refresh(self) -> None:
        db, series_id = self.state.db, self.state.series_id
        if db is None or series_id is None:
            self.webinars.set_rows([])
            self.new_button.setEnabled(False)
            self._show_hint("no series")
            return
        with db.read() as session:
            rows = overview.list_webinars(session, series_id)
            self._organizations = overview.list_organizations(session)
        self.new_button.setEnabled(True)
        self.webinars.set_rows(rows)
        if self.webinars.current_row() is None and rows:
            self.webinars.select_where(lambda r: r.id == rows[0].id)
        if not rows:
            self._show_hint("no webinars")

    def _show_hint(self, hint: str) -> None:
        """"no series", "no webinars" or "select": what the right side says instead of a form."""
        self._hint = hint
        self.empty_hint.setText(self._hint_text(hint))
        self.details.setCurrentWidget(self.empty_hint)

    def _on_current(self, row: WebinarRow | None) -> None:
        left = self._record
        if (left is not None and (row is None or row.id != left.id)
                and self.webinars.model.find_row(lambda r: r.id == left.id) >= 0  # not deleted meanwhile
                and not self.commit_pending(self)):
            # The person chose to go back to what they typed: show that webinar again.
            QTimer.singleShot(0, lambda: self.webinars.select_where(lambda r: r.id == left.id))
            return
        self._load(row.id if row else None)
        self.agenda.set_webinar(row.id if row else None)
        self.readiness.set_webinar(row.id if row else None)
        self.delete_button.setEnabled(row is not None)
        if row is not None:
            self.details.setCurrentIndex(0)
        elif self.webinars.model.rowCount():
            self._show_hint("select")

    def _load(self, webinar_id: int | None, *, force: bool = False) -> None:
        db = self.state.db
        record = None
        if webinar_id is not None and db is not None:
            with db.read() as session:
                try:
                    record = webinars.get_webinar(session, webinar_id)
                except NotFoundError:  # deleted elsewhere meanwhile: the form empties
                    record = None
        old = self._record
        same = (record is not None and old is not None and self._record_db is db
                and (record.id, record.version) == (old.id, old.version))
        self._record, self._record_db = record, db  # a record of another file is never kept
        if force or not same:  # keep what was typed while the stored record is the same
            field_marks.clear(self.form.fields.values())
            field_marks.show_message(self.form.message, [])
            self.form.set_form(record.form if record else None)
        self.form.co_host_model.set_content(self._organizations, record.co_host_ids if record else ())

    # --- saving --------------------------------------------------------------------
    def save_form(self) -> bool:
        """Save the form as one undoable step; False (nothing saved) when it has errors."""
        return self._save() is None

    def _save(self) -> BaseException | None:
        record, db = self._record, self._record_db  # the file the record was read from, only
        if record is None or db is None:
            return None
        new, old = self.form.values(), record.form
        if new == old:
            return None
        with db.read() as session:
            problems = webinars.validate_webinar(session, record.series_id, new, record.id)
        self._show_problems(problems)
        if any(not p.warning for p in problems):
            return ValidationError.of([p for p in problems if not p.warning])
        webinar_id, version = record.id, record.version  # nobody may have saved since it was shown
        result = operations.run(
            self, self.state, self._describe(old, new),
            lambda s: webinars.update_webinar(s, webinar_id, new, version),
            title=self.tr("Not saved"), fields=self.form.fields, message=self.form.message, db=db,
        )
        if result.ok:
            self._show_problems(problems)  # the reload after saving cleared the warnings
        return result.error

    def commit_pending(self, parent: QWidget | None = None) -> bool:
        """Save what the form holds unsaved; ask when it cannot be saved."""
        record = self._record
        if record is None:
            return True
        return operations.commit_or_ask(parent, self._save, lambda: self._load(record.id, force=True),
                                        self.tr("webinar %1").replace("%1", str(record.form.number)))

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        errors.show_problems(problems, self.form.fields, self.form.message, fallback=self.form.title)

    def _describe(self, old: WebinarForm, new: WebinarForm) -> str:
        changed = [name for name in WebinarForm.__dataclass_fields__ if getattr(old, name) != getattr(new, name)]
        texts = {
            "title": self.tr("Rename webinar %1"),
            "title_fr": self.tr("Change the French title of webinar %1"),
            "theme_fr": self.tr("Change the French theme of webinar %1"),
            "highlights_fr": self.tr("Change the French highlights of webinar %1"),
            "number": self.tr("Renumber webinar %1"),
            "date": self.tr("Move webinar %1 to another day"),
            "start_time": self.tr("Change start time of webinar %1"),
            "second_occurrence": self.tr("Change start time of webinar %1"),
            "duration_minutes": self.tr("Change duration of webinar %1"),
            "status": self.tr("Change status of webinar %1"),
        }
        text = texts.get(changed[0], self.tr("Edit webinar %1")) if len(changed) == 1 else self.tr("Edit webinar %1")
        return text.replace("%1", str(old.number))

    def _toggle_co_host(self, org: OrganizationRow, checked: bool) -> bool:
        record = self._record
        if record is None:
            return False
        webinar_id, before = record.id, tuple(record.co_host_ids)
        after = tuple(sorted(set(before) | {org.id})) if checked else tuple(i for i in before if i != org.id)
        name = f"{org.name} ({org.acronym})" if org.acronym else org.name
        text = (self.tr("Add co-host %1 to webinar %2") if checked else self.tr("Remove co-host %1 from webinar %2"))
        return operations.run(
            self, self.state, fill(text, name, str(record.form.number)),
            lambda s: webinars.set_co_hosts(s, webinar_id, after),
            title=self.tr("Not saved"), fields=self.form.fields, message=self.form.message, db=self._record_db,
        ).ok

    def new_webinar(self) -> None:
        db, series_id = self.state.db, self.state.series_id
        if db is None or series_id is None:
            return
        with db.read() as session:
            form = webinars.new_webinar_form(session, series_id)
        # the number is taken inside the write (max + 1): two people adding at once get two
        result = operations.run(
            self, self.state, self.tr("Add webinar %1").replace("%1", str(form.number)),
            lambda s: webinars.create_webinar(s, series_id, replace(form, number=webinars.next_number(s, series_id))).id,
            title=self.tr("Not added"))
        if result.ok and result.value is not None:
            created = result.value
            self.webinars.search.clear()
            self.webinars.select_where(lambda r: r.id == created)
            self.form.title.setFocus()
            self.form.title.selectAll()

    def delete_webinar(self) -> None:
        record = self._record
        if record is None:
            return
        count = self.agenda.model.rowCount()
        text = (
            fill(self.tr("Delete webinar %1 “%2” with its %3 agenda items?\n\nEdit ▸ Undo brings it back."),
                 str(record.form.number), record.form.title, str(count))
        )
        if not dialogs.ask_yes_no(self, self.tr("Delete webinar"), text, default_yes=False):
            return
        webinar_id = record.id
        operations.run(self, self.state, self.tr("Delete webinar %1").replace("%1", str(record.form.number)),
                       lambda s: webinars.delete_webinar(s, webinar_id), title=self.tr("Not deleted"))
