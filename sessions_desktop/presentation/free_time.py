"""Where a new session goes when the user asks for one without pointing (Ctrl+N).

Only sessions that take time block it: working-hours sessions (availability, not bookings),
cancelled sessions and all-day sessions (like holidays, drawn in the all-day row) do not.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sessions_desktop.domain.enums import SessionType
from sessions_desktop.domain.model import Session

HOUR = timedelta(hours=1)


def busy_intervals(sessions: Iterable[Session]) -> list[tuple[datetime, datetime]]:
    """(start, end) of the sessions that occupy time."""
    return [
        (s.start, s.end)
        for s in sessions
        if s.type is not SessionType.WORKING_HOURS and not s.is_cancelled and not s.all_day
    ]


def ceil_hour(moment: datetime) -> datetime:
    """``moment`` if on a whole hour, else the next whole hour."""
    floor = moment.replace(minute=0, second=0, microsecond=0)
    return floor if floor == moment else floor + HOUR


def next_free_hour(busy: Iterable[tuple[datetime, datetime]], at: datetime,
                   length: timedelta = HOUR) -> datetime | None:
    """First whole hour at or after ``at`` whose ``length`` overlaps nothing busy that day.

    The slot must end by the next midnight; None when the rest of the day is full, so the ui
    can fall back (e.g. to ``at`` itself). Use naive wall-clock times of the view's zone, or
    aware ones throughout; intervals are half-open, so a slot may start where a session ends.
    """
    intervals = list(busy)
    day_end = at.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    slot = ceil_hour(at)
    while slot + length <= day_end:
        if not any(start < slot + length and slot < end for start, end in intervals):
            return slot
        slot += HOUR
    return None
