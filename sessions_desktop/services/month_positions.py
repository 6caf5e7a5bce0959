"""Where sessions fall in a run of local days, by epoch seconds (``month_days``' arithmetic).

A day is [its local midnight, the next local midnight) in the business zone, so a day of a
DST change is 23 or 25 hours long. A timed session touches every day from the one its start
falls in to the one just before its end (an end at midnight does not touch the day it
starts), as the month view places it (``domain.day_order.days_touched``). A session not yet
built is a ``Light`` entry: its start, its start minus its end (longer first) and what names
it; the first chips of a day are chosen among them by those two alone, and only the entries
that can be among the first (ties included: title and id decide them) are built.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from typing import Any

from sessions_desktop.domain.time import local_midnight, to_epoch

Light = tuple[int, int, Any]   # (start, start - end, what names the session)


def day_bounds(first: date, days: int, tz: Any) -> list[int]:
    """Epoch seconds of the local midnights of ``first`` .. ``first + days`` (inclusive)."""
    return [to_epoch(local_midnight(first + timedelta(days=i), tz)) for i in range(days + 1)]


def day_span(start: int, end: int, bounds: list[int]) -> range:
    """Indices of the days (``bounds``' intervals) a timed session touches."""
    low = max(bisect_right(bounds, start) - 1, 0)
    high = min(bisect_left(bounds, end) - 1, len(bounds) - 2)
    return range(low, high + 1)


def date_span(touched: tuple[date, date], first: date, days: int) -> range:
    """Indices of the days from ``first`` within a built session's first and last day
    (``domain.day_order.days_touched``)."""
    start, last = touched
    return range(max((start - first).days, 0), min((last - first).days, days - 1) + 1)


def first_candidates(entries: list[Light], wanted: int) -> list[Light]:
    """The entries that can be among the first ``wanted`` of a day: the ``wanted`` earliest
    (longer first) and every entry tied with the last of them."""
    if len(entries) <= wanted:
        return entries
    if wanted <= 0:
        return []
    last = heapq.nsmallest(wanted, entries, key=_times)[-1]
    bound = (last[0], last[1])
    return [entry for entry in entries if (entry[0], entry[1]) <= bound]


def _times(entry: Light) -> tuple[int, int]:
    return entry[0], entry[1]
