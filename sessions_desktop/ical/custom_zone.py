"""A custom VTIMEZONE as a tzinfo whose onsets are expanded year by year, within a budget.

icalendar's ``to_tz`` hands the component to dateutil's ``tzical``, which replays each
observance's rule from its first onset on every lookup and caches every onset it passes: a
VTIMEZONE whose rule says ``FREQ=MINUTELY`` keeps zone matching busy for minutes and fills
memory. Here the onsets of one year at a time come from the domain's bounded expander (which
seeks to the year), observance rules must change the offset at most monthly (a zone rule
that changes it more often is not a time zone), and every year is cached once.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import Any

from sessions_desktop.domain.limits import ExpansionBudget
from sessions_desktop.domain.recurrence import (
    RecurrenceRule,
    SeriesTiming,
    local_slots,
    parse_rule,
)
from sessions_desktop.domain.time import zone as iana_zone
from sessions_desktop.errors import ValidationError

_ZONE_FREQUENCIES = ("YEARLY", "MONTHLY")
_MOST_OFFSET = timedelta(hours=18)
_MAX_ONSETS_A_YEAR = 24
_LOOK_BACK_YEARS = 30


class UnreadableZone(ValueError):
    """The VTIMEZONE cannot be turned into offsets (the caller notes it and falls back)."""


@dataclass(frozen=True, slots=True)
class Observance:
    """One STANDARD or DAYLIGHT part: from its onsets on, wall clocks are ``offset_to``."""

    start: datetime                       # DTSTART, wall clock in ``offset_from``
    offset_from: timedelta
    offset_to: timedelta
    rule: RecurrenceRule | None
    extra: tuple[datetime, ...]           # RDATEs, wall clock

    def onsets(self, year: int, strict: bool = False) -> list[datetime]:
        """Wall-clock onsets in ``year`` (DTSTART, rule and RDATEs); a rule past its budget
        gives the onsets found so far, or raises when ``strict``."""
        lo, hi = datetime(year, 1, 1), datetime(year, 12, 31, 23, 59, 59)
        found = {d for d in (self.start, *self.extra) if lo <= d <= hi}
        if self.rule is not None:
            timing = SeriesTiming(self.rule, self.start, timedelta(0), iana_zone("UTC"))
            budget = ExpansionBudget(_MAX_ONSETS_A_YEAR, what="a zone rule")
            try:
                found.update(local_slots(timing, lo, hi, budget))
            except ValidationError:
                if strict:
                    raise
        return sorted(found)


class CustomZone(tzinfo):
    """The offsets a VTIMEZONE defines (RFC 5545 3.6.5), from its observances."""

    def __init__(self, name: str, observances: list[Observance]) -> None:
        self._name = name
        self._observances = observances
        self._before_all = min(observances, key=lambda o: o.start).offset_from

    def __repr__(self) -> str:
        return f"CustomZone({self._name!r})"

    def __reduce__(self) -> tuple[type[CustomZone], tuple[str, list[Observance]]]:
        return (CustomZone, (self._name, self._observances))

    def _transitions(self, year: int) -> tuple[list[datetime], list[timedelta]]:
        return _transitions_of(self, year)

    def _offset_at_utc(self, moment: datetime) -> timedelta:
        for year in range(moment.year, max(moment.year - _LOOK_BACK_YEARS, 0), -1):
            instants, offsets = self._transitions(year)
            index = bisect.bisect_right(instants, moment)
            if index:
                return offsets[index - 1]
        return self._before_all

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        if dt is None:
            return None
        wall = dt.replace(tzinfo=None)
        try:
            guess = self._offset_at_utc(wall - self._before_all)
            return self._offset_at_utc(wall - guess)
        except OverflowError:       # the first or last day a datetime can hold
            return self._before_all

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None if dt is None else timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return self._name

    def fromutc(self, dt: datetime) -> datetime:
        utc = dt.replace(tzinfo=None)
        return (utc + self._offset_at_utc(utc)).replace(tzinfo=self)


@lru_cache(maxsize=256)
def _transitions_of(zone: CustomZone, year: int) -> tuple[list[datetime], list[timedelta]]:
    found = sorted((wall - o.offset_from, o.offset_to) for o in zone._observances
                   for wall in o.onsets(year))
    return [instant for instant, _ in found], [offset for _, offset in found]


def custom_zone(component: Any, name: str) -> CustomZone:
    """The tzinfo of an icalendar VTIMEZONE component; UnreadableZone when it has no usable
    observance or one that changes the offset more often than monthly."""
    observances = [_observance(sub) for sub in component.subcomponents
                   if sub.name in ("STANDARD", "DAYLIGHT")]
    if not observances:
        raise UnreadableZone("it has no STANDARD or DAYLIGHT part")
    for observance in observances:      # one year's onsets, to refuse a runaway rule now
        try:
            observance.onsets(min(max(observance.start.year + 1, 1900), 2200), strict=True)
        except ValidationError:
            raise UnreadableZone(f"its rule changes the offset more than {_MAX_ONSETS_A_YEAR} "
                                 "times a year, or cannot be expanded") from None
    return CustomZone(name, observances)


def _observance(sub: Any) -> Observance:
    start = _wall(getattr(sub.get("DTSTART"), "dt", None), "DTSTART")
    offsets = []
    for key in ("TZOFFSETFROM", "TZOFFSETTO"):
        value = getattr(sub.get(key), "td", None)
        if not isinstance(value, timedelta) or abs(value) > _MOST_OFFSET:
            raise UnreadableZone(f"{sub.name} has no usable {key}")
        offsets.append(value)
    rule = _rule(sub.get("RRULE"), sub.name)
    extra = tuple(_wall(item.dt, "RDATE") for group in _as_list(sub.get("RDATE"))
                  for item in getattr(group, "dts", ()) if not isinstance(item.dt, tuple))
    return Observance(start, offsets[0], offsets[1], rule, extra)


def _rule(prop: Any, part: str) -> RecurrenceRule | None:
    if prop is None:
        return None
    prop = _as_list(prop)[0]
    try:
        rule = parse_rule(prop.to_ical().decode("utf-8", "replace"))
    except (ValidationError, AttributeError) as error:
        raise UnreadableZone(f"its {part} rule cannot be read ({error})") from None
    if rule.freq not in _ZONE_FREQUENCIES:
        raise UnreadableZone(f"its {part} rule repeats {rule.freq}; a time zone changes its "
                             "offset at most monthly")
    return rule


def _wall(value: Any, what: str) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time())
    raise UnreadableZone(f"it has no usable {what}")


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
