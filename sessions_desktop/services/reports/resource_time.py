"""The time of one resource (staff member or room) over a report's span, whole and by bucket.

- working: the union of its WORKING_HOURS sessions (the business's when it has none of its
  own in the span, as free slots do);
- time off: its own ``Blocked`` events (all-day ones too) within its working time;
- available: working time minus time off (so working = available + time off);
- booked: the union of the events that take it (its own events and BUSY links), all-day
  events left out (they mark a day, not hours of work);
- booked in hours: booked ∩ available, so use = booked in hours / available never passes
  100%; the rest of booked is "outside hours", and time counted twice is "double-booked".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sessions_desktop.domain.enums import SessionType
from sessions_desktop.services.reports import spans as sp
from sessions_desktop.services.reports.load import (
    Timed,
    is_blocked,
    is_event,
    resources_taken,
    takes,
)
from sessions_desktop.services.reports.period import Buckets, ReportPeriod, Span


@dataclass
class TimeTotals:
    """Seconds of each kind of time (one resource, one bucket or the whole span)."""

    working: float = 0.0
    time_off: float = 0.0
    available: float = 0.0
    booked: float = 0.0
    booked_in_hours: float = 0.0
    double_booked: float = 0.0
    sessions: int = 0

    @property
    def outside_hours(self) -> float:
        return max(0.0, self.booked - self.booked_in_hours)

    @property
    def use(self) -> float | None:
        return self.booked_in_hours / self.available if self.available > 0 else None

    def add(self, other: TimeTotals) -> None:
        for name in ("working", "time_off", "available", "booked", "booked_in_hours",
                     "double_booked", "sessions"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class ResourceTime:
    resource_id: str
    whole: TimeTotals
    by_bucket: list[TimeTotals] = field(default_factory=list)
    business_hours_used: bool = False   # it had no working hours of its own


def group_by_resource(items: Iterable[Timed], period: ReportPeriod,
                      business_ids: set[str]) -> tuple[dict[str, list[Timed]], list[Span]]:
    """Live sessions per schedule whose time they take (own schedule or BUSY link), and the
    business's working hours; one pass, so each resource then reads only its own."""
    by_resource: dict[str, list[Timed]] = {}
    business_hours: list[Span] = []
    for item in items:
        span = period.clip(item.low, item.high)
        if item.cancelled or span is None:
            continue
        s = item.session
        if s.type is SessionType.WORKING_HOURS and s.schedule_id in business_ids:
            business_hours.append(span)
        for resource_id in resources_taken(s):
            by_resource.setdefault(resource_id, []).append(item)
    return by_resource, business_hours


def resource_time(resource_id: str, items: Iterable[Timed], business_hours: list[Span],
                  period: ReportPeriod, buckets: Buckets) -> ResourceTime:
    """``items``: the live sessions taking the resource (see ``group_by_resource``)."""
    own_hours: list[Span] = []
    off: list[Span] = []
    busy: list[Span] = []
    starts: list[float] = []
    for item in items:
        s = item.session
        span = period.clip(item.low, item.high)
        if span is None or item.cancelled:
            continue
        if s.type is SessionType.WORKING_HOURS:
            if s.schedule_id == resource_id:
                own_hours.append(span)
        elif is_event(s) and takes(s, resource_id):
            if s.schedule_id == resource_id and is_blocked(s):
                off.append(span)
            elif not s.all_day:
                busy.append(span)
                if period.low <= item.low < period.high:
                    starts.append(item.low)
    working = sp.union(own_hours or business_hours)
    off_in_hours = sp.intersect(sp.union(off), working)
    available = sp.subtract(working, off_in_hours)
    booked = sp.union(busy)
    parts = {"working": working, "time_off": off_in_hours, "available": available,
             "booked": booked, "booked_in_hours": sp.intersect(booked, available)}
    whole = TimeTotals(sessions=len(starts), double_booked=sp.overlap(busy))
    for name, spans in parts.items():
        setattr(whole, name, sp.length(spans))
    return ResourceTime(resource_id, whole, _by_bucket(parts, busy, starts, buckets),
                        business_hours_used=not own_hours and bool(business_hours))


def _by_bucket(parts: dict[str, list[Span]], busy: list[Span], starts: list[float],
               buckets: Buckets) -> list[TimeTotals]:
    """The same totals per bucket: spans are cut at the bucket edges, sessions counted in
    the bucket where they start."""
    out = [TimeTotals() for _ in buckets.labels]
    for name, spans in parts.items():
        for low, high in spans:
            for i, a, b in buckets.split(low, high):
                setattr(out[i], name, getattr(out[i], name) + (b - a))
    cut: list[list[Span]] = [[] for _ in buckets.labels]
    for low, high in busy:
        for i, a, b in buckets.split(low, high):
            cut[i].append((a, b))
    for i, spans in enumerate(cut):
        out[i].double_booked = sp.overlap(spans)
    for moment in starts:
        bucket = buckets.index(moment)
        if bucket is not None:
            out[bucket].sessions += 1
    return out
