"""The one preferences file: shared by the window and the command line, no Qt, typed,
written at once and merged, and readable when an older version (QSettings) wrote it."""

from __future__ import annotations

import subprocess
import sys

from ocse_planner import i18n
from ocse_planner.preferences import LANGUAGE, BytesSetting, IntSetting, Preferences, TextListSetting


def test_the_module_needs_no_qt():
    code = ("import sys, ocse_planner.preferences, ocse_planner.i18n; "
            "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_the_window_and_the_command_line_share_the_language_choice(tmp_path):
    i18n.save_language("fr")
    assert Preferences.for_user().get(LANGUAGE) == "fr" and i18n.saved_language() == "fr"
    assert "OCSE Planner.conf" in Preferences.for_user().location


def test_two_writers_do_not_undo_each_other(tmp_path):
    path = tmp_path / "prefs.conf"
    window, command_line = Preferences.in_file(path), Preferences.in_file(path)
    days = IntSetting("presenters/followUpDays", 14, "")
    window.get(days)
    command_line.set(LANGUAGE, "fr")  # meanwhile, another process chooses French
    window.set(days, 30)
    fresh = Preferences.in_file(path)
    assert fresh.get(LANGUAGE) == "fr" and fresh.get(days) == 30


def test_values_an_older_version_wrote_are_still_read(tmp_path):
    path = tmp_path / "OCSE Planner.conf"
    path.write_text("[General]\nrecentFiles=/a.db, /b.db\ngeometry=@ByteArray(\\x1\\xd9\\0x)\n"
                    "[presenters]\nfollowUpDays=30\n", encoding="utf-8")
    prefs = Preferences.in_file(path)
    assert prefs.get(TextListSetting("recentFiles", (), "")) == ("/a.db", "/b.db")
    assert prefs.get(BytesSetting("geometry", b"", "")) == b"\x01\xd9\x00x"
    assert prefs.get(IntSetting("presenters/followUpDays", 14, "")) == 30


def test_the_language_saved_before_the_preferences_file_is_still_followed():
    legacy = i18n._legacy_choice_file()
    legacy.parent.mkdir(parents=True, exist_ok=True)
    legacy.write_text("fr\n", encoding="utf-8")
    assert i18n.saved_language() == "fr"
    i18n.save_language("en")  # a choice made now wins
    assert i18n.saved_language() == "en"


def test_a_broken_file_gives_the_defaults(tmp_path):
    path = tmp_path / "prefs.conf"
    path.write_bytes(b"\xff\xfe not [ini")
    assert Preferences.in_file(path).get(LANGUAGE) == ""
