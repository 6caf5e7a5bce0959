"""Which storage opens a calendar: the SQLite file or the PostgreSQL server its location names.

The location is parsed before anything is touched, so an address that is not a file path and
not a ``postgresql://`` URL is refused with one line and creates nothing.
"""

from __future__ import annotations

from pathlib import Path

from sessions_desktop.errors import NotFoundError
from sessions_desktop.storage.location import Location, parse_location


def open_database(value: str | Path | None, create: bool = True):
    """A Database (SQLite) or PostgresDatabase, schema up to date; StorageError otherwise.
    ``create=False``: only an existing calendar (the source of a copy), never a new one."""
    location = value if isinstance(value, Location) else parse_location(value)
    if location.is_postgres:
        from sessions_desktop.storage.postgres import PostgresDatabase

        return PostgresDatabase(str(location.target), create=create)
    if not create and not _is_file(location.target):
        raise NotFoundError(f"{location.target}: no such calendar file")
    from sessions_desktop.storage.database import Database

    return Database(location.target)


def _is_file(target: str | Path) -> bool:
    return isinstance(target, Path) and target.is_file() and target.stat().st_size > 0
