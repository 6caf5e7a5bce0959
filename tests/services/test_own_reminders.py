"""``own_reminders_between``: may a session of a window keep reminders of its own? It may say
yes where there are none, never no where there are some (both backends)."""

from __future__ import annotations

from datetime import timedelta

from tests.services.conftest import NOW

WEEKS = (NOW + timedelta(days=1), NOW + timedelta(days=29))


def test_no_own_reminders_in_the_window_says_no(svc, yoga):
    svc.sessions.create_session({"schedule_id": yoga.id, "start": NOW + timedelta(days=3),
                                 "end": NOW + timedelta(days=3, hours=1),
                                 "title": 'A "reminders" talk', "tags": ["remind me"]})
    svc.sessions.create_session({"schedule_id": yoga.id, "start": NOW + timedelta(days=40),
                                 "end": NOW + timedelta(days=40, hours=1),
                                 "reminders": [60]})          # after the window
    assert svc.queries.own_reminders_between(*WEEKS) is False


def test_a_single_with_its_own_reminders_in_the_window_says_yes(svc, yoga):
    svc.sessions.create_session({"schedule_id": yoga.id, "start": NOW + timedelta(days=3),
                                 "end": NOW + timedelta(days=3, hours=1),
                                 "reminders": [2 * 1440]})
    assert svc.queries.own_reminders_between(*WEEKS) is True
    assert svc.queries.own_reminders_between(NOW + timedelta(days=4),
                                             NOW + timedelta(days=9)) is False


def test_a_series_with_its_own_reminders_says_yes_while_it_runs(svc, yoga):
    svc.sessions.create_session({"schedule_id": yoga.id, "start": NOW - timedelta(days=30),
                                 "end": NOW - timedelta(days=30) + timedelta(hours=1),
                                 "recurrence": "FREQ=WEEKLY;COUNT=10", "reminders": [60]})
    assert svc.queries.own_reminders_between(*WEEKS) is True
    later = (NOW + timedelta(days=60), NOW + timedelta(days=88))   # the tenth is long past
    assert svc.queries.own_reminders_between(*later) is False


def test_a_schedules_default_is_not_a_sessions_own(svc):
    reminded = svc.schedules.create_schedule({"name": "Reminded", "kind": "GROUP",
                                              "defaults": {"reminders": [15]}})
    svc.sessions.create_session({"schedule_id": reminded.id, "start": NOW + timedelta(days=3),
                                 "end": NOW + timedelta(days=3, hours=1)})
    assert svc.queries.own_reminders_between(*WEEKS) is False
