"""Starting the GUI: the QApplication, logging and excepthooks, translations, settings
and the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ocse_planner import APP_NAME, ORG_NAME, __version__
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


def install_translations(app: QApplication, folder: Path = TRANSLATIONS_DIR) -> list[QTranslator]:
    """Load Qt's own and the app's translation for the user's locale, when present.

    A French translation is a `resources/translations/ocse_planner_fr.qm` file: no code
    changes are needed to add it.
    """
    locale = QLocale()
    installed = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "ocse_planner", "_", str(folder)):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def use_sensible_locale() -> None:
    """A machine without a locale (LANG unset: "C") would show dates as "25 01 2022";
    fall back to English (Canada), the organizers' own, instead."""
    if QLocale.system().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Canada))


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    use_sensible_locale()
    install_translations(app)
    return app


def run_gui(db_path: Path | None) -> int:
    """Show the window first, then open the file in the background: the window appears
    before the storage layer is even imported."""
    app = application()
    path = configure_file_logging()
    install_excepthooks()
    log.info("%s %s started; log file %s", APP_NAME, __version__, path)
    window = MainWindow(Settings.for_user())
    window.show()
    if db_path is not None:
        QTimer.singleShot(0, lambda: window.open_in_background(db_path))
    else:
        QTimer.singleShot(0, window.ensure_tabs)
    return app.exec()
