"""Where the database file stands: made private before SQLite creates anything, writable or
not (a file that cannot be written is opened read-only), and still at its path before a write.

SQLite in WAL mode goes on writing into a file that was deleted, moved or whose drive was
unmounted (a USB stick pulled): the write "succeeds" and is lost when the app closes. So every
write transaction first compares the path's device and inode with those of the file opened.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from sessions_desktop import private_files
from sessions_desktop.errors import StorageError
from sessions_desktop.names import APP_ID


def prepare(path: Path) -> bool:
    """Private folder and file before SQLite creates anything; False when the file exists
    but cannot be written (it is then opened read-only)."""
    is_default = path.parent == user_data_path(APP_ID, appauthor=False)
    try:
        private_files.private_folder(path.parent, tighten_existing=is_default)
        if not path.exists():
            private_files.private_file(path)
            return True
    except OSError as exc:
        if path.exists():
            return False
        raise StorageError(f"{path} cannot be created: {exc.strerror or exc}") from None
    private_files.tighten_database_files(path)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def identity(path: str | Path) -> tuple[int, int] | None:
    """Device and inode of the file at ``path`` (None: in memory, or no file)."""
    if not isinstance(path, Path):
        return None
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return info.st_dev, info.st_ino


def readable(path: str | Path) -> bool:
    return isinstance(path, Path) and path.exists() and os.access(path, os.R_OK)


def check_still_there(path: str | Path, opened: tuple[int, int] | None) -> None:
    """Refuse a write when the file opened is no longer at ``path``."""
    if opened is None:
        return
    try:
        now = identity(path)
        why = "it is not there any more"
    except OSError as exc:
        now, why = None, exc.strerror or str(exc)
    if now != opened:
        raise StorageError(f"the database file {path} was moved, deleted or its drive was "
                           f"removed while it was open ({why}); nothing was changed. Put it "
                           "back, or open it from where it is now")
