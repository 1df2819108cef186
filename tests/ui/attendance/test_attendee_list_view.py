"""The attendee list filters and sorts like a person expects, also when done on a worker.

ASYNC_ROWS is lowered to 0 so that these few rows take the path of a 300,000-row list:
the filter and sort are computed on a worker and only the newest request is shown.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from ocse_planner.services.attendee_index import prepare
from ocse_planner.ui.attendance.attendee_list_view import AttendeeList, AttendeeListModel
from tests.services.test_attendee_index import ROWS


@pytest.fixture
def listing(qtbot, monkeypatch):
    monkeypatch.setattr(AttendeeListModel, "ASYNC_ROWS", 0)
    widget = AttendeeList()
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    widget.set_rows(list(ROWS))
    qtbot.waitUntil(lambda: not widget.model.pending() and widget.model.rowCount() == 5)
    return widget


def names(widget: AttendeeList) -> list[str]:
    return [widget.model.index(r, 1).data() for r in range(widget.model.rowCount())]


def click_header(qtbot, widget: AttendeeList, section: int) -> None:
    header = widget.table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_typing_filters_on_a_worker_and_updates_the_count(listing, qtbot):
    qtbot.keyClicks(listing.search, "POLICE")
    qtbot.waitUntil(lambda: not listing.model.pending())
    assert names(listing) == ["Dayna Boyko", "Émile Roy"]
    assert listing.count.text() == "2 of 5 records"
    qtbot.keyClicks(listing.search, ".ca")  # typing on searches the rows found before
    qtbot.waitUntil(lambda: not listing.model.pending())
    assert names(listing) == ["Dayna Boyko", "Émile Roy"]
    qtbot.keyClicks(listing.search, "x")
    qtbot.waitUntil(lambda: not listing.model.pending())
    assert names(listing) == [] and listing.count.text() == "0 of 5 records"
    for _ in range(7):  # erasing back to "pol" widens again
        qtbot.keyClick(listing.search, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not listing.model.pending())
    assert names(listing) == ["Dayna Boyko", "Émile Roy"]
    listing.search.clear()
    qtbot.waitUntil(lambda: not listing.model.pending())
    assert listing.model.rowCount() == 5 and listing.count.text() == "5 of 5 records"


def test_clicking_a_header_sorts_and_again_reverses(listing, qtbot, qtmodeltester):
    click_header(qtbot, listing, 1)
    qtbot.waitUntil(lambda: not listing.model.pending())
    assert names(listing) == ["Ana Ruiz", "Dayna Boyko", "sam Okafor", "Émile Roy", "(removed)"]
    click_header(qtbot, listing, 1)
    qtbot.waitUntil(lambda: not listing.model.pending())
    assert names(listing) == ["(removed)", "Émile Roy", "sam Okafor", "Dayna Boyko", "Ana Ruiz"]
    click_header(qtbot, listing, 6)  # minutes: numbers, not text
    qtbot.waitUntil(lambda: not listing.model.pending())
    assert [listing.model.index(r, 6).data() for r in range(5)] == ["0", "30", "45", "60", "90"]
    qtbot.keyClicks(listing.search, "police")  # the filter keeps the sort
    qtbot.waitUntil(lambda: not listing.model.pending())
    assert names(listing) == ["Dayna Boyko", "Émile Roy"]
    qtmodeltester.check(listing.model)


def test_the_newest_request_wins(listing, qtbot):
    listing.search.setText("police")
    listing.search.setText("safe")  # supersedes "police" before it was shown
    with qtbot.waitSignal(listing.model.viewApplied):
        pass
    qtbot.waitUntil(lambda: not listing.model.pending())
    assert names(listing) == ["sam Okafor", "Ana Ruiz"]


def test_rows_loaded_on_a_worker_come_sorted_and_filtered(listing, qtbot):
    click_header(qtbot, listing, 1)
    qtbot.keyClicks(listing.search, "a")
    qtbot.waitUntil(lambda: not listing.model.pending())
    needle, sort = listing.model.view_spec()
    more = [*ROWS, (4, "Aaron Zed", "aaron@x.org", None, None, True, 5)]
    listing.set_prepared(prepare(more, needle, sort))
    assert not listing.model.pending()  # nothing left to compute on the UI thread
    assert names(listing)[0] == "Aaron Zed" and listing.count.text().endswith("of 6 records")
    listing.set_prepared(prepare(list(ROWS), "", None))  # loaded before the user typed: redone
    qtbot.waitUntil(lambda: not listing.model.pending())
    assert names(listing)[0] == "Ana Ruiz" and listing.count.text().endswith("of 5 records")
