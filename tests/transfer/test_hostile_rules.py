"""Hostile rules in an .ics (issue 10's budget, as a user imports them): FREQ=SECONDLY with a
billion instances, a VTIMEZONE that changes its offset every minute, an all-day event that
repeats hourly. An all-or-nothing import refuses the file with a message naming the event and
changes nothing; ``--partial`` keeps every good event and says why each bad one was left out.
Both stay within a runaway guard of time and memory (the benchmark, benchmarks/hostile.py,
measures them: well under a second each)."""

from __future__ import annotations

import time
import tracemalloc

import pytest
from transfer_sample import fresh

from sessions_desktop.errors import ValidationError
from sessions_desktop.ical import batch, import_
from sessions_desktop.services.transfer import import_ics

GUARD_SECONDS = 10          # a runaway guard, not a timing: the trials saw minutes
GUARD_BYTES = 100_000_000

MINUTELY_ZONE = "\r\n".join([
    "BEGIN:VTIMEZONE", "TZID:Custom Zone", "BEGIN:STANDARD", "DTSTART:19701025T030000",
    "RRULE:FREQ=MINUTELY", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE"])


def event(uid: str, start: str, end: str, summary: str, *extra: str,
          when: str = ";TZID=Europe/Berlin") -> str:
    return "\r\n".join(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20270101T000000Z",
                        f"DTSTART{when}:{start}", f"DTEND{when}:{end}", f"SUMMARY:{summary}",
                        *extra, "END:VEVENT"])


HOSTILE = [
    event("secondly", "20270104T100000Z", "20270104T110000Z", "Every second",
          "RRULE:FREQ=SECONDLY;COUNT=999999999", when=""),
    event("custom-zone", "20270105T100000", "20270105T110000", "In the custom zone",
          when=";TZID=Custom Zone"),
    event("all-day-hourly", "20270106", "20270107", "All day, hourly",
          "RRULE:FREQ=HOURLY;COUNT=5", when=";VALUE=DATE"),
]


def good_events(count: int) -> list[str]:
    singles = [event(f"good-{i}", f"2027{1 + i % 12:02}{1 + i % 28:02}T0{i % 9}0000",
                     f"2027{1 + i % 12:02}{1 + i % 28:02}T0{i % 9}4500", f"Good {i}")
               for i in range(count)]
    return [*singles, event("good-weekly", "20270104T180000", "20270104T190000", "Weekly",
                            "RRULE:FREQ=WEEKLY;COUNT=10")]


def calendar(good: list[str]) -> bytes:
    """The good events with the hostile ones among them (and the zone at the top)."""
    body = [MINUTELY_ZONE, *good[:2], HOSTILE[0], *good[2:4], HOSTILE[1], *good[4:-1],
            HOSTILE[2], good[-1]]
    text = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *body,
                        "END:VCALENDAR"]) + "\r\n"
    return text.encode()


def state(svc) -> tuple:
    run = svc.ctx.repo.database.execute
    return tuple(run(f"SELECT * FROM {table} ORDER BY 1").fetchall()
                 for table in ("session", "occurrence", "schedule", "meta"))


def guarded(call):
    tracemalloc.start()
    began = time.perf_counter()
    try:
        return call()
    finally:
        seconds = time.perf_counter() - began
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert seconds < GUARD_SECONDS and peak < GUARD_BYTES, (seconds, peak)


@pytest.fixture(params=["one process", "with workers"])
def size(request, monkeypatch) -> int:
    """A small file read here, and a larger one shared with a worker process."""
    if request.param == "one process":
        return 6
    monkeypatch.setattr(batch, "PARALLEL_FROM", 0)
    monkeypatch.setattr(batch, "worker_count", lambda: 1)
    monkeypatch.setattr(import_, "BATCH", 64)
    return 600


def test_all_or_nothing_refuses_the_file_and_changes_nothing(tmp_path, size):
    svc = fresh(tmp_path / "target.sqlite3")
    svc.schedules.create_schedule({"name": "Yoga", "kind": "GROUP"})
    before = state(svc)
    with pytest.raises(ValidationError) as refused:
        guarded(lambda: import_ics(svc, calendar(good_events(size))))
    message = str(refused.value)
    assert "Every second" in message and "COUNT=999,999,999" in message
    assert "nothing was imported" in message
    assert state(svc) == before
    svc.close()


def test_partial_keeps_every_good_event_and_says_why_the_others_stay_out(tmp_path, size):
    svc = fresh(tmp_path / "target.sqlite3")
    report = guarded(lambda: import_ics(svc, calendar(good_events(size)), partial=True))
    stored = {row[0] for row in svc.ctx.repo.database.execute("SELECT id FROM session")}
    good = {f"good-{i}" for i in range(size)} | {"good-weekly"}
    assert good <= stored and "custom-zone" in stored     # bounded: read in a fallback zone
    assert stored.isdisjoint({"secondly", "all-day-hourly"})
    assert report.created == size + 2
    reasons = {s.uid: s.reason for s in report.skipped}
    assert set(reasons) == {"secondly", "all-day-hourly"}
    assert "at most every five minutes" in reasons["secondly"]
    assert "all-day session repeats by whole days" in reasons["all-day-hourly"]
    assert any("Custom Zone" in w and "MINUTELY" in w for w in report.warnings)
    rows = svc.ctx.repo.database.execute(
        "SELECT count(*) FROM occurrence WHERE series_id = 'good-weekly'").fetchone()[0]
    assert rows == 10
    svc.close()
