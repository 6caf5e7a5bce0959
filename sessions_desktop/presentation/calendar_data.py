"""What the calendar window shows of a loaded window, and what a drop there would break.

The window loads every session of the visible period once (events and working hours); these
functions pick what to draw (visible schedules, search text), derive the shaded working hours
and check a proposed time against resources' bookings and hours, all without Qt or the
database, so a drag can re-check on every snap step at no cost.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta, tzinfo

from sessions_desktop.domain.enums import BLOCKED_TAG, OwnerKind, SessionType, Transparency
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.presentation.i18n import translate

Interval = tuple[datetime, datetime]
DEFAULT_HOURS = (9 * 60, 17 * 60)


def is_blocked(session: Session) -> bool:
    return BLOCKED_TAG in session.tags


def matches_search(session: Session, text: str) -> bool:
    """Case-insensitive substring of the title or notes; empty text matches all."""
    needle = text.strip().casefold()
    if not needle:
        return True
    return needle in (session.title or "").casefold() or needle in (session.notes or "").casefold()


def shown_events(sessions: Iterable[Session], hidden: Iterable[str] = (),
                 search: str = "") -> list[Session]:
    """Events to draw: not working hours, not cancelled, schedule visible, matching search."""
    hidden = set(hidden)
    return [s for s in sessions
            if s.type is SessionType.EVENT and not s.is_cancelled
            and s.schedule_id not in hidden and matches_search(s, search)]


def busy_resources(session: Session, schedules: Mapping[str, Schedule]) -> list[str]:
    """Resources whose time the session takes: its own schedule if a resource, BUSY links."""
    found = [session.schedule_id] if _is_resource(session.schedule_id, schedules) else []
    found += [link.schedule_id for link in session.affected_schedules
              if link.transparency is Transparency.BUSY
              and _is_resource(link.schedule_id, schedules)
              and link.schedule_id not in found]
    return found


def _is_resource(schedule_id: str, schedules: Mapping[str, Schedule]) -> bool:
    schedule = schedules.get(schedule_id)
    return schedule is not None and schedule.owner_kind is OwnerKind.RESOURCE


def _takes(session: Session, resource_id: str) -> bool:
    """Busy time of the resource; all-day sessions count only when they are time off."""
    if session.type is not SessionType.EVENT or session.is_cancelled or \
            (session.all_day and not is_blocked(session)):
        return False
    return session.schedule_id == resource_id or any(
        a.schedule_id == resource_id and a.transparency is Transparency.BUSY
        for a in session.affected_schedules)


def _hours_of(resource_id: str, sessions: Sequence[Session],
              schedules: Mapping[str, Schedule]) -> list[Interval]:
    """The resource's working hours, or the business hours when it has none loaded."""
    hours = [s for s in sessions if s.type is SessionType.WORKING_HOURS and not s.is_cancelled]
    own = [(s.start, s.end) for s in hours if s.schedule_id == resource_id]
    if own:
        return own
    business = {i for i, s in schedules.items() if s.owner_kind is OwnerKind.BUSINESS}
    return [(s.start, s.end) for s in hours if s.schedule_id in business]


def _covered(start: datetime, end: datetime, intervals: list[Interval]) -> bool:
    cursor = start
    for low, high in sorted(intervals):
        if low <= cursor < high:
            cursor = high
        if cursor >= end:
            return True
    return cursor >= end


def conflict_reason(session: Session, start: datetime, end: datetime,
                    sessions: Sequence[Session], schedules: Mapping[str, Schedule]) -> str | None:
    """Why moving ``session`` to [start, end) (aware) would be a problem, or None.

    Double-booking: another event takes a resource this one takes (BUSY) in that time.
    Outside hours: a resource has working hours loaded and they do not cover the new time.
    """
    problems = []
    for resource in busy_resources(session, schedules):
        name = schedules[resource].name
        # the times first: a busy week has thousands of sessions and few at that time
        clash = next((o for o in sessions if o.start < end and start < o.end
                      and o.id != session.id and _takes(o, resource)), None)
        if clash is not None and is_blocked(clash):
            problems.append(
                translate("CalendarData", "{name} is not available: {value}").format(
                    name=name, value=clash.title or "time off"
                )
            )
        elif clash is not None:
            problems.append(
                translate("CalendarData", "{name} is already booked: {value}").format(
                    name=name, value=clash.title or "a session"
                )
            )
        hours = _hours_of(resource, sessions, schedules)
        if hours and not _covered(start, end, hours):
            problems.append(
                translate("CalendarData", "outside {name}'s working hours").format(name=name))
    return "; ".join(problems) or None


def working_minutes(sessions: Iterable[Session], resource_ids: Iterable[str],
                    business_ids: Iterable[str], days: Sequence[date],
                    tz: tzinfo) -> dict[int, list[tuple[float, float]]]:
    """Per visible day index, the shaded-as-working minutes of the day (wall clock of ``tz``).

    From the WORKING_HOURS of the visible resources, else of the business, else 09:00-17:00.
    """
    hours = [s for s in sessions if s.type is SessionType.WORKING_HOURS and not s.is_cancelled]
    resources, business = set(resource_ids), set(business_ids)
    chosen = [s for s in hours if s.schedule_id in resources] or \
        [s for s in hours if s.schedule_id in business]
    if not chosen:
        return {i: [DEFAULT_HOURS] for i in range(len(days))}
    out: dict[int, list[tuple[float, float]]] = {i: [] for i in range(len(days))}
    for session in chosen:
        start, end = session.start.astimezone(tz), session.end.astimezone(tz)
        for i, day in enumerate(days):
            midnight = datetime.combine(day, time())
            low = (start.replace(tzinfo=None) - midnight) / timedelta(minutes=1)
            high = (end.replace(tzinfo=None) - midnight) / timedelta(minutes=1)
            if high > 0 and low < 1440:
                out[i].append((max(0.0, low), min(1440.0, high)))
    return out


def neighbour(ordered_ids: Sequence[str], current: str | None, step: int) -> str | None:
    """The id ``step`` places from ``current`` in ``ordered_ids`` (clamped); first/last if none."""
    if not ordered_ids:
        return None
    if current not in ordered_ids:
        return ordered_ids[0] if step >= 0 else ordered_ids[-1]
    index = ordered_ids.index(current) + step
    return ordered_ids[max(0, min(len(ordered_ids) - 1, index))]
