"""Every preference the window keeps, declared once: key, type, default, limits.

The values live in QSettings (per user: `~/.config/OCSE Planner/OCSE Planner.conf` on
Linux, the registry on Windows, a plist on macOS); this is the only module that constructs
a QSettings. A module that needs a preference declares it below and reads it with
`settings.get(KEY)`, which always returns the declared type: the default when nothing is
stored yet or when what is stored cannot be read (a hand-edited file, a value an older
version wrote), and a number clamped to its limits. Adding a preference is adding one line
here; `ALL` lists them (a test checks each default reads back unchanged).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    doc: str

    def read(self, raw: Any) -> T:
        """The stored value as this setting's type (default when unreadable)."""
        raise NotImplementedError

    def stored(self, value: T) -> Any:
        """What QSettings keeps for `value`."""
        return value


@dataclass(frozen=True)
class IntSetting(Setting[int]):
    minimum: int = -(2**31)
    maximum: int = 2**31 - 1

    def read(self, raw: Any) -> int:
        try:
            value = int(float(raw))  # the INI format hands back "14"; "14.0" is as good
        except (TypeError, ValueError, OverflowError):
            return self.default
        return min(max(value, self.minimum), self.maximum)

    def stored(self, value: int) -> Any:
        return int(value)


@dataclass(frozen=True)
class FloatSetting(Setting[float]):
    minimum: float = float("-inf")
    maximum: float = float("inf")

    def read(self, raw: Any) -> float:
        try:
            value = float(raw)
        except (TypeError, ValueError):
            return self.default
        if value != value:  # NaN
            return self.default
        return min(max(value, self.minimum), self.maximum)

    def stored(self, value: float) -> Any:
        return float(value)


@dataclass(frozen=True)
class TextSetting(Setting[str]):
    limit: int = 2000

    def read(self, raw: Any) -> str:
        if raw is None or isinstance(raw, list | tuple | dict):
            return self.default
        return str(raw)[: self.limit]

    def stored(self, value: str) -> Any:
        return str(value)[: self.limit]


@dataclass(frozen=True)
class TextListSetting(Setting[tuple[str, ...]]):
    limit: int = 1000

    def read(self, raw: Any) -> tuple[str, ...]:
        if raw is None or raw == "":
            return self.default
        if isinstance(raw, str):  # one entry comes back from the INI format as a plain string
            raw = [raw]
        if not isinstance(raw, list | tuple):
            return self.default
        return tuple(str(item) for item in raw if item is not None)[: self.limit]

    def stored(self, value: tuple[str, ...]) -> Any:
        return [str(item) for item in value][: self.limit]


@dataclass(frozen=True)
class BytesSetting(Setting[bytes]):
    def read(self, raw: Any) -> bytes:
        if isinstance(raw, QByteArray):
            return raw.data()
        if isinstance(raw, bytes | bytearray):
            return bytes(raw)
        return self.default

    def stored(self, value: bytes) -> Any:
        return QByteArray(value)


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


class Settings:
    """The preferences of one user (`for_user`) or of one file (`in_file`, for tests)."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def for_user(cls) -> Settings:
        """The user's preferences, named after the application (set on the QApplication)."""
        return cls(QSettings())

    @classmethod
    def in_file(cls, path: Path | str) -> Settings:
        """Preferences kept in one INI file (tests, a portable install)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, setting: Setting[T]) -> T:
        return setting.read(self._store.value(setting.key))

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, setting.stored(value))

    def sync(self) -> None:
        self._store.sync()

    @property
    def location(self) -> str:
        """Where the values are kept (a file path, or a registry key on Windows)."""
        return self._store.fileName()

