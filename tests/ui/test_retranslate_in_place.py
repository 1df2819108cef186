"""Language ▸ Français retranslates the open window in place (ui/common/retranslate.py):
the same widgets, so the person's place stays — typing not yet saved, the selected rows,
the scroll position, the splitters, the inner pages — while every text they show changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QSplitter, QTabWidget

from ocse_planner.db.enums import BookingStatus
from ocse_planner.ui.app import install_translations
from ocse_planner.ui.main_window import MainWindow, tab_titles
from tests.ui.test_translations import SAME_IN_FRENCH, _collect, _language_action, _visible_texts

# Data the window shows that no translation changes: people's and organizations' names,
# acronyms, the series' own titles, time-zone names, numbers.
def _is_data(text: str) -> bool:
    plain = text.replace("&", "").strip()
    return (not any(c.isalpha() for c in plain) or plain in SAME_IN_FRENCH
            or "/" in plain and " " not in plain)  # America/Toronto


@pytest.fixture
def english_afterwards(qapp):
    yield
    install_translations(qapp, "en")
    QCoreApplication.sendPostedEvents()


def _menu_texts(menu, path: str = "") -> list[tuple[str, str]]:
    """(menu, text) of every entry of `menu` and its submenus, tool tips included; the
    recent files (data) and the two language names (each written in its own language) aside."""
    found: list[tuple[str, str]] = []
    where = f"{path} ▸ {menu.title()}" if path else menu.title()
    for action in menu.actions():
        if action.isSeparator() or menu is getattr(menu.parent(), "recent_menu", None):
            continue
        if action.menu() is not None:
            found.append((f"menu {where}", action.menu().title()))
            found += _menu_texts(action.menu(), where)
        elif action.text() and action.data() not in ("en", "fr"):
            found.append((f"menu {where}", action.text()))
            if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
                found.append((f"menu {where} tooltip", action.toolTip()))
    return found


def _window_texts(window: MainWindow) -> list[tuple[str, str]]:
    """What is outside the tabs: the menu bar, every menu's entries and the This week dock."""
    texts = _visible_texts(window.menuBar())
    for action in window.menuBar().actions():
        if action.menu() is not None:
            texts.append(("menu bar", action.menu().title()))
            texts += _menu_texts(action.menu())
    texts += [("dock", window.this_week.windowTitle()), *_visible_texts(window.this_week)]
    return texts


def _switch(window: MainWindow, qtbot, code: str, first_tab: str) -> None:
    _language_action(window, code).trigger()  # Language ▸ Français, as a person picks it
    qtbot.waitUntil(lambda: tab_titles(window)[0] == first_tab)


