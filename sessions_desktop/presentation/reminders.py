"""When to remind of what: alarms from sessions, which are due now, what was shown or snoozed.

Qt-free so it runs with a fake clock in tests. The window's reminder part (``ui/reminders``)
reads a bounded window of sessions through the services' query API on a worker, hands them to
``ReminderPlanner.plan`` and asks ``due(now)`` and ``next_wake(now)`` on a timer.

Rules (docs/decisions.md, Reminders):
- an alarm is one reminder of one session: ``start - minutes``;
- it is shown from its moment until the session starts (a reminder "at the start" during its
  first minute), never for a session that already started, also after a restart;
- shown and snoozed alarms are kept in a ``ReminderLedger`` (saved per user and calendar), so
  an alarm is shown once, and a snoozed one again at its snooze time;
- a snooze is offered only for lengths that end before the session starts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sessions_desktop.domain.enums import SessionType
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.domain.time import to_epoch

NEAR = timedelta(hours=25)          # read every few minutes: reminders up to a day are exact
FAR = timedelta(days=29)            # read hourly: the longest reminder is four weeks
NEAR_EVERY = timedelta(minutes=5)
FAR_EVERY = timedelta(hours=1)
AT_START_GRACE_S = 60                   # a reminder "at the start" stays due this long
NEAR_ENOUGH = timedelta(days=1)         # a reminder no longer is read with the next 25 hours
SNOOZE_CHOICES = (5, 10, 15)            # minutes
MAX_WAKE = timedelta(seconds=60)        # the timer looks at the clock at least this often
KEEP_AFTER_START = timedelta(days=1)    # ledger entries are forgotten a day after the start
MAX_LEDGER = 2000


@dataclass(frozen=True, slots=True)
class Alarm:
    """One reminder of one session, as the notification needs it. The moments the clock is
    compared with are kept as epoch seconds: a tick compares integers, never zoned times."""

    session_id: str
    title: str
    start: datetime
    end: datetime
    minutes: int
    all_day: bool = False
    start_s: int = field(init=False, repr=False, compare=False)
    at_s: int = field(init=False, repr=False, compare=False)
    deadline_s: int = field(init=False, repr=False, compare=False)
    key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        start_s = to_epoch(self.start)
        at_s = start_s - self.minutes * 60
        object.__setattr__(self, "start_s", start_s)
        object.__setattr__(self, "at_s", at_s)
        # shown until the start, or a minute after a reminder at the start
        object.__setattr__(self, "deadline_s", max(start_s, at_s + AT_START_GRACE_S))
        # names this alarm across restarts; a moved session or changed reminder is new
        object.__setattr__(self, "key", f"{self.session_id}|{start_s}|{self.minutes}")

    @property
    def at(self) -> datetime:
        return self.start - timedelta(minutes=self.minutes)


def alarms_of(session: Session) -> list[Alarm]:
    """The session's alarms: none for cancelled sessions or working hours."""
    if session.is_cancelled or session.type is not SessionType.EVENT:
        return []
    return [Alarm(session.id, session.title or "", session.start, session.end, minutes,
                  session.all_day) for minutes in session.reminders]


@dataclass(frozen=True, slots=True)
class WindowRead:
    """What one read of a window found: its alarms and its first sessions (for the tray)."""

    alarms: list[Alarm]
    first: list[Session]


def read_window(query: Callable[..., Any], start: datetime, end: datetime,
                page: int = 1000, first: int = 5) -> WindowRead:
    """Alarms of the sessions overlapping [start, end) and the first ``first`` sessions
    starting in it, read page by page through ``query_sessions`` (no personal information,
    no cancelled sessions, no working hours)."""
    result = query(start, end, type="EVENT", fieldsets="NO_PI", limit=page)
    alarms: list[Alarm] = []
    firsts: list[Session] = []
    while True:
        for session in result.items:
            alarms.extend(alarms_of(session))
            if len(firsts) < first and session.start >= start:
                firsts.append(session)
        if not result.has_next:
            return WindowRead(alarms, firsts)
        result = query(cursor=result.next_cursor)


def far_read_needed(schedules: Iterable[Schedule], own_reminders: Callable[[], bool]) -> bool:
    """Can a session beyond the next 25 hours have an alarm before they are read again? Only
    with a reminder longer than a day: one of a day or less falls due nearly an hour or more
    after its session comes within the next 25 hours, which are read every five minutes. Such
    a reminder comes from a schedule's defaults, or is a session's or series' own (asked of
    the database only when no default is that long; it answers for any own reminder)."""
    longest = NEAR_ENOUGH // timedelta(minutes=1)
    return any(minutes > longest for schedule in schedules
               for minutes in schedule.defaults.reminders) or own_reminders()


