"""Closing the business for a few days (holidays): every staff member and room blocked, and the
sessions it hits cancelled, as one action.

The closure is one all-day ``Blocked`` session of the business schedule that affects every
active resource as BUSY, so free-slot searches and conflict checks see all of them taken, and
the calendar shows one "Closed" item rather than one per person. ``hits`` lists what a closure
would cut into before the person decides; ``close_business`` writes the closure and cancels
the chosen sessions in one unit of work: one change record, one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sessions_desktop.domain.enums import BLOCKED_TAG, OwnerKind, SessionType
from sessions_desktop.domain.model import LinkedSchedule, Session
from sessions_desktop.domain.time import local_midnight
from sessions_desktop.errors import ValidationError, Violations
from sessions_desktop.services.business import business_name
from sessions_desktop.services.context import ServiceContext
from sessions_desktop.services.queries import MAX_LIMIT, QueryService
from sessions_desktop.services.schedules import ScheduleService
from sessions_desktop.services.sessions import SessionService
from sessions_desktop.services.values import Closure

MAX_DAYS = 366
MAX_REASON = 200
DEFAULT_REASON = "Closed"


class ClosureService:
    def __init__(self, ctx: ServiceContext, schedules: ScheduleService,
                 sessions: SessionService, queries: QueryService) -> None:
        self.ctx = ctx
        self.schedules = schedules
        self.sessions = sessions
        self.queries = queries

    def _check_days(self, first: date, last: date) -> None:
        problems = Violations()
        if not isinstance(first, date) or not isinstance(last, date):
            raise ValidationError("give the first and the last day as dates", field="first_day")
        if last < first:
            problems.add("last_day", "the last day comes before the first")
        elif (last - first).days + 1 > MAX_DAYS:
            problems.add("last_day", f"close for at most {MAX_DAYS} days at a time")
        problems.raise_if_any()

    def hits(self, first: date, last: date) -> list[Session]:
        """The bookings in [first, last] (whole days, business time zone) a closure would
        cut into: confirmed events that are not time off, with their participants."""
        self._check_days(first, last)
        tz = self.ctx.business_zone
        start, end = local_midnight(first, tz), local_midnight(last + timedelta(days=1), tz)
        result = self.queries.query_sessions(start, end, type=SessionType.EVENT,
                                             fieldsets="ALL_PI", limit=MAX_LIMIT)
        items = list(result.items)
        while result.has_next:
            result = self.queries.query_sessions(cursor=result.next_cursor)
            items.extend(result.items)
        return [s for s in items if BLOCKED_TAG not in s.tags]

    def close_business(self, first: date, last: date, reason: str = DEFAULT_REASON,
                       cancel: Sequence[str] = ()) -> Closure:
        """Block every active staff member and room from ``first`` to ``last`` (inclusive)
        and cancel the sessions in ``cancel`` (each must be one the closure hits)."""
        self._check_days(first, last)
        title = " ".join(str(reason or "").split()) or DEFAULT_REASON
        if len(title) > MAX_REASON:
            raise ValidationError(f"at most {MAX_REASON} characters", field="reason")
        with self.ctx.unit("close_business") as unit:
            hit = {s.id: s for s in self.hits(first, last)}
            strays = [i for i in cancel if i not in hit]
            if strays:
                raise ValidationError(f"session {strays[0]} is not in the closed days",
                                      field="cancel")
            resources = [s for s in self.schedules.list_schedules()
                         if s.owner_kind is OwnerKind.RESOURCE and not s.is_archived]
            closure = self.sessions.create_session({
                "schedule_id": self._business_schedule(), "title": title,
                "tags": [BLOCKED_TAG], "start": first, "end": last + timedelta(days=1),
                "affected_schedules": [LinkedSchedule(r.id) for r in resources]})
            cancelled = []
            for session_id in dict.fromkeys(cancel):
                self.sessions.delete_session(session_id)
                cancelled.append(hit[session_id])
            unit.result_id = closure.id
            return Closure(closure, tuple(cancelled))

    def _business_schedule(self) -> str:
        """The business's own schedule; made (in the same action) when there is none yet."""
        found = self.schedules.list_schedules(owner_kind=OwnerKind.BUSINESS)
        if found:
            return found[0].id
        name = business_name(self)   # reads the name from self.ctx, as from the services
        return self.schedules.create_schedule({"name": name or "Business",
                                               "kind": "BUSINESS"}).id
