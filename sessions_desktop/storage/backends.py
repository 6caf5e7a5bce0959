"""Which storage opens a calendar: the SQLite file or the PostgreSQL server its location names.

The location is parsed before anything is touched, so an address that is not a file path and
not a ``postgresql://`` URL is refused with one line and creates nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

from sessions_desktop.errors import NotFoundError
from sessions_desktop.storage.location import Location, parse_location

if TYPE_CHECKING:
    from sessions_desktop.storage.database import Database
    from sessions_desktop.storage.postgres import PostgresDatabase

# The two stores a calendar can live in; both have the same face (execute, atomic, meta, ...).
Backend: TypeAlias = "Database | PostgresDatabase"


class Cursor(Protocol):
    """What the storage modules use of a DB-API cursor (sqlite3's or psycopg's); rows are
    the drivers' tuples of column values."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


def open_database(value: str | Path | Location | None, create: bool = True) -> Backend:
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
