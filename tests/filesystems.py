"""Real small file systems for storage-trouble tests: a full disk, a read-only disk.

A tmpfs of a few hundred kilobytes is a real disk that fills up (SQLite sees SQLITE_FULL, a
write sees ENOSPC) and can be remounted read-only (EROFS, even for root). Mounting needs root
(or CAP_SYS_ADMIN); where it is not allowed the test skips and says why. A read-only folder
for a normal user is a chmod; root ignores permissions, so there the test uses the mount.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=30)


@contextlib.contextmanager
def small_disk(where: Path, kilobytes: int) -> Iterator[Path]:
    """A tmpfs of ``kilobytes`` mounted at ``where`` (skips when mounting is not allowed)."""
    where.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; run the suite as root (CI does) to "
                    "test a really full disk")
    done = _run("mount", "-t", "tmpfs", "-o", f"size={kilobytes}k,mode=0755", "tmpfs",
                str(where))
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()})")
    try:
        yield where
    finally:
        _run("umount", "-l", str(where))


def remount(where: Path, mode: str) -> None:
    done = _run("mount", "-o", f"remount,{mode}", str(where))
    assert done.returncode == 0, done.stderr


def fill(disk: Path) -> Path:
    """Fill ``disk`` to the last byte with one file; delete it to free the space."""
    filler = disk / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(descriptor, b"\0" * size)
    finally:
        os.close(descriptor)
    return filler


@contextlib.contextmanager
def read_only_place(tmp_path: Path) -> Iterator[tuple[Path, Callable[[], None]]]:
    """A folder to make a database in, and a function that then makes it read-only for this
    process: a read-only remount of a tmpfs for root (who ignores permissions), a chmod of
    the folder and its files for anyone else."""
    if os.name == "posix" and os.geteuid() == 0:
        with small_disk(tmp_path / "ro", 8192) as disk:
            try:
                yield disk, lambda: remount(disk, "ro")
            finally:
                remount(disk, "rw")
        return
    folder = tmp_path / "ro"
    folder.mkdir()

    def lock() -> None:
        for path in folder.iterdir():
            path.chmod(0o444)
        folder.chmod(0o555)

    try:
        yield folder, lock
    finally:
        folder.chmod(0o755)
        for path in folder.iterdir():
            path.chmod(0o644)
