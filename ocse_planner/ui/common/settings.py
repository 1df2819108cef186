"""Every preference the window keeps, declared once: key, type, default, limits.

They are stored, typed and read by ocse_planner/preferences.py, the one settings module
(no Qt: the command line shares its file and the interface language in it). A window
module that needs a preference declares it below and reads it with `settings.get(KEY)`,
which always returns the declared type: the default when nothing is stored yet or when
what is stored cannot be read (a hand-edited file, a value an older version wrote), and a
number clamped to its limits. Adding a preference is adding one line here; `ALL` lists
them (a test checks each default reads back unchanged).
"""

from __future__ import annotations

from typing import Any

from ocse_planner.preferences import (
    BytesSetting,
    FloatSetting,
    IntSetting,
    Preferences,
    Setting,
    TextListSetting,
    TextSetting,
)

# --- the preferences -------------------------------------------------------------------

RECENT_FILES = TextListSetting(
    "recentFiles", (), "Planner files and team databases (their URLs, never a password) opened lately, "
    "newest first (File ▸ Open recent).", limit=8)
WINDOW_GEOMETRY = BytesSetting(
    "geometry", b"", "Size and place of the main window when it was last closed.")
FOLLOW_UP_DAYS = IntSetting(
    "presenters/followUpDays", 14, "Days an invitation may stay unanswered before it is listed as a "
    "follow-up; also how close to its webinar an unconfirmed presentation becomes a warning.",
    minimum=1, maximum=365)
BACKUP_KEEP = IntSetting(
    "backups/keep", 10, "How many backups of a planner file are kept beside it.", minimum=1, maximum=1000)
BACKUP_INTERVAL_HOURS = FloatSetting(
    "backups/intervalHours", 24.0, "Hours between two backups made when a file is opened.", minimum=0.0)
EXPORT_MIN_CELL = IntSetting(
    "export/minCell", 0, "Attendee summary: counts below this are shown as \"<N\" (0: off).",
    minimum=0, maximum=100)
SPLITTER_LAYOUT = BytesSetting(
    "layout/splitters", b"", "Where the window's splitters were left, by splitter name (JSON of each "
    "splitter's saved state, base64), read by ui/common/splitter_sizes.py.")
SESSIONS_LOWER_PAGE = IntSetting(
    "sessions/lowerPage", 0, "Sessions tab: the page shown under the webinar's form (0: running agenda, "
    "1: readiness checklist).", minimum=0, maximum=1)
WINDOW_STATE = BytesSetting(
    "windowState", b"", "Where the window's docks (This week) were left and whether they are shown "
    "(QMainWindow.saveState).")
THIS_WEEK_DAYS = IntSetting(
    "thisWeek/days", 7, "This week: how many days ahead the list looks.", minimum=1, maximum=90)

TEAM_AUTHOR = TextSetting(
    "team/authorName", "", "Your name in a team database's change log, shown to the others beside your "
    "changes (empty: your database login name).", limit=200)
TEAM_LAST_URL = TextSetting(
    "team/lastUrl", "", "The team database last connected to, as a URL without its password "
    "(File ▸ Connect to team database…).")

ALL: tuple[Setting[Any], ...] = (
    RECENT_FILES, WINDOW_GEOMETRY, FOLLOW_UP_DAYS, BACKUP_KEEP, BACKUP_INTERVAL_HOURS, EXPORT_MIN_CELL,
    SPLITTER_LAYOUT, SESSIONS_LOWER_PAGE, WINDOW_STATE, THIS_WEEK_DAYS, TEAM_AUTHOR, TEAM_LAST_URL,
)


# The window's preferences are kept where every preference is: ocse_planner/preferences.py
# (one file, no Qt, the command line reads the language from it too).
Settings = Preferences
