"""Where a calendar lives: a file path (SQLite) or a ``postgresql://`` URL, told apart before
anything is opened or created, so a URL can never become a folder tree with a new file in it.

A URL is handed to libpq as it is, so libpq's own conventions apply: ``~/.pgpass`` or
``PGPASSFILE`` for passwords, ``PGSERVICE``/``?service=`` for named connections, ``PGHOST``
and friends. ``shown()`` is what the window, logs and settings may show or keep: the URL
without its password.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from sessions_desktop.errors import StorageError

POSTGRES_SCHEMES = ("postgresql", "postgres")
_SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]+):(//|$)")
MAX_LOCATION = 4096
ENV = "SESSIONS_DESKTOP_DB"


@dataclass(frozen=True)
class Location:
    kind: str                 # "sqlite" or "postgresql"
    target: str | Path        # a Path, ":memory:" or the URL as given

    @property
    def is_postgres(self) -> bool:
        return self.kind == "postgresql"

    def shown(self) -> str:
        """For people and settings: a path, or the URL with any password masked out."""
        return without_password(str(self.target)) if self.is_postgres else str(self.target)


def parse_location(value: str | Path | None) -> Location:
    """A Location, or StorageError for an address this program cannot open (nothing made)."""
    if isinstance(value, Path):
        return Location("sqlite", value)
    if value is None:
        if os.environ.get(ENV):   # may be a URL: never let it turn into a Path
            return parse_location(os.environ[ENV])
        from sessions_desktop.storage.database import default_database_path

        return Location("sqlite", default_database_path())
    text = str(value).strip()
    if not text:
        raise StorageError("no database given: pass a file path or a postgresql:// URL")
    if len(text) > MAX_LOCATION:
        raise StorageError(f"the database address is longer than {MAX_LOCATION} characters")
    if text == ":memory:":
        return Location("sqlite", ":memory:")
    match = _SCHEME.match(text)
    if match and len(match["scheme"]) > 1:   # "C:/..." is a Windows drive, not a scheme
        scheme = match["scheme"].lower()
        if scheme in POSTGRES_SCHEMES:
            return Location("postgresql", text)
        if scheme == "file":
            return Location("sqlite", Path(urlsplit(text).path).expanduser())
        raise StorageError(f"unknown kind of database address {scheme}:// in "
                           f"{without_password(text)!r}; use a file path or a "
                           "postgresql://user@host:port/dbname URL")
    return Location("sqlite", Path(text).expanduser())


def without_password(url: str) -> str:
    """The URL with ``user:secret@`` reduced to ``user@`` and ``password=`` dropped."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.split("@")[-1]
    netloc = parts.netloc
    if "@" in netloc:
        user_info, host = netloc.rsplit("@", 1)
        netloc = f"{user_info.split(':', 1)[0]}@{host}"
    query = "&".join(p for p in parts.query.split("&")
                     if p and not p.lower().startswith("password="))
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def has_password(url: str) -> bool:
    return without_password(url) != url
