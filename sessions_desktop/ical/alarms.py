"""VALARM components to reminders (minutes before the start) and back.

A reminder is kept as "so many minutes before the session starts", the shape the domain's
``reminders`` field has: TRIGGER relative to the start (``-PT15M``), relative to the end
(``RELATED=END``) or absolute (a UTC date-time) all come down to it. Alarms after the start,
Apple's placeholder alarms (``ACTION:NONE``) and alarms further ahead than the domain keeps are
dropped with a warning. Export writes one DISPLAY alarm per reminder, as Thunderbird and
Outlook do.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Component, vDuration, vText

from sessions_desktop.ical.fast_lane import FastEvent
from sessions_desktop.ical.plan import NoteTaker

MAX_MINUTES = 4 * 7 * 24 * 60      # the domain keeps reminders up to four weeks ahead
MAX_REMINDERS = 10
_DISPLAY = vText("DISPLAY")


def read_reminders(component: Component | FastEvent, start: datetime | None,
                   length: timedelta | None, notes: NoteTaker) -> tuple[int, ...] | None:
    """Minutes before the start of every usable alarm of a VEVENT; None when it has none."""
    alarms = [sub for sub in component.subcomponents if sub.name == "VALARM"]
    if not alarms:
        return None
    found: set[int] = set()
    for alarm in alarms:
        minutes = _minutes_before(alarm, start, length, notes)
        if minutes is not None:
            found.add(minutes)
    if len(found) > MAX_REMINDERS:
        notes.add(f"more than {MAX_REMINDERS} reminders on an event: the earliest ones kept")
    return tuple(sorted(found)[:MAX_REMINDERS])


def _minutes_before(alarm: Component, start: datetime | None, length: timedelta | None,
                    notes: NoteTaker) -> int | None:
    action = str(alarm.get("ACTION", "DISPLAY")).upper()
    if action == "NONE":        # Apple's placeholder for "no alarm"
        return None
    trigger = alarm.get("TRIGGER")
    value = getattr(trigger, "dt", None)
    if isinstance(value, timedelta):
        related_end = str(trigger.params.get("RELATED", "START")).upper() == "END"
        offset = value + (length or timedelta(0)) if related_end else value
        before = -offset
    elif isinstance(value, datetime) and start is not None:
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        before = start - moment
    else:
        notes.add("reminders (VALARM) without a usable TRIGGER dropped")
        return None
    if before < timedelta(0):
        notes.add("reminders (VALARM) after the start dropped")
        return None
    minutes = int(before.total_seconds() // 60)
    if minutes > MAX_MINUTES:
        notes.add("reminders (VALARM) more than four weeks ahead dropped")
        return None
    return minutes


def alarm(minutes: int, summary: str | None) -> Alarm:
    """One DISPLAY alarm ``minutes`` before the start."""
    component = Alarm()
    component["ACTION"] = _DISPLAY
    component["TRIGGER"] = vDuration(-timedelta(minutes=minutes))
    component["DESCRIPTION"] = vText(summary or "Reminder")
    return component
