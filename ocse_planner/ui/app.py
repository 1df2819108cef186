"""Starting the GUI: the QApplication, logging and excepthooks, translations, settings
and the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ocse_planner import APP_NAME, ORG_NAME, __version__, i18n
from ocse_planner.logs import configure_file_logging
from ocse_planner.ui.common.errors import install_excepthooks
from ocse_planner.ui.common.settings import Settings
from ocse_planner.ui.main_window import MainWindow

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS_DIR = RESOURCES / "translations"
ICON_FILES = (RESOURCES / "icons" / "ocse-planner.svg", RESOURCES / "icons" / "ocse-planner.png")
DESKTOP_FILE_NAME = "ocse-planner"  # resources/desktop/ocse-planner.desktop, for the taskbar


def app_icon() -> QIcon:
    """The window and taskbar icon (the PNG where Qt's SVG plugin is missing)."""
    icon = QIcon()
    for path in ICON_FILES:
        icon.addFile(str(path))
    return icon

_installed: list[QTranslator] = []


def locale_for(language: str) -> QLocale:
    """The QLocale of `language`: the system's own when it speaks that language (an
    English user in Britain keeps British dates), else Canada's variant (en_CA, fr_CA)."""
    system = QLocale.system()
    if system.language() != QLocale.Language.C and system.name().split("_")[0] == language:
        return system
    return QLocale(i18n.LOCALES.get(language, i18n.LOCALES[i18n.DEFAULT_LANGUAGE]))


def install_translations(app: QApplication, language: str, folder: Path = TRANSLATIONS_DIR) -> list[QTranslator]:
    """Make `language` the window's: its QLocale for dates and numbers, Qt's own
    translation (qtbase_fr.qm: file dialogs, message-box buttons, undo texts) and ours,
    and the gettext catalogue for service messages. Replaces the previous language's
    translators; installing them sends every widget a LanguageChange event, on which
    the window retranslates itself.
    """
    i18n.activate(language)
    QLocale.setDefault(locale_for(language))
    removed = bool(_installed)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == i18n.DEFAULT_LANGUAGE:
        if not removed:  # no translator came off (English already): formats may still change
            QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
        return []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    if ours.load(f"ocse_planner_{language}", str(folder)):
        app.installTranslator(ours)
        _installed.append(ours)
    return list(_installed)


def use_sensible_locale() -> None:
    """A machine without a locale (LANG unset: "C") would show dates as "25 01 2022";
    fall back to English (Canada), the organizers' own, instead."""
    if QLocale.system().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Canada))


def application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    use_sensible_locale()
    install_translations(app, language or i18n.choose_language())
    return app


def run_gui(db_path: Path | None, language: str | None = None) -> int:
    """Show the window first, then open the file in the background: the window appears
    before the storage layer is even imported. `language` is `--lang` (else the saved
    choice, else the system's)."""
    app = application(language=language)
    install_excepthooks()
    try:
        window = MainWindow(Settings.for_user())
        window.show()
    finally:  # the log file once the window is up (logging.handlers loads socket, pickle, queue…),
        # or before a fault in building it reaches the excepthook
        path = configure_file_logging()
        log.info("%s %s started; log file %s", APP_NAME, __version__, path)
    if db_path is not None:
        QTimer.singleShot(0, lambda: window.open_in_background(db_path))
    else:
        QTimer.singleShot(0, window.ensure_current_tab)
    return app.exec()
