"""The whole window at 1280×800 (a common government laptop) and by keyboard alone.

Every tab and every page of its inner tabs is visited as a person would see it: Tab
leaves each table, every enabled button can be seen without scrolling, no two visible
controls share an Alt+letter (the menus and the main tabs included), nothing needs
sideways scrolling even at 1280×720 (1920×1080 at 150 %), and a screen reader finds a
name for every control.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QWidget,
)

from ocse_planner.ui.common.table_view import TableView
from ocse_planner.ui.main_window import tab_titles
from tests.ui.keyboard import activate

MNEMONIC = re.compile(r"&([^&\s])")


def settle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Let queued refreshes and background reads land (the attendance figures, conflicts)."""
    qtbot.wait(30)
    attendance = window.attendance_tab
    qtbot.waitUntil(lambda: not attendance.figures_pending(), timeout=10_000)
    QApplication.processEvents()


@pytest.fixture
def laptop(window, qtbot):  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    activate(window, qtbot)
    settle(qtbot, window)
    return window


def views(window, qtbot) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    """Each main tab with each combination of its inner tabs' pages, shown in turn."""
    for index, title in enumerate(tab_titles(window)):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        inner = page.findChildren(QTabWidget)
        for pages in itertools.product(*(range(t.count()) for t in inner)):
            for tabs, number in zip(inner, pages, strict=True):
                tabs.setCurrentIndex(number)
            settle(qtbot, window)
            where = " / ".join([title] + [t.tabText(n).replace("&", "") for t, n in zip(inner, pages, strict=True)
                                          if t.isVisible()])
            yield where, page


