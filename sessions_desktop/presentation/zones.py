"""The time zones a grid names: the business zone in the corner above the hours, and an
optional second zone whose hours run in a column of their own beside the business hours.

The grid's rows are wall-clock times of the business zone; the second column writes each of
those moments as the other zone's wall clock on the first day shown (a week that crosses a
change to or from summer time shows the offset of its first day, as other calendars do).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sessions_desktop.presentation.i18n import translate


def zone_or_none(name: str) -> ZoneInfo | None:
    """The zone called ``name``; None for "" or a name the zone database does not know."""
    if not name or "\x00" in name or len(name) > 64:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zone_city(name: str) -> str:
    """'Europe/Berlin' -> 'Berlin', 'America/Argentina/Buenos_Aires' -> 'Buenos Aires'."""
    return name.rsplit("/", 1)[-1].replace("_", " ") if name else ""


def utc_offset_text(zone: tzinfo, moment: datetime) -> str:
    """'UTC+1', 'UTC−5', 'UTC+5:30', 'UTC' for the zone's offset at ``moment``."""
    offset = zone.utcoffset(moment.replace(tzinfo=None)) if moment.tzinfo is None else \
        moment.astimezone(zone).utcoffset()
    minutes = int((offset or timedelta(0)).total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_description(name: str, zone: tzinfo, day: date) -> str:
    """'Europe/Berlin (UTC+1)': the tooltip and the screen-reader text of a zone label."""
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=zone)
    return translate("Zones", "Time zone {name} ({offset})").format(
        name=name, offset=utc_offset_text(zone, noon))


def other_wall_time(day: date, minute: int, business: tzinfo, other: tzinfo) -> datetime:
    """The wall clock in ``other`` when the business zone's clock on ``day`` shows
    ``minute`` minutes after midnight (naive, for formatting)."""
    here = datetime(day.year, day.month, day.day, tzinfo=business) + timedelta(minutes=minute)
    return here.astimezone(other).replace(tzinfo=None)
