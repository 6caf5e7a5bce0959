"""RRULE, RDATE and EXDATE of an imported VEVENT, in the domain's terms.

RFC 5545 makes DTSTART an instance even when the rule does not generate it, and counts it in
COUNT; the domain (dateutil) starts with the first slot on or after DTSTART that matches. When
the two differ we keep the RFC reading: DTSTART becomes an extra date (RDATE) and COUNT drops by
one. An RDATE list without RRULE becomes ``FREQ=DAILY;COUNT=1`` (DTSTART itself) plus the dates.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sessions_desktop.domain.recurrence import (
    WEEKDAY_CODES,
    RecurrenceRule,
    SeriesTiming,
    first_slot,
)
from sessions_desktop.domain.time import local_midnight, localize, wall_clock, zone
from sessions_desktop.errors import ValidationError
from sessions_desktop.ical.lenient_rules import NoRule, aware, lenient_rule, union
from sessions_desktop.ical.moments import CalendarContext, Skip, Span
from sessions_desktop.ical.plan import Fields, Props

_ONLY_DTSTART = RecurrenceRule("DAILY", count=1)


def read_recurrence(props: Props, span: Span, ctx: CalendarContext,
                    rule_texts: list[str]) -> Fields:
    """The recurrence fields of a master VEVENT; empty for a single event. ``rule_texts``:
    the RRULE lines as written (read leniently, ``lenient_rules``)."""
    rdate, exdate = props.get("RDATE"), props.get("EXDATE")
    if "EXRULE" in props:
        ctx.notes.add("EXRULE (deprecated in RFC 5545) dropped")
    tz = zone(span.time_zone)
    start = wall_clock(span.start, tz)
    rules = _rules(rule_texts, start, tz, span.all_day, ctx)
    if not rules and rdate is None:
        if exdate is not None:
            ctx.notes.add("EXDATE on an event without RRULE or RDATE ignored")
        return {}
    extra: tuple[datetime, ...] = ()
    if len(rules) > 1:
        rule, slots = union(rules, start, tz, span.all_day, ctx.notes, ctx.now)
        extra = aware(slots, tz)
    else:
        rule = rules[0] if rules else _ONLY_DTSTART
    rdates = tuple(sorted({*_dates(rdate, span, tz, ctx), *extra}))
    exdates = _dates(exdate, span, tz, ctx)
    rule, rdates = _align(rule, span, tz, rdates, exdates)
    return {"recurrence": rule.to_text(), "recurrence_dates": rdates, "excluded_dates": exdates}


def _rules(texts: list[str], start: datetime, tz: ZoneInfo, all_day: bool,
           ctx: CalendarContext) -> list[RecurrenceRule]:
    rules = []
    for text in texts:
        try:
            rule = lenient_rule(text, start, tz, all_day, ctx.notes)
        except NoRule:
            continue
        except ValidationError as error:
            raise Skip(f"its RRULE cannot be used: {error.violations[0].description}") \
                from None
        if rule.part("BYSECOND"):
            ctx.notes.add("RRULE with BYSECOND kept")
        rules.append(rule)
    return rules


def rule_text(prop: Any) -> str:
    """The text of an RRULE property, also when icalendar could not parse it."""
    to_ical = getattr(prop, "to_ical", None)
    if to_ical is not None and hasattr(prop, "keys"):
        return str(to_ical().decode("utf-8", errors="replace"))
    return str(prop)


def _dates(prop: Any, span: Span, tz: ZoneInfo, ctx: CalendarContext) -> tuple[datetime, ...]:
    if prop is None:
        return ()
    found: set[datetime] = set()
    for group in prop if isinstance(prop, list) else [prop]:
        for item in getattr(group, "dts", ()):
            found.add(_date_in_series(item, span, tz, ctx))
    return tuple(sorted(found))


def _date_in_series(item: Any, span: Span, tz: ZoneInfo, ctx: CalendarContext) -> datetime:
    value = item.dt
    if isinstance(value, tuple):
        ctx.notes.add("RDATE periods: only their start was kept (instances keep the "
                      "event's length)")
        value = value[0]
    if isinstance(value, datetime):
        if value.tzinfo is None and not item.params.get("TZID"):
            aware = localize(value, tz)     # floating: the series' own wall clock
        else:
            read = ctx.datetime(value, item.params.get("TZID")).value
            assert isinstance(read, datetime)   # a date-time is read as one
            aware = read
        if span.all_day:
            return local_midnight(aware.astimezone(tz).date(), tz)
        return aware.astimezone(tz)
    if isinstance(value, date):
        if span.all_day:
            return local_midnight(value, tz)
        ctx.notes.add("a date in RDATE/EXDATE of a timed event was read at the event's start "
                      "time")
        return localize(datetime.combine(value, wall_clock(span.start, tz).time()), tz)
    raise Skip(f"RDATE/EXDATE value {value!r} is not a date")


def _align(rule: RecurrenceRule, span: Span, tz: ZoneInfo, rdates: tuple[datetime, ...],
           exdates: tuple[datetime, ...]) -> tuple[RecurrenceRule, tuple[datetime, ...]]:
    """Keep DTSTART an instance (RFC 5545) when the rule itself does not generate it."""
    start_wall = wall_clock(span.start, tz)
    if _surely_matches(rule, start_wall):
        return rule, rdates
    timing = SeriesTiming(rule, start_wall, span.end - span.start, tz, span.all_day)
    if first_slot(timing) == start_wall:
        return rule, rdates
    if rule.count is not None:
        if rule.count == 1:
            return _ONLY_DTSTART, rdates
        rule = rule.with_until(None, rule.count - 1)
    if span.start in rdates or span.start in exdates:
        return rule, rdates
    return rule, tuple(sorted((*rdates, span.start)))



def _surely_matches(rule: RecurrenceRule, start: datetime) -> bool:
    """A cheap answer for the common rules (building a dateutil rule costs ~50 µs)."""
    if rule.until is not None or rule.parts:
        return False
    if not rule.byday:
        return True     # every BYxxx comes from DTSTART itself
    days = {code for n, code in rule.byday if not n}
    return rule.freq == "WEEKLY" and len(days) == len(rule.byday) and \
        WEEKDAY_CODES[start.weekday()] in days
