"""RFC 5545 recurrence rules: parsing with clear errors, and expansion for a window.

Rules expand on naive local wall-clock times and each instance is then placed in its zone
(architecture guide, known traps). Expansion seeks close to the window instead of replaying
every occurrence from the first one, so a week ten years after DTSTART costs the same as the
first week. Rules with COUNT cannot seek (the count runs from the start) and are replayed; they
are finite, so that is bounded.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil import rrule as du
from dateutil.relativedelta import relativedelta

from sessions_desktop.domain.time import localize
from sessions_desktop.errors import ValidationError

FREQUENCIES = {
    "YEARLY": du.YEARLY, "MONTHLY": du.MONTHLY, "WEEKLY": du.WEEKLY, "DAILY": du.DAILY,
    "HOURLY": du.HOURLY, "MINUTELY": du.MINUTELY, "SECONDLY": du.SECONDLY,
}
WEEKDAYS = {"MO": du.MO, "TU": du.TU, "WE": du.WE, "TH": du.TH, "FR": du.FR, "SA": du.SA,
            "SU": du.SU}
WEEKDAY_CODES = tuple(WEEKDAYS)
_INT_LIST_PARTS = {
    "BYSETPOS": (-366, 366), "BYMONTH": (1, 12), "BYMONTHDAY": (-31, 31),
    "BYYEARDAY": (-366, 366), "BYWEEKNO": (-53, 53), "BYHOUR": (0, 23), "BYMINUTE": (0, 59),
    "BYSECOND": (0, 60),
}
_KNOWN_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST", "BYDAY", *_INT_LIST_PARTS}
_DU_NAMES = {"BYSETPOS": "bysetpos", "BYMONTH": "bymonth", "BYMONTHDAY": "bymonthday",
             "BYYEARDAY": "byyearday", "BYWEEKNO": "byweekno", "BYHOUR": "byhour",
             "BYMINUTE": "byminute", "BYSECOND": "bysecond"}


def _rule_error(text: str, why: str) -> ValidationError:
    return ValidationError(f"cannot parse the rule {text!r}: {why}", field="recurrence")


@dataclass(frozen=True, slots=True)
class RecurrenceRule:
    """A parsed RRULE. ``until`` is an aware UTC datetime, a naive local one, or a date."""

    freq: str
    interval: int = 1
    count: int | None = None
    until: datetime | date | None = None
    wkst: str | None = None
    byday: tuple[tuple[int, str], ...] = ()          # (ordinal or 0, "MO")
    parts: tuple[tuple[str, tuple[int, ...]], ...] = ()  # the BYxxx integer lists

    def part(self, name: str) -> tuple[int, ...]:
        return dict(self.parts).get(name, ())

    @property
    def can_seek(self) -> bool:
        return self.count is None

    def to_text(self) -> str:
        """Canonical RRULE text (no ``RRULE:`` prefix), the form stored and exported."""
        out = [f"FREQ={self.freq}"]
        if self.interval != 1:
            out.append(f"INTERVAL={self.interval}")
        if self.count is not None:
            out.append(f"COUNT={self.count}")
        if self.until is not None:
            out.append(f"UNTIL={format_until(self.until)}")
        if self.byday:
            out.append("BYDAY=" + ",".join(f"{n}{d}" if n else d for n, d in self.byday))
        for name, values in self.parts:
            out.append(f"{name}={','.join(str(v) for v in values)}")
        if self.wkst:
            out.append(f"WKST={self.wkst}")
        return ";".join(out)

    def with_until(self, until: datetime | date | None, count: int | None = None) -> RecurrenceRule:
        return RecurrenceRule(self.freq, self.interval, count, until, self.wkst, self.byday,
                              self.parts)

    def with_byday(self, byday: tuple[tuple[int, str], ...]) -> RecurrenceRule:
        return RecurrenceRule(self.freq, self.interval, self.count, self.until, self.wkst, byday,
                              self.parts)

    def with_part(self, name: str, values: tuple[int, ...]) -> RecurrenceRule:
        parts = tuple((n, v) for n, v in self.parts if n != name)
        if values:
            parts = (*parts, (name, values))
        return RecurrenceRule(self.freq, self.interval, self.count, self.until, self.wkst,
                              self.byday, parts)


def format_until(until: datetime | date) -> str:
    if isinstance(until, datetime):
        if until.tzinfo is not None:
            return until.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        return until.strftime("%Y%m%dT%H%M%S")
    return until.strftime("%Y%m%d")


def _parse_until(text: str, value: str) -> datetime | date:
    try:
        if value.endswith("Z"):
            return datetime.strptime(value[:-1], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        if "T" in value:
            return datetime.strptime(value, "%Y%m%dT%H%M%S")
        return datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        raise _rule_error(text, f"UNTIL={value} is not a date or date-time") from None


def _parse_int_list(text: str, name: str, value: str) -> tuple[int, ...]:
    low, high = _INT_LIST_PARTS[name]
    try:
        numbers = tuple(int(v) for v in value.split(","))
    except ValueError:
        raise _rule_error(text, f"{name} needs whole numbers") from None
    bad = [n for n in numbers if not low <= n <= high or (n == 0 and low < 0)]
    if bad:
        raise _rule_error(text, f"{name} value {bad[0]} is out of range")
    return numbers


def _parse_byday(text: str, value: str) -> tuple[tuple[int, str], ...]:
    days = []
    for item in value.split(","):
        code = item[-2:].upper()
        ordinal = item[:-2]
        if code not in WEEKDAYS:
            raise _rule_error(text, f"BYDAY has an unknown weekday {item!r}")
        try:
            n = int(ordinal) if ordinal not in ("", "+") else 0
        except ValueError:
            raise _rule_error(text, f"BYDAY has a bad ordinal {item!r}") from None
        if n and not -53 <= n <= 53:
            raise _rule_error(text, f"BYDAY ordinal {n} is out of range")
        days.append((n, code))
    return tuple(days)


def clean_rule_text(text: str) -> str:
    """Drop an ``RRULE:`` prefix, whitespace, a trailing ``;`` and empty parts."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    return ";".join(p.strip() for p in body.split(";") if p.strip())


