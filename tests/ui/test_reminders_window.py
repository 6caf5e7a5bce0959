"""Reminders in the running window with a fake clock (no sleeping): a class in 15 minutes
rings at the right time with Open, Open brings the session up, Snooze rings again later, a
restart does not ring again, a session that already started gives none; the tray's bubble
and menu where there is no notification service; quit to the tray."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from sessions_desktop.services import open_services
from sessions_desktop.ui.reminders.popup import ReminderPopup
from tests.ui.conftest import wait_loaded

T0 = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)          # Wednesday 12:00 in Berlin


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock():
    return Clock(T0)


@pytest.fixture
def studio(tmp_path, clock):
    services = build_studio(tmp_path, clock)
    yield services
    services.close()


def build_studio(tmp_path, clock):
    """A class at 12:30 Berlin with the schedule's default of 15 minutes; a massage that
    started at 11:55 with its own reminder."""
    services = open_services(tmp_path / "reminders.sqlite3", now=clock)
    services.ctx.set_business_zone("Europe/Berlin")
    yoga = services.schedules.create_schedule(
        {"name": "Yoga", "kind": "GROUP", "time_zone": "Europe/Berlin",
         "defaults": {"reminders": [15]}})
    massage = services.schedules.create_schedule(
        {"name": "Massage", "kind": "INDIVIDUAL", "time_zone": "Europe/Berlin"})
    services.sessions.create_session({"schedule_id": yoga.id, "title": "Vinyasa flow",
                                      "start": T0 + timedelta(minutes=30),
                                      "end": T0 + timedelta(minutes=90)})
    services.sessions.create_session({"schedule_id": massage.id, "title": "Hot stones",
                                      "start": T0 - timedelta(minutes=5),
                                      "end": T0 + timedelta(minutes=55), "reminders": [10]})
    return services


def open_window(qtbot, services, settings):
    from sessions_desktop.ui.shell.main_window import MainWindow

    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.show()
    win.opened = []
    win.actions_.edit = lambda session: win.opened.append(session.id)
    wait_loaded(qtbot, win)
    center = win.reminders.center
    notifier = win.reminders.notifier      # no session bus in tests: it finds none, says why
    qtbot.waitUntil(lambda: notifier is None or bool(notifier.failure or notifier.server),
                    timeout=10000)
    qtbot.waitUntil(lambda: center.reads >= 1 and not center._reading, timeout=5000)
    return win


def popups(win) -> list[ReminderPopup]:
    return [p for p in win.reminders.popups if p.isVisible()]


def text(popup: ReminderPopup, name: str) -> str:
    return popup.findChild(QLabel, name).text()


def ring(win) -> list[ReminderPopup]:
    """What the timer would do at the clock's time."""
    win.reminders.center.tick()
    return popups(win)


def test_a_class_in_15_minutes_rings_with_open_at_the_right_time(qtbot, studio, settings,
                                                                 clock):
    win = open_window(qtbot, studio, settings)
    assert ring(win) == []                            # 12:00: nothing yet, the massage began
    clock.advance(minutes=14, seconds=59)
    assert ring(win) == []
    clock.advance(seconds=1)                          # 12:15: the class is in 15 minutes
    [popup] = ring(win)
    assert popup.open_button.text() == "Open" and popup.windowTitle() == "Reminder"
    assert text(popup, "reminderTitle") == "Vinyasa flow"
    assert text(popup, "reminderBody") == "Starts at 12:30, in 15 minutes."
    assert list(popup.snooze_buttons) == [5, 10]      # 15 would end when it starts
    qtbot.mouseClick(popup.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.opened != [], timeout=3000)
    flow = win.controller.find(win.controller.selected)
    assert flow is not None and flow.title == "Vinyasa flow"     # selected on its day
    assert win.opened == [flow.id] and win.isVisible()
    assert ring(win) == []                            # shown once


def test_snooze_rings_again_later(qtbot, studio, settings, clock):
    win = open_window(qtbot, studio, settings)
    clock.advance(minutes=15)
    [popup] = ring(win)
    qtbot.mouseClick(popup.snooze_buttons[10], Qt.MouseButton.LeftButton)
    clock.advance(minutes=9, seconds=59)
    assert ring(win) == []
    assert win.reminders.center.timer.interval() == 1001          # wakes at the snooze time
    clock.advance(seconds=1)
    [again] = ring(win)
    assert again.snooze_buttons == {}                 # five minutes left: no snooze fits


def test_not_repeated_after_a_restart(qtbot, studio, settings, clock):
    win = open_window(qtbot, studio, settings)
    clock.advance(minutes=15)
    assert len(ring(win)) == 1
    win.quit()
    clock.advance(minutes=1)
    again = open_window(qtbot, studio, settings)
    assert ring(again) == []
    clock.advance(minutes=20)                          # and none once the class started
    assert ring(again) == []


