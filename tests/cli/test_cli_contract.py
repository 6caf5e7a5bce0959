"""The rest of the contract through the real entry point: Wix update/delete bodies, the
definitions query, restore, cursors alone, and schedule writes; results are read back through
the services."""

from __future__ import annotations

import io
import json
from datetime import datetime

import pytest
from cli_helpers import NOW, Result, run_cli

from sessions_desktop import cli
from sessions_desktop.domain.enums import ScheduleStatus, SessionStatus
from sessions_desktop.services import open_services

NOTE = "NOTE: participants were not notified"


def services(db):
    return open_services(db, now=lambda: NOW)


def run_main(capsys, *args) -> Result:
    """The entry function in this process (for the option matrix, where a process each is
    slow)."""
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return Result(code, out, err)


# -- update and delete with Wix bodies -----------------------------------------------------
def test_update_with_the_wix_body(db, studio):
    instance = f"{studio['weekly']}_20250305T180000"
    body = {"session": {"notes": "Bring a mat", "capacity": 4},
            "participantNotification": {"notifyParticipants": True, "message": "New notes"}}
    done = run_cli("update", instance, "--json", "-", db=db, stdin=json.dumps(body))
    assert done.code == 0, done.err
    assert done.json["notes"] == "Bring a mat" and done.json["capacity"] == 4
    assert done.err.startswith(NOTE) and len(done.err.splitlines()) == 1
    reset = {"session": {}, "deleted": ["capacity"],
             "participantNotification": {"notifyParticipants": False}}
    again = run_cli("update", instance, "--json", "-", db=db, stdin=json.dumps(reset))
    assert again.code == 0, again.err
    assert again.err == ""  # nobody asked for a notification, so there is nothing to say
    with services(db) as svc:
        stored = svc.sessions.get_session(instance)
        neighbour = svc.sessions.get_session(f"{studio['weekly']}_20250310T180000")
    assert stored.notes == "Bring a mat"
    assert stored.capacity == 12 and "capacity" in stored.inherited_fields  # the schedule's
    assert neighbour.notes is None


def test_a_wrong_body_changes_nothing(db, studio):
    target = studio["singles"][0]
    with services(db) as svc:
        before = svc.sessions.get_session(target)
    body = {"session": {"title": "Never"},
            "participantNotification": {"notifyParticipants": "yes", "text": "x"}}
    refused = run_cli("update", target, "--json", "-", db=db, stdin=json.dumps(body))
    assert refused.code == 2 and refused.out == ""
    line = refused.error_line
    assert line.startswith("INVALID_ARGUMENT: ")
    assert "participantNotification.notifyParticipants: must be true or false" in line
    assert "participantNotification.text" in line
    inside = run_cli("update", target, "--json", "-", db=db, stdin=json.dumps(
        {"title": "Never", "participantNotification": {"notifyParticipants": True}}))
    assert inside.code == 2 and "goes beside the session" in inside.error_line
    with services(db) as svc:
        after = svc.sessions.get_session(target)
    assert (after.title, after.version) == (before.title, before.version)


def test_delete_with_a_notification_then_restore(db, studio, tmp_path):
    instance = f"{studio['weekly']}_20250310T180000"
    body = tmp_path / "cancel.json"
    body.write_text(json.dumps({"participantNotification": {"notifyParticipants": True,
                                                            "message": "Teacher is ill"}}))
    wrong = run_cli("delete", instance, "--json", "-", db=db,
                    stdin=json.dumps({"participantNotification": ["yes"]}))
    assert wrong.code == 2 and "participantNotification" in wrong.error_line
    with services(db) as svc:
        assert svc.sessions.get_session(instance).status is SessionStatus.CONFIRMED
    done = run_cli("delete", instance, "--json", body, db=db)
    assert done.code == 0, done.err
    assert done.json["deleted"] == instance and done.err.startswith(NOTE)
    with services(db) as svc:
        cancelled = svc.sessions.get_session(instance)
    assert cancelled.status is SessionStatus.CANCELLED
    stale = run_cli("restore", instance, "--version", cancelled.version - 1, db=db)
    assert stale.code == 4 and stale.error_line.startswith("CONFLICT: ")
    restored = run_cli("restore", instance, "--expected-version", cancelled.version, db=db)
    assert restored.code == 0, restored.err
    assert restored.json["id"] == instance and restored.json["status"] == "CONFIRMED"
    with services(db) as svc:
        assert svc.sessions.get_session(instance).status is SessionStatus.CONFIRMED
    twice = run_cli("restore", instance, db=db)
    assert twice.code == 5 and twice.error_line.startswith("FAILED_PRECONDITION: ")
    unknown = run_cli("restore", "no-such-session", db=db)
    assert unknown.code == 3


