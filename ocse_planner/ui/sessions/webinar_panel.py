"""The form of one webinar: every field, and one `edited` signal when an edit ends.

When the date, start time and zone name a time that happens twice (the hour the clocks go
back), an "Occurrence" choice appears: the first (the default) or the second; the saved
form's warning says which one is used.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ocse_planner.db.enums import WebinarStatus
from ocse_planner.services.local_time import occurrences
from ocse_planner.services.validation import is_time_zone
from ocse_planner.services.webinars import WebinarForm
from ocse_planner.ui.common.commit_widgets import CommitTextEdit, TimeZoneCombo
from ocse_planner.ui.common.field_marks import FORM_STYLE
from ocse_planner.ui.common.enum_combo import EnumCombo
from ocse_planner.ui.common.labels import time_edit_pattern
from ocse_planner.ui.sessions.co_host_model import OrganizationChecklistModel


class WebinarFormWidget(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(FORM_STYLE)
        self._loading = False
        self._shown_date: date | None = None
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setAccessibleName(self.tr("Webinar form message"))

        self.number = QSpinBox(self)
        self.number.setRange(0, 999)
        self.title = QLineEdit(self)
        self.theme = CommitTextEdit(self)
        self.theme.setMaximumHeight(60)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.start_time = QTimeEdit(self)
        self.start_time.setDisplayFormat(time_edit_pattern())
        self.time_zone = TimeZoneCombo(self)
        self.occurrence = QComboBox(self)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, 24 * 60)
        self.duration.setSuffix(self.tr(" min"))
        self.platform = QLineEdit(self)
        self.link = QLineEdit(self)
        self.status: EnumCombo[WebinarStatus] = EnumCombo(WebinarStatus, self)
        self.co_host_model = OrganizationChecklistModel(self)
        self.co_hosts = QListView(self)
        self.co_hosts.setModel(self.co_host_model)
        self.co_hosts.setMaximumHeight(90)
        self.highlights = CommitTextEdit(self)
        self.highlights.setMaximumHeight(70)

        form = QFormLayout(self)
        form.addRow(self.message)
        for text, widget, name in (
            (self.tr("Num&ber:"), self.number, self.tr("Webinar number")),
            (self.tr("Tit&le:"), self.title, self.tr("Webinar title")),
            (self.tr("The&me:"), self.theme, self.tr("Theme or description")),
            (self.tr("&Date:"), self.date, self.tr("Date")),
            (self.tr("Start t&ime:"), self.start_time, self.tr("Start time")),
            (self.tr("Time &zone:"), self.time_zone, self.tr("Webinar time zone")),
            (self.tr("Occu&rrence:"), self.occurrence, self.tr("Which occurrence of a repeated time")),
            (self.tr("Durati&on:"), self.duration, self.tr("Duration in minutes")),
            (self.tr("&Video platform:"), self.platform, self.tr("Platform")),
            (self.tr("Lin&k:"), self.link, self.tr("Link")),
            (self.tr("Stat&us:"), self.status, self.tr("Webinar status")),
            (self.tr("&Co-hosts:"), self.co_hosts, self.tr("Co-hosting partner organizations")),
            (self.tr("Discussion hi&ghlights:"), self.highlights, self.tr("Discussion highlights")),
        ):
            row_label = QLabel(text, self)
            row_label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(row_label, widget)

        for widget in (self.number, self.title, self.date, self.start_time, self.duration, self.platform, self.link):
            widget.editingFinished.connect(self._changed)
        self.theme.editingFinished.connect(self._changed)
        self.highlights.editingFinished.connect(self._changed)
        self.time_zone.editingFinished.connect(self._changed)
        self.status.activated.connect(self._changed)
        self.occurrence.activated.connect(self._changed)
        self._form = form
        for signal in (self.date.dateChanged, self.start_time.timeChanged, self.time_zone.currentTextChanged):
            signal.connect(self._offer_occurrences)

        self.fields: dict[str, QWidget] = {
            "number": self.number,
            "title": self.title,
            "theme": self.theme,
            "date": self.date,
            "start_time": self.start_time,
            "time_zone": self.time_zone,
            "occurrence": self.occurrence,
            "duration": self.duration,
            "platform": self.platform,
            "link": self.link,
            "status": self.status,
            "highlights": self.highlights,
        }
        self._offer_occurrences()

    def set_form(self, form: WebinarForm | None) -> None:
        self._loading = True
        try:
            for widget in self.fields.values():
                widget.setEnabled(form is not None)
            self.co_hosts.setEnabled(form is not None)
            form = form or WebinarForm(number=1, title="")
            self.number.setValue(form.number)
            self.title.setText(form.title)
            self.theme.set_text(form.theme)
            self._shown_date = form.date
            day = form.date or date(2000, 1, 1)
            self.date.setDate(QDate(day.year, day.month, day.day))
            start = form.start_time or time(0, 0)
            self.start_time.setTime(QTime(start.hour, start.minute))
            self.time_zone.set_zone(form.time_zone)
            self.duration.setValue(form.duration_minutes)
            self.platform.setText(form.platform)
            self.link.setText(form.link)
            self.status.set_value(form.status)
            self.highlights.set_text(form.highlights)
            self._offer_occurrences()
            self.occurrence.setCurrentIndex(1 if form.second_occurrence and self.occurrence.count() > 1 else 0)
        finally:
            self._loading = False

    def _offer_occurrences(self, *_: object) -> None:
        """Show the occurrence choice only for a time the zone repeats on that day."""
        qdate, qtime, zone = self.date.date(), self.start_time.time(), self.time_zone.zone()
        labels: tuple[str, ...] = ()
        if is_time_zone(zone):
            found = occurrences(date(qdate.year(), qdate.month(), qdate.day()),
                                time(qtime.hour(), qtime.minute()), zone)
            labels = found.labels() if found.ambiguous else ()
        keep = self.occurrence.currentIndex()
        self.occurrence.blockSignals(True)
        self.occurrence.clear()
        if labels:
            self.occurrence.addItem(self.tr("First: %1").replace("%1", labels[0]), False)
            self.occurrence.addItem(self.tr("Second: %1").replace("%1", labels[1]), True)
            self.occurrence.setCurrentIndex(max(0, keep))
        self.occurrence.blockSignals(False)
        self._form.setRowVisible(self.occurrence, bool(labels))

    def values(self) -> WebinarForm:
        qdate, qtime = self.date.date(), self.start_time.time()
        undated = self._shown_date is None and qdate == QDate(2000, 1, 1)  # still "no date yet"
        return WebinarForm(
            number=self.number.value(),
            title=self.title.text(),
            theme=self.theme.toPlainText(),
            date=None if undated else date(qdate.year(), qdate.month(), qdate.day()),
            start_time=None if undated else time(qtime.hour(), qtime.minute()),
            time_zone=self.time_zone.zone(),
            duration_minutes=self.duration.value(),
            platform=self.platform.text(),
            link=self.link.text(),
            status=self.status.value(),
            highlights=self.highlights.toPlainText(),
            second_occurrence=bool(self.occurrence.currentData()),
        )

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()
