"""Opening the SQLite file: where it lives, pragmas, sanity checks, migrations with a backup.

peewee's ``SqliteDatabase`` gives us per-thread connections, pragmas and nested ``atomic()``
transactions. Hot paths use parametrised SQL through it rather than model instances (speed
facts in the architecture guide); every database object is independent, so two databases (an
import source and target, or two "windows" in a concurrency test) can be open at once.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import peewee
from platformdirs import user_data_path

from sessions_desktop import private_files
from sessions_desktop.errors import StorageError, ValidationError
from sessions_desktop.names import APP_ID
from sessions_desktop.storage import file_state, migrations
from sessions_desktop.storage.failures import plain_words, sqlite_error_name

log = logging.getLogger("sessions_desktop")

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
_NOT_WRITABLE = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")


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
    """One SQLite database file (or ``:memory:``) with the schema brought up to date.

    A file that cannot be written (read-only file, folder or disk) is opened read-only:
    ``read_only`` is True, every write is refused with a StorageError saying so, and the
    window says so in its title bar. Files are private (``private_files``)."""

    def __init__(self, path: str | Path | None = None,
                 busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = ":memory:" if path == ":memory:" else Path(path or default_database_path())
        self.busy_timeout_ms = busy_timeout_ms
        self.read_only = False
        if isinstance(self.path, Path):
            _check_is_sqlite(self.path)
            self.read_only = not file_state.prepare(self.path)
        self.db = self._connect(read_only=self.read_only)
        try:
            self._open_checked()
        except StorageError as exc:
            if self.read_only or not file_state.readable(self.path) or not \
                    getattr(exc, "sqlite_name", "").startswith(_NOT_WRITABLE):
                raise
            log.warning("%s cannot be written; opening it read-only", self.path)
            self.db.close()
            self.read_only = True
            self.db = self._connect(read_only=True)
            self._open_checked()
        self._identity = file_state.identity(self.path)

    def _connect(self, read_only: bool, immutable: bool = False) -> peewee.SqliteDatabase:
        pragmas = {"foreign_keys": 1, "busy_timeout": self.busy_timeout_ms,
                   "cache_size": -16000, "mmap_size": MMAP_BYTES}
        if not read_only:
            return peewee.SqliteDatabase(
                str(self.path), pragmas={"journal_mode": "wal", "synchronous": "full",
                                         **pragmas}, check_same_thread=False)
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        uri = f"{Path(self.path).absolute().as_uri()}?{flags}"
        return peewee.SqliteDatabase(uri, uri=True, pragmas=pragmas, check_same_thread=False)

    def _open_checked(self) -> None:
        with translate_errors(self):
            try:
                self.db.connect(reuse_if_open=True)
            except peewee.OperationalError:
                if not self.read_only:
                    raise
                # A WAL database in a read-only folder without its -shm file: nobody can write
                # there, so reading it as immutable is safe.
                self.db = self._connect(read_only=True, immutable=True)
                self.db.connect(reuse_if_open=True)
            self._check_integrity_quickly()
            if self.read_only:
                if migrations.current_version(self.db) != migrations.LATEST:
                    raise StorageError(f"{self.path} needs its layout upgraded, which cannot "
                                       "be written while it is read-only; nothing was changed")
            else:
                migrations.upgrade(self.db, backup=self.backup_to)

    def _check_integrity_quickly(self) -> None:
        try:
            self.db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        except peewee.DatabaseError as exc:
            raise StorageError(f"{self.path} is damaged or not a database: {exc}") from None

    def refuse_if_read_only(self) -> None:
        if self.read_only:
            raise StorageError(f"the database {self.path} is open read-only (the file, its "
                               "folder or the disk does not allow writing); nothing was "
                               "changed")

    def check_still_there(self) -> None:
        """Before a write: the file opened is still at its path (``file_state``)."""
        file_state.check_still_there(self.path, self._identity)

    @property
    def file_path(self) -> Path | None:
        return self.path if isinstance(self.path, Path) else None

    kind = "sqlite"

    def execute(self, sql: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
        cursor: sqlite3.Cursor = self.db.execute_sql(sql, params)
        return cursor

    def atomic(self) -> AbstractContextManager[object]:
        return self.db.atomic()

    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the live database made with SQLite's backup API, private
        (0600) from the moment it exists; a failed copy (a full disk) leaves no file."""
        private_files.private_folder(target.parent)
        private_files.private_file(target)
        source = self.db.connection()
        try:
            with translate_errors(self), sqlite3.connect(str(target)) as dest:
                source.backup(dest)
            dest.close()
        except BaseException:
            target.unlink(missing_ok=True)
            raise
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
        self.refuse_if_read_only()
        check_backup(backup)
        self.close()
        restore_file(backup, self.file_path)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()


@contextmanager
def translate_errors(database: Database | None = None) -> Iterator[None]:
    """Turn SQLite's failures into StorageError with a message a person can act on
    (``failures.plain_words``: disk full, locked too long, read-only, file gone, damaged)."""
    where = str(database.path) if database is not None else ""
    wait = (database.busy_timeout_ms if database is not None else BUSY_TIMEOUT_MS) / 1000
    try:
        yield
    except (peewee.DatabaseError, sqlite3.Error) as exc:
        error = StorageError(plain_words(exc, where, wait))
        error.sqlite_name = sqlite_error_name(exc)   # type: ignore[attr-defined]
        raise error from None
    except UnicodeEncodeError:
        raise ValidationError("a text holds a lone surrogate, which is not text; nothing was "
                              "changed") from None