def mnemonics(window, page: QWidget) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Alt+letter → the visible things it would reach: menus, tabs, buttons, labels, group boxes."""
    found: dict[str, list[str]] = {}

    def note(text: str) -> None:
        match = MNEMONIC.search(text)
        if match:
            found.setdefault(match.group(1).lower(), []).append(text.replace("&", ""))

    for action in window.menuBar().actions():
        note(action.text())
    for bar in [window.tabs.tabBar(), *page.findChildren(QTabBar)]:
        if bar.isVisible():
            for index in range(bar.count()):
                note(bar.tabText(index))
    for widget in page.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, QAbstractButton | QLabel):
            note(widget.text())
        elif widget.isVisible() and isinstance(widget, QGroupBox):
            note(widget.title())
    return found


def test_tab_and_shift_tab_leave_every_table(laptop):
    tables = laptop.findChildren(QAbstractItemView)
    assert len(tables) >= 24
    assert [t.accessibleName() for t in tables if t.tabKeyNavigation()] == []
    # every table of the window is the app's table view, which gives Tab back to the window
    plain = [t.accessibleName() or t.objectName() for t in tables
             if type(t).__name__.endswith("TableView") and not isinstance(t, TableView)]
    assert plain == []


FIRST_TABLE = {
    "Series": lambda w: w.series_tab.list.table,
    "Sessions": lambda w: w.sessions_tab.webinars.table,
    "Presenters": lambda w: w.presenters_tab.people.table,
    "Partners": lambda w: w.partners_tab.organizations.table,
    "Attendance": lambda w: w.attendance_tab.webinars.table,
}


def tab_walk(qtbot, start: QWidget, presses: int = 60, backwards: bool = False) -> list[QWidget]:  # type: ignore[no-untyped-def]
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    visited = [start]
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), key)
        visited.append(QApplication.focusWidget())
    return visited


@pytest.mark.parametrize("title", list(FIRST_TABLE))
def test_tab_from_the_first_table_of_each_tab_reaches_a_button(laptop, qtbot, title):
    laptop.tabs.setCurrentIndex(tab_titles(laptop).index(title))
    settle(qtbot, laptop)
    table = FIRST_TABLE[title](laptop)
    table.setFocus()
    current = table.currentIndex()
    visited = tab_walk(qtbot, table, 25)
    assert visited[1] is not table  # the first Tab leaves the table…
    assert table.currentIndex() == current  # …without moving its selection
    assert any(isinstance(w, QAbstractButton) and w.isEnabled() for w in visited[1:])
    back = tab_walk(qtbot, table, 1, backwards=True)
    assert back[1] is not table


def reachable(page: QWidget) -> set[QWidget]:
    """What Tab should stop on in a page: visible, enabled controls that take Tab focus."""
    found = set()
    for widget in page.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if widget.focusProxy() is not None or isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # focus goes to the proxy; the line edit inside a spin box or combo is the box
        found.add(widget)
    return found


@pytest.mark.parametrize("title", list(FIRST_TABLE))
def test_tab_goes_round_every_control_of_a_tab_and_back_to_the_tabs(laptop, qtbot, title):
    """From the row of tabs, Tab visits every control of the tab once and comes back:
    no control left out, no loop that never returns."""
    laptop.tabs.setCurrentIndex(tab_titles(laptop).index(title))
    settle(qtbot, laptop)
    if title == "Partners":  # with a collaboration selected, its action form is enabled too
        partners = laptop.partners_tab
        rcmp = next(r for r in partners.organizations.model.rows() if r.name == "Royal Canadian Mounted Police")
        partners.directory.select_organization(rcmp.id)
        partners.collaborations.select_collaboration(partners.collaborations.view.model.rows()[0].id)
        assert partners.collaborations.actions.due.isEnabled()
    page = laptop.tabs.currentWidget()
    bar = laptop.tabs.tabBar()
    visited = tab_walk(qtbot, bar, 1)
    while visited[-1] is not bar and len(visited) < 200:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited[-1] is bar, [type(w).__name__ + ":" + w.accessibleName() for w in visited[-12:]]
    missed = reachable(page) - set(visited)
    assert sorted(f"{type(w).__name__}:{w.accessibleName()}" for w in missed) == []


def test_tab_order_reads_list_then_form_then_buttons(laptop, qtbot):
    """Series and Sessions: search, list, the list's buttons, then the form's fields in reading
    order. Presenters: the directory, then the person form, then the form's buttons."""
    laptop.tabs.setCurrentWidget(laptop.series_tab)
    series = laptop.series_tab
    walk = tab_walk(qtbot, series.list.search, 7)
    assert walk[:7] == [series.list.search, series.list.table, series.new_button, series.delete_button,
                        series.form.title, series.form.title_fr, series.form.year]  # each English, then its French

    laptop.tabs.setCurrentWidget(laptop.sessions_tab)
    sessions = laptop.sessions_tab
    form = sessions.form
    walk = tab_walk(qtbot, sessions.webinars.table, 12)
    assert walk[:10] == [sessions.webinars.table, sessions.new_button, sessions.delete_button, form.number,
                         form.status, form.title, form.title_fr, form.theme, form.theme_fr, form.date]

    laptop.tabs.setCurrentWidget(laptop.presenters_tab)
    presenters = laptop.presenters_tab
    editor = presenters.editor
    walk = tab_walk(qtbot, presenters.people.table, 40)
    order = [presenters.people.table, editor.pages.tabBar(), editor.given_name, editor.bio,
             editor.new_button, editor.delete_button, presenters.timetable]
    positions = [walk.index(w) for w in order]
    assert positions == sorted(positions)


def test_every_enabled_button_of_every_tab_and_page_can_be_seen_at_1280x800(laptop, qtbot):
    hidden = []
    seen = 0
    for where, page in views(laptop, qtbot):
        for button in page.findChildren(QAbstractButton):
            if button.isVisible() and button.isEnabled():
                seen += 1
                if button.visibleRegion().isEmpty():
                    hidden.append(f"{where}: {button.text().replace('&', '') or button.accessibleName()}")
    assert seen > 60
    assert sorted(set(hidden)) == []


def test_the_person_form_buttons_stay_in_view_when_its_page_scrolls(laptop, qtbot):
    laptop.resize(1280, 720)
    laptop.tabs.setCurrentWidget(laptop.presenters_tab)
    editor = laptop.presenters_tab.editor
    settle(qtbot, laptop)
    editor.bio.setFocus()  # the last field: the page scrolls down to it
    settle(qtbot, laptop)
    for button in (editor.new_button, editor.delete_button):
        assert not button.visibleRegion().isEmpty()
        assert button.visibleRegion().boundingRect() == button.rect()


