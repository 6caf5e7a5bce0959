"""recurring-ical-events over every file we export yields the instances our query shows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar
import recurring_ical_events

from sessions_desktop.services.transfer import export_ics

RANGES = [(datetime(2025, 2, 1, tzinfo=UTC), datetime(2025, 12, 1, tzinfo=UTC)),
          (datetime(2025, 3, 10, tzinfo=UTC), datetime(2025, 3, 17, tzinfo=UTC)),
          (datetime(2025, 4, 5, 10, tzinfo=UTC), datetime(2025, 4, 6, 10, tzinfo=UTC))]


def ours(svc, start, end):
    items = svc.queries.query_sessions(start, end, limit=1000).items
    return sorted((s.start.astimezone(UTC), s.end.astimezone(UTC), s.title or "")
                  for s in items)


def theirs(data: bytes, start, end, business):
    calendar = icalendar.Calendar.from_ical(data)
    found = []
    for event in recurring_ical_events.of(calendar).between(start - timedelta(days=2),
                                                            end + timedelta(days=2)):
        begin, finish = event["DTSTART"].dt, event["DTEND"].dt
        if not isinstance(begin, datetime):      # all-day: midnight in the business zone
            begin = datetime.combine(begin, datetime.min.time(), business)
            finish = datetime.combine(finish, datetime.min.time(), business)
        begin, finish = begin.astimezone(UTC), finish.astimezone(UTC)
        if begin < end and finish > start:
            found.append((begin, finish, str(event.get("SUMMARY", ""))))
    return sorted(found)


def test_oracle_agrees_with_query(source, tmp_path):
    svc, _ = source
    path = tmp_path / "all.ics"
    export_ics(svc, path, working_hours=True, time_off=True)
    data = path.read_bytes()
    for start, end in RANGES:
        expected = ours(svc, start, end)
        assert expected, (start, end)
        assert theirs(data, start, end, svc.ctx.business_zone) == expected, (start, end)


def test_oracle_agrees_on_a_range_export(source, tmp_path):
    svc, _ = source
    start, end = RANGES[1]
    path = tmp_path / "week.ics"
    export_ics(svc, path, start=start, end=end, working_hours=True, time_off=True)
    assert theirs(path.read_bytes(), start, end, svc.ctx.business_zone) == ours(svc, start, end)
