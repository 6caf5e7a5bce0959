"""Backups of the open database: where they live, how many are kept, and restoring one.

Backups go to ``backups/`` in the user's data folder (``SESSIONS_DESKTOP_BACKUPS`` overrides
it), named ``<database name>-<hash of its path>-<UTC stamp>.sqlite3`` so backups of different
database files never rotate each other away. Each copy is made with SQLite's backup API into a
temporary name and renamed into place, so a crash never leaves a half backup that looks whole.
"""

from __future__ import annotations

import hashlib
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal, overload

from platformdirs import user_data_path

from sessions_desktop.errors import FailedPreconditionError
from sessions_desktop.names import APP_ID
from sessions_desktop.private_files import FILE_MODE, private_folder, tighten
from sessions_desktop.services.values import Backup

if TYPE_CHECKING:
    from sessions_desktop.services import Services

KEEP = 10
STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<key>[0-9a-f]{10})-(?P<stamp>\d{8}T\d{12}Z)"
                   r"(?P<reason>\.[a-z-]+)?\.sqlite3$")


def backup_folder() -> Path:
    override = os.environ.get("SESSIONS_DESKTOP_BACKUPS")
    if override:
        return Path(override).expanduser()
    return user_data_path(APP_ID, appauthor=False) / "backups"


def database_key(database: Path) -> str:
    """A short, stable fingerprint of the database's absolute path."""
    text = str(Path(database).expanduser().resolve())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def _require_file(services: Services) -> Path:
    path = services.path
    if getattr(services, "shared", False):
        raise FailedPreconditionError("a calendar on a PostgreSQL server is backed up with "
                                      "pg_dump on the server (see the README)")
    if path is None:
        raise FailedPreconditionError("an in-memory database has no file to back up")
    return Path(path)


def list_backups(database: Path, folder: Path | None = None) -> list[Backup]:
    """Backups of ``database``, newest first."""
    folder = folder or backup_folder()
    key = database_key(database)
    found = []
    for path in folder.glob(f"*-{key}-*.sqlite3") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if match and match["key"] == key:
            made = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
            found.append(Backup(path, made, (match["reason"] or ".start")[1:]))
    return sorted(found, key=lambda b: b.made, reverse=True)


def backup_now(services: Services, reason: str = "manual", folder: Path | None = None,
               keep: int = KEEP) -> Backup:
    """Copy the open database into the backup folder, then keep only the newest ``keep``."""
    database = _require_file(services)
    folder = folder or backup_folder()
    private_folder(folder, tighten_existing=True)   # backups hold clients' details too
    made = datetime.now(UTC)
    name = f"{database.stem}-{database_key(database)}-{made.strftime(STAMP)}.{reason}.sqlite3"
    target = folder / name
    partial = folder / (name + ".partial")
    services.database.backup_to(partial)
    os.replace(partial, target)
    for older in rotate(database, folder, keep, keep_list=True):
        tighten(older.path, FILE_MODE)   # copies made before backups were private
    return Backup(target, made, reason)


@overload
def rotate(database: Path, folder: Path | None = None, keep: int = KEEP, *,
           keep_list: Literal[False] = False) -> list[Path]: ...


@overload
def rotate(database: Path, folder: Path | None = None, keep: int = KEEP, *,
           keep_list: Literal[True]) -> list[Backup]: ...


def rotate(database: Path, folder: Path | None = None, keep: int = KEEP, *,
           keep_list: bool = False) -> list[Path] | list[Backup]:
    """Delete all but the newest ``keep`` backups of ``database``; returns the paths deleted
    (or, with ``keep_list``, the backups kept)."""
    found = list_backups(database, folder)
    doomed = [b.path for b in found[keep:]]
    for path in doomed:
        path.unlink(missing_ok=True)
    return found[:keep] if keep_list else doomed


def backup_at_start(services: Services, folder: Path | None = None) -> Backup | None:
    """The copy made each time the app starts; nothing for a new, empty or in-memory file,
    nor when the newest backup already holds exactly this (quick restarts must not rotate
    the older, different copies away)."""
    if services.path is None or not services.schedules.by_id():
        return None
    newest = list_backups(Path(services.path), folder)[:1]
    if newest and services.database.same_contents_as(newest[0].path):
        return None
    return backup_now(services, "start", folder)


def restore_backup(services: Services, backup: Path, folder: Path | None = None) -> Backup:
    """Back up the current file, then replace its contents with ``backup``'s.

    ``services`` is closed afterwards; open the database again to see the restored data.
    Returns the safety copy of what was there before (kept even if the restore fails)."""
    _require_file(services)
    safety = backup_now(services, "before-restore", folder, keep=KEEP + 1)
    services.close()
    services.database.restore_from(Path(backup))
    return safety
