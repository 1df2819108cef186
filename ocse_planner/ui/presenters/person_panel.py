"""The person editor: one presenter's details, availability, and how their name prints.

The form keeps what was typed when a save is refused: the service's message names the
field, the field gets the focus, and nothing is stored until everything is valid.
"""

from __future__ import annotations

from dataclasses import replace

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
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.services import overview, people
from ocse_planner.services.availability import Window
from ocse_planner.services.errors import UserError
from ocse_planner.services.people import PersonInput
from ocse_planner.ui.common.bilingual_fields import BilingualLine, buddy_of
from ocse_planner.ui.common import dialogs, errors, field_marks
from ocse_planner.ui.common.focus import set_tab_order
from ocse_planner.ui.common.sizing import compact_combo, form_scroll_area
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.presenters.availability_panel import AvailabilityEditor


class PersonEditor(QWidget):
    saved = Signal(int)  # person id
    deleted = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.person_id: int | None = None
        self.version: int | None = None
        self._shown = PersonInput("", "")  # what the form showed when loaded

        def line(name: str) -> QLineEdit:
            edit = QLineEdit(self)
            edit.setAccessibleName(name)
            edit.textChanged.connect(self._update_preview)
            return edit

        self.honorific = line(self.tr("Honorific or rank"))
        self.given_name = line(self.tr("Given name"))
        self.family_name = line(self.tr("Family name"))
        self.post_nominals = line(self.tr("Post-nominals"))
        self.job_titles = BilingualLine(self)
        self.job_title, self.job_title_fr = self.job_titles.english, self.job_titles.french
        self.job_titles.setAccessibleName(self.tr("Job title"))
        self.job_title.textChanged.connect(self._update_preview)
        self.email = line(self.tr("E-mail"))
        self.phone = line(self.tr("Phone"))
        self.organization = QComboBox(self)
        self.organization.setAccessibleName(self.tr("Organization"))
        compact_combo(self.organization)
        self.organization.currentIndexChanged.connect(self._update_preview)
        self.time_zone = QComboBox(self)
        compact_combo(self.time_zone)
        self.time_zone.setEditable(True)
        self.time_zone.setAccessibleName(self.tr("Time zone"))
        self.time_zone.addItem("")
        self.time_zone.addItems(sorted(people.known_time_zones()))
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(sorted(people.known_time_zones()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)
        self.english = QCheckBox(self.tr("English"), self)
        self.french = QCheckBox(self.tr("French"), self)
        self.english.setAccessibleName(self.tr("Speaks English"))
        self.french.setAccessibleName(self.tr("Speaks French"))
        self.bio = QPlainTextEdit(self)
        self.bio.setAccessibleName(self.tr("Short bio"))
        self.bio.setTabChangesFocus(True)
        self.bio.setMinimumHeight(60)
        self.availability = AvailabilityEditor(self)
        self.availability.submit = self._submit_window
        self.availability.windowEdited.connect(self._window_edited)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAccessibleName(self.tr("Agenda preview"))
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Two pages (details; availability) above a button row that never scrolls away:
        # at 1280×800 the whole form does not fit under the directory.
        details = QWidget(self)
        form = QFormLayout(details)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        for text, widget in (
            (self.tr("Honorific / rank:"), self.honorific),
            (self.tr("&Given name:"), self.given_name),
            (self.tr("Fa&mily name:"), self.family_name),
            (self.tr("Post-nominals:"), self.post_nominals),
            (self.tr("&Job title:"), self.job_titles),
            (self.tr("Organization:"), self.organization),
            (self.tr("E-mail:"), self.email),
            (self.tr("Phone:"), self.phone),
            (self.tr("Time zone:"), self.time_zone),
        ):
            form.addRow(text, widget)
        languages = QHBoxLayout()
        languages.addWidget(self.english)
        languages.addWidget(self.french)
        languages.addStretch()
        form.addRow(self.tr("Languages:"), languages)
        form.addRow(self.tr("Bio:"), self.bio)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item and field and isinstance(item.widget(), QLabel) and field.widget():
                item.widget().setBuddy(buddy_of(field.widget()))
        details_scroll = form_scroll_area(details, self)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.pages = QTabWidget(self)
        self.pages.setAccessibleName(self.tr("Person form pages"))
        self.pages.addTab(details_scroll, self.tr("Detai&ls"))
        self.pages.addTab(self.availability, self.tr("Availabilit&y"))

        preview_row = QHBoxLayout()
        preview_caption = QLabel(self.tr("In an agenda:"), self)
        preview_caption.setBuddy(self.preview)
        preview_row.addWidget(preview_caption, 0, Qt.AlignmentFlag.AlignTop)
        preview_row.addWidget(self.preview, 1)

        self.new_button = QPushButton(self.tr("&New person"), self)
        self.save_button = QPushButton(self.tr("Save pers&on"), self)
        self.delete_button = QPushButton(self.tr("&Delete person"), self)
        for button in (self.new_button, self.save_button, self.delete_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.save_button.setShortcut("Ctrl+Return")
        self.save_button.setToolTip(self.tr("Save the person (Ctrl+Return)"))
        self.new_button.clicked.connect(self.new_person)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_person)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addLayout(preview_row)
        layout.addLayout(buttons)
        set_tab_order(*self.focus_chain())
        self.new_person()

    def focus_chain(self) -> tuple[QWidget, ...]:
        """The form's controls in reading order: its pages, their fields, then its buttons."""
        return (self.pages.tabBar(), self.honorific, self.given_name, self.family_name, self.post_nominals,
                self.job_title, self.job_title_fr, self.organization, self.email, self.phone, self.time_zone,
                self.english,
                self.french, self.bio, *self.availability.focus_chain(), self.new_button,
                self.delete_button, self.save_button)

    # --- loading ---------------------------------------------------------------
    def reload_organizations(self) -> None:
        current = self.organization.currentData()
        self.organization.blockSignals(True)
        self.organization.clear()
        self.organization.addItem(self.tr("(none)"), None)
        db = self.state.db
        if db is not None:
            with db.read() as session:
                for org in overview.list_organizations(session):
                    text = f"{org.name} ({org.acronym})" if org.acronym else org.name
                    self.organization.addItem(text, org.id)
        self.organization.setCurrentIndex(max(0, self.organization.findData(current)))
        self.organization.blockSignals(False)

    def new_person(self) -> None:
        self.person_id, self.version = None, None
        self._fill(PersonInput("", ""))
        self.delete_button.setEnabled(False)

    def load(self, person_id: int | None) -> None:
        db = self.state.db
        if person_id is None or db is None:
            self.new_person()
            return
        with db.read() as session:
            detail = people.get_person(session, person_id)
        self.person_id, self.version = detail.id, detail.version
        self._fill(detail.data)
        self.delete_button.setEnabled(True)

    def _fill(self, data: PersonInput) -> None:
        field_marks.clear(self.fields().values())
        self.honorific.setText(data.honorific)
        self.given_name.setText(data.given_name)
        self.family_name.setText(data.family_name)
        self.post_nominals.setText(data.post_nominals)
        self.job_titles.set_texts(data.job_title, data.job_title_fr)
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.organization.setCurrentIndex(max(0, self.organization.findData(data.organization_id)))
        self.time_zone.setCurrentText(data.time_zone)
        self.english.setChecked("en" in data.languages)
        self.french.setChecked("fr" in data.languages)
        self.bio.setPlainText(data.bio)
        self.availability.set_windows(data.availability)
        self._shown = self.form_data()
        self._update_preview()

    def is_dirty(self) -> bool:
        """Whether the form holds typing that is not saved."""
        return self.form_data() != self._shown

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
            bio=self.bio.toPlainText(),
            availability=self.availability.windows(),
        )

    def _update_preview(self, *_: object) -> None:
        db = self.state.db
        if db is None:
            self.preview.clear()
            return
        with db.read() as session:
            self.preview.setText(people.preview_credit(session, self.form_data()))

    # --- saving ----------------------------------------------------------------
    def save(self) -> bool:
        db = self.state.db
        if db is None:
            return False
        data = self.form_data()
        try:
            with db.write() as session:
                if self.person_id is None:
                    person_id = people.create_person(session, data)
                else:
                    people.update_person(session, self.person_id, self.version, data)
                    person_id = self.person_id
        except UserError as exc:
            self._show_page_of(exc)
            errors.report(self, exc, self.tr("Person not saved"), fields=self.fields())
            return False
        self.load(person_id)
        self.state.notify_changed()  # the directory lists the new person first…
        self.saved.emit(person_id)  # …so the tab can select them
        return True

    def _submit_window(self, window: Window) -> None:
        """Check an edited window; one already stored is saved now, in its own transaction.

        A window added in this form and not yet saved only changes in the form; it is
        stored with the person. Raises ValidationError / ChangedElsewhereError to refuse.
        """
        db = self.state.db
        if window.id is None or self.person_id is None or db is None:
            people.validate_window(window)
            return
        with db.write() as session:
            self.version = people.update_window(session, self.person_id, self.version, window.id, window)
        # What is stored now is what the form shows for that window: not unsaved typing.
        shown = tuple(window if w.id == window.id else w for w in self._shown.availability)
        self._shown = replace(self._shown, availability=shown)

    def _window_edited(self, window: Window) -> None:
        if window.id is not None and self.person_id is not None:
            self.state.notify_changed()  # conflicts and timetable read the new window

    def delete_person(self) -> None:
        db = self.state.db
        if db is None or self.person_id is None:
            return
        name = " ".join(p for p in (self.given_name.text(), self.family_name.text()) if p)
        if not dialogs.ask_yes_no(
            self, self.tr("Delete person"), self.tr("Delete %1 from the directory?").replace("%1", name),
            default_yes=False,
        ):
            return
        try:
            with db.write() as session:
                people.delete_person(session, self.person_id, self.version)
        except UserError as exc:
            errors.report(self, exc, self.tr("Person not deleted"))
            return
        self.new_person()
        self.deleted.emit()
        self.state.notify_changed()

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
            "bio": self.bio,
            "availability": self.availability.list.table,
        }

    def _show_page_of(self, error: UserError) -> None:
        """Show the page (details or availability) that holds the first field `error` names."""
        problems = errors.problems_of(error)
        widget = self.fields().get(problems[0].field) if problems else None
        for page in range(self.pages.count()):
            if widget is not None and self.pages.widget(page).isAncestorOf(widget):
                self.pages.setCurrentIndex(page)
