"""Free slots for a service that needs several resources at once (staff and room): the
intersection of each resource's free time, cut into back-to-back slots of one length."""

from __future__ import annotations

from datetime import datetime, timedelta

Interval = tuple[datetime, datetime]


def intersect(a: list[Interval], b: list[Interval]) -> list[Interval]:
    """Times free in both sorted, merged interval lists."""
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def cut(free: list[Interval], minutes: int, limit: int = 50) -> list[Interval]:
    """Back-to-back slots of ``minutes`` from each free stretch, at most ``limit``."""
    length, out = timedelta(minutes=minutes), list[Interval]()
    for start, end in free:
        while start + length <= end and len(out) < limit:
            out.append((start, start + length))
            start += length
    return out
