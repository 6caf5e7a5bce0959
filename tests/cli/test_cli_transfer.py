"""import and export through the command line."""

from __future__ import annotations

import sys
from pathlib import Path

from cli_helpers import run_cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "transfer"))
from transfer_sample import build_sample, components, fresh

BROKEN = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
          b"BEGIN:VEVENT\r\nUID:good@x\r\nDTSTAMP:20250101T000000Z\r\n"
          b"DTSTART:20250303T090000Z\r\nDTEND:20250303T100000Z\r\nSUMMARY:Good\r\nEND:VEVENT\r\n"
          b"BEGIN:VEVENT\r\nUID:bad@x\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
          b"END:VCALENDAR\r\n")


def test_export_import_export_round_trip(tmp_path):
    source = tmp_path / "source.sqlite3"
    svc = fresh(source)
    ids = build_sample(svc)
    svc.close()
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    exported = run_cli("export", first, "--include-working-hours", "--include-time-off",
                       db=source)
    assert exported.code == 0, exported.err
    assert exported.json["recurringSessions"] == 4 and exported.json["singleSessions"] == 2
    empty = tmp_path / "empty.sqlite3"
    imported = run_cli("import", first, db=empty)
    assert imported.code == 0, imported.err
    assert imported.json["created"] == 6 and imported.json["skipped"] == []
    assert run_cli("export", second, "--include-working-hours", "--include-time-off",
                   db=empty).code == 0
    assert components(first.read_bytes()) == components(second.read_bytes())
    again = run_cli("import", first, db=empty)
    assert again.json["created"] == 0 and again.json["updated"] == 6
    week = run_cli("query", "--from", "2025-03-17", "--to", "2025-03-24", "--all-pages",
                   db=empty).json
    titles = [s["title"] for s in week["sessions"] if s.get("recurringSessionId") ==
              ids["weekly"]]
    assert titles == ["Moved flow", "Evening flow"]


def test_export_to_stdout_with_range_schedule_and_pi(tmp_path):
    source = tmp_path / "source.sqlite3"
    svc = fresh(source)
    ids = build_sample(svc)
    svc.close()
    out = run_cli("export", "-", "--from", "2025-03-01", "--to", "2025-03-08",
                  "--schedule", ids["yoga"], "--include-pi", db=source)
    assert out.code == 0, out.err
    assert out.out.startswith("BEGIN:VCALENDAR")
    uids = {uid for uid, _ in components(out.out.encode())}
    assert ids["single"] in uids and ids["hours"] not in uids
    assert "ATTENDEE" in out.out
    unknown = run_cli("export", "-", "--schedule", "nope", db=source)
    assert unknown.code == 3 and unknown.error_line.startswith("NOT_FOUND: ")


def test_broken_file_all_or_nothing_then_partial(tmp_path):
    path = tmp_path / "broken.ics"
    path.write_bytes(BROKEN)
    db = tmp_path / "db.sqlite3"
    refused = run_cli("import", path, db=db)
    assert refused.code == 2
    assert refused.error_line.startswith("INVALID_ARGUMENT: ") and "bad@x" in refused.error_line
    assert run_cli("schedules", db=db).json == {"schedules": []}
    partial = run_cli("import", path, "--partial", "--schedule", "Rescued", db=db)
    assert partial.code == 0, partial.err
    assert partial.json["created"] == 1
    assert [s["uid"] for s in partial.json["skipped"]] == ["bad@x"]
    assert partial.json["createdSchedules"] == ["Rescued"]
    assert [s["name"] for s in run_cli("schedules", db=db).json["schedules"]] == ["Rescued"]


def test_not_an_icalendar_file(tmp_path):
    path = tmp_path / "photo.ics"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = run_cli("import", path, db=tmp_path / "db.sqlite3")
    assert result.code == 2 and result.error_line.startswith("INVALID_ARGUMENT: ")
