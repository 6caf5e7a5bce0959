"""The foundation issue's "done when" script, as a person would write it against the API."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sessions_desktop.domain.enums import SessionStatus
from sessions_desktop.domain.model import LinkedSchedule

BERLIN = ZoneInfo("Europe/Berlin")


def test_schedule_series_move_split_cancel_and_query_a_month(svc, window):
    pilates = svc.schedules.create_schedule({"name": "Pilates", "kind": "GROUP", "capacity": 8,
                                             "title": "Pilates"})
    series = svc.sessions.create_session({"schedule_id": pilates.id,
                                          "start": datetime(2027, 1, 4, 18),
                                          "end": datetime(2027, 1, 4, 19),
                                          "recurrence": "FREQ=WEEKLY;BYDAY=MO,TH"})
    january = window(datetime(2027, 1, 1), datetime(2027, 2, 1))
    assert len(january) == 8

    moved = svc.sessions.update_session(january[1].id, {"start": datetime(2027, 1, 8, 10),
                                                         "end": datetime(2027, 1, 8, 11)})
    split = svc.sessions.update_session(january[4].id, {"capacity": 12}, scope="FOLLOWING")
    # After the split the later instances belong to the new series (their ids say so).
    sixth = january[6].id.replace(series.id, split.recurring_session_id)
    svc.sessions.delete_session(sixth, scope="THIS")

    month = window(datetime(2027, 1, 1), datetime(2027, 2, 1))
    assert len(month) == 7
    assert month[1].id == moved.id and month[1].start == datetime(2027, 1, 8, 10, tzinfo=BERLIN)
    assert moved.original_start == datetime(2027, 1, 7, 18, tzinfo=BERLIN)
    assert [s.capacity for s in month] == [8, 8, 8, 8, 12, 12, 12]
    assert {s.recurring_session_id for s in month[:4]} == {series.id}
    assert {s.recurring_session_id for s in month[4:]} == {split.recurring_session_id}
    cancelled = svc.sessions.get_session(sixth)
    assert cancelled.status is SessionStatus.CANCELLED
    assert january[6].start not in [s.start for s in month]
    with_cancelled = window(datetime(2027, 1, 1), datetime(2027, 2, 1), include_cancelled=True)
    assert len(with_cancelled) == 8


def test_free_slots_of_a_resource(svc, window):
    anna = svc.schedules.create_schedule({"name": "Anna", "kind": "STAFF"})
    massage = svc.schedules.create_schedule({
        "name": "Massage", "kind": "INDIVIDUAL", "time_reserved_after": 15,
        "affected_schedules": [LinkedSchedule(anna.id)]})
    svc.sessions.create_session({"schedule_id": anna.id, "type": "WORKING_HOURS",
                                 "start": datetime(2027, 1, 4, 9),
                                 "end": datetime(2027, 1, 4, 13),
                                 "recurrence": "FREQ=WEEKLY;BYDAY=MO,TU"})
    svc.sessions.create_session({"schedule_id": massage.id, "start": datetime(2027, 1, 4, 10),
                                 "end": datetime(2027, 1, 4, 11)})
    svc.sessions.create_session({"schedule_id": anna.id, "tags": ["Blocked"],
                                 "start": datetime(2027, 1, 5, 9),
                                 "end": datetime(2027, 1, 5, 12)})
    slots = svc.availability.free_slots(anna.id, 60, datetime(2027, 1, 4),
                                        datetime(2027, 1, 6))
    starts = [s.start.replace(tzinfo=None) for s in slots]
    assert starts == [datetime(2027, 1, 4, 9), datetime(2027, 1, 4, 11, 15),
                      datetime(2027, 1, 5, 12)]
    assert all(s.end - s.start == timedelta(hours=1) for s in slots)
