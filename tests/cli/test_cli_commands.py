"""Each subcommand through the real entry point: output shapes, paging, writes."""

from __future__ import annotations

import json

import pytest
from cli_helpers import environment, run_cli

SUBCOMMANDS = ("import", "export", "query", "get", "list", "create", "update", "delete",
               "restore", "schedules", "slots")
SCHEDULE_ACTIONS = ("list", "create", "update", "archive", "unarchive")
WEEK = ("--from", "2025-03-03", "--to", "2025-03-10")


def test_every_subcommand_has_help():
    for name in SUBCOMMANDS:
        result = run_cli(name, "--help")
        assert result.code == 0, (name, result.err)
        assert result.out.startswith(f"usage: sessions-desktop {name}")
    top = run_cli("--help")
    assert top.code == 0 and all(name in top.out for name in SUBCOMMANDS)
    schedules = run_cli("schedules", "--help").out
    assert all(action in schedules for action in SCHEDULE_ACTIONS)
    for action in SCHEDULE_ACTIONS:
        result = run_cli("schedules", action, "--help")
        assert result.code == 0, (action, result.err)
        assert result.out.startswith(f"usage: sessions-desktop schedules {action}")


def test_query_prints_wix_shape(db, studio):
    result = run_cli("query", *WEEK, "--type", "EVENT", db=db)
    assert result.code == 0, result.err
    data = result.json
    assert set(data) == {"sessions", "pagingMetadata"}
    assert data["pagingMetadata"] == {"count": len(data["sessions"]), "cursors": {"next": None},
                                      "hasNext": False}
    first = data["sessions"][0]
    assert first["id"] == studio["singles"][0]
    assert first["start"] == {"timestamp": "2025-03-03T08:00:00Z",
                              "localDateTime": {"year": 2025, "monthOfYear": 3, "dayOfMonth": 3,
                                                "hourOfDay": 9, "minutesOfHour": 0},
                              "timeZone": "Europe/Berlin"}
    for key in ("scheduleId", "type", "title", "tags", "allDay", "status", "inheritedFields",
                "version"):
        assert key in first
    instance = next(s for s in data["sessions"] if s.get("recurringSessionId"))
    assert instance["recurringSessionId"] == studio["weekly"]
    assert instance["instanceOfRecurrence"].startswith("FREQ=WEEKLY")
    assert "originalStart" in instance
    assert all(s["type"] == "EVENT" for s in data["sessions"])
    assert "participants" not in first  # NO_PI by default
    with_pi = run_cli("query", *WEEK, "--fieldsets", "ALL_PI", "--limit", "1", db=db).json
    assert "participants" in with_pi["sessions"][0]


def test_query_pages_with_cursor_and_all_pages(db, studio):
    everything = run_cli("query", *WEEK, db=db).json["sessions"]
    assert len(everything) > 5
    first = run_cli("query", *WEEK, "--limit", "2", db=db).json
    assert first["pagingMetadata"]["hasNext"] is True
    cursor = first["pagingMetadata"]["cursors"]["next"]
    second = run_cli("query", "--cursor", cursor, db=db).json
    assert [s["id"] for s in first["sessions"] + second["sessions"]] == \
        [s["id"] for s in everything[:4]]
    pages = run_cli("query", *WEEK, "--limit", "2", "--all-pages", db=db).json
    assert [s["id"] for s in pages["sessions"]] == [s["id"] for s in everything]
    assert pages["pagingMetadata"] == {"count": len(everything), "cursors": {"next": None},
                                       "hasNext": False}


def test_query_filter_and_dates_with_offsets(db, studio):
    flt = json.dumps({"scheduleId": studio["anna"]})
    hours = run_cli("query", "--from", "2025-03-03T00:00+01:00", "--to", "2025-03-04T00:00Z",
                    "--filter", flt, db=db).json["sessions"]
    assert [s["type"] for s in hours] == ["WORKING_HOURS"]
    # Without an offset a time means the business zone (Berlin): the 09:00-10:00 single ends
    # exactly when this window starts, so it is not in it (half-open windows).
    later = run_cli("query", "--from", "2025-03-03T10:00", "--to", "2025-03-03T12:00",
                    "--type", "EVENT", db=db).json["sessions"]
    assert studio["singles"][0] not in [s["id"] for s in later]


def test_get_and_list(db, studio):
    single = run_cli("get", studio["singles"][1], db=db)
    assert single.code == 0 and single.json["title"] == "Single 4"
    series = run_cli("get", studio["weekly"], db=db).json
    assert series["recurrence"].startswith("FREQ=WEEKLY")
    listed = run_cli("list", studio["singles"][2], "nope", studio["singles"][0], db=db).json
    assert [s["id"] for s in listed["sessions"]] == [studio["singles"][2], studio["singles"][0]]


