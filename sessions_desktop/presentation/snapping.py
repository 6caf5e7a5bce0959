"""Snapping wall-clock times to the grid of the time views.

Snaps divide an hour (1, 5, 10, 15, 30, 60 ...), so whole hours, the visible range's edges and
the day's end all lie on the grid and clamping never leaves it. Rounding goes to the nearest
snap with ties going later; ghosts of new sessions start at the slot holding the press instead.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta

MINUTES_PER_DAY = 1440


def check_snap(snap: int) -> None:
    """Snaps must divide an hour so every whole hour, and so the day's end, lies on the grid."""
    if not isinstance(snap, int) or snap <= 0 or 60 % snap:
        raise ValueError(f"snap must be a whole number of minutes dividing 60, not {snap!r}")


def snap_minute(minute: float, snap: int) -> int:
    """The nearest multiple of ``snap`` (a tie goes later), clamped to the day, 0..1440."""
    check_snap(snap)
    snapped = math.floor(minute / snap + 0.5) * snap
    return max(0, min(MINUTES_PER_DAY, snapped))


def floor_minute(minute: float, snap: int) -> int:
    """The start of the snap slot holding ``minute``, clamped to the day; ghosts start there."""
    check_snap(snap)
    return max(0, min(MINUTES_PER_DAY, math.floor(minute / snap) * snap))


def minute_of_day(moment: datetime | time) -> float:
    return moment.hour * 60 + moment.minute + moment.second / 60 + moment.microsecond / 60e6


def at_minute(day: date, minute: float) -> datetime:
    """Wall-clock datetime ``minute`` minutes after ``day``'s midnight (1440 is next midnight)."""
    return datetime.combine(day, time()) + timedelta(minutes=minute)


def snap_datetime(moment: datetime, snap: int) -> datetime:
    """``moment`` rounded to the nearest snap of its own day; 23:55 with 15 gives next 00:00.

    An aware ``moment`` keeps its zone and wall-clock arithmetic, as everywhere in the views.
    """
    snapped = at_minute(moment.date(), snap_minute(minute_of_day(moment), snap))
    return snapped.replace(tzinfo=moment.tzinfo)
