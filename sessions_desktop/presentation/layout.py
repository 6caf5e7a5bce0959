"""Where items go inside a day: side-by-side lanes for overlaps, and what fits in a month cell.

Lanes come from one sweep over intervals sorted by start (longer first, then key, so the result
never depends on input order); each item takes the leftmost lane free at its start, found with
two heaps (busy lanes by end, free lanes by index) so a cluster of hundreds of lanes (a crowded
week at five times the business) costs a logarithm per item, not a scan of its lanes.
A cluster is a maximal group of transitively overlapping items;
every item of a cluster shares its lane count, so their widths line up. First-fit in start order
colours an interval graph optimally: a cluster needs exactly as many lanes as items overlap at
its busiest instant. Intervals are half-open; two items that only touch share a lane.
"""

from __future__ import annotations

import heapq
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple, TypeVar

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Placement:
    """Lane ``lane`` (0 is leftmost) of ``lanes`` equal lanes across the day column."""

    lane: int
    lanes: int


def _default_min_length(start: Any) -> Any:
    """One minute for datetimes, one day for dates, one unit for numbers (minutes, indices)."""
    if isinstance(start, datetime):
        return timedelta(minutes=1)
    return timedelta(days=1) if isinstance(start, date) else 1


def _effective(items: Iterable[tuple[K, Any, Any]], min_length: Any) -> list[tuple[K, Any, Any]]:
    """Give zero-length (and inverted) items a minimal length so they still take a lane."""
    result = []
    for key, start, end in items:
        length = _default_min_length(start) if min_length is None else min_length
        result.append((key, start, max(end, start + length)))
    return result


def _order(item: tuple[Any, Any, Any]) -> tuple[Any, Any, Any]:
    key, start, end = item
    return (start, start - end, key)


def assign_lanes(
    items: Iterable[tuple[K, Any, Any]], min_length: Any = None
) -> dict[K, Placement]:
    """Lane and lane count for each ``(key, start, end)``; keys must be unique and orderable.

    ``start``/``end`` are datetimes or numbers; ``min_length`` defaults to one minute (or 1).
    For the all-day row pass day indices ``(key, first_index, last_index + 1)``.
    """
    items = sorted(_effective(items, min_length), key=_order)
    if len({key for key, _, _ in items}) != len(items):
        raise ValueError("lane item keys must be unique")
    placements: dict[K, Placement] = {}
    cluster: list[tuple[K, int]] = []
    busy: list[tuple[Any, int]] = []   # (end, lane) of the open cluster's busy lanes (heap)
    free: list[int] = []               # its lanes free again (heap: leftmost first)
    lanes = 0
    cluster_end: Any = None
    for key, start, end in items:
        if cluster and start >= cluster_end:
            _close(cluster, lanes, placements)
            cluster, busy, free, lanes = [], [], [], 0
        while busy and busy[0][0] <= start:   # starts only grow: freed lanes stay free
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        else:
            lane, lanes = lanes, lanes + 1
        heapq.heappush(busy, (end, lane))
        cluster_end = end if not cluster else max(cluster_end, end)
        cluster.append((key, lane))
    _close(cluster, lanes, placements)
    return placements


def _close(cluster: list[tuple[K, int]], lanes: int, placements: dict[K, Placement]) -> None:
    known = _PLACEMENTS
    for key, lane in cluster:
        found = known.get((lane, lanes))
        if found is None:
            found = known[(lane, lanes)] = Placement(lane, lanes)
        placements[key] = found


# Placements are immutable and few (lane, lanes) pairs recur: made once each, not per item.
_PLACEMENTS: dict[tuple[int, int], Placement] = {}


class CellFit(NamedTuple):
    """What a month cell shows: the chips that fit, and how many hide behind "+N more"."""

    visible: tuple[Any, ...]
    more: int


def fit_chips(chips: Sequence[T], rows: int) -> CellFit:
    """Chips for a cell with room for ``rows`` rows; "+N more" takes the last row when needed.

    Shows all chips when they fit; otherwise ``rows - 1`` chips and a "+N more" line, so the
    user always sees that something is hidden (with one row, only "+N more").
    """
    if len(chips) <= max(rows, 0):
        return CellFit(tuple(chips), 0)
    shown = max(rows - 1, 0)
    return CellFit(tuple(chips[:shown]), len(chips) - shown)


def fit_counted(chips: Sequence[T], count: int, rows: int) -> CellFit:
    """``fit_chips`` for a day known by its first chips and how many sessions it has
    (``count``, at least ``len(chips)``): the same cell when ``chips`` holds the first
    ``rows`` of the day; with fewer, the chips held and "+N more" for the rest."""
    if count <= max(rows, 0) and len(chips) >= count:
        return CellFit(tuple(chips[:count]), 0)
    shown = min(max(rows - 1, 0), len(chips))
    return CellFit(tuple(chips[:shown]), count - shown)
