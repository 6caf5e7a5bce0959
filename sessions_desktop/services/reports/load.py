"""Reading what a report needs: every session of the span (all pages, a year per query,
cancelled ones too) and the schedules, and choosing the schedules a report is about."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sessions_desktop.domain.enums import BLOCKED_TAG, ScheduleKind, SessionType, Transparency
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.errors import NotFoundError, ValidationError
from sessions_desktop.services.reports.period import ReportPeriod

if TYPE_CHECKING:   # the seam's protocol: the reports (and the window) import no storage
    from sessions_desktop.services.api import QueriesApi

PAGE = 1000
FEW_SCHEDULES = 4
CLASS_KINDS = (ScheduleKind.GROUP, ScheduleKind.COURSE)
SERVICE_KINDS = (ScheduleKind.GROUP, ScheduleKind.COURSE, ScheduleKind.INDIVIDUAL)


@dataclass(frozen=True)
class Timed:
    """A session reduced to what the numbers need, times as epoch seconds."""

    session: Session
    low: float
    high: float

    @property
    def cancelled(self) -> bool:
        return self.session.is_cancelled


def load_sessions(queries: QueriesApi, period: ReportPeriod, fieldsets: str = "NO_PI",
                  type: str | None = None, keep: Callable[[Session], bool] | None = None,
                  filter: dict[str, Any] | None = None) -> list[Timed]:
    """Every session overlapping the period, cancelled included, each once.

    Schedules are chosen in Python (``keep``, before any time arithmetic) or with a filter
    on one ``scheduleId`` (see ``events_of``): a ``scheduleId`` $in filter over a year of
    instances makes SQLite join through the schedule index and is about ten times slower."""
    seen: set[str] = set()
    out: list[Timed] = []
    for start, end in period.chunks():
        result = queries.query_sessions(start, end, include_cancelled=True, fieldsets=fieldsets,
                                        type=type, filter=filter, limit=PAGE)
        while True:
            for s in result.items:
                if keep is not None and not keep(s):
                    continue
                if s.id not in seen:
                    seen.add(s.id)
                    out.append(Timed(s, s.start.timestamp(), s.end.timestamp()))
            if not result.has_next:
                break
            result = queries.query_sessions(cursor=result.next_cursor)
    return out


def events_of(queries: QueriesApi, period: ReportPeriod, ids: set[str],
              narrowed: bool) -> list[Timed]:
    """The events of these schedules. A few schedules the user chose are read one query
    each (an indexed ``scheduleId`` read of only their sessions); otherwise every event
    is read once and the schedules picked in Python, which costs the same as a query per
    schedule when a third of the sessions are wanted and less beyond."""
    if not ids:
        return []
    if narrowed and len(ids) <= FEW_SCHEDULES:
        return [item for schedule_id in sorted(ids)
                for item in load_sessions(queries, period, type="EVENT",
                                          filter={"scheduleId": schedule_id})]
    return load_sessions(queries, period, type="EVENT", keep=lambda s: s.schedule_id in ids)


def starts_inside(item: Timed, period: ReportPeriod) -> bool:
    """Counted reports (places, money) count a session in the span where it starts."""
    return period.low <= item.low < period.high


def is_blocked(session: Session) -> bool:
    return BLOCKED_TAG in session.tags


def takes(session: Session, resource_id: str) -> bool:
    """The session takes the resource's time: its own event or a BUSY link to it."""
    return session.schedule_id == resource_id or any(
        a.schedule_id == resource_id and a.transparency is Transparency.BUSY
        for a in session.affected_schedules)


def resources_taken(session: Session) -> list[str]:
    found = [session.schedule_id]
    found += [a.schedule_id for a in session.affected_schedules
              if a.transparency is Transparency.BUSY and a.schedule_id not in found]
    return found


def is_event(session: Session) -> bool:
    return session.type is SessionType.EVENT


def choose(schedules: Mapping[str, Schedule], wanted: Iterable[str] | None,
           kinds: tuple[ScheduleKind, ...], default_kinds: tuple[ScheduleKind, ...] | None = None,
           what: str = "schedule") -> list[Schedule]:
    """The schedules a report covers: the ones asked for (each must be of ``kinds``), or
    every schedule of ``default_kinds`` (``kinds`` unless given), sorted by name."""
    if wanted is None:
        default = default_kinds or kinds
        chosen = [s for s in schedules.values() if s.kind in default and not s.is_archived]
    else:
        chosen, problems = [], []
        for key in wanted:
            schedule = schedules.get(key)
            if schedule is None:
                raise NotFoundError(f"no schedule with id {key!r}")
            if schedule.kind not in kinds:
                problems.append(f"{schedule.name} is a {schedule.kind.value.lower()} schedule, "
                                f"not a {what}")
            chosen.append(schedule)
        if problems:
            raise ValidationError("; ".join(problems), field="schedule")
    return sorted(chosen, key=lambda s: (s.name.casefold(), s.id))


def resolve_schedules(schedules: Mapping[str, Schedule], keys: Iterable[str]) -> list[str]:
    """Ids for ids, names or the start of one name ("Tom" for "Tom (physiotherapist)"),
    case-insensitive; an unknown or ambiguous one is an error."""
    out = []
    for key in keys:
        if key in schedules:
            out.append(key)
            continue
        wanted = key.casefold().strip()
        named = [s.id for s in schedules.values() if s.name.casefold() == wanted] or \
            [s.id for s in schedules.values() if s.name.casefold().startswith(wanted)]
        if not named:
            raise NotFoundError(f"no schedule named or with id {key!r} (see 'schedules')")
        if len(named) > 1:
            raise ValidationError(f"{len(named)} schedules are named {key!r}; use a longer "
                                  "name or an id", field="schedule")
        out.append(named[0])
    return out
