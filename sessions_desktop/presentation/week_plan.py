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

import heapq
import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

DAY_MINUTES = 1440
BIN_MINUTES = 15
MINUTE = timedelta(minutes=1)


class PlannedPart:
    """The part of one session that falls into one visible day, with its lane."""

    __slots__ = ("clipped_end", "clipped_start", "day", "end", "lane", "lanes", "session",
                 "start")

    def __init__(self, session: Any, day: int, start: float, end: float,
                 clipped_start: bool, clipped_end: bool, lane: int = 0,
                 lanes: int = 1) -> None:
        self.session, self.day, self.start, self.end = session, day, start, end
        self.clipped_start, self.clipped_end = clipped_start, clipped_end
        self.lane, self.lanes = lane, lanes

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PlannedPart):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__slots__)

    __hash__ = None   # type: ignore[assignment]   # equal by value, and mutable


@dataclass
class WeekPlan:
    """Parts in paint order (day by day, lanes left to right) and the density of each day;
    ``widest`` is the most lanes any cluster needs (a column narrower than that collapses),
    ``day_widest`` the same per day."""

    day_count: int
    parts: list[PlannedPart] = field(default_factory=list)
    density: list[list[int]] = field(default_factory=list)  # per day, per quarter hour
    widest: int = 0
    day_widest: list[int] = field(default_factory=list)

    @property
    def busiest(self) -> int:
        return max((max(day) for day in self.density if day), default=0)


Cut = tuple[int, float, float, bool, bool]   # day, low, high, clipped start, clipped end


def day_parts(start: datetime, end: datetime, origin: datetime, day_count: int,
              first_minute: int = 0, last_minute: int = DAY_MINUTES) -> list[Cut]:
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
    by_day = _cuts_by_day(timed, first_day, day_count, first_minute, last_minute)
    plan = WeekPlan(day_count)
    for cuts in by_day:
        widest = _plan_day(cuts, min_minutes, plan.parts)
        plan.day_widest.append(widest)
        plan.widest = max(plan.widest, widest)
        plan.density.append(_density(cuts))
    return plan


def replan_days(plan: WeekPlan, timed: Iterable[tuple[Any, datetime, datetime]],
                days: Iterable[int], first_day: date, first_minute: int = 0,
                last_minute: int = DAY_MINUTES, min_minutes: float = 1.0) -> WeekPlan:
    """``plan`` with only ``days`` planned again, from ``timed``: every item that touches any
    of those days, in the order the whole period's input has them (the other days' items
    may be there too; they are skipped). The result equals ``plan_week`` of the whole
    period's new input when the other days' items did not change: a drag re-plans the day
    it left and the day it entered, not the week. ``plan`` itself is left as it was."""
    chosen = sorted({day for day in days if 0 <= day < plan.day_count})
    if not chosen:
        return plan
    by_day = _cuts_by_day(timed, first_day, plan.day_count, first_minute, last_minute,
                          set(chosen))
    new = WeekPlan(plan.day_count, density=list(plan.density),
                   day_widest=list(plan.day_widest))
    parts, taken = plan.parts, 0
    for day in chosen:
        low = bisect_left(parts, day, lo=taken, key=_day_of)
        new.parts.extend(parts[taken:low])
        taken = bisect_left(parts, day + 1, lo=low, key=_day_of)
        cuts = by_day[day]
        new.day_widest[day] = _plan_day(cuts, min_minutes, new.parts)
        new.density[day] = _density(cuts)
    new.parts.extend(parts[taken:])
    new.widest = max(new.day_widest, default=0)
    return new


def parts_of_day(plan: WeekPlan, day: int) -> list[PlannedPart]:
    """The parts of one day (the plan's parts are in day order)."""
    low = bisect_left(plan.parts, day, key=_day_of)
    return plan.parts[low:bisect_left(plan.parts, day + 1, lo=low, key=_day_of)]


def _day_of(part: PlannedPart) -> int:
    return part.day


