"""Feeds for phones and the output shape of the command line."""

from __future__ import annotations

import json
from datetime import date, timedelta

from cli_helpers import run_cli


def test_publish_writes_the_feeds_and_every_write_refreshes_them(db, studio, tmp_path):
    soon = date.today() + timedelta(days=3)        # feeds hold the weeks around today
    lesson = run_cli("create", "--json", "-", db=db, stdin=json.dumps({
        "scheduleId": studio["yoga"], "start": f"{soon}T10:00", "end": f"{soon}T11:00",
        "title": "Private", "affectedSchedules": [{"scheduleId": studio["anna"]}]}))
    assert lesson.code == 0, lesson.err
    folder = tmp_path / "feeds"
    done = run_cli("publish", "--folder", folder, db=db)
    assert done.code == 0, done.err
    assert done.json["folder"] == str(folder) and not done.json["includePi"]
    assert sorted(p.name for p in folder.iterdir()) == ["Anna.ics", "Sessions Desktop.ics"]
    anna = (folder / "Anna.ics").read_text()
    assert "SUMMARY:Private" in anna and "Single" not in anna   # what takes Anna, no more
    assert "WORKING_HOURS" not in anna                         # no working hours in a feed
    changed = run_cli("update", lesson.json["id"], "--json", "-", db=db,
                      stdin=json.dumps({"title": "Private lesson"}))
    assert changed.code == 0, changed.err
    assert "Private lesson" in (folder / "Anna.ics").read_text()
    assert run_cli("publish", "--off", db=db).json["folder"] is None
    run_cli("update", lesson.json["id"], "--json", "-", db=db, stdin=json.dumps({"title": "X"}))
    assert "Private lesson" in (folder / "Anna.ics").read_text()   # off: left alone


def test_per_staff_export_and_a_bad_combination(db, studio, tmp_path):
    done = run_cli("export", tmp_path / "staff", "--per-staff", db=db)
    assert done.code == 0, done.err
    assert [f["file"].rsplit("/", 1)[-1] for f in done.json["files"]] == [
        "Sessions Desktop.ics", "Anna.ics"]
    bad = run_cli("export", tmp_path / "x", "--per-staff", "--schedule", studio["yoga"], db=db)
    assert bad.code == 2 and bad.error_line.startswith("INVALID_ARGUMENT: ")


def test_query_output_is_compact_for_programs_and_indented_on_request(db, studio):
    compact = run_cli("query", "--from", "2025-03-03", "--to", "2025-03-10", db=db)
    assert compact.code == 0 and "\n" not in compact.out.strip() and ", " not in compact.out
    pretty = run_cli("query", "--from", "2025-03-03", "--to", "2025-03-10", "--pretty", db=db)
    assert pretty.out.startswith('{\n  "sessions"') and pretty.json == compact.json
