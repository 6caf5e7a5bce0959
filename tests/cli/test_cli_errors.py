"""Errors: one line ``CODE: message`` on stderr, the error's exit status, never a traceback."""

from __future__ import annotations

import json

from cli_helpers import run_cli


def test_unknown_id_is_not_found(db):
    result = run_cli("get", "no-such-session", db=db)
    assert result.code == 3
    assert result.error_line == "NOT_FOUND: no session with id 'no-such-session'"
    assert result.out == ""


def test_usage_errors_exit_2_with_one_line(db):
    for args in (("bogus",), ("query", "--from", "2025-01-01"), ("query", "--limit", "0"),
                 ("slots", "--resource", "x"), ("update", "x"), ("get",),
                 ("query", "--type", "MEETING", "--from", "2025-01-01", "--to", "2025-01-02")):
        result = run_cli(*args, db=db)
        assert result.code == 2, args
        assert result.error_line.startswith("INVALID_ARGUMENT: "), args


def test_bad_dates_and_filters_are_invalid_arguments(db):
    bad_date = run_cli("query", "--from", "yesterday", "--to", "2025-01-02", db=db)
    assert bad_date.code == 2 and "--from" in bad_date.error_line
    too_long = run_cli("query", "--from", "2025-01-01", "--to", "2026-06-01", db=db)
    assert too_long.code == 2 and "one year" in too_long.error_line
    broken_filter = run_cli("query", "--from", "2025-01-01", "--to", "2025-01-02",
                            "--filter", "{scheduleId:", db=db)
    assert broken_filter.code == 2 and "--filter" in broken_filter.error_line
    unknown_field = run_cli("query", "--from", "2025-01-01", "--to", "2025-01-02",
                            "--filter", '{"colour": "red"}', db=db)
    assert unknown_field.code == 2 and "colour" in unknown_field.error_line
    bad_cursor = run_cli("query", "--cursor", "garbage", db=db)
    assert bad_cursor.code == 2 and bad_cursor.error_line.startswith("INVALID_ARGUMENT: ")


def test_missing_file_and_broken_json(db, tmp_path):
    missing = run_cli("create", "--json", tmp_path / "nope.json", db=db)
    assert missing.code == 3 and missing.error_line.startswith("NOT_FOUND: ")
    broken = tmp_path / "broken.json"
    broken.write_text('{"scheduleId": "x", ')
    result = run_cli("create", "--json", broken, db=db)
    assert result.code == 2
    assert result.error_line.startswith("INVALID_ARGUMENT: --json: ")
    assert "not valid JSON" in result.error_line
    stdin = run_cli("update", "x", "--json", "-", db=db, stdin="not json")
    assert stdin.code == 2 and "stdin" in stdin.error_line
    missing_ics = run_cli("import", tmp_path / "nope.ics", db=db)
    assert missing_ics.code == 3


def test_malformed_session_lists_every_bad_field(db, studio, tmp_path):
    body = {"scheduleId": studio["yoga"], "start": {"timestamp": "soon"},
            "end": "2025-13-01", "capacity": "many", "colour": "red", "allDay": "yes"}
    result = run_cli("create", "--json", "-", db=db, stdin=json.dumps(body))
    assert result.code == 2
    line = result.error_line
    for name in ("start.timestamp", "end", "capacity", "colour", "allDay"):
        assert name in line, (name, line)
    services_refuse = run_cli("create", "--json", "-", db=db, stdin=json.dumps({
        "scheduleId": "unknown", "start": "2025-01-01T10:00", "end": "2025-01-01T09:00"}))
    assert services_refuse.code == 2
    assert "schedule_id" in services_refuse.error_line and "end" in services_refuse.error_line


def test_damaged_and_foreign_databases_are_storage_errors(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("this is not a database\n" * 10)
    result = run_cli("schedules", db=text)
    assert result.code == 6 and result.error_line.startswith("STORAGE: ")
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    result = run_cli("schedules", db=damaged)
    assert result.code == 6 and result.error_line.startswith("STORAGE: ")
    folder = tmp_path / "folder"
    folder.mkdir()
    result = run_cli("schedules", db=folder)
    assert result.code == 6 and result.error_line.startswith("STORAGE: ")


def test_locked_database_is_a_storage_error(db):
    import sqlite3

    holder = sqlite3.connect(db, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run_cli("delete", "anything", db=db)
    finally:
        holder.rollback()
        holder.close()
    assert result.code == 6 and "locked" in result.error_line


def test_export_to_an_unwritable_place_is_an_io_error(db, tmp_path):
    result = run_cli("export", tmp_path / "no" / "such" / "dir" / "out.ics", db=db)
    assert result.code in (3, 7)
    assert result.error_line.split(":")[0] in ("NOT_FOUND", "IO_ERROR")


def test_export_needs_both_ends_of_a_range(db, tmp_path):
    result = run_cli("export", tmp_path / "x.ics", "--from", "2025-01-01", db=db)
    assert result.code == 2 and result.error_line.startswith("INVALID_ARGUMENT: ")
