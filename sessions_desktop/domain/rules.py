"""RFC 5545 recurrence rules as text: parsing with clear errors, and the canonical form.

Every problem is a ValidationError on field ``recurrence`` naming what is wrong, so the window,
the command line and the importer can all say why a rule was refused. Expansion lives in
``recurrence`` (which re-exports these names) and ``rrule_frame``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo

from dateutil import rrule as du

from sessions_desktop.domain.limits import MAX_RULE_TEXT
from sessions_desktop.errors import ValidationError

FREQUENCIES: dict[str, Literal[0, 1, 2, 3, 4, 5, 6]] = {
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
    if not (value.isascii() and value.isdigit()) or int(value) < 1:
        raise _rule_error(text, f"{name} must be a whole number of at least 1")
    if len(value) > 9:
        raise _rule_error(text, f"{name}={value[:12]}... is too large")
    return int(value)


def parse_rule(text: str) -> RecurrenceRule:
    """Parse RRULE text; every problem is a ValidationError on field ``recurrence``."""
    if not isinstance(text, str) or not text.strip():
        raise ValidationError("the rule is empty", field="recurrence")
    if len(text) > MAX_RULE_TEXT:
        raise ValidationError(f"the rule is {len(text):,} characters long; at most "
                              f"{MAX_RULE_TEXT:,}", field="recurrence")
    return _parse_rule(text)


@lru_cache(maxsize=4096)
def _parse_rule(text: str) -> RecurrenceRule:
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
            try:
                return until.astimezone(tz).replace(tzinfo=None)
            except OverflowError:   # year 1 or 9999 moved past the calendar's ends
                return datetime.min if until.year < 2000 else datetime.max
        return until
    return datetime.combine(until, time(23, 59, 59))


def validate_rule_text(text: str) -> str:
    """Parse and return the canonical text of a rule (raises ValidationError)."""
    return parse_rule(text).to_text()
