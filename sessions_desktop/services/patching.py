"""Turning a checked patch into a new row: the one place a session row's fields, times and
rule are changed, shared by the single-session writes and the series edits.

It knows schedules (for ``schedule_id`` and its archive state) and the business zone, never
the transaction: callers decide what to write.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sessions_desktop.domain.model import INHERIT, Schedule
from sessions_desktop.domain.recurrence import first_slot
from sessions_desktop.domain.time import to_epoch
from sessions_desktop.domain.wire import field_to_wire
from sessions_desktop.errors import ValidationError, Violations
from sessions_desktop.services import inputs
from sessions_desktop.services.assemble import wall_to_aware, zone_of
from sessions_desktop.services.context import ServiceContext
from sessions_desktop.services.schedules import ScheduleService
from sessions_desktop.services.series import fill_series_columns, timing_of
from sessions_desktop.storage.records import SERIES, SessionRecord


def apply_own(fields: dict[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """Own-field JSON after a patch: INHERIT drops the override, anything else sets it."""
    out = dict(fields)
    for key, value in changes.items():
        if value is INHERIT:
            out.pop(key, None)
        else:
            out[key] = field_to_wire(key, value)
    return out


def timing_of_record(record: SessionRecord) -> inputs.Timing:
    """A row's own times as checked input times (aware, in the row's zone)."""
    tz = zone_of(record.time_zone)
    return inputs.Timing(wall_to_aware(record.start_local, tz),
                         wall_to_aware(record.end_local, tz), record.all_day,
                         record.time_zone)


def set_timing(record: SessionRecord, timing: inputs.Timing) -> None:
    start_wall, end_wall = timing.wall()
    record.start_local, record.end_local = start_wall.isoformat(), end_wall.isoformat()
    record.start_utc, record.end_utc = to_epoch(timing.start), to_epoch(timing.end)
    record.time_zone, record.all_day = timing.time_zone, timing.all_day


def check_series_has_slots(record: SessionRecord) -> None:
    """A series row must give at least one session; fills its derived columns."""
    # first slot before the span: a rule with no session at all (say BYSETPOS with days a
    # DAILY rule never reaches) is refused before its last slot is sought across centuries
    if first_slot(timing_of(record)) is None:
        raise ValidationError("the rule gives no sessions after the start", field="recurrence")
    fill_series_columns(record)
    if record.until_utc is not None and record.until_utc <= record.start_utc:
        raise ValidationError("the rule gives no sessions after the start", field="recurrence")


class RecordPatcher:
    def __init__(self, ctx: ServiceContext, schedules: ScheduleService) -> None:
        self.ctx = ctx
        self.schedules = schedules

    def schedule_for(self, schedule_id: Any, problems: Violations,
                     required: bool) -> Schedule | None:
        if schedule_id is None:
            if required:
                problems.add("schedule_id", "is required")
            return None
        schedule = self.schedules.by_id().get(str(schedule_id))
        if schedule is None:
            problems.add("schedule_id", f"unknown schedule {schedule_id!r}")
        elif schedule.is_archived:
            problems.add("schedule_id", f"schedule {schedule.name!r} is archived")
        return schedule

    def patched_record(self, record: SessionRecord, patch: Mapping[str, Any],
                       *, allow_rule: bool = True) -> SessionRecord:
        """A copy of a single or series row with ``patch`` applied and checked."""
        problems = Violations()
        inputs.unknown_fields(patch, problems)
        updated = record.copy()
        if patch.get("schedule_id") is not None:
            schedule = self.schedule_for(patch["schedule_id"], problems, required=True)
            if schedule is not None:
                updated.schedule_id = schedule.id
        new_type = inputs.session_type(patch, problems)
        if new_type is not None:
            updated.type = new_type.value
        own = inputs.own_changes(patch, problems)
        base = timing_of_record(record)
        timing = inputs.check_timing(patch, base, self.ctx.business_zone, record.time_zone,
                                     problems) if inputs.TIME_FIELDS & patch.keys() else base
        rule, rdates, exdates = inputs.check_rule(patch, problems, timing.tz if timing else None,
                                                  all_day=bool(timing and timing.all_day),
                                                  current=record.recurrence)
        if (rule or patch.get("recurrence_dates") or patch.get("excluded_dates")) and \
                not allow_rule:
            problems.add("recurrence", "an instance has no rule of its own; edit its series")
        if "recurrence" in patch and patch["recurrence"] is None and record.kind == SERIES:
            problems.add("recurrence", "a series keeps a rule; delete this and following "
                                       "sessions to end it")
        problems.raise_if_any()
        assert timing is not None
        set_timing(updated, timing)
        if rule is not None:
            updated.recurrence, updated.kind = rule, SERIES
        if rdates is not None:
            updated.rdates = rdates
        if exdates is not None:
            updated.exdates = exdates
        updated.fields = apply_own(record.fields, own)
        return updated
