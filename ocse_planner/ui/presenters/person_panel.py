"""The person editor: one presenter's details, availability, and how their name prints.

Like the Series and Sessions forms, it saves as it is edited: each field, when its edit
ends (Tab, Enter, another field or list clicked), is saved as one undoable operation
("Change the e-mail of Jad Saliba"). A refused field stays as typed, marked, with the
message naming it, and nothing of it is stored. Typing not yet saved is saved before
another person is shown, another file is opened or the window quits — or, when it cannot
be saved, the person is asked whether to discard it.

The editor keeps the planner its person was read from: after File ▸ Open it shows
nothing of the previous file, and an edit made for one file can never be saved into
another (ui/common/operations.py refuses it).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.services import overview, people
from ocse_planner.services.availability import Window
from ocse_planner.services.errors import NotFoundError, UserError
from ocse_planner.services.people import PersonDetail, PersonInput
from ocse_planner.ui.common import dialogs, errors, field_marks, operations
from ocse_planner.ui.common.bilingual_fields import BilingualLine, buddy_of
from ocse_planner.ui.common.commit_widgets import CommitTextEdit
from ocse_planner.ui.common.field_marks import FORM_STYLE
from ocse_planner.ui.common.focus import set_tab_order
from ocse_planner.ui.common.sizing import compact_combo, form_scroll_area
from ocse_planner.ui.common.retranslate import Retranslatable, caption, set_item_texts
from ocse_planner.ui.common.labels import interface_language, organization_text
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.presenters.availability_panel import AvailabilityEditor

if TYPE_CHECKING:
    from ocse_planner.db import Database

_NAME_FIELDS = {"given_name", "family_name"}


def _name(data: PersonInput) -> str:
    """"Jad Saliba": how a step's description names the person."""
    return " ".join(p for p in (data.given_name.strip(), data.family_name.strip()) if p)


def _same(a: PersonInput, b: PersonInput) -> bool:
    """Whether the form holds what is stored (the languages in any order: ("fr", "en") as
    stored is what the two boxes show as ("en", "fr"))."""
    return replace(a, languages=tuple(sorted(a.languages))) == replace(b, languages=tuple(sorted(b.languages)))


