"""Every preference is declared once, reads back as its type, and survives a bad file."""

from __future__ import annotations

import pytest

from ocse_planner.db.backup import DEFAULT_POLICY
from ocse_planner.ui.common import settings as declared
from ocse_planner.ui.common.settings import (
    ALL,
    BACKUP_INTERVAL_HOURS,
    BACKUP_KEEP,
    EXPORT_MIN_CELL,
    FOLLOW_UP_DAYS,
    RECENT_FILES,
    SESSIONS_LOWER_PAGE,
    SPLITTER_LAYOUT,
    THIS_WEEK_DAYS,
    WINDOW_STATE,
    TEAM_AUTHOR,
    TEAM_LAST_URL,
    WINDOW_GEOMETRY,
    Setting,
    Settings,
)
from ocse_planner.ui.files.file_safety import backup_policy

CHANGED = {
    RECENT_FILES: ("/data/plan.db", "/data/2023 — série.db"),
    WINDOW_GEOMETRY: b"\x01\xd9\xd0\xcb\x00\x03",
    FOLLOW_UP_DAYS: 30,
    BACKUP_KEEP: 3,
    BACKUP_INTERVAL_HOURS: 0.5,
    EXPORT_MIN_CELL: 5,
    SPLITTER_LAYOUT: b'{"presentersSplitter": "AAAA/wAAAAEAAAAC"}',
    SESSIONS_LOWER_PAGE: 1,
    WINDOW_STATE: b"\x00\x00\x00\xff\x00\x00\x00\x00",
    THIS_WEEK_DAYS: 14,
    TEAM_AUTHOR: "Geneviève Tremblay, RCMP",
    TEAM_LAST_URL: "postgresql://gtremblay@db.example.ca:5433/ocse?sslmode=verify-full",
}


def test_every_declared_setting_is_listed_once_with_a_unique_key():
    module_level = {v for v in vars(declared).values() if isinstance(v, Setting)}
    assert set(ALL) == module_level
    assert len({s.key for s in ALL}) == len(ALL)
    assert set(CHANGED) == set(ALL)  # a new setting gets a round-trip case here


@pytest.mark.parametrize("setting", ALL, ids=lambda s: s.key)
def test_a_fresh_file_gives_the_defaults(tmp_path, setting):
    assert Settings.in_file(tmp_path / "fresh.ini").get(setting) == setting.default


@pytest.mark.parametrize("setting", ALL, ids=lambda s: s.key)
def test_a_value_set_is_read_back_by_the_next_start(tmp_path, setting):
    first = Settings.in_file(tmp_path / "settings.ini")
    first.set(setting, CHANGED[setting])
    first.sync()
    assert Settings.in_file(tmp_path / "settings.ini").get(setting) == CHANGED[setting]


def test_the_defaults_are_the_ones_the_app_has_always_used():
    assert (BACKUP_KEEP.default, BACKUP_INTERVAL_HOURS.default) == (DEFAULT_POLICY.keep, DEFAULT_POLICY.min_interval_hours)
    assert FOLLOW_UP_DAYS.default == 14 and EXPORT_MIN_CELL.default == 0 and RECENT_FILES.default == ()


def test_a_hand_edited_file_cannot_break_a_setting(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text(
        "[General]\nrecentFiles=/only/one.db\ngeometry=not bytes\n"
        "[presenters]\nfollowUpDays=soon\n"
        "[backups]\nkeep=-4\nintervalHours=nan\n"
        "[export]\nminCell=5000\n"
        "[team]\nauthorName=one, two\n",
        encoding="utf-8",
    )
    settings = Settings.in_file(path)
    assert settings.get(RECENT_FILES) == ("/only/one.db",)  # one entry comes back as a plain string
    assert settings.get(WINDOW_GEOMETRY) == b""
    assert settings.get(FOLLOW_UP_DAYS) == 14
    assert settings.get(BACKUP_KEEP) == 1  # clamped to what a policy can use
    assert settings.get(BACKUP_INTERVAL_HOURS) == 24.0
    assert settings.get(EXPORT_MIN_CELL) == 100
    assert settings.get(TEAM_AUTHOR) == "one, two"  # a name with a comma is a name
    assert backup_policy(settings) == type(DEFAULT_POLICY)(keep=1, min_interval_hours=24.0)


def test_recent_files_keep_at_most_their_limit(tmp_path):
    settings = Settings.in_file(tmp_path / "settings.ini")
    settings.set(RECENT_FILES, tuple(f"/f{i}.db" for i in range(20)))
    assert settings.get(RECENT_FILES) == tuple(f"/f{i}.db" for i in range(RECENT_FILES.limit))


def test_the_user_settings_are_named_after_the_application(qapp, monkeypatch, tmp_path):
    from PySide6.QtCore import QLocale

    from ocse_planner import APP_NAME
    from ocse_planner.ui.app import application

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    previous = QLocale()
    try:
        application()  # names the application, as when the window starts
        location = Settings.for_user().location
    finally:
        QLocale.setDefault(previous)  # application() may pick a locale; later tests expect theirs
    assert location.startswith(str(tmp_path)) and APP_NAME in location
