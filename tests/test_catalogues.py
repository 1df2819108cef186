"""Both translation catalogues cover the whole package: a string added to the code without
its French fails here (run `python scripts/update_translations.py`, translate, run again)."""

from __future__ import annotations

import gettext
import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ocse_planner import i18n

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "update_translations.py"


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lupdate_into_a_copy_finds_every_window_string_translated(script):
    """pyside6-lupdate over the whole package into a temporary copy of the .ts: no string
    untranslated, none filed under a context the code no longer uses."""
    assert script.check_ts("fr") == []


def test_pybabel_extract_finds_every_message_translated(script):
    """pybabel extract into a temporary .pot: every msgid translated, none fuzzy."""
    assert script.check_po("fr") == []


def test_the_checks_see_missing_fuzzy_and_stale_strings(script, tmp_path):
    ts = tmp_path / "x_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr_CA">'
        "<context><name>A</name>"
        '<message><source>New</source><translation type="unfinished"></translation></message>'
        '<message><source>Gone</source><translation type="vanished">Parti</translation></message>'
        "<message><source>Done</source><translation>Fait</translation></message>"
        "</context></TS>", encoding="utf-8")
    problems = script.ts_problems(ts)
    assert len(problems) == 2 and "'New' is not translated" in problems[0] and "no longer used" in problems[1]

    pot, po = tmp_path / "x.pot", tmp_path / "x.po"
    pot.write_text('msgid "Kept"\nmsgstr ""\n\nmsgid "New"\nmsgstr ""\n\nmsgid "Vague"\nmsgstr ""\n',
                   encoding="utf-8")
    po.write_text('msgid "Kept"\nmsgstr "Gardé"\n\n#, fuzzy\nmsgid "Vague"\nmsgstr "Flou"\n\n'
                  'msgid "Old"\nmsgstr "Vieux"\n', encoding="utf-8")
    problems = script.po_problems(pot, po)
    assert sorted(problems) == sorted([
        "x.po: 'New' is not in the catalogue", "x.po: 'Vague' is fuzzy", "x.po: 'Old' is no longer used by the code",
    ])


def test_the_compiled_files_ship_with_the_package_and_match_their_sources():
    qm = ROOT / "ocse_planner" / "resources" / "translations" / "ocse_planner_fr.qm"
    mo = i18n.LOCALE_DIR / "fr" / "LC_MESSAGES" / "ocse_planner.mo"
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    stale = []
    for context in ET.parse(qm.with_suffix(".ts")).getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                source, wanted = message.findtext("source"), message.findtext("translation")
                if translator.translate(context.findtext("name"), source) != wanted:
                    stale.append(source)
    assert stale == [], "the .qm is older than the .ts: run scripts/update_translations.py"
    french = gettext.translation("ocse_planner", str(i18n.LOCALE_DIR), languages=["fr"])
    assert french.gettext("usage: ") == "utilisation\u00a0: "
    from babel.messages.pofile import read_po

    with mo.with_suffix(".po").open("rb") as handle:
        catalogue = read_po(handle)
    wrong = [m.id for m in catalogue if m.id and isinstance(m.id, str) and french.gettext(m.id) != m.string]
    assert wrong == [], "the .mo is older than the .po: run scripts/update_translations.py"


def test_the_script_check_mode_exits_0_on_the_package():
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_vocabulary_has_the_same_french_in_both_catalogues():
    """Statuses and roles appear in the window (Qt) and on the command line (gettext)."""
    from ocse_planner.services.vocabulary import ENGLISH

    ts = ROOT / "ocse_planner" / "resources" / "translations" / "ocse_planner_fr.ts"
    qt = {message.findtext("source"): message.findtext("translation")
          for context in ET.parse(ts).getroot().iter("context") if context.findtext("name") == "Labels"
          for message in context.iter("message")}
    french = gettext.translation("ocse_planner", str(i18n.LOCALE_DIR), languages=["fr"])
    differ = {english: (qt.get(english), french.gettext(english)) for english in set(ENGLISH.values())
              if qt.get(english) != french.gettext(english)}
    assert differ == {}
