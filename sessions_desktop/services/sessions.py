"""The Sessions contract: create, get, list, update, delete, restore, and undo of any write.

Reads build domain ``Session`` objects from rows (``locate``/``assemble``); writes validate the
whole input first (every violated field in one error), then change rows through a ``WriteSet``
in one transaction. Series mechanics (scopes, splits, moving a series) live in ``series_edits``.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.domain.enums import Fieldset, Scope, SessionStatus, SessionType
from sessions_desktop.domain.model import INHERIT, Session
from sessions_desktop.domain.time import to_epoch, wall_clock
from sessions_desktop.errors import (
    ConflictError,
    FailedPreconditionError,
    NotFoundError,
    ValidationError,
    Violations,
)
from sessions_desktop.services import inputs
from sessions_desktop.services.context import ServiceContext
from sessions_desktop.services.locate import Target, build, locate
from sessions_desktop.services.schedules import ScheduleService
from sessions_desktop.services.series import (
    SeriesCache,
    fill_series_columns,
    split_instance_id,
    timing_of,
)
from sessions_desktop.services.series_edits import SeriesEditor
from sessions_desktop.services.writes import WriteSet
from sessions_desktop.storage.records import (
    EXCEPTION,
    SERIES,
    SINGLE,
    SessionRecord,
    same_content,
)

MAX_LIST_IDS = 1000
MAX_ID_LENGTH = 255


def parse_fieldset(fieldsets: Any) -> Fieldset:
    """``NO_PI`` unless ``ALL_PI`` is asked for (alone or with NO_PI, as in Wix)."""
    if fieldsets is None:
        return Fieldset.NO_PI
    items = [fieldsets] if isinstance(fieldsets, (str, Fieldset)) else list(fieldsets)
    names = {str(f).upper() for f in items}
    unknown = names - {"NO_PI", "ALL_PI"}
    if unknown:
        raise ValidationError(f"unknown fieldset {sorted(unknown)[0]!r}; use NO_PI or ALL_PI",
                              field="fieldsets")
    return Fieldset.ALL_PI if "ALL_PI" in names else Fieldset.NO_PI


def parse_scope(scope: Any) -> Scope | None:
    if scope is None:
        return None
    try:
        return Scope(str(scope).upper())
    except ValueError:
        raise ValidationError(f"unknown scope {scope!r}; use THIS, FOLLOWING or ALL",
                              field="scope") from None


def apply_own(fields: dict, changes: Mapping[str, Any]) -> dict:
    """Own-field JSON after a patch: INHERIT drops the override, anything else sets it."""
    from sessions_desktop.domain.wire import field_to_wire

    out = dict(fields)
    for key, value in changes.items():
        if value is INHERIT:
            out.pop(key, None)
        else:
            out[key] = field_to_wire(key, value)
    return out


class SessionService:
    def __init__(self, ctx: ServiceContext, schedules: ScheduleService) -> None:
        self.ctx = ctx
        self.schedules = schedules
        self.cache = SeriesCache()
        ctx.repo.rollback_listeners.append(self.cache.clear)
        self.series = SeriesEditor(self)

    # -- reads ------------------------------------------------------------------------
    def get_session(self, session_id: str, fieldsets: Any = None) -> Session:
        """A single, a recurring session or an instance by id; unknown ids: NotFoundError."""
        fieldset = parse_fieldset(fieldsets)
        with self.ctx.repo.read():
            target = locate(self.ctx.repo, self.cache, session_id)
            return build(target, self.schedules.by_id(), fieldset)

    def list_sessions(self, ids: Sequence[str], fieldsets: Any = None) -> list[Session]:
        """Up to 1000 ids, in the order asked; unknown ids are left out."""
        if isinstance(ids, str) or len(ids) > MAX_LIST_IDS:
            raise ValidationError(f"give a list of at most {MAX_LIST_IDS} ids", field="ids")
        fieldset = parse_fieldset(fieldsets)
        found = []
        with self.ctx.repo.read():
            schedules = self.schedules.by_id()
            for session_id in ids:
                try:
                    found.append(build(locate(self.ctx.repo, self.cache, session_id),
                                       schedules, fieldset))
                except NotFoundError:
                    continue
        return found

    # -- create -----------------------------------------------------------------------
    def create_session(self, fields: Mapping[str, Any]) -> Session:
        """Create a single or recurring session; unset fields inherit from the schedule."""
        record = self._new_record(fields)
        with self.ctx.repo.write():
            if record.id and self.ctx.repo.get(record.id) is not None:
                raise ValidationError(f"a session with id {record.id!r} exists", field="id")
            writes = self.writes()
            writes.insert(record)
            writes.finish()
        return self._done(writes, "create", record.id)

    def _new_record(self, fields: Mapping[str, Any]) -> SessionRecord:
        problems = Violations()
        inputs.unknown_fields(fields, problems)
        schedule = self._schedule_for(fields.get("schedule_id"), problems, required=True)
        kind_type = inputs.session_type(fields, problems) or SessionType.EVENT
        own = inputs.own_changes(fields, problems)
        default_zone = schedule.time_zone if schedule else self.ctx.business_zone_name
        timing = inputs.check_timing(fields, None, self.ctx.business_zone, default_zone,
                                     problems)
        rule, rdates, exdates = inputs.check_rule(fields, problems,
                                                  timing.tz if timing else None,
                                                  all_day=bool(timing and timing.all_day))
        if rule is None and (rdates or exdates):
            problems.add("recurrence", "extra or excluded dates need a rule")
        session_id = self._check_new_id(fields.get("id"), problems)
        problems.raise_if_any()
        assert timing is not None and schedule is not None
        start_wall, end_wall = timing.rule_wall(fields, self.ctx.business_zone_name) if rule \
            else timing.wall()
        record = SessionRecord(
            id=session_id, schedule_id=schedule.id, kind=SERIES if rule else SINGLE,
            type=kind_type.value, status=SessionStatus.CONFIRMED.value,
            start_utc=to_epoch(timing.start), end_utc=to_epoch(timing.end),
            start_local=start_wall.isoformat(), end_local=end_wall.isoformat(),
            time_zone=timing.time_zone, all_day=timing.all_day, recurrence=rule,
            rdates=rdates or [], exdates=exdates or [], fields=apply_own({}, own))
        if rule:
            self.check_series_has_slots(record)
        return record

    def _check_new_id(self, value: Any, problems: Violations) -> str:
        if value is None:
            return uuid.uuid4().hex
        if not isinstance(value, str) or not 0 < len(value) <= MAX_ID_LENGTH or \
                value != value.strip():
            problems.add("id", f"an id is 1 to {MAX_ID_LENGTH} characters without spaces "
                               "at the ends")
        return str(value)

    def check_series_has_slots(self, record: SessionRecord) -> None:
        fill_series_columns(record)
        if record.until_utc is not None and record.until_utc <= record.start_utc:
            raise ValidationError("the rule gives no sessions after the start",
                                  field="recurrence")
        from sessions_desktop.domain.recurrence import first_slot

        if first_slot(timing_of(record)) is None:
            raise ValidationError("the rule gives no sessions after the start",
                                  field="recurrence")

    def _schedule_for(self, schedule_id: Any, problems: Violations, required: bool):
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

    # -- update -----------------------------------------------------------------------
    def update_session(self, session_id: str, patch: Mapping[str, Any], *,
                       scope: Any = None, expected_version: int | None = None,
                       participant_notification: Any = None) -> Session:
        """Patch semantics; for instances ``scope`` picks THIS (default), FOLLOWING or ALL;
        a recurring session's id with no scope changes only instances from now on."""
        del participant_notification  # the app sends nothing itself; the UI offers a draft
        chosen = parse_scope(scope)
        with self.ctx.repo.write():
            target = locate(self.ctx.repo, self.cache, session_id)
            self._check_writable(target, expected_version)
            writes = self.writes()
            result_id = self._dispatch_update(writes, target, dict(patch), chosen)
            writes.finish()
        return self._done(writes, "update", result_id, fetch=True)

    def _dispatch_update(self, writes: WriteSet, target: Target, patch: dict,
                         scope: Scope | None) -> str:
        if target.kind == SINGLE:
            if scope not in (None, Scope.THIS, Scope.ALL):
                raise ValidationError("a single session has no following sessions",
                                      field="scope")
            return self._update_single(writes, target, patch)
        if target.kind == SERIES:
            return self.series.update_series(writes, target, patch, scope)
        if scope in (None, Scope.THIS):
            return self.series.update_instance(writes, target, patch)
        return self.series.update_instance_series(writes, target, patch, scope)

    def _update_single(self, writes: WriteSet, target: Target, patch: dict) -> str:
        record = target.record
        assert record is not None
        updated = self.patched_record(record, patch)
        if updated.kind == SERIES:
            self.check_series_has_slots(updated)
        writes.update(updated, record.version)
        return updated.id

    def patched_record(self, record: SessionRecord, patch: Mapping[str, Any],
                       *, allow_rule: bool = True) -> SessionRecord:
        """A copy of a single or series row with ``patch`` applied and checked."""
        problems = Violations()
        inputs.unknown_fields(patch, problems)
        updated = record.copy()
        if patch.get("schedule_id") is not None:
            schedule = self._schedule_for(patch["schedule_id"], problems, required=True)
            if schedule is not None:
                updated.schedule_id = schedule.id
        new_type = inputs.session_type(patch, problems)
        if new_type is not None:
            updated.type = new_type.value
        own = inputs.own_changes(patch, problems)
        base = self.timing_of_record(record)
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
        self._set_timing(updated, timing)
        if rule is not None:
            updated.recurrence, updated.kind = rule, SERIES
        if rdates is not None:
            updated.rdates = rdates
        if exdates is not None:
            updated.exdates = exdates
        updated.fields = apply_own(record.fields, own)
        return updated

    @staticmethod
    def timing_of_record(record: SessionRecord) -> inputs.Timing:
        from sessions_desktop.services.assemble import wall_to_aware, zone_of

        tz = zone_of(record.time_zone)
        return inputs.Timing(wall_to_aware(record.start_local, tz),
                             wall_to_aware(record.end_local, tz), record.all_day,
                             record.time_zone)

    @staticmethod
    def _set_timing(record: SessionRecord, timing: inputs.Timing) -> None:
        start_wall, end_wall = timing.wall()
        record.start_local, record.end_local = start_wall.isoformat(), end_wall.isoformat()
        record.start_utc, record.end_utc = to_epoch(timing.start), to_epoch(timing.end)
        record.time_zone, record.all_day = timing.time_zone, timing.all_day

    # -- delete and restore -----------------------------------------------------------
    def delete_session(self, session_id: str, *, scope: Any = None,
                       expected_version: int | None = None,
                       participant_notification: Any = None) -> ChangeRecord:
        """Soft delete: the session (or part of a series) becomes CANCELLED."""
        del participant_notification
        chosen = parse_scope(scope)
        with self.ctx.repo.write():
            target = locate(self.ctx.repo, self.cache, session_id)
            self._check_writable(target, expected_version)
            writes = self.writes()
            if target.kind == SINGLE:
                assert target.record is not None
                writes.update(target.record.copy(status=SessionStatus.CANCELLED.value),
                              target.record.version)
            elif target.kind == SERIES:
                self.series.delete_series(writes, target, chosen)
            else:
                self.series.delete_instance(writes, target, chosen)
            writes.finish()
        return self._done(writes, "delete", target.id)

    def restore_session(self, session_id: str, *, expected_version: int | None = None
                        ) -> Session:
        """Undo a delete: a cancelled session, series or instance becomes CONFIRMED."""
        with self.ctx.repo.write():
            target = locate(self.ctx.repo, self.cache, session_id)
            if expected_version is not None and expected_version != target.version:
                raise self._conflict(target, expected_version)
            writes = self.writes()
            self._restore(writes, target)
            writes.finish()
        return self._done(writes, "restore", target.id, fetch=True)

    def _restore(self, writes: WriteSet, target: Target) -> None:
        confirmed = SessionStatus.CONFIRMED.value
        if target.kind == "INSTANCE":
            assert target.series is not None
            if target.series.record.status != confirmed:
                raise FailedPreconditionError("the whole series is cancelled; restore the "
                                              "series")
            exception = target.record
            if exception is None or exception.status == confirmed:
                raise FailedPreconditionError(f"session {target.id} is not cancelled")
            self.series.save_exception(writes, target, exception.copy(status=confirmed))
            return
        assert target.record is not None
        if target.record.status == confirmed:
            raise FailedPreconditionError(f"session {target.id} is not cancelled")
        writes.update(target.record.copy(status=confirmed), target.record.version)

    # -- undo -------------------------------------------------------------------------
    def revert_change(self, change: ChangeRecord) -> ChangeRecord:
        """Put back the rows a change found (undo); reverting the result redoes it.

        Refuses with ConflictError, changing nothing, when any row was changed since.
        """
        with self.ctx.repo.write():
            for session_id, expected in change.after:
                if not same_content(self.ctx.repo.get(session_id), expected):
                    raise ConflictError("a session was changed after this step; it cannot "
                                        "be undone without losing that change")
            writes = self.writes()
            for session_id, old in change.before:
                if old is None:
                    writes.delete(session_id)
            for _, old in sorted(change.before, key=lambda item: item[1].kind != SERIES
                                 if item[1] else True):
                if old is not None:
                    writes.put(old.copy())
            schedules_before, schedules_after = self.schedules.revert_rows(change)
            writes.finish()
        action = "revert_schedule" if schedules_after else "revert"
        reverted = dataclasses.replace(writes.change(action, change.result_id),
                                       schedules_before=schedules_before,
                                       schedules_after=schedules_after)
        self.ctx.publish(reverted)
        return reverted

    # -- shared -----------------------------------------------------------------------
    def writes(self) -> WriteSet:
        return WriteSet(self.ctx.repo, self.ctx.now())

    def _check_writable(self, target: Target, expected_version: int | None) -> None:
        if expected_version is not None and expected_version != target.version:
            raise self._conflict(target, expected_version)
        if target.status == SessionStatus.CANCELLED.value:
            raise FailedPreconditionError(f"session {target.id} is cancelled; restore it "
                                          "before changing it")

    @staticmethod
    def _conflict(target: Target, expected: int) -> ConflictError:
        return ConflictError(f"session {target.id} was changed elsewhere (version "
                             f"{target.version}, expected {expected}); nothing was saved")

    def _done(self, writes: WriteSet, action: str, result_id: str | None,
              fetch: bool = False):
        change = writes.change(action, result_id)
        self.ctx.publish(change)
        if not fetch:
            if action == "create" and result_id:
                return self.get_session(result_id, Fieldset.ALL_PI)
            return change
        if not result_id:
            return change
        try:
            return self.get_session(result_id, Fieldset.ALL_PI)
        except NotFoundError:   # committed, but the instance is gone (its rule changed):
            series = split_instance_id(result_id)   # answer with its series, not an error
            return self.get_session(series[0], Fieldset.ALL_PI) if series else change

    def wall(self, moment: datetime, record: SessionRecord) -> datetime:
        from sessions_desktop.domain.time import zone

        return wall_clock(moment, zone(record.time_zone))


__all__ = ["EXCEPTION", "SessionService"]
