"""The form of one webinar: every field, and one `edited` signal when an edit ends.

When the date, start time and zone name a time that happens twice (the hour the clocks go
back), an "Occurrence" choice appears beside the zone: the first (the default) or the
second; the saved form's warning says which one is used.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ocse_planner.db.enums import WebinarStatus
from ocse_planner.services.local_time import occurrences
from ocse_planner.services.validation import is_time_zone
from ocse_planner.services.webinars import WebinarForm
from ocse_planner.ui.common.bilingual_fields import BilingualLine, BilingualText
from ocse_planner.ui.common.commit_widgets import TimeZoneCombo
from ocse_planner.ui.common.enum_combo import EnumCombo
from ocse_planner.ui.common.field_marks import FORM_STYLE
from ocse_planner.ui.common.retranslate import Retranslatable, caption
from ocse_planner.ui.common.labels import setup_time_edit
from ocse_planner.ui.common.optional_date import OptionalDateEdit
from ocse_planner.ui.sessions.co_host_panel import CoHostPanel


class WebinarFormWidget(Retranslatable, QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(FORM_STYLE)
        self._loading = False
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.number = QSpinBox(self)
        self.number.setRange(0, 999)
        self.titles = BilingualLine(self)
        self.title, self.title_fr = self.titles.english, self.titles.french
        self.themes = BilingualText(self, self._lines(2))
        self.theme, self.theme_fr = self.themes.english, self.themes.french
        self.date = OptionalDateEdit("", self)
        self.start_time = QTimeEdit(self)
        setup_time_edit(self.start_time)
        self.time_zone = TimeZoneCombo(self)
        self.occurrence = QComboBox(self)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, 24 * 60)
        self.platform = QLineEdit(self)
        self.link = QLineEdit(self)
        self.follow_up_link = QLineEdit(self)
        self.follow_up_link.setObjectName("followUpLink")
        self.status: EnumCombo[WebinarStatus] = EnumCombo(WebinarStatus, self)
        self.co_hosts = CoHostPanel(self)
        self.co_host_model = self.co_hosts.model
        self.all_highlights = BilingualText(self, self._lines(4))
        self.highlights, self.highlights_fr = self.all_highlights.english, self.all_highlights.french

        c = self._captions = {
            name: self._caption(buddy) for name, buddy in (
                ("number", self.number), ("status", self.status), ("title", self.title), ("theme", self.theme),
                ("date", self.date), ("duration", self.duration), ("occurrence", self.occurrence),
                ("zone", self.time_zone), ("platform", self.platform), ("link", self.link),
                ("follow_up_link", self.follow_up_link),
                ("co_hosts", self.co_hosts.list), ("highlights", self.highlights))}
        self.occurrence_caption = c["occurrence"]
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.message)
        form.addRow(c["number"], self._row(self.number, (c["status"], self.status)))
        form.addRow(c["title"], self.titles)
        form.addRow(c["theme"], self.themes)
        form.addRow(c["date"], self._row(self.date, self.start_time, (c["duration"], self.duration)))
        form.addRow(c["zone"], self._row(self.time_zone, (self.occurrence_caption, self.occurrence), stretch=True))
        form.addRow(c["platform"], self._row(self.platform, (c["link"], self.link), stretch=True))
        form.addRow(c["follow_up_link"], self.follow_up_link)
        form.addRow(c["co_hosts"], self.co_hosts)
        form.addRow(c["highlights"], self.all_highlights)

        for widget in (self.number, self.titles, self.date, self.start_time, self.duration, self.platform, self.link,
                       self.follow_up_link):
            widget.editingFinished.connect(self._changed)
        self.date.dateChanged.connect(lambda _d: self._show_time_if_dated())
        self.themes.editingFinished.connect(self._changed)
        self.all_highlights.editingFinished.connect(self._changed)
        self.time_zone.editingFinished.connect(self._changed)
        self.status.activated.connect(self._changed)
        self.occurrence.activated.connect(self._changed)
        for signal in (self.date.dateChanged, self.start_time.timeChanged, self.time_zone.currentTextChanged):
            signal.connect(self._offer_occurrences)

        self.fields: dict[str, QWidget] = {
            "number": self.number,
            "title": self.title,
            "title_fr": self.title_fr,
            "theme": self.theme,
            "theme_fr": self.theme_fr,
            "date": self.date,
            "start_time": self.start_time,
            "time_zone": self.time_zone,
            "occurrence": self.occurrence,
            "duration": self.duration,
            "platform": self.platform,
            "link": self.link,
            "follow_up_link": self.follow_up_link,
            "status": self.status,
            "highlights": self.highlights,
            "highlights_fr": self.highlights_fr,
        }
        self._offer_occurrences()
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setAccessibleName(self.tr("Webinar form message"))
        self.date.setSpecialValueText(self.tr("No date yet"))
        setup_time_edit(self.start_time)  # "1:10 p.m." or "13 h 10"
        self.duration.setSuffix(self.tr(" min"))
        self.follow_up_link.setPlaceholderText(self.tr("Given in the thank-you message to presenters"))
        for widget, name in (
            (self.number, self.tr("Webinar number")), (self.titles, self.tr("Webinar title")),
            (self.themes, self.tr("Theme or description")), (self.date, self.tr("Date")),
            (self.start_time, self.tr("Start time")), (self.time_zone, self.tr("Webinar time zone")),
            (self.occurrence, self.tr("Which occurrence of a repeated time")),
            (self.duration, self.tr("Duration in minutes")), (self.platform, self.tr("Platform")),
            (self.link, self.tr("Link")), (self.follow_up_link, self.tr("Recording or survey link")),
            (self.status, self.tr("Webinar status")),
            (self.all_highlights, self.tr("Discussion highlights")),
        ):
            widget.setAccessibleName(name)
        for name, text in (
            ("number", self.tr("Num&ber:")), ("status", self.tr("Stat&us:")), ("title", self.tr("Tit&le:")),
            ("theme", self.tr("The&me:")), ("date", self.tr("&Date and start:")),
            ("duration", self.tr("Durati&on:")), ("occurrence", self.tr("Occu&rrence:")),
            ("zone", self.tr("Time &zone:")), ("platform", self.tr("&Video platform:")), ("link", self.tr("Lin&k:")),
            ("follow_up_link", self.tr("Recording or survey link:")),
            ("co_hosts", self.tr("&Co-hosts:")), ("highlights", self.tr("Discussion hi&ghlights:")),
        ):
            self._captions[name].setText(text)
        self._offer_occurrences()  # "First: 1:30 a.m. EDT" in the new language

    def _lines(self, count: int) -> int:
        return self.fontMetrics().lineSpacing() * count + 12

    def _caption(self, buddy: QWidget) -> QLabel:
        return caption(self, buddy)

    def _row(self, *parts: QWidget | tuple[QLabel, QWidget], stretch: bool = False) -> QHBoxLayout:
        """Several short fields on one line; (caption, field) pairs with their caption."""
        row = QHBoxLayout()
        for part in parts:
            if isinstance(part, tuple):
                text, widget = part
                row.addSpacing(12)
                row.addWidget(text)
            else:
                widget = part
            row.addWidget(widget, 1 if stretch else 0)
        if not stretch:
            row.addStretch(1)
        return row

    def focus_chain(self) -> tuple[QWidget, ...]:
        """The form's fields in reading order."""
        return (self.number, self.status, self.title, self.title_fr, self.theme, self.theme_fr, self.date,
                self.start_time, self.duration, self.time_zone, self.occurrence, self.platform, self.link,
                self.follow_up_link, *self.co_hosts.focus_chain(), self.highlights, self.highlights_fr)

    def set_form(self, form: WebinarForm | None) -> None:
        self._loading = True
        try:
            for widget in self.fields.values():
                widget.setEnabled(form is not None)
            self.co_hosts.setEnabled(form is not None)
            form = form or WebinarForm(number=1, title="")
            self.number.setValue(form.number)
            self.titles.set_texts(form.title, form.title_fr)
            self.themes.set_texts(form.theme, form.theme_fr)
            self.date.set_value(form.date)
            start = form.start_time or time(0, 0)
            self.start_time.setTime(QTime(start.hour, start.minute))
            self._show_time_if_dated()
            self.time_zone.set_zone(form.time_zone)
            self.duration.setValue(form.duration_minutes)
            self.platform.setText(form.platform)
            self.link.setText(form.link)
            self.follow_up_link.setText(form.follow_up_link)
            self.status.set_value(form.status)
            self.all_highlights.set_texts(form.highlights, form.highlights_fr)
            self._offer_occurrences()
            self.occurrence.setCurrentIndex(1 if form.second_occurrence and self.occurrence.count() > 1 else 0)
        finally:
            self._loading = False

    def _offer_occurrences(self, *_: object) -> None:
        """Show the occurrence choice only for a time the zone repeats on that day."""
        day, qtime, zone = self.date.value(), self.start_time.time(), self.time_zone.zone()
        labels: tuple[str, ...] = ()
        if isinstance(day, date) and is_time_zone(zone):
            found = occurrences(day, time(qtime.hour(), qtime.minute()), zone)
            labels = found.labels() if found.ambiguous else ()
        keep = self.occurrence.currentIndex()
        self.occurrence.blockSignals(True)
        self.occurrence.clear()
        if labels:
            self.occurrence.addItem(self.tr("First: %1").replace("%1", labels[0]), False)
            self.occurrence.addItem(self.tr("Second: %1").replace("%1", labels[1]), True)
            self.occurrence.setCurrentIndex(max(0, keep))
        self.occurrence.blockSignals(False)
        self.occurrence.setVisible(bool(labels))
        self.occurrence_caption.setVisible(bool(labels))

    def _show_time_if_dated(self) -> None:
        """Without a date there is no start time to show: "—", not a made-up 00:00."""
        dated = self.date.value() is not None
        self.start_time.setSpecialValueText("" if dated else "—")
        if not dated:
            self.start_time.setTime(self.start_time.minimumTime())

    def values(self) -> WebinarForm:
        day, qtime = self.date.value(), self.start_time.time()
        return WebinarForm(
            number=self.number.value(),
            title=self.title.text(),
            title_fr=self.title_fr.text(),
            theme=self.theme.toPlainText(),
            theme_fr=self.theme_fr.toPlainText(),
            date=day,
            start_time=None if day is None else time(qtime.hour(), qtime.minute()),
            time_zone=self.time_zone.zone(),
            duration_minutes=self.duration.value(),
            platform=self.platform.text(),
            link=self.link.text(),
            follow_up_link=self.follow_up_link.text(),
            status=self.status.value(),
            highlights=self.highlights.toPlainText(),
            highlights_fr=self.highlights_fr.toPlainText(),
            second_occurrence=bool(self.occurrence.currentData()),
        )

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()
