"""Finding what an id names (a single, a series, an instance) and building its Session."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import datetime
from operator import attrgetter
from typing import Any
from zoneinfo import ZoneInfo

from sessions_desktop.domain.enums import Fieldset, SessionStatus
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.domain.recurrence import has_slot
from sessions_desktop.domain.time import from_epoch, localize, zone
from sessions_desktop.errors import NotFoundError
from sessions_desktop.services.assemble import decode_fields, make_session, new_session
from sessions_desktop.services.series import (
    SeriesCache,
    SeriesInfo,
    instance_id,
    split_instance_id,
)
from sessions_desktop.services.text_checks import require_text
from sessions_desktop.storage.records import COLUMNS, EXCEPTION, SERIES, SINGLE, SessionRecord
from sessions_desktop.storage.repository import Repository


@dataclass(slots=True)
class Target:
    """What an id names. For an instance: its series, its slot, and its exception if any."""

    kind: str                             # SINGLE, SERIES or INSTANCE
    record: SessionRecord | None          # the single or series row, or the exception row
    series: SeriesInfo | None = None
    original: datetime | None = None      # the instance's slot (wall clock)

    @property
    def exception(self) -> SessionRecord | None:
        return self.record if self.kind == "INSTANCE" else None

    @property
    def id(self) -> str:
        if self.kind == "INSTANCE":
            assert self.series is not None and self.original is not None
            return instance_id(self.series.record.id, self.original, self.series.record.all_day)
        assert self.record is not None
        return self.record.id

    @property
    def status(self) -> str:
        if self.kind == "INSTANCE":
            assert self.series is not None
            if self.series.record.status == SessionStatus.CANCELLED.value:
                return SessionStatus.CANCELLED.value
            return self.record.status if self.record else SessionStatus.CONFIRMED.value
        assert self.record is not None
        return self.record.status

    @property
    def version(self) -> int:
        if self.kind == "INSTANCE":
            assert self.series is not None
            own = self.record.version if self.record else 0
            return self.series.record.version + own
        assert self.record is not None
        return self.record.version


def locate(repo: Repository, cache: SeriesCache, session_id: str) -> Target:
    if not isinstance(session_id, str) or not session_id:
        raise NotFoundError(f"no session with id {session_id!r}")
    require_text(session_id, "id")     # a lone surrogate would fail inside SQLite
    record = repo.get(session_id)
    if record is not None:
        if record.kind == SINGLE:
            return Target(SINGLE, record)
        if record.kind == SERIES:
            return Target(SERIES, record)
        series = repo.get(record.series_id or "")
        if series is None:
            raise NotFoundError(f"the series of {session_id!r} is missing")
        return Target("INSTANCE", record, cache.info(series),
                      datetime.fromisoformat(record.original_local or ""))
    parsed = split_instance_id(session_id)
    if parsed is not None:
        series = repo.get(parsed[0])
        if series is not None and series.kind == SERIES:
            info = cache.info(series)
            if has_slot(info.timing, parsed[1]):
                return Target("INSTANCE", None, info, parsed[1])
    raise NotFoundError(f"no session with id {session_id!r}")


def build(target: Target, schedules: dict[str, Schedule], fieldset: Fieldset) -> Session:
    if target.kind == "INSTANCE":
        assert target.series is not None and target.original is not None
        return build_instance(target.series, target.original, target.record, schedules,
                              fieldset)
    assert target.record is not None
    if target.kind == SERIES:
        return build_series(target.record, schedules, fieldset)
    return build_single(target.record, schedules, fieldset)


def build_single(record: SessionRecord, schedules: dict[str, Schedule],
                 fieldset: Fieldset, status: str | None = None) -> Session:
    tz = zone(record.time_zone)
    return make_session(
        id=record.id, schedule=schedules.get(record.schedule_id),
        schedule_id=record.schedule_id, layers=(decode_fields(record.fields),),
        start=from_epoch(record.start_utc, tz), end=from_epoch(record.end_utc, tz),
        time_zone=record.time_zone, all_day=record.all_day, type=record.type,
        status=status or record.status, version=record.version, fieldset=fieldset)


_COL = {name: i for i, name in enumerate(COLUMNS)}
_C_ID, _C_SCHEDULE, _C_TYPE, _C_START, _C_END, _C_ZONE, _C_ALL_DAY, _C_FIELDS, _C_VERSION = (
    _COL[n] for n in ("id", "schedule_id", "type", "start_utc", "end_utc", "time_zone",
                      "all_day", "fields", "version"))


_MOMENTS: dict[tuple[int, ZoneInfo | None], datetime] = {}
MOMENTS_KEPT = 50_000


def moment(seconds: int, tz: ZoneInfo | None) -> datetime:
    """``from_epoch(seconds, tz)``, remembered: the sessions of a window start and end at a
    few hundred distinct times (on the quarter hour, in a handful of zones), and converting
    an epoch through a zone was a tenth of building a window's sessions. Datetimes are
    immutable, so sessions may share them."""
    key = (seconds, tz)
    found = _MOMENTS.get(key)
    if found is None:
        if len(_MOMENTS) >= MOMENTS_KEPT:
            _MOMENTS.clear()
        found = _MOMENTS[key] = from_epoch(seconds, tz)
    return found


def build_single_row(row: tuple[Any, ...], schedules: dict[str, Schedule], fieldset: Fieldset,
                     status: str) -> Session:
    """A single session straight from its row tuple (the window query's hot path)."""
    tz = zone(row[_C_ZONE])
    raw = row[_C_FIELDS]
    return make_session(
        id=row[_C_ID], schedule=schedules.get(row[_C_SCHEDULE]), schedule_id=row[_C_SCHEDULE],
        layers=(decode_fields(raw) if raw != "{}" else {},),
        start=moment(row[_C_START], tz), end=moment(row[_C_END], tz),
        time_zone=row[_C_ZONE], all_day=bool(row[_C_ALL_DAY]), type=row[_C_TYPE],
        status=status, version=row[_C_VERSION], fieldset=fieldset)


class BuiltSingles:
    """Singles already built, by everything their Session is made of: the row's id, version
    and effective status, the fieldset, and the version of the schedule they inherit from.
    A window read again (a write elsewhere, the month after its weeks, a prefetched week)
    then builds only what changed; any write grows a version, so an entry is never stale."""

    MOST = 30_000

    def __init__(self) -> None:
        self._items: dict[tuple[object, ...], Session] = {}

    def build(self, row: tuple[Any, ...], schedules: dict[str, Schedule], fieldset: Fieldset,
              status: str) -> Session:
        schedule = schedules.get(row[_C_SCHEDULE])
        key = (row[_C_ID], row[_C_VERSION], status, fieldset,
               schedule.version if schedule is not None else 0)
        found = self._items.get(key)
        if found is None:
            if len(self._items) >= self.MOST:
                self._items.clear()
            found = self._items[key] = build_single_row(row, schedules, fieldset, status)
        return found


def build_series(record: SessionRecord, schedules: dict[str, Schedule],
                 fieldset: Fieldset) -> Session:
    tz = zone(record.time_zone)
    start = datetime.fromisoformat(record.start_local)
    end = datetime.fromisoformat(record.end_local)
    return make_session(
        id=record.id, schedule=schedules.get(record.schedule_id),
        schedule_id=record.schedule_id, layers=(decode_fields(record.fields),),
        start=localize(start, tz), end=localize(end, tz), time_zone=record.time_zone,
        all_day=record.all_day, type=record.type, status=record.status,
        version=record.version, fieldset=fieldset, recurrence=record.recurrence,
        recurrence_dates=tuple(localize(datetime.fromisoformat(d), tz) for d in record.rdates),
        excluded_dates=tuple(localize(datetime.fromisoformat(d), tz) for d in record.exdates))


def build_instance(info: SeriesInfo, original: datetime, exception: SessionRecord | None,
                   schedules: dict[str, Schedule], fieldset: Fieldset,
                   times: tuple[datetime, datetime] | None = None) -> Session:
    series = info.record
    if exception is None:
        start, end = times or info.timing.instance_times(original)
        return plain_instance(info, schedules, fieldset,
                              instance_id(series.id, original, series.all_day), start, end)
    tz = info.tz
    status = series.status
    if status != SessionStatus.CANCELLED.value:
        status = exception.status
    return make_session(
        id=instance_id(series.id, original, series.all_day), schedule_id=series.schedule_id,
        schedule=schedules.get(series.schedule_id),
        layers=(info.own, decode_fields(exception.fields)),
        start=from_epoch(exception.start_utc, tz), end=from_epoch(exception.end_utc, tz),
        time_zone=series.time_zone, all_day=series.all_day, type=series.type, status=status,
        version=series.version + exception.version, fieldset=fieldset,
        extra_inherited=_still_inherited_times(info, original, exception),
        from_series="participants" not in exception.fields,
        recurring_session_id=series.id, instance_of_recurrence=series.recurrence,
        original_start=localize(original, tz))


_FIELD_NAMES = tuple(f.name for f in dataclass_fields(Session))
_field_values = attrgetter(*_FIELD_NAMES)
_ID, _START, _END, _ORIGINAL = (_FIELD_NAMES.index(n)
                                for n in ("id", "start", "end", "original_start"))


def plain_instance(info: SeriesInfo, schedules: dict[str, Schedule], fieldset: Fieldset,
                   session_id: str, start: datetime, end: datetime) -> Session:
    """A plain (unchanged) instance: the series' template with this slot's id and times.
    Its original start is its start. Built positionally: this is the hottest path of a
    window query."""
    values = list(_plain_values(info, schedules, fieldset))
    values[_ID], values[_START], values[_END], values[_ORIGINAL] = session_id, start, end, start
    return new_session(*values)


def _plain_values(info: SeriesInfo, schedules: dict[str, Schedule],
                  fieldset: Fieldset) -> tuple[Any, ...]:
    schedule = schedules.get(info.record.schedule_id)
    key = ("values", fieldset, schedule.version if schedule else 0)
    values = info.templates.get(key)
    if values is None:
        template = _plain_template(info, schedules, fieldset)
        values = info.templates[key] = _field_values(template)
    return values


def _plain_template(info: SeriesInfo, schedules: dict[str, Schedule],
                    fieldset: Fieldset) -> Session:
    """Every plain instance of a series shares its values but its times and id: build them
    once per series version, schedule version and fieldset, then copy with new times."""
    series = info.record
    schedule = schedules.get(series.schedule_id)
    key = (fieldset, schedule.version if schedule else 0)
    template = info.templates.get(key)
    if template is None:
        first = localize(info.start_local, info.tz)
        template = make_session(
            id=series.id, schedule_id=series.schedule_id, schedule=schedule,
            layers=(info.own,), start=first, end=first + info.duration,
            time_zone=series.time_zone, all_day=series.all_day, type=series.type,
            status=series.status, version=series.version, fieldset=fieldset,
            extra_inherited=("start", "end"), from_series=True, recurring_session_id=series.id,
            instance_of_recurrence=series.recurrence, original_start=first)
        info.templates[key] = template
    return template


def _still_inherited_times(info: SeriesInfo, original: datetime,
                           exception: SessionRecord) -> tuple[str, ...]:
    out = []
    if exception.start_local == original.isoformat():
        out.append("start")
    if exception.end_local == (original + info.duration).isoformat():
        out.append("end")
    return tuple(out)


__all__ = ["EXCEPTION", "Target", "build", "locate"]
