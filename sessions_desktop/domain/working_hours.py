"""A resource's week of working hours <-> the WORKING_HOURS weekly series that store it.

The editor shows one row per weekday; storing groups the days that share the same hours into
one weekly series each (Mon-Fri 9-17 is one series, not five), which is also how the sample
business and most imports write them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time

from sessions_desktop.domain.recurrence import WEEKDAY_CODES, parse_rule

Week = dict[int, tuple[time, time]]      # weekday 0=Monday -> (from, to)


@dataclass(frozen=True, slots=True)
class HoursSeries:
    """One weekly series of equal hours: BYDAY codes, from, to."""

    days: tuple[str, ...]
    start: time
    end: time

    @property
    def rule(self) -> str:
        return "FREQ=WEEKLY;BYDAY=" + ",".join(self.days)


def group(week: Week) -> list[HoursSeries]:
    """Days with the same hours together, in weekday order of their first day."""
    by_hours: dict[tuple[time, time], list[str]] = {}
    for day in sorted(week):
        by_hours.setdefault(week[day], []).append(WEEKDAY_CODES[day])
    return [HoursSeries(tuple(days), a, b) for (a, b), days in by_hours.items()]


def week_of(series: Iterable[tuple[str, datetime, datetime]]) -> Week:
    """The week shown by weekly series given as (rule text, first start, first end) in
    wall-clock time; a day in several series shows the earliest start and latest end."""
    week: Week = {}
    for text, start, end in series:
        rule = parse_rule(text)
        if rule.freq not in ("WEEKLY", "DAILY"):
            continue
        codes = [d for _, d in rule.byday] or (
            list(WEEKDAY_CODES) if rule.freq == "DAILY" else [WEEKDAY_CODES[start.weekday()]])
        for code in codes:
            day = WEEKDAY_CODES.index(code)
            a, b = start.time(), end.time()
            if day in week:
                a, b = min(a, week[day][0]), max(b, week[day][1])
            week[day] = (a, b)
    return week
