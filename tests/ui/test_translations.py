"""A translation is a file dropped in resources/translations: no code changes needed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from ocse_planner.db.enums import BookingStatus
from ocse_planner.ui.app import install_translations
from ocse_planner.ui.common.labels import label
from ocse_planner.ui.main_window import MainWindow

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context><name>Labels</name>
<message><source>Confirmed</source><translation>Confirmé</translation></message>
</context>
<context><name>MainWindow</name>
<message><source>&amp;File</source><translation>&amp;Fichier</translation></message>
</context>
</TS>
"""


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


@pytest.mark.skipif(_lrelease() is None, reason="pyside6-lrelease not installed")
def test_a_french_file_translates_labels_and_menus(qapp, qtbot, settings, tmp_path):
    ts = tmp_path / "ocse_planner_fr.ts"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([_lrelease(), str(ts), "-qm", str(tmp_path / "ocse_planner_fr.qm")],
                   check=True, capture_output=True)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Canada))
    translators = install_translations(qapp, tmp_path)
    try:
        assert label(BookingStatus.CONFIRMED) == "Confirmé"
        window = MainWindow(settings)
        qtbot.addWidget(window)
        assert window.file_menu.title() == "&Fichier"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)
    assert label(BookingStatus.CONFIRMED) == "Confirmed"


def test_a_machine_without_a_locale_gets_canadian_english(monkeypatch):
    from ocse_planner.ui import app as app_module

    previous = QLocale()
    monkeypatch.setattr(app_module.QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.C)))
    try:
        app_module.use_sensible_locale()
        assert QLocale().name() == "en_CA"
        from PySide6.QtCore import QDate

        assert QLocale().toString(QDate(2022, 1, 25), QLocale.FormatType.ShortFormat) == "2022-01-25"
    finally:
        QLocale.setDefault(previous)
