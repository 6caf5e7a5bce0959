"""HOURLY, MINUTELY and SECONDLY rules expanded day by day: days times clock.

The day parts (BYMONTH, BYMONTHDAY, BYYEARDAY, BYDAY) depend on the date alone, so they pick
the days; the clock parts (FREQ, INTERVAL, BYHOUR, BYMINUTE, BYSECOND, BYSETPOS) give the times
inside each chosen day, from a clock-only dateutil rule started at the grid period at or
before the day (the periods lie on ``period(DTSTART) + k * INTERVAL units``). That is the same
set of instances dateutil gives, without walking the skipped days step by step (which takes
minutes for a MINUTELY rule with BYHOUR whose days rarely match).

A step longer than a day (refused for new rules, possible in old files) visits the grid
periods themselves. When the step does not divide the day the clock times drift from day to
day; such a rule (also refused for new rules) is given up after ``PATIENCE`` chosen days in a
row without an instance, so a pattern that never comes back cannot keep a search going.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

from sessions_desktop.domain.rrule_frame import (
    LAST_EXPANDED,
    SUB_DAILY_SECONDS,
    build,
    can_match,
    framed,
    matching_days,
)
from sessions_desktop.domain.rules import WEEKDAY_CODES, RecurrenceRule

PATIENCE = 3660
_DAY = timedelta(days=1)
_DAY_SECONDS = 86_400


def day_matches(rule: RecurrenceRule, day: date) -> bool:
    """Does ``day`` satisfy the rule's day parts (as dateutil reads them)?"""
    months = rule.part("BYMONTH")
    if months and day.month not in months:
        return False
    month_days = rule.part("BYMONTHDAY")
    if month_days:
        length = calendar.monthrange(day.year, day.month)[1]
        if day.day not in month_days and day.day - length - 1 not in month_days:
            return False
    year_days = rule.part("BYYEARDAY")
    if year_days:
        number = day.timetuple().tm_yday
        length = 366 if calendar.isleap(day.year) else 365
        if number not in year_days and number - length - 1 not in year_days:
            return False
    return not rule.byday or WEEKDAY_CODES[day.weekday()] in {d for _, d in rule.byday}


def _period_of(rule: RecurrenceRule, moment: datetime) -> datetime:
    """The start of the clock period (hour, minute or second) holding ``moment``."""
    if rule.freq == "HOURLY":
        return moment.replace(minute=0, second=0, microsecond=0)
    if rule.freq == "MINUTELY":
        return moment.replace(second=0, microsecond=0)
    return moment.replace(microsecond=0)


def _clock_defaults(rule: RecurrenceRule, dtstart: datetime) -> dict[str, Any]:
    """The finer clock parts dateutil takes from DTSTART, made explicit so a period start can
    stand in for DTSTART."""
    kw: dict[str, Any] = {}
    if rule.freq == "HOURLY":
        kw["byminute"] = rule.part("BYMINUTE") or (dtstart.minute,)
    if rule.freq in ("HOURLY", "MINUTELY"):
        kw["bysecond"] = rule.part("BYSECOND") or (dtstart.second,)
    return kw


class _Grid:
    """The clock periods of one rule from DTSTART, and the instances inside a stretch."""

    def __init__(self, rule: RecurrenceRule, dtstart: datetime) -> None:
        self.rule = rule
        self.unit = timedelta(seconds=SUB_DAILY_SECONDS[rule.freq])
        self.step = self.unit * rule.interval
        self.origin = _period_of(rule, dtstart)
        self.defaults = _clock_defaults(rule, dtstart)

    def at_or_before(self, moment: datetime) -> datetime:
        return self.origin + self.step * max((moment - self.origin) // self.step, 0)

    def slots(self, begin: datetime, stop: datetime) -> Iterator[datetime]:
        """Instances in ``[begin, stop)``."""
        clock = build(self.rule, self.at_or_before(begin), None, self.defaults,
                      clock_only=True)
        for moment in framed(self.rule, clock, begin, stop):
            if moment >= stop:
                return
            yield moment

    def stretches(self, start: datetime, end: datetime) -> Iterator[tuple[datetime, datetime]]:
        """``[begin, stop)`` stretches that may hold instances: each chosen day, or (for a
        step longer than a day) each grid period on a chosen day."""
        last = end + timedelta(microseconds=1)
        if self.step <= _DAY:
            for day in matching_days(self.rule, start.date(), end.date()):
                midnight = datetime.combine(day, time())
                yield max(midnight, start), min(midnight + _DAY, last)
            return
        period = self.at_or_before(start)
        while period <= end:
            if day_matches(self.rule, period.date()):
                yield max(period, start), min(period + self.unit, last)
            period += self.step

    @property
    def patience(self) -> int | None:
        """Chosen days in a row without an instance after which none will come (None: the
        times repeat every day, so one full empty day already says so)."""
        seconds = int(self.step.total_seconds())
        if seconds <= _DAY_SECONDS and _DAY_SECONDS % seconds == 0:
            return None
        return PATIENCE


def sub_daily_slots(rule: RecurrenceRule, dtstart: datetime, lo: datetime, hi: datetime,
                    until: datetime | None) -> Iterator[datetime]:
    """Instances of an HOURLY, MINUTELY or SECONDLY rule in ``[lo, hi]``, in order."""
    if not can_match(rule):
        return
    grid = _Grid(rule, dtstart)
    end = min(hi, until or hi, LAST_EXPANDED)
    start = dtstart if rule.count is not None else max(lo, dtstart)   # COUNT runs from DTSTART
    remaining = rule.count
    patience = grid.patience
    empty = 0
    for number, (begin, stop) in enumerate(grid.stretches(start, end)):
        found = False
        for moment in grid.slots(begin, stop):
            found = True
            if remaining is not None:
                remaining -= 1
                if remaining < 0:
                    return
            if moment >= lo:
                yield moment
        if found or number == 0:
            empty = 0
            continue
        empty += 1
        if empty > (1 if patience is None else patience):
            return
