"""Where a session falls in a calendar's days: the order of a day's sessions (a month
cell's chips) and the local days a session touches. Shared by the month view's layout and
the service that counts a month's days, so both place and order sessions alike."""

from __future__ import annotations

from datetime import date, timedelta, tzinfo
from typing import Any

from sessions_desktop.domain.model import Session


def chip_order(session: Session) -> tuple[Any, ...]:
    """Sort key of month chips: all-day first, then by start, longer first, title, id.

    Instants as POSIX seconds: comparing aware datetimes of different zones asks each zone for
    its offset on every comparison, which made a busy month's layout several times slower.
    """
    start = session.start.timestamp()
    return (not session.all_day, start, start - session.end.timestamp(),
            session.title or "", session.id)


def days_touched(session: Session, tz: tzinfo) -> tuple[date, date]:
    """The first and last local day (of ``tz``; an all-day session's own dates) a session
    shows on; a session ending at midnight does not touch the day that midnight starts."""
    if session.all_day:
        return session.start.date(), session.end.date() - timedelta(days=1)
    start, end = session.start.astimezone(tz), session.end.astimezone(tz)
    last = end.date() - timedelta(days=1) if end.time() == end.min.time() else end.date()
    return start.date(), last
