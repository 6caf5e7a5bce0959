"""Schedule writes of the schedules dialog, through the window's one write helper.

Schedule writes publish their rows before and after like session writes, so ``Operations``
turns each into an undo step of its own (undoing a creation removes the schedule once its
sessions are undone). A save of the dialog, with its working-hours and time-off session
writes, is one macro: one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sessions_desktop.domain.model import Schedule
from sessions_desktop.ui.shell.operations import Operations


class ScheduleWriter:
    """The schedules dialog's one door to the services; it never writes on its own."""

    def __init__(self, ops: Operations) -> None:
        self.ops = ops
        self.services = ops.services

    @contextmanager
    def step(self, label: str) -> Iterator[None]:
        """Everything written inside is one undo step."""
        self.ops.stack.beginMacro(label)
        try:
            yield
        finally:
            self.ops.stack.endMacro()

    def save(self, label: str, schedule_id: str | None, values: dict[str, Any]
             ) -> Schedule | None:
        svc = self.services.schedules
        before = svc.get_schedule(schedule_id) if schedule_id else None
        if before is None:
            return self.ops.run(label, lambda: svc.create_schedule(values))
        return self.ops.run(label, lambda: svc.update_schedule(
            before.id, values, expected_version=before.version))

    def archive(self, schedule: Schedule, archived: bool) -> Schedule | None:
        label = "Archive schedule" if archived else "Restore schedule"
        svc = self.services.schedules
        return self.ops.run(label, lambda: svc.archive_schedule(
            schedule.id, archived=archived, expected_version=schedule.version))

    def session(self, label: str, call: Callable[[], Any]) -> Any:
        """A session write (working hours, time off) through Operations."""
        return self.ops.run(label, call)

    # -- working hours and time off -------------------------------------------------
    def hours_series(self, resource_id: str, start) -> list:
        """The resource's WORKING_HOURS series still running on or after ``start``."""
        from datetime import timedelta

        return list(self.services.queries.query_sessions(
            start, start + timedelta(days=366), type="WORKING_HOURS", instances=False,
            filter={"scheduleId": resource_id}).items)

    def replace_hours(self, resource_id: str, week, first_day) -> None:
        """End the current working hours from now on and store ``week`` from ``first_day``."""
        from datetime import datetime

        from sessions_desktop.domain.time import local_midnight
        from sessions_desktop.domain.working_hours import group

        sessions = self.services.sessions
        tz = self.services.ctx.business_zone
        for series in self.hours_series(resource_id, local_midnight(first_day, tz)):
            self.session("End working hours", lambda s=series: sessions.delete_session(s.id))
        for part in group(week):
            fields = {"schedule_id": resource_id, "type": "WORKING_HOURS",
                      "title": "Working hours", "recurrence": part.rule,
                      "start": datetime.combine(first_day, part.start),
                      "end": datetime.combine(first_day, part.end)}
            self.session("Working hours", lambda f=fields: sessions.create_session(f))

    def add_time_off(self, resource_id: str, start, end, reason: str):
        fields = {"schedule_id": resource_id, "title": reason or "Time off",
                  "tags": ["Blocked"], "start": start, "end": end}
        return self.session("Add time off",
                            lambda: self.services.sessions.create_session(fields))

    def remove_time_off(self, session_id: str):
        return self.session("Remove time off",
                            lambda: self.services.sessions.delete_session(session_id))
