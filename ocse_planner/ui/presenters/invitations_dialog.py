"""Presenters tab ▸ Write invitations…: presenter messages as e-mail drafts, previewed first.

The organizer picks the kind of message and, optionally, one webinar; the dialog lists
one draft per person (with the people left out and why) and shows the selected draft as
the presenter will read it. "Write drafts" writes the .eml files into a private folder
(on a worker) and then, as one step of Edit ▸ Undo, records what each presenter's
calendar now holds and — when asked — marks the bookings "invited" with today's date.
A draft or the folder then opens in the desktop's mail client or file manager.

Reading and writing go through services/invitations.py and export/eml.py; the dialog only
chooses and shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.export.eml import WrittenDrafts, write_drafts
from ocse_planner.services import bookings, invitations
from ocse_planner.services.invitations import Draft, DraftPlan, MessageKind
from ocse_planner.ui.common import errors, operations
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.retranslate import Retranslatable
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.table_model import Column, RecordTableModel
from ocse_planner.ui.common.tasks import Latest, Progress, run_task

LANGUAGE_CODES = {"en": "EN", "fr": "FR", "both": "EN/FR"}


class DraftsModel(RecordTableModel[Draft]):
    """One row per draft: who it goes to, at which address, in which language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.beginResetModel()
        self._columns = [
            Column(self.tr("To"), lambda d: d.recipient_name, stretch=True),
            Column(self.tr("E-mail"), lambda d: d.recipient_email),
            Column(self.tr("Language"), lambda d: LANGUAGE_CODES[d.language], fit=True),
            Column(self.tr("Slots"), lambda d: len(d.slots), align_right=True),
        ]
        self.endResetModel()


