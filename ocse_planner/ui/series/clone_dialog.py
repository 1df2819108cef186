"""Series ▸ Clone to next year…: ask how to plan next year's series, then clone it.

The dialog only gathers `CloneOptions`; services/clone.py does the work inside one
transaction, on a worker, as an undoable operation (undo removes the new series).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ocse_planner.services import series as series_service
from ocse_planner.services.clone import CloneOptions, DateRule, clone_series
from ocse_planner.ui.common import dialogs, operations
from ocse_planner.ui.common.fill import fill
from ocse_planner.ui.common.state import AppState
from ocse_planner.ui.common.retranslate import ModalOnly


class CloneDialog(ModalOnly, QDialog):
    def __init__(self, source_title: str, source_year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clone to next year"))
        intro = QLabel(
            fill(self.tr("Plan a new series from “%1” (%2). Webinars and the agenda skeleton always come along; "
                    "the %2 series is not changed."), source_title, str(source_year)),
            self,
        )
        intro.setWordWrap(True)
        self.year = QSpinBox(self)
        self.year.setRange(1900, 9999)
        self.year.setValue(source_year + 1)
        self.year.setAccessibleName(self.tr("New year"))
        self.title = QLineEdit(source_title, self)
        self.title.setAccessibleName(self.tr("New title"))
        self.same_weekday = QRadioButton(self.tr("Same &weekday and week of the month (a 4th Tuesday stays a 4th Tuesday)"), self)
        self.plus_52_weeks = QRadioButton(self.tr("&52 weeks later"), self)
        self.same_weekday.setChecked(True)
        self.rule_group = QButtonGroup(self)
        self.rule_group.addButton(self.same_weekday)
        self.rule_group.addButton(self.plus_52_weeks)
        self.keep_titles = QCheckBox(self.tr("Presentation &titles (as placeholders)"), self)
        self.keep_partners = QCheckBox(self.tr("&Partner collaborations (reset to “proposed”)"), self)
        self.keep_presenters = QCheckBox(self.tr("P&resenters (bookings reset to “to invite”)"), self)
        for widget, name in (
            (self.same_weekday, self.tr("Dates: same weekday and week of the month")),
            (self.plus_52_weeks, self.tr("Dates: 52 weeks later")),
            (self.keep_titles, self.tr("Carry presentation titles")),
            (self.keep_partners, self.tr("Carry partner collaborations")),
            (self.keep_presenters, self.tr("Carry presenters")),
        ):
            widget.setAccessibleName(name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Clone"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        year_label = QLabel(self.tr("New &year:"), self)
        year_label.setBuddy(self.year)
        title_label = QLabel(self.tr("New t&itle:"), self)
        title_label.setBuddy(self.title)
        form.addRow(year_label, self.year)
        form.addRow(title_label, self.title)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("How dates move:"), self))
        layout.addWidget(self.same_weekday)
        layout.addWidget(self.plus_52_weeks)
        layout.addWidget(QLabel(self.tr("Also carry:"), self))
        layout.addWidget(self.keep_titles)
        layout.addWidget(self.keep_partners)
        layout.addWidget(self.keep_presenters)
        layout.addWidget(self.buttons)

    def options(self) -> CloneOptions:
        return CloneOptions(
            year=self.year.value(),
            title=self.title.text().strip() or None,
            date_rule=DateRule.PLUS_52_WEEKS if self.plus_52_weeks.isChecked() else DateRule.SAME_WEEKDAY,
            keep_titles=self.keep_titles.isChecked(),
            keep_partners=self.keep_partners.isChecked(),
            keep_presenters=self.keep_presenters.isChecked(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, source_title: str, source_year: int) -> CloneOptions | None:
        """The chosen options, or None when cancelled (tests patch `exec` or this)."""
        dialog = cls(source_title, source_year, parent)
        try:
            return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def clone_selected_series(parent: QWidget, state: AppState, on_done: Callable[[int], None]) -> bool:
    """Ask, then clone the selected series as one undoable operation on a worker;
    `on_done(new series id)` when it is stored. False when nothing was started."""
    db, source_id = state.db, state.series_id
    if db is None or source_id is None:
        dialogs.show_error(parent, QCoreApplication.translate("CloneDialog", "Clone to next year"),
                           QCoreApplication.translate("CloneDialog", "Select a series to clone first."))
        return False
    with db.read() as session:
        source = series_service.get_series(session, source_id).form
    options = CloneDialog.ask(parent, source.title, source.year)
    if options is None:
        return False
    return operations.run_in_background(
        parent, state, fill(QCoreApplication.translate("CloneDialog", "Clone “%1” to %2"), source.title,
                            str(options.year)),
        lambda s: clone_series(s, source_id, options).series_id,
        on_done=on_done, title=QCoreApplication.translate("CloneDialog", "Clone to next year"),
    )


__all__ = ["CloneDialog", "clone_selected_series"]
