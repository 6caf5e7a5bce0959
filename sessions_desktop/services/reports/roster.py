"""What goes on paper for a day or a class: a day roster per staff member or room, and the
class list of one session.

Personal information (participants' names, phones, e-mails) is read only when the caller
asks for it (the ALL_PI fieldset); otherwise a sheet carries counts, never people. Times are
in the business time zone, where the wall the roster hangs on is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sessions_desktop.domain.enums import ScheduleKind, SessionType
from sessions_desktop.domain.model import Participant, Schedule, Session
from sessions_desktop.domain.time import local_midnight
from sessions_desktop.errors import ValidationError
from sessions_desktop.services.reports.load import is_blocked, resources_taken, takes

RESOURCE_KINDS = (ScheduleKind.STAFF, ScheduleKind.ROOM, ScheduleKind.EQUIPMENT)
DEFAULT_KINDS = (ScheduleKind.STAFF, ScheduleKind.ROOM)


@dataclass(frozen=True)
class SheetEntry:
    """One line of a roster (or the head of a class list)."""

    session_id: str
    start: datetime
    end: datetime
    title: str
    service: str
    staff: tuple[str, ...]
    rooms: tuple[str, ...]
    participants: tuple[Participant, ...] | None    # None: personal information left out
    booked: int
    capacity: int | None
    notes: str | None
    time_off: bool
    all_day: bool


@dataclass(frozen=True)
class RosterPage:
    resource_id: str
    resource_name: str
    kind: ScheduleKind
    working: tuple[tuple[datetime, datetime], ...]
    entries: tuple[SheetEntry, ...]


@dataclass(frozen=True)
class Roster:
    day: date
    include_pi: bool
    pages: tuple[RosterPage, ...]


def day_window(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    return local_midnight(day, tz), local_midnight(day + timedelta(days=1), tz)


def sheet_entry(session: Session, schedules: Mapping[str, Schedule],
                tz: ZoneInfo) -> SheetEntry:
    taken = [schedules[i] for i in resources_taken(session) if i in schedules]
    own = schedules.get(session.schedule_id)
    return SheetEntry(
        session.id, session.start.astimezone(tz), session.end.astimezone(tz),
        session.title or (own.name if own else ""), own.name if own else "",
        tuple(s.name for s in taken if s.kind is ScheduleKind.STAFF),
        tuple(s.name for s in taken if s.kind is ScheduleKind.ROOM),
        session.participants, session.total_number_of_participants, session.capacity,
        session.notes, is_blocked(session), session.all_day)


def build_roster(day: date, sessions: Iterable[Session], schedules: Mapping[str, Schedule],
                 resource_ids: list[str] | None, include_pi: bool, tz: ZoneInfo) -> Roster:
    """One page per resource asked for (even an empty day), or, when none is named, per
    staff member and room with anything booked that day."""
    live = [s for s in sessions if not s.is_cancelled]
    pages = []
    for resource in _resources(schedules, resource_ids):
        entries = sorted((sheet_entry(s, schedules, tz) for s in live
                          if s.type is SessionType.EVENT and takes(s, resource.id)),
                         key=lambda e: (not e.all_day, e.start, e.title))
        if not entries and resource_ids is None:
            continue
        working = tuple(sorted((s.start.astimezone(tz), s.end.astimezone(tz)) for s in live
                               if s.type is SessionType.WORKING_HOURS
                               and s.schedule_id == resource.id))
        pages.append(RosterPage(resource.id, resource.name, resource.kind, working,
                                tuple(entries)))
    return Roster(day, include_pi, tuple(pages))


def _resources(schedules: Mapping[str, Schedule], ids: list[str] | None) -> list[Schedule]:
    if ids is None:
        found = [s for s in schedules.values() if s.kind in DEFAULT_KINDS]
        return sorted(found, key=lambda s: (DEFAULT_KINDS.index(s.kind), s.name.casefold()))
    out = []
    for resource_id in ids:
        schedule = schedules.get(resource_id)
        if schedule is None or schedule.kind not in RESOURCE_KINDS:
            what = schedule.name if schedule else resource_id
            raise ValidationError(f"{what} is not a staff member, room or equipment",
                                  field="resource")
        out.append(schedule)
    return out
