"""Reading DTSTART-like values into aware datetimes, and the time span of an event.

Decisions (see the package docs): a TZID is resolved by ``zones``; a floating time means the
calendar's X-WR-TIMEZONE when it has a known one, else the business zone; a UTC time keeps its
instant and is shown in X-WR-TIMEZONE when the calendar has one (as Google means it), else in the
business zone (a recurring UTC event stays in UTC so its instants are those RFC 5545 gives).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sessions_desktop.domain.time import local_midnight, localize, wall_clock, zone
from sessions_desktop.ical.plan import NoteTaker, Props
from sessions_desktop.ical.zones import TzidResolver


class Skip(Exception):
    """This component cannot become a session; ``broken`` says whether the file is damaged."""

    def __init__(self, reason: str, broken: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.broken = broken


@dataclass(frozen=True, slots=True)
class Moment:
    """A date, or an aware instant plus the IANA zone it was written in (None for UTC)."""

    value: datetime | date
    zone: str | None = None
    floating: bool = False

    @property
    def is_date(self) -> bool:
        return not isinstance(self.value, datetime)


class CalendarContext:
    """What the times of one VCALENDAR are read against."""

    def __init__(self, business: str, wr_zone: str | None, resolver: TzidResolver,
                 notes: NoteTaker, now: datetime | None = None) -> None:
        self.now = now or datetime.now(UTC)     # where an endless extra RRULE is cut
        self.business = business
        self.wr_zone = wr_zone
        self.floating = wr_zone or business
        self.floating_tz = zone(self.floating)
        self.resolver = resolver
        self.notes = notes

    def moment(self, prop: Any) -> Moment:
        value = prop.dt
        if isinstance(value, datetime):
            return self.datetime(value, prop.params.get("TZID"))
        if isinstance(value, date):
            return Moment(value)
        raise Skip(f"expected a date or date-time, not {value!r}")

    def datetime(self, value: datetime, tzid: str | None) -> Moment:
        """A parsed date-time and its TZID parameter as an aware instant."""
        if tzid:
            found = self.resolver.resolve(str(tzid), value)
            wall = value.replace(tzinfo=None)
            if found.source is not None:
                return Moment(wall.replace(tzinfo=found.source).astimezone(found.tz), found.name)
            return Moment(localize(wall, found.tz), found.name)
        if value.tzinfo is not None:
            return Moment(value.astimezone(UTC))
        return Moment(localize(value, self.floating_tz), self.floating, floating=True)

    def event_zone(self, start: Moment, recurring: bool, own: str | None) -> str:
        if own:
            return own
        if start.zone:
            return start.zone
        if self.wr_zone:
            return self.wr_zone
        return "UTC" if recurring else self.business


# RFC 5545 3.6.1: a timed event without DTEND or DURATION ends when it starts. A session
# needs a length to be seen, so such a point in time gets this one and is marked
# (``point_in_time``), which the export reads to write it back without an end.
POINT_LENGTH = timedelta(minutes=15)
POINT_NOTE = ("events without an end (a point in time) were given 15 minutes to be seen; "
              "they export again without an end")


@dataclass(frozen=True, slots=True)
class Span:
    start: datetime
    end: datetime
    time_zone: str
    all_day: bool
    point: bool = False


def read_span(props: Props, ctx: CalendarContext, recurring: bool, own_zone: str | None) -> Span:
    """DTSTART and DTEND (or DURATION) of an event."""
    prop = props.get("DTSTART")
    if prop is None:
        raise Skip("it has no DTSTART")
    start = ctx.moment(_one(prop))
    if not isinstance(start.value, datetime):     # a date (``Moment.is_date``)
        return _all_day_span(props, start.value, own_zone or ctx.business)
    time_zone = ctx.event_zone(start, recurring, own_zone)
    tz = zone(time_zone)
    begin = start.value.astimezone(tz)
    end = _timed_end(props, ctx, begin, tz)
    # Compare instants: Python compares two datetimes of one zone by wall clock (folds!).
    length = end.astimezone(UTC) - begin.astimezone(UTC)
    if not length:
        ctx.notes.add(POINT_NOTE)
        return Span(begin, (begin.astimezone(UTC) + POINT_LENGTH).astimezone(tz), time_zone,
                    False, point=True)
    if length < timedelta(0):
        raise Skip("it ends before it starts")
    return Span(begin, end, time_zone, False)


def _timed_end(props: Props, ctx: CalendarContext, begin: datetime, tz: ZoneInfo) -> datetime:
    prop = props.get("DTEND")
    if prop is not None:
        end = ctx.moment(_one(prop))
        if not isinstance(end.value, datetime):
            raise Skip("DTSTART is a date-time but DTEND is a date")
        return end.value.astimezone(tz)
    duration = _duration(props)
    if duration is None:
        return begin
    return add_duration(begin, duration, tz)


def add_duration(begin: datetime, duration: timedelta, tz: ZoneInfo) -> datetime:
    """RFC 5545 3.3.6: days and weeks are nominal (wall clock), hours and less are exact."""
    days = timedelta(days=duration.days)
    base = localize(wall_clock(begin, tz) + days, tz) if days else begin
    return (base.astimezone(UTC) + (duration - days)).astimezone(tz)


def _duration(props: Props) -> timedelta | None:
    prop = props.get("DURATION")
    if prop is None:
        return None
    value = _one(prop).dt
    if not isinstance(value, timedelta):
        raise Skip(f"DURATION {value!r} is not a duration")
    return value


def _all_day_span(props: Props, day: date, time_zone: str) -> Span:
    end_prop = props.get("DTEND")
    if end_prop is not None:
        end_day = _one(end_prop).dt
        if isinstance(end_day, datetime):
            raise Skip("DTSTART is a date but DTEND is a date-time")
    else:
        duration = _duration(props)
        end_day = day + timedelta(days=max(duration.days, 1) if duration else 1)
    if end_day < day:
        raise Skip("it ends before it starts")
    if end_day == day:  # seen in the wild: DTEND equal to DTSTART for a one-day event
        end_day = day + timedelta(days=1)
    tz = zone(time_zone)
    return Span(local_midnight(day, tz), local_midnight(end_day, tz), time_zone, True)


def _one(prop: Any) -> Any:
    """A property given more than once: the first one counts."""
    return prop[0] if isinstance(prop, list) else prop
