"""What a screen reader says about the painted parts of the calendar: sessions, slots, days.

The grids paint their tiles, so no widget carries a name; the views hand these descriptions to
Qt's accessibility interfaces (``ui/common/accessible.py``). A name is short and comes first
(the title, then the time); the description adds the rest a sighted person reads off the
tile: the day, staff, rooms, how full it is and its status.

Dates and times are formatted by the caller's functions (the ui passes QLocale's), so this
module stays free of Qt and of any one locale.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import Enum

from sessions_desktop.domain.enums import ScheduleKind
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.domain.time import wall_clock
from sessions_desktop.presentation.formatting import capacity_text, one_line
from sessions_desktop.presentation.i18n import translate
from sessions_desktop.presentation.people import resource_ids, short_name

DayText = Callable[[date], str]     # 'Tuesday, 24 November 2026'
TimeText = Callable[[datetime], str]  # '10:00' or '10:00 AM'


class Part(Enum):
    """What kind of painted thing an accessible item is (the ui maps it to a Qt role)."""

    SESSION = "session"
    SLOT = "slot"
    DAY = "day"
    MORE = "more"


@dataclass(frozen=True, slots=True)
class Described:
    """One painted item as assistive technology sees it; ``rect`` is (x, y, w, h) in the
    painting widget's own coordinates (scene coordinates for a graphics view)."""

    key: object
    part: Part
    name: str
    description: str
    rect: tuple[float, float, float, float]
    selected: bool = False


@dataclass(frozen=True, slots=True)
class Formats:
    day: DayText
    time: TimeText


def _staff_and_rooms(session: Session, schedules: Mapping[str, Schedule]) -> tuple[str, str]:
    staff: list[str] = []
    places: list[str] = []
    for key in resource_ids(session, schedules):
        schedule = schedules[key]
        (staff if schedule.kind is ScheduleKind.STAFF else places).append(
            short_name(schedule.name))
    return ", ".join(staff), ", ".join(places)


def when_text(session: Session, tz: tzinfo, formats: Formats) -> tuple[str, str]:
    """(the time, the day) as read aloud: ('10:00 to 11:00', 'Tuesday, 24 November 2026');
    a session over several days names its first and last day."""
    if session.all_day:
        first, end = session.start.date(), session.end.date()
        time_said = translate("Describe", "all day")
    else:
        start, stop = wall_clock(session.start, tz), wall_clock(session.end, tz)
        first, end = start.date(), stop.date()
        time_said = translate("Describe", "{time} to {time2}").format(
            time=formats.time(start), time2=formats.time(stop)
        )
        if stop.time() != time():    # ends during its last day, not at its midnight
            end += timedelta(days=1)
    last = max(first, end - timedelta(days=1))
    if last == first:
        return time_said, formats.day(first)
    return time_said, translate("Describe", "{day} to {day2}").format(
        day=formats.day(first), day2=formats.day(last)
    )


def session_status(session: Session) -> str:
    if session.is_cancelled:
        return "cancelled"
    if session.is_instance:
        return "repeating"
    return ""


def describe_session(session: Session, schedules: Mapping[str, Schedule], tz: tzinfo,
                     formats: Formats, *, title: str | None = None,
                     rect: tuple[float, float, float, float] = (0, 0, 0, 0),
                     selected: bool = False) -> Described:
    """'Vinyasa Yoga, 10:00 to 11:00' and 'Tuesday, 24 November 2026. Staff: Maya. Room: Big
    room. 8 of 14 places booked. Cancelled.' (only the parts the session has)."""
    shown = one_line(title if title is not None else session.title) or translate(
        "Describe", "(no title)"
    )
    time, day = when_text(session, tz, formats)
    staff, places = _staff_and_rooms(session, schedules)
    parts = [day]
    if staff:
        parts.append(translate("Describe", "Staff: {staff}").format(staff=staff))
    if places:
        parts.append(translate("Describe", "Room: {places}").format(places=places))
    fill = capacity_text(session)
    if fill is not None and session.capacity is not None:
        parts.append(
            translate(
                "Describe", "{total_number_of_participants} of {capacity} places booked"
            ).format(
                total_number_of_participants=session.total_number_of_participants,
                capacity=session.capacity,
            )
        )
    status = session_status(session)
    if status == "cancelled":
        parts.append(translate("Describe", "Cancelled"))
    elif status == "repeating":
        parts.append(translate("Describe", "Part of a series"))
    name = translate("Describe", "{shown}, {time}").format(shown=shown, time=time)
    return Described(session.id, Part.SESSION, name, ". ".join(parts) + ".", rect, selected)


def describe_slot(day: date, start: datetime, end: datetime, formats: Formats, busy: int,
                  key: object, rect: tuple[float, float, float, float],
                  column: str = "", selected: bool = False) -> Described:
    """A stretch of empty or booked time in a grid: '10:00 to 10:15' and 'Tuesday, 24
    November 2026. Free.' (``column``: the staff member or room of a resource column)."""
    name = translate("Describe", "{time} to {time2}").format(
        time=formats.time(start), time2=formats.time(end)
    )
    where = (
        translate("Describe", "{day}, {column}").format(day=formats.day(day), column=column)
        if column
        else formats.day(day)
    )
    if busy == 0:
        state = translate("Describe", "Free")
    elif busy == 1:
        state = translate("Describe", "1 session")
    else:
        state = translate("Describe", "{busy} sessions").format(busy=busy)
    return Described(key, Part.SLOT, name,
        translate("Describe", "{where}. {state}.").format(where=where, state=state),
                     rect, selected)


def describe_day(day: date, formats: Formats, count: int, key: object,
                 rect: tuple[float, float, float, float], today: bool = False,
                 selected: bool = False) -> Described:
    """A day's header or month cell: 'Tuesday, 24 November 2026' and '3 sessions. Today.'"""
    if count == 0:
        state = translate("Describe", "No sessions")
    elif count == 1:
        state = translate("Describe", "1 session")
    else:
        state = translate("Describe", "{count} sessions").format(count=count)
    description = translate("Describe", "{state}. Today.").format(state=state) if today else \
        f"{state}."
    return Described(key, Part.DAY, formats.day(day), description, rect, selected)


def describe_more(count: int, names: list[str], key: object,
                  rect: tuple[float, float, float, float]) -> Described:
    """A '+N' marker: what it hides (the first of them when ``names`` holds fewer)."""
    shown = ", ".join(names[:8]) + (", …" if len(names) > 8 or 0 < len(names) < count
                                    else "")
    name = (translate("Describe", "1 more session") if count == 1
            else translate("Describe", "{count} more sessions").format(count=count))
    return Described(key, Part.MORE, name, shown, rect)
