"""Hours as sets of time: union, intersection and double-booked overlap of spans.

Spans are ``(low, high)`` epoch seconds. "Hours used" is the length of the union, so two
sessions at the same time in one room count once; the part counted twice is the overlap,
reported apart as double-booked time.
"""

from __future__ import annotations

from collections.abc import Iterable

Span = tuple[float, float]
HOUR = 3600.0


def union(spans: Iterable[Span]) -> list[Span]:
    """Sorted, non-overlapping spans covering the same time (touching spans are joined)."""
    out: list[list[float]] = []
    for low, high in sorted(spans):
        if high <= low:
            continue
        if out and low <= out[-1][1]:
            out[-1][1] = max(out[-1][1], high)
        else:
            out.append([low, high])
    return [(a, b) for a, b in out]


def length(spans: Iterable[Span]) -> float:
    """Seconds covered by ``spans`` (which must already be a union)."""
    return sum(b - a for a, b in spans)


def intersect(first: list[Span], second: list[Span]) -> list[Span]:
    """The time in both of two unions (a two-pointer sweep)."""
    out, i, j = [], 0, 0
    while i < len(first) and j < len(second):
        low = max(first[i][0], second[j][0])
        high = min(first[i][1], second[j][1])
        if high > low:
            out.append((low, high))
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return out


def subtract(base: list[Span], cut: list[Span]) -> list[Span]:
    """The time of ``base`` not in ``cut`` (both unions)."""
    out: list[Span] = []
    j = 0
    for low, high in base:
        cursor = low
        while j < len(cut) and cut[j][1] <= cursor:
            j += 1
        k = j
        while k < len(cut) and cut[k][0] < high:
            if cut[k][0] > cursor:
                out.append((cursor, cut[k][0]))
            cursor = max(cursor, cut[k][1])
            k += 1
        if cursor < high:
            out.append((cursor, high))
    return out


def overlap(spans: list[Span]) -> float:
    """Seconds counted more than once: the sum of lengths minus the length of the union."""
    return sum(b - a for a, b in spans if b > a) - length(union(spans))
