"""TZID to IANA zone: IANA names, Windows names, vendor prefixes, and custom VTIMEZONEs.

A custom VTIMEZONE (Outlook's "(UTC+01:00) Amsterdam, Berlin, ...") is matched to the IANA zone
whose UTC offsets agree with it on every day of the two years around the first event that uses
it. Its offsets come from ``custom_zone`` (onsets expanded a year at a time within a budget),
never from a replay of its rules, so a hostile VTIMEZONE cannot keep matching busy. City
names in the TZID, the business zone and X-WR-TIMEZONE are preferred among equal zones. When
nothing matches, times keep their instant (converted with the VTIMEZONE's own rules) and are
shown in the fallback zone, with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo, available_timezones

from sessions_desktop.domain.time import is_known_zone, zone
from sessions_desktop.ical.custom_zone import UnreadableZone, custom_zone
from sessions_desktop.ical.plan import NoteTaker
from sessions_desktop.ical.windows_zones import canonical_names, windows_to_iana

if TYPE_CHECKING:
    from icalendar import Component

_SAMPLE_DAYS = 730
_AREAS = frozenset({"Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe",
                    "Indian", "Pacific"})
_QUICK = (14, 195)  # mid January and mid July of the first sampled year


@dataclass(frozen=True, slots=True)
class Resolved:
    """Where a TZID's wall-clock times live: ``name``/``tz`` is the IANA zone of the result; when
    ``source`` is set the wall clock belongs to that (custom) zone and must be converted."""

    name: str
    tz: ZoneInfo
    source: tzinfo | None = None


def iana_name(tzid: str) -> str | None:
    """The IANA name a TZID stands for, without looking at VTIMEZONE components."""
    text = tzid.strip().strip('"').strip()
    candidates = [text, text.strip("/")]
    windows = windows_to_iana(text)
    if windows:
        candidates.append(windows)
    if text.startswith("/"):  # RFC 5545 globally unique ids: /vendor/.../Europe/Berlin
        parts = text.strip("/").split("/")
        candidates += ["/".join(parts[i:]) for i in range(1, len(parts))]
    for name in candidates:
        if name and is_known_zone(name):
            return name
    return _folded_names().get(text.casefold())


@lru_cache(maxsize=1)
def _all_names() -> tuple[str, ...]:
    skip = ("posix/", "right/", "SystemV/")
    names = {n for n in available_timezones() if not n.startswith(skip)}
    names -= {"localtime", "Factory", "posixrules"}
    canonical = canonical_names()
    # Representative zones first, then the rest, each alphabetically: stable, readable picks.
    return tuple(sorted(names, key=lambda n: (n not in canonical, n)))


@lru_cache(maxsize=1)
def _folded_names() -> dict[str, str]:
    return {name.casefold(): name for name in _all_names()}


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    cities: dict[str, str] = {}
    for name in reversed(_all_names()):  # canonical names win ties
        if name.split("/", 1)[0] in _AREAS:
            cities[name.rsplit("/", 1)[1].replace("_", " ").casefold()] = name
    return cities


def _city_hints(tzid: str) -> list[str]:
    """IANA zones whose city the TZID names, in the order the TZID names them."""
    words = " " + re.sub(r"[^a-z]+", " ", tzid.casefold()) + " "
    hits = [(words.find(f" {city} "), iana) for city, iana in _cities().items()]
    return [iana for position, iana in sorted(hits) if position >= 0]


def _load(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ValueError, OSError, LookupError):
        return None


def _signature(tz: tzinfo, year: int) -> tuple[timedelta | None, ...]:
    first = datetime(year - 1, 1, 1, 12, tzinfo=UTC)
    return tuple((first + timedelta(days=d)).astimezone(tz).utcoffset()
                 for d in range(_SAMPLE_DAYS))


def match_zone(source: tzinfo, year: int, preferred: list[str]) -> str | None:
    """The IANA zone whose offsets equal ``source``'s over ``year - 1`` and ``year``."""
    wanted = _signature(source, year)
    quick = tuple(wanted[i] for i in _QUICK)
    first = datetime(year - 1, 1, 1, 12, tzinfo=UTC)
    probes = [first + timedelta(days=i) for i in _QUICK]
    seen: set[str] = set()
    for name in [*preferred, *_all_names()]:
        tz = None if name in seen else _load(name)
        seen.add(name)
        if tz is None:
            continue
        if tuple(p.astimezone(tz).utcoffset() for p in probes) != quick:
            continue
        if _signature(tz, year) == wanted:
            return name
    return None


class TzidResolver(Protocol):
    """What a calendar's times are read with: ``ZoneResolver``, or a worker's resolver of
    the names that need no calendar."""

    def resolve(self, tzid: str, near: datetime) -> Resolved: ...


class ZoneResolver:
    """Resolves the TZIDs of one VCALENDAR, caching each answer."""

    def __init__(self, vtimezones: dict[str, Component], fallback: str, preferred: list[str],
                 notes: NoteTaker) -> None:
        self._vtimezones = vtimezones      # TZID -> icalendar Timezone component
        self._fallback = fallback
        self._preferred = preferred
        self._notes = notes
        self._cache: dict[str, Resolved] = {}

    def resolve(self, tzid: str, near: datetime) -> Resolved:
        found = self._cache.get(tzid)
        if found is None:
            found = self._cache[tzid] = self._resolve(tzid, near)
        return found

    def _resolve(self, tzid: str, near: datetime) -> Resolved:
        name = iana_name(tzid)
        if name is not None:
            return Resolved(name, zone(name))
        component = self._vtimezones.get(tzid)
        if component is not None:
            return self._from_component(tzid, component, near)
        cities = _city_hints(tzid)
        if cities:
            self._notes.add(f"time zone {tzid!r} has no VTIMEZONE: read as {cities[0]}, the "
                            "first city it names")
            return Resolved(cities[0], zone(cities[0]))
        self._notes.add(f"unknown time zone {tzid!r} without VTIMEZONE: its times were read "
                        f"as {self._fallback} wall-clock times")
        return Resolved(self._fallback, zone(self._fallback))

    def _from_component(self, tzid: str, component: Component, near: datetime) -> Resolved:
        try:
            source = custom_zone(component, tzid)
        except UnreadableZone as error:
            self._notes.add(f"time zone {tzid!r}: its VTIMEZONE cannot be read ({error}); its "
                            f"times were read as {self._fallback} wall-clock times")
            return Resolved(self._fallback, zone(self._fallback))
        preferred = [*_city_hints(tzid), *self._preferred]
        name = match_zone(source, near.year, preferred)
        if name is not None:
            self._notes.add(f"custom time zone {tzid!r} was matched to {name} by its offsets")
            return Resolved(name, zone(name))
        self._notes.add(f"custom time zone {tzid!r} matches no IANA zone: its times were "
                        f"converted to {self._fallback}")
        return Resolved(self._fallback, zone(self._fallback), source)
