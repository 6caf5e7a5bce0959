"""Reminders through a real freedesktop notification service: a private session bus
(dbus-daemon) and dunst on a virtual screen (Xvfb), started by the test. Open is dunst's
default action (``dunstctl action``); Snooze is picked from dunst's own action menu, whose
chooser (its ``dmenu`` setting) is a small script that answers "Snooze 10 min".
Skips, saying which, when one of those programs is missing."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.ui.test_reminders_window import T0, Clock, build_studio, open_window

PROGRAMS = ("dbus-daemon", "dunst", "dunstctl", "Xvfb")


@pytest.fixture
def daemon(tmp_path):
    missing = [p for p in PROGRAMS if shutil.which(p) is None]
    if missing:
        pytest.skip(f"no {', '.join(missing)} for the notification test (Debian: dbus, "
                    "dunst, xvfb)")
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = bus.stdout.readline().strip()
    display = f":{170 + os.getpid() % 400}"
    screen = subprocess.Popen(["Xvfb", display, "-screen", "0", "800x600x24"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    chooser = tmp_path / "choose.sh"
    chooser.write_text("#!/bin/sh\ncat > \"$0.in\"\ngrep -m1 'Snooze 10 min'  \"$0.in\"\n")
    chooser.chmod(0o755)
    config = tmp_path / "dunstrc"
    config.write_text(f"[global]\n    dmenu = {chooser}\n")
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "DISPLAY": display}
    dunst = subprocess.Popen(["dunst", "-config", str(config)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10           # until dunst owns the service's name
        while subprocess.run(["dunstctl", "count"], env=env, capture_output=True).returncode:
            if time.monotonic() > deadline or dunst.poll() is not None:
                pytest.skip("dunst did not start on the virtual screen")
            time.sleep(0.05)
        yield address, env, Path(f"{chooser}.in")
    finally:
        for process in (dunst, screen, bus):
            process.terminate()
            process.wait(5)


def dunstctl(env, *args) -> str:
    return subprocess.run(["dunstctl", *args], env=env, capture_output=True, text=True,
                          timeout=10).stdout


def test_a_reminder_is_a_desktop_notification_with_open_and_snooze(qtbot, daemon, tmp_path,
                                                                    settings, monkeypatch):
    address, env, chose = daemon
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    clock = Clock(T0)
    studio = build_studio(tmp_path, clock)
    win = open_window(qtbot, studio, settings)
    notifier = win.reminders.notifier
    qtbot.waitUntil(lambda: notifier.server == "dunst", timeout=10000)
    shown = []
    notifier.shown.connect(lambda key, number: shown.append(number))
    clock.advance(minutes=15)
    win.reminders.center.tick()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10000)
    assert win.reminders.popups == []                     # the service showed it, not we
    assert "Currently displayed: 1" in dunstctl(env, "count")
    dunstctl(env, "context")                             # the action menu: Snooze 10 min
    qtbot.waitUntil(lambda: win.reminders.center.planner.ledger.snoozed != {}, timeout=10000)
    assert "#Open (Vinyasa flow)" in chose.read_text()
    assert "#Snooze 5 min (Vinyasa flow)" in chose.read_text()
    clock.advance(minutes=10)
    win.reminders.center.tick()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
    dunstctl(env, "action", "0")                         # a click: the default action, Open
    qtbot.waitUntil(lambda: win.opened != [], timeout=10000)
    assert win.controller.find(win.opened[0]).title == "Vinyasa flow"
    win.quit()
    studio.close()
