"""The window on the sample business (File > Load a sample business), with its questions
answered by ``Answers`` as in ``conftest``: what a new user sees first."""

from __future__ import annotations

from datetime import timedelta

import pytest

from sessions_desktop.services.sample_business import load_sample_business, sample_monday
from tests.ui.conftest import NOW, Answers, wait_loaded
from tests.ui.helpers import answer_together

MONDAY = NOW.date() - timedelta(days=NOW.date().weekday())     # 23 November 2026
TUESDAY, THURSDAY = MONDAY + timedelta(days=1), MONDAY + timedelta(days=3)


def answer(win) -> Answers:
    answers = Answers()
    acts = win.actions_
    acts.ask_scope = lambda verb: answers.asked.append(f"scope:{verb}") or answers.scope
    acts.confirm = lambda title, text: answers.asked.append(f"confirm:{text}") or answers.confirm
    acts.notifier.ask = lambda text: answers.asked.append(f"tell:{text}") or answers.tell
    acts.ask_together = answer_together(answers, record_tell=True)
    acts.notifier.open_url = answers.urls.append
    acts.flow.preview = lambda preview: answers.asked.append("preview") or answers.preview
    win.ops.show_error = lambda label, exc: answers.asked.append(f"error:{exc}")
    win.dialogs.run = lambda dialog: 0
    win.answers = answers
    return answers


def open_studio(qtbot, services, settings):
    from sessions_desktop.ui.shell.main_window import MainWindow

    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    answer(win)
    wait_loaded(qtbot, win)
    return win


@pytest.fixture
def sample(services):
    services.ctx.set_business_zone("Europe/Berlin")
    made = load_sample_business(services)
    assert sample_monday(services) == MONDAY
    return made


@pytest.fixture
def studio(qtbot, services, sample, settings):
    settings.setValue("view/date", MONDAY.isoformat())
    win = open_studio(qtbot, services, settings)
    yield win
    win.close()


def staff(sample, name: str) -> str:
    """The id of a staff member or room by the first word of its name ("Lena")."""
    return next(i for n, i in sample.schedules.items() if n.split(" (")[0] == name)


def pilates(services, day):
    items = services.queries.query_sessions(
        day, day + timedelta(days=1), type="EVENT", filter={"title": "Pilates Mat"},
        include_cancelled=True).items
    assert len(items) == 1
    return items[0]


def taken(session) -> list[str]:
    return [link.schedule_id for link in session.affected_schedules]
