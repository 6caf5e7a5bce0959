"""The composition root of the desktop app: paths, database, services, the main window."""

from __future__ import annotations

import argparse
import os
import sys
import threading
from pathlib import Path

from sessions_desktop.names import APP_ID, APP_NAME, APP_ORGANISATION


def database_path(argv: list[str]) -> tuple[Path | str, list[str]]:
    """``--db PATH`` wins, then ``SESSIONS_DESKTOP_DB``, then the user's data folder."""
    parser = argparse.ArgumentParser(prog=APP_ID, add_help=False)
    parser.add_argument("--db")
    known, rest = parser.parse_known_args(argv)
    if known.db:
        return _file_or_url(known.db), rest
    if os.environ.get("SESSIONS_DESKTOP_DB"):
        return _file_or_url(os.environ["SESSIONS_DESKTOP_DB"]), rest
    remembered = _remembered_location()
    if remembered:
        return _file_or_url(remembered), rest
    from sessions_desktop.storage.database import default_database_path

    return default_database_path(), rest


def _remembered_location() -> str | None:
    """The calendar chosen in Settings › Database (kept without a password)."""
    from PySide6.QtCore import QSettings

    value = QSettings(APP_ORGANISATION, APP_NAME).value("database/location")
    return str(value) if value else None


def _file_or_url(text: str) -> Path | str:
    """A file as a Path; a URL (``postgresql://...``, or an unknown scheme that opening will
    refuse with one message) and ``:memory:`` stay text, never a folder tree."""
    if text == ":memory:" or "://" in text:
        return text
    return Path(text).expanduser()


def main(argv: list[str] | None = None) -> int:
    """Open the window on the database and run until it closes; returns the exit status."""
    from PySide6.QtWidgets import QApplication

    from sessions_desktop.ui.shell.startup import run_window

    argv = list(sys.argv[1:] if argv is None else argv)
    path, rest = database_path(argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *rest])
    app.setOrganizationName(APP_ORGANISATION)
    app.setApplicationName(APP_NAME)
    # Log file, error dialog, one window per database, backup at start: ui/startup.py
    return run_window(app, path, open_database, backup_beside_the_window)


def open_database(path: Path | str):
    from sessions_desktop.services import open_services

    return open_services(path)


def backup_beside_the_window(services) -> threading.Thread:
    """Copy the database into the backups folder (the last ten are kept) on a thread of its
    own, started once the window shows: a copy of a large business takes seconds, and the
    window must not wait for it. SQLite's backup API reads a consistent snapshot through the
    thread's own connection while the window reads and writes through its own."""
    thread = threading.Thread(target=_backup_at_start, args=(services,),
                              name="backup at start", daemon=True)
    thread.start()
    return thread


def _backup_at_start(services) -> None:
    import logging

    from sessions_desktop.errors import SessionsError
    from sessions_desktop.services.backups import backup_at_start

    log = logging.getLogger("sessions_desktop")
    try:
        made = backup_at_start(services)
        if made is not None:
            log.info("backup at start: %s", made.path)
    except (SessionsError, OSError) as exc:   # a failed backup must not stop the app
        log.warning("no backup at start: %s", exc)
    finally:
        services.database.close()   # this thread's connection only
