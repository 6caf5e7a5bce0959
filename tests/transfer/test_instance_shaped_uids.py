"""A UID shaped like an instance's id (``<recurring UID>_<date and time>``) would shadow that
instance: such an event is refused with the reason, never a crash, and nothing else is lost."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_transfer_import import WINDOW, event, ics

from sessions_desktop.errors import ValidationError

SERIES = event("r0@x", "20250101T103000", "20250101T113000", "Daily", "RRULE:FREQ=DAILY;COUNT=5")
MOVED = "\r\n".join(["BEGIN:VEVENT", "UID:r0@x", "DTSTAMP:20250101T000000Z",
                     "RECURRENCE-ID;TZID=Europe/Berlin:20250103T103000",
                     "DTSTART;TZID=Europe/Berlin:20250103T120000",
                     "DTEND;TZID=Europe/Berlin:20250103T130000", "SUMMARY:Moved", "END:VEVENT"])
SHADOW = event("r0@x_20250103T103000", "20250110T103000", "20250110T113000", "Single")


def titles(svc) -> list[tuple[str, str]]:
    return sorted((s.id, s.title) for s in svc.queries.query_sessions(*WINDOW, limit=100).items)


@pytest.mark.parametrize("order", [(SHADOW, SERIES, MOVED), (SERIES, MOVED, SHADOW)])
def test_all_or_nothing_refuses_and_writes_nothing(target, order):
    with pytest.raises(ValidationError) as refused:
        target.import_ics(ics(*order))
    assert "r0@x_20250103T103000" in str(refused.value)
    assert "instance" in str(refused.value)
    assert titles(target) == []


def test_partial_keeps_the_series_and_its_moved_instance(target):
    report = target.import_ics(ics(SHADOW, SERIES, MOVED), partial=True)
    assert [s.uid for s in report.skipped] == ["r0@x_20250103T103000"]
    shown = dict(titles(target))
    assert shown["r0@x_20250103T103000"] == "Moved"       # the instance, not the single
    assert len(shown) == 5 and "Single" not in shown.values()


def test_create_refuses_an_instance_shaped_id(target):
    target.import_ics(ics(SERIES))
    schedule = target.schedules.list_schedules()[0]
    fields = {"id": "r0@x_20250103T103000", "title": "x", "schedule_id": schedule.id,
              "start": datetime(2025, 1, 10, 10, 30),
              "end": datetime(2025, 1, 10, 11, 30)}
    with pytest.raises(ValidationError) as refused:
        target.sessions.create_session(fields)
    assert [v.field for v in refused.value.violations] == ["id"]
    assert dict(titles(target))["r0@x_20250103T103000"] == "Daily"   # still the instance
    fields["id"] = "r0@x-2025"
    assert target.sessions.create_session(fields).id == "r0@x-2025"
