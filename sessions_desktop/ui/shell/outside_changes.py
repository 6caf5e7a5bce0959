"""Changes made by another program (the command line, a script, a second copy of the app on
another computer's share) reach the window within a second.

Every write bumps a revision counter in the database; the window's own writes arrive on the
change bus, but another process's do not. A timer reads the counters once a second (one small
indexed read) and, when they moved without a write of ours, drops the cached windows and
reloads what is shown, and the schedules.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from sessions_desktop.errors import SessionsError

log = logging.getLogger("sessions_desktop")
CHECK_MS = 1000


class OutsideChanges(QObject):
    def __init__(self, services, controller, interval_ms: int = CHECK_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or controller)
        self._services, self._controller = services, controller
        self._seen = self._revision()
        self._unsubscribe = services.subscribe(lambda _change: self._remember())
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def _revision(self):
        try:
            return self._services.data_revision()
        except SessionsError as exc:     # a locked or vanished file: try again next time
            log.info("could not read the revision: %s", exc)
            return None

    def _remember(self) -> None:
        self._seen = self._revision()

    def check(self) -> bool:
        """Reload when another program changed the database; True when it had."""
        now = self._revision()
        if now is None or now == self._seen:
            return False
        schedules_moved = self._seen is None or now[1] != self._seen[1]
        self._seen = now
        self._controller.loader.invalidate()
        if schedules_moved:
            self._controller.refresh_schedules()
        self._controller.reload()
        return True

    def stop(self) -> None:
        self.timer.stop()
        self._unsubscribe()
