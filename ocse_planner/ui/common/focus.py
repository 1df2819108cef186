"""The order in which Tab walks through a tab's controls.

Every tab reads from the top-left: its list (search box, table, the list's buttons), then
the form of the selected record, then the form's buttons. Qt's default order is the order
the widgets were created in, which follows the code, not the screen; each tab states its
order once through `set_tab_order`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_tab_order(*widgets: QWidget | None) -> None:
    """Tab goes from each widget to the next one given (None entries are skipped)."""
    chain = [w for w in widgets if w is not None]
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)
