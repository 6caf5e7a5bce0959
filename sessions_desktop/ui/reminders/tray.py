"""The tray icon: the next sessions, Show the window, Snooze the last reminder, Quit; and
Qt's tray message as the reminder bubble where there is no notification service.

A click on the icon shows or hides the window; a click on a session in the menu, or on the
bubble, opens that session. What the menu does is announced by signals; the caller acts.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from sessions_desktop.domain.model import Session
from sessions_desktop.names import APP_NAME
from sessions_desktop.presentation.formatting import elide, one_line
from sessions_desktop.presentation.reminder_text import UNTITLED
from sessions_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from sessions_desktop.ui.common.icons import app_icon

NEXT_TOOLTIP = QT_TRANSLATE_NOOP("Tray", "{app}: next, {title} at {time}")
NOTHING_SOON = QT_TRANSLATE_NOOP("Tray", "{app}: nothing in the next day")
SNOOZE_ITEM = QT_TRANSLATE_NOOP("Tray", "Snooze {n} min")


class ReminderTray(QObject):
    open_session = Signal(object)      # Session (from the menu)
    show_window = Signal()
    quit_requested = Signal()
    opened = Signal(str)               # a reminder key: its bubble was clicked
    snoozed = Signal(str, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.menu = QMenu()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        self.last_key: str | None = None          # the reminder shown in the last bubble
        self.snoozes: list[int] = []
        self.fill([], None)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def set_shown(self, shown: bool) -> None:
        self.icon.setVisible(shown)

    def fill(self, sessions: list[Session], tz: tzinfo | None) -> None:
        """The menu: the next sessions (up to five), then the window's own items."""
        self.menu.clear()
        heading = self.menu.addAction(
            translate("ReminderTray", "Next sessions")
            if sessions
            else translate("ReminderTray", "Nothing in the next day")
        )
        heading.setEnabled(False)
        for session in sessions:
            action = QAction(self._line(session, tz), self.menu)
            action.triggered.connect(lambda _=False, s=session: self.open_session.emit(s))
            self.menu.addAction(action)
        self.menu.addSeparator()
        if self.last_key and self.snoozes:
            snooze = self.menu.addMenu(translate("ReminderTray", "Snooze the last reminder"))
            for minutes in self.snoozes:
                item = snooze.addAction(translate("Tray", SNOOZE_ITEM).format(n=minutes))
                item.triggered.connect(lambda _=False, m=minutes: self._snooze(m))
        self.menu.addAction(
            translate("ReminderTray", "Show {APP_NAME}").format(APP_NAME=APP_NAME),
            self.show_window.emit,
        )
        self.menu.addAction(translate("ReminderTray", "Quit"), self.quit_requested.emit)
        first = sessions[0] if sessions else None
        self.icon.setToolTip(
            translate("Tray", NEXT_TOOLTIP).format(
                app=APP_NAME,
                title=elide(one_line(first.title) or UNTITLED, 40),
                time=_time(first, tz),
            )
            if first
            else translate("Tray", NOTHING_SOON).format(app=APP_NAME)
        )
        self._sessions, self._tz = sessions, tz

    @staticmethod
    def _line(session: Session, tz: tzinfo | None) -> str:
        start = session.start.astimezone(tz) if tz else session.start
        day = QLocale().toString(start.date(), "ddd")
        return translate("ReminderTray", "{day} {time}  {elide}").format(
            day=day, time=_time(session, tz), elide=elide(one_line(session.title) or UNTITLED, 48)
        )

    # -- the bubble (no notification service) -------------------------------------------
    def show_message(self, key: str, title: str, body: str, snoozes: list[int]) -> None:
        self.last_key, self.snoozes = key, list(snoozes)
        self.fill(self._sessions, self._tz)
        self.icon.showMessage(title, body, app_icon(), 0)

    def _message_clicked(self) -> None:
        if self.last_key:
            self.opened.emit(self.last_key)

    def _snooze(self, minutes: int) -> None:
        if self.last_key:
            key, self.last_key = self.last_key, None
            self.snoozed.emit(key, minutes)
            self.fill(self._sessions, self._tz)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window.emit()

    def close(self) -> None:
        self.icon.hide()


def _time(session: Session, tz: tzinfo | None) -> str:
    start = session.start.astimezone(tz) if tz else session.start
    if session.all_day:
        return QLocale().toString(start.date(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(start.time(), QLocale.FormatType.ShortFormat)
