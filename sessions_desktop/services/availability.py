"""Free time of a resource: its working hours minus BUSY events of or affecting it, each busy
event extended by its buffer (``time_reserved_after``).

Working hours are the resource's own ``WORKING_HOURS`` sessions; a resource without any uses
the business schedule's working hours (the business hours), and without those it has none.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sessions_desktop.domain.enums import OwnerKind, SessionType, Transparency
from sessions_desktop.domain.limits import out_of_range, year_in_range
from sessions_desktop.domain.model import Session
from sessions_desktop.domain.time import as_aware
from sessions_desktop.errors import ValidationError
from sessions_desktop.services.queries import MAX_LIMIT, QueryService
from sessions_desktop.services.schedules import ScheduleService
from sessions_desktop.services.values import Interval, Slot


def merge(intervals: list[Interval]) -> list[Interval]:
    """Sorted, non-overlapping union of intervals."""
    out: list[Interval] = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def subtract(free: list[Interval], busy: list[Interval]) -> list[Interval]:
    """``free`` minus ``busy``; both sorted and merged."""
    out: list[Interval] = []
    busy = merge(busy)
    for start, end in free:
        cursor = start
        for b_start, b_end in busy:
            if b_end <= cursor or b_start >= end:
                continue
            if b_start > cursor:
                out.append((cursor, b_start))
            cursor = max(cursor, b_end)
        if cursor < end:
            out.append((cursor, end))
    return out


def takes_time_of(session: Session, schedule_id: str) -> bool:
    """Does this EVENT make ``schedule_id`` busy (its own, or linked as BUSY)?"""
    if session.type is not SessionType.EVENT:
        return False
    if session.schedule_id == schedule_id:   # unless it links its own schedule as FREE
        return not any(a.schedule_id == schedule_id and a.transparency is Transparency.FREE
                       for a in session.affected_schedules)
    return any(a.schedule_id == schedule_id and a.transparency is Transparency.BUSY
               for a in session.affected_schedules)


MAX_SLOT_MINUTES = 7 * 24 * 60


class AvailabilityService:
    def __init__(self, queries: QueryService, schedules: ScheduleService) -> None:
        self.queries = queries
        self.schedules = schedules

    def _all(self, start: datetime, end: datetime, **kwargs: Any) -> list[Session]:
        result = self.queries.query_sessions(start, end, limit=MAX_LIMIT, **kwargs)
        items = list(result.items)
        while result.has_next:
            result = self.queries.query_sessions(cursor=result.next_cursor)
            items.extend(result.items)
        return items

    def _aware(self, moment: datetime) -> datetime:
        """Input without an offset means the business time zone."""
        if isinstance(moment, (date, datetime)) and not year_in_range(moment):
            raise ValidationError(out_of_range(moment), field="start")
        return as_aware(moment, self.queries.ctx.business_zone)

    def working_hours(self, resource_id: str, start: datetime, end: datetime) -> list[Interval]:
        start, end = self._aware(start), self._aware(end)
        own = self._all(start, end, type=SessionType.WORKING_HOURS,
                        filter={"scheduleId": resource_id})
        if not own:
            business = [s.id for s in self.schedules.list_schedules(
                owner_kind=OwnerKind.BUSINESS)]
            if business:
                own = self._all(start, end, type=SessionType.WORKING_HOURS,
                                filter={"scheduleId": {"$in": business}})
        return merge([(max(s.start, start), min(s.end, end)) for s in own])

    def busy(self, resource_id: str, start: datetime, end: datetime,
             ignore_session: str | None = None) -> list[Interval]:
        """BUSY events of or affecting the resource, each with its buffer after it."""
        start, end = self._aware(start), self._aware(end)
        of_or_affecting = {"$or": [{"scheduleId": resource_id},
                                   {"affectedSchedules.scheduleId": {"$hasSome": [resource_id]}}]}
        events = self._all(start - timedelta(days=1), end, type=SessionType.EVENT,
                           filter=of_or_affecting)
        return merge([(s.start, s.end + timedelta(minutes=s.time_reserved_after or 0))
                      for s in events if takes_time_of(s, resource_id)
                      and (ignore_session is None
                           or ignore_session not in (s.id, s.recurring_session_id))])

    def free_intervals(self, resource_id: str, start: datetime, end: datetime) -> list[Interval]:
        self.schedules.get_schedule(resource_id)
        start, end = self._aware(start), self._aware(end)
        return subtract(self.working_hours(resource_id, start, end),
                        self.busy(resource_id, start, end))

    def free_slots(self, resource_id: str, duration_minutes: int, start: datetime,
                   end: datetime, *, step_minutes: int | None = None,
                   limit: int = 1000) -> list[Slot]:
        """Bookable slots of ``duration_minutes`` in [start, end), stepping by
        ``step_minutes`` (default: the duration, back to back) from each free stretch."""
        for name, value in (("duration", duration_minutes), ("step", step_minutes)):
            if value is None and name == "step":
                continue
            if isinstance(value, bool) or not isinstance(value, int) or \
                    not 1 <= value <= MAX_SLOT_MINUTES:
                raise ValidationError(f"must be a whole number of minutes, 1 to "
                                      f"{MAX_SLOT_MINUTES:,}", field=name)
        step = timedelta(minutes=step_minutes or duration_minutes)
        length = timedelta(minutes=duration_minutes)
        slots: list[Slot] = []
        for free_start, free_end in self.free_intervals(resource_id, start, end):
            cursor = free_start
            while cursor + length <= free_end and len(slots) < limit:
                slots.append(Slot(cursor, cursor + length, resource_id))
                cursor += step
        return slots
