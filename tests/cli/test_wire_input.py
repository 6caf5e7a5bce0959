"""Wix-shaped JSON to service fields (in-process)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from sessions_desktop.errors import ValidationError
from sessions_desktop.services.wire_input import session_fields_from_wire


def test_every_spelling_of_a_time():
    fields = session_fields_from_wire({
        "scheduleId": "s", "title": "T", "tags": ["a"], "capacity": 3, "allDay": False,
        "start": {"localDateTime": {"year": 2025, "monthOfYear": 3, "dayOfMonth": 30,
                                    "hourOfDay": 2, "minutesOfHour": 30},
                  "timeZone": "Europe/Berlin"},
        "end": {"localDateTime": {"year": 2025, "monthOfYear": 3, "dayOfMonth": 30,
                                  "hourOfDay": 5, "minutesOfHour": 0},
                "timeZone": "Europe/Berlin"}, "status": "CANCELLED", "version": 9})
    assert fields["start"] == datetime(2025, 3, 30, 3, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert fields["end"] == datetime(2025, 3, 30, 5, tzinfo=ZoneInfo("Europe/Berlin"))
    stamped = session_fields_from_wire({
        "scheduleId": "s", "start": {"timestamp": "2025-03-30T01:00:00Z"},
        "end": {"timestamp": "2025-03-30T03:00:00Z"}})
    assert stamped["end"] == datetime(2025, 3, 30, 3, tzinfo=UTC)
    assert fields["time_zone"] == "Europe/Berlin"
    assert "status" not in fields and "version" not in fields
    plain = session_fields_from_wire({"scheduleId": "s", "start": "2025-03-01",
                                      "end": "2025-03-02T10:00"})
    assert plain["start"] == date(2025, 3, 1) and plain["end"] == datetime(2025, 3, 2, 10)


def test_get_output_can_be_sent_back():
    from sessions_desktop.domain.model import Session
    from sessions_desktop.domain.wire import session_to_wire

    berlin = ZoneInfo("Europe/Berlin")
    session = Session(id="x", schedule_id="s", start=datetime(2025, 5, 1, 9, tzinfo=berlin),
                      end=datetime(2025, 5, 1, 10, tzinfo=berlin), time_zone="Europe/Berlin",
                      title="T", recurrence="FREQ=DAILY;COUNT=2",
                      excluded_dates=(datetime(2025, 5, 2, 9, tzinfo=berlin),))
    fields = session_fields_from_wire(session_to_wire(session))
    assert fields["start"] == session.start and fields["recurrence"] == "FREQ=DAILY;COUNT=2"
    assert fields["excluded_dates"] == [datetime(2025, 5, 2, 9, tzinfo=berlin)]


def test_every_bad_field_is_listed():
    with pytest.raises(ValidationError) as caught:
        session_fields_from_wire({
            "start": {"timestamp": "2025-03-30T03:00:00Z",
                      "localDateTime": {"year": 2025, "monthOfYear": 3, "dayOfMonth": 30,
                                        "hourOfDay": 9}, "timeZone": "Europe/Berlin"},
            "end": {"localDateTime": {"year": 2025, "monthOfYear": 13}},
            "timeZone": "Mars/Olympus", "tags": "x", "participants": [{"partySize": 999}],
            "excludedDates": ["soon"], "wat": 1})
    assert set(caught.value.fields) >= {"scheduleId", "start", "end.localDateTime",
                                        "timeZone", "tags", "participants[0].party_size",
                                        "excludedDates[0]", "wat"}


def test_patch_needs_nothing_and_null_means_inherit():
    assert session_fields_from_wire({"title": None}, patch=True) == {"title": None}
    with pytest.raises(ValidationError):
        session_fields_from_wire(["not", "an", "object"], patch=True)
    assert session_fields_from_wire({"session": {"notes": "n"}}, patch=True) == {"notes": "n"}