class PersonEditor(Retranslatable, QWidget):
    saved = Signal(int)  # person id, after a person was added
    deleted = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(FORM_STYLE)
        self.state = state
        self._record: PersonDetail | None = None
        self._record_db: Database | None = None  # the planner `_record` was read from
        self._loading = False
        self._saving = False  # a save's refresh re-selecting in the directory saves nothing again

        def line() -> QLineEdit:
            edit = QLineEdit(self)
            edit.textChanged.connect(self._update_preview)
            edit.editingFinished.connect(self._field_finished)
            return edit

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.honorific = line()
        self.given_name = line()
        self.family_name = line()
        self.post_nominals = line()
        self.job_titles = BilingualLine(self)
        self.job_title, self.job_title_fr = self.job_titles.english, self.job_titles.french
        self.job_title.textChanged.connect(self._update_preview)
        self.job_titles.editingFinished.connect(self._field_finished)  # either language's edit ends
        self.email = line()
        self.phone = line()
        self.organization = QComboBox(self)
        self._organizations: list[overview.OrganizationRow] = []  # the combo's, named in the interface's language
        compact_combo(self.organization)
        self.organization.currentIndexChanged.connect(self._update_preview)
        self.organization.activated.connect(self._field_finished)
        self.time_zone = QComboBox(self)
        compact_combo(self.time_zone)
        self.time_zone.setEditable(True)
        self.time_zone.addItem("")
        self.time_zone.addItems(sorted(people.known_time_zones()))
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(sorted(people.known_time_zones()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)
        self.time_zone.activated.connect(self._field_finished)
        zone_line = self.time_zone.lineEdit()
        assert zone_line is not None
        zone_line.editingFinished.connect(self._field_finished)
        self.english = QCheckBox(self)
        self.french = QCheckBox(self)
        for box in (self.english, self.french):
            box.toggled.connect(self._field_finished)
        self.preferred_language = QComboBox(self)
        self.preferred_language.setObjectName("preferredLanguage")
        compact_combo(self.preferred_language)
        for code in ("", "en", "fr", "both"):
            self.preferred_language.addItem("", code)
        self.preferred_language.activated.connect(self._field_finished)
        self.bio = CommitTextEdit(self)
        self.bio.setMinimumHeight(60)
        self.bio.editingFinished.connect(self._field_finished)
        self.availability = AvailabilityEditor(self)
        self.availability.submit = self._submit_window
        self.availability.changed.connect(self._field_finished)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Two pages (details; availability) above a button row that never scrolls away:
        # at 1280×800 the whole form does not fit under the directory. Every field saves
        # when its edit ends, so there is no Save button to reach.
        details = QWidget(self)
        form = QFormLayout(details)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        self._captions = {widget: caption(self, buddy_of(widget)) for widget in (
            self.honorific, self.given_name, self.family_name, self.post_nominals, self.job_titles,
            self.organization, self.email, self.phone, self.time_zone)}
        for widget, row_caption in self._captions.items():
            form.addRow(row_caption, widget)
        languages = QHBoxLayout()
        languages.addWidget(self.english)
        languages.addWidget(self.french)
        languages.addStretch()
        self.languages_caption = caption(self)
        self.bio_caption = caption(self, self.bio)
        self.writes_in_caption = caption(self, self.preferred_language)
        form.addRow(self.languages_caption, languages)
        form.addRow(self.writes_in_caption, self.preferred_language)
        form.addRow(self.bio_caption, self.bio)
        details_scroll = form_scroll_area(details, self)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.pages = QTabWidget(self)
        self.pages.addTab(details_scroll, "")
        self.pages.addTab(self.availability, "")

        preview_row = QHBoxLayout()
        preview_caption = self.preview_caption = caption(self, self.preview)
        preview_row.addWidget(preview_caption, 0, Qt.AlignmentFlag.AlignTop)
        preview_row.addWidget(self.preview, 1)

        self.new_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_person)
        self.delete_button.clicked.connect(self.delete_person)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch()
        buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        layout.addLayout(preview_row)
        layout.addLayout(buttons)
        set_tab_order(*self.focus_chain())
        state.databaseChanged.connect(self._show_nobody)  # a bound slot: let go when the editor is deleted
        state.history.add_pending_edits(self, self.commit_pending)
        self.load(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setAccessibleName(self.tr("Person form message"))
        for widget, text, name in (
            (self.honorific, self.tr("Honorific / rank:"), self.tr("Honorific or rank")),
            (self.given_name, self.tr("&Given name:"), self.tr("Given name")),
            (self.family_name, self.tr("Fa&mily name:"), self.tr("Family name")),
            (self.post_nominals, self.tr("Post-nominals:"), self.tr("Post-nominals")),
            (self.job_titles, self.tr("&Job title:"), self.tr("Job title")),
            (self.organization, self.tr("Organization:"), self.tr("Organization")),
            (self.email, self.tr("E-mail:"), self.tr("E-mail")),
            (self.phone, self.tr("Phone:"), self.tr("Phone")),
            (self.time_zone, self.tr("Time zone:"), self.tr("Time zone")),
        ):
            self._captions[widget].setText(text)
            widget.setAccessibleName(name)
        self.languages_caption.setText(self.tr("Languages:"))
        self.bio_caption.setText(self.tr("Bio:"))
        self.writes_in_caption.setText(self.tr("Writes in:"))
        self.preferred_language.setAccessibleName(self.tr("Language of messages to this person"))
        set_item_texts(self.preferred_language, [
            ("", self.tr("As spoken (one language), else both")), ("en", self.tr("English")),
            ("fr", self.tr("French")), ("both", self.tr("English and French"))])
        self.english.setText(self.tr("English"))
        self.french.setText(self.tr("French"))
        self.english.setAccessibleName(self.tr("Speaks English"))
        self.french.setAccessibleName(self.tr("Speaks French"))
        self.bio.setAccessibleName(self.tr("Short bio"))
        self.preview.setAccessibleName(self.tr("Agenda preview"))
        self.preview_caption.setText(self.tr("In an agenda:"))
        self.pages.setAccessibleName(self.tr("Person form pages"))
        self.pages.setTabText(0, self.tr("Detai&ls"))
        self.pages.setTabText(1, self.tr("Availabilit&y"))
        self.new_button.setText(self.tr("&New person"))
        self.new_button.setAccessibleName(self.tr("New person"))
        self.delete_button.setText(self.tr("&Delete person"))
        self.delete_button.setAccessibleName(self.tr("Delete person"))
        set_item_texts(self.organization, [(None, self.tr("(none)")),
                                           *((org.id, organization_text(org)) for org in self._organizations)])
        self._update_preview()  # the credit as an agenda prints it, in the new language

    def focus_chain(self) -> tuple[QWidget, ...]:
        """The form's controls in reading order: its pages, their fields, then its buttons."""
        return (self.pages.tabBar(), self.honorific, self.given_name, self.family_name, self.post_nominals,
                self.job_title, self.job_title_fr, self.organization, self.email, self.phone, self.time_zone,
                self.english,
                self.french, self.preferred_language, self.bio, *self.availability.focus_chain(), self.new_button,
                self.delete_button)

    # --- loading ---------------------------------------------------------------
    @property
    def saving(self) -> bool:
        """True while a save runs (the views it refreshes must not move the editor)."""
        return self._saving

    @property
    def person_id(self) -> int | None:
        return self._record.id if self._record is not None else None

    def reload_organizations(self) -> None:
        current = self.organization.currentData()
        self.organization.blockSignals(True)
        self.organization.clear()
        self.organization.addItem(self.tr("(none)"), None)
        db, self._organizations = self.state.db, []
        if db is not None:
            with db.read() as session:
                self._organizations = overview.list_organizations(session)
                for org in self._organizations:
                    self.organization.addItem(organization_text(org), org.id)
        self.organization.setCurrentIndex(max(0, self.organization.findData(current)))
        self.organization.blockSignals(False)

    def _show_nobody(self) -> None:
        self.load(None)

    def load(self, person_id: int | None) -> None:
        """Show a stored person of the open file (None: nobody; the form is disabled)."""
        db = self.state.db
        detail = None
        if person_id is not None and db is not None:
            with db.read() as session:
                try:
                    detail = people.get_person(session, person_id)
                except NotFoundError:  # deleted elsewhere meanwhile
                    detail = None
        same = (detail is not None and self._record is not None and self._record_db is db
                and (detail.id, detail.version) == (self._record.id, self._record.version))
        self._record, self._record_db = detail, (db if detail is not None else None)
        if same:
            return  # keep what is being typed while the stored person is the same
        field_marks.clear(self.fields().values())
        field_marks.show_message(self.message, [])
        self._fill(detail.data if detail is not None else PersonInput("", ""))
        for widget in (*self.fields().values(), self.availability, self.delete_button):
            widget.setEnabled(detail is not None)
        self.new_button.setEnabled(db is not None)

    def _fill(self, data: PersonInput) -> None:
        """Put `data` in the fields, touching only those that differ (a field being
        tabbed into keeps its selection)."""
        self._loading = True
        try:
            for edit, value in ((self.honorific, data.honorific), (self.given_name, data.given_name),
                                (self.family_name, data.family_name), (self.post_nominals, data.post_nominals),
                                (self.job_title, data.job_title), (self.job_title_fr, data.job_title_fr),
                                (self.email, data.email), (self.phone, data.phone)):
                if edit.text() != value:
                    edit.setText(value)
            self.organization.setCurrentIndex(max(0, self.organization.findData(data.organization_id)))
            if self.time_zone.currentText() != data.time_zone:
                self.time_zone.setCurrentText(data.time_zone)
            self.english.setChecked("en" in data.languages)
            self.french.setChecked("fr" in data.languages)
            self.preferred_language.setCurrentIndex(max(0, self.preferred_language.findData(data.preferred_language)))
            if self.bio.toPlainText() != data.bio:
                self.bio.set_text(data.bio)
            self.availability.set_windows(data.availability)
        finally:
            self._loading = False
        self._update_preview()

    def is_dirty(self) -> bool:
        """Whether the form holds typing that is not saved."""
        return self._record is not None and not _same(self.form_data(), self._record.data)

    def form_data(self) -> PersonInput:
        return PersonInput(
            honorific=self.honorific.text(),
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            post_nominals=self.post_nominals.text(),
            job_title=self.job_title.text(),
            job_title_fr=self.job_title_fr.text(),
            organization_id=self.organization.currentData(),
            email=self.email.text(),
            phone=self.phone.text(),
            time_zone=self.time_zone.currentText(),
            languages=tuple(code for code, box in (("en", self.english), ("fr", self.french)) if box.isChecked()),
            preferred_language=self.preferred_language.currentData() or "",
            bio=self.bio.toPlainText(),
            availability=self.availability.windows(),
        )

    def _update_preview(self, *_: object) -> None:
        db = self.state.db
        if db is None or self._record is None:
            self.preview.clear()
            return
        with db.read() as session:
            self.preview.setText(people.preview_credit(session, self.form_data(), interface_language(), mark=False))

    # --- saving ----------------------------------------------------------------
    def _field_finished(self, *_: object) -> None:
        if not self._loading:
            self.save()

    def save(self) -> bool:
        """Save what the form holds as one undoable step; False (nothing saved) when refused."""
        return self._save() is None

    def _save(self) -> BaseException | None:
        record, db = self._record, self._record_db
        if record is None or db is None or self._saving:
            return None
        data = self.form_data()
        if _same(data, record.data):  # back to what is stored: nothing to save, nothing wrong
            field_marks.clear(self.fields().values())
            field_marks.show_message(self.message, [])
            return None
        person_id, version = record.id, record.version  # nobody may have saved since it was shown
        self._saving = True
        try:
            result = operations.run(
                self, self.state, self._describe(record.data, data),
                lambda s: people.update_person(s, person_id, version, data),
                title=self.tr("Person not saved"), fields=self.fields(), message=self.message, db=db,
            )
        finally:
            self._saving = False
        if result.ok and self.person_id == person_id:  # (the refresh may have shown another)
            self._reset(person_id)  # show what is stored (new windows get their ids)
        self._show_page_of(result.error)
        return result.error

    def commit_pending(self, parent: QWidget | None = None) -> bool:
        """Save what the form holds unsaved; ask when it cannot be saved."""
        record = self._record
        if record is None:
            return True
        return operations.commit_or_ask(parent, self._save, lambda: self._reset(record.id),
                                        _name(record.data))

    def _reset(self, person_id: int) -> None:
        """Show the stored person again, whatever the form holds."""
        self._record = None
        self.load(person_id)

    def _describe(self, old: PersonInput, new: PersonInput) -> str:
        """"Rename Jad Saliba", "Change the e-mail of Jad Saliba", "Edit Jad Saliba"."""
        name = _name(old)
        old, new = (replace(d, languages=tuple(sorted(d.languages))) for d in (old, new))
        changed = [f for f in PersonInput.__dataclass_fields__ if getattr(old, f) != getattr(new, f)]
        if changed and set(changed) <= _NAME_FIELDS:
            return self.tr("Rename %1").replace("%1", name)
        texts = {
            "honorific": self.tr("Change the honorific of %1"),
            "post_nominals": self.tr("Change the post-nominals of %1"),
            "job_title": self.tr("Change the job title of %1"),
            "job_title_fr": self.tr("Change the French job title of %1"),
            "organization_id": self.tr("Change the organization of %1"),
            "email": self.tr("Change the e-mail of %1"),
            "phone": self.tr("Change the phone number of %1"),
            "time_zone": self.tr("Change the time zone of %1"),
            "languages": self.tr("Change the languages of %1"),
            "preferred_language": self.tr("Change the language of messages to %1"),
            "bio": self.tr("Change the bio of %1"),
            "availability": self.tr("Change the availability of %1"),
        }
        text = texts.get(changed[0], "") if len(changed) == 1 else ""
        return (text or self.tr("Edit %1")).replace("%1", name)

    def new_person(self) -> None:
        """Add a person named "New person" and put the cursor in the name, like New
        series and New webinar do: the record exists at once and each field saves."""
        if not self.commit_pending(self):
            return
        data = PersonInput("", self.tr("New person"))
        result = operations.run(self, self.state, self.tr("Add a person"), lambda s: people.create_person(s, data),
                                title=self.tr("Person not added"))
        if result.ok and result.value is not None:
            self.load(result.value)
            self.saved.emit(result.value)  # the tab selects them in the directory
            self.given_name.setFocus()

    def _submit_window(self, window: Window, parent: QWidget, fields: dict[str, QWidget]) -> bool:
        """The availability dialog's OK: save the edited window as one operation."""
        record, db = self._record, self._record_db
        if record is None or db is None:
            return False
        if window.id is None:  # not stored yet: checked here, stored with the person's next save
            try:
                people.validate_window(window)
            except UserError as exc:
                errors.report(parent, exc, self.tr("Window not saved"), fields=fields)
                return False
            return True
        person_id, version = record.id, record.version
        name = _name(record.data)
        result = operations.run(
            parent, self.state, self.tr("Change an availability window of %1").replace("%1", name),
            lambda s: people.update_window(s, person_id, version, window.id, window),  # type: ignore[arg-type]
            title=self.tr("Window not saved"), fields=fields, db=db,
        )
        if result.ok:
            self._reset(person_id)
        return result.ok

    def delete_person(self) -> None:
        record, db = self._record, self._record_db
        if record is None or db is None:
            return
        name = _name(record.data)
        if not dialogs.ask_yes_no(
            self, self.tr("Delete person"),
            self.tr("Delete %1 from the directory?\n\nEdit ▸ Undo brings them back.").replace("%1", name),
            default_yes=False,
        ):
            return
        person_id, version = record.id, record.version
        if operations.run(self, self.state, self.tr("Delete %1").replace("%1", name),
                          lambda s: people.delete_person(s, person_id, version),
                          title=self.tr("Person not deleted"), db=db).ok:
            self.load(None)
            self.deleted.emit()

    def fields(self) -> dict[str, QWidget]:
        """The form's widget for each field a service may name in an error."""
        return {
            "name": self.given_name,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "honorific": self.honorific,
            "post_nominals": self.post_nominals,
            "job_title": self.job_title,
            "job_title_fr": self.job_title_fr,
            "email": self.email,
            "phone": self.phone,
            "time_zone": self.time_zone,
            "organization": self.organization,
            "languages": self.english,
            "preferred_language": self.preferred_language,
            "bio": self.bio,
            "availability": self.availability.list.table,
        }

    def _show_page_of(self, error: BaseException | None) -> None:
        """Show the page (details or availability) that holds the first field `error` names."""
        if not isinstance(error, UserError):
            return
        problems = errors.problems_of(error)
        widget = self.fields().get(problems[0].field) if problems else None
        for page in range(self.pages.count()):
            if widget is not None and self.pages.widget(page).isAncestorOf(widget):
                self.pages.setCurrentIndex(page)