class InvitationsDialog(Retranslatable, QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None, *, webinar_number: int | None = None,
                 follow_up_days: int = invitations.DEFAULT_FOLLOW_UP_DAYS,
                 person: tuple[int, str] | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.follow_up_days = follow_up_days  # the Follow-ups list's N
        self.plan: DraftPlan | None = None
        self._preparing = False  # a plan is being read (the status says so)
        self.written: WrittenDrafts | None = None
        self._latest = Latest()
        self.setObjectName("invitationsDialog")
        self.resize(1000, 640)

        self.kind = QComboBox(self)
        self.kind.setObjectName("messageKind")
        for kind in MessageKind:
            self.kind.addItem("", kind.value)
        self.webinar = QComboBox(self)
        self.webinar.setObjectName("messageWebinar")
        self.webinar.addItem("", None)
        for number in self._webinar_numbers():
            self.webinar.addItem("", number)
        self.person = person  # (id, name): the person selected in the directory, offered as a choice
        if person is not None:
            self.webinar.addItem("", ("person", person[0]))
        if webinar_number is not None:
            self.webinar.setCurrentIndex(max(0, self.webinar.findData(webinar_number)))
        self.mark_invited = QCheckBox(self)
        self.mark_invited.setObjectName("markInvited")
        self.mark_invited.setChecked(True)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("draftsFolder")
        self.folder.setText(str(self._default_folder()))
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.kind_label, self.webinar_label, self.folder_label = QLabel(self), QLabel(self), QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.webinar_label.setBuddy(self.webinar)
        self.folder_label.setBuddy(self.folder)
        form = QFormLayout()
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.webinar_label, self.webinar)
        form.addRow("", self.mark_invited)
        form.addRow(self.folder_label, folder_row)

        self.model = DraftsModel(self)
        self.drafts = QTableView(self)
        self.drafts.setObjectName("draftsList")
        self.drafts.setModel(self.model)
        self.drafts.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.drafts.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.drafts.horizontalHeader().setStretchLastSection(True)
        self.drafts.verticalHeader().hide()
        self.drafts.selectionModel().currentRowChanged.connect(lambda *_: self._show_preview())
        self.drafts.doubleClicked.connect(lambda *_: self.open_draft())
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("draftPreview")
        self.preview.setReadOnly(True)
        self.skipped = QPlainTextEdit(self)
        self.skipped.setObjectName("skippedPeople")
        self.skipped.setReadOnly(True)
        self.skipped.setMaximumHeight(110)
        self.drafts_label, self.preview_label, self.skipped_label = QLabel(self), QLabel(self), QLabel(self)
        self.drafts_label.setBuddy(self.drafts)
        self.preview_label.setBuddy(self.preview)
        self.skipped_label.setBuddy(self.skipped)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.drafts_label)
        left_layout.addWidget(self.drafts, 1)
        left_layout.addWidget(self.skipped_label)
        left_layout.addWidget(self.skipped)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 580])
        splitter.setChildrenCollapsible(False)

        self.status = QLabel(self)
        self.status.setObjectName("invitationsStatus")
        self.status.setWordWrap(True)
        self.write_button = QPushButton(self)
        self.write_button.setObjectName("writeDrafts")
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        self.open_folder_button = QPushButton(self)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_draft_button = QPushButton(self)
        self.open_draft_button.clicked.connect(self.open_draft)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        self.templates_button = QPushButton(self)
        self.templates_button.setObjectName("editTemplates")
        self.templates_button.clicked.connect(self.edit_templates)
        buttons = QHBoxLayout()
        buttons.addWidget(self.templates_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.open_draft_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._options_changed)
        self.webinar.currentIndexChanged.connect(self._options_changed)
        self.retranslate()
        self._options_changed()

    @classmethod
    def ask(cls, state: AppState, parent: QWidget | None = None, *, webinar_number: int | None = None,
            follow_up_days: int = invitations.DEFAULT_FOLLOW_UP_DAYS, person: tuple[int, str] | None = None) -> None:
        """Show the dialog (patched in tests that do not drive it)."""
        dialog = cls(state, parent, webinar_number=webinar_number, follow_up_days=follow_up_days, person=person)
        dialog.exec()

    # --- texts ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Write invitations"))
        names = {
            MessageKind.INVITATION: self.tr("Invitation"),
            MessageKind.FOLLOW_UP: self.tr("Follow-up (no answer yet)"),
            MessageKind.CONFIRMATION: self.tr("Confirmation with practical details"),
            MessageKind.REMINDER: self.tr("Reminder"),
            MessageKind.THANKS: self.tr("Thank-you (with the recording or survey link)"),
            MessageKind.UPDATE: self.tr("Updates: changes and cancellations since sent"),
        }
        for index in range(self.kind.count()):
            self.kind.setItemText(index, names[MessageKind(self.kind.itemData(index))])
        self.webinar.setItemText(0, self.tr("Every webinar of the series"))
        for index in range(1, self.webinar.count()):
            choice = self.webinar.itemData(index)
            self.webinar.setItemText(index, self.tr("Webinar %1").replace("%1", str(choice)) if isinstance(choice, int)
                                     else self.tr("The bookings of %1").replace("%1", self.person[1] if self.person
                                                                                else ""))
        self.kind.setAccessibleName(self.tr("Kind of message"))
        self.webinar.setAccessibleName(self.tr("Webinar"))
        self.folder.setAccessibleName(self.tr("Folder for the drafts"))
        self.drafts.setAccessibleName(self.tr("Drafts, one per person"))
        self.preview.setAccessibleName(self.tr("Preview of the selected draft"))
        self.skipped.setAccessibleName(self.tr("People left out, with the reason"))
        self.kind_label.setText(self.tr("&Message:"))
        self.webinar_label.setText(self.tr("&For:"))
        self.folder_label.setText(self.tr("F&older:"))
        self.mark_invited.setText(self.tr("Mark the bookings written to as &invited, dated today"))
        self.browse.setText(self.tr("&Browse…"))
        self.drafts_label.setText(self.tr("&Drafts:"))
        self.preview_label.setText(self.tr("Pre&view:"))
        self.skipped_label.setText(self.tr("&Left out:"))
        self.write_button.setText(self.tr("&Write drafts"))
        self.open_folder_button.setText(self.tr("Open fold&er"))
        self.open_draft_button.setText(self.tr("Open dr&aft"))
        self.close_button.setText(self.tr("&Close"))
        self.templates_button.setText(self.tr("&Templates…"))
        self.model.retranslate()
        self._show_plan()

    # --- reading ----------------------------------------------------------------------
    def _webinar_numbers(self) -> list[int]:
        from ocse_planner.services.timetable import timetable

        db, series_id = self.state.db, self.state.series_id
        if db is None or series_id is None:
            return []
        with db.read() as session:
            return sorted({slot.webinar_number for slot in timetable(session, series_id)})

    def _default_folder(self) -> Path:
        db = self.state.db
        base = db.path.parent if db is not None and db.path is not None else Path.home()
        return base / "presenter-drafts"

    def _options_changed(self, *_: object) -> None:
        kind = MessageKind(self.kind.currentData())
        self.mark_invited.setEnabled(kind is MessageKind.INVITATION)
        self.refresh()

    def refresh(self) -> None:
        """Plan the drafts again on a worker; the newest request wins."""
        db, series_id = self.state.db, self.state.series_id
        self.write_button.setEnabled(False)
        if db is None or series_id is None:
            self.plan, self._preparing = None, False
            self._show_plan()
            return
        kind, choice, days = self.kind.currentData(), self.webinar.currentData(), self.follow_up_days

        def work(_progress: Progress) -> DraftPlan:
            with db.read() as session:
                if isinstance(choice, tuple):  # one person's bookings in the series
                    booked = [b.id for b in bookings.bookings_for_person(session, choice[1], series_id)]
                    return invitations.plan_drafts(session, series_id, kind, booking_ids=booked,
                                                   follow_up_days=days)
                return invitations.plan_drafts(session, series_id, kind, webinar_number=choice, follow_up_days=days)

        def done(plan: DraftPlan) -> None:
            self.plan, self._preparing = plan, False
            self.written = None
            self._show_plan()

        def failed(exc: BaseException) -> None:
            self._preparing = False
            self._show_status()
            errors.report(self, exc, self.tr("Drafts not prepared"))

        self._preparing = True
        self._show_status()
        run_task(work, done, failed,
                 parent=self, what=self.tr("Preparing presenter drafts"), latest=self._latest)

    def _show_plan(self) -> None:
        if not hasattr(self, "model"):
            return
        plan = self.plan
        self.model.set_rows(plan.drafts if plan else [])
        self.skipped.setPlainText("\n".join(
            fill(self.tr("%1: %2"), s.name, s.reason.message()) for s in plan.skipped)
            if plan else "")
        self._show_status()
        self.write_button.setEnabled(bool(plan and plan.drafts))
        self.open_folder_button.setEnabled(self.written is not None)
        self.open_draft_button.setEnabled(self.written is not None)
        if plan and plan.drafts:
            self.drafts.setCurrentIndex(self.model.index(0, 0))
        self._show_preview()

    def _show_status(self) -> None:
        """What the plan shown comes to, or that the next one is being read."""
        plan = self.plan
        if self._preparing:
            self.status.setText(self.tr("Preparing the drafts…"))
        elif plan is None:
            self.status.setText(self.tr("Choose a series on the Series tab first."))
        elif not plan.drafts and not plan.skipped:
            self.status.setText(self._nobody_text(plan.kind))
        else:
            text = (fill(self.tr("%1 draft(s) to write, %2 person(s) left out."), str(len(plan.drafts)),
                         str(len(plan.skipped))))
            if not plan.sender.email:
                text += " " + self.tr("Set who the messages come from under Templates… (name, e-mail, signature).")
            self.status.setText(text)

    def _nobody_text(self, kind: MessageKind) -> str:
        """Why no draft: whom each kind is written to."""
        return {
            MessageKind.INVITATION: self.tr("No presenter to write to: invitations go to bookings still “to invite”."),
            MessageKind.FOLLOW_UP: self.tr("No presenter to write to: follow-ups go to bookings invited at least "
                                           "%1 days ago without an answer.").replace("%1", str(self.follow_up_days)),
            MessageKind.UPDATE: self.tr("No presenter to write to: nothing changed since the invitations were "
                                        "written."),
        }.get(kind, self.tr("No presenter to write to: this message goes to confirmed presenters."))

    def current_draft(self) -> Draft | None:
        index = self.drafts.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and self.plan else None

    def _show_preview(self) -> None:
        draft = self.current_draft()
        if draft is None:
            self.preview.setPlainText("")
            return
        header = "\n".join((
            fill(self.tr("To: %1 <%2>"), draft.recipient_name, draft.recipient_email),
            self.tr("Subject: %1").replace("%1", draft.subject),
            fill(self.tr("Calendar: %1 event(s), %2"), str(len(draft.slots)), draft.method)
            if draft.calendar else self.tr("Calendar: none"),
        ))
        self.preview.setPlainText(f"{header}\n\n{draft.text}")

    def edit_templates(self) -> None:
        """The wording and the sender, then the drafts again in the wording chosen."""
        from ocse_planner.ui.presenters.templates_dialog import TemplatesDialog

        TemplatesDialog.ask(self.state, self)
        self.refresh()

    # --- writing ------------------------------------------------------------------------
    @staticmethod
    def ask_folder(parent: QWidget, start: str) -> str | None:
        """A folder chosen in the desktop's dialog (patched in tests)."""
        title = QCoreApplication.translate("InvitationsDialog", "Folder for the drafts")
        chosen = QFileDialog.getExistingDirectory(parent, title, start)
        return chosen or None

    def _browse(self) -> None:
        chosen = self.ask_folder(self, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def write(self) -> None:
        plan, db = self.plan, self.state.db
        if plan is None or not plan.drafts or db is None:
            return
        folder = Path(self.folder.text().strip() or self._default_folder()).expanduser()
        mark = self.mark_invited.isEnabled() and self.mark_invited.isChecked()
        self.write_button.setEnabled(False)
        self.status.setText(self.tr("Writing the drafts…"))

        def work(progress: Progress) -> WrittenDrafts:
            return write_drafts(plan, folder, progress.check)

        def done(written: WrittenDrafts) -> None:
            description = (self.tr("Write %1 presenter draft(s) and mark invited") if mark
                           else self.tr("Write %1 presenter draft(s)")).replace("%1", str(len(written.files)))
            operations.run(self, self.state, description,
                           lambda session: invitations.record_drafts(session, plan, mark_invited=mark),
                           title=self.tr("Drafts written, not recorded"))
            self.written = written
            self.status.setText(fill(self.tr("%1 draft(s) written to %2"), str(len(written.files)),
                                     str(written.folder)))
            self.open_folder_button.setEnabled(True)
            self.open_draft_button.setEnabled(True)
            self.write_button.setEnabled(True)

        def failed(exc: BaseException) -> None:
            self.status.clear()
            self.write_button.setEnabled(True)
            errors.report(self, exc, self.tr("Drafts not written"))

        run_task(work, done, failed, parent=self, what=self.tr("Writing presenter drafts"))

    def open_folder(self) -> None:
        from ocse_planner.ui.files.export_menu import open_url

        if self.written is not None:
            open_url(QUrl.fromLocalFile(str(self.written.folder)))

    def open_draft(self) -> None:
        from ocse_planner.ui.files.export_menu import open_url

        index = self.drafts.currentIndex()
        if self.written is not None and index.isValid() and index.row() < len(self.written.files):
            open_url(QUrl.fromLocalFile(str(self.written.files[index.row()])))
