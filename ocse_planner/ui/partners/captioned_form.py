"""The layout every small editing dialog shares: captioned fields above OK / Cancel.

Each field gets a caption with a mnemonic (the caption's buddy is the field, so Alt+letter
reaches it) and an accessible name for screen readers.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ocse_planner.ui.common.bilingual_fields import buddy_of


def captioned_form(
    dialog: QDialog,
    fields: Iterable[tuple[str, QWidget, str]],
    *,
    before: Iterable[tuple[str, QWidget]] = (),
) -> QDialogButtonBox:
    """Lay out `(caption, field, accessible name)` rows, after any plain `before` rows,
    above OK / Cancel wired to accept / reject; returns the button box."""
    form = QFormLayout()
    for text, widget in before:
        form.addRow(text, widget)
    for text, field, name in fields:
        field.setAccessibleName(name)
        caption = QLabel(text, dialog)
        caption.setBuddy(buddy_of(field))
        form.addRow(caption, field)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons
