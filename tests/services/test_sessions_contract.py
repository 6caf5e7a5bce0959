"""One test per rule of the Sessions contract (docs/sessions-api.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from sessions_desktop.domain.enums import SessionStatus, SessionType
from sessions_desktop.domain.model import INHERIT, Location, Participant
from sessions_desktop.errors import (
    ConflictError,
    FailedPreconditionError,
    NotFoundError,
    ValidationError,
)

BERLIN = ZoneInfo("Europe/Berlin")


def test_create_returns_id_status_version_and_inherited_fields(svc, yoga):
    s = svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 10)})
    assert s.id and s.status is SessionStatus.CONFIRMED and s.version == 1
    assert s.title == "Yoga class" and s.capacity == 12 and s.tags == ("GROUP",)
    assert {"title", "capacity", "tags"} <= set(s.inherited_fields)
    assert s.type is SessionType.EVENT


def test_input_without_offset_means_business_zone(svc, yoga):
    s = svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 7, 1, 9),
                                     "end": datetime(2026, 7, 1, 10)})
    assert s.start.astimezone(UTC) == datetime(2026, 7, 1, 7, tzinfo=UTC)


def test_own_value_leaves_inherited_fields_and_inherit_restores(svc, yoga):
    s = svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 10), "title": "Private"})
    assert s.title == "Private" and "title" not in s.inherited_fields
    back = svc.sessions.update_session(s.id, {"title": INHERIT})
    assert back.title == "Yoga class" and "title" in back.inherited_fields
    assert back.version == 2


def test_schedule_change_reaches_inheriting_sessions_only(svc, yoga):
    a = svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 10)})
    b = svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 12, 2, 9),
                                     "end": datetime(2026, 12, 2, 10), "capacity": 5})
    svc.schedules.update_schedule(yoga.id, {"capacity": 20})
    assert svc.sessions.get_session(a.id).capacity == 20
    assert svc.sessions.get_session(b.id).capacity == 5


def test_get_unknown_id_is_not_found(svc):
    with pytest.raises(NotFoundError) as info:
        svc.sessions.get_session("nope")
    assert info.value.code == "NOT_FOUND"


def test_list_keeps_order_and_leaves_out_unknown_ids(svc, yoga):
    ids = [svc.sessions.create_session({"schedule_id": yoga.id,
                                        "start": datetime(2026, 12, d, 9),
                                        "end": datetime(2026, 12, d, 10)}).id for d in (1, 2, 3)]
    listed = svc.sessions.list_sessions([ids[2], "missing", ids[0]])
    assert [s.id for s in listed] == [ids[2], ids[0]]
    with pytest.raises(ValidationError):
        svc.sessions.list_sessions(["x"] * 1001)


def test_patch_replaces_given_fields_and_keeps_the_rest(svc, yoga):
    s = svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 10), "notes": "bring mats",
                                     "tags": ["a", "b"]})
    u = svc.sessions.update_session(s.id, {"tags": ["c"]})
    assert u.tags == ("c",) and u.notes == "bring mats" and u.start == s.start


def test_validation_lists_every_violated_field(svc, yoga):
    with pytest.raises(ValidationError) as info:
        svc.sessions.create_session({"schedule_id": "unknown", "start": datetime(2026, 12, 1, 10),
                                     "end": datetime(2026, 12, 1, 9), "capacity": 5000,
                                     "title": "x" * 6001, "time_zone": "Mars/Base",
                                     "recurrence": "FREQ=SOMETIMES"})
    fields = set(info.value.fields)
    assert {"schedule_id", "capacity", "title", "time_zone", "recurrence"} <= fields
    assert info.value.code == "INVALID_ARGUMENT"
    assert svc.ctx.repo.count() == 0


def test_end_before_start_and_mixed_all_day_are_rejected(svc, yoga):
    with pytest.raises(ValidationError) as info:
        svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 12, 1, 10),
                                     "end": datetime(2026, 12, 1, 9)})
    assert info.value.fields == ("end",)
    with pytest.raises(ValidationError):
        svc.sessions.create_session({"schedule_id": yoga.id, "start": date(2026, 12, 1),
                                     "end": datetime(2026, 12, 1, 9), "all_day": False})


def test_party_size_limit(svc, yoga):
    with pytest.raises(ValidationError) as info:
        svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 10),
                                     "participants": [Participant("Al", party_size=251)]})
    assert "participants[0].party_size" in info.value.fields


def test_remaining_capacity_may_go_negative(svc, yoga):
    people = [Participant(f"P{i}", party_size=3) for i in range(5)]
    s = svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 10), "participants": people})
    assert s.total_number_of_participants == 15 and s.remaining_capacity == -3


def test_no_pi_leaves_out_exactly_the_pi_fields(svc, yoga):
    s = svc.sessions.create_session({
        "schedule_id": yoga.id, "start": datetime(2026, 12, 1, 9),
        "end": datetime(2026, 12, 1, 10), "notes": "n",
        "participants": [Participant("Al", email="al@example.com")],
        "location": Location(address="Main St 1")})
    plain = svc.sessions.get_session(s.id)
    full = svc.sessions.get_session(s.id, fieldsets=["ALL_PI"])
    assert plain.participants is None and plain.location is None
    assert full.participants[0].email == "al@example.com"
    assert full.location.address == "Main St 1"
    assert plain.notes == "n" and plain.total_number_of_participants == 1


def test_stale_version_is_conflict_and_writes_nothing(svc, yoga):
    s = svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 10)})
    svc.sessions.update_session(s.id, {"title": "A"}, expected_version=1)
    with pytest.raises(ConflictError) as info:
        svc.sessions.update_session(s.id, {"title": "B"}, expected_version=1)
    assert info.value.code == "CONFLICT"
    assert svc.sessions.get_session(s.id).title == "A"


def test_soft_delete_hides_and_restore_brings_back(svc, yoga, window):
    s = svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 10)})
    svc.sessions.delete_session(s.id)
    assert svc.sessions.get_session(s.id).status is SessionStatus.CANCELLED
    assert window(datetime(2026, 12, 1), datetime(2026, 12, 2)) == []
    shown = window(datetime(2026, 12, 1), datetime(2026, 12, 2), include_cancelled=True)
    assert [x.id for x in shown] == [s.id]
    with pytest.raises(FailedPreconditionError):
        svc.sessions.update_session(s.id, {"title": "x"})
    assert svc.sessions.restore_session(s.id).status is SessionStatus.CONFIRMED


def test_every_write_publishes_ids_and_time_range(svc, yoga):
    seen = []
    svc.subscribe(seen.append)
    s = svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 10)})
    svc.sessions.update_session(s.id, {"start": datetime(2026, 12, 3, 9),
                                       "end": datetime(2026, 12, 3, 10)})
    assert [c.action for c in seen] == ["create", "update"]
    assert seen[1].ids == (s.id,)
    assert seen[1].start <= datetime(2026, 12, 1, 9, tzinfo=BERLIN)
    assert seen[1].end >= datetime(2026, 12, 3, 10, tzinfo=BERLIN)


def test_undo_and_redo_of_an_update(svc, yoga):
    seen = []
    svc.subscribe(seen.append)
    s = svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 10)})
    svc.sessions.update_session(s.id, {"title": "Moved"})
    undo = svc.sessions.revert_change(seen[-1])
    assert svc.sessions.get_session(s.id).title == "Yoga class"
    svc.sessions.revert_change(undo)
    assert svc.sessions.get_session(s.id).title == "Moved"
    assert svc.sessions.get_session(s.id).version == 4


def test_undo_of_a_create_removes_it(svc, yoga):
    seen = []
    svc.subscribe(seen.append)
    s = svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 10)})
    svc.sessions.revert_change(seen[-1])
    with pytest.raises(NotFoundError):
        svc.sessions.get_session(s.id)


def test_undo_refuses_when_changed_since(svc, yoga):
    seen = []
    svc.subscribe(seen.append)
    s = svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 10)})
    svc.sessions.update_session(s.id, {"title": "One"})
    step = seen[-1]
    svc.sessions.update_session(s.id, {"title": "Two"})
    with pytest.raises(ConflictError):
        svc.sessions.revert_change(step)
    assert svc.sessions.get_session(s.id).title == "Two"


def test_all_day_session_is_floating_dates_with_exclusive_end(svc, yoga, window):
    s = svc.sessions.create_session({"schedule_id": yoga.id, "start": date(2026, 12, 24),
                                     "end": date(2026, 12, 27)})
    assert s.all_day and s.start == datetime(2026, 12, 24, tzinfo=BERLIN)
    assert s.end == datetime(2026, 12, 27, tzinfo=BERLIN)
    assert [x.id for x in window(datetime(2026, 12, 26), datetime(2026, 12, 27))] == [s.id]
    assert window(datetime(2026, 12, 27), datetime(2026, 12, 28)) == []


def test_unknown_schedule_and_archived_schedule(svc, yoga):
    svc.schedules.archive_schedule(yoga.id)
    with pytest.raises(ValidationError) as info:
        svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 10)})
    assert "archived" in str(info.value)


def test_working_hours_type_and_alias(svc, anna, window):
    s = svc.sessions.create_session({"schedule_id": anna.id, "type": "AVAILABILITY",
                                     "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 17)})
    assert s.type is SessionType.WORKING_HOURS
    assert window(datetime(2026, 12, 1), datetime(2026, 12, 2), type="EVENT") == []
    assert len(window(datetime(2026, 12, 1), datetime(2026, 12, 2), type="WORKING_HOURS")) == 1
    assert len(window(datetime(2026, 12, 1), datetime(2026, 12, 2))) == 1


def test_several_steps_undo_in_reverse_order_and_redo(svc, yoga):
    seen = []
    svc.subscribe(seen.append)
    s = svc.sessions.create_session({"schedule_id": yoga.id, "start": datetime(2026, 12, 1, 9),
                                     "end": datetime(2026, 12, 1, 10)})
    svc.sessions.update_session(s.id, {"title": "One"})
    svc.sessions.update_session(s.id, {"start": datetime(2026, 12, 2, 9),
                                       "end": datetime(2026, 12, 2, 10)})
    steps = list(seen)
    redos = [svc.sessions.revert_change(step) for step in reversed(steps)]
    with pytest.raises(NotFoundError):
        svc.sessions.get_session(s.id)
    for redo in reversed(redos):
        svc.sessions.revert_change(redo)
    again = svc.sessions.get_session(s.id)
    assert again.title == "One" and again.start == datetime(2026, 12, 2, 9, tzinfo=BERLIN)
    assert again.version > 3
