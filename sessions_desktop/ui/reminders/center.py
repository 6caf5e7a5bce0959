"""The reminder clockwork: reads a bounded window of sessions off the UI thread, wakes when
the next alarm is due, and says ``due(alarm)``; the planning itself is Qt-free
(``presentation.reminders``).

Reads: the next 25 hours every five minutes and after any write that reaches them; the next
four weeks once an hour (for reminders longer than a day) and after a write that reaches them,
only when such a reminder can exist (``far_read_needed``: a schedule's default longer than a
day, or any own reminders in those weeks, one search of their stored fields): at five
times the benchmark business those four weeks are 17,000 sessions built in 0.4 s, which took
the interpreter from the window at the start and once an hour, to find no alarm.
Each read goes through ``query_sessions`` on a worker thread of its own (one SQLite connection),
so the window never waits for it; an in-memory database lives on one connection and is read at
once. The timer sleeps until the next alarm, at most a minute (the clock may jump: suspend).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QRunnable, QSettings, QThreadPool, QTimer, Signal

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.presentation.reminders import (
    FAR,
    FAR_EVERY,
    NEAR,
    NEAR_EVERY,
    Alarm,
    ReminderLedger,
    ReminderPlanner,
    WindowRead,
    far_read_needed,
    read_window,
)

log = logging.getLogger("sessions_desktop")
DEBOUNCE_MS = 1000


class LedgerStore:
    """Shown and snoozed reminders, per user (QSettings) and per calendar (a hash of where it
    lives), so a restart neither repeats nor forgets them."""

    def __init__(self, settings: QSettings, location: str) -> None:
        self.settings = settings
        self.key = "reminders/" + hashlib.sha256(location.encode()).hexdigest()[:16]

    def load(self) -> ReminderLedger:
        try:
            return ReminderLedger.from_data(json.loads(str(self.settings.value(self.key, "{}"))))
        except ValueError:
            return ReminderLedger()

    def save(self, ledger: ReminderLedger) -> None:
        self.settings.setValue(self.key, json.dumps(ledger.to_data(), separators=(",", ":")))
        self.settings.sync()


class _Read(QRunnable):
    def __init__(self, work: Callable[[], object], deliver: Callable[[object], None]) -> None:
        super().__init__()
        self._work, self._deliver = work, deliver

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:   # a worker reports, never dies silently
            result = exc
        self._deliver(result)


class ReminderCenter(QObject):
    due = Signal(object)               # Alarm: show it now
    upcoming_changed = Signal(object)  # list[Session]: the next sessions (the tray lists them)
    _arrived = Signal(object, object, object)   # reading started at, far?, result

    def __init__(self, services, store: LedgerStore, clock: Callable[[], datetime],
                 parent: QObject | None = None, threaded: bool | None = None) -> None:
        super().__init__(parent)
        self.services, self.store, self.clock = services, store, clock
        self.planner = ReminderPlanner(store.load())
        self.enabled = True
        self.upcoming: list = []
        self.reads = 0                                  # for tests and the log
        on_disk = services.path is not None or getattr(services, "shared", False)
        self.threaded = on_disk if threaded is None else threaded
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)
        self._reading = False
        self._again: bool | None = None     # a read asked for while one runs (far?)
        self._next_near: datetime | None = None
        self._next_far: datetime | None = None
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.tick)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.refresh(far=bool(self._changed_far)))
        self._changed_far = False
        self._arrived.connect(self._on_read)
        self._unsubscribe = services.subscribe(self._on_change)

    # -- reading ---------------------------------------------------------------------
    def start(self) -> None:
        if self.planner.ledger.prune(self.clock()):
            self.store.save(self.planner.ledger)
        self.refresh(far=True)

    def refresh(self, far: bool = False) -> None:
        """Read the near window (and the far one) again; one read at a time."""
        self._changed_far = False
        if self._reading:
            self._again = bool(self._again) or far
            return
        self._reading = True
        now = self.clock()
        query = self.services.queries.query_sessions

        def work() -> tuple[WindowRead, WindowRead | None]:
            near = read_window(query, now, now + NEAR)
            if not far:
                return near, None
            if not far_read_needed(self.services.schedules.by_id().values(),
                                   lambda: self.services.queries.own_reminders_between(
                                       now + NEAR, now + FAR)):
                return near, WindowRead([], [])     # no reminder longer than a day anywhere
            return near, read_window(query, now + NEAR, now + FAR)
        job = _Read(work, lambda result: self._arrived.emit(now, far, result))
        if self.threaded:
            self._pool.start(job)
        else:
            job.run()

    def _on_read(self, started: datetime, far: bool, result: object) -> None:
        self._reading = False
        self.reads += 1
        if isinstance(result, Exception):
            log.warning("reminders could not be read: %s", result)
        else:
            near, distant = result  # type: ignore[misc]
            self.planner.plan(near.alarms, started + NEAR, distant.alarms if distant else None)
            self._next_near = started + NEAR_EVERY
            if far:
                self._next_far = started + FAR_EVERY
            self.upcoming = near.first
            self.upcoming_changed.emit(self.upcoming)
        again, self._again = self._again, None
        if again is not None:
            self.refresh(far=again)
        else:
            self.tick()

    def _on_change(self, change: ChangeRecord) -> None:
        now = self.clock()
        if change.touches(now, now + FAR) or change.touches_schedules:
            self._changed_far = self._changed_far or change.touches(now + NEAR, now + FAR) \
                or change.touches_schedules
            self._debounce.start()

    # -- the clock -------------------------------------------------------------------
    def tick(self) -> None:
        """Show what is due, read again when it is time, sleep until the next alarm."""
        now = self.clock()
        if not self._reading:
            if self._next_far is not None and now >= self._next_far:
                self.refresh(far=True)
            elif self._next_near is not None and now >= self._next_near:
                self.refresh()
        if self.enabled:
            due = self.planner.due(now)
            for alarm in due:
                self.planner.mark_shown(alarm)
            if due:
                self.store.save(self.planner.ledger)
            for alarm in due:
                self.due.emit(alarm)
        wait = self.planner.next_wake(now) - now
        self.timer.start(max(0, int(wait.total_seconds() * 1000)) + 1)

    def snooze(self, key: str, minutes: int) -> bool:
        alarm = self.planner.find(key)
        if alarm is None or not self.planner.snooze(alarm, minutes, self.clock()):
            return False
        self.store.save(self.planner.ledger)
        self.tick()
        return True

    def find(self, key: str) -> Alarm | None:
        return self.planner.find(key)

    def close(self) -> None:
        self.timer.stop()
        self._debounce.stop()
        self._unsubscribe()
        self._pool.clear()
        self._pool.waitForDone()
