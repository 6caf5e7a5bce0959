"""A generated 10,000-event file: everything is read, with progress. (Its speed is measured
in benchmarks/cli_ical.py, not here.)"""

from __future__ import annotations

from datetime import datetime, timedelta

from sessions_desktop.ical import parse_calendar

ZONES = ("Europe/Berlin", "America/New_York", "Australia/Sydney", "W. Europe Standard Time")


def generate(count: int) -> bytes:
    """Like a busy shop's export: timed events in several zones (one a Windows name), some
    recurring with EXDATEs, some all-day, some UTC, some with attendees and alarms."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bulk//EN", "X-WR-CALNAME:Bulk"]
    first = datetime(2025, 1, 6, 8)
    for i in range(count):
        start = first + timedelta(hours=7 * i)
        end = start + timedelta(minutes=45)
        lines += ["BEGIN:VEVENT", f"UID:bulk-{i}@example.org", "DTSTAMP:20250101T000000Z",
                  f"SUMMARY:Appointment {i}", "DESCRIPTION:Notes\\, with an escaped comma",
                  "CATEGORIES:bulk,generated"]
        lines += _times(i, start, end)
        if i % 10 == 0:
            skipped = start + timedelta(days=7)
            lines += ["RRULE:FREQ=WEEKLY;COUNT=8;", f"EXDATE:{skipped:%Y%m%dT%H%M%S}Z"]
        if i % 7 == 0:
            lines += [f"ATTENDEE;CN=Guest {i};PARTSTAT=ACCEPTED:mailto:guest{i}@example.org"]
        if i % 13 == 0:
            lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M", "END:VALARM"]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def _times(i: int, start: datetime, end: datetime) -> list[str]:
    if i % 50 == 0:
        return [f"DTSTART;VALUE=DATE:{start:%Y%m%d}"]
    if i % 5 == 0:
        return [f"DTSTART:{start:%Y%m%dT%H%M%S}Z", f"DTEND:{end:%Y%m%dT%H%M%S}Z"]
    zone = ZONES[i % len(ZONES)]
    return [f"DTSTART;TZID={zone}:{start:%Y%m%dT%H%M%S}",
            f"DTEND;TZID={zone}:{end:%Y%m%dT%H%M%S}"]


def test_ten_thousand_events_are_read_completely_with_progress():
    data = generate(10_000)
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return True

    plan = parse_calendar(data, business_time_zone="Europe/Berlin", progress=progress)

    assert len(plan.items) == 10_000 and plan.skipped == []
    assert calls[0] == 0 and calls[-1] == 10_000 and len(calls) > 20
    items = {item.uid: item for item in plan.items}
    assert items["bulk-10@example.org"].fields["recurrence"] == "FREQ=WEEKLY;COUNT=8"
    assert items["bulk-3@example.org"].fields["time_zone"] == "Europe/Berlin"  # Windows name
    assert items["bulk-50@example.org"].fields["all_day"] is True
    assert len(items["bulk-7@example.org"].fields["participants"]) == 1
    assert items["bulk-13@example.org"].fields["reminders"] == (15,)
    assert "reminders" not in items["bulk-1@example.org"].fields
