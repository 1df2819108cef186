"""Driving the Partners tab like a person: pick rows by clicking, fill dialogs by typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox


def open_partners(qtbot, window, page: int = 0):  # type: ignore[no-untyped-def]
    tab = window.partners_tab
    window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentIndex(page)
    wait_for_matrix(qtbot, tab)
    return tab


def wait_for_matrix(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    """The matrix is built on a worker thread; wait until the latest build is shown."""
    qtbot.waitUntil(lambda: tab.matrix.ready)


def click_row(qtbot, record_view, predicate) -> None:  # type: ignore[no-untyped-def]
    """Click the first visible row of a RecordView whose service row matches."""
    proxy = record_view.proxy
    for r in range(proxy.rowCount()):
        index = proxy.index(r, 1 if proxy.columnCount() > 1 else 0)
        if predicate(record_view.model.row_at(proxy.mapToSource(index).row())):
            record_view.table.scrollTo(index)
            rect = record_view.table.visualRect(index)
            qtbot.mouseClick(record_view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert predicate(record_view.current_row())
            return
    raise AssertionError("no such row")


def select_organization(qtbot, tab, name: str) -> None:  # type: ignore[no-untyped-def]
    view = tab.directory.view
    view.search.clear()
    qtbot.keyClicks(view.search, name)
    click_row(qtbot, view, lambda r: r.name == name)


def press_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def choose(qtbot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick a combo box item with the arrow keys, as a keyboard user would."""
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(text), combo.currentText()


class Recorder:
    """Stands in for a modal message box: records what it was shown, answers as told."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.messages: list[str] = []

    def __call__(self, _parent, _title, text, **_kwargs):  # type: ignore[no-untyped-def]
        self.messages.append(text)
        return self.answer
