"""Starting the window: log file and error hooks, one window per database, a backup at start.

``run_window`` is called by ``app.main`` once a QApplication exists. With
``SESSIONS_DESKTOP_READY_LINE=1`` it prints ``sessions-desktop: ready <path>`` once the window
is shown (and ``sessions-desktop: activated`` when a second launch brings it forward), which is
how the packaging test knows a build really started. With ``SESSIONS_DESKTOP_PAINTED_LINE=1``
it prints ``sessions-desktop: painted N`` once the first period's N sessions are painted (the
window benchmark times a start by it).
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from sessions_desktop.errors import SessionsError
from sessions_desktop.names import APP_ID, APP_NAME, APP_ORGANISATION
from sessions_desktop.ui.common import language
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.common.icons import app_icon
from sessions_desktop.ui.shell.exception_dialog import ErrorReporter, setup_logging
from sessions_desktop.ui.shell.single_instance import Handover, SingleInstance, bring_forward

log = logging.getLogger("sessions_desktop")
READY_ENV = "SESSIONS_DESKTOP_READY_LINE"
PAINTED_ENV = "SESSIONS_DESKTOP_PAINTED_LINE"
AFTER_SHOWN_MS = 1500   # the start backup waits this long after the window shows


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


class _FirstPaint(QObject):
    """Says ``painted N`` after the first paint that shows loaded sessions."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, self.loaded = window, False
        window.controller.data_changed.connect(self._loaded)
        for page in (window.views.week.grid_view.viewport(), window.views.month,
                     window.views.agenda.viewport()):
            page.installEventFilter(self)

    def _loaded(self) -> None:
        self.loaded = True

    def eventFilter(self, watched, event) -> bool:
        if self.loaded and event.type() == QEvent.Type.Paint:
            self.loaded = False
            self.window.controller.data_changed.disconnect(self._loaded)
            count = len(self.window.controller.shown())
            QTimer.singleShot(0, lambda: _print(f"sessions-desktop: painted {count}"))
            for page in (self.window.views.week.grid_view.viewport(),
                         self.window.views.month, self.window.views.agenda.viewport()):
                page.removeEventFilter(self)
        return False


def _shown(path: Path | str) -> str:
    """A URL's password never reaches the log or the terminal (``user:secret@`` -> ``user@``)."""
    return re.sub(r"^(\w+://[^/@:]*):[^/]*@", r"\1@", str(path))


def run_window(app: QApplication, path: Path | str, open_database: Callable,
               after_shown: Callable | None = None) -> int:
    """``open_database(path)`` returns open services (app.py, the composition root);
    ``after_shown(services)`` starts work that must not delay the window (the backup at
    start) ``AFTER_SHOWN_MS`` after it shows, and returns its thread, which is waited for
    before the database closes."""
    from sessions_desktop.ui.shell.main_window import MainWindow

    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)
    locale = language.install(language.chosen(QSettings(APP_ORGANISATION, APP_NAME)), app)
    log_path = setup_logging()
    reporter = ErrorReporter(log_path, app).install()
    log.info("starting on %s (Python %s, %s, %s)", _shown(path), sys.version.split()[0],
             locale.name(), ", ".join(language.installed_languages()) or "no catalogue")
    instance, status = _claim(app, path)
    if status is not None:
        return status
    try:
        services = open_database(path)
    except SessionsError as exc:
        log.error("could not open %s: %s", _shown(path), exc)
        QMessageBox.critical(None, APP_NAME,
            translate("Startup", "The database could not be opened.\n\n{exc}").format(exc=exc))
        if instance is not None:
            instance.close()
        reporter.uninstall()
        return exc.exit_status
    current = [MainWindow(services, features_later=True)]

    def built(window) -> None:
        """The whole window exists: the log's place, a new calendar's window, 'ready'."""
        window.desktop.log_path = log_path
        window.desktop.replaced.append(lambda new: current.__setitem__(0, new))
        _say(f"ready {_shown(path)}")

    current[0].when_built(built)
    if instance is not None:
        instance.activate_requested.connect(lambda: (bring_forward(current[0]),
                                                     _say("activated")))
    if os.environ.get(PAINTED_ENV):
        _FirstPaint(current[0])
    current[0].show()
    background: list = []
    if after_shown is not None:   # once the first week is on screen, not beside its reading
        QTimer.singleShot(AFTER_SHOWN_MS, lambda: background.append(after_shown(services)))
    try:
        return app.exec()
    finally:
        for thread in background:
            thread.join()
        current[0].services.close()
        if instance is not None:
            instance.close()
        reporter.uninstall()
        log.info("stopped")
