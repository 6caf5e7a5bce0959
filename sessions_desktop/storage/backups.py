"""Restoring a backup with SQLite's backup API.

A restore copies a backup's pages into the database file through SQLite (never a byte copy
under a live WAL), after checking the backup is an SQLite file that passes ``quick_check``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sessions_desktop.errors import StorageError

SQLITE_MAGIC = b"SQLite format 3\x00"


def check_backup(path: Path) -> None:
    """Refuse anything that is not a readable, undamaged SQLite file."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StorageError(f"{path}: {exc.strerror or exc}") from None
    if head != SQLITE_MAGIC:
        raise StorageError(f"{path} is not an SQLite backup")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path} is damaged: {exc}") from None
    finally:
        connection.close()
    if verdict != "ok":
        raise StorageError(f"{path} is damaged: {verdict}")


def restore_file(backup: Path, target: Path) -> None:
    """Replace the contents of database ``target`` with those of ``backup``, page by page."""
    check_backup(backup)
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(str(target), timeout=5)
        try:
            src.backup(dest)
            dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise StorageError(f"could not restore {target}: {exc}") from None
        finally:
            dest.close()
    finally:
        src.close()


def meta_of(path: Path) -> dict[str, str] | None:
    """The ``meta`` rows of a database file (read-only), or None when it cannot be read.

    Every write bumps a revision there, so equal meta means equal contents: a start backup of
    an unchanged database would only push an older, different copy out of the rotation."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return dict(connection.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError:
        return None
    finally:
        connection.close()
