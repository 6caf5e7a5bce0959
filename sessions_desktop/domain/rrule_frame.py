"""dateutil rules run 7,600 years later, and sub-daily rules day by day, so no search runs away.

dateutil looks for a rule's next instance period by period and gives up only after year 9999.
A rule whose BYxxx parts match no day (``FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30``) keeps it busy
for seconds, a MINUTELY rule with BYHOUR for minutes (it walks each skipped day step by step).
Two facts bound that:

- The Gregorian calendar repeats exactly every 400 years (146,097 days are 20,871 weeks), so a
  rule expands the same 400·k years later. Every dateutil rule here is built and run 7,600 years
  after its real dates: the supported years (1900-2200) become 9500-9800 and any search ends by
  9999. Nothing after 2399 is ever expanded.
- A sub-daily rule is days times clock (``sub_daily``): the day parts pick the days, the clock
  parts the times inside each chosen day, without walking skipped days step by step.

Errors dateutil raises while iterating (impossible BYHOUR and INTERVAL combinations) become
ValidationErrors on ``recurrence``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from dateutil import rrule as du

from sessions_desktop.domain.rules import FREQUENCIES, WEEKDAYS, RecurrenceRule
from sessions_desktop.errors import ValidationError

SHIFT_YEARS = 7600                                   # 19 Gregorian cycles of 400 years
LAST_EXPANDED = datetime(9999 - SHIFT_YEARS, 12, 31, 23, 59, 59)
SUB_DAILY_SECONDS = {"HOURLY": 3600, "MINUTELY": 60, "SECONDLY": 1}
DAY_PARTS = ("BYMONTH", "BYMONTHDAY", "BYYEARDAY")
CLOCK_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND", "BYSETPOS")
_DU = {"BYSETPOS": "bysetpos", "BYMONTH": "bymonth", "BYMONTHDAY": "bymonthday",
       "BYYEARDAY": "byyearday", "BYWEEKNO": "byweekno", "BYHOUR": "byhour",
       "BYMINUTE": "byminute", "BYSECOND": "bysecond"}
_DAY = timedelta(days=1)


def into_frame(moment: datetime) -> datetime:
    return moment.replace(year=moment.year + SHIFT_YEARS)


def out_of_frame(moment: datetime) -> datetime:
    return moment.replace(year=moment.year - SHIFT_YEARS)


def refused(rule: RecurrenceRule, why: str) -> ValidationError:
    return ValidationError(f"the rule {rule.to_text()!r} cannot be expanded: {why}",
                           field="recurrence")


def framed(rule: RecurrenceRule, generator: du.rrule, after: datetime, hi: datetime
           ) -> Iterator[datetime]:
    """Real-time instances of a framed dateutil rule in ``[after, hi]``."""
    hi = min(hi, LAST_EXPANDED)
    if after > hi:
        return
    try:
        for moment in generator.xafter(into_frame(after), inc=True):
            real = out_of_frame(moment)
            if real > hi:
                return
            yield real
    except (ValueError, TypeError, OverflowError) as exc:
        raise refused(rule, str(exc) or type(exc).__name__) from None


def build(rule: RecurrenceRule, dtstart: datetime, until: datetime | None,
          explicit: dict[str, Any] | None = None, *, clock_only: bool = False) -> du.rrule:
    """A dateutil rule over naive wall-clock times, in the frame. ``clock_only`` leaves out
    the day parts and COUNT (the day-by-day expansion of a sub-daily rule)."""
    kw: dict[str, Any] = {"dtstart": into_frame(dtstart), "interval": rule.interval, "cache": False}
    if rule.count is not None and not clock_only:
        kw["count"] = rule.count
    if until is not None:
        kw["until"] = into_frame(min(until, LAST_EXPANDED))
    if rule.wkst:
        kw["wkst"] = WEEKDAYS[rule.wkst]
    if rule.byday and not clock_only:
        kw["byweekday"] = tuple(WEEKDAYS[d](n) if n else WEEKDAYS[d] for n, d in rule.byday)
    for name, values in rule.parts:
        if not clock_only or name in CLOCK_PARTS:
            kw[_DU[name]] = values
    if explicit:
        kw.update(explicit)
    try:
        return du.rrule(FREQUENCIES[rule.freq], **kw)
    except (ValueError, TypeError, OverflowError) as exc:
        raise refused(rule, str(exc)) from None


def _day_parts(rule: RecurrenceRule) -> dict[str, Any]:
    kw: dict[str, Any] = {_DU[name]: values for name, values in rule.parts
                          if name in DAY_PARTS}
    if rule.byday:
        kw["byweekday"] = tuple(WEEKDAYS[d] for _, d in rule.byday)
    return kw


@lru_cache(maxsize=1024)
def days_can_match(rule: RecurrenceRule) -> bool:
    """Does any date satisfy the rule's day parts? A YEARLY probe over one 400-year cycle
    decides it in a few hundred steps, once per rule; without it dateutil looks for a match
    period by period up to the end of the frame on every call (a YEARLY rule whose BYYEARDAY
    and BYMONTHDAY never meet: 25 ms a call, and a fuzzed file gave one event 55 such rules)."""
    if rule.part("BYWEEKNO") or any(n for n, _ in rule.byday):
        return True
    kw = _day_parts(rule)
    if not kw:
        return True
    probe = du.rrule(du.YEARLY, dtstart=datetime(9600, 1, 1), count=1, cache=False, **kw)
    return next(iter(probe), None) is not None


_MOST_DAYS = {"DAILY": 1, "WEEKLY": 7, "MONTHLY": 31, "YEARLY": 366}


_CLOCK = ("BYHOUR", "BYMINUTE", "BYSECOND")
_FINER = {"YEARLY": _CLOCK, "MONTHLY": _CLOCK, "WEEKLY": _CLOCK, "DAILY": _CLOCK,
          "HOURLY": _CLOCK[1:], "MINUTELY": _CLOCK[2:], "SECONDLY": ()}


@lru_cache(maxsize=1024)
def set_positions_can_match(rule: RecurrenceRule) -> bool:
    """Can BYSETPOS pick anything? A period's set holds at most its days times the distinct
    values of the clock parts finer than the period; positions beyond that never match, and
    dateutil would otherwise look at every period up to the end of the frame before saying so
    (a DAILY rule from 1900 with ``BYHOUR=9,2,4;BYSETPOS=5`` spent seconds, a MINUTELY rule
    with ``BYSETPOS=4`` minutes: each minute holds one second)."""
    positions = rule.part("BYSETPOS")
    if not positions:
        return True
    size = _MOST_DAYS.get(rule.freq, 1)
    if rule.freq == "WEEKLY" and rule.byday:
        size = len({day for _, day in rule.byday})
    for name in _FINER[rule.freq]:
        size *= len(set(rule.part(name) or (0,)))
    return any(abs(position) <= size for position in positions)


def can_match(rule: RecurrenceRule) -> bool:
    """Can the rule give any instance at all? Asked before any dateutil search, which would
    otherwise look period by period up to the end of the frame for a rule that never matches."""
    return days_can_match(rule) and set_positions_can_match(rule)


def matching_days(rule: RecurrenceRule, first: date, last: date) -> Iterator[date]:
    """Days in ``[first, last]`` that satisfy the rule's day parts, in order."""
    if last > LAST_EXPANDED.date():
        last = LAST_EXPANDED.date()
    kw = _day_parts(rule)
    if not kw:
        day = first
        while day <= last:
            yield day
            day += _DAY
        return
    if not days_can_match(rule):
        return
    days = du.rrule(du.DAILY, dtstart=into_frame(datetime.combine(first, time())),
                    until=into_frame(datetime.combine(last, time())), byhour=0, byminute=0,
                    bysecond=0, cache=False, **kw)
    for moment in days:
        yield out_of_frame(moment).date()
