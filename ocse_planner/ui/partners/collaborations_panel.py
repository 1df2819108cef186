"""The collaborations of the selected organization in the selected series, and, below,
the action items and contact log of the selected collaboration.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.services import collaborations as collab_service
from ocse_planner.services import overview
from ocse_planner.services.collaborations import CollaborationInput, CollaborationRow
from ocse_planner.services.organizations import OrganizationDetail
from ocse_planner.ui.common import dialogs, operations
from ocse_planner.ui.common.buttons import button_row, push_button
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.labels import in_language, interface_language, label
from ocse_planner.ui.common.record_view import RecordView
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import Column, RecordTableModel
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.partners.actions_view import ActionItemsPanel
from ocse_planner.ui.partners.collaboration_dialog import CollaborationDialog
from ocse_planner.ui.partners.contact_log_panel import ContactLogPanel
from ocse_planner.ui.common.optional_date import format_day


class CollaborationsPanel(Retranslatable, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.organization: OrganizationDetail | None = None
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.no_organizations = False  # the directory is empty: say how to start (set by the tab)
        self.view: RecordView[CollaborationRow] = RecordView(RecordTableModel(self._columns()), searchable=False,
                                                             parent=self)
        self.view.currentRowChanged.connect(self._collaboration_changed)
        self.view.activated.connect(lambda _row: self.edit())

        self.add_button = push_button(self, "", "", self.add)
        self.edit_button = push_button(self, "", "", self.edit)
        self.delete_button = push_button(self, "", "", self.delete_collaboration)
        buttons = button_row(self.add_button, self.edit_button, self.delete_button)

        self.actions = ActionItemsPanel(state, self)
        self.contacts = ContactLogPanel(state, self)
        self.details = QTabWidget(self)
        self.details.addTab(self.actions, "")
        self.details.addTab(self.contacts, "")

        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.title)
        upper_layout.addWidget(self.view)
        upper_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("collaborationsSplitter")
        splitter.addWidget(upper)
        splitter.addWidget(self.details)
        splitter.setSizes([300, 400])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.show_organization(None)
        self.retranslate()

    def _columns(self) -> list[Column[CollaborationRow]]:
        return [
            Column(self.tr("For"), lambda r: r.webinar_number or 0, text=self._scope_text),
            Column(self.tr("Role"), lambda r: label(r.role)),
            Column(self.tr("Status"), lambda r: label(r.status)),
            Column(self.tr("Contact"), lambda r: r.contact),
            Column(self.tr("Agreement"), lambda r: r.agreement_date.isoformat() if r.agreement_date else "",
                   text=lambda r: format_day(r.agreement_date)),
            Column(self.tr("Open actions"), lambda r: r.open_actions, align_right=True),
            Column(self.tr("Notes"), lambda r: r.notes.replace("\n", " ")),
        ]

    def retranslate(self) -> None:
        self.view.set_texts(self.tr("Collaborations"), self._columns())
        for button, text, name in (
            (self.add_button, self.tr("Add colla&boration…"), self.tr("Add collaboration")),
            (self.edit_button, self.tr("Edit collaboration…"), self.tr("Edit collaboration")),
            (self.delete_button, self.tr("&Delete collaboration…"), self.tr("Delete collaboration")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.details.setAccessibleName(self.tr("Details of the collaboration"))
        self.details.setTabText(0, self.tr("Action items"))
        self.details.setTabText(1, self.tr("Contact log"))
        self.refresh()  # the title over the list names the organization and series in a sentence

    def _scope_text(self, row: CollaborationRow) -> str:
        if row.webinar_number is None:
            return self.tr("Whole series")
        return self.tr("Webinar %1").replace("%1", str(row.webinar_number))

    def show_organization(self, organization: OrganizationDetail | None) -> None:
        self.organization = organization
        self.refresh()

    def refresh(self) -> None:
        db, series_id, org = self.state.db, self.state.series_id, self.organization
        ready = db is not None and series_id is not None and org is not None
        self.add_button.setEnabled(ready)
        if not ready:
            self.title.setText(self.tr(
                "No organizations yet: New… adds one (a police service, a ministry, an NGO…); then record what "
                "it does in the selected series with Add collaboration….") if self.no_organizations else self.tr(
                "Select an organization and a series to see its collaborations."))
            self.view.set_rows([])
            return
        assert db is not None and series_id is not None and org is not None
        with db.read() as session:
            series = overview.series_detail(session, series_id)
            rows = collab_service.list_collaborations(session, series_id, org.id)
        text = self.tr("Collaborations of %1 in %2 (%3)") if rows else self.tr(
            "No collaborations of %1 in %2 (%3) yet: Add collaboration… records one (a co-host, a "
            "presenting organization, a strategy partner…).")
        self.title.setText(fill(text, org.name_in(interface_language()), in_language(series.title, series.title_fr),
                                str(series.year)))
        self.view.set_rows(rows)

    def select_collaboration(self, collaboration_id: int) -> bool:
        return self.view.select_where(lambda r: r.id == collaboration_id)

    def _collaboration_changed(self, row: CollaborationRow | None) -> None:
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        collab_id = row.id if row is not None else None
        if collab_id != self.actions.collaboration_id:
            self.actions.show_collaboration(collab_id)
            self.contacts.show_collaboration(collab_id)
        else:
            self.actions.refresh()
            self.contacts.refresh()

    # --- actions -----------------------------------------------------------------------
    def _open_editor(self, row: CollaborationRow | None) -> None:
        db, series_id, org = self.state.db, self.state.series_id, self.organization
        if db is None or series_id is None or org is None:
            return
        with db.read() as session:
            webinars = overview.list_webinars(session, series_id)
            people = collab_service.people_of(session, org.id)
        saved: list[int] = []
        title = self.tr("New collaboration") if row is None else self.tr("Edit collaboration")

        def save(data: CollaborationInput, dialog: CollaborationDialog) -> bool:
            def write(session):  # type: ignore[no-untyped-def]
                saved.append(collab_service.save_collaboration(
                    session, data, row.id if row else None, row.version if row else None))

            return operations.run(dialog, self.state, title, write,
                            check=lambda s: collab_service.check_collaboration(s, data), fields=dialog.fields).ok

        if CollaborationDialog.ask(self, org, series_id, webinars, people, row, save) and saved:
            self.select_collaboration(saved[-1])

    def add(self) -> None:
        self._open_editor(None)

    def edit(self) -> None:
        row = self.view.current_row()
        if row is not None:
            self._open_editor(row)

    def delete_collaboration(self) -> None:
        row = self.view.current_row()
        if row is None:
            return
        title = self.tr("Delete collaboration")
        text = fill(self.tr("Delete the collaboration “%1, %2” with its %3 open action(s) and its contact log?"),
                    label(row.role), self._scope_text(row), str(row.open_actions))
        if dialogs.ask_yes_no(self, title, text, default_yes=False):
            operations.run(self, self.state, title, lambda s: collab_service.delete_collaboration(s, row.id, row.version)).ok
