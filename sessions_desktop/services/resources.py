"""Staff and rooms as the schedules dialog saves them: the schedule and its weekly working
hours in one action (one transaction, one change record, one undo step).

Working hours are stored as one weekly ``WORKING_HOURS`` series per group of days with equal
hours (``domain.working_hours``). Changing them ends the series running before the chosen day
and starts new ones that day, so past weeks keep the hours they had.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.domain.time import local_midnight, wall_clock
from sessions_desktop.domain.working_hours import Week, group, week_of
from sessions_desktop.errors import ValidationError
from sessions_desktop.services.context import ServiceContext
from sessions_desktop.services.queries import QueryService
from sessions_desktop.services.schedules import ScheduleService
from sessions_desktop.services.sessions import SessionService

HOURS_TITLE = "Working hours"


class ResourceService:
    def __init__(self, ctx: ServiceContext, schedules: ScheduleService,
                 sessions: SessionService, queries: QueryService) -> None:
        self.ctx = ctx
        self.schedules = schedules
        self.sessions = sessions
        self.queries = queries

    def hours_series(self, resource_id: str, first_day: date) -> list[Session]:
        """The resource's WORKING_HOURS series still running on or after ``first_day``."""
        start = local_midnight(first_day, self.ctx.business_zone)
        return list(self.queries.query_sessions(
            start, start + timedelta(days=366), type="WORKING_HOURS", instances=False,
            filter={"scheduleId": resource_id}).items)

    def working_week(self, resource_id: str, first_day: date) -> Week:
        """The weekly hours the resource has from ``first_day`` on (empty: none stored)."""
        tz = self.ctx.business_zone
        return week_of((s.recurrence, wall_clock(s.start, tz), wall_clock(s.end, tz))
                       for s in self.hours_series(resource_id, first_day) if s.recurrence)

    def replace_working_hours(self, resource_id: str, week: Week, first_day: date) -> None:
        """End the current working hours from ``first_day`` and store ``week`` from then."""
        with self.ctx.unit("working_hours") as unit:
            self._replace(resource_id, week, first_day)
            unit.result_id = resource_id

    def save(self, schedule_id: str | None, values: Mapping[str, Any], *,
             expected_version: int | None = None, week: Week | None = None,
             hours_from: date | None = None) -> Schedule:
        """Create or update a schedule and, for staff, rooms or the business, replace its
        working hours with ``week`` from ``hours_from`` (when given): one action."""
        if week is not None and hours_from is None:
            raise ValidationError("give the first day of the new working hours",
                                  field="hours_from")
        with self.ctx.unit("save_schedule") as unit:
            if schedule_id is None:
                saved = self.schedules.create_schedule(values)
            else:
                saved = self.schedules.update_schedule(schedule_id, values,
                                                       expected_version=expected_version)
            if week is not None and hours_from is not None:
                if saved.is_service:
                    raise ValidationError("a service has no working hours of its own; its "
                                          "staff and rooms have them", field="working_hours")
                self._replace(saved.id, week, hours_from)
            unit.result_id = saved.id
            return self.schedules.get_schedule(saved.id)

    def _replace(self, resource_id: str, week: Week, first_day: date) -> None:
        """The old series end before ``first_day`` (that day's old hours included, so the day
        shows the new hours only); new series start that day."""
        start = local_midnight(first_day, self.ctx.business_zone)
        for series in self.hours_series(resource_id, first_day):
            first = self.queries.query_sessions(
                start, start + timedelta(days=365), filter={"recurringSessionId": series.id},
                limit=1).items
            if series.start >= start or not first:
                self.sessions.delete_session(series.id, scope="ALL")
            else:
                self.sessions.delete_session(first[0].id, scope="FOLLOWING")
        for part in group(week):
            self.sessions.create_session({
                "schedule_id": resource_id, "type": "WORKING_HOURS", "title": HOURS_TITLE,
                "recurrence": part.rule, "start": datetime.combine(first_day, part.start),
                "end": datetime.combine(first_day, part.end)})
