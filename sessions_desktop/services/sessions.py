"""The Sessions contract: create, get, list, update, delete, restore, and undo of any write.

Reads build domain ``Session`` objects from rows (``locate``/``assemble``); writes validate the
whole input first (every violated field in one error), then change rows through a ``WriteSet``
in one transaction. Series mechanics (scopes, splits, moving a series) live in ``series_edits``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sessions_desktop.domain.changes import ChangeRecord
from sessions_desktop.domain.enums import Fieldset, Scope, SessionStatus, SessionType
from sessions_desktop.domain.model import Session
from sessions_desktop.domain.time import to_epoch
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
from sessions_desktop.services.patching import (
    RecordPatcher,
    apply_own,
    check_series_has_slots,
)
from sessions_desktop.services.schedules import ScheduleService
from sessions_desktop.services.series import SeriesCache, split_instance_id
from sessions_desktop.services.series_edits import SeriesEditor
from sessions_desktop.services.unit_of_work import Unit
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


class SessionService:
    def __init__(self, ctx: ServiceContext, schedules: ScheduleService) -> None:
        self.ctx = ctx
        self.schedules = schedules
        self.cache = SeriesCache()
        ctx.repo.rollback_listeners.append(self.cache.clear)
        self.patcher = RecordPatcher(ctx, schedules)
        self.series = SeriesEditor(ctx, self.cache, self.patcher)

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
        with self.ctx.unit("create") as unit:
            if record.id and self.ctx.repo.get(record.id) is not None:
                raise ValidationError(f"a session with id {record.id!r} exists", field="id")
            unit.writes.insert(record)
            return self._result(unit, record.id)

    def _new_record(self, fields: Mapping[str, Any]) -> SessionRecord:
        problems = Violations()
        inputs.unknown_fields(fields, problems)
        schedule = self.patcher.schedule_for(fields.get("schedule_id"), problems, required=True)
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
            check_series_has_slots(record)
        return record

    def _check_new_id(self, value: Any, problems: Violations) -> str:
        if value is None:
            return uuid.uuid4().hex
        if not isinstance(value, str) or not 0 < len(value) <= MAX_ID_LENGTH or \
                value != value.strip():
            problems.add("id", f"an id is 1 to {MAX_ID_LENGTH} characters without spaces "
                               "at the ends")
        elif split_instance_id(value) is not None:
            problems.add("id", f"{value!r} has the form of an instance's id (a recurring "
                               "session's id, '_' and a date and time), which names the "
                               "instances of recurring sessions; choose another id")
        return str(value)

    # -- update -----------------------------------------------------------------------
    def update_session(self, session_id: str, patch: Mapping[str, Any], *,
                       scope: Any = None, expected_version: int | None = None,
                       participant_notification: Any = None) -> Session:
        """Patch semantics; for instances ``scope`` picks THIS (default), FOLLOWING or ALL;
        a recurring session's id with no scope changes only instances from now on.
        Returns the session as this write left it (read inside the write's transaction)."""
        del participant_notification  # the app sends nothing itself; the UI offers a draft
        chosen = parse_scope(scope)
        with self.ctx.unit("update") as unit:
            target = locate(self.ctx.repo, self.cache, session_id)
            self._check_writable(target, expected_version)
            result_id = self._dispatch_update(unit.writes, target, dict(patch), chosen)
            return self._result(unit, result_id)

    def save_edit(self, session_id: str, patch: Mapping[str, Any], *, scope: Any = None,
                  expected_version: int | None = None, restore: Sequence[str] = ()) -> Session:
        """The session editor's Save: restore the cancelled instances the user brought back,
        then apply the patch; one transaction, one change record, one undo step. The version
        is checked against the session as the editor loaded it, before anything is written."""
        chosen = parse_scope(scope)
        with self.ctx.unit("edit") as unit:
            target = locate(self.ctx.repo, self.cache, session_id)
            if expected_version is not None and expected_version != target.version:
                raise self._conflict(target, expected_version)
            for cancelled in restore:
                self._restore(unit.writes, locate(self.ctx.repo, self.cache, cancelled))
            unit.writes.finish()
            target = locate(self.ctx.repo, self.cache, session_id)
            result_id = target.id
            if patch:
                self._check_writable(target, None)
                result_id = self._dispatch_update(unit.writes, target, dict(patch), chosen)
            return self._result(unit, result_id)

    def _dispatch_update(self, writes: WriteSet, target: Target, patch: dict[str, Any],
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

    def _update_single(self, writes: WriteSet, target: Target, patch: dict[str, Any]) -> str:
        record = target.record
        assert record is not None
        updated = self.patcher.patched_record(record, patch)
        if updated.kind == SERIES:
            check_series_has_slots(updated)
        writes.update(updated, record.version)
        return updated.id

    # -- delete and restore -----------------------------------------------------------
    def delete_session(self, session_id: str, *, scope: Any = None,
                       expected_version: int | None = None,
                       participant_notification: Any = None) -> ChangeRecord:
        """Soft delete: the session (or part of a series) becomes CANCELLED."""
        del participant_notification
        chosen = parse_scope(scope)
        with self.ctx.unit("delete") as unit:
            target = locate(self.ctx.repo, self.cache, session_id)
            self._check_writable(target, expected_version)
            writes = unit.writes
            if target.kind == SINGLE:
                assert target.record is not None
                writes.update(target.record.copy(status=SessionStatus.CANCELLED.value),
                              target.record.version)
            elif target.kind == SERIES:
                self.series.delete_series(writes, target, chosen)
            else:
                self.series.delete_instance(writes, target, chosen)
            unit.result_id = target.id
        return unit.result()

    def restore_session(self, session_id: str, *, expected_version: int | None = None
                        ) -> Session:
        """Undo a delete: a cancelled session, series or instance becomes CONFIRMED."""
        with self.ctx.unit("restore") as unit:
            target = locate(self.ctx.repo, self.cache, session_id)
            if expected_version is not None and expected_version != target.version:
                raise self._conflict(target, expected_version)
            self._restore(unit.writes, target)
            return self._result(unit, target.id)

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
        Rows are put back parents first: schedules before the sessions in them, a series
        before its exceptions; rows the change created go in the opposite order."""
        with self.ctx.unit("revert") as unit:
            for session_id, expected in change.after:
                if not same_content(self.ctx.repo.get(session_id), expected):
                    raise ConflictError("a session was changed after this step; it cannot "
                                        "be undone without losing that change")
            self.schedules.check_unchanged_since(change)
            writes = unit.writes
            for session_id, old in change.before:
                if old is None:
                    writes.delete(session_id)
            self.schedules.put_back(change, unit)
            for _, old in sorted(change.before, key=lambda item: item[1].kind != SERIES
                                 if item[1] else True):
                if old is not None:
                    writes.put(old.copy())
            self.schedules.remove_created(change, unit)
            unit.result_id = change.result_id
        return unit.result()

    # -- shared -----------------------------------------------------------------------
    def _result(self, unit: Unit, result_id: str) -> Session:
        """The session as this write left it, read before the transaction ends. An instance
        whose slot this write removed (a rule change with scope ALL) answers with its series."""
        unit.result_id = result_id
        unit.writes.finish()
        try:
            target = locate(self.ctx.repo, self.cache, result_id)
        except NotFoundError:
            series = split_instance_id(result_id)
            if series is None:
                raise
            unit.result_id = series[0]
            target = locate(self.ctx.repo, self.cache, series[0])
        return build(target, self.schedules.by_id(), Fieldset.ALL_PI)

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


__all__ = ["EXCEPTION", "SessionService"]
