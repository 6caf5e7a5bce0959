"""The span of a report and its buckets (weeks or months), in the business time zone.

A report covers whole days ``[start, end)``; its edges are local midnights, so a day is a day
across DST. Times inside are epoch seconds: the arithmetic of hours (clipping, union, overlap)
is then plain subtraction, and an hour across a DST change is still an hour.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from sessions_desktop.domain.time import local_midnight
from sessions_desktop.errors import ValidationError, Violations

MAX_YEARS = 5
WEEK, MONTH = "week", "month"
WEEKS_UNTIL = 183   # spans up to about half a year are grouped by week unless asked otherwise

Span = tuple[float, float]


def check_span(start: object, end: object) -> None:
    problems = Violations()
    for name, value in (("from", start), ("to", end)):
        if not isinstance(value, date) or isinstance(value, datetime):
            problems.add(name, "must be a date")
    problems.raise_if_any()
    assert isinstance(start, date) and isinstance(end, date)
    if end <= start:
        problems.add("to", "must be after 'from' (the 'to' day itself is not included)")
    elif end > start + relativedelta(years=MAX_YEARS):
        problems.add("to", f"a report spans at most {MAX_YEARS} years")
    problems.raise_if_any()


def default_grouping(start: date, end: date) -> str:
    return WEEK if (end - start).days <= WEEKS_UNTIL else MONTH


@dataclass(frozen=True)
class Buckets:
    """Consecutive buckets; ``labels[i]`` is the first day of bucket i (a week's first day or
    the 1st of a month, which may lie before the report's start)."""

    labels: tuple[date, ...]
    edges: tuple[float, ...]      # len(labels) + 1 epoch seconds, clipped to the report

    def index(self, moment: float) -> int | None:
        i = bisect.bisect_right(self.edges, moment) - 1
        return i if 0 <= i < len(self.labels) else None

    def split(self, low: float, high: float) -> Iterator[tuple[int, float, float]]:
        """(bucket index, clipped low, clipped high) for every bucket the span touches."""
        i = max(0, bisect.bisect_right(self.edges, low) - 1)
        while i < len(self.labels) and self.edges[i] < high:
            a, b = max(low, self.edges[i]), min(high, self.edges[i + 1])
            if b > a:
                yield i, a, b
            i += 1


@dataclass(frozen=True)
class ReportPeriod:
    start: date
    end: date            # exclusive
    tz: ZoneInfo

    low: float = field(init=False)     # epoch seconds of the first midnight
    high: float = field(init=False)    # and of the last (exclusive)

    def __post_init__(self) -> None:
        check_span(self.start, self.end)
        object.__setattr__(self, "low", local_midnight(self.start, self.tz).timestamp())
        object.__setattr__(self, "high", local_midnight(self.end, self.tz).timestamp())

    def chunks(self) -> list[tuple[datetime, datetime]]:
        """The span cut into windows of at most a year (the query limit)."""
        out, day = [], self.start
        while day < self.end:
            nxt = min(self.end, day + relativedelta(years=1))
            out.append((local_midnight(day, self.tz), local_midnight(nxt, self.tz)))
            day = nxt
        return out

    def buckets(self, grouping: str, first_weekday: int = 0) -> Buckets:
        if grouping == WEEK:
            first = self.start - timedelta(days=(self.start.weekday() - first_weekday) % 7)
            labels = _steps(first, self.end, lambda d: d + timedelta(days=7))
        elif grouping == MONTH:
            labels = _steps(self.start.replace(day=1), self.end,
                            lambda d: d + relativedelta(months=1))
        else:
            raise ValidationError(f"{grouping!r} is not 'week' or 'month'", field="by")
        edges = [max(self.low, local_midnight(d, self.tz).timestamp()) for d in labels]
        edges.append(self.high)
        return Buckets(tuple(labels), tuple(edges))

    def clip(self, low: float, high: float) -> Span | None:
        a, b = max(low, self.low), min(high, self.high)
        return (a, b) if b > a else None


def _steps(first: date, end: date, step: Callable[[date], date]) -> list[date]:
    out, day = [], first
    while day < end:
        out.append(day)
        day = step(day)
    return out
