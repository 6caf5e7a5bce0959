"""Schedule writes of the schedules dialog, through the window's one write helper.

Each user action is one service command, so ``Operations`` turns it into one undo step: a
save of the form (the schedule and, for staff and rooms, a changed week of working hours) is
``resources.save``; archiving, adding and removing time off are one call each.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sessions_desktop.domain.enums import BLOCKED_TAG
from sessions_desktop.domain.model import Schedule
from sessions_desktop.domain.working_hours import Week
from sessions_desktop.ui.common.i18n import translate
from sessions_desktop.ui.shell.operations import Operations


class ScheduleWriter:
    """The schedules dialog's one door to the services; it never writes on its own."""

    def __init__(self, ops: Operations) -> None:
        self.ops = ops
        self.services = ops.services

    def save(self, label: str, schedule_id: str | None, values: dict[str, Any],
             week: Week | None = None, hours_from: date | None = None) -> Schedule | None:
        """Save the form; ``week`` (when the hours changed) replaces the working hours."""
        resources = self.services.resources
        version = self.services.schedules.get_schedule(schedule_id).version \
            if schedule_id else None
        return self.ops.run(label, lambda: resources.save(
            schedule_id, values, expected_version=version, week=week, hours_from=hours_from))

    def archive(self, schedule: Schedule, archived: bool) -> Schedule | None:
        label = (
            translate("ScheduleWriter", "Archive schedule")
            if archived
            else translate("ScheduleWriter", "Restore schedule")
        )
        svc = self.services.schedules
        return self.ops.run(label, lambda: svc.archive_schedule(
            schedule.id, archived=archived, expected_version=schedule.version))

    def working_week(self, resource_id: str, first_day: date) -> Week:
        return self.services.resources.working_week(resource_id, first_day)

    def add_time_off(self, resource_id: str, start: datetime | date, end: datetime | date,
                     reason: str):
        """Dates (whole days) make an all-day session: a day off squeezes no class."""
        fields = {
            "schedule_id": resource_id,
            "title": reason or translate("ScheduleWriter", "Time off"),
            "tags": [BLOCKED_TAG],          # a key, never translated
            "start": start,
            "end": end,
        }
        return self.ops.run(translate("ScheduleWriter", "Add time off"),
                            lambda: self.services.sessions.create_session(fields))

    def remove_time_off(self, session_id: str):
        return self.ops.run(translate("ScheduleWriter", "Remove time off"),
                            lambda: self.services.sessions.delete_session(session_id))
