"""Who teaches and where: checking an assignment of staff and rooms, and reassigning one.

``problems`` says what assigning resources to a time would break (archived, unknown,
double-booked, time off, outside working hours) in words a front desk reads; the window shows
them and lets the person choose, it never saves silently. ``reassign`` is the resource view's
drag from one column to another: the session (or, with a scope, its series) swaps one staff
member or room for another, optionally at a new time, as one action (one undo step).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sessions_desktop.domain.assignment import swapped_links
from sessions_desktop.domain.enums import BLOCKED_TAG, OwnerKind, SessionType
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.domain.time import as_aware
from sessions_desktop.errors import ValidationError
from sessions_desktop.services.availability import merge, takes_time_of
from sessions_desktop.services.context import ServiceContext
from sessions_desktop.services.queries import MAX_LIMIT, QueryService
from sessions_desktop.services.schedules import ScheduleService
from sessions_desktop.services.sessions import SessionService

Interval = tuple[datetime, datetime]
HOURS_LOOK_AROUND = timedelta(days=7)   # hours anywhere this near mean "has working hours"


class AssignmentService:
    def __init__(self, ctx: ServiceContext, schedules: ScheduleService,
                 sessions: SessionService, queries: QueryService) -> None:
        self.ctx = ctx
        self.schedules = schedules
        self.sessions = sessions
        self.queries = queries

    # -- checks -----------------------------------------------------------------------
    def problems(self, resource_ids: Iterable[str], start: datetime, end: datetime, *,
                 ignore: Sequence[str] = ()) -> list[str]:
        """Why giving [start, end) to these resources is a problem; [] when it is not.

        ``ignore`` are session ids not to count as clashes (the session being changed)."""
        tz = self.ctx.business_zone
        start, end = as_aware(start, tz), as_aware(end, tz)
        known = self.schedules.by_id()
        found: list[str] = []
        for resource_id in dict.fromkeys(resource_ids):
            schedule = known.get(resource_id)
            if schedule is None:
                found.append(f"there is no staff member or room with id {resource_id!r}")
                continue
            if schedule.is_archived:
                found.append(f"{schedule.name} is archived")
            clash = self._clash(resource_id, start, end, set(ignore))
            if clash is not None:
                found.append(self._clash_text(schedule, clash))
            if schedule.is_resource and not self._within_hours(resource_id, start, end):
                found.append(f"{self._when(start, end)} is outside {schedule.name}'s working "
                             "hours")
        return found

    def _events(self, resource_id: str, start: datetime, end: datetime) -> list[Session]:
        of_or_affecting = {"$or": [{"scheduleId": resource_id},
                                   {"affectedSchedules.scheduleId": {"$hasSome": [resource_id]}}]}
        result = self.queries.query_sessions(start - timedelta(days=1), end,
                                             type=SessionType.EVENT, filter=of_or_affecting,
                                             limit=MAX_LIMIT)
        items = list(result.items)
        while result.has_next:
            result = self.queries.query_sessions(cursor=result.next_cursor)
            items.extend(result.items)
        return items

    def _clash(self, resource_id: str, start: datetime, end: datetime,
               ignore: set[str]) -> Session | None:
        for other in self._events(resource_id, start, end):
            if other.id in ignore or not takes_time_of(other, resource_id):
                continue
            until = other.end + timedelta(minutes=other.time_reserved_after or 0)
            if other.start < end and start < until:
                return other
        return None

    def _clash_text(self, schedule: Schedule, clash: Session) -> str:
        if BLOCKED_TAG in clash.tags:
            return f"{schedule.name} is not available then ({clash.title or 'time off'})"
        when = "all day" if clash.all_day else self._when(clash.start, clash.end)
        return f"{schedule.name} is already booked then: {clash.title or 'a session'}, {when}"

    def _when(self, start: datetime, end: datetime) -> str:
        tz = self.ctx.business_zone
        a, b = start.astimezone(tz), end.astimezone(tz)
        return f"{a:%a %d %b} {a:%H:%M}–{b:%H:%M}"

    def _hours(self, schedule_ids: list[str], start: datetime, end: datetime) -> list[Session]:
        if not schedule_ids:
            return []
        return list(self.queries.query_sessions(
            start, end, type=SessionType.WORKING_HOURS, limit=MAX_LIMIT,
            filter={"scheduleId": {"$in": schedule_ids}}).items)

    def _within_hours(self, resource_id: str, start: datetime, end: datetime) -> bool:
        """Covered by the resource's working hours; a resource with no hours near this time
        uses the business hours; with none of either there is nothing to be outside of."""
        around = self._hours([resource_id], start - HOURS_LOOK_AROUND, end + HOURS_LOOK_AROUND)
        if not around:
            business = [s.id for s in self.schedules.list_schedules(
                owner_kind=OwnerKind.BUSINESS)]
            around = self._hours(business, start - HOURS_LOOK_AROUND, end + HOURS_LOOK_AROUND)
            if not around:
                return True
        cursor = start
        for low, high in merge([(s.start, s.end) for s in around]):
            if low <= cursor < high:
                cursor = high
            if cursor >= end:
                return True
        return cursor >= end

    # -- the drag between columns -------------------------------------------------------
    def reassign(self, session_id: str, from_id: str | None, to_id: str | None, *,
                 scope: Any = None, start: datetime | None = None,
                 end: datetime | None = None, expected_version: int | None = None) -> Session:
        """Swap ``from_id`` for ``to_id`` among the session's staff and rooms (``from_id``
        None: add ``to_id``; ``to_id`` None: take ``from_id`` off), moving it to
        [start, end) when given. A resource's own time off moves to the other resource.
        One action: one transaction, one change record, one undo step."""
        if from_id == to_id and start is None:
            raise ValidationError("choose another staff member or room",
                                  field="affected_schedules")
        with self.ctx.unit("reassign") as unit:
            session = self.sessions.get_session(session_id)
            patch = self._patch(session, from_id, to_id) if from_id != to_id else {}
            if start is not None and end is not None:
                patch.update(start=start, end=end)
            result = self.sessions.update_session(session_id, patch, scope=scope,
                                                  expected_version=expected_version)
            unit.result_id = result.id
            return result

    def _patch(self, session: Session, from_id: str | None,
               to_id: str | None) -> dict[str, Any]:
        target = self._check_target(to_id) if to_id is not None else None
        if from_id is not None and from_id == session.schedule_id:
            if target is None:
                raise ValidationError("time off belongs to someone; drag it to another staff "
                                      "member or room", field="affected_schedules")
            return {"schedule_id": target.id}
        try:
            links = swapped_links(session.affected_schedules, from_id,
                                  target.id if target else None)
        except ValueError:
            raise ValidationError(f"the session does not take {self._name(from_id or '')}",
                                  field="affected_schedules") from None
        return {"affected_schedules": links}

    def _check_target(self, schedule_id: str) -> Schedule:
        schedule = self.schedules.by_id().get(schedule_id)
        if schedule is None or schedule.owner_kind is not OwnerKind.RESOURCE:
            raise ValidationError(f"{schedule_id!r} is not a staff member, room or equipment",
                                  field="affected_schedules")
        if schedule.is_archived:
            raise ValidationError(f"{schedule.name} is archived; restore it in Schedules "
                                  "first", field="affected_schedules")
        return schedule

    def _name(self, schedule_id: str) -> str:
        schedule = self.schedules.by_id().get(schedule_id)
        return schedule.name if schedule else repr(schedule_id)
