"""Where a person was in a tab: its inner pages, splitters, searches and selected rows.

The tabs are built anew when the language changes (every text of a tab is set where the
tab is built); this keeps the person's place across that: the same inner page, the same
splitter positions, the same search text and the same selected record in each list.
Widgets are matched by their order of creation, which is the same for two builds of a tab.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from ocse_planner.ui.common.record_view import RecordView


@dataclass
class ViewState:
    pages: list[int] = field(default_factory=list)
    splitters: list[QByteArray] = field(default_factory=list)
    searches: list[str] = field(default_factory=list)
    selected: list[Any] = field(default_factory=list)


def capture(widget: QWidget) -> ViewState:
    views = widget.findChildren(RecordView)
    return ViewState(
        pages=[tabs.currentIndex() for tabs in widget.findChildren(QTabWidget)],
        splitters=[splitter.saveState() for splitter in widget.findChildren(QSplitter)],
        searches=[view.search.text() for view in views],
        selected=[getattr(view.current_row(), "id", None) for view in views],
    )


def restore(widget: QWidget, state: ViewState) -> None:
    """Put `state` back on a new build of the same tab (lists select their record as soon
    as their rows arrive: hidden tabs fill when first shown)."""
    for tabs, index in zip(widget.findChildren(QTabWidget), state.pages, strict=False):
        tabs.setCurrentIndex(index)
    for splitter, saved in zip(widget.findChildren(QSplitter), state.splitters, strict=False):
        splitter.restoreState(saved)
    views = widget.findChildren(RecordView)
    for view, text, row_id in zip(views, state.searches, state.selected, strict=False):
        if text:
            view.search.setText(text)
        if row_id is not None:
            view.select_id_when_shown(row_id)
