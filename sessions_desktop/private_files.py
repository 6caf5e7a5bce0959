"""Private by default: the app's folders are 0700 and its files 0600, whatever the umask.

Shared by storage (the database), services (backups, exports) and the window (its log), like
``errors``: the window may not import storage.

The database holds clients' names, e-mail addresses and phone numbers; so do its -wal and
-shm files, its backups, exports with personal information and (in error details) the log.
With the usual umask (022) they would be readable by every local user. Files are created
with their final mode (``os.open(..., 0o600)``, then ``fchmod`` against the umask), so there is
no moment when they are readable by others; SQLite gives -wal and -shm the database file's
mode. An existing file or app folder with wider permissions is tightened, with a note in the
log. A folder the user chose for something else (the parent of ``--db``) is never changed.
On Windows the user's profile folders are private already; these calls change nothing there.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path
from typing import IO, Any

FOLDER_MODE = 0o700
FILE_MODE = 0o600
POSIX = os.name == "posix"
log = logging.getLogger("sessions_desktop")


def _wider(mode: int, wanted: int) -> bool:
    return bool(stat.S_IMODE(mode) & ~wanted)


def tighten(path: Path, wanted: int) -> bool:
    """chmod ``path`` to ``wanted`` when it is ours and more open; True when changed."""
    if not POSIX:
        return False
    try:
        info = path.stat()
        if info.st_uid != os.getuid() or not _wider(info.st_mode, wanted):
            return False
        os.chmod(path, wanted)
    except OSError as exc:   # read-only file system, or not ours after all: say so, go on
        log.warning("could not make %s private: %s", path, exc.strerror or exc)
        return False
    log.info("made %s private (was %s, now %s)", path, oct(stat.S_IMODE(info.st_mode)),
             oct(wanted))
    return True


def private_folder(path: Path, *, tighten_existing: bool = False) -> Path:
    """Create ``path`` and any missing parents as 0700 folders; an existing one is tightened
    only when ``tighten_existing`` (the app's own data, backup and log folders)."""
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=FOLDER_MODE)
            if POSIX:
                os.chmod(folder, FOLDER_MODE)   # mkdir's mode is cut by the umask
    if tighten_existing and not missing:
        tighten(path, FOLDER_MODE)
    return path


def private_file(path: Path) -> bool:
    """Make sure ``path`` exists as a 0600 file (created empty if missing, tightened if more
    open); True when it was created."""
    path = Path(path)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        tighten(path, FILE_MODE)
        return False
    try:
        if POSIX:
            os.fchmod(descriptor, FILE_MODE)
    finally:
        os.close(descriptor)
    return True


def tighten_database_files(database: Path) -> None:
    """The database and its -wal, -shm and -journal files, 0600 if they exist."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = Path(f"{database}{suffix}")
        if candidate.exists():
            tighten(candidate, FILE_MODE)


def open_private(path: Path, mode: str = "wb", encoding: str | None = None) -> IO[Any]:
    """Open a new or existing file for writing, created 0600 (logs, exports)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    descriptor = os.open(path, flags, FILE_MODE)
    if POSIX:
        os.fchmod(descriptor, FILE_MODE)
    return os.fdopen(descriptor, mode, encoding=encoding if "b" not in mode else None)


def write_file(path: Path, data: bytes, *, private: bool) -> None:
    """Write ``data`` to a ``.part`` file beside ``path`` and rename it into place, so there is
    never a half-written file under the real name, and no ``.part`` left when writing fails
    (a full disk). ``private``: the file is 0600 (personal information); otherwise it keeps
    the mode an existing file had, or is 0644 (readable, as a feed a phone subscribes to)."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        if private:
            handle = open_private(partial)
        else:
            mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
            handle = os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode),
                               "wb")
            if POSIX:
                os.fchmod(handle.fileno(), mode)
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
