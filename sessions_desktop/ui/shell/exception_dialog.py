"""Nothing unexpected passes silently: a log file, and a dialog whose details can be copied.

``setup_logging`` writes to ``sessions-desktop.log`` in the user's log folder (platformdirs).
``ErrorReporter.install`` routes ``sys.excepthook``, ``threading.excepthook`` and Qt's own
messages there; an unexpected exception also shows ``ExceptionDialog`` (on the UI thread, one
at a time) offering to continue or to quit cleanly. Every write is already committed with
``synchronous=FULL`` when its call returns, so quitting here loses nothing that was saved.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_path
from PySide6.QtCore import QObject, Qt, QtMsgType, QUrl, Signal, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sessions_desktop.names import APP_ID
from sessions_desktop.private_files import FILE_MODE, open_private, private_folder, tighten
from sessions_desktop.ui.common.i18n import translate

log = logging.getLogger("sessions_desktop")
LOG_NAME = "sessions-desktop.log"
QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
             QtMsgType.QtFatalMsg: logging.CRITICAL}


def log_folder() -> Path:
    override = os.environ.get("SESSIONS_DESKTOP_LOG_DIR")
    return Path(override) if override else user_log_path(APP_ID, appauthor=False)


class PrivateRotatingFileHandler(RotatingFileHandler):
    """The log can carry clients' details (in error texts): its files are 0600."""

    def _open(self):
        return open_private(Path(self.baseFilename), "a", encoding=self.encoding)


def setup_logging(folder: Path | None = None) -> Path:
    """Log to a rotating file (1 MB, three old files kept) in a private folder; returns the
    file's path."""
    folder = folder or log_folder()
    private_folder(folder, tighten_existing=True)
    path = folder / LOG_NAME
    for old in (path, *(path.with_name(f"{LOG_NAME}.{n}") for n in range(1, 4))):
        if old.exists():
            tighten(old, FILE_MODE)
    for handler in list(log.handlers):
        if isinstance(handler, RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                         encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def environment_text() -> str:
    from PySide6 import __version__ as qt_version

    from sessions_desktop import __version__

    return translate(
        "ExceptionDialog",
        "Sessions Desktop {version__}, Python {python_version}, PySide6 {qt_version}, {platform}",
    ).format(
        version__=__version__,
        python_version=platform.python_version(),
        qt_version=qt_version,
        platform=platform.platform(),
    )


class ExceptionDialog(QDialog):
    """What went wrong, in words and in copyable detail; Continue or Quit."""

    def __init__(self, summary: str, details: str, log_path: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExceptionDialog", "Something went wrong"))
        self.setObjectName("exceptionDialog")
        self.resize(640, 420)
        self.quit_requested = False
        layout = QVBoxLayout(self)
        head = QLabel(
            translate(
                "ExceptionDialog",
                "<b>Sessions Desktop hit an unexpected "
                "problem.</b><br>{summary}<br><br>Your saved changes are safe. You can continue, "
                "or quit and start again. If it happens again, please send the details below.",
            ).format(summary=summary),
            wordWrap=True,
        )
        head.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(head)
        self.details = QPlainTextEdit(details, readOnly=True)
        self.details.setObjectName("details")
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.details, 1)
        if log_path is not None:
            layout.addWidget(
                QLabel(
                    translate("ExceptionDialog", "Log file: {log_path}").format(log_path=log_path),
                    wordWrap=True,
                    textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse,
                )
            )
        buttons = QDialogButtonBox()
        self.copy = QPushButton(translate("ExceptionDialog", "Copy details"))
        self.copy.clicked.connect(self.copy_details)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        if log_path is not None:
            folder = buttons.addButton(
                translate("ExceptionDialog", "Open log folder"),
                QDialogButtonBox.ButtonRole.ActionRole,
            )
            folder.clicked.connect(lambda: QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(log_path.parent))))
        quit_button = buttons.addButton(
            translate("ExceptionDialog", "Quit"), QDialogButtonBox.ButtonRole.DestructiveRole)
        quit_button.clicked.connect(self._quit)
        go_on = buttons.addButton(
            translate("ExceptionDialog", "Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        go_on.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy.setText(translate("ExceptionDialog", "Copied"))

    def _quit(self) -> None:
        self.quit_requested = True
        self.accept()


class ErrorReporter(QObject):
    """Installs the hooks; ``show`` (replaceable in tests) presents one report."""

    reported = Signal(str, str)   # summary, details: crosses from any thread to the UI thread

    def __init__(self, log_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.showing = False
        self.pending = 0
        self.quit = lambda: QGuiApplication.instance() and QGuiApplication.instance().quit()
        self.show = self._show_dialog
        self.reported.connect(self._present)
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> ErrorReporter:
        sys.excepthook = self.excepthook
        threading.excepthook = lambda args: self.excepthook(
            args.exc_type, args.exc_value, args.exc_traceback)
        qInstallMessageHandler(self.qt_message)
        return self

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous
        qInstallMessageHandler(None)

    def excepthook(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.quit()
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", details)
        summary = translate("ErrorReporter", "{name__}: {value}").format(
            name__=kind.__name__, value=value
        )
        self.reported.emit(summary, f"{environment_text()}\n\n{details}")

    def qt_message(self, kind: QtMsgType, context, message: str) -> None:
        level = QT_LEVELS.get(kind, logging.WARNING)
        where = (
            translate("ErrorReporter", " ({file}:{line})").format(
                file=context.file, line=context.line
            )
            if context and context.file
            else ""
        )
        log.log(level, "Qt: %s%s", message, where)
        if kind == QtMsgType.QtFatalMsg:
            for handler in log.handlers:
                handler.flush()
            print(f"Qt fatal error: {message}", file=sys.stderr)

    def _present(self, summary: str, details: str) -> None:
        if self.showing:  # one dialog at a time; later errors are in the log
            self.pending += 1
            return
        self.showing = True
        try:
            if self.show(summary, details):
                self.quit()
        finally:
            self.showing = False

    def _show_dialog(self, summary: str, details: str) -> bool:
        """Returns True when the person chose Quit."""
        parent = QGuiApplication.instance() and _active_window()
        dialog = ExceptionDialog(summary, details, self.log_path, parent)
        dialog.exec()
        return dialog.quit_requested


def _active_window() -> QWidget | None:
    from PySide6.QtWidgets import QApplication

    return QApplication.activeWindow()
