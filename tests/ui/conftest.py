"""Window tests: a temporary database with a realistic business, a fixed "now", QSettings in a
temporary folder, and dialogs answered by replaceable callables instead of by a person."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QSettings

from sessions_desktop.services import open_services
from tests.ui.business import build_business
from tests.ui.helpers import answer_together

MONDAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)   # Wednesday 12:00 in Berlin


@pytest.fixture
def settings(tmp_path):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("first_day_of_week", 0)
    return store


@pytest.fixture
def services(tmp_path):
    svc = open_services(tmp_path / "studio.sqlite3", now=lambda: NOW)
    yield svc
    svc.close()


@pytest.fixture
def business(services):
    return build_business(services, MONDAY)


class Answers:
    """What the dialogs will answer next; every question asked is recorded."""

    def __init__(self) -> None:
        self.scope = None
        self.confirm = True
        self.draft: dict | None = None
        self.patch: dict | None = None
        self.asked: list[str] = []
        self.tell = False          # "write to the participants?"
        self.urls: list[str] = []  # mailto: links the window opened
        self.preview = True        # "save this series change?"
        self.together: list = []   # every one-dialog question asked (GestureQuestions)


@pytest.fixture
def window(qtbot, services, business, settings):
    from sessions_desktop.ui.shell.main_window import MainWindow

    settings.setValue("view/date", MONDAY.isoformat())
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    answers = Answers()
    acts = win.actions_
    acts.ask_scope = lambda verb: answers.asked.append(f"scope:{verb}") or answers.scope
    acts.confirm = lambda title, text: answers.asked.append(f"confirm:{text}") or answers.confirm
    acts.quick_create = lambda start, end, schedules, last: (
        answers.asked.append("create") or answers.draft)
    acts.edit = lambda session: answers.asked.append("edit") or answers.patch
    acts.compose = acts.quick_create
    acts.notifier.ask = lambda text: answers.tell
    acts.ask_together = answer_together(answers, record_tell=False)
    acts.notifier.open_url = answers.urls.append
    acts.flow.preview = lambda preview: answers.asked.append("preview") or answers.preview
    win.ops.show_error = lambda label, exc: answers.asked.append(f"error:{exc}")
    win.answers = answers
    wait_loaded(qtbot, win)
    return win


def wait_loaded(qtbot, win) -> None:
    """Wait for the worker to deliver the window's current generation."""
    qtbot.waitUntil(lambda: not win.controller.loading, timeout=5000)
