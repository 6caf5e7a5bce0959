"""Schedule writes as undoable commands, next to the session writes of ``Operations``.

The schedule service publishes what changed but keeps no "before" rows (schedules are few and
small), so this module snapshots the schedule before a write and undoes by writing that
snapshot back; undoing a creation archives the new schedule (nothing is ever deleted).
A save of the schedules dialog, with its working-hours and time-off session writes, is one
macro: one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields as dc_fields
from typing import Any

from PySide6.QtGui import QUndoCommand

from sessions_desktop.domain.model import Schedule, ScheduleDefaults
from sessions_desktop.errors import SessionsError
from sessions_desktop.ui.operations import Operations


def values_of(schedule: Schedule) -> dict[str, Any]:
    """Every writable field, so writing them back restores the schedule exactly."""
    return {"name": schedule.name, "kind": schedule.kind.value, "colour": schedule.colour,
            "time_zone": schedule.time_zone,
            "default_duration_minutes": schedule.default_duration_minutes,
            "defaults": {f.name: getattr(schedule.defaults, f.name)
                         for f in dc_fields(ScheduleDefaults)}}


class ScheduleCommand(QUndoCommand):
    def __init__(self, writer: ScheduleWriter, label: str, before: Schedule | None,
                 after: Schedule) -> None:
        super().__init__(label)
        self.writer, self.before, self.after, self._first = writer, before, after, True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.writer.apply(self.text(), self.before, self.after)

    def undo(self) -> None:
        self.writer.apply(self.text(), self.after, self.before)


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
            saved = self.ops.run(label, lambda: svc.create_schedule(values))
        else:
            saved = self.ops.run(label, lambda: svc.update_schedule(
                before.id, values, expected_version=before.version))
        if saved is not None:
            self.ops.stack.push(ScheduleCommand(self, label, before, saved))
        return saved

    def archive(self, schedule: Schedule, archived: bool) -> Schedule | None:
        label = "Archive schedule" if archived else "Restore schedule"
        svc = self.services.schedules
        saved = self.ops.run(label, lambda: svc.archive_schedule(
            schedule.id, archived=archived, expected_version=schedule.version))
        if saved is not None:
            self.ops.stack.push(ScheduleCommand(self, label, schedule, saved))
        return saved

    def apply(self, label: str, current: Schedule | None, target: Schedule | None) -> None:
        """Write ``target`` over ``current`` (None: the schedule did not exist: archive)."""
        svc = self.services.schedules
        try:
            schedule_id = (target or current).id  # type: ignore[union-attr]
            now = svc.get_schedule(schedule_id)
            if target is None:
                svc.archive_schedule(schedule_id, archived=True, expected_version=now.version)
                return
            if now.status is not target.status:
                now = svc.archive_schedule(schedule_id, archived=target.is_archived,
                                           expected_version=now.version)
            svc.update_schedule(schedule_id, values_of(target), expected_version=now.version)
        except SessionsError as exc:
            self.ops.show_error(label, exc)

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
        from sessions_desktop.presentation.working_hours import group

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