def test_no_two_visible_controls_of_a_tab_share_a_mnemonic(laptop, qtbot):
    clashes = []
    for where, page in views(laptop, qtbot):
        clashes += [f"{where}: Alt+{key.upper()} = {names}" for key, names in mnemonics(laptop, page).items()
                    if len(names) > 1]
    assert sorted(set(clashes)) == []


def test_the_mnemonic_check_sees_a_clash(laptop, qtbot):
    """The check above would fail on a clash: a button named like the File menu."""
    from PySide6.QtWidgets import QPushButton

    laptop.tabs.setCurrentWidget(laptop.series_tab)
    intruder = QPushButton("&Fix", laptop.series_tab)
    intruder.show()
    try:
        assert mnemonics(laptop, laptop.series_tab)["f"] == ["File", "Fix"]
    finally:
        intruder.deleteLater()


@pytest.mark.parametrize("size", [(1280, 800), (1280, 720)])
def test_nothing_needs_sideways_scrolling(window, qtbot, size):
    """At 1280×800 and at 1280×720 (what 1920×1080 leaves at 150 % scaling) the forms fit
    their width and the window fits the screen."""
    window.resize(*size)
    assert window.minimumSizeHint().width() <= size[0] and window.minimumSizeHint().height() <= size[1]
    wide = []
    for where, page in views(window, qtbot):
        for area in page.findChildren(QScrollArea):
            if area.isVisible() and area.widget() is not None and area.widget().minimumSizeHint().width() > \
                    area.viewport().width():
                wide.append(where)
    assert wide == []
    # The lists that must show their key columns whole: sessions (number, date, status).
    window.tabs.setCurrentWidget(window.sessions_tab)
    table = window.sessions_tab.webinars.table
    settle(qtbot, window)
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    assert header.sectionViewportPosition(2) + header.sectionSize(2) <= table.viewport().width()


def test_number_columns_show_whole_numbers(window, qtbot, tmp_path):
    """"56", not "5": a figure column is never narrower than its numbers."""
    from tests.export.conftest import add_attendance

    many = [(1, f"p{i}@x.ca", 1, True, 60) for i in range(56)]
    add_attendance(window.state.db.path, many)
    window.state.notify_changed()
    window.resize(1280, 800)
    window.tabs.setCurrentWidget(window.attendance_tab)
    settle(qtbot, window)
    table = window.attendance_tab.webinars.table
    metrics = table.fontMetrics()
    model = table.model()
    assert model.index(0, 2).data() == "56"
    for column in range(1, model.columnCount()):
        widest = max(metrics.horizontalAdvance(model.index(r, column).data() or "") for r in range(model.rowCount()))
        assert table.columnWidth(column) >= widest
    assert table.horizontalScrollBar().maximum() == 0


def test_survey_statements_wrap_instead_of_being_cut(laptop, qtbot):
    tab = laptop.attendance_tab
    laptop.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentWidget(tab.survey_page)
    laptop.resize(900, 700)  # narrower than a statement
    settle(qtbot, laptop)
    table = tab.survey.table
    metrics = table.fontMetrics()
    text = table.model().index(0, 1).data()
    assert table.columnWidth(1) < metrics.horizontalAdvance(text)  # it does not fit on one line…
    assert table.wordWrap()  # …so it wraps, and its row is as tall as the wrapped text
    wrapped = metrics.boundingRect(QRect(0, 0, table.columnWidth(1) - 8, 10_000),
                                   int(Qt.TextFlag.TextWordWrap), text)
    assert wrapped.height() > metrics.height() and table.rowHeight(0) >= wrapped.height()
    assert table.horizontalScrollBar().maximum() == 0


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def test_every_control_has_a_name_for_screen_readers(laptop, qtbot):
    nameless = []
    for where, page in views(laptop, qtbot):
        for widget in page.findChildren(QWidget):
            if not widget.isVisible() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue
            if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
                continue  # the line edit inside a spin box or combo: the outer control is named
            if isinstance(widget, QTabBar):
                continue  # read through its tabs' texts and the named tab widget
            if not accessible_name(widget).strip():
                nameless.append(f"{where}: {type(widget).__name__} {widget.objectName()}")
    assert sorted(set(nameless)) == []