def test_restore_a_whole_series(db, studio):
    assert run_cli("delete", studio["weekly"], "--scope", "ALL", db=db).code == 0
    restored = run_cli("restore", studio["weekly"], db=db)
    assert restored.code == 0, restored.err
    assert restored.json["recurrence"].startswith("FREQ=WEEKLY")
    with services(db) as svc:
        week = svc.queries.query_sessions(datetime(2025, 3, 3), datetime(2025, 3, 10),
                                          type="EVENT")
    assert sum(s.recurring_session_id == studio["weekly"] for s in week.items) == 2


def test_the_notification_reaches_the_services(db, studio, capsys, monkeypatch):
    from sessions_desktop.services.sessions import SessionService

    seen = []
    for name in ("update_session", "delete_session"):
        real = getattr(SessionService, name)

        def spy(self, *args, _real=real, **kwargs):
            seen.append(kwargs.get("participant_notification"))
            return _real(self, *args, **kwargs)
        monkeypatch.setattr(SessionService, name, spy)
    target = studio["singles"][1]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(json.dumps(
        {"session": {"title": "Moved"}, "participantNotification": {"message": "See you"}}
    ).encode())))
    assert run_main(capsys, "--db", db, "update", target, "--json", "-").code == 0
    assert run_main(capsys, "--db", db, "delete", target).code == 0
    assert seen == [{"notify_participants": False, "message": "See you"}, None]


# -- queries --------------------------------------------------------------------------------
def test_query_definitions(db, studio):
    ten_years = ("--from", "2020-01-01", "--to", "2030-01-01")
    result = run_cli("query", "--definitions", *ten_years, "--all-pages", db=db)
    assert result.code == 0, result.err
    ids = [s["id"] for s in result.json["sessions"]]
    assert sorted(ids) == sorted([studio["weekly"], studio["hours"]])
    assert all("recurrence" in s and "recurringSessionId" not in s
               for s in result.json["sessions"])
    assert result.json["pagingMetadata"] == {"count": 2, "cursors": {"next": None},
                                             "hasNext": False}
    with services(db) as svc:
        expected = svc.queries.query_sessions(datetime(2020, 1, 1), datetime(2030, 1, 1),
                                              instances=False)
    assert sorted(ids) == sorted(s.id for s in expected.items)
    hours = run_cli("query", "--definitions", *ten_years, "--type", "WORKING_HOURS", db=db)
    assert [s["id"] for s in hours.json["sessions"]] == [studio["hours"]]
    after_weekly = run_cli("query", "--definitions", "--from", "2025-06-01", "--to",
                           "2025-07-01", db=db).json["sessions"]
    assert [s["id"] for s in after_weekly] == [studio["hours"]]  # COUNT=8 ended in March
    paged = run_cli("query", "--definitions", *ten_years, "--limit", "1", db=db)
    assert paged.code == 2 and "--limit" in paged.error_line


@pytest.mark.parametrize("extra", [
    ("--from", "2025-03-03"), ("--to", "2025-03-10"), ("--type", "EVENT"),
    ("--filter", '{"title": "x"}'), ("--fieldsets", "ALL_PI"), ("--include-cancelled",),
    ("--definitions",)])
def test_a_cursor_comes_alone(db, studio, capsys, extra):
    first = run_main(capsys, "--db", db, "query", "--from", "2025-03-03", "--to", "2025-03-10",
                     "--limit", "2")
    cursor = first.json["pagingMetadata"]["cursors"]["next"]
    refused = run_main(capsys, "--db", db, "query", "--cursor", cursor, *extra)
    assert refused.code == 2 and refused.out == ""
    assert refused.error_line.startswith("INVALID_ARGUMENT: query: --cursor ")
    assert extra[0] in refused.error_line
    alone = run_main(capsys, "--db", db, "query", "--cursor", cursor, "--limit", "3")
    assert alone.code == 0, alone.err
    assert alone.json["pagingMetadata"]["count"] == 3


# -- schedules ------------------------------------------------------------------------------
def test_schedules_create_update_archive(db, studio):
    body = {"name": "Pilates", "kind": "GROUP", "timeZone": "Europe/Lisbon",
            "colour": "#2A9D8F", "defaultDurationMinutes": 50,
            "defaults": {"title": "Pilates", "capacity": 10,
                         "affectedSchedules": [{"scheduleId": studio["anna"]}]}}
    made = run_cli("schedules", "create", "--json", "-", db=db, stdin=json.dumps(body))
    assert made.code == 0, made.err
    pilates = made.json
    assert pilates["colour"] == "#2a9d8f" and pilates["version"] == 1
    assert pilates["defaults"]["affectedSchedules"] == [{"scheduleId": studio["anna"],
                                                         "transparency": "BUSY"}]
    with services(db) as svc:
        stored = svc.schedules.get_schedule(pilates["id"])
    assert (stored.name, stored.time_zone, stored.default_duration_minutes,
            stored.defaults.capacity) == ("Pilates", "Europe/Lisbon", 50, 10)
    listed = run_cli("schedules", db=db).json["schedules"]
    assert next(s for s in listed if s["id"] == pilates["id"]) == pilates
    # what 'schedules' prints can be edited and sent back
    edited = {**pilates, "name": "Mat Pilates", "defaults": {**pilates["defaults"],
                                                             "capacity": None}}
    changed = run_cli("schedules", "update", pilates["id"], "--json", "-",
                      "--expected-version", "1", db=db, stdin=json.dumps(edited))
    assert changed.code == 0, changed.err
    assert changed.json["name"] == "Mat Pilates" and changed.json["version"] == 2
    assert "capacity" not in changed.json["defaults"]
    stale = run_cli("schedules", "update", pilates["id"], "--json", "-",
                    "--expected-version", "1", db=db, stdin='{"name": "Late"}')
    assert stale.code == 4 and stale.error_line.startswith("CONFLICT: ")
    archived = run_cli("schedules", "archive", pilates["id"], db=db)
    assert archived.code == 0 and archived.json["status"] == "ARCHIVED"
    with services(db) as svc:
        stored = svc.schedules.get_schedule(pilates["id"])
    assert (stored.name, stored.status, stored.defaults.capacity) == \
        ("Mat Pilates", ScheduleStatus.ARCHIVED, None)
    assert pilates["id"] not in [s["id"] for s in run_cli("schedules", db=db).json["schedules"]]
    for listing in (("schedules", "--include-archived"),
                    ("schedules", "list", "--include-archived")):
        assert pilates["id"] in [s["id"] for s in run_cli(*listing, db=db).json["schedules"]]
    back = run_cli("schedules", "unarchive", pilates["id"], "--expected-version", "3", db=db)
    assert back.code == 0 and back.json["status"] == "ACTIVE"


def test_schedule_writes_refuse_bad_input_and_change_nothing(db, studio):
    with services(db) as svc:
        before = [(s.id, s.version) for s in svc.schedules.list_schedules()]
    bad = run_cli("schedules", "create", "--json", "-", db=db, stdin=json.dumps(
        {"name": "X", "kind": "GROUP", "timeZone": "Mars/Olympus", "colour": "red",
         "defaultDurationMinutes": 0}))
    assert bad.code == 2
    for name in ("timeZone", "colour", "defaultDurationMinutes"):
        assert f"{name}: " in bad.error_line, name
    shape = run_cli("schedules", "create", "--json", "-", db=db, stdin=json.dumps(
        {"name": "X", "kind": "GROUP", "size": 3, "defaults": {"notes": "n"}}))
    assert shape.code == 2 and "size" in shape.error_line and "defaults.notes" in shape.error_line
    duplicate = run_cli("schedules", "create", "--json", "-", db=db, stdin=json.dumps(
        {"id": studio["yoga"], "name": "Copy", "kind": "GROUP"}))
    assert duplicate.code == 2 and "exists" in duplicate.error_line
    other_id = run_cli("schedules", "update", studio["yoga"], "--json", "-", db=db,
                       stdin=json.dumps({"id": studio["anna"], "name": "Swap"}))
    assert other_id.code == 2 and other_id.error_line.startswith("INVALID_ARGUMENT: id: ")
    unknown = run_cli("schedules", "archive", "no-such-schedule", db=db)
    assert unknown.code == 3 and unknown.error_line.startswith("NOT_FOUND: ")
    missing = run_cli("schedules", "update", studio["yoga"], db=db)
    assert missing.code == 2 and "--json" in missing.error_line
    with services(db) as svc:
        assert [(s.id, s.version) for s in svc.schedules.list_schedules()] == before
