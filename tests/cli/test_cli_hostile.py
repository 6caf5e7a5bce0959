"""The hostile inputs found by the attack trials, as a user types them: each gives one clear
line (never INTERNAL) and changes nothing. Their time and memory are measured by
``benchmarks/hostile.py``, not here."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import run_cli

HOSTILE_VTIMEZONE = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//x//y//EN\r
BEGIN:VTIMEZONE\r
TZID:Custom Zone\r
BEGIN:STANDARD\r
DTSTART:19701025T030000\r
RRULE:FREQ=MINUTELY\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:tz-1\r
DTSTAMP:20270101T000000Z\r
DTSTART;TZID=Custom Zone:20270104T100000\r
DTEND;TZID=Custom Zone:20270104T110000\r
SUMMARY:Hello\r
END:VEVENT\r
END:VCALENDAR\r
"""


def ics(rule: str, *, all_day: bool = False) -> str:
    start = "DTSTART;VALUE=DATE:20270104" if all_day else "DTSTART:20270104T100000Z"
    end = "DTEND;VALUE=DATE:20270105" if all_day else "DTEND:20270104T110000Z"
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:h-1\r\nDTSTAMP:20270101T000000Z\r\n{start}\r\n{end}\r\nSUMMARY:x\r\n"
            f"RRULE:{rule}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def rows(db: Path) -> list:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT id, version, fields FROM session ORDER BY id").fetchall()


def session(studio: dict, **fields) -> str:
    return json.dumps({"scheduleId": studio["yoga"], "start": "2027-01-04T10:00",
                       "end": "2027-01-04T11:00", **fields})


@pytest.mark.parametrize(("fields", "says"), [
    ({"recurrence": "FREQ=SECONDLY;COUNT=999999999"},
     "recurrence: COUNT=999,999,999 is more than the 10,000 sessions one rule may make"),
    ({"title": "\ud800"}, "title: holds an unpaired surrogate (U+D800)"),
    ({"title": "a\u0000b"}, "title: holds a NUL character (U+0000)"),
    ({"notes": "x" * 20001}, "notes: is 20,001 characters long; at most 20,000"),
    ({"start": "2027-01-04", "end": "2027-01-05", "recurrence": "FREQ=HOURLY;COUNT=5"},
     "recurrence: an all-day session repeats by whole days"),
    ({"start": "0001-01-01T10:00", "end": "0001-01-01T11:00"},
     "start: 0001-01-01T10:00:00 is outside the supported years 1900 to 2200"),
    ({"start": "9999-12-31T10:00", "end": "9999-12-31T11:00"},
     "start: 9999-12-31T10:00:00 is outside the supported years 1900 to 2200"),
    ({"recurrence": "FREQ=DAILY;UNTIL=99991231T000000Z"},
     "recurrence: UNTIL 9999-12-31T00:00:00+00:00 is outside the supported years"),
    ({"recurrence": "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"},
     "recurrence: the rule gives no sessions after the start"),
])
def test_hostile_creates_give_one_line_and_change_nothing(db, studio, tmp_path, fields, says):
    before = rows(db)
    result = run_cli("create", "--json", "-", db=db, stdin=session(studio, **fields))
    assert result.code == 2
    assert result.error_line.startswith(f"INVALID_ARGUMENT: {says}")
    assert rows(db) == before


def test_a_filter_nested_a_thousand_deep_is_an_invalid_argument(db):
    deep = '{"$and":[' * 1000 + '{"title":"x"}' + "]}" * 1000
    result = run_cli("query", "--from", "2027-01-04", "--to", "2027-01-11", "--filter", deep,
                     db=db)
    assert result.code == 2 and result.error_line == "INVALID_ARGUMENT: --filter: is nested " \
                                                     "too deeply"
    forty = '{"$and":[' * 40 + '{"title":"x"}' + "]}" * 40
    result = run_cli("query", "--from", "2027-01-04", "--to", "2027-01-11", "--filter", forty,
                     db=db)
    assert result.error_line == "INVALID_ARGUMENT: filter: is nested more than 32 levels deep"


@pytest.mark.parametrize(("start", "end", "says"), [
    ("0001-01-01", "0001-01-08", "--from: 0001-01-01 is outside the supported years"),
    ("9999-01-01", "9999-12-31", "--from: 9999-01-01 is outside the supported years"),
])
def test_queries_outside_the_supported_years(db, start, end, says):
    result = run_cli("query", "--from", start, "--to", end, db=db)
    assert result.code == 2 and result.error_line.startswith(f"INVALID_ARGUMENT: {says}")


@pytest.mark.parametrize(("rule", "all_day", "says"), [
    ("FREQ=SECONDLY;COUNT=999999999", False, "COUNT=999,999,999 is more than the 10,000"),
    ("FREQ=HOURLY;COUNT=5", True, "an all-day session repeats by whole days"),
])
def test_hostile_rules_in_a_file_are_refused_per_event(db, studio, tmp_path, rule, all_day,
                                                       says):
    source = tmp_path / "hostile.ics"
    source.write_text(ics(rule, all_day=all_day))
    before = rows(db)
    result = run_cli("import", str(source), "--schedule", "Yoga", db=db)
    assert result.code == 2 and says in result.error_line
    assert "nothing was imported" in result.error_line
    assert rows(db) == before
    partial = run_cli("import", str(source), "--schedule", "Yoga", "--partial", db=db)
    assert partial.code == 0, partial.err
    report = partial.json
    assert report["created"] == 0 and says in report["skipped"][0]["reason"]


def test_a_minutely_vtimezone_is_read_with_a_note(db, tmp_path):
    source = tmp_path / "zone.ics"
    source.write_text(HOSTILE_VTIMEZONE)
    result = run_cli("import", str(source), "--schedule", "Yoga", db=db)
    assert result.code == 0, result.err
    assert result.json["created"] == 1
    assert any("repeats MINUTELY" in w for w in result.json["warnings"])


def test_ids_that_are_not_text_are_invalid_arguments(db):
    result = run_cli("get", "\udcff\udcfe", db=db)
    assert result.code == 2
    assert result.error_line.startswith("INVALID_ARGUMENT: id: holds an unpaired surrogate")


def test_a_row_saved_before_text_was_checked_still_reads_and_exports(db, studio, tmp_path):
    with sqlite3.connect(db) as con:      # as the old version stored "\ud800"
        con.execute("UPDATE session SET fields = ? WHERE id = ?",
                    ('{"title": "bad \\ud800 title"}', studio["singles"][0]))
    result = run_cli("get", studio["singles"][0], db=db)
    assert result.code == 0 and result.json["title"] == "bad \ufffd title"
    out = tmp_path / "all.ics"
    assert run_cli("export", str(out), db=db).code == 0
    assert "bad \ufffd title" in out.read_text(encoding="utf-8")