def test_a_session_added_later_is_read_and_rings(qtbot, studio, settings, clock):
    win = open_window(qtbot, studio, settings)
    yoga = next(s for s in studio.schedules.list_schedules() if s.name == "Yoga")
    reads = win.reminders.center.reads
    win.ops.call("New session", studio.sessions.create_session,
                 {"schedule_id": yoga.id, "title": "Lunch yoga",
                  "start": T0 + timedelta(minutes=20), "end": T0 + timedelta(minutes=50)})
    qtbot.waitUntil(lambda: win.reminders.center.reads > reads, timeout=5000)
    clock.advance(minutes=5)
    assert [text(p, "reminderTitle") for p in ring(win)] == ["Lunch yoga"]


def test_the_tray_bubble_and_menu_where_there_is_no_notification_service(qtbot, studio,
                                                                         settings, clock):
    win = open_window(qtbot, studio, settings)
    tray = win.reminders.tray
    tray.set_shown(True)                     # as on a desktop with a tray
    texts = [a.text() for a in tray.menu.actions()]
    assert texts[0] == "Next sessions" and any("Vinyasa flow" in t for t in texts)
    assert "12:30" in tray.icon.toolTip()
    clock.advance(minutes=15)
    assert ring(win) == []                   # the bubble, not our own window
    assert tray.last_key is not None and tray.snoozes == [5, 10]
    snooze = next(a.menu() for a in tray.menu.actions() if a.menu() is not None)
    snooze.actions()[0].trigger()            # Snooze 5 min
    assert tray.last_key is None
    clock.advance(minutes=5)
    ring(win)
    assert tray.last_key is not None
    tray.icon.messageClicked.emit()          # a click on the bubble
    qtbot.waitUntil(lambda: win.opened != [], timeout=3000)
    assert win.controller.find(win.opened[0]).title == "Vinyasa flow"


def test_quit_to_the_tray_hides_and_file_quit_quits(qtbot, studio, settings):
    win = open_window(qtbot, studio, settings)
    prefs = win.desktop.settings.prefs
    win.reminders.tray.set_shown(True)
    win.desktop.settings.set_preferences(type(prefs)(**{**prefs.__dict__,
                                                        "quit_to_tray": True}))
    assert settings.value("prefs/quit_to_tray") in (True, "true")
    win.close()
    assert not win.isVisible() and not win.reminders._closed    # hidden, still reminding
    win.reminders.tray.show_window.emit()
    assert win.isVisible()
    win.quit()
    assert not win.isVisible() and win.reminders._closed


def test_reminders_can_be_switched_off(qtbot, studio, settings, clock):
    win = open_window(qtbot, studio, settings)
    prefs = win.desktop.settings.prefs
    win.desktop.settings.set_preferences(type(prefs)(**{**prefs.__dict__, "reminders": False}))
    clock.advance(minutes=15)
    assert ring(win) == []


def test_the_weeks_ahead_are_read_only_when_a_long_reminder_can_be_there(qtbot, tmp_path,
                                                                         settings, clock):
    """Without a reminder longer than a day anywhere (the defaults are 15 minutes, no session
    keeps reminders of its own), the four weeks ahead are not read at all; with one, they are
    and its alarm is planned."""
    services = open_services(tmp_path / "plain.sqlite3", now=clock)
    services.ctx.set_business_zone("Europe/Berlin")
    yoga = services.schedules.create_schedule(
        {"name": "Yoga", "kind": "GROUP", "time_zone": "Europe/Berlin",
         "defaults": {"reminders": [15]}})
    services.sessions.create_session({"schedule_id": yoga.id, "title": "In three days",
                                      "start": T0 + timedelta(days=3),
                                      "end": T0 + timedelta(days=3, hours=1)})
    windows: list[tuple] = []
    query = services.queries.query_sessions

    def counted(*args, **kwargs):
        if args:
            windows.append(args[:2])
        return query(*args, **kwargs)

    services.queries.query_sessions = counted
    try:
        win = open_window(qtbot, services, settings)
        center = win.reminders.center
        assert windows and all(end - start <= timedelta(hours=25) for start, end in windows)
        retreat = services.sessions.create_session({
            "schedule_id": yoga.id, "title": "Retreat", "start": T0 + timedelta(days=3),
            "end": T0 + timedelta(days=3, hours=2), "reminders": [2 * 1440]})
        reads = center.reads
        center.refresh(far=True)
        qtbot.waitUntil(lambda: center.reads > reads and not center._reading, timeout=5000)
        assert any(end - start > timedelta(days=20) for start, end in windows)
        assert any(a.session_id == retreat.id and a.minutes == 2 * 1440
                   for a in center.planner.alarms.values())
        win.quit()
    finally:
        services.close()
