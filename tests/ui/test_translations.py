"""The window in French: chosen from the Language menu (at once, no restart) or at start,
with Qt's own texts and the app's catalogue, and every visible text translated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from ocse_planner import i18n
from ocse_planner.db.enums import BookingStatus
from ocse_planner.ui.app import install_translations, locale_for
from ocse_planner.ui.common.settings import Settings
from ocse_planner.ui.common.labels import format_percent, label
from ocse_planner.ui.main_window import MainWindow, tab_titles

# Words French writes as English does (checked against the glossary).
SAME_IN_FRENCH = {"Date", "Conclusion", "Total", "Type", "Notes", "Note", "Minutes", "Collaboration",
                  "Collaborations", "Sections", "Description", "Options", "OK", "min", "Programme",
                  "FR"}  # the tag of a French field (the English one is "AN" in French)


@pytest.fixture
def english_afterwards(qapp):
    """Every test here leaves the application in English, as the other tests expect."""
    yield
    install_translations(qapp, "en")
    QCoreApplication.sendPostedEvents()


def _language_action(window: MainWindow, code: str):
    return next(a for a in window.language_menu.actions() if a.data() == code)


def test_the_language_menu_switches_the_open_window_without_a_restart(window, qtbot, english_afterwards):
    assert tab_titles(window) == ["Series", "Sessions", "Presenters", "Partners", "Attendance"]
    series_id = window.state.series_id
    window.tabs.setCurrentWidget(window.presenters_tab)
    people = window.presenters_tab.people
    people.search.setText("Kalra")
    people.table.selectRow(0)
    person = people.current_row()
    window.tabs.setCurrentWidget(window.sessions_tab)
    webinars = window.sessions_tab.webinars
    webinars.table.selectRow(1)
    webinar = webinars.current_row()
    french = _language_action(window, "fr")
    assert french.text() == "&Français" and _language_action(window, "en").text() == "&English"

    french.trigger()  # Langue ▸ Français, as a person picks it

    qtbot.waitUntil(lambda: tab_titles(window)[0] == "Séries")
    assert tab_titles(window) == ["Séries", "Séances", "Personnes conférencières", "Partenaires", "Participation"]
    assert window.file_menu.title() == "&Fichier" and window.language_menu.title() == "Langue"
    assert window.undo_action.text().startswith("&Annuler")
    assert window.export_menu.agenda_action.text() == "&Ordre du jour…"
    # the same file, series and tab, now in French
    assert window.state.series_id == series_id
    assert window.tabs.currentWidget() is window.sessions_tab
    assert window.sessions_tab.webinars.current_row().id == webinar.id  # the person's place is kept
    window.tabs.setCurrentWidget(window.presenters_tab)
    assert window.presenters_tab.people.search.text() == "Kalra"
    qtbot.waitUntil(lambda: window.presenters_tab.people.current_row() is not None)
    assert window.presenters_tab.people.current_row().id == person.id
    buttons = {b.text() for b in window.series_tab.findChildren(QAbstractButton)}
    assert "No&uvelle série" in buttons and "&New series" not in buttons
    assert french.isChecked() and i18n.saved_language() == "fr"
    assert QLocale().name() == "fr_CA"

    _language_action(window, "en").trigger()
    qtbot.waitUntil(lambda: tab_titles(window)[0] == "Series")
    assert window.file_menu.title() == "&File"
    assert "&New series" in {b.text() for b in window.series_tab.findChildren(QAbstractButton)}
    assert i18n.saved_language() == "en"


def _visible_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(what, text) of every piece of interface text a person sees or hears in `widget`:
    labels, buttons, group titles, placeholders, tab titles, column headers, tooltips and
    the accessible names screen readers speak (not data)."""
    found: list[tuple[str, str]] = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        name = type(child).__name__ + ":" + child.objectName()
        for kind, text in (("accessible", child.accessibleName()), ("tooltip", child.toolTip())):
            if text:
                found.append((f"{name} {kind}", text))
        if isinstance(child, QAbstractButton) and child.text():
            found.append((name, child.text()))
        elif isinstance(child, QLabel) and child.text() and not child.accessibleName():
            found.append((name, child.text()))  # (a label with a name of its own shows data)
        elif isinstance(child, QGroupBox) and child.title():
            found.append((name, child.title()))
        elif isinstance(child, QLineEdit) and child.placeholderText():
            found.append((name, child.placeholderText()))
        elif isinstance(child, QTabWidget):
            found += [(name, child.tabText(i)) for i in range(child.count())]
        elif isinstance(child, QTableView | QTreeView) and child.model() is not None:
            header = child.horizontalHeader() if isinstance(child, QTableView) else child.header()
            if header.isHidden():
                continue
            titles = [child.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
            found += [(name, str(title)) for title in titles if title]
    return found


def _all_tabs(window: MainWindow) -> list[QWidget]:
    return [window.series_tab, window.sessions_tab, window.presenters_tab, window.partners_tab,
            window.attendance_tab]


def _collect(window: MainWindow, qtbot) -> list[list[tuple[str, str]]]:
    """The texts of each tab, and of each page of the tab widgets inside it."""
    pages = []
    for page in _all_tabs(window):
        window.tabs.setCurrentWidget(page)
        qtbot.wait(20)
        pages.append(_visible_texts(page))
        for inner in page.findChildren(QTabWidget):
            for index in range(inner.count()):
                inner.setCurrentIndex(index)
                qtbot.wait(20)
                pages.append(_visible_texts(inner.widget(index)))
    return pages


def test_every_visible_text_of_every_tab_is_french(qapp, qtbot, tmp_path, demo_path, english_afterwards):
    """Each tab built in English, then in French: every label, button, group title,
    placeholder, tab and column header differs from its English, or is a word French
    writes the same way."""
    def build(language: str) -> list[list[tuple[str, str]]]:
        install_translations(qapp, language)
        window = MainWindow(Settings.in_file(tmp_path / f"{language}.ini"))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        assert window.open_path(demo_path, offer_demo=False)
        pages = _collect(window, qtbot)
        window.close()
        return pages

    english, french = build("en"), build("fr")
    same = []
    for english_page, french_page in zip(english, french, strict=True):
        # pages fill in the background: compare what each shows, not position by position
        shown_in_french = {text for _, text in french_page}
        same += [f"{what}: {text!r}" for what, text in english_page
                 if text in shown_in_french and text.replace("&", "") not in SAME_IN_FRENCH
                 and any(c.isalpha() for c in text)]
    assert sum(len(p) for p in french) > 300  # the walk does see the tabs
    assert same == [], "\n".join(same)


def test_the_window_starts_in_the_language_asked_for(qapp, qtbot, settings, english_afterwards):
    install_translations(qapp, "fr")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.file_menu.title() == "&Fichier"
    assert _language_action(window, "fr").isChecked()
    assert label(BookingStatus.CONFIRMED) == "Confirmée"
    # Qt's own translation (qtbase_fr.qm) is loaded beside ours: message-box buttons, dialogs
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Oui"
    assert QCoreApplication.translate("QFileDialog", "File &name:") != "File &name:"
    # dates and numbers through QLocale of the chosen language: 82 %, 13 h 10, 25 janv.
    assert format_percent(82.0) == "82\u00a0%"
    assert QLocale().toString(QDate(2022, 1, 25), "d MMM yyyy") == "25 janv. 2022"
    install_translations(qapp, "en")
    assert label(BookingStatus.CONFIRMED) == "Confirmed" and format_percent(82.0) == "82%"


def test_the_locale_follows_the_language_but_keeps_the_users_country(monkeypatch):
    from ocse_planner.ui import app as app_module

    monkeypatch.setattr(app_module.QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    assert locale_for("en").name() == "en_GB"  # a British user keeps British dates
    assert locale_for("fr").name() == "fr_CA"
    monkeypatch.setattr(app_module.QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert locale_for("fr").name() == "fr_FR" and locale_for("en").name() == "en_CA"


def test_a_machine_without_a_locale_gets_canadian_english(monkeypatch):
    from ocse_planner.ui import app as app_module

    previous = QLocale()
    monkeypatch.setattr(app_module.QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.C)))
    try:
        app_module.use_sensible_locale()
        assert QLocale().name() == "en_CA"
        assert QLocale().toString(QDate(2022, 1, 25), QLocale.FormatType.ShortFormat) == "2022-01-25"
    finally:
        QLocale.setDefault(previous)


def test_application_reads_the_saved_choice(qapp, monkeypatch, english_afterwards):
    from ocse_planner.ui.app import application

    monkeypatch.setenv("LANG", "en_CA.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    i18n.save_language("fr")
    assert application() is QApplication.instance()
    assert i18n.current_language() == "fr" and QLocale().language() == QLocale.Language.French


def test_the_undo_history_outlives_a_language_switch(window, qtbot, monkeypatch, english_afterwards):
    """Steps made before the switch still undo and redo (their descriptions stay as they
    were written), and a step that fails afterwards is reported in French."""
    from sqlalchemy import select

    from ocse_planner.db.models import Series
    from ocse_planner.ui.common import dialogs
    from tests.ui.keyboard import type_into

    type_into(qtbot, window.series_tab.form.title, "OCSE 2022")
    _language_action(window, "fr").trigger()
    qtbot.waitUntil(lambda: tab_titles(window)[0] == "Séries")
    assert window.undo_action.text() == "&Annuler Rename series “Combatting Online Child Sexual Exploitation”"
    window.undo_action.trigger()
    with window.state.db.read() as session:
        assert session.scalar(select(Series.title)) == "Combatting Online Child Sexual Exploitation"
    assert window.series_tab.form.title.text() == "Combatting Online Child Sexual Exploitation"

    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(title))
    with window.state.db.write() as session:  # another window deletes the series meanwhile
        session.delete(session.scalar(select(Series)))
    window.redo_action.trigger()
    assert len(errors) == 1 and errors[0].startswith("Impossible de rétablir")


def test_a_refused_edit_is_explained_in_french(window, qtbot, english_afterwards):
    """Service messages (UserError templates) come from the gettext catalogue in the window
    too: the refusal beside the field is French, typography included."""
    from tests.ui.keyboard import type_into

    _language_action(window, "fr").trigger()
    qtbot.waitUntil(lambda: tab_titles(window)[0] == "Séries")
    type_into(qtbot, window.series_tab.form.title, "")
    assert window.series_tab.form.message.text() == "Le titre est obligatoire."


def test_no_two_visible_controls_share_a_mnemonic_in_french(window, qtbot, english_afterwards):
    """The usability check of every tab and inner page (menus and tab bars included), run
    on the French window: French words put the & elsewhere, and no two may meet."""
    from tests.ui.keyboard import activate
    from tests.ui.test_usable_window import mnemonics, views

    window.resize(1280, 800)
    activate(window, qtbot)
    _language_action(window, "fr").trigger()
    qtbot.waitUntil(lambda: tab_titles(window)[0] == "Séries")
    clashes = []
    for where, page in views(window, qtbot):
        clashes += [f"{where}: Alt+{key.upper()} = {names}" for key, names in mnemonics(window, page).items()
                    if len(names) > 1]
    assert sorted(set(clashes)) == [], "\n".join(sorted(set(clashes)))
