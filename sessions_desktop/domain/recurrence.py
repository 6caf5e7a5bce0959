"""Recurrence: expansion of a series' rule for a window, bounded in time and memory.

Rules expand on naive local wall-clock times and each instance is then placed in its zone
(architecture guide, known traps). Expansion seeks close to the window instead of replaying
every occurrence from the first one, so a week ten years after DTSTART costs the same as the
first week. Rules with COUNT cannot seek (the count runs from the start) and are replayed; COUNT
is at most ``limits.MAX_RULE_COUNT``, so that is bounded. dateutil runs in a frame where no
search can run away, and sub-daily rules day by day (``rrule_frame``); every call spends from an
``ExpansionBudget`` for each instance it generates. Parsing lives in ``rules`` (re-exported).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from dateutil import rrule as du
from dateutil.relativedelta import relativedelta

from sessions_desktop.domain.limits import ExpansionBudget
from sessions_desktop.domain.plain_slots import is_plain, plain_slots
from sessions_desktop.domain.rrule_frame import (
    LAST_EXPANDED,
    SUB_DAILY_SECONDS,
    build,
    can_match,
    framed,
)
from sessions_desktop.domain.rules import (
    FREQUENCIES,
    WEEKDAY_CODES,
    WEEKDAYS,
    RecurrenceRule,
    clean_rule_text,
    format_until,
    parse_rule,
    until_local,
    validate_rule_text,
)
from sessions_desktop.domain.sub_daily import sub_daily_slots
from sessions_desktop.domain.time import localize

__all__ = [
    "FREQUENCIES", "WEEKDAYS", "WEEKDAY_CODES", "RecurrenceRule", "SeriesTiming",
    "build_rrule", "clean_rule_text", "first_slot", "format_until", "has_slot", "last_slot",
    "local_slots", "occurrences", "parse_rule", "rule_count_before", "until_local",
    "validate_rule_text",
]


def _implicit_parts(rule: RecurrenceRule, dtstart: datetime) -> dict[str, Any]:
    """dateutil's defaults taken from DTSTART, made explicit so DTSTART can move (seek)."""
    kw: dict[str, Any] = {}
    has_day = rule.byday or rule.part("BYMONTHDAY") or rule.part("BYYEARDAY") \
        or rule.part("BYWEEKNO")
    if not has_day:
        if rule.freq == "WEEKLY":
            kw["byweekday"] = (dtstart.weekday(),)
        elif rule.freq == "MONTHLY":
            kw["bymonthday"] = (dtstart.day,)
        elif rule.freq == "YEARLY":
            kw["bymonthday"] = (dtstart.day,)
            if not rule.part("BYMONTH"):
                kw["bymonth"] = (dtstart.month,)
    if rule.freq in ("YEARLY", "MONTHLY", "WEEKLY", "DAILY"):
        kw.setdefault("byhour", rule.part("BYHOUR") or (dtstart.hour,))
        kw.setdefault("byminute", rule.part("BYMINUTE") or (dtstart.minute,))
        kw.setdefault("bysecond", rule.part("BYSECOND") or (dtstart.second,))
    return kw


def _period_start(rule: RecurrenceRule, dtstart: datetime, target: datetime) -> datetime | None:
    """The start of an interval-aligned period at or before ``target`` and after ``dtstart``."""
    first = datetime.combine(dtstart.date(), time())
    if rule.freq == "DAILY":
        step = relativedelta(days=rule.interval)
        k = (target - first).days // rule.interval
    elif rule.freq == "WEEKLY":
        wkst = WEEKDAY_CODES.index(rule.wkst) if rule.wkst else 0
        first -= timedelta(days=(first.weekday() - wkst) % 7)
        k = (target - first).days // (7 * rule.interval)
        step = relativedelta(weeks=rule.interval)
    elif rule.freq == "MONTHLY":
        first = first.replace(day=1)
        months = (target.year - first.year) * 12 + target.month - first.month
        k = months // rule.interval
        step = relativedelta(months=rule.interval)
    else:
        first = first.replace(month=1, day=1)
        k = (target.year - first.year) // rule.interval
        step = relativedelta(years=rule.interval)
    if k < 1:
        return None
    start = first + step * k
    return start if start > dtstart else None


def build_rrule(rule: RecurrenceRule, dtstart: datetime, tz: ZoneInfo,
                explicit: dict[str, Any] | None = None) -> du.rrule:
    """A dateutil rrule over naive local times starting at ``dtstart``, in the frame of
    ``rrule_frame`` (its datetimes are 7,600 years later than the real ones)."""
    return build(rule, dtstart, until_local(rule, tz), explicit)


@dataclass(frozen=True, slots=True)
class SeriesTiming:
    """Everything expansion needs about a series: rule, first slot, duration, zone, extras."""

    rule: RecurrenceRule
    start_local: datetime        # naive wall clock of DTSTART
    duration: timedelta          # wall-clock length of every instance
    zone: ZoneInfo
    all_day: bool = False
    rdates: tuple[datetime, ...] = ()     # naive local
    exdates: frozenset[datetime] = frozenset()

    def instance_times(self, original: datetime) -> tuple[datetime, datetime]:
        """Aware start and end of the instance generated at wall-clock ``original``."""
        return localize(original, self.zone), localize(original + self.duration, self.zone)


@lru_cache(maxsize=8192)
def _cached_rrule(rule: RecurrenceRule, dtstart: datetime, tz: ZoneInfo) -> du.rrule:
    return build_rrule(rule, dtstart, tz)


