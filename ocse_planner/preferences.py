"""The user's preferences: one file, one way to declare, read and write them, no Qt.

The window and the command line share it (the command line follows the language chosen
in the window, and never loads Qt to find it). A preference is declared once with its key,
type, default and limits, and `get` always returns that type: the default when nothing is
stored yet or when what is stored cannot be read (a hand-edited file, a value an older
version wrote), a number clamped to its limits. The interface language is declared here;
the window's own preferences are declared in ui/common/settings.py with these same types.

The file is `OCSE Planner.conf` in the user's configuration folder (`~/.config/OCSE
Planner/` on Linux, where the window kept its preferences before): INI sections, each
value as JSON. Values the older QSettings store wrote there (plain text, "a, b" lists,
`@ByteArray(…)`) are still read. Every `set` writes the file at once (atomically, merged
with what another process wrote meanwhile), so nothing chosen is lost to a crash.
"""

from __future__ import annotations

import configparser
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from platformdirs import user_config_dir

from ocse_planner import APP_NAME, ORG_NAME

T = TypeVar("T")
GENERAL = "General"  # the section of keys without a "group/" (as QSettings named it)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    doc: str

    def read(self, raw: Any) -> T:
        """The stored value as this setting's type (default when unreadable)."""
        raise NotImplementedError

    def stored(self, value: T) -> Any:
        """What the file keeps for `value` (JSON-able)."""
        return value


@dataclass(frozen=True)
class IntSetting(Setting[int]):
    minimum: int = -(2**31)
    maximum: int = 2**31 - 1

    def read(self, raw: Any) -> int:
        try:
            value = int(float(raw))  # "14" or "14.0" from an older file is as good
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
        if isinstance(raw, str):  # an older file: "a, b" (or one entry)
            raw = [part.strip() for part in raw.split(",")]
        if not isinstance(raw, list | tuple):
            return self.default
        return tuple(str(item) for item in raw if item is not None)[: self.limit]

    def stored(self, value: tuple[str, ...]) -> Any:
        return [str(item) for item in value][: self.limit]


@dataclass(frozen=True)
class BytesSetting(Setting[bytes]):
    def read(self, raw: Any) -> bytes:
        if isinstance(raw, dict) and isinstance(raw.get("hex"), str):
            try:
                return bytes.fromhex(raw["hex"])
            except ValueError:
                return self.default
        if isinstance(raw, str) and raw.startswith("@ByteArray(") and raw.endswith(")"):
            try:  # what QSettings wrote: C-style escapes
                return _unescape(raw[len("@ByteArray("):-1])
            except ValueError:
                return self.default
        return self.default

    def stored(self, value: bytes) -> Any:
        return {"hex": bytes(value).hex()}


# --- the preferences every part of the app shares -------------------------------------

LANGUAGE = TextSetting(
    "language", "", "The interface language chosen in the window's Language menu (\"en\" or \"fr\"; empty: "
    "the system's); the command line follows it too, unless given --lang.", limit=10)


_SIMPLE_ESCAPES = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11}


def _unescape(text: str) -> bytes:
    """QSettings' byte escapes: \\x with any number of hex digits, \\0… octal, \\n and the like."""
    out, i = bytearray(), 0
    while i < len(text):
        char = text[i]
        if char != "\\" or i + 1 == len(text):
            out += char.encode("latin-1")
            i += 1
            continue
        following = text[i + 1]
        if following == "x":
            j = i + 2
            while j < len(text) and text[j] in "0123456789abcdefABCDEF":
                j += 1
            out.append(int(text[i + 2:j], 16) & 0xFF)
            i = j
        elif following in "01234567":
            j = i + 1
            while j < len(text) and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(int(text[i + 1:j], 8) & 0xFF)
            i = j
        else:
            out.append(_SIMPLE_ESCAPES.get(following, ord(following) & 0xFF))
            i += 2
    return bytes(out)


def _split(key: str) -> tuple[str, str]:
    section, _, name = key.rpartition("/")
    return (section or GENERAL), name


def _parse(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:  # an older (QSettings) value, or typed by hand
        if len(text) >= 2 and text[0] == text[-1] == '"':
            return text[1:-1]
        return text


class Preferences:
    """The preferences of one user (`for_user`) or of one file (`in_file`, for tests)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._values = self._load()

    @classmethod
    def for_user(cls) -> Preferences:
        return cls(Path(os.fspath(user_config_dir(ORG_NAME, appauthor=False))) / f"{APP_NAME}.conf")

    @classmethod
    def in_file(cls, path: Path | str) -> Preferences:
        """Preferences kept in one file (tests, a portable install)."""
        return cls(Path(path))

    def _load(self) -> dict[str, Any]:
        parser = configparser.RawConfigParser(strict=False)
        parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
        try:
            parser.read(self._path, encoding="utf-8")
        except (configparser.Error, UnicodeDecodeError):
            return {}
        values: dict[str, Any] = {}
        for section in parser.sections():
            for name, text in parser.items(section):
                key = name if section == GENERAL else f"{section}/{name}"
                values[key] = _parse(text)
        return values

    def get(self, setting: Setting[T]) -> T:
        return setting.read(self._values.get(setting.key))

    def set(self, setting: Setting[T], value: T) -> None:
        """Keep `value` and write the file now, over what is stored there by then."""
        values = self._load()
        values[setting.key] = setting.stored(value)
        self._values = values
        self._write(values)

    def sync(self) -> None:
        """Nothing is held back (every set writes); kept for callers that mark a save point."""

    def _write(self, values: dict[str, Any]) -> None:
        parser = configparser.RawConfigParser()
        parser.optionxform = str  # type: ignore[assignment,method-assign]
        for key in sorted(values):
            section, name = _split(key)
            if not parser.has_section(section):
                parser.add_section(section)
            parser.set(section, name, json.dumps(values[key], ensure_ascii=False))
        from ocse_planner.export.atomic import write_atomically

        def write(temporary: Path) -> None:
            with open(temporary, "w", encoding="utf-8") as out:
                parser.write(out)

        self._path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self._path, write, private=True)  # (a team URL and a name are in it)

    @property
    def location(self) -> str:
        """Where the values are kept."""
        return str(self._path)
