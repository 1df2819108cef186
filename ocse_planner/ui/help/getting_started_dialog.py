"""Help ▸ Getting started: the three jobs of an organizer, step by step, inside the app.

The page is built from translatable paragraphs (no HTML file to translate apart), so a
French translation of the app translates it too. It stays open beside the window while
the person follows the steps.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ocse_planner.ui.common.retranslate import Retranslatable


class GettingStartedDialog(Retranslatable, QDialog):
    """Not modal (it stays open beside the window): it follows a language switch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Getting started"))
        self.text.setAccessibleName(self.tr("Getting started"))
        self.text.setHtml(self.page())

    def page(self) -> str:
        jobs = [
            (self.tr("1. Plan next year's series"), [
                self.tr("On the Series tab, select last year's series and choose Series ▸ Clone to next year…: "
                        "the webinars and their agendas are copied with dates on the same weekdays. Or click "
                        "New series to start from nothing."),
                self.tr("Edit the series in the form below the list: title, host organization, objectives. "
                        "Each field is saved when you leave it; Edit ▸ Undo takes a change back."),
                self.tr("On the Sessions tab, give each webinar its date, start time and co-hosts, and build "
                        "its running agenda: Ctrl+Ins adds an item, Alt+Up and Alt+Down move it, F2 edits a "
                        "cell. The clock times follow by themselves."),
            ]),
            (self.tr("2. Schedule presenters"), [
                self.tr("On the Presenters tab, find a person in the directory or add one: fill in the person "
                        "form and press Save person (Ctrl+Return)."),
                self.tr("Drag the person onto a slot of the timetable, or select the slot and press Book… "
                        "(Ctrl+B). A slot's colour shows the booking status: to invite, invited, confirmed."),
                self.tr("As presenters answer, select the booking and set its status. Conflicts lists double "
                        "bookings and times outside a person's availability; Follow-ups lists invitations "
                        "still without an answer."),
            ]),
            (self.tr("3. Export the agenda"), [
                self.tr("File ▸ Export ▸ Agenda… writes a workbook for partners: a cover sheet and one sheet "
                        "per webinar. Agenda as PDF… writes the same agenda as a PDF, and File ▸ Print "
                        "agenda… opens it in your PDF viewer to print."),
                self.tr("An internal copy adds each presenter's booking status. File ▸ Export ▸ Release "
                        "agenda… records what was sent, so the next export can list the changes since."),
            ]),
            (self.tr("After each webinar"), [
                self.tr("On the Attendance tab, Import… reads the platform's attendance report (Zoom, Teams, "
                        "Eventbrite or the template); the summary, sectors and survey figures follow."),
            ]),
        ]
        title = self.tr("Getting started")
        intro = self.tr("Everything is kept in one planner file on this computer and saved as you go. "
                        "To try things out first, choose File ▸ Open the demo.")
        parts = [f"<h2>{html.escape(title)}</h2>", f"<p>{html.escape(intro)}</p>"]
        for heading, steps in jobs:
            parts.append(f"<h3>{html.escape(heading)}</h3><ul>")
            parts += [f"<li>{html.escape(step)}</li>" for step in steps]
            parts.append("</ul>")
        return "".join(parts)
