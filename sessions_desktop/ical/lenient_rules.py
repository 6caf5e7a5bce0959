"""RRULEs as tolerant peers read them, each repair said in a warning.

- An empty rule (``RRULE:``) or one without FREQ means "no rule": the event happens once.
- COUNT and UNTIL together (RFC 5545 forbids it): the one that ends the series first is kept,
  as dateutil and recurring-ical-events expand such a rule.
- COUNT of zero or less: no rule, the event happens once (DTSTART is always an instance).
- Several RRULEs in one event: the union of their instances (RFC 2445 allowed it). Rules that
  differ only in BYDAY are merged into one; a further rule otherwise adds its instances as
  extra dates (RDATE), up to its own end or ``UNION_YEARS`` after today for an endless rule,
  with a warning that says so.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

from sessions_desktop.domain.recurrence import (
    RecurrenceRule,
    SeriesTiming,
    clean_rule_text,
    local_slots,
    parse_rule,
)
from sessions_desktop.domain.time import localize
from sessions_desktop.errors import ValidationError
from sessions_desktop.ical.plan import NoteTaker

ONCE = RecurrenceRule("DAILY", count=1)
UNION_YEARS = 5
MAX_UNION_DATES = 2000
MAX_UNION_RULES = 10     # RRULE lines read from one event; further ones are left out, said
MAX_COUNTED = 20_000


class NoRule(Exception):
    """The RRULE says nothing: read the event as happening once."""


def lenient_rule(text: str, start: datetime, tz: ZoneInfo, all_day: bool,
                 notes: NoteTaker) -> RecurrenceRule:
    """Parse one RRULE, repairing what peers forgive. Raises NoRule for an empty rule and
    ValidationError for one that cannot be read."""
    body = clean_rule_text(text)
    parts = _parts(body)
    if not body or not parts.get("FREQ"):
        notes.add("an empty RRULE (or one without FREQ) was read as no rule")
        raise NoRule
    count = parts.get("COUNT")
    if count is not None and _is_int(count) and int(count) < 1:
        notes.add("an RRULE with COUNT of zero or less was read as no rule")
        raise NoRule
    if count is not None and "UNTIL" in parts:
        return _earlier_end(parts, start, tz, all_day, notes)
    return parse_rule(body)


def _parts(body: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for piece in body.split(";"):
        name, _, value = piece.partition("=")
        parts.setdefault(name.strip().upper(), value.strip())
    return parts


def _is_int(text: str) -> bool:
    return text.lstrip("-+").isdigit()


def _earlier_end(parts: dict[str, str], start: datetime, tz: ZoneInfo, all_day: bool,
                 notes: NoteTaker) -> RecurrenceRule:
    notes.add("an RRULE with both COUNT and UNTIL: the one that ends it first was kept")
    by_count = parse_rule(";".join(f"{k}={v}" for k, v in parts.items() if k != "UNTIL"))
    by_until = parse_rule(";".join(f"{k}={v}" for k, v in parts.items() if k != "COUNT"))
    # UNTIL ends it first when it allows at most COUNT instances; counted lazily and
    # bounded, so a hostile rule costs no more than ``MAX_COUNTED`` steps here.
    timing = SeriesTiming(by_until, start, timedelta(0), tz, all_day)
    limit = min(by_count.count or 0, MAX_COUNTED)
    allowed = sum(1 for _ in islice(local_slots(timing, start, datetime.max), limit + 1))
    return by_count if allowed > limit and limit == by_count.count else by_until


def union(rules: list[RecurrenceRule], start: datetime, tz: ZoneInfo, all_day: bool,
          notes: NoteTaker, today: datetime) -> tuple[RecurrenceRule, list[datetime]]:
    """One rule for several, plus the extra dates (naive wall clock) the others add."""
    notes.add("several RRULEs in one event were read as the union of their instances")
    distinct = list(dict.fromkeys(rules))     # a rule given twice adds nothing to a union
    if len(distinct) > MAX_UNION_RULES:
        notes.add(f"an event had {len(distinct)} different RRULEs: the first "
                  f"{MAX_UNION_RULES} were read")
        distinct = distinct[:MAX_UNION_RULES]
    primary, extra_dates = distinct[0], []
    for rule in distinct[1:]:
        merged = _merge(primary, rule)
        if merged is not None:
            primary = merged
            continue
        extra_dates += _slots_of(rule, start, tz, all_day, notes, today)
    return primary, extra_dates


def _merge(a: RecurrenceRule, b: RecurrenceRule) -> RecurrenceRule | None:
    """Rules that differ only in BYDAY (and count no instances) are one rule."""
    if a.count is not None or b.count is not None or not a.byday or not b.byday:
        return None
    if (a.freq, a.interval, a.until, a.wkst, a.parts) != (b.freq, b.interval, b.until,
                                                          b.wkst, b.parts):
        return None
    return a.with_byday(tuple(dict.fromkeys((*a.byday, *b.byday))))


def _slots_of(rule: RecurrenceRule, start: datetime, tz: ZoneInfo, all_day: bool,
              notes: NoteTaker, today: datetime) -> list[datetime]:
    endless = rule.count is None and rule.until is None
    horizon = max(start, today.astimezone(tz).replace(tzinfo=None)) + \
        timedelta(days=365 * UNION_YEARS)
    timing = SeriesTiming(rule, start, timedelta(0), tz, all_day)
    found: list[datetime] = []
    for slot in local_slots(timing, start, horizon):
        if len(found) >= MAX_UNION_DATES:
            notes.add(f"a further RRULE had more than {MAX_UNION_DATES} instances: the first "
                      f"{MAX_UNION_DATES} were kept")
            break
        found.append(slot)
    if endless:
        notes.add(f"an endless further RRULE was kept as extra dates for {UNION_YEARS} years "
                  "from today")
    return found


def now_utc() -> datetime:
    return datetime.now(UTC)


def aware(slots: list[datetime], tz: ZoneInfo) -> tuple[datetime, ...]:
    return tuple(localize(s, tz) for s in slots)


__all__ = ["ONCE", "NoRule", "ValidationError", "aware", "lenient_rule", "now_utc", "union"]
