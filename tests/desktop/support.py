"""Helpers for the desktop tests."""

from __future__ import annotations

from datetime import UTC, datetime

NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)   # a Wednesday


def open_window(qtbot, services, settings):
    from sessions_desktop.ui.shell.main_window import MainWindow

    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    win.desktop.inform = lambda title, text: win.informed.append((title, text))
    win.informed = []
    wait_loaded(qtbot, win)
    return win


def wait_loaded(qtbot, win) -> None:
    qtbot.waitUntil(lambda: not win.controller.loading, timeout=5000)
