"""The running agenda of one webinar: table, buttons, shortcuts and the timing warnings.

Every change (add, remove, move, edit a cell, drag a row, fix a start, confirm a title)
is one operation (ui/common/operations.py): one undoable step calling services/agenda.py
in its own transaction. Above the table a warning line names every overlap and gap of
the agenda (and an overrun), as the conflict check and the exports do.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.db.enums import AgendaItemKind
from ocse_planner.services import agenda
from ocse_planner.services.agenda import AgendaItem, ItemFields
from ocse_planner.services.errors import NotFoundError, UserError
from ocse_planner.ui.common import errors, field_marks, operations
from ocse_planner.ui.common.field_marks import FORM_STYLE
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.labels import label
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.table_view import TableView
from ocse_planner.ui.sessions.agenda_model import (
    KIND,
    LINKS,
    PRESENTERS,
    TITLE,
    TITLE_FR,
    AgendaTableModel,
    KindDelegate,
)

CONFIRM_TITLE_KEYS = "Ctrl+Shift+T"


class AgendaPanel(Retranslatable, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(FORM_STYLE)
        self.state = state
        self.webinar_id: int | None = None
        self.webinar_number = 0

        self.model = AgendaTableModel(self)
        self.model.edit_handler = self._edit
        self.model.move_handler = self._move_to
        self.table = TableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setItemDelegateForColumn(KIND, KindDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.overrun = QLabel(self)
        self.overrun.setWordWrap(True)
        self.overrun.setProperty("validation", "error")
        self.overrun.setVisible(False)
        self.timing = QLabel(self)
        self.timing.setWordWrap(True)
        self.timing.setTextFormat(Qt.TextFormat.PlainText)
        self.timing.setProperty("validation", "warning")
        self.timing.setVisible(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button, keys, slot in (
            (self.add_button, "Ctrl+Ins", self.add_item),
            (self.remove_button, "Ctrl+Del", self.remove_item),
            (self.up_button, "Alt+Up", lambda: self.move_by(-1)),
            (self.down_button, "Alt+Down", lambda: self.move_by(1)),
        ):
            button.clicked.connect(slot)
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.confirm_title_action = QAction(self)
        self.confirm_title_action.setShortcut(QKeySequence(CONFIRM_TITLE_KEYS))
        self.confirm_title_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.confirm_title_action.triggered.connect(self.confirm_title)
        self.follow_action = QAction(self)
        self.follow_action.triggered.connect(self.clear_fixed_start)
        self.addAction(self.confirm_title_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.overrun)
        layout.addWidget(self.timing)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self._agenda = None
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Running agenda"))
        self.overrun.setAccessibleName(self.tr("Agenda overrun warning"))
        self.timing.setAccessibleName(self.tr("Agenda timing warnings"))
        self.message.setAccessibleName(self.tr("Agenda message"))
        for button, text, name in (
            (self.add_button, self.tr("Add item (Ctrl+Ins)"), self.tr("Add agenda item (Ctrl+Ins)")),
            (self.remove_button, self.tr("Remove item (Ctrl+Del)"), self.tr("Remove agenda item (Ctrl+Del)")),
            (self.up_button, self.tr("Move up (Alt+Up)"), self.tr("Move item up (Alt+Up)")),
            (self.down_button, self.tr("Move down (Alt+Down)"), self.tr("Move item down (Alt+Down)")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
        self.confirm_title_action.setText(self.tr("&Confirm title"))
        self.confirm_title_action.setToolTip(
            self.tr("Mark the title carried over from last year as final (%1)").replace("%1", CONFIRM_TITLE_KEYS))
        self.follow_action.setText(self.tr("&Follow the item before (no fixed start)"))
        self._show_summary()

    def _show_summary(self) -> None:
        """The agenda's title and warnings over the table, from the agenda last read."""
        data = self._agenda
        self.title.setText(
            fill(self.tr("Agenda of webinar %1: %2"), str(data.number), data.title) if data else ""
        )
        if data is not None and data.overrun_minutes > 0:
            self.overrun.setText(
                fill(self.tr("The agenda runs %1 minutes past the end of the webinar (%2 minutes planned)."),
                     str(data.overrun_minutes), str(data.duration_minutes))
            )
            self.overrun.setVisible(True)
        else:
            self.overrun.setVisible(False)
        issues = data.timing if data is not None else ()
        self.timing.setText("\n".join("⚠ " + issue.message() for issue in issues))
        self.timing.setVisible(bool(issues))

    def focus_chain(self) -> tuple[QWidget, ...]:
        return (self.table, self.add_button, self.remove_button, self.up_button, self.down_button)

    # --- reading -----------------------------------------------------------------------
    def set_webinar(self, webinar_id: int | None) -> None:
        if webinar_id != self.webinar_id:
            self._show_message("")
        self.webinar_id = webinar_id
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        if self.model.committing:
            QTimer.singleShot(0, lambda: self.reload(select_id))
            return
        db = self.state.db
        current = self.current_item()
        keep = select_id if select_id is not None else (current.id if current else None)
        data = None
        if db is not None and self.webinar_id is not None:
            with db.read() as session:
                try:
                    data = agenda.webinar_agenda(session, self.webinar_id)
                except NotFoundError:  # deleted elsewhere meanwhile: nothing to show
                    data = None
        self.model.set_agenda(data)
        self.webinar_number = data.number if data else 0
        self._agenda = data
        self._show_summary()
        # Long titles, presenters and links wrap so that every column stays in view.
        self.table.fit_to_width(shrinkable=(KIND, TITLE, TITLE_FR, PRESENTERS, LINKS))
        row = self.model.row_of(keep) if keep is not None else (0 if self.model.rowCount() else -1)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, TITLE))
        self._update_buttons()

    def current_item(self) -> AgendaItem | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        item = self.current_item()
        count = self.model.rowCount()
        self.add_button.setEnabled(self.webinar_id is not None)
        self.remove_button.setEnabled(item is not None)
        self.up_button.setEnabled(item is not None and item.position > 1)
        self.down_button.setEnabled(item is not None and item.position < count)
        self.confirm_title_action.setEnabled(item is not None and item.placeholder)
        self.follow_action.setEnabled(item is not None and item.fixed_start)

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.setCurrentIndex(index)
        self._update_buttons()
        menu = QMenu(self)
        menu.addAction(self.confirm_title_action)
        menu.addAction(self.follow_action)
        menu.addSeparator()
        for text, slot, enabled in (
            (self.tr("Add item"), self.add_item, self.add_button.isEnabled()),
            (self.tr("Remove item"), self.remove_item, self.remove_button.isEnabled()),
            (self.tr("Move up"), lambda: self.move_by(-1), self.up_button.isEnabled()),
            (self.tr("Move down"), lambda: self.move_by(1), self.down_button.isEnabled()),
        ):
            menu.addAction(text, slot).setEnabled(enabled)
        menu.exec(self.table.viewport().mapToGlobal(point))

    def _show_message(self, text: str) -> None:
        field_marks.show_message(self.message, [text] if text else [])
        if text:
            field_marks.mark(self.table, text)
        else:
            field_marks.clear([self.table])

    # --- changing ----------------------------------------------------------------------
    def _run(self, description: str, work: Any) -> operations.Result[Any]:
        # A rule broken by the edit marks the table with the message below it; anything
        # else (changed elsewhere…) is one box.
        return operations.run(self, self.state, description, work, title=self.tr("Agenda not changed"),
                              fields=self._fields(), message=self.message)

    def _fields(self) -> dict[str, QWidget]:
        return {"title": self.table, "duration": self.table, "start": self.table}

    def add_item(self) -> None:
        webinar_id = self.webinar_id
        if webinar_id is None:
            return
        current = self.current_item()
        position = current.position + 1 if current else None
        fields = ItemFields(kind=AgendaItemKind.PRESENTATION, title=self.tr("New presentation"), duration_minutes=20)
        result = self._run(self.tr("Add agenda item to webinar %1").replace("%1", str(self.webinar_number)),
                           lambda s: agenda.add_item(s, webinar_id, fields, position))
        if result.ok:
            self.reload(select_id=result.value)
            self.table.setFocus()

    def remove_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        self._run(fill(self.tr("Remove “%1” from webinar %2"), item.title, str(self.webinar_number)),
                  lambda s: agenda.remove_item(s, item.id))

    def move_by(self, delta: int) -> None:
        item = self.current_item()
        if item is None:
            return
        target = item.position + delta
        if not 1 <= target <= self.model.rowCount():
            return
        self._move_to(item, target)

    def _move_to(self, item: AgendaItem, position: int) -> bool:
        if position == item.position:
            return False
        what = label(item.kind).lower() if item.kind != AgendaItemKind.PRESENTATION else self.tr("presentation")
        if position == item.position - 1:
            text = self.tr("Move %1 up").replace("%1", what)
        elif position == item.position + 1:
            text = self.tr("Move %1 down").replace("%1", what)
        else:
            text = fill(self.tr("Move %1 to position %2"), what, str(position))
        item_id = item.id
        result = self._run(text, lambda s: agenda.move_item(s, item_id, position))
        self.reload(select_id=item_id)
        return result.ok

    def confirm_title(self) -> None:
        item = self.current_item()
        if item is None or not item.placeholder:
            return
        item_id = item.id
        self._push_edit(self.tr("Confirm title “%1”").replace("%1", item.title),
                        lambda s: agenda.confirm_title(s, item_id), item_id)

    def clear_fixed_start(self) -> None:
        item = self.current_item()
        if item is not None and item.fixed_start:
            self._set_fixed_start(item, None)

    def _set_fixed_start(self, item: AgendaItem, offset: int | None) -> bool:
        if offset == item.start_offset_minutes:
            return True
        item_id = item.id
        text = (self.tr("Let “%1” follow the item before") if offset is None
                else self.tr("Fix the start of “%1”")).replace("%1", item.title)
        return self._push_edit(text, lambda s: agenda.set_fixed_start(s, item_id, offset), item_id)

    def _push_edit(self, text: str, work: Any, item_id: int) -> bool:
        result = self._run(text, work)
        if result.ok:
            self._show_message("")
        self.reload(select_id=item_id)
        return result.ok

    def _edit(self, item: AgendaItem, field: str, value: Any) -> bool:
        if field == "start":
            data = self.model.agenda()
            try:
                offset = agenda.typed_fixed_start(data, str(value or "")) if data is not None else None
            except UserError as exc:  # not a time, a time the day skips, before the start
                self._on_error(exc)
                return False
            return self._set_fixed_start(item, offset)
        if field == "title":
            if str(value).strip() == item.title:
                return True  # not an edit: a carried-over title stays to be confirmed
            new = ItemFields(title=str(value))
            old = ItemFields(title=item.title, placeholder=item.placeholder)
            text = self.tr("Rename agenda item “%1”")
        elif field == "title_fr":
            new, old = ItemFields(title_fr=str(value or "")), ItemFields(title_fr=item.title_fr)
            text = self.tr("Change the French title of “%1”")
        elif field == "duration":
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                minutes = 0
            new, old = ItemFields(duration_minutes=minutes), ItemFields(duration_minutes=item.duration_minutes)
            text = self.tr("Change duration of “%1”")
        elif field == "kind":
            new, old = ItemFields(kind=AgendaItemKind(value)), ItemFields(kind=item.kind)
            text = self.tr("Change kind of “%1”")
        else:
            links = tuple(str(value).split())
            new, old = ItemFields(resource_links=links), ItemFields(resource_links=item.resource_links)
            text = self.tr("Change resource links of “%1”")
        if new == old:
            return True
        item_id = item.id
        return self._push_edit(text.replace("%1", item.title), lambda s: agenda.update_item(s, item_id, new), item_id)

    def _on_error(self, exc: Exception) -> None:
        # A typed start that is no time: marked on the table like a refused edit.
        errors.report(self, exc, self.tr("Agenda not changed"), fields=self._fields(), message=self.message)