def test_the_presenters_tab_arrives_on_a_person_with_every_chip_in_view(laptop, qtbot):
    from ocse_planner.ui.presenters.presenter_chips import PRESENTERS_ROLE, chip_widths
    from ocse_planner.ui.presenters.timetable_view import TimetableModel

    tab = laptop.presenters_tab
    laptop.tabs.setCurrentWidget(tab)
    settle(qtbot, laptop)
    assert tab.editor.person_id is not None and tab.editor.family_name.text()  # not a blank form
    table = tab.timetable
    header = table.horizontalHeader()
    column = TimetableModel.PRESENTERS
    right = header.sectionViewportPosition(column) + header.sectionSize(column)
    assert right <= table.viewport().width()  # the chips' column ends inside the view
    assert table.columnWidth(TimetableModel.ITEM) >= table.MIN_ITEM_WIDTH
    metrics = table.fontMetrics()
    for row in range(table.model().rowCount()):
        names = table.model().index(row, column).data(PRESENTERS_ROLE)
        widths = chip_widths([metrics.horizontalAdvance(n) + 10 for n, _ in names], header.sectionSize(column) - 4, 4)
        assert sum(widths) + 4 * len(widths) <= header.sectionSize(column)  # every chip drawn, none cut off


def test_every_agenda_column_is_in_view_at_1280(laptop, qtbot):
    """The Sessions agenda: long titles, presenters and links wrap rather than push the
    Presenters and Resource links columns past the right edge."""
    from ocse_planner.ui.sessions.agenda_model import PRESENTERS, TITLE

    laptop.tabs.setCurrentWidget(laptop.sessions_tab)
    settle(qtbot, laptop)
    table = laptop.sessions_tab.agenda.table
    model = table.model()
    assert model.rowCount() > 0
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    last = model.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= table.viewport().width()
    metrics = table.fontMetrics()
    long_titles = [r for r in range(model.rowCount())
                   if metrics.horizontalAdvance(model.index(r, TITLE).data()) > table.columnWidth(TITLE)]
    assert long_titles and all(table.rowHeight(r) > metrics.height() * 1.5 for r in long_titles)  # wrapped
    assert table.columnWidth(PRESENTERS) >= 90
    laptop.resize(1600, 900)  # a wider window gives the text columns their width back
    qtbot.waitUntil(lambda: table.viewport().width() > 1000, timeout=5000)
    assert table.columnWidth(TITLE) > 150


def test_the_presenters_own_time_shows_only_other_zones_and_stays_in_view(laptop, qtbot):
    from ocse_planner.ui.presenters.timetable_view import TimetableModel

    tab = laptop.presenters_tab
    laptop.tabs.setCurrentWidget(tab)
    settle(qtbot, laptop)
    table = tab.timetable
    model = table.model()
    local = [model.index(r, TimetableModel.LOCAL).data() for r in range(model.rowCount())]
    shown = [text for text in local if text]
    # Presenters west of Toronto are listed; those on the series' clock (EST/EDT) are not.
    assert any(text.endswith("PST") for text in shown)
    assert shown and not any(text.endswith(("EST", "EDT")) for text in shown)
    assert not table.isColumnHidden(TimetableModel.LOCAL)
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    column = TimetableModel.LOCAL
    assert header.sectionViewportPosition(column) + header.sectionSize(column) <= table.viewport().width()


def test_the_presenters_own_time_is_hidden_when_everyone_is_on_the_series_clock(laptop, qtbot):
    from sqlalchemy import update

    from ocse_planner.db.models import Person
    from ocse_planner.ui.presenters.timetable_view import TimetableModel

    with laptop.state.db.write() as session:
        session.execute(update(Person).values(time_zone="America/Toronto"))
    laptop.state.notify_changed()
    tab = laptop.presenters_tab
    laptop.tabs.setCurrentWidget(tab)
    settle(qtbot, laptop)
    table = tab.timetable
    qtbot.waitUntil(lambda: table.isColumnHidden(TimetableModel.LOCAL), timeout=5000)
    assert table.horizontalScrollBar().maximum() == 0
