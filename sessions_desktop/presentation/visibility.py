"""Which loaded sessions a view draws: the sidebar's ticks, "show only this", cancelled ones.

A session belongs to a service (what is sold) and takes staff and rooms. Unticking a service
hides its sessions; unticking a resource hides the sessions that take no other ticked resource,
so leaving only "Tom" ticked shows Tom's appointments, not just his own time off. "Show only
this" is stronger: exactly the sessions of that schedule or affecting it (Tom's week), nothing
that merely takes no resource. Cancelled sessions are drawn only when the view asks for them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, time, timedelta, tzinfo

from sessions_desktop.domain.enums import SessionType
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.presentation.calendar_data import matches_search
from sessions_desktop.presentation.people import is_time_off, resource_ids


def concerns(session: Session, schedule_id: str) -> bool:
    """The session is of ``schedule_id`` or affects it (busy or free)."""
    return session.schedule_id == schedule_id or any(
        link.schedule_id == schedule_id for link in session.affected_schedules)


def is_visible(session: Session, hidden: set[str], schedules: Mapping[str, Schedule],
               only: str | None = None) -> bool:
    if only is not None:
        return concerns(session, only)
    if session.schedule_id in hidden:
        return False
    taken = resource_ids(session, schedules)
    return not taken or any(key not in hidden for key in taken)


def visible_sessions(sessions: Iterable[Session], hidden: Iterable[str],
                     schedules: Mapping[str, Schedule], *, only: str | None = None,
                     search: str = "", cancelled: bool = False) -> list[Session]:
    """Events to draw (not working hours), in the order given."""
    hidden = set(hidden)
    if only is None and not hidden and not search.strip():
        # Nothing unticked, nothing searched (the usual case): every event is visible, so a
        # busy week's thousands of sessions skip the per-session resource and text checks.
        return [s for s in sessions
                if s.type is SessionType.EVENT and (cancelled or not s.is_cancelled)]
    return [s for s in sessions
            if s.type is SessionType.EVENT and (cancelled or not s.is_cancelled)
            and is_visible(s, hidden, schedules, only) and matches_search(s, search)]


def whole_days(session: Session, tz: tzinfo) -> bool:
    """All day, or timed from a midnight to a later midnight of ``tz`` (time off entered as
    00:00 to 00:00 is a day off, not a 24-hour booking)."""
    if session.all_day:
        return True
    start, end = session.start.astimezone(tz), session.end.astimezone(tz)
    return start.time() == time() and end.time() == time() and \
        end.date() - start.date() >= timedelta(days=1)


def drawn_all_day(session: Session, schedules: Mapping[str, Schedule], tz: tzinfo) -> bool:
    """Drawn in the all-day row instead of a lane: all-day sessions, and whole days of time
    off, so a day off never squeezes the day's classes into half a column."""
    return session.all_day or (is_time_off(session, schedules) and whole_days(session, tz))


def local_dates(session: Session, tz: tzinfo) -> tuple[date, date]:
    """First day and the day after the last, as the all-day row places the session."""
    if session.all_day:
        return session.start.date(), session.end.date()
    start, end = session.start.astimezone(tz), session.end.astimezone(tz)
    last = (end - timedelta(microseconds=1)).date() if end > start else start.date()
    return start.date(), last + timedelta(days=1)


def count_on_days(sessions: Iterable[Session], first: date, end: date, tz: tzinfo) -> int:
    """How many of a window's sessions a grid of the days [first, end) draws. The window is
    read by absolute time, so an all-day session of another zone's date that overlaps it is
    read too; the all-day row places it by ``local_dates``, and such a one not at all."""
    return sum(1 for s in sessions if not s.all_day or _on_days(local_dates(s, tz), first, end))


def _on_days(dates: tuple[date, date], first: date, end: date) -> bool:
    return dates[0] < end and dates[1] > first
