"""Where a planner lives: an SQLite file, or a PostgreSQL database named by a URL.

`--db` (and File ▸ Connect to team database…) takes either. A value starting with
`postgresql:` is a libpq connection URL — `postgresql://user@host/db`,
`postgresql:///db?host=/run/postgresql`, `postgresql:///?service=NAME`; libpq itself reads
it, so everything libpq knows applies: missing parts come from the `PG*` environment
variables, a password from `~/.pgpass` or `PGPASSWORD`, TLS from `sslmode` and friends.
Anything else is a file path.

A URL is shown and remembered without its password (`display`); a password typed into
the app's prompt lives in the `ServerLocation` in memory only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

SERVER_SCHEME = "postgresql:"


def is_server_url(value: str | Path) -> bool:
    return isinstance(value, str) and value.startswith(SERVER_SCHEME)


def redact(url: str) -> str:
    """The URL without a password (in the user part or as a `password=` parameter)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return SERVER_SCHEME + "//…"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hosts = netloc.rpartition("@")
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}@{hosts}" if user else hosts
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "password"],
                      safe="/:,")
    shown = f"{parts.scheme}://{netloc}{parts.path}"  # urlunsplit would drop an empty "//"
    return shown + (f"?{query}" if query else "") + (f"#{parts.fragment}" if parts.fragment else "")


def has_password(url: str) -> bool:
    return redact(url) != url


@dataclass(frozen=True)
class ServerLocation:
    """A PostgreSQL database: the URL as given, and a password typed into a prompt."""

    url: str
    password: str | None = field(default=None, repr=False, compare=False)

    @property
    def display(self) -> str:
        return redact(self.url)

    @property
    def name(self) -> str:
        """What a message calls it (as a file's name): the URL without password."""
        return self.display

    @property
    def short_name(self) -> str:
        """The database's name as people say it: "ocse" (on its host), for window titles."""
        try:
            parts = urlsplit(self.url)
        except ValueError:
            return "team database"
        query = dict(parse_qsl(parts.query))
        name = parts.path.lstrip("/") or query.get("dbname") or query.get("service") or ""
        host = parts.hostname or ""
        if name and host:
            return f"{name} on {host}"
        return name or host or "team database"

    def with_password(self, password: str | None) -> ServerLocation:
        return ServerLocation(self.url, password)

    def __str__(self) -> str:
        return self.display


Location = Path | ServerLocation


def parse_location(value: str | Path | ServerLocation) -> Location:
    """A `--db` value as a file path or a server location."""
    if isinstance(value, ServerLocation):
        return value
    if is_server_url(value):
        return ServerLocation(str(value))
    return Path(value).expanduser()


def describe(location: Location) -> str:
    """How a location is named in messages: the path, or the URL without password."""
    return location.display if isinstance(location, ServerLocation) else str(location)
