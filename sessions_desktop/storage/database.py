"""Opening the SQLite file: where it lives, pragmas, sanity checks, migrations with a backup.

peewee's ``SqliteDatabase`` gives us per-thread connections, pragmas and nested ``atomic()``
transactions. Hot paths use parametrised SQL through it rather than model instances (speed
facts in the architecture guide); every database object is independent, so two databases (an
import source and target, or two "windows" in a concurrency test) can be open at once.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee
from platformdirs import user_data_path

from sessions_desktop.errors import StorageError
from sessions_desktop.names import APP_ID
from sessions_desktop.storage import migrations

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def default_database_path() -> Path:
    """The database in the user's data folder (``SESSIONS_DESKTOP_DB`` overrides it)."""
    override = os.environ.get("SESSIONS_DESKTOP_DB")
    if override:
        return Path(override).expanduser()
    return user_data_path(APP_ID, appauthor=False) / "sessions.sqlite3"


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a database file")
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if head != SQLITE_MAGIC:
        raise StorageError(f"{path} is not a Sessions Desktop database (not an SQLite file)")


# Reads through a memory map instead of a read() call per page: a week of a large business
# touches thousands of scattered pages (4x faster at 500,000 sessions). SQLite writes still
# go through its journal; only reads use the map.
MMAP_BYTES = 1 << 30

class Database:
    """One SQLite database file (or ``:memory:``) with the schema brought up to date."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = ":memory:" if path == ":memory:" else Path(path or default_database_path())
        if isinstance(self.path, Path):
            _check_is_sqlite(self.path)
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = peewee.SqliteDatabase(
            str(self.path),
            pragmas={"journal_mode": "wal", "foreign_keys": 1, "synchronous": "full",
                     "busy_timeout": BUSY_TIMEOUT_MS, "cache_size": -16000,
                     "mmap_size": MMAP_BYTES},
            check_same_thread=False,
        )
        with translate_errors(self):
            self.db.connect(reuse_if_open=True)
            self._check_integrity_quickly()
            migrations.upgrade(self.db, backup=self.backup_to)

    def _check_integrity_quickly(self) -> None:
        try:
            self.db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        except peewee.DatabaseError as exc:
            raise StorageError(f"{self.path} is damaged or not a database: {exc}") from None

    @property
    def file_path(self) -> Path | None:
        return self.path if isinstance(self.path, Path) else None

    def execute(self, sql: str, params: tuple | list = ()) -> sqlite3.Cursor:
        return self.db.execute_sql(sql, params)

    def atomic(self):
        return self.db.atomic()

    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the live database made with SQLite's backup API."""
        target.parent.mkdir(parents=True, exist_ok=True)
        source = self.db.connection()
        with sqlite3.connect(str(target)) as dest:
            source.backup(dest)
        dest.close()
        return target

    def meta(self) -> dict[str, str]:
        """Every ``meta`` row: schema version, revisions, business settings."""
        return dict(self.execute("SELECT key, value FROM meta").fetchall())

    def same_contents_as(self, other: Path) -> bool:
        """Does the file ``other`` (a backup) hold what this database holds now?"""
        from sessions_desktop.storage.backups import meta_of

        return meta_of(other) == self.meta()

    def restore_from(self, backup: Path) -> None:
        """Replace this file's contents with ``backup``'s (checked first); leaves it closed."""
        from sessions_desktop.storage.backups import check_backup, restore_file

        if self.file_path is None:
            raise StorageError("an in-memory database cannot be restored")
        check_backup(backup)
        self.close()
        restore_file(backup, self.file_path)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()


@contextmanager
def translate_errors(database: Database | None = None) -> Iterator[None]:
    """Turn SQLite's failures into StorageError with a message a person can act on."""
    where = f" ({database.path})" if database is not None else ""
    try:
        yield
    except peewee.OperationalError as exc:
        text = str(exc)
        if "locked" in text or "busy" in text:
            raise StorageError(f"the database is locked by another program{where}") from None
        if "disk" in text and "full" in text:
            raise StorageError(f"the disk is full; nothing was saved{where}") from None
        raise StorageError(f"database error{where}: {text}") from None
    except peewee.DatabaseError as exc:
        raise StorageError(f"the database is damaged or unreadable{where}: {exc}") from None
