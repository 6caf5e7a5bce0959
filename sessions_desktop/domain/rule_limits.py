"""What a rule may ask for before it is stored: a bounded count, density and date range.

A rule is refused at validation, with the limit named, when it would make more instances than
one series may hold (``COUNT``), more sessions a day than a calendar can show (one every five
minutes), step by less than five minutes or by a step that does not divide the day (the times
would drift from day to day, and the expander would walk the days in steps that small),
end outside the supported years, or put clock parts on an all-day session (instance ids of
all-day sessions are dates, so two slots on one day would collide). Endless rules are fine:
they are stored once and expanded window by window.
"""

from __future__ import annotations

from datetime import date, datetime
from math import ceil

from sessions_desktop.domain.limits import (
    MAX_PER_DAY,
    MAX_RULE_COUNT,
    out_of_range,
    year_in_range,
)
from sessions_desktop.domain.rrule_frame import SUB_DAILY_SECONDS
from sessions_desktop.domain.rules import RecurrenceRule

MIN_STEP_SECONDS = 300
_CLOCK = ("BYHOUR", "BYMINUTE", "BYSECOND")


def rule_limit_problems(rule: RecurrenceRule, all_day: bool = False) -> list[str]:
    """Why this rule may not be stored (empty when it may)."""
    problems = []
    if rule.count is not None and rule.count > MAX_RULE_COUNT:
        problems.append(f"COUNT={rule.count:,} is more than the {MAX_RULE_COUNT:,} sessions "
                        "one rule may make; give an end date (UNTIL) or no end instead")
    if isinstance(rule.until, (date, datetime)) and not year_in_range(rule.until):
        problems.append(f"UNTIL {out_of_range(rule.until)}")
    if all_day and (rule.freq in SUB_DAILY_SECONDS or any(rule.part(p) for p in _CLOCK)):
        problems.append("an all-day session repeats by whole days; FREQ=HOURLY, MINUTELY, "
                        "SECONDLY and BYHOUR, BYMINUTE, BYSECOND need a timed session")
        return problems
    step = _step_problems(rule)
    problems += step
    per_day = sessions_per_day(rule)
    if per_day > MAX_PER_DAY and not step:
        problems.append(f"the rule makes up to {per_day:,} sessions a day; at most "
                        f"{MAX_PER_DAY} (one every five minutes)")
    return problems


def _step_problems(rule: RecurrenceRule) -> list[str]:
    unit = SUB_DAILY_SECONDS.get(rule.freq)
    if unit is None:
        return []
    step = unit * rule.interval
    if step < MIN_STEP_SECONDS:
        least = ceil(MIN_STEP_SECONDS / unit)
        every = f"{step} seconds" if step > 1 else "second"
        return [f"FREQ={rule.freq};INTERVAL={rule.interval} repeats every {every}; a rule "
                f"repeats at most every five minutes (INTERVAL={least} or more)"]
    if step > 86_400:
        return [f"FREQ={rule.freq};INTERVAL={rule.interval} steps more than a day; use "
                "FREQ=DAILY"]
    if 86_400 % step:
        return [f"FREQ={rule.freq};INTERVAL={rule.interval} does not divide the day (every "
                "day's times would differ); choose a step like 1, 2, 3, 4, 6, 8 or 12 hours, "
                "or 5, 10, 15, 20 or 30 minutes"]
    return []


def sessions_per_day(rule: RecurrenceRule) -> int:
    """An upper bound of the instances the rule can make on one day."""
    hours = len(rule.part("BYHOUR")) or None
    minutes = len(rule.part("BYMINUTE")) or None
    seconds = len(rule.part("BYSECOND")) or None
    unit = SUB_DAILY_SECONDS.get(rule.freq)
    if unit is None:
        return (hours or 1) * (minutes or 1) * (seconds or 1)
    steps = ceil(86_400 / (unit * rule.interval))
    if rule.freq == "HOURLY":
        return min(steps, hours or 24) * (minutes or 1) * (seconds or 1)
    if rule.freq == "MINUTELY":
        return min(steps, (hours or 24) * (minutes or 60)) * (seconds or 1)
    return min(steps, (hours or 24) * (minutes or 60) * (seconds or 60))
