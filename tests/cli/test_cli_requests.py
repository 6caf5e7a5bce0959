"""The Wix request bodies of update and delete, and schedules in JSON (in-process)."""

from __future__ import annotations

import json

import pytest

from sessions_desktop.cli_commands.inputs import MAX_JSON_BYTES, read_json
from sessions_desktop.cli_commands.requests import MAX_MESSAGE, delete_request, update_request
from sessions_desktop.cli_commands.schedule_wire import (
    in_wire_names,
    schedule_fields_from_wire,
)
from sessions_desktop.errors import ValidationError


def fields_of(caught) -> set[str]:
    return set(caught.value.fields)


def test_a_bare_session_is_the_patch():
    request = update_request({"title": "T", "id": "s1"}, "s1")
    assert request.session == {"title": "T"} and request.notification is None


def test_the_wix_envelope_gives_patch_and_notification():
    request = update_request({"session": {"notes": "n"}, "participantNotification": {
        "notifyParticipants": True, "message": "Moved to room 2"}}, "s1")
    assert request.session == {"notes": "n"}
    assert request.notification == {"notify_participants": True, "message": "Moved to room 2"}
    quiet = update_request({"session": {}, "participantNotification": {}}, "s1")
    assert quiet.notification == {"notify_participants": False, "message": None}


def test_deprecated_notify_participants_and_field_masks():
    request = update_request({"session": {"title": "T", "notes": "n", "tags": ["a"]},
                              "notifyParticipants": True, "updated": "title,tags",
                              "deleted": {"paths": ["capacity", "affectedSchedules"]}}, "s1")
    assert request.session == {"title": "T", "tags": ["a"], "capacity": None,
                               "affectedSchedules": None}
    assert request.notification == {"notify_participants": True, "message": None}


@pytest.mark.parametrize(("body", "fields"), [
    ({"session": {}, "participantNotification": "yes"}, {"participantNotification"}),
    ({"session": {}, "participantNotification": {"notifyParticipants": "yes", "msg": "x"}},
     {"participantNotification.notifyParticipants", "participantNotification.msg"}),
    ({"session": {}, "participantNotification": {"message": 5}},
     {"participantNotification.message"}),
    ({"session": {}, "participantNotification": {"message": "x" * (MAX_MESSAGE + 1)}},
     {"participantNotification.message"}),
    ({"session": {}, "notifyParticipants": False,
      "participantNotification": {"notifyParticipants": True}}, {"notifyParticipants"}),
    ({"session": [], "extra": 1}, {"session", "extra"}),
    ({"title": "T", "participantNotification": {}}, {"participantNotification"}),
    ({"session": {"id": "other"}}, {"session.id"}),
    ({"session": {"title": "T"}, "deleted": ["title"]}, {"deleted"}),
    ({"session": {}, "deleted": ["start", "location.address"]}, {"deleted"}),
    ({"session": {"title": "T"}, "updated": ["notes"]}, {"updated"}),
    ({"session": {}, "updated": 5}, {"updated"}),
])
def test_wrong_shapes_name_every_bad_field(body, fields):
    with pytest.raises(ValidationError) as caught:
        update_request(body, "s1")
    assert fields_of(caught) == fields


def test_nested_mask_paths_are_refused_once():
    with pytest.raises(ValidationError) as caught:
        update_request({"session": {}, "deleted": ["location.address"]}, "s1")
    assert len(caught.value.violations) == 1
    assert "location.address" in str(caught.value)


def test_not_an_object_is_refused():
    for body in ([], "x", None):
        with pytest.raises(ValidationError):
            update_request(body, "s1")
        with pytest.raises(ValidationError):
            delete_request(body)


def test_delete_body():
    assert delete_request({}) is None
    assert delete_request({"participantNotification": {"notifyParticipants": True,
                                                       "message": "Sorry"}}) == \
        {"notify_participants": True, "message": "Sorry"}
    assert delete_request({"notifyParticipants": False}) == \
        {"notify_participants": False, "message": None}
    with pytest.raises(ValidationError) as caught:
        delete_request({"session": {}, "participantNotification": {"notify": True}})
    assert fields_of(caught) == {"session", "participantNotification.notify"}


def test_schedule_json_in_the_printed_shape():
    values = schedule_fields_from_wire({
        "schedule": {"id": "yoga", "name": "Yoga", "kind": "GROUP", "ownerKind": "SERVICE",
                     "timeZone": "Europe/Berlin", "colour": "#123456",
                     "defaultDurationMinutes": 45, "status": "ACTIVE", "version": 3,
                     "defaults": {"capacity": 8, "timeReservedAfter": 10,
                                  "affectedSchedules": [{"scheduleId": "anna"}]}}})
    assert values == {"id": "yoga", "name": "Yoga", "kind": "GROUP", "owner_kind": "SERVICE",
                      "time_zone": "Europe/Berlin", "colour": "#123456",
                      "default_duration_minutes": 45,
                      "defaults": {"capacity": 8, "time_reserved_after": 10,
                                   "affected_schedules": [{"scheduleId": "anna"}]}}
    assert schedule_fields_from_wire({"id": "yoga", "name": "Y"}, schedule_id="yoga") == \
        {"name": "Y"}


def test_schedule_json_errors_and_service_errors_in_wire_names():
    with pytest.raises(ValidationError) as caught:
        schedule_fields_from_wire({"id": "other", "colour": "red", "size": 3,
                                   "defaults": {"notes": "x"}}, schedule_id="yoga")
    assert fields_of(caught) == {"id", "size", "defaults.notes"}
    with pytest.raises(ValidationError):
        schedule_fields_from_wire(["not", "an", "object"])
    with pytest.raises(ValidationError):
        schedule_fields_from_wire({"defaults": []})
    service_error = ValidationError("x", field="time_zone")
    assert in_wire_names(service_error).fields == ("timeZone",)
    nested = ValidationError("x", field="defaults.affected_schedules")
    assert in_wire_names(nested).fields == ("defaults.affectedSchedules",)


def test_json_bodies_are_bounded_and_must_be_utf8(tmp_path):
    fine = tmp_path / "fine.json"
    fine.write_bytes(b"\xef\xbb\xbf" + json.dumps({"title": "caf\u00e9"}).encode())  # BOM
    assert read_json(str(fine)) == {"title": "caf\u00e9"}
    huge = tmp_path / "huge.json"
    huge.write_bytes(b'"' + b"x" * MAX_JSON_BYTES + b'"')
    with pytest.raises(ValidationError) as caught:
        read_json(str(huge))
    assert caught.value.fields == ("--json",) and "larger than 16 MB" in str(caught.value)
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"title": "caf\u00e9"}'.encode("latin-1"))
    with pytest.raises(ValidationError) as caught:
        read_json(str(latin))
    assert "not UTF-8" in str(caught.value)