def test_create_from_file_and_stdin(db, studio, tmp_path):
    body = {"scheduleId": studio["yoga"], "title": "Workshop", "tags": ["special"],
            "start": {"localDateTime": {"year": 2025, "monthOfYear": 4, "dayOfMonth": 1,
                                        "hourOfDay": 14, "minutesOfHour": 30},
                      "timeZone": "Europe/Berlin"},
            "end": {"localDateTime": {"year": 2025, "monthOfYear": 4, "dayOfMonth": 1,
                                      "hourOfDay": 16, "minutesOfHour": 0},
                    "timeZone": "Europe/Berlin"}}   # Wix: both of one kind
    path = tmp_path / "session.json"
    path.write_text(json.dumps(body))
    made = run_cli("create", "--json", path, db=db)
    assert made.code == 0, made.err
    session = made.json
    assert session["title"] == "Workshop" and session["tags"] == ["special"]
    assert session["start"]["timestamp"] == "2025-04-01T12:30:00Z"
    assert session["end"]["localDateTime"]["hourOfDay"] == 16
    fetched = run_cli("get", session["id"], db=db).json
    assert fetched["title"] == "Workshop"
    piped = run_cli("create", "--json", "-", db=db, stdin=json.dumps({
        "scheduleId": studio["yoga"], "start": "2025-04-02", "end": "2025-04-03"}))
    assert piped.code == 0, piped.err
    assert piped.json["allDay"] is True and piped.json["title"] == "Yoga class"


def test_update_scope_and_expected_version(db, studio, tmp_path):
    patch = tmp_path / "patch.json"
    patch.write_text(json.dumps({"title": "Renamed"}))
    target = studio["singles"][0]
    version = run_cli("get", target, db=db).json["version"]
    done = run_cli("update", target, "--json", patch, "--expected-version", version, db=db)
    assert done.code == 0, done.err
    assert done.json["title"] == "Renamed" and done.json["version"] == version + 1
    stale = run_cli("update", target, "--json", patch, "--expected-version", version, db=db)
    assert stale.code == 4 and stale.error_line.startswith("CONFLICT: ")
    instance = f"{studio['weekly']}_20250305T180000"
    moved = run_cli("update", instance, "--json", "-", "--scope", "THIS", db=db,
                    stdin=json.dumps({"title": "Just this one"}))
    assert moved.code == 0, moved.err
    assert moved.json["title"] == "Just this one"
    assert run_cli("get", f"{studio['weekly']}_20250310T180000", db=db).json["title"] == \
        "Evening flow"


def test_delete_hides_and_include_cancelled_shows(db, studio):
    target = studio["singles"][2]
    done = run_cli("delete", target, db=db)
    assert done.code == 0, done.err
    assert done.json["deleted"] == target
    ids = [s["id"] for s in run_cli("query", *WEEK, "--all-pages", db=db).json["sessions"]]
    assert target not in ids
    shown = run_cli("query", *WEEK, "--all-pages", "--include-cancelled", db=db).json
    assert {s["id"]: s["status"] for s in shown["sessions"]}[target] == "CANCELLED"
    again = run_cli("delete", target, db=db)
    assert again.code == 5 and again.error_line.startswith("FAILED_PRECONDITION: ")
    instance = f"{studio['weekly']}_20250305T180000"
    assert run_cli("delete", instance, "--scope", "THIS", db=db).code == 0


def test_schedules_lists_json(db, studio):
    data = run_cli("schedules", db=db).json
    by_name = {s["name"]: s for s in data["schedules"]}
    assert by_name["Yoga"]["id"] == studio["yoga"]
    assert by_name["Yoga"]["kind"] == "GROUP" and by_name["Anna"]["ownerKind"] == "RESOURCE"
    assert by_name["Yoga"]["defaults"]["capacity"] == 12
    assert by_name["Yoga"]["timeZone"] == "Europe/Berlin"


def test_slots_are_working_hours_minus_busy(db, studio):
    result = run_cli("slots", "--resource", studio["anna"], "--duration", "60",
                     "--from", "2025-03-04", "--to", "2025-03-05", db=db)
    assert result.code == 0, result.err
    starts = [s["start"]["localDateTime"]["hourOfDay"] for s in result.json["slots"]]
    assert starts == [8, 9, 11, 12, 13, 14, 15]   # 08-16 minus the 10-11 private session
    assert result.json["slots"][0]["resourceId"] == studio["anna"]


def test_database_from_environment_variable(db, studio):
    result = run_cli("get", studio["weekly"], env=environment(SESSIONS_DESKTOP_DB=str(db)))
    assert result.code == 0 and result.json["id"] == studio["weekly"]


def test_no_arguments_opens_the_window(monkeypatch):
    import sys
    import types

    from sessions_desktop import cli

    seen = []
    fake = types.ModuleType("sessions_desktop.app")
    fake.main = lambda argv: seen.append(argv) or 0
    monkeypatch.setitem(sys.modules, "sessions_desktop.app", fake)
    import sessions_desktop

    monkeypatch.setattr(sessions_desktop, "app", fake, raising=False)
    assert cli.main([]) == 0
    assert cli.main(["--db", "x.sqlite3"]) == 0
    assert seen == [[], ["--db", "x.sqlite3"]]


@pytest.mark.parametrize("args", [("query", "--help"), ("slots", "--help")])
def test_help_exits_zero_without_a_database(args, tmp_path):
    result = run_cli(*args, db=tmp_path / "never-created.sqlite3")
    assert result.code == 0
    assert not (tmp_path / "never-created.sqlite3").exists()
