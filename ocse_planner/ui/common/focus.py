"""The order in which Tab walks through a tab's controls.

Every tab reads from the top-left: its list (search box, table, the list's buttons), then
the form of the selected record, then the form's buttons. Qt's default order is the order
the widgets were created in, which follows the code, not the screen; each tab states its
order once through `set_tab_order`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget


def set_tab_order(*widgets: QWidget | None) -> None:
    """Tab goes from each widget to the next one given (None entries are skipped).

    A tab widget passes focus on to its tab bar (its focus proxy) from wherever the tab
    widget sits in the chain, which is after its pages. Once its tab bar is placed in the
    order, that second entry would send Tab back to the tab bar and round the same pages
    again, so the tab widget itself stops taking focus: only its tab bar does.
    """
    chain = [w for w in widgets if w is not None]
    for widget in chain:
        owner = widget.parentWidget()
        if isinstance(widget, QTabBar) and isinstance(owner, QTabWidget):
            owner.setFocusProxy(None)
            owner.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)
