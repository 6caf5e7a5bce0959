"""Reminder planning with a fake clock: when an alarm is due, once, snoozed, after a restart,
never for a session that already started; reading a bounded window through the query API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sessions_desktop.domain.enums import SessionStatus, SessionType
from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.reminder_text import (
    minutes_label,
    notification_body,
    reminders_summary,
    split_minutes,
)
from sessions_desktop.presentation.reminders import (
    Alarm,
    ReminderLedger,
    ReminderPlanner,
    alarms_of,
    far_read_needed,
    read_window,
    snooze_choices,
)
from sessions_desktop.services import open_services

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def session(start: datetime, reminders=(15,), **extra) -> Session:
    return Session(id=extra.pop("id", "s1"), schedule_id="yoga", start=start,
                   end=start + timedelta(hours=1), time_zone="UTC", title="Yoga",
                   reminders=tuple(reminders), **extra)


def planner_for(*sessions: Session, ledger: ReminderLedger | None = None) -> ReminderPlanner:
    planner = ReminderPlanner(ledger)
    planner.plan([a for s in sessions for a in alarms_of(s)], T0 + timedelta(days=1))
    return planner


def test_an_alarm_is_due_from_its_moment_until_the_start_and_only_once():
    planner = planner_for(session(T0 + timedelta(minutes=30)))
    assert planner.due(T0) == []
    assert planner.next_wake(T0) == T0 + timedelta(seconds=60)     # the timer's longest sleep
    at = T0 + timedelta(minutes=15)
    assert planner.next_wake(T0 + timedelta(minutes=14, seconds=30)) == at
    due = planner.due(at)
    assert [(a.session_id, a.minutes) for a in due] == [("s1", 15)]
    planner.mark_shown(due[0])
    assert planner.due(at + timedelta(minutes=1)) == []


def test_a_session_that_already_started_gives_no_reminder():
    planner = planner_for(session(T0 - timedelta(minutes=5)))
    assert planner.due(T0) == []
    late = planner_for(session(T0 + timedelta(minutes=10)))      # app started late: still shown
    assert len(late.due(T0)) == 1
    assert late.due(T0 + timedelta(minutes=10)) == []            # ... but not once it started


def test_a_reminder_at_the_start_is_due_during_its_first_minute():
    planner = planner_for(session(T0, reminders=(0,)))
    assert len(planner.due(T0 + timedelta(seconds=30))) == 1
    assert planner.due(T0 + timedelta(seconds=61)) == []


def test_snooze_fires_again_later_and_not_past_the_start():
    planner = planner_for(session(T0 + timedelta(minutes=30)))
    now = T0 + timedelta(minutes=15)
    alarm = planner.due(now)[0]
    assert snooze_choices(alarm, now) == [5, 10]                 # 15 would end at the start
    assert planner.snooze(alarm, 10, now)
    assert planner.due(now + timedelta(minutes=9)) == []
    assert planner.next_wake(now + timedelta(minutes=9, seconds=30)) == now + timedelta(minutes=10)
    assert planner.due(now + timedelta(minutes=10)) == [alarm]
    assert not planner.snooze(alarm, 15, now)                    # would ring after the start


def test_the_ledger_survives_a_restart_and_forgets_old_sessions():
    first = planner_for(session(T0 + timedelta(minutes=30)))
    now = T0 + timedelta(minutes=15)
    first.mark_shown(first.due(now)[0])
    saved = first.ledger.to_data()
    again = planner_for(session(T0 + timedelta(minutes=30)),
                        ledger=ReminderLedger.from_data(saved))
    assert again.due(now + timedelta(minutes=1)) == []
    assert not again.ledger.prune(now)
    assert again.ledger.prune(T0 + timedelta(days=2)) and again.ledger.shown == {}
    assert ReminderLedger.from_data({"shown": {"x": "junk"}, "snoozed": 4}).shown == {}


def test_a_moved_session_or_a_changed_reminder_rings_again():
    planner = planner_for(session(T0 + timedelta(minutes=30)))
    now = T0 + timedelta(minutes=15)
    planner.mark_shown(planner.due(now)[0])
    planner.plan(alarms_of(session(T0 + timedelta(minutes=40))), T0 + timedelta(days=1))
    assert len(planner.due(now + timedelta(minutes=10))) == 1


def test_cancelled_sessions_and_working_hours_have_no_alarms():
    assert alarms_of(session(T0, status=SessionStatus.CANCELLED)) == []
    assert alarms_of(session(T0, type=SessionType.WORKING_HOURS)) == []
    assert [a.minutes for a in alarms_of(session(T0, reminders=(15, 1440)))] == [15, 1440]


def test_far_alarms_are_kept_between_long_looks():
    planner = ReminderPlanner()
    far = alarms_of(session(T0 + timedelta(days=3), reminders=(3 * 24 * 60,), id="far"))
    near_end = T0 + timedelta(hours=25)
    planner.plan([], near_end, far=far)
    planner.plan([], near_end)                                   # a near read keeps them
    assert [a.session_id for a in planner.due(T0)] == ["far"]


def test_read_window_reads_only_its_window_through_the_query_api(tmp_path):
    services = open_services(tmp_path / "r.sqlite3", now=lambda: T0)
    try:
        yoga = services.schedules.create_schedule(
            {"name": "Yoga", "kind": "GROUP", "defaults": {"reminders": [15]}})
        calls = []

        def query(*args, **kwargs):
            calls.append((args, kwargs))
            return services.queries.query_sessions(*args, **kwargs)
        for hours in (1, 2, 30):
            services.sessions.create_session({"schedule_id": yoga.id, "title": f"In {hours} h",
                                              "start": T0 + timedelta(hours=hours),
                                              "end": T0 + timedelta(hours=hours, minutes=50)})
        read = read_window(query, T0, T0 + timedelta(hours=25), page=1)
        assert [a.title for a in read.alarms] == ["In 1 h", "In 2 h"]
        assert [s.title for s in read.first] == ["In 1 h", "In 2 h"]
        assert len(calls) == 2 and calls[0][0] == (T0, T0 + timedelta(hours=25))
        assert calls[1][1].keys() == {"cursor"}
    finally:
        services.close()


def test_words():
    assert [minutes_label(m) for m in (0, 1, 15, 60, 90, 120, 1440, 10080)] == [
        "At the start", "1 minute before", "15 minutes before", "1 hour before",
        "90 minutes before", "2 hours before", "1 day before", "1 week before"]
    assert split_minutes(2880) == (2, 1440)
    assert reminders_summary((15, 1440)) == "15 minutes before, 1 day before"
    alarm = Alarm("s", "Yoga", T0 + timedelta(minutes=15), T0 + timedelta(hours=1), 15)
    assert notification_body(alarm, T0 + timedelta(seconds=1), "10:15", "Wed 25 Nov") == \
        "Starts at 10:15, in 15 minutes."
    assert notification_body(alarm, T0 + timedelta(minutes=14, seconds=30), "10:15", "") == \
        "Starts at 10:15, in 1 minute."
    assert notification_body(alarm, T0 + timedelta(minutes=15), "10:15", "") == \
        "Starts now, at 10:15."
    assert notification_body(alarm, T0 - timedelta(hours=3), "10:15", "") == \
        "Starts at 10:15, in 3 hours."


def test_the_weeks_ahead_are_read_only_when_a_reminder_longer_than_a_day_can_be_there():
    """A reminder of a day or less falls due after its session comes within the next 25
    hours; only a longer one needs the four weeks read. A schedule's default says so at
    once; otherwise the database is asked for any session's own reminders."""
    from sessions_desktop.domain.enums import OwnerKind, ScheduleKind
    from sessions_desktop.domain.model import Schedule, ScheduleDefaults

    def schedule(*minutes: int) -> Schedule:
        return Schedule("s", "S", OwnerKind.SERVICE, ScheduleKind.GROUP, "Europe/Berlin",
                        defaults=ScheduleDefaults(reminders=minutes))

    asked: list[int] = []

    def own(answer: bool):
        return lambda: asked.append(1) or answer

    assert far_read_needed([schedule(15), schedule(1440)], own(False)) is False
    assert asked == [1]
    assert far_read_needed([schedule(15), schedule(1440)], own(True)) is True
    asked.clear()
    assert far_read_needed([schedule(), schedule(1441)], own(False)) is True
    assert asked == [], "a long default decides without the database"