def _split_parts(text: str, body: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for piece in body.split(";"):
        if "=" not in piece:
            raise _rule_error(text, f"{piece!r} is not NAME=VALUE")
        name, value = (s.strip() for s in piece.split("=", 1))
        name = name.upper()
        if name in ("DTSTART", "DTEND"):
            raise _rule_error(text, f"{name} belongs in start/end, not in the rule")
        if name not in _KNOWN_PARTS:
            raise _rule_error(text, f"unknown part {name}")
        if name in parts:
            raise _rule_error(text, f"{name} appears twice")
        if not value:
            raise _rule_error(text, f"{name} has no value")
        parts[name] = value
    return parts


def _parse_positive(text: str, name: str, value: str | None, default: int | None) -> int | None:
    if value is None:
        return default
    if not value.isdigit() or int(value) < 1:
        raise _rule_error(text, f"{name} must be a whole number of at least 1")
    return int(value)


@lru_cache(maxsize=4096)
def parse_rule(text: str) -> RecurrenceRule:
    """Parse RRULE text; every problem is a ValidationError on field ``recurrence``."""
    if not isinstance(text, str) or not text.strip():
        raise ValidationError("the rule is empty", field="recurrence")
    body = clean_rule_text(text)
    parts = _split_parts(text, body)
    freq = parts.get("FREQ", "").upper()
    if freq not in FREQUENCIES:
        raise _rule_error(text, "FREQ must be one of " + ", ".join(FREQUENCIES))
    if "COUNT" in parts and "UNTIL" in parts:
        raise _rule_error(text, "COUNT and UNTIL cannot both be given")
    wkst = parts.get("WKST", "").upper() or None
    if wkst is not None and wkst not in WEEKDAYS:
        raise _rule_error(text, f"WKST={wkst} is not a weekday")
    interval = _parse_positive(text, "INTERVAL", parts.get("INTERVAL"), 1)
    count = _parse_positive(text, "COUNT", parts.get("COUNT"), None)
    until = _parse_until(text, parts["UNTIL"]) if "UNTIL" in parts else None
    byday = _parse_byday(text, parts["BYDAY"]) if "BYDAY" in parts else ()
    ints = tuple((name, _parse_int_list(text, name, parts[name]))
                 for name in _INT_LIST_PARTS if name in parts)
    rule = RecurrenceRule(freq, interval or 1, count, until, wkst, byday, ints)
    if any(n for n, _ in byday) and freq not in ("MONTHLY", "YEARLY"):
        raise _rule_error(text, "BYDAY ordinals (like 2MO) need FREQ=MONTHLY or YEARLY")
    if rule.part("BYWEEKNO") and freq != "YEARLY":
        raise _rule_error(text, "BYWEEKNO needs FREQ=YEARLY")
    if rule.part("BYSETPOS") and not (byday or len(ints) > 1):
        raise _rule_error(text, "BYSETPOS needs another BYxxx part")
    return rule


def until_local(rule: RecurrenceRule, tz: ZoneInfo) -> datetime | None:
    """UNTIL as a naive local wall-clock bound (a date means the whole of that day)."""
    until = rule.until
    if until is None:
        return None
    if isinstance(until, datetime):
        if until.tzinfo is not None:
            return until.astimezone(tz).replace(tzinfo=None)
        return until
    return datetime.combine(until, time(23, 59, 59))


def _implicit_parts(rule: RecurrenceRule, dtstart: datetime) -> dict:
    """dateutil's defaults taken from DTSTART, made explicit so DTSTART can move (seek)."""
    kw: dict = {}
    has_day = rule.byday or rule.part("BYMONTHDAY") or rule.part("BYYEARDAY") \
        or rule.part("BYWEEKNO")
    if not has_day:
        if rule.freq == "WEEKLY":
            kw["byweekday"] = (dtstart.weekday(),)
        elif rule.freq == "MONTHLY":
            kw["bymonthday"] = (dtstart.day,)
        elif rule.freq == "YEARLY":
            kw["bymonthday"] = (dtstart.day,)
            if not rule.part("BYMONTH"):
                kw["bymonth"] = (dtstart.month,)
    if rule.freq in ("YEARLY", "MONTHLY", "WEEKLY", "DAILY"):
        kw.setdefault("byhour", rule.part("BYHOUR") or (dtstart.hour,))
        kw.setdefault("byminute", rule.part("BYMINUTE") or (dtstart.minute,))
        kw.setdefault("bysecond", rule.part("BYSECOND") or (dtstart.second,))
    return kw


def build_rrule(rule: RecurrenceRule, dtstart: datetime, tz: ZoneInfo,
                explicit: dict | None = None) -> du.rrule:
    """A dateutil rrule over naive local times starting at ``dtstart``."""
    kw: dict = {"dtstart": dtstart, "interval": rule.interval, "cache": False}
    if rule.count is not None:
        kw["count"] = rule.count
    limit = until_local(rule, tz)
    if limit is not None:
        kw["until"] = limit
    if rule.wkst:
        kw["wkst"] = WEEKDAYS[rule.wkst]
    if rule.byday:
        kw["byweekday"] = tuple(WEEKDAYS[d](n) if n else WEEKDAYS[d] for n, d in rule.byday)
    for name, values in rule.parts:
        kw[_DU_NAMES[name]] = values
    if explicit:
        kw.update(explicit)
    try:
        return du.rrule(FREQUENCIES[rule.freq], **kw)
    except (ValueError, TypeError) as exc:
        raise _rule_error(rule.to_text(), str(exc)) from None


_SUB_DAILY = {"HOURLY": timedelta(hours=1), "MINUTELY": timedelta(minutes=1),
              "SECONDLY": timedelta(seconds=1)}


def _period_start(rule: RecurrenceRule, dtstart: datetime, target: datetime) -> datetime | None:
    """The start of an interval-aligned period at or before ``target`` and after ``dtstart``."""
    if rule.freq in _SUB_DAILY:
        if rule.byday or rule.parts:
            return None  # BYxxx filters make the period grid irregular: replay instead
        step = _SUB_DAILY[rule.freq] * rule.interval
        k = (target - dtstart) // step
        return dtstart + step * k if k >= 1 else None
    first = datetime.combine(dtstart.date(), time())
    if rule.freq == "DAILY":
        step = relativedelta(days=rule.interval)
        k = (target - first).days // rule.interval
    elif rule.freq == "WEEKLY":
        wkst = WEEKDAY_CODES.index(rule.wkst) if rule.wkst else 0
        first -= timedelta(days=(first.weekday() - wkst) % 7)
        k = (target - first).days // (7 * rule.interval)
        step = relativedelta(weeks=rule.interval)
    elif rule.freq == "MONTHLY":
        first = first.replace(day=1)
        months = (target.year - first.year) * 12 + target.month - first.month
        k = months // rule.interval
        step = relativedelta(months=rule.interval)
    else:
        first = first.replace(month=1, day=1)
        k = (target.year - first.year) // rule.interval
        step = relativedelta(years=rule.interval)
    if k < 1:
        return None
    start = first + step * k
    return start if start > dtstart else None


@dataclass(frozen=True, slots=True)
class SeriesTiming:
    """Everything expansion needs about a series: rule, first slot, duration, zone, extras."""

    rule: RecurrenceRule
    start_local: datetime        # naive wall clock of DTSTART
    duration: timedelta          # wall-clock length of every instance
    zone: ZoneInfo
    all_day: bool = False
    rdates: tuple[datetime, ...] = ()     # naive local
    exdates: frozenset[datetime] = frozenset()

    def instance_times(self, original: datetime) -> tuple[datetime, datetime]:
        """Aware start and end of the instance generated at wall-clock ``original``."""
        return localize(original, self.zone), localize(original + self.duration, self.zone)


@lru_cache(maxsize=8192)
def _cached_rrule(rule: RecurrenceRule, dtstart: datetime, tz: ZoneInfo) -> du.rrule:
    return build_rrule(rule, dtstart, tz)


def local_slots(timing: SeriesTiming, lo: datetime, hi: datetime) -> Iterator[datetime]:
    """Wall-clock starts the rule (plus RDATEs, minus EXDATEs) generates in ``[lo, hi]``,
    in order and lazily, so a caller may stop early (a capped materialisation)."""
    rule, dtstart = timing.rule, timing.start_local
    seek_from = _period_start(rule, dtstart, lo) if rule.can_seek else None
    if seek_from is not None:
        generator = build_rrule(rule, seek_from, timing.zone, _implicit_parts(rule, dtstart))
    else:
        generator = _cached_rrule(rule, dtstart, timing.zone)
    extra = sorted(r for r in timing.rdates if lo <= r <= hi and r >= dtstart)
    previous = None
    for slot in heapq.merge(_until(generator.xafter(lo, inc=True), hi), extra):
        if slot != previous and slot not in timing.exdates:
            yield slot
        previous = slot


def _until(slots: Iterator[datetime], hi: datetime) -> Iterator[datetime]:
    for slot in slots:
        if slot > hi:
            return
        yield slot


def occurrences(timing: SeriesTiming, from_utc: datetime, to_utc: datetime
                ) -> Iterator[tuple[datetime, datetime, datetime]]:
    """``(original wall clock, aware start, aware end)`` of instances overlapping the window.

    The window is half-open: an instance ending exactly at ``from_utc`` is not in it.
    """
    pad = timedelta(days=2)
    lo = from_utc.astimezone(timing.zone).replace(tzinfo=None) - timing.duration - pad
    hi = to_utc.astimezone(timing.zone).replace(tzinfo=None) + pad
    for original in local_slots(timing, max(lo, timing.start_local), hi):
        start, end = timing.instance_times(original)
        if start < to_utc and end > from_utc:
            yield original, start, end


def first_slot(timing: SeriesTiming) -> datetime | None:
    """The first wall-clock slot of a series (DTSTART itself only if it matches the rule),
    skipping excluded dates."""
    return next(iter(local_slots(timing, timing.start_local, datetime.max)), None)


def last_slot(timing: SeriesTiming) -> datetime | None:
    """The last wall-clock slot of a finite series; None when it never ends."""
    rule = timing.rule
    if rule.count is None and rule.until is None:
        return None
    generator = _cached_rrule(rule, timing.start_local, timing.zone)
    if rule.count is not None:
        slots = [d for d in generator if d not in timing.exdates]
        last = slots[-1] if slots else None
    else:
        limit = until_local(rule, timing.zone)
        last = generator.before(limit, inc=True) if limit else None
        while last is not None and last in timing.exdates:
            last = generator.before(last)
    extra = [r for r in timing.rdates if r >= timing.start_local and r not in timing.exdates]
    candidates = [c for c in [last, *extra] if c is not None]
    return max(candidates) if candidates else None


def has_slot(timing: SeriesTiming, original: datetime) -> bool:
    """Does the series (rule plus RDATEs, minus EXDATEs) generate wall-clock ``original``?"""
    return original in set(local_slots(timing, original, original))


def rule_count_before(timing: SeriesTiming, original: datetime) -> int:
    """How many rule occurrences (EXDATEs included, as COUNT counts them) precede
    ``original``; used to split a COUNT rule in two."""
    generator = _cached_rrule(timing.rule, timing.start_local, timing.zone)
    count = 0
    for slot in generator:
        if slot >= original:
            break
        count += 1
    return count


def validate_rule_text(text: str) -> str:
    """Parse and return the canonical text of a rule (raises ValidationError)."""
    return parse_rule(text).to_text()
