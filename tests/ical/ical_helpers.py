"""Builders shared by the iCal tests: sessions by hand, bundles, and the two expansions."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from sessions_desktop.domain.enums import OwnerKind, ScheduleKind, SessionStatus
from sessions_desktop.domain.model import Schedule, Session
from sessions_desktop.domain.recurrence import SeriesTiming, occurrences, parse_rule
from sessions_desktop.domain.time import wall_clock, zone
from sessions_desktop.ical import ExportBundle, ImportPlan, SeriesExport, export_calendar

CORPUS = Path(__file__).parent / "corpus"
BERLIN = ZoneInfo("Europe/Berlin")
SYDNEY = ZoneInfo("Australia/Sydney")
STAMP = datetime(2025, 1, 1, tzinfo=UTC)
SCHEDULE = Schedule("sch-1", "Studio, Main; Room", OwnerKind.SERVICE, ScheduleKind.GROUP,
                    "Europe/Berlin")


def at(tz: ZoneInfo, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=tz)


def session(id: str, start: datetime, end: datetime, **changes) -> Session:
    tz_name = changes.pop("time_zone", getattr(start.tzinfo, "key", "Europe/Berlin"))
    return Session(id=id, schedule_id=changes.pop("schedule_id", SCHEDULE.id), start=start,
                   end=end, time_zone=tz_name, **changes)


def bundle(singles=(), series=(), business="Europe/Berlin") -> ExportBundle:
    return ExportBundle(list(singles), list(series), {SCHEDULE.id: SCHEDULE}, business,
                        calendar_name="Test calendar", stamp=STAMP)


def export(singles=(), series=(), business="Europe/Berlin", include_pi=False) -> bytes:
    return export_calendar(bundle(singles, series, business), include_pi=include_pi)


def domain_starts(series: SeriesExport, lo: datetime, hi: datetime) -> list[datetime]:
    """Instance starts our own domain gives for ``[lo, hi)`` (moved exceptions moved,
    cancelled ones left out)."""
    definition = series.definition
    tz = zone(definition.time_zone)
    changed = {wall_clock(e.original_start, tz): e for e in series.exceptions}
    timing = SeriesTiming(
        parse_rule(definition.recurrence), wall_clock(definition.start, tz),
        wall_clock(definition.end, tz) - wall_clock(definition.start, tz), tz,
        definition.all_day, tuple(wall_clock(r, tz) for r in definition.recurrence_dates),
        frozenset(wall_clock(r, tz) for r in definition.excluded_dates))
    starts = []
    for original, start, _ in occurrences(timing, lo, hi):
        exception = changed.get(original)
        if exception is None:
            starts.append(start)
        elif exception.status is SessionStatus.CONFIRMED:
            starts.append(exception.start)
    return sorted(s.astimezone(UTC) for s in starts if lo <= s < hi)


def oracle_starts(data: bytes, lo: datetime, hi: datetime, tz: ZoneInfo = BERLIN,
                  uid: str | None = None) -> list[datetime]:
    """Instance starts recurring-ical-events gives for ``[lo, hi)`` (dates at midnight in tz)."""
    calendar = icalendar.Calendar.from_ical(data)
    starts = []
    for event in recurring_ical_events.of(calendar).between(lo, hi):
        if uid is not None and str(event["UID"]) != uid:
            continue
        start = event["DTSTART"].dt
        if not isinstance(start, datetime):
            start = datetime(start.year, start.month, start.day, tzinfo=tz)
        starts.append(start.astimezone(UTC))
    return sorted(s for s in starts if lo <= s < hi)


def sessions_from_plan(plan: ImportPlan) -> tuple[list[Session], list[SeriesExport]]:
    """What a service would store from a plan, as sessions (to export them again)."""
    singles, series = [], []
    for item in plan.items:
        base = dict(item.fields)
        definition = Session(id=item.uid, schedule_id=item.schedule_hint or "imported",
                             status=item.status, inherited_fields=(), **base)
        if not item.is_recurring:
            singles.append(definition)
            continue
        exceptions = [_instance(definition, o) for o in item.overrides]
        series.append(SeriesExport(definition, exceptions))
    return singles, series


def _instance(definition: Session, override) -> Session:
    fields = dict(override.fields)
    status = SessionStatus.CANCELLED if override.cancelled else SessionStatus.CONFIRMED
    return Session(id=f"{definition.id}/{override.original_start.isoformat()}",
                   schedule_id=definition.schedule_id, original_start=override.original_start,
                   recurring_session_id=definition.id, status=status, **fields)


def parse_text(text: str, **kwargs) -> ImportPlan:
    from sessions_desktop.ical import parse_calendar
    kwargs.setdefault("business_time_zone", "Europe/Berlin")
    return parse_calendar(text.replace("\n", "\r\n").encode("utf-8"), **kwargs)


def vcalendar(*events: str, header: str = "") -> str:
    body = "".join(events)
    return ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n" + header + body
            + "END:VCALENDAR\n")


def vevent(*lines: str, uid: str = "e1") -> str:
    return "BEGIN:VEVENT\nUID:" + uid + "\nDTSTAMP:20250101T000000Z\n" + \
        "".join(line + "\n" for line in lines) + "END:VEVENT\n"
