"""Where a recurring session's master VEVENT starts, and its RRULE as written.

RFC 5545 makes DTSTART an instance (and counts it in COUNT); the domain's first instance is the
first slot on or after DTSTART that the rule generates. So DTSTART is written as the first real
instance. When that is an extra date (RDATE) before the first rule slot, or the first rule slot
does not exist on the wall clock (a DST gap), DTSTART stays where it is, is excluded unless it is
an extra date, and a COUNT becomes the equivalent UNTIL, so both readings count alike. UNTIL is
written in UTC for timed series and as a date for all-day ones (RFC 5545 3.3.10).
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from sessions_desktop.domain.model import Session
from sessions_desktop.domain.recurrence import (
    RecurrenceRule,
    SeriesTiming,
    first_slot,
    last_slot,
    parse_rule,
)
from sessions_desktop.domain.time import localize, wall_clock


class SeriesPlan:
    """DTSTART, DTEND and RRULE of a master so RFC 5545 and the domain read the same series."""

    def __init__(self, definition: Session, tz: ZoneInfo) -> None:
        self.tz = tz
        self.all_day = definition.all_day
        start = wall_clock(definition.start, tz)
        self.length = wall_clock(definition.end, tz) - start
        if definition.recurrence is None:
            raise ValueError("a series plan is made for a recurring session only")
        rule = parse_rule(definition.recurrence)
        rdates = {wall_clock(r, tz) for r in definition.recurrence_dates}
        timing = SeriesTiming(rule, start, self.length, tz, self.all_day)
        first = first_slot(timing)
        self.extra_excluded: list[datetime] = []
        if first != start and (first is None or _in_gap(first, tz)
                               or any(start <= r < first for r in rdates)):
            rule = _count_to_until(rule, timing)
            if start not in rdates:
                self.extra_excluded.append(localize(start, tz))
        elif first is not None:
            start = first
        self.rule = _export_until(rule, tz, self.all_day)
        self.start = localize(start, tz)
        self.end = localize(start + self.length, tz)


def _in_gap(wall: datetime, tz: ZoneInfo) -> bool:
    """A wall-clock time that does not exist (spring-forward gap): not a DTSTART we can write,
    since the aware value would carry the shifted time into every instance."""
    return wall_clock(localize(wall, tz), tz) != wall


def _count_to_until(rule: RecurrenceRule, timing: SeriesTiming) -> RecurrenceRule:
    if rule.count is None:
        return rule
    last = last_slot(timing)
    if last is None:
        return rule
    until = last.date() if timing.all_day else localize(last, timing.zone).astimezone(UTC)
    return rule.with_until(until)


def _export_until(rule: RecurrenceRule, tz: ZoneInfo, all_day: bool) -> RecurrenceRule:
    until = rule.until
    if until is None:
        return rule
    if all_day:
        if isinstance(until, datetime):
            until = (until.astimezone(tz) if until.tzinfo else until).date()
        return rule.with_until(until)
    if isinstance(until, datetime):
        aware = until if until.tzinfo else localize(until, tz)
    else:
        aware = localize(datetime.combine(until, time(23, 59, 59)), tz)
    return rule.with_until(aware.astimezone(UTC))
