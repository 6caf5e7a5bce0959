"""Starting the window: log file and error hooks, one window per database, a backup at start.

``run_window`` is called by ``app.main`` once a QApplication exists. With
``SESSIONS_DESKTOP_READY_LINE=1`` it prints ``sessions-desktop: ready <path>`` once the window
is shown (and ``sessions-desktop: activated`` when a second launch brings it forward), which is
how the packaging test knows a build really started.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from sessions_desktop.errors import SessionsError
from sessions_desktop.names import APP_ID, APP_NAME
from sessions_desktop.ui.common.icons import app_icon
from sessions_desktop.ui.shell.exception_dialog import ErrorReporter, setup_logging
from sessions_desktop.ui.shell.single_instance import Handover, SingleInstance, bring_forward

log = logging.getLogger("sessions_desktop")
READY_ENV = "SESSIONS_DESKTOP_READY_LINE"


def _say(text: str) -> None:
    if os.environ.get(READY_ENV):
        _print(f"sessions-desktop: {text}")


def _print(text: str, stream=None) -> None:
    """A windowed build (Windows) has no console: sys.stdout is None there."""
    stream = stream or sys.stdout
    if stream is not None:
        print(text, file=stream, flush=True)


def _claim(app: QApplication, path: Path | str) -> tuple[SingleInstance | None, int | None]:
    """Our own listener, or the exit status when another window has this database."""
    if not isinstance(path, Path):
        return None, None
    instance = SingleInstance(path, app)
    outcome = instance.claim()
    if outcome is Handover.HANDED_OVER:
        _print(f"Sessions Desktop already has {path} open; that window was brought forward.")
        log.info("second launch on %s handed over to the running window", path)
        return None, 0
    if outcome is Handover.NOT_ANSWERING:
        log.warning("%s: %s", path, instance.problem)
        _print(instance.problem, sys.stderr)
        QMessageBox.warning(None, APP_NAME, instance.problem)
        return None, 1
    return instance, None


def _shown(path: Path | str) -> str:
    """A URL's password never reaches the log or the terminal (``user:secret@`` -> ``user@``)."""
    return re.sub(r"^(\w+://[^/@:]*):[^/]*@", r"\1@", str(path))


def run_window(app: QApplication, path: Path | str, open_database: Callable) -> int:
    """``open_database(path)`` returns open services (app.py, the composition root)."""
    from sessions_desktop.ui.shell.main_window import MainWindow

    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)
    log_path = setup_logging()
    reporter = ErrorReporter(log_path, app).install()
    log.info("starting on %s (Python %s)", _shown(path), sys.version.split()[0])
    instance, status = _claim(app, path)
    if status is not None:
        return status
    try:
        services = open_database(path)
    except SessionsError as exc:
        log.error("could not open %s: %s", _shown(path), exc)
        QMessageBox.critical(None, APP_NAME, f"The database could not be opened.\n\n{exc}")
        if instance is not None:
            instance.close()
        reporter.uninstall()
        return exc.exit_status
    current = [MainWindow(services)]
    current[0].desktop.log_path = log_path
    current[0].desktop.replaced.append(lambda window: current.__setitem__(0, window))
    if instance is not None:
        instance.activate_requested.connect(lambda: (bring_forward(current[0]),
                                                     _say("activated")))
    current[0].show()
    QTimer.singleShot(0, lambda: _say(f"ready {_shown(path)}"))
    try:
        return app.exec()
    finally:
        current[0].services.close()
        if instance is not None:
            instance.close()
        reporter.uninstall()
        log.info("stopped")
