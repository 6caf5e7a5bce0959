"""What the Wix documentation says and the first version missed (issue 9, part 5)."""

from __future__ import annotations

from datetime import datetime

import pytest

from sessions_desktop.domain.enums import LocationType
from sessions_desktop.domain.model import Participant
from sessions_desktop.domain.wire import session_to_wire
from sessions_desktop.errors import ValidationError
from sessions_desktop.services.wire_input import session_fields_from_wire

ADDRESS = {"formattedAddress": "Torstraße 1, 10119 Berlin, Germany",
           "streetAddress": {"number": "1", "name": "Torstraße", "apt": "3"},
           "city": "Berlin", "subdivision": "BE", "country": "DE", "postalCode": "10119",
           "geocode": {"latitude": 52.529, "longitude": 13.401}}


def test_participants_from_the_series_are_marked_inherited(svc, yoga, window):
    series = svc.sessions.create_session({
        "schedule_id": yoga.id, "start": datetime(2026, 12, 7, 18),
        "end": datetime(2026, 12, 7, 19), "recurrence": "FREQ=WEEKLY;COUNT=3",
        "participants": [Participant("Ada", "ada@example.org", party_size=2)]})
    items = window(datetime(2026, 12, 1), datetime(2027, 1, 1), fieldsets="ALL_PI")
    assert [p.inherited for p in items[0].participants] == [True]
    assert items[0].total_number_of_participants == 2
    assert svc.sessions.get_session(series.id, "ALL_PI").participants[0].inherited is False
    own = svc.sessions.update_session(items[1].id, {"participants": [
        *items[1].participants, Participant("Bo")]})          # sent back as read
    assert [(p.name, p.inherited) for p in own.participants] == [("Ada", False),
                                                                  ("Bo", False)]
    wire = session_to_wire(items[0])
    assert wire["participants"][0]["inherited"] is True


def test_a_structured_custom_address_is_stored_and_returned_as_given(svc, yoga):
    fields = session_fields_from_wire({
        "scheduleId": yoga.id, "start": "2026-12-01T10:00:00", "end": "2026-12-01T11:00:00",
        "location": {"locationType": "CUSTOM", "customAddress": ADDRESS}})
    made = svc.sessions.create_session(fields)
    stored = svc.sessions.get_session(made.id, "ALL_PI")
    assert stored.location.location_type is LocationType.CUSTOM
    assert session_to_wire(stored)["location"]["customAddress"] == ADDRESS
    assert stored.location.text == ADDRESS["formattedAddress"]


def test_a_malformed_custom_address_is_refused(svc, yoga):
    with pytest.raises(ValidationError, match="location"):
        session_fields_from_wire({
            "scheduleId": yoga.id, "start": "2026-12-01T10:00:00", "end": "2026-12-01T11:00:00",
            "location": {"locationType": "CUSTOM", "customAddress": {"town": "Berlin"}}})


@pytest.mark.parametrize("body", [
    {"start": {"timestamp": "2026-12-01T09:00:00Z"},
     "end": {"localDateTime": {"year": 2026, "monthOfYear": 12, "dayOfMonth": 1,
                               "hourOfDay": 11, "minutesOfHour": 0}}},
    {"start": {"timestamp": "2026-12-01T09:00:00Z"}, "end": {"timestamp": "2026-12-01T10:00:00Z"},
     "recurrence": "FREQ=WEEKLY;COUNT=3"},
])
def test_start_and_end_of_different_kinds_or_a_recurring_timestamp_are_refused(yoga, body):
    with pytest.raises(ValidationError) as refused:
        session_fields_from_wire({"scheduleId": yoga.id, **body})
    assert refused.value.fields[0] in ("start", "end")


def test_a_participant_without_party_size_counts_as_one(svc, yoga):
    fields = session_fields_from_wire({
        "scheduleId": yoga.id, "start": "2026-12-01T10:00:00", "end": "2026-12-01T11:00:00",
        "participants": [{"name": "Ada"}]})
    made = svc.sessions.create_session(fields)
    assert made.participants[0].party_size == 1 and made.total_number_of_participants == 1
