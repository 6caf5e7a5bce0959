"""Where each session of the time grid goes: day parts, lanes, and how crowded each hour is.

The plan is free of pixels (minutes of a day and lane numbers), so it is made once per loaded
period and reused by every resize, zoom, selection and repaint, and a prefetched period can be
planned while the user still looks at the current one. ``fit_lanes`` then fits it into columns
of a given width: a cluster of overlapping sessions with more lanes than fit keeps its first
lanes and collapses the rest into a "+N" count per hour, drawn in the cluster's last lane
slot, so a week of thousands of sessions stays readable instead of becoming coloured slivers.
``density`` (sessions per quarter hour, hidden ones included) feeds the strip beside crowded
days.

Days are 24 rows of wall-clock time (see ``geometry``): a session is cut at midnights of the
naive wall clock, so this module meets no time zone.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sessions_desktop.presentation.layout import assign_lanes

DAY_MINUTES = 1440
BIN_MINUTES = 15
MINUTE = timedelta(minutes=1)


class PlannedPart:
    """The part of one session that falls into one visible day, with its lane."""

    __slots__ = ("clipped_end", "clipped_start", "day", "end", "lane", "lanes", "session",
                 "start")

    def __init__(self, session: Any, day: int, start: float, end: float,
                 clipped_start: bool, clipped_end: bool) -> None:
        self.session, self.day, self.start, self.end = session, day, start, end
        self.clipped_start, self.clipped_end = clipped_start, clipped_end
        self.lane, self.lanes = 0, 1


@dataclass
class WeekPlan:
    """Parts in paint order (day by day, lanes left to right) and the density of each day."""

    day_count: int
    parts: list[PlannedPart] = field(default_factory=list)
    density: list[list[int]] = field(default_factory=list)  # per day, per quarter hour

    @property
    def busiest(self) -> int:
        return max((max(day) for day in self.density if day), default=0)


def day_parts(start: datetime, end: datetime, origin: datetime, day_count: int,
              first_minute: int = 0, last_minute: int = DAY_MINUTES
              ) -> list[tuple[int, float, float, bool, bool]]:
    """``(day, low, high, clipped_start, clipped_end)`` for each visible day [start, end)
    touches (naive wall clock; ``origin`` is midnight of day 0), as ``TimeGrid.segments``
    does, but reading only the days the session touches."""
    m0 = (start - origin) / MINUTE
    m1 = max(m0, (end - origin) / MINUTE)
    first = math.floor(m0 / DAY_MINUTES)
    last = math.ceil(m1 / DAY_MINUTES) - 1 if m1 > m0 else first
    first, last = max(0, first), min(day_count - 1, last)
    found = []
    for day in range(first, last + 1):
        low_raw, high_raw = m0 - day * DAY_MINUTES, m1 - day * DAY_MINUTES
        low, high = max(low_raw, first_minute), min(high_raw, last_minute)
        point = low_raw == high_raw and first_minute <= low_raw < last_minute
        if high > low or point:
            found.append((day, low, high, low_raw < low, high_raw > high))
    return found


def plan_week(timed: Iterable[tuple[Any, datetime, datetime]], first_day: date, day_count: int,
              first_minute: int = 0, last_minute: int = DAY_MINUTES,
              min_minutes: float = 1.0) -> WeekPlan:
    """The plan of ``(session, wall start, wall end)`` items; ``min_minutes`` is the shortest
    length a part takes in the lane sweep (a tile's minimum height, in minutes)."""
    origin = datetime.combine(first_day, time())
    by_day: list[list[PlannedPart]] = [[] for _ in range(day_count)]
    # A busy week has thousands of sessions but a few hundred distinct (start, end) pairs
    # (classes on the hour): their day parts are worked out once per pair.
    known: dict[tuple[datetime, datetime], list[tuple[int, float, float, bool, bool]]] = {}
    for session, start, end in timed:
        found = known.get((start, end))
        if found is None:
            found = known[start, end] = day_parts(start, end, origin, day_count,
                                                  first_minute, last_minute)
        for day, low, high, clipped_start, clipped_end in found:
            by_day[day].append(PlannedPart(session, day, low, high, clipped_start, clipped_end))
    plan = WeekPlan(day_count)
    for parts in by_day:
        lanes = assign_lanes([(i, p.start, p.end) for i, p in enumerate(parts)],
                             min_length=min_minutes)
        for i, part in enumerate(parts):
            place = lanes[i]
            part.lane, part.lanes = place.lane, place.lanes
        plan.parts.extend(sorted(parts, key=lambda p: p.lane))
        plan.density.append(_density(parts))
    return plan


def _density(parts: Sequence[PlannedPart]) -> list[int]:
    """Sessions overlapping each quarter hour of the day (a point counts in its bin)."""
    bins = DAY_MINUTES // BIN_MINUTES
    steps = [0] * (bins + 1)
    for part in parts:
        low = min(bins - 1, int(part.start // BIN_MINUTES))
        high = max(low + 1, min(bins, math.ceil(part.end / BIN_MINUTES)))
        steps[low] += 1
        steps[high] -= 1
    counts, running = [], 0
    for step in steps[:bins]:
        running += step
        counts.append(running)
    return counts


@dataclass
class LaneFit:
    """What a column of a given width shows: each shown part with its drawn lane, lane count
    and whether its cluster is collapsed (its lanes then share the column with the "+N"
    slot), and per (day, hour) the parts collapsed into "+N" there."""

    shown: list[tuple[PlannedPart, int, int, bool]] = field(default_factory=list)
    hidden: dict[tuple[int, int], list[PlannedPart]] = field(default_factory=dict)

    @property
    def hidden_count(self) -> int:
        return len({id(p) for parts in self.hidden.values() for p in parts})


def fit_lanes(plan: WeekPlan, max_lanes: int, kept_lanes: int | None = None) -> LaneFit:
    """Clusters of at most ``max_lanes`` lanes are kept whole; a wider cluster keeps its lanes
    ``0 .. kept_lanes - 1`` (at least one, so a crowded cluster always shows a real tile) and
    its other parts are counted per hour they overlap, for the "+N" markers."""
    max_lanes = max(1, max_lanes)
    kept = max(1, max_lanes - 1 if kept_lanes is None else kept_lanes)
    fit = LaneFit()
    for part in plan.parts:
        if part.lanes <= max_lanes:
            fit.shown.append((part, part.lane, part.lanes, False))
        elif part.lane < kept:
            fit.shown.append((part, part.lane, kept, True))
        else:
            last_hour = max(int(part.start // 60), math.ceil(part.end / 60) - 1)
            for hour in range(int(part.start // 60), last_hour + 1):
                fit.hidden.setdefault((part.day, hour), []).append(part)
    return fit