def rule_slots(timing: SeriesTiming, lo: datetime, hi: datetime) -> Iterator[datetime]:
    """Wall-clock slots of the rule alone (no RDATE, EXDATE kept) in ``[lo, hi]``, in order."""
    rule, dtstart = timing.rule, timing.start_local
    hi = min(hi, LAST_EXPANDED)
    lo = max(lo, dtstart)
    if lo > hi or not can_match(rule):
        return iter(())
    until = until_local(rule, timing.zone)
    if until is not None and until < lo:     # ended before the window: nothing to look for
        return iter(())
    if rule.freq in SUB_DAILY_SECONDS:
        return sub_daily_slots(rule, dtstart, lo, hi, until)
    if is_plain(rule, dtstart):
        return plain_slots(rule, dtstart, lo, hi, until)
    return dateutil_slots(timing, lo, hi, until)


def dateutil_slots(timing: SeriesTiming, lo: datetime, hi: datetime, until: datetime | None
                   ) -> Iterator[datetime]:
    """``rule_slots`` by dateutil (every rule but a sub-daily one; ``lo`` and ``hi`` already
    bounded), seeking close to ``lo`` when the rule allows."""
    rule, dtstart = timing.rule, timing.start_local
    seek_from = _period_start(rule, dtstart, lo) if rule.can_seek else None
    if seek_from is not None:
        generator = build(rule, seek_from, until, _implicit_parts(rule, dtstart))
    else:
        generator = _cached_rrule(rule, dtstart, timing.zone)
    return framed(rule, generator, lo, hi)


def local_slots(timing: SeriesTiming, lo: datetime, hi: datetime,
                budget: ExpansionBudget | None = None) -> Iterator[datetime]:
    """Wall-clock starts the rule (plus RDATEs, minus EXDATEs) generates in ``[lo, hi]``,
    in order and lazily, so a caller may stop early (a capped materialisation). Every slot
    spends from ``budget`` (a fresh per-call budget when none is given)."""
    budget = budget or ExpansionBudget()
    extra = sorted(r for r in timing.rdates if lo <= r <= hi and r >= timing.start_local)
    slots = rule_slots(timing, lo, hi)
    previous = None
    for slot in heapq.merge(slots, extra) if extra else slots:   # most series have no RDATE
        budget.spend()
        if slot != previous and slot not in timing.exdates:
            yield slot
        previous = slot


def occurrences(timing: SeriesTiming, from_utc: datetime, to_utc: datetime,
                budget: ExpansionBudget | None = None
                ) -> Iterator[tuple[datetime, datetime, datetime]]:
    """``(original wall clock, aware start, aware end)`` of instances overlapping the window.

    The window is half-open: an instance ending exactly at ``from_utc`` is not in it.
    """
    pad = timedelta(days=2)
    lo = from_utc.astimezone(timing.zone).replace(tzinfo=None) - timing.duration - pad
    hi = to_utc.astimezone(timing.zone).replace(tzinfo=None) + pad
    for original in local_slots(timing, max(lo, timing.start_local), hi, budget):
        start, end = timing.instance_times(original)
        if start < to_utc and end > from_utc:
            yield original, start, end


def first_slot(timing: SeriesTiming) -> datetime | None:
    """The first wall-clock slot of a series (DTSTART itself only if it matches the rule),
    skipping excluded dates."""
    return next(iter(local_slots(timing, timing.start_local, LAST_EXPANDED)), None)


def last_slot(timing: SeriesTiming) -> datetime | None:
    """The last wall-clock slot of a finite series; None when it never ends."""
    rule = timing.rule
    if rule.count is None and rule.until is None:
        return None
    budget = ExpansionBudget()
    if rule.count is not None:
        last = None
        for slot in rule_slots(timing, timing.start_local, LAST_EXPANDED):
            budget.spend()
            if slot not in timing.exdates:
                last = slot
    else:
        last = _last_before(timing, until_local(rule, timing.zone) or LAST_EXPANDED, budget)
    extra = [r for r in timing.rdates if r >= timing.start_local and r not in timing.exdates]
    candidates = [c for c in [last, *extra] if c is not None]
    return max(candidates) if candidates else None


def _last_before(timing: SeriesTiming, limit: datetime, budget: ExpansionBudget
                 ) -> datetime | None:
    """The last rule slot at or before ``limit`` that is not excluded, found by looking back
    in growing windows (each seeks), never by replaying the series from its start."""
    limit = min(limit, LAST_EXPANDED)
    span = timedelta(days=2)
    while True:
        lo = max(limit - span, timing.start_local)
        last = None
        for slot in rule_slots(timing, lo, limit):
            budget.spend()
            if slot not in timing.exdates:
                last = slot
        if last is not None or lo <= timing.start_local:
            return last
        span *= 4


def has_slot(timing: SeriesTiming, original: datetime) -> bool:
    """Does the series (rule plus RDATEs, minus EXDATEs) generate wall-clock ``original``?"""
    return original in set(local_slots(timing, original, original))


def rule_count_before(timing: SeriesTiming, original: datetime) -> int:
    """How many rule occurrences (EXDATEs included, as COUNT counts them) precede
    ``original``; used to split a COUNT rule in two."""
    budget = ExpansionBudget()
    count = 0
    for slot in rule_slots(timing, timing.start_local, original):
        if slot >= original:
            break
        budget.spend()
        count += 1
    return count