@dataclass
class ReminderLedger:
    """What was shown (key -> the session's start, epoch) and snoozed (key -> until, epoch)."""

    shown: dict[str, int] = field(default_factory=dict)
    snoozed: dict[str, int] = field(default_factory=dict)

    def to_data(self) -> dict[str, dict[str, int]]:
        return {"shown": dict(self.shown), "snoozed": dict(self.snoozed)}

    @classmethod
    def from_data(cls, data: object) -> ReminderLedger:
        """Anything unreadable is dropped: a damaged entry must not stop the reminders."""
        ledger = cls()
        if not isinstance(data, dict):
            return ledger
        for name in ("shown", "snoozed"):
            part = data.get(name)
            if isinstance(part, dict):
                getattr(ledger, name).update({str(k): int(v) for k, v in part.items()
                                              if isinstance(v, int) and not isinstance(v, bool)})
        return ledger

    def prune(self, now: datetime) -> bool:
        """Forget alarms of sessions that started more than a day ago; True when changed."""
        limit = to_epoch(now - KEEP_AFTER_START)
        before = (len(self.shown), len(self.snoozed))
        self.shown = {k: v for k, v in self.shown.items() if v >= limit}
        self.snoozed = {k: v for k, v in self.snoozed.items() if k in self.shown}
        if len(self.shown) > MAX_LEDGER:   # keep the newest: bounded whatever happens
            newest = sorted(self.shown.items(), key=lambda kv: kv[1])[-MAX_LEDGER:]
            self.shown = dict(newest)
            self.snoozed = {k: v for k, v in self.snoozed.items() if k in self.shown}
        return before != (len(self.shown), len(self.snoozed))


class ReminderPlanner:
    """The alarms read last, and the ledger; asks nothing of Qt or the clock itself."""

    def __init__(self, ledger: ReminderLedger | None = None) -> None:
        self.ledger = ledger or ReminderLedger()
        self.alarms: dict[str, Alarm] = {}
        self._near_end: datetime | None = None
        self._far: list[Alarm] = []

    def plan(self, alarms: Iterable[Alarm], near_end: datetime,
             far: Iterable[Alarm] | None = None) -> None:
        """Take a fresh read: ``alarms`` of sessions starting before ``near_end``; ``far``
        (when given) of the long look, kept until the next one for sessions after it."""
        if far is not None:
            self._far = list(far)
        self._near_end = near_end
        end_s = to_epoch(near_end)
        merged = {a.key: a for a in self._far if a.start_s >= end_s}
        merged.update((a.key, a) for a in alarms if a.start_s < end_s)
        self.alarms = merged

    def due(self, now: datetime) -> list[Alarm]:
        """Alarms to show now, oldest first: their moment (or snooze) has come and their
        session has not started; none already shown and not snoozed."""
        now_s, out = to_epoch(now), []
        shown, snoozed = self.ledger.shown, self.ledger.snoozed
        for alarm in self.alarms.values():
            if now_s >= alarm.deadline_s:
                continue
            until = snoozed.get(alarm.key)
            if until is not None:
                if now_s >= until:
                    out.append(alarm)
            elif now_s >= alarm.at_s and alarm.key not in shown:
                out.append(alarm)
        return sorted(out, key=lambda a: (a.at_s, a.start_s, a.key))

    def next_wake(self, now: datetime) -> datetime:
        """When to look again: the next alarm or snooze, at most ``MAX_WAKE`` from now."""
        now_s = to_epoch(now)
        wake_s = now_s + int(MAX_WAKE.total_seconds())
        shown, snoozed = self.ledger.shown, self.ledger.snoozed
        for alarm in self.alarms.values():
            if now_s >= alarm.deadline_s:
                continue
            moment = snoozed.get(alarm.key)
            if moment is None:
                if alarm.key in shown:
                    continue
                moment = alarm.at_s
            if now_s < moment < wake_s:
                wake_s = moment
        return now + timedelta(seconds=wake_s - now_s)

    def mark_shown(self, alarm: Alarm) -> None:
        self.ledger.shown[alarm.key] = alarm.start_s
        self.ledger.snoozed.pop(alarm.key, None)

    def snooze(self, alarm: Alarm, minutes: int, now: datetime) -> bool:
        """Show it again ``minutes`` from now; False (nothing changes) when that would be
        after the session starts."""
        until = now + timedelta(minutes=minutes)
        if until >= alarm.start:
            return False
        self.ledger.shown[alarm.key] = to_epoch(alarm.start)
        self.ledger.snoozed[alarm.key] = to_epoch(until)
        return True

    def find(self, key: str) -> Alarm | None:
        return self.alarms.get(key)


def snooze_choices(alarm: Alarm, now: datetime) -> list[int]:
    """The snooze lengths (minutes) that end before the session starts."""
    return [m for m in SNOOZE_CHOICES if now + timedelta(minutes=m) < alarm.start]
