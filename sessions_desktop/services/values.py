"""The values the services hand to their callers besides domain sessions and schedules: a page
of a query, free time, a closure, what an import, export, backup or feed did. Plain and
storage-free, so the window's typed seam
(``services.api``) can name them without reaching below the service layer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.domain.model import Session

if TYPE_CHECKING:       # annotations only: a query never loads the import's types
    from sessions_desktop.ical.plan import SkippedComponent

Interval = tuple[datetime, datetime]


@dataclass(frozen=True, slots=True)
class QueryResult:
    items: list[Session]
    count: int
    next_cursor: str | None
    has_next: bool


@dataclass(frozen=True, slots=True)
class DaySummary:
    """One day of a month: how many sessions touch it, the first of them in chip order
    (``domain.day_order.chip_order``), as many as were asked for, and how many of those
    touching it begin on it (a session of several days begins on one of them only)."""

    day: date
    count: int
    chips: tuple[Session, ...]
    begins: int


@dataclass(frozen=True, slots=True)
class MonthDays:
    """Consecutive days from ``first`` (``queries.month_days``): what a month grid draws
    without building every session of the month. ``chips`` is how many were asked for a
    day; a day with ``count`` above it has more than its ``chips`` hold."""

    first: date
    days: tuple[DaySummary, ...]
    chips: int

    def on(self, day: date) -> DaySummary | None:
        index = (day - self.first).days
        return self.days[index] if 0 <= index < len(self.days) else None

    @property
    def total(self) -> int:
        """How many sessions touch these days, each once (those that began earlier are
        counted on the first day, the others on the day they begin)."""
        if not self.days:
            return 0
        first = self.days[0]
        return first.count - first.begins + sum(day.begins for day in self.days)

    @property
    def sessions(self) -> list[Session]:
        """Every session drawn as a chip, once, in (start, id) order."""
        seen: dict[str, Session] = {}
        for summary in self.days:
            for session in summary.chips:
                seen.setdefault(session.id, session)
        return sorted(seen.values(), key=lambda s: (s.start.timestamp(), s.id))


@dataclass(frozen=True, slots=True)
class Slot:
    start: datetime
    end: datetime
    resource_id: str


@dataclass(frozen=True, slots=True)
class Closure:
    """What closing wrote: the closure itself and the sessions it cancelled (as they were,
    with their participants, so the window can offer to write to them)."""

    closure: Session
    cancelled: tuple[Session, ...]


# -- results of file work: imports, exports, backups, feeds --------------------------------
def skipped_to_json(item: SkippedComponent) -> dict[str, Any]:
    return {"component": item.kind, "uid": item.uid, "summary": item.summary,
            "line": item.line, "reason": item.reason, "broken": item.broken}


@dataclass(slots=True)
class ImportReport:
    created: int = 0
    updated: int = 0
    instances: int = 0
    skipped: list[SkippedComponent] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    schedules: dict[str, int] = field(default_factory=dict)      # schedule name -> sessions
    created_schedules: list[str] = field(default_factory=list)
    change: ChangeRecord | None = None      # the new sessions as one change (undo: revert it)

    def to_json(self) -> dict[str, Any]:
        return {"created": self.created, "updated": self.updated,
                "changedInstances": self.instances, "skipped": [skipped_to_json(s)
                                                               for s in self.skipped],
                "warnings": list(self.warnings), "schedules": dict(self.schedules),
                "createdSchedules": list(self.created_schedules)}


@dataclass(slots=True)
class ImportPreview:
    """What an import would do, for the window's preview dialog. Nothing is written."""

    sessions: int
    recurring: int
    changed_instances: int
    new: int
    updates: int
    schedules: dict[str, int]          # target schedule name -> sessions going there
    new_schedules: list[str]
    skipped: list[SkippedComponent]
    warnings: list[str]                # what cannot be represented, and other notes
    calendar_names: list[str]

    @property
    def broken(self) -> list[SkippedComponent]:
        return [s for s in self.skipped if s.broken]

    def to_json(self) -> dict[str, Any]:
        return {"sessions": self.sessions, "recurringSessions": self.recurring,
                "changedInstances": self.changed_instances, "new": self.new,
                "updates": self.updates, "schedules": dict(self.schedules),
                "newSchedules": list(self.new_schedules),
                "skipped": [skipped_to_json(s) for s in self.skipped],
                "warnings": list(self.warnings), "calendarNames": list(self.calendar_names)}


@dataclass(slots=True)
class ExportReport:
    path: str | None
    singles: int
    series: int
    exceptions: int
    size: int

    @property
    def sessions(self) -> int:
        return self.singles + self.series

    def to_json(self) -> dict[str, Any]:
        return {"file": self.path, "singleSessions": self.singles, "recurringSessions":
                self.series, "changedInstances": self.exceptions, "bytes": self.size}


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime   # UTC
    reason: str      # "start", "manual", "before-restore"

    @property
    def size(self) -> int:
        return self.path.stat().st_size


@dataclass(frozen=True, slots=True)
class PublishSettings:
    folder: str | None = None       # None: publishing is off
    include_pi: bool = False

    @property
    def on(self) -> bool:
        return bool(self.folder)
