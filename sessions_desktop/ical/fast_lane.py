"""A fast reading of plain VEVENTs; anything less plain goes to icalendar.

icalendar's parser is general (any property, parameter quoting, typed values through a factory)
and costs 250-500 µs per VEVENT here, most of it splitting content lines and building
parameter objects (measured: benchmarks/cli_ical.py prints both). Exports from calendars
(ours, Google's, Outlook's) are mostly the same dozen properties, so a VEVENT whose every line
is a plain ``NAME[;PARAM=value...]:value`` of a property listed here, with no nested
component and no quoted parameter, is read by this module into the same values
``reader.read_event`` takes from icalendar (text unescaped by icalendar's own
``unescape_backslash``, dates as icalendar gives them); every other VEVENT goes to icalendar
unchanged. A test holds the two readings of every corpus file and generated file to the same
result (tests/ical/test_ical_fast_lane.py).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from icalendar.parser import unescape_backslash

_LINE = re.compile(r"([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^\";:,\n]*(?:,[^\";:,\n]*)*)*):(.*)")
_UNFOLD = re.compile(r"\n[ \t]")
_DATE = re.compile(r"\d{8}$")
_DATE_TIME = re.compile(r"\d{8}T\d{6}Z?$")
TEXT = frozenset({"UID", "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS", "TRANSP", "CLASS"})
DATES = frozenset({"DTSTART", "DTEND", "RECURRENCE-ID"})
LISTS = frozenset({"EXDATE"})
RAW = frozenset({"DTSTAMP", "CREATED", "LAST-MODIFIED", "SEQUENCE", "RRULE", "CATEGORIES"})


# Lines read before, with what they gave. The lines of an export repeat from event to event
# (STATUS, DTSTAMP, the schedule's properties); a Value is a str with parameters that nothing
# changes (the reader copies the text out of it), so one can serve every event with that line.
_SEEN: dict[str, tuple[str, Value | Moment | Dates]] = {}
_SEEN_MOST = 4096
_SEEN_LONGEST = 200


class Value(str):
    """A property value as text, with its parameters (upper-case names)."""

    __slots__ = ("params",)
    params: dict[str, str]

    def __new__(cls, text: str, params: dict[str, str]) -> Value:
        value = super().__new__(cls, text)
        value.params = params
        return value


class Categories(Value):
    __slots__ = ("cats",)
    cats: list[str]


class Moment:
    """A DTSTART-like value: ``dt`` (a date, a naive or a UTC date-time) and its parameters."""

    __slots__ = ("dt", "params")

    def __init__(self, dt: date | datetime, params: dict[str, str]) -> None:
        self.dt = dt
        self.params = params


class Dates:
    """EXDATE: ``dts``, each a Moment with the property's parameters."""

    __slots__ = ("dts", "params")

    def __init__(self, dts: list[Moment], params: dict[str, str]) -> None:
        self.dts = dts
        self.params = params


class FastEvent(dict[str, Any]):
    """What ``reader.read_event`` needs of an icalendar VEVENT."""

    name = "VEVENT"
    errors: list[tuple[str | None, str]] = []
    subcomponents: list[Any] = []


def read_plain(text: str) -> FastEvent | None:
    """The VEVENT of ``text`` (lines separated by ``\\n``), or None when it is not plain."""
    if "\n " in text or "\n\t" in text:
        text = _UNFOLD.sub("", text)
    lines = text.split("\n")
    while lines and not lines[-1]:
        lines.pop()
    if len(lines) < 2 or lines[0].upper() != "BEGIN:VEVENT" or lines[-1].upper() != "END:VEVENT":
        return None
    event = FastEvent()
    seen = _SEEN
    for line in lines[1:-1]:
        hit = seen.get(line)
        if hit is not None:
            name, parsed = hit
        else:
            match = _LINE.fullmatch(line)
            if match is None:
                return None
            name, params, value = match.groups()
            name = name.upper()
            read = _value(name, _params(params) if params else {}, value)
            if read is None:
                return None
            parsed = read
            if type(parsed) is Value and len(line) <= _SEEN_LONGEST:
                if len(seen) >= _SEEN_MOST:
                    seen.clear()
                seen[line] = (name, parsed)
        known = event.get(name)
        if known is None:
            event[name] = parsed
        elif isinstance(known, list):
            known.append(parsed)
        else:
            event[name] = [known, parsed]
    return event


def _params(text: str) -> dict[str, str]:
    params = {}
    for piece in text[1:].split(";"):
        key, _, value = piece.partition("=")
        params[key.upper()] = value
    return params


def _value(name: str, params: dict[str, str], value: str) -> Value | Moment | Dates | None:
    if name in TEXT or (name.startswith("X-") and params.get("VALUE", "").upper() == "TEXT"):
        return Value(_unescaped(value) if "\\" in value else value, params)
    if name in DATES:
        when = _moment(value, params)
        return None if when is None else Moment(when, params)
    if name in LISTS:
        dts = []
        for text in value.split(","):
            moment = _moment(text, params)
            if moment is None:
                return None
            dts.append(Moment(moment, params))
        return Dates(dts, params)
    if name == "CATEGORIES":
        if "\\" in value:
            return None
        categories = Categories(value, params)
        categories.cats = [c for c in value.split(",")]
        return categories
    if name in RAW or name.startswith("X-"):
        return None if "\\" in value and name.startswith("X-") else Value(value, params)
    return None


@lru_cache(maxsize=1024)
def _unescaped(value: str) -> str:
    """icalendar's unescaping; values that repeat (lists of field names) are done once."""
    return str(unescape_backslash(value))


def _moment(value: str, params: dict[str, str]) -> date | datetime | None:
    """The date or date-time of a plain value; None for anything else, a 25th hour or a
    13th month included (icalendar then reads it and says what is wrong with it)."""
    kind = params.get("VALUE", "").upper()
    try:
        if _DATE.match(value) and kind in ("", "DATE"):
            return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
        if _DATE_TIME.match(value) and kind in ("", "DATE-TIME"):
            moment = datetime(int(value[:4]), int(value[4:6]), int(value[6:8]),
                              int(value[9:11]), int(value[11:13]), int(value[13:15]))
            if value.endswith("Z"):
                if "TZID" in params:
                    return None
                return moment.replace(tzinfo=UTC)
            return moment
    except ValueError:
        return None
    return None
