"""Marking form fields that a save refused (or warns about), for eyes and screen readers.

A marked field gets a dynamic property (`validation` = "error" / "warning") that the
style sheet colours, a tool tip, and an accessible description holding the message, so
a screen reader announces what is wrong when the field takes focus. Which fields to mark
for an error is decided in one place, `ui/common/errors.py`.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "[validation=\"error\"] { border: 2px solid #c62828; }"
WARNING_STYLE = "[validation=\"warning\"] { border: 2px solid #ef8f00; }"
FORM_STYLE = ERROR_STYLE + WARNING_STYLE


def mark(widget: QWidget, message: str, *, warning: bool = False) -> None:
    widget.setProperty("validation", "warning" if warning else "error")
    widget.setToolTip(message)
    widget.setAccessibleDescription(message)
    _repolish(widget)


def clear(widgets: Iterable[QWidget]) -> None:
    for widget in widgets:
        if widget.property("validation"):
            widget.setProperty("validation", "")
            widget.setToolTip("")
            widget.setAccessibleDescription("")
            _repolish(widget)


def marked(widget: QWidget) -> str:
    """"error", "warning" or "" — what a test or the style sheet sees."""
    return str(widget.property("validation") or "")


def show_message(label: QLabel, messages: list[str], *, warning: bool = False) -> None:
    label.setProperty("validation", "warning" if warning else "error")
    label.setText("\n".join(messages))
    label.setVisible(bool(messages))
    _repolish(label)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
