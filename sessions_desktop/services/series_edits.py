"""Edits of recurring sessions: one instance (an exception), this-and-following (a split) and
the whole series (moving it, changing its rule), and their deletes.

Rules (contract, Recurrence): an exception stores only what differs from its series; a later
series change reaches an exception only in the fields it still inherits; an exception whose slot
disappears is kept as a single session and reported, never dropped.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sessions_desktop.domain.enums import Fieldset, Scope, SessionStatus
from sessions_desktop.domain.recurrence import (
    WEEKDAY_CODES,
    RecurrenceRule,
    SeriesTiming,
    has_slot,
    local_slots,
    parse_rule,
    rule_count_before,
    until_local,
)
from sessions_desktop.domain.time import as_aware, localize, to_epoch, zone
from sessions_desktop.errors import FailedPreconditionError, ValidationError, Violations
from sessions_desktop.services import inputs
from sessions_desktop.services.context import ServiceContext
from sessions_desktop.services.locate import Target, build
from sessions_desktop.services.patching import (
    RecordPatcher,
    check_series_has_slots,
    timing_of_record,
)
from sessions_desktop.services.series import (
    SeriesCache,
    instance_id,
    timing_of,
    truncated_rule_text,
)
from sessions_desktop.services.writes import WriteSet
from sessions_desktop.storage.records import EXCEPTION, SERIES, SINGLE, SessionRecord
from sessions_desktop.storage.repository import Repository

_SERIES_ONLY = ("schedule_id", "type", "time_zone", "all_day")


@dataclass(frozen=True, slots=True)
class SeriesPatch:
    """A patch in series terms. ``shift`` is how far the series' slots move (a drag of one
    instance with scope ALL or FOLLOWING moves every slot by the distance that one moved)."""

    fields: dict[str, Any] = field(default_factory=dict)
    shift: timedelta = timedelta()


class SeriesEditor:
    def __init__(self, ctx: ServiceContext, cache: SeriesCache, patcher: RecordPatcher) -> None:
        self.ctx = ctx
        self.cache = cache
        self.patcher = patcher

    @property
    def repo(self) -> Repository:
        return self.ctx.repo

    # -- one instance -----------------------------------------------------------------
    def update_instance(self, writes: WriteSet, target: Target, patch: dict[str, Any]) -> str:
        """THIS: the instance becomes (or stays) an exception holding only what differs."""
        patch = self._without_series_values(target, patch)
        exception = target.record.copy() if target.record else self.new_exception(target)
        updated = self.patcher.patched_record(exception.copy(kind=SINGLE), patch,
                                              allow_rule=False)
        updated.kind = EXCEPTION
        self.save_exception(writes, target, updated)
        return target.id

    @staticmethod
    def _without_series_values(target: Target, patch: dict[str, Any]) -> dict[str, Any]:
        """Fields only a series has may come along with an instance's edit (an editor sends
        the whole form) as long as they say what the series says; another value is refused."""
        assert target.series is not None
        series = target.series.record
        same = {"schedule_id": series.schedule_id, "type": series.type,
                "time_zone": series.time_zone, "all_day": series.all_day}
        problems = Violations()
        out = dict(patch)
        for key in _SERIES_ONLY:
            if key not in patch or patch[key] is None:
                continue
            value = patch[key]
            value = getattr(value, "value", value)
            if value == same[key] or (key == "all_day" and bool(value) == series.all_day):
                del out[key]
            else:
                problems.add(key, "belongs to the whole series; change it for this and the "
                                  "following sessions or for all of them")
        problems.raise_if_any()
        return out

    def new_exception(self, target: Target) -> SessionRecord:
        info, original = target.series, target.original
        assert info is not None and original is not None
        series = info.record
        start, end = info.timing.instance_times(original)
        return SessionRecord(
            id=instance_id(series.id, original, series.all_day), schedule_id=series.schedule_id,
            kind=EXCEPTION, type=series.type, status=SessionStatus.CONFIRMED.value,
            start_utc=to_epoch(start), end_utc=to_epoch(end),
            start_local=original.isoformat(),
            end_local=(original + info.timing.duration).isoformat(),
            time_zone=series.time_zone, all_day=series.all_day, series_id=series.id,
            original_local=original.isoformat(), fields={}, version=0)

    def save_exception(self, writes: WriteSet, target: Target, exception: SessionRecord) -> None:
        """Store an exception; one that no longer differs from its slot is removed."""
        info = target.series
        assert info is not None
        plain = (not exception.fields and exception.status == SessionStatus.CONFIRMED.value
                 and exception.start_local == exception.original_local
                 and exception.end_local == (datetime.fromisoformat(exception.original_local or
                                                                    "") + info.timing.duration
                                             ).isoformat())
        if target.record is None:
            if not plain:
                exception.version = 1
                writes.insert(exception)
            return
        if plain:
            writes.delete(exception.id)
        else:
            writes.update(exception, target.record.version)

    # -- whole series, or this and following ------------------------------------------
    def update_instance_series(self, writes: WriteSet, target: Target, patch: dict[str, Any],
                               scope: Scope) -> str:
        """ALL or FOLLOWING from an instance: times given are this instance's new times."""
        info, original = target.series, target.original
        assert info is not None and original is not None
        series = info.record
        if scope is Scope.FOLLOWING and self._has_slots_before(info.timing, original):
            series = self.split(writes, series, original, keep_id="head")
            target = Target("INSTANCE", self.repo.exception_at(series.id, original.isoformat()),
                            self.cache.info(series), original)
        series_patch = self._series_patch_from_instance(target, patch)
        self._edit_series(writes, series, series_patch, dropped=(original, set(patch)))
        return instance_id(series.id, original + series_patch.shift, series.all_day)

    def update_series(self, writes: WriteSet, target: Target, patch: dict[str, Any],
                      scope: Scope | None) -> str:
        """A recurring session's id: ALL changes everything; no scope changes only the
        instances from now on (Wix). A series that began before now is split at its first
        slot from now on; the series keeps its id for that part (the past part gets a new
        one), so the id goes on naming the living series for the next edit."""
        series = target.record
        assert series is not None
        if scope in (Scope.THIS, Scope.FOLLOWING):
            raise ValidationError("THIS and FOLLOWING need an instance id, not the series id",
                                  field="scope")
        if scope is None:
            series = self._from_now_on(writes, series, "change")
            if "start" in patch or "end" in patch:
                patch = self._rebase_times(patch, series)
        self._edit_series(writes, series, SeriesPatch(patch))
        return series.id

    def _from_now_on(self, writes: WriteSet, series: SessionRecord, verb: str) -> SessionRecord:
        """The part of ``series`` from now on (split off when the series began before now);
        FailedPrecondition, with nothing written, when it has no session from now on."""
        cut = self._first_future_slot(series)
        if cut is None:
            raise FailedPreconditionError(f"the series has no sessions from now on; use scope "
                                          f"ALL to {verb} all of it")
        if self._has_slots_before(timing_of(series), cut):
            return self.split(writes, series, cut, keep_id="tail")
        return series

    def _edit_series(self, writes: WriteSet, series: SessionRecord, patch: SeriesPatch,
                     dropped: tuple[datetime, set[str]] | None = None) -> None:
        current = self.repo.get(series.id) or series
        updated = self.patcher.patched_record(current, patch.fields)
        if patch.shift:
            updated = self._shift_rule(updated, patch.shift)
        check_series_has_slots(updated)
        writes.update(updated, current.version)
        self._follow_exceptions(writes, current, updated, patch.shift, dropped)

    def _follow_exceptions(self, writes: WriteSet, old: SessionRecord, new: SessionRecord,
                           shift: timedelta, dropped: tuple[datetime, set[str]] | None) -> None:
        """Re-key exceptions to their slot in the changed series or keep them as singles."""
        old_timing, new_timing = timing_of(old), timing_of(new)
        followed: list[tuple[SessionRecord, SessionRecord]] = []
        for exception in self.repo.exceptions_of(old.id):
            original = datetime.fromisoformat(exception.original_local or "")
            moved = original + shift
            if not has_slot(new_timing, moved):
                self._detach(writes, exception, old)
                continue
            updated = self._rekeyed(exception, old_timing, new_timing, original, moved)
            if dropped is not None and dropped[0] == original:
                updated = self._drop_fields(updated, dropped[1], new_timing, moved)
            followed.append((exception, updated))
        # Re-keyed rows leave their old ids before any takes its new one: moved by a day, a
        # daily series' exception takes the id its neighbour still holds.
        for exception, updated in followed:
            if updated.id != exception.id:
                writes.delete(exception.id)
        for exception, updated in followed:
            if updated.id != exception.id:
                updated.version = exception.version + 1
                if not self._is_plain(updated, new_timing):
                    writes.insert(updated)
            elif self._is_plain(updated, new_timing):
                writes.delete(exception.id)
            elif updated != exception:
                writes.update(updated, exception.version)

    def _rekeyed(self, exception: SessionRecord, old: SeriesTiming, new: SeriesTiming,
                 original: datetime, moved: datetime) -> SessionRecord:
        updated = exception.copy(id=instance_id(exception.series_id or "", moved,
                                                exception.all_day),
                                 original_local=moved.isoformat())
        own_start = exception.start_local != original.isoformat()
        own_end = exception.end_local != (original + old.duration).isoformat()
        start = datetime.fromisoformat(exception.start_local) if own_start else moved
        if own_end:
            end = datetime.fromisoformat(exception.end_local)
            if not own_start:
                end = start + (end - datetime.fromisoformat(exception.start_local))
        else:
            end = start + new.duration
        return self._with_wall_times(updated, start, end, new)

    @staticmethod
    def _with_wall_times(record: SessionRecord, start: datetime, end: datetime,
                         timing: SeriesTiming) -> SessionRecord:
        record.start_local, record.end_local = start.isoformat(), end.isoformat()
        record.start_utc = to_epoch(localize(start, timing.zone))
        record.end_utc = to_epoch(localize(end, timing.zone))
        return record

    def _drop_fields(self, record: SessionRecord, names: set[str], timing: SeriesTiming,
                     slot: datetime) -> SessionRecord:
        """The edited instance takes the new series values of the fields the user changed."""
        record.fields = {k: v for k, v in record.fields.items() if k not in names}
        if names & {"start", "end"}:
            self._with_wall_times(record, slot, slot + timing.duration, timing)
        return record

    @staticmethod
    def _is_plain(record: SessionRecord, timing: SeriesTiming) -> bool:
        slot = datetime.fromisoformat(record.original_local or "")
        return (not record.fields and record.status == SessionStatus.CONFIRMED.value
                and record.start_local == slot.isoformat()
                and record.end_local == (slot + timing.duration).isoformat())

    def _detach(self, writes: WriteSet, exception: SessionRecord, series: SessionRecord) -> None:
        """Keep an orphaned exception as a single session with the values it showed."""
        single = exception.copy(kind=SINGLE, series_id=None, original_local=None,
                                fields={**series.fields, **exception.fields},
                                type=series.type, schedule_id=series.schedule_id)
        writes.update(single, exception.version)
        writes.detached.append(single.id)

    # -- splitting --------------------------------------------------------------------
    def split(self, writes: WriteSet, series: SessionRecord, cut: datetime, *,
              keep_id: str) -> SessionRecord:
        """End ``series`` before slot ``cut`` and start a second series at that slot with the
        later exceptions, extra and excluded dates. ``keep_id`` says which part keeps the
        series' id ("head": the earlier part, as for "this and following"; "tail": the part
        from the cut, as for "from now on"). Returns the part from the cut."""
        timing = timing_of(series)
        rule = parse_rule(series.recurrence or "")
        before = rule_count_before(timing, cut) if rule.count else None
        head = series.copy(
            recurrence=truncated_rule_text(series, cut, before),
            rdates=[d for d in series.rdates if d < cut.isoformat()],
            exdates=[d for d in series.exdates if d < cut.isoformat()])
        check_series_has_slots(head)
        tail_rule = rule.with_until(rule.until, count=rule.count - before) if rule.count \
            and before is not None else rule
        tail = series.copy(
            recurrence=tail_rule.to_text(), start_local=cut.isoformat(),
            end_local=(cut + timing.duration).isoformat(),
            rdates=[d for d in series.rdates if d >= cut.isoformat()],
            exdates=[d for d in series.exdates if d >= cut.isoformat()])
        check_series_has_slots(tail)
        moving, staying = (tail, head) if keep_id == "head" else (head, tail)
        moving.id, moving.version, moving.created_utc = uuid.uuid4().hex, 1, 0
        writes.update(staying, series.version)
        writes.insert(moving)
        for exception in self.repo.exceptions_of(series.id):
            later = (exception.original_local or "") >= cut.isoformat()
            if later == (moving is tail):
                original = datetime.fromisoformat(exception.original_local or "")
                writes.delete(exception.id)
                writes.insert(exception.copy(id=instance_id(moving.id, original, moving.all_day),
                                             series_id=moving.id))
        return tail

    # -- deletes ----------------------------------------------------------------------
    def delete_instance(self, writes: WriteSet, target: Target, scope: Scope | None) -> None:
        info, original = target.series, target.original
        assert info is not None and original is not None
        cancelled = SessionStatus.CANCELLED.value
        if scope in (None, Scope.THIS):
            exception = target.record.copy() if target.record else self.new_exception(target)
            exception.status = cancelled
            self.save_exception(writes, target, exception)
            return
        series = info.record
        if scope is Scope.FOLLOWING and self._has_slots_before(info.timing, original):
            series = self.split(writes, series, original, keep_id="head")
        writes.update(series.copy(status=cancelled), series.version)

    def delete_series(self, writes: WriteSet, target: Target, scope: Scope | None) -> None:
        series = target.record
        assert series is not None
        cancelled = SessionStatus.CANCELLED.value
        if scope in (Scope.THIS, Scope.FOLLOWING):
            raise ValidationError("THIS and FOLLOWING need an instance id, not the series id",
                                  field="scope")
        if scope is None:
            series = self._from_now_on(writes, series, "cancel")
        writes.update(series.copy(status=cancelled), series.version)

    # -- helpers ----------------------------------------------------------------------
    def _first_future_slot(self, series: SessionRecord) -> datetime | None:
        """The first slot starting at or after now (Wix: "only instances from now on")."""
        timing = timing_of(series)
        now_wall = self.ctx.now().astimezone(timing.zone).replace(tzinfo=None)
        lo = max(now_wall, timing.start_local)
        step = timedelta(days=400)
        horizon = lo + step
        for _ in range(50):
            found = next((s for s in local_slots(timing, lo, horizon)
                          if localize(s, timing.zone) >= self.ctx.now()), None)
            if found is not None:
                return found
            if series.until_utc is not None and to_epoch(localize(horizon, timing.zone)) > \
                    series.until_utc:
                return None
            lo, horizon = horizon, horizon + step
        return None

    @staticmethod
    def _has_slots_before(timing: SeriesTiming, cut: datetime) -> bool:
        return any(s < cut for s in local_slots(timing, timing.start_local,
                                                cut - timedelta(seconds=1)))

    def _series_patch_from_instance(self, target: Target, patch: dict[str, Any]) -> SeriesPatch:
        """Instance times to series terms: the shift of this slot and the new duration."""
        info, original = target.series, target.original
        assert info is not None and original is not None
        out = {k: v for k, v in patch.items() if k not in ("start", "end")}
        if "start" not in patch and "end" not in patch:
            return SeriesPatch(out)
        problems = Violations()
        current = build(target, self.patcher.schedules.by_id(), Fieldset.NO_PI)
        base = inputs.Timing(current.start, current.end, current.all_day, current.time_zone)
        timing = inputs.check_timing({k: patch[k] for k in ("start", "end") if k in patch},
                                     base, self.ctx.business_zone, base.time_zone,
                                     problems)
        problems.raise_if_any()
        assert timing is not None
        start_wall, end_wall = timing.wall()
        shift = start_wall - original
        new_start = info.timing.start_local + shift
        out["start"] = localize(new_start, info.tz)
        out["end"] = localize(new_start + (end_wall - start_wall), info.tz)
        return SeriesPatch(out, shift)

    def _rebase_times(self, patch: dict[str, Any], series: SessionRecord) -> dict[str, Any]:
        """After a "from now on" split the new series starts at the cut; keep the patch's
        time of day and length, on the new first day."""
        out = dict(patch)
        first = datetime.fromisoformat(series.start_local)
        timing = timing_of_record(series)
        start = patch.get("start", timing.start)
        end = patch.get("end", timing.end)
        if isinstance(start, datetime) and isinstance(end, datetime):
            zone_ = timing.tz
            # input without an offset means the business zone (one may come with, one without)
            start = as_aware(start, self.ctx.business_zone)
            end = as_aware(end, self.ctx.business_zone)
            start_wall = start.astimezone(zone_).replace(tzinfo=None)
            length = end - start
            new_start = datetime.combine(first.date(), start_wall.time())
            out["start"] = localize(new_start, zone_)
            try:
                out["end"] = out["start"] + length
            except OverflowError:     # an end thousands of years off: validation refuses it
                return dict(patch)
        return out

    def _shift_rule(self, record: SessionRecord, shift: timedelta) -> SessionRecord:
        """Move a series by ``shift``: its RDATEs and EXDATEs move too, and a move to
        another weekday or day of month rotates BYDAY/BYMONTHDAY."""
        new_start = datetime.fromisoformat(record.start_local)
        old_start = new_start - shift
        record.rdates = [(datetime.fromisoformat(d) + shift).isoformat() for d in record.rdates]
        record.exdates = [(datetime.fromisoformat(d) + shift).isoformat()
                          for d in record.exdates]
        rule = parse_rule(record.recurrence or "")
        if rule.until is not None:     # the last slot moves with the others
            rule = rule.with_until(_shifted_until(rule, shift, zone(record.time_zone),
                                                  record.all_day), count=rule.count)
            record.recurrence = rule.to_text()
        day_shift = (new_start.date() - old_start.date()).days
        if day_shift == 0:
            return record
        if rule.part("BYYEARDAY") or rule.part("BYWEEKNO"):
            raise ValidationError("this rule cannot be moved to another day; change the rule "
                                  "instead", field="recurrence")
        if rule.byday:
            rule = rule.with_byday(tuple(
                (n, WEEKDAY_CODES[(WEEKDAY_CODES.index(d) + day_shift) % 7])
                for n, d in rule.byday))
        if rule.part("BYMONTHDAY"):
            days_of_month = tuple(d + day_shift for d in rule.part("BYMONTHDAY"))
            if any(not 1 <= d <= 31 for d in days_of_month) or \
                    any(d < 0 for d in rule.part("BYMONTHDAY")):
                raise ValidationError("moving this series would leave its days of the month",
                                      field="recurrence")
            rule = rule.with_part("BYMONTHDAY", days_of_month)
        record.recurrence = rule.to_text()
        return record


def _shifted_until(rule: RecurrenceRule, shift: timedelta, tz: ZoneInfo,
                   all_day: bool) -> datetime | date:
    """UNTIL moved by a wall-clock ``shift``, so the same slots stay in. An all-day series
    keeps a date; a timed one gets a UTC date-time (RFC 5545's form beside a zoned start),
    since a date UNTIL means "to the end of that day" and would let a later slot in."""
    if all_day and isinstance(rule.until, date) and not isinstance(rule.until, datetime):
        return rule.until + timedelta(days=shift.days)
    wall = until_local(rule, tz)
    assert wall is not None
    return localize(wall + shift, tz).astimezone(UTC)


__all__ = ["SERIES", "SeriesEditor"]