def _cuts_by_day(timed: Iterable[tuple[Any, datetime, datetime]], first_day: date,
                 day_count: int, first_minute: int, last_minute: int,
                 only: set[int] | None = None
                 ) -> list[list[tuple[Cut, list[tuple[int, Any]]]]]:
    """Each day's cuts with the ``(order, session)`` items that share them (of ``only``'s
    days when given)."""
    origin = datetime.combine(first_day, time())
    # A busy week has thousands of sessions but a few hundred distinct (start, end) pairs
    # (classes on the hour): sessions are grouped by their times, and each pair's day parts
    # are worked out once. ``order`` (the position given) breaks ties as the input order did.
    groups: dict[tuple[datetime, datetime], list[tuple[int, Any]]] = {}
    for order, (session, start, end) in enumerate(timed):
        group = groups.get((start, end))
        if group is None:
            groups[start, end] = [(order, session)]
        else:
            group.append((order, session))
    by_day: list[list[tuple[Cut, list[tuple[int, Any]]]]] = [[] for _ in range(day_count)]
    for (start, end), members in groups.items():
        for cut in day_parts(start, end, origin, day_count, first_minute, last_minute):
            if only is None or cut[0] in only:
                by_day[cut[0]].append((cut, members))
    return by_day


def _plan_day(cuts: list[tuple[Cut, list[tuple[int, Any]]]], min_minutes: float,
              out: list[PlannedPart]) -> int:
    """Lanes of one day's parts, appended to ``out`` in paint order (lane by lane, in the
    order given within a lane); returns the most lanes a cluster of the day needs.

    The same sweep as ``layout.assign_lanes`` (its order: start, longer first, then the
    order given; the leftmost free lane; a cluster's lane count shared by its items), on
    plain lists: a crowded week has thousands of parts, and the generic function's keyed
    dictionaries and placement objects were most of the plan's time."""
    rows: list[tuple[float, float, int, Any, Cut, float]] = []
    for cut, members in cuts:
        low = cut[1]
        end = max(cut[2], low + min_minutes)   # a part takes at least a tile's height
        rows.extend([(low, low - end, order, session, cut, end) for order, session in members])
    if not rows:
        return 0
    rows.sort()   # orders are unique: nothing past them is compared
    count = len(rows)
    lane_of = [0] * count
    lanes_of = [0] * count
    heappush, heappop = heapq.heappush, heapq.heappop
    cluster: list[int] = []
    busy: list[tuple[float, int]] = []
    free: list[int] = []
    lanes, cluster_end, widest = 0, 0.0, 0
    for index, row in enumerate(rows):
        start, end = row[0], row[5]
        if cluster and start >= cluster_end:
            for member in cluster:
                lanes_of[member] = lanes
            widest = max(widest, lanes)
            cluster, busy, free, lanes = [], [], [], 0
        while busy and busy[0][0] <= start:   # starts only grow: freed lanes stay free
            heappush(free, heappop(busy)[1])
        if free:
            lane = heappop(free)
        else:
            lane, lanes = lanes, lanes + 1
        heappush(busy, (end, lane))
        cluster_end = end if not cluster else max(cluster_end, end)
        cluster.append(index)
        lane_of[index] = lane
    for member in cluster:
        lanes_of[member] = lanes
    widest = max(widest, lanes)
    paint = sorted(range(count), key=lambda i: (lane_of[i], rows[i][2]))
    for index in paint:
        _, _, _, session, (day, low, high, clipped_start, clipped_end), _ = rows[index]
        out.append(PlannedPart(session, day, low, high, clipped_start, clipped_end,
                               lane_of[index], lanes_of[index]))
    return widest


def _density(cuts: Sequence[tuple[Cut, Sequence[object]]]) -> list[int]:
    """Sessions overlapping each quarter hour of the day (a point counts in its bin)."""
    bins = DAY_MINUTES // BIN_MINUTES
    steps = [0] * (bins + 1)
    for (_, start, end, _, _), members in cuts:
        low = min(bins - 1, int(start // BIN_MINUTES))
        high = max(low + 1, min(bins, math.ceil(end / BIN_MINUTES)))
        steps[low] += len(members)
        steps[high] -= len(members)
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
    shown, hidden = fit.shown, fit.hidden
    if plan.widest <= max_lanes:   # nothing collapses (``widest`` is the plan's own)
        fit.shown = [(part, part.lane, part.lanes, False) for part in plan.parts]
        return fit
    hours: dict[tuple[float, float], range] = {}   # parts share their times
    for part in plan.parts:
        if part.lanes <= max_lanes:
            shown.append((part, part.lane, part.lanes, False))
        elif part.lane < kept:
            shown.append((part, part.lane, kept, True))
        else:
            span = hours.get((part.start, part.end))
            if span is None:
                first = int(part.start // 60)
                span = hours[part.start, part.end] = range(
                    first, max(first, math.ceil(part.end / 60) - 1) + 1)
            day = part.day
            for hour in span:
                found = hidden.get((day, hour))
                if found is None:
                    hidden[day, hour] = [part]
                else:
                    found.append(part)
    return fit
