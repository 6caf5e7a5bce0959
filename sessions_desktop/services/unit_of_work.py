"""One user action: one transaction, one change record, one undo step.

Every service write runs inside a ``Unit``. A write called while another unit is open on the
same thread joins it: it shares the transaction and the ``WriteSet`` and publishes nothing of
its own. So a compound operation (an editor save with its restores, a resource saved with its
working hours) is written as plain calls of the simple ones inside ``ctx.unit(...)``, and the
window receives exactly one ``ChangeRecord`` whose rows before and after cover all of it:
undo reverts all of it, and a failure halfway writes none of it.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.services.writes import WriteSet
from sessions_desktop.storage.records import ScheduleRecord
from sessions_desktop.storage.repository import Repository


class Unit:
    """The rows one action touches: sessions through ``writes``, schedules noted beside."""

    def __init__(self, repo: Repository, now: datetime, action: str) -> None:
        self.writes = WriteSet(repo, now)
        self.action = action
        self.result_id: str | None = None
        self.schedules_before: dict[str, ScheduleRecord | None] = {}
        self.schedules_after: dict[str, ScheduleRecord | None] = {}
        # An action too large to carry its rows (a huge import) lets them go: its change then
        # tells every view to reload these schedules and cannot be undone.
        self.refresh_all = False
        self.refreshed_schedules: set[str] = set()
        self.published: ChangeRecord | None = None   # the record the outermost unit sent out

    def result(self) -> ChangeRecord:
        """This action's change record: the very one published once the action is done."""
        return self.published if self.published is not None else self.change()

    def note_schedule(self, schedule_id: str, before: ScheduleRecord | None,
                      after: ScheduleRecord | None) -> None:
        """A schedule row written by this action: its first "before" and last "after"."""
        self.schedules_before.setdefault(schedule_id, before)
        self.schedules_after[schedule_id] = after

    def change(self) -> ChangeRecord:
        if self.refresh_all:
            return ChangeRecord(action=self.action, ids=(), start=None, end=None,
                                schedule_ids=tuple(sorted(self.refreshed_schedules)),
                                result_id=self.result_id)
        change = self.writes.change(self.action, self.result_id)
        if not self.schedules_after:
            return change
        return dataclasses.replace(
            change, ids=change.ids or tuple(self.schedules_after),
            schedule_ids=tuple(sorted({*change.schedule_ids, *self.schedules_after})),
            schedules_before=tuple(self.schedules_before.items()),
            schedules_after=tuple(self.schedules_after.items()))
