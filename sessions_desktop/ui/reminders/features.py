"""Reminders and the tray, hooked into the main window with a few lines.

``ReminderFeatures(window)`` runs the ``ReminderCenter`` on the window's services and shows each
due reminder the best way the desktop offers: the freedesktop notification service, else the
tray's bubble, else a small window of our own. Open brings the window forward on the session's
day, selects it and opens it; Snooze asks the center to ring again. "Quit to the tray" (a
setting) makes closing the window hide it while the tray icon stays.
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from datetime import datetime

from PySide6.QtCore import QLocale, QObject, QTimer

from sessions_desktop.presentation.reminder_text import notification_body, notification_title
from sessions_desktop.presentation.reminders import Alarm, snooze_choices
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.ui.reminders.center import LedgerStore, ReminderCenter
from sessions_desktop.ui.reminders.freedesktop import FreedesktopNotifier
from sessions_desktop.ui.reminders.popup import ReminderPopup
from sessions_desktop.ui.reminders.tray import ReminderTray
from sessions_desktop.ui.shell.single_instance import bring_forward

KEEP_SHOWN = 50          # reminders Open and Snooze can still refer to
SNOOZE_TOO_LATE = QT_TRANSLATE_NOOP(
    "Features", "The session starts before then; the reminder was not snoozed."
)
STILL_RUNNING = QT_TRANSLATE_NOOP(
    "Features",
    "Sessions Desktop keeps running in the tray and will remind you. Quit from "
    "the tray icon's menu or File › Quit.",
)


class ReminderFeatures(QObject):
    def __init__(self, window, bus: str = "SESSION", clock=None) -> None:
        super().__init__(window)
        self.window = window
        services = window.services
        self.center = ReminderCenter(services, LedgerStore(window.settings, services.location),
                                     clock or services.now, self)
        self.notifier = FreedesktopNotifier(bus, self) if sys.platform.startswith("linux") \
            else None
        self.tray = ReminderTray(self)
        self.tray.set_shown(ReminderTray.available())
        self.popups: list[ReminderPopup] = []
        self.shown: OrderedDict[str, Alarm] = OrderedDict()
        self.quit_to_tray = False
        self._told_still_running = False
        self._closed = False
        self._wire()
        prefs = getattr(getattr(window, "desktop", None), "settings", None)
        if prefs is not None:
            self.apply(prefs.prefs)
        if self.notifier is not None:
            self.notifier.start()
        self.center.start()

    def _wire(self) -> None:
        self.center.due.connect(self.show_alarm)
        self.center.upcoming_changed.connect(
            lambda sessions: self.tray.fill(sessions, self.window.controller.tz))
        for source in (self.notifier, self.tray):
            if source is not None:
                source.opened.connect(self.open_reminder)
                source.snoozed.connect(self.snooze)
        if self.notifier is not None:
            self.notifier.unavailable.connect(self.show_without_service)
        self.tray.open_session.connect(lambda s: self.open_session(s.id, s.start))
        self.tray.show_window.connect(lambda: bring_forward(self.window))
        self.tray.quit_requested.connect(self.window.quit)

    def apply(self, prefs) -> None:
        """Settings: reminders on or off, closing the window keeps running in the tray."""
        self.center.enabled = bool(getattr(prefs, "reminders", True))
        self.quit_to_tray = bool(getattr(prefs, "quit_to_tray", False))
        if self.center.enabled:
            self.center.tick()

    # -- showing -----------------------------------------------------------------------
    def texts(self, alarm: Alarm) -> tuple[str, str]:
        start = alarm.start.astimezone(self.window.controller.tz)
        locale = QLocale()
        time_text = locale.toString(start.time(), QLocale.FormatType.ShortFormat)
        date_text = locale.toString(start.date(), QLocale.FormatType.LongFormat)
        return notification_title(alarm), notification_body(alarm, self.center.clock(),
                                                             time_text, date_text)

    def show_alarm(self, alarm: Alarm) -> None:
        self.shown[alarm.key] = alarm
        while len(self.shown) > KEEP_SHOWN:
            self.shown.popitem(last=False)
        title, body = self.texts(alarm)
        snoozes = snooze_choices(alarm, self.center.clock())
        if self.notifier is not None:
            self.notifier.show(alarm.key, title, body, snoozes)
        else:
            self.show_without_service(alarm.key)

    def show_without_service(self, key: str) -> None:
        """No notification service: the tray's bubble, else our own small window."""
        alarm = self.shown.get(key)
        if alarm is None:
            return
        title, body = self.texts(alarm)
        snoozes = snooze_choices(alarm, self.center.clock())
        if self.tray.icon.isVisible():
            self.tray.show_message(key, title, body, snoozes)
            return
        popup = ReminderPopup(key, title, body, snoozes, self.window)
        popup.opened.connect(self.open_reminder)
        popup.snoozed.connect(self.snooze)
        popup.destroyed.connect(lambda _=None, p=popup: self._forget(p))
        self.popups.append(popup)
        popup.show()

    def _forget(self, popup: ReminderPopup) -> None:
        if popup in self.popups:
            self.popups.remove(popup)

    # -- answers -----------------------------------------------------------------------
    def open_reminder(self, key: str) -> None:
        alarm = self.shown.get(key)
        if alarm is not None:
            self.open_session(alarm.session_id, alarm.start)

    def open_session(self, session_id: str, start: datetime) -> None:
        """The window forward on the session's day, the session selected and opened."""
        controller = self.window.controller
        bring_forward(self.window)
        controller.set_anchor(start.astimezone(controller.tz).date())
        controller.select(session_id)
        QTimer.singleShot(0, lambda: self.window.actions_.open(session_id))

    def snooze(self, key: str, minutes: int) -> None:
        if not self.center.snooze(key, minutes):
            self.window.statusBar().showMessage(translate("Features", SNOOZE_TOO_LATE), 10_000)

    # -- the window's life ---------------------------------------------------------------
    def keeps_running(self) -> bool:
        """Closing the window: hide it and stay in the tray when the setting says so."""
        if not (self.quit_to_tray and self.tray.icon.isVisible()):
            return False
        self.window.hide()
        if not self._told_still_running:
            self._told_still_running = True
            self.tray.icon.showMessage(
                self.window.windowTitle(),
                translate("Features", STILL_RUNNING),
                self.tray.icon.icon(),
                8000,
            )
        return True

    def close(self) -> None:
        """Stop reading and ringing (again is harmless: the window may close after a
        switch of calendar already stopped it)."""
        if self._closed:
            return
        self._closed = True
        self.center.close()
        if self.notifier is not None:
            self.notifier.close()
        for popup in list(self.popups):
            popup.close()
        self.tray.close()