def test_switching_keeps_typing_selection_scroll_and_splitters(window, qtbot, english_afterwards):
    from sqlalchemy import select

    from ocse_planner.db.models import Series

    window.resize(1280, 800)
    tabs_before = [window.series_tab, window.sessions_tab, window.presenters_tab, window.partners_tab,
                   window.attendance_tab]
    # Presenters: a person selected, the timetable scrolled, a splitter moved, the Conflicts list open.
    presenters = window.presenters_tab
    window.tabs.setCurrentWidget(presenters)
    status_filter = presenters.status_filter
    status_filter.setCurrentIndex(max(status_filter.findData(BookingStatus.CONFIRMED), 0))
    chosen, chosen_text = status_filter.currentData(), status_filter.currentText()
    assert chosen_text == "Confirmed"
    qtbot.waitUntil(lambda: presenters.people.proxy.rowCount() > 3)
    presenters.people.table.selectRow(3)
    person = presenters.people.current_row()
    presenters.lists.setCurrentIndex(1)
    timetable = presenters.timetable
    presenters.findChild(QSplitter, "presentersTimetableSplitter").setSizes([200, 500])
    qtbot.waitUntil(lambda: timetable.verticalScrollBar().maximum() > 4)
    qtbot.wait(50)  # the layout settles
    timetable.verticalScrollBar().setValue(timetable.verticalScrollBar().maximum() // 2)
    scrolled = timetable.verticalScrollBar().value()
    assert scrolled > 0
    splitter = presenters.findChild(QSplitter, "presentersSplitter")
    splitter.setSizes([300, 960])
    sizes = splitter.sizes()
    # Series: a title half typed, not yet saved (the field still has the focus).
    window.tabs.setCurrentWidget(window.series_tab)
    form = window.series_tab.form
    form.title.setFocus()
    qtbot.keyClick(form.title, Qt.Key.Key_End)
    qtbot.keyClicks(form.title, " (draft")
    typed = form.title.text()
    with window.state.db.read() as session:
        stored = session.scalar(select(Series.title))
    assert typed != stored

    _switch(window, qtbot, "fr", "Séries")

    assert [window.series_tab, window.sessions_tab, window.presenters_tab, window.partners_tab,
            window.attendance_tab] == tabs_before  # retranslated, not rebuilt
    assert form.title.text() == typed and form.title.hasFocus()
    with window.state.db.read() as session:
        assert session.scalar(select(Series.title)) == stored  # nothing was saved behind the person's back
    assert window.undo_action.text() == "&Annuler" or not window.undo_stack.canUndo()
    assert window.series_tab.new_button.text() == "No&uvelle série"
    assert presenters.people.current_row().id == person.id
    assert presenters.lists.currentIndex() == 1 and presenters.lists.tabText(1) != "&Conflicts"
    assert timetable.verticalScrollBar().value() == scrolled
    assert splitter.sizes() == sizes
    assert status_filter.currentData() == chosen and status_filter.currentText() == "Confirmée"
    headers = [presenters.people.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(presenters.people.model.columnCount())]
    assert headers[0] == "Nom" and "Name" not in headers
    assert timetable.model().headerData(0, Qt.Orientation.Horizontal) != "Webinar"

    _switch(window, qtbot, "en", "Series")
    assert form.title.text() == typed
    assert window.series_tab.new_button.text() == "&New series"
    assert presenters.people.model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_column_headers_are_announced_when_the_language_changes(window, qtbot, english_afterwards):
    """Views repaint their headers because the models say so (headerDataChanged), not
    because anything was rebuilt."""
    sessions = window.sessions_tab
    window.tabs.setCurrentWidget(sessions)
    announced = []
    sessions.webinars.model.headerDataChanged.connect(lambda *args: announced.append(args))
    agenda_announced = []
    sessions.agenda.model.headerDataChanged.connect(lambda *args: agenda_announced.append(args))
    _switch(window, qtbot, "fr", "Séries")
    assert announced and agenda_announced
    assert sessions.webinars.model.headerData(0, Qt.Orientation.Horizontal) not in ("No.", None)


def test_every_visible_text_changes_in_the_open_window(qapp, qtbot, settings, demo_path, english_afterwards):
    """One window, walked in English, switched from the Language menu, walked again: no
    label, button, group title, placeholder, tab, column header, tool tip or accessible
    name is left in English (words French writes alike, and data, excepted)."""
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.open_path(demo_path, offer_demo=False)
    window.show_this_week()  # the dock under every tab, shown as View ▸ This week shows it
    english = _collect(window, qtbot)
    english += [_window_texts(window)]
    english_width = window.minimumSizeHint().width()

    _switch(window, qtbot, "fr", "Séries")
    french = _collect(window, qtbot)
    french += [_window_texts(window)]

    left = []
    for english_page, french_page in zip(english, french, strict=True):
        shown_in_french = {text for _, text in french_page}
        left += [f"{what}: {text!r}" for what, text in english_page
                 if text in shown_in_french and not _is_data(text)]
    # Combo items are texts too (filters, statuses): the current one of each visible combo.
    for combo in window.findChildren(QComboBox):
        if combo.isVisibleTo(window) and combo.currentText() in {"Any status", "Any organization", "(none)"}:
            left.append(f"combo {combo.accessibleName()}: {combo.currentText()!r}")
    assert sum(len(p) for p in french) > 300  # the walk does see the tabs
    # The newer pages are walked too: readiness (Series and Sessions), invitations, the
    # comparison, This week, and every menu's entries.
    seen_in_english = {text for page in english for _, text in page}
    assert {"Readiness checklist", "Readiness of the webinars", "Write invitati&ons…", "Comparison of editions",
            "This week: what to do", "This &week", "&Clone to next year…"} <= seen_in_english
    assert left == [], "\n".join(left)
    # French runs about 20 % longer; no page may need more than that much more room than in
    # English (the sectors page's one row of buttons needed 31 % and widened the window past 1280).
    assert window.minimumSizeHint().width() <= english_width * 1.2
    # The window was not rebuilt: the scroll areas are the very ones walked before.
    assert window.findChildren(QAbstractScrollArea)
    assert all(isinstance(page, QTabWidget) or page is not None for page in window.findChildren(QTabWidget))


def test_getting_started_follows_the_language_while_open(window, qtbot, english_afterwards):
    """The one dialog that stays open beside the window (not modal) switches too."""
    window.show_getting_started()
    dialog = window.getting_started
    assert not dialog.isModal() and dialog.windowTitle() == "Getting started"
    _switch(window, qtbot, "fr", "Séries")
    assert dialog.windowTitle() != "Getting started"
    assert "Getting started" not in dialog.text.toPlainText()
    dialog.close()


def test_a_longer_french_title_gets_its_room(window, qtbot, english_afterwards):
    """A column sized to its English title grows when its French one is longer."""
    from ocse_planner.ui.common.table_view import MAX_START_WIDTH

    table = window.series_tab.list.table
    header = table.horizontalHeader()
    for column in range(header.count() - 1):
        table.setColumnWidth(column, header.sectionSizeHint(column))  # just the English title's width
    _switch(window, qtbot, "fr", "Séries")
    short = [column for column in range(header.count() - 1)
             if table.columnWidth(column) < min(header.sectionSizeHint(column), MAX_START_WIDTH)]
    assert short == []
