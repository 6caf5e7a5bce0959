"""Schedules and resources: create, list, update, archive; defaults; the business zone."""

from __future__ import annotations

import pytest

from sessions_desktop.domain.enums import OwnerKind, ScheduleKind
from sessions_desktop.domain.model import LinkedSchedule
from sessions_desktop.errors import ConflictError, NotFoundError, ValidationError


def test_create_service_and_resource_with_owner_kind_from_kind(svc):
    yoga = svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP", "colour": "#AA3355"})
    room = svc.schedules.create_schedule({"name": "Studio 1", "kind": "ROOM",
                                          "time_zone": "Australia/Sydney"})
    assert yoga.owner_kind is OwnerKind.SERVICE and yoga.kind is ScheduleKind.GROUP
    assert yoga.colour == "#aa3355" and yoga.time_zone == "Europe/Berlin"
    assert room.owner_kind is OwnerKind.RESOURCE and room.time_zone == "Australia/Sydney"
    assert [s.name for s in svc.schedules.list_schedules()] == ["Studio 1", "Yoga"]
    assert [s.name for s in svc.schedules.list_schedules(owner_kind=OwnerKind.RESOURCE)] == \
        ["Studio 1"]


def test_schedule_validation_lists_every_problem(svc):
    with pytest.raises(ValidationError) as info:
        svc.schedules.create_schedule({"name": "", "kind": "PARTY", "colour": "red",
                                       "time_zone": "Nowhere/Land", "capacity": -1,
                                       "linked": 3})
    assert {"name", "kind", "colour", "time_zone", "defaults.capacity", "linked"} <= \
        set(info.value.fields)
    assert svc.schedules.list_schedules() == []


def test_linked_schedules_must_exist(svc):
    with pytest.raises(ValidationError) as info:
        svc.schedules.create_schedule({"name": "Massage", "kind": "INDIVIDUAL",
                                       "affected_schedules": [LinkedSchedule("ghost")]})
    assert "defaults.affected_schedules" in info.value.fields


def test_update_with_versions_and_archive(svc):
    anna = svc.schedules.create_schedule({"name": "Anna", "kind": "STAFF"})
    renamed = svc.schedules.update_schedule(anna.id, {"name": "Anna K."},
                                            expected_version=anna.version)
    assert renamed.name == "Anna K." and renamed.version == anna.version + 1
    with pytest.raises(ConflictError):
        svc.schedules.update_schedule(anna.id, {"name": "Stale"}, expected_version=anna.version)
    archived = svc.schedules.archive_schedule(anna.id)
    assert archived.is_archived and svc.schedules.list_schedules() == []
    assert [s.id for s in svc.schedules.list_schedules(include_archived=True)] == [anna.id]
    assert not svc.schedules.archive_schedule(anna.id, archived=False).is_archived


def test_unknown_schedule_is_not_found(svc):
    with pytest.raises(NotFoundError):
        svc.schedules.get_schedule("nope")


def test_business_time_zone_is_stored_and_validated(svc, tmp_path):
    from sessions_desktop.services import open_services

    svc.ctx.set_business_zone("America/New_York")
    with pytest.raises(ValidationError):
        svc.ctx.set_business_zone("Atlantis/Capital")
    again = open_services(svc.opened_with)
    assert again.ctx.business_zone_name == "America/New_York"
    fresh = open_services(tmp_path / "fresh.sqlite3")
    assert fresh.ctx.business_zone_name  # the computer's zone (or UTC) on first open


def test_schedule_writes_can_be_undone_and_redone(svc):
    seen = []
    svc.subscribe(seen.append)
    anna = svc.schedules.create_schedule({"name": "Anna", "kind": "STAFF"})
    created = seen[-1]
    svc.schedules.update_schedule(anna.id, {"name": "Anna K.", "colour": "#112233"})
    renamed = seen[-1]
    undo = svc.sessions.revert_change(renamed)
    back = svc.schedules.get_schedule(anna.id)
    assert (back.name, back.colour) == ("Anna", anna.colour)
    assert back.version > anna.version and undo.touches_schedules
    redo = svc.sessions.revert_change(undo)
    assert svc.schedules.get_schedule(anna.id).name == "Anna K."
    other = svc.schedules.update_schedule(anna.id, {"colour": "#445566"})  # someone else
    with pytest.raises(ConflictError):
        svc.sessions.revert_change(redo)
    assert svc.schedules.get_schedule(anna.id).colour == other.colour
    svc.sessions.revert_change(seen[-1])             # their change undone: ours may follow
    svc.sessions.revert_change(redo)
    assert svc.schedules.get_schedule(anna.id).name == "Anna"
    svc.sessions.revert_change(created)
    assert anna.id not in svc.schedules.by_id()


def test_undo_of_a_schedule_creation_waits_for_its_sessions(svc):
    from datetime import datetime

    seen = []
    svc.subscribe(seen.append)
    room = svc.schedules.create_schedule({"name": "Room", "kind": "ROOM"})
    created = seen[-1]
    svc.sessions.create_session({"schedule_id": room.id, "start": datetime(2026, 12, 1, 9),
                                 "end": datetime(2026, 12, 1, 10)})
    with pytest.raises(ConflictError):
        svc.sessions.revert_change(created)
    assert room.id in svc.schedules.by_id()
    svc.sessions.revert_change(seen[-1])             # undo the session first
    redo = svc.sessions.revert_change(created)
    assert room.id not in svc.schedules.by_id()
    svc.sessions.revert_change(redo)
    assert svc.schedules.get_schedule(room.id).name == "Room"
