"""Recurring series: their timing, materialised instance table, instance ids and splits.

Instances of a series are materialised into the ``occurrence`` table from the first slot up to
a horizon (three years ahead, at most ``MAX_MATERIALISED`` rows), so a window query is one
indexed read. Windows beyond a series' horizon are expanded on the fly with the seeking
expander. The table is derived data: any write to a series or its exceptions rebuilds that
series' rows.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

from sessions_desktop.domain.occurrence_rows import (
    SeriesTexts,
    series_rows,
    timing_from_texts,
)
from sessions_desktop.domain.recurrence import (
    SeriesTiming,
    last_slot,
    parse_rule,
)
from sessions_desktop.domain.time import compact, localize, parse_compact, to_epoch, zone
from sessions_desktop.services.assemble import decode_fields
from sessions_desktop.storage.records import SessionRecord
from sessions_desktop.storage.repository import Repository

HORIZON_YEARS = 3
MAX_MATERIALISED = 2000
INSTANCE_SEPARATOR = "_"


def instance_id(series_id: str, original: datetime, all_day: bool = False) -> str:
    """Deterministic: the series id and the slot's wall-clock start."""
    return f"{series_id}{INSTANCE_SEPARATOR}{compact(original, all_day)}"


def split_instance_id(session_id: str) -> tuple[str, datetime] | None:
    series_id, sep, stamp = session_id.rpartition(INSTANCE_SEPARATOR)
    if not sep or not series_id or not stamp[:8].isdigit():
        return None
    try:
        return series_id, parse_compact(stamp)
    except ValueError:
        return None


class SeriesInfo:
    """A series row decoded once: its own field values, its first slot, and (parsed only
    when expansion needs it) its rule. Plain materialised instances never parse the rule."""

    __slots__ = ("_timing", "duration", "own", "record", "start_local", "templates", "tz")

    def __init__(self, record: SessionRecord) -> None:
        self.record = record
        self.own = decode_fields(record.fields)
        self.tz = zone(record.time_zone)
        self.start_local = datetime.fromisoformat(record.start_local)
        self.duration = datetime.fromisoformat(record.end_local) - self.start_local
        # plain-instance values (and template sessions) by fieldset and schedule version
        self.templates: dict[tuple[Any, ...], Any] = {}
        self._timing: SeriesTiming | None = None

    @property
    def timing(self) -> SeriesTiming:
        if self._timing is None:
            self._timing = timing_of(self.record)
        return self._timing


def timing_of(record: SessionRecord) -> SeriesTiming:
    return timing_from_texts(record.recurrence or "", record.start_local, record.end_local,
                             record.time_zone, record.all_day, record.rdates, record.exdates)


class SeriesCache:
    """Decoded series by (id, version): warm queries skip parsing rules and JSON."""

    def __init__(self) -> None:
        self._items: dict[str, SeriesInfo] = {}

    def info(self, record: SessionRecord) -> SeriesInfo:
        cached = self._items.get(record.id)
        if cached is not None and cached.record.version == record.version:
            return cached
        info = SeriesInfo(record)
        if len(self._items) > 20000:
            self._items.clear()
        self._items[record.id] = info
        return info

    def clear(self) -> None:
        self._items.clear()

    def get(self, series_id: str, version: int) -> SeriesInfo | None:
        cached = self._items.get(series_id)
        return cached if cached is not None and cached.record.version == version else None


def series_span(timing: SeriesTiming) -> tuple[int, int | None]:
    """Epoch seconds of the first slot's start and the last slot's end (None: forever)."""
    first = to_epoch(localize(timing.start_local, timing.zone))
    if timing.rule.count is None and timing.rule.until is None:
        return first, None
    last = last_slot(timing)
    if last is None:
        return first, first
    return first, to_epoch(localize(last + timing.duration, timing.zone))


def materialise(repo: Repository, record: SessionRecord, now: datetime) -> None:
    """Rebuild the occurrence rows of one series up to the horizon."""
    taken = [e.original_local for e in repo.exceptions_of(record.id)
             if e.original_local is not None]
    [(_, rows, until)] = series_rows([series_texts(record, taken)], horizon_of(now),
                                     MAX_MATERIALISED, INSTANCE_SEPARATOR)
    repo.replace_occurrences(record.id, rows, until)


def horizon_of(now: datetime) -> datetime:
    """Series are materialised up to this moment."""
    return now + relativedelta(years=HORIZON_YEARS)


def series_texts(record: SessionRecord, taken: list[str]) -> SeriesTexts:
    """What ``series_rows`` needs of a series row and the slots of its changed instances."""
    return (record.id, record.recurrence or "", record.start_local, record.end_local,
            record.time_zone, record.all_day, record.rdates, record.exdates, taken)


def fill_series_columns(record: SessionRecord) -> None:
    """Derived columns of a series row: start/end of the first slot and the active span."""
    timing = timing_of(record)
    start, until = series_span(timing)
    record.start_utc = start
    record.end_utc = to_epoch(localize(timing.start_local + timing.duration, timing.zone))
    record.until_utc = until


def truncated_rule_text(record: SessionRecord, before: datetime, count: int | None) -> str:
    """The rule of a series cut to end just before wall-clock slot ``before``."""
    rule = parse_rule(record.recurrence or "")
    if rule.count is not None:
        return rule.with_until(None, count=count).to_text()
    tz = zone(record.time_zone)
    if isinstance(rule.until, datetime) and rule.until.tzinfo is not None:
        cut: datetime = localize(before, tz) - timedelta(seconds=1)
        return rule.with_until(cut.astimezone(UTC)).to_text()
    return rule.with_until(before - timedelta(seconds=1)).to_text()



def roll_forward(repo: Repository, now: datetime) -> int:
    """Re-materialise series whose horizon is less than a year away; returns how many."""
    limit = to_epoch(now + relativedelta(years=1))
    stale = repo.series_to_roll_forward(limit)
    if stale:
        with repo.write():
            for record in stale:
                materialise(repo, record, now)
    return len(stale)
