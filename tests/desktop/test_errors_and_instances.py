"""Errors reach a log file and a dialog; a second launch on the same database hands over."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QtMsgType
from PySide6.QtGui import QGuiApplication

from sessions_desktop.ui.shell.exception_dialog import ErrorReporter, ExceptionDialog, setup_logging
from sessions_desktop.ui.shell.single_instance import server_name

ROOT = Path(__file__).resolve().parents[2]


def test_unexpected_exception_is_logged_and_shown(qtbot, tmp_path):
    log_path = setup_logging(tmp_path / "logs")
    reporter = ErrorReporter(log_path)
    shown = []
    reporter.show = lambda summary, details: shown.append((summary, details)) or False
    reporter.install()
    try:
        try:
            raise RuntimeError("the printer caught fire")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        reporter.qt_message(QtMsgType.QtCriticalMsg, None, "a Qt complaint")
    finally:
        reporter.uninstall()
    assert shown and shown[0][0] == "RuntimeError: the printer caught fire"
    assert "Traceback" in shown[0][1] and "Sessions Desktop" in shown[0][1]
    text = log_path.read_text(encoding="utf-8")
    assert "the printer caught fire" in text and "Qt: a Qt complaint" in text


def test_exception_dialog_details_can_be_copied(qtbot, tmp_path):
    dialog = ExceptionDialog("ValueError: x", "Traceback ...\nValueError: x", tmp_path / "a.log")
    qtbot.addWidget(dialog)
    dialog.copy.click()
    assert QGuiApplication.clipboard().text() == "Traceback ...\nValueError: x"


def test_server_name_is_per_database(tmp_path):
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert server_name(a) == server_name(tmp_path / "." / "a.sqlite3")
    assert server_name(a) != server_name(b)


def _launch(db: Path, tmp_path: Path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SESSIONS_DESKTOP_READY_LINE": "1",
           "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    code = "import sys; from sessions_desktop.app import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.Popen([sys.executable, "-c", code, "--db", str(db)], env=env,
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_second_launch_on_the_same_database_brings_the_first_forward(tmp_path):
    db = tmp_path / "studio.sqlite3"
    first = _launch(db, tmp_path)
    try:
        assert first.stdout.readline().strip() == f"sessions-desktop: ready {db}"
        second = _launch(db, tmp_path)
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "already has" in out and "brought forward" in out
        assert first.stdout.readline().strip() == "sessions-desktop: activated"
        other = _launch(tmp_path / "other.sqlite3", tmp_path)   # another file: its own window
        try:
            assert other.stdout.readline().startswith("sessions-desktop: ready")
        finally:
            other.terminate()
            other.communicate(timeout=60)
    finally:
        first.terminate()
        first.communicate(timeout=60)
