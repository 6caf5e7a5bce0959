"""Time zones and wall-clock rules of the contract (section Time).

Recurring sessions live in local wall-clock time; singles are instants plus a zone. A local time
in a DST gap moves forward by the gap; an ambiguous one means its first occurrence (RFC 5545
3.3.5). Both follow from ``zoneinfo`` with ``fold=0``, which this module is the one place to use.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sessions_desktop.errors import ValidationError

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SECOND = timedelta(seconds=1)


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name``; an unknown or malformed name is a ValidationError."""
    if not isinstance(name, str) or not name or name.startswith(("/", ".")) or ".." in name:
        raise ValidationError(f"unknown time zone {name!r}", field="time_zone")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError(f"unknown time zone {name!r}", field="time_zone") from None


def is_known_zone(name: str) -> bool:
    try:
        zone(name)
    except ValidationError:
        return False
    return True


def localize(wall: datetime, tz: ZoneInfo) -> datetime:
    """Attach ``tz`` to a naive wall-clock time with the contract's gap and fold rules.

    ``fold=0`` gives the first of two ambiguous times, and for a time in a gap the offset from
    before the transition, which is the same instant as "moved forward by the gap".
    """
    aware = wall.replace(tzinfo=tz, fold=0)
    # Normalise a gap time to the wall-clock time that really exists (02:30 -> 03:30).
    return aware.astimezone(UTC).astimezone(tz)


def to_epoch(moment: datetime) -> int:
    """Whole seconds since the epoch for an aware datetime (storage and index key)."""
    return (moment - EPOCH) // _SECOND


def from_epoch(seconds: int, tz: ZoneInfo | None = None) -> datetime:
    return datetime.fromtimestamp(seconds, tz or UTC)


def as_aware(value: datetime | date, default_tz: ZoneInfo) -> datetime:
    """Input without an offset means the given (business) zone; a date means its local midnight."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return localize(value, default_tz)
        return value
    if isinstance(value, date):
        return localize(datetime.combine(value, time()), default_tz)
    raise TypeError(f"expected a date or datetime, not {type(value).__name__}")


def wall_clock(moment: datetime, tz: tzinfo) -> datetime:
    """The naive local wall-clock time of an aware instant in ``tz``."""
    return moment.astimezone(tz).replace(tzinfo=None)


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    return localize(datetime.combine(day, time()), tz)


def compact(wall: datetime, all_day: bool = False) -> str:
    """A wall-clock time as the compact text used in instance ids and RECURRENCE-IDs."""
    return wall.strftime("%Y%m%d") if all_day else wall.strftime("%Y%m%dT%H%M%S")


def parse_compact(text: str) -> datetime:
    fmt = "%Y%m%d" if len(text) == 8 else "%Y%m%dT%H%M%S"
    return datetime.strptime(text, fmt)


def system_zone_name() -> str:
    """The IANA name of this computer's zone (TZ, /etc/localtime), or UTC when unknown."""
    import os
    from pathlib import Path

    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text().strip())
    for name in candidates:
        if name and is_known_zone(name):
            return name
    return "UTC"
