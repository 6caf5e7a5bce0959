"""The fast lane (``ical.fast_lane``) reads plain VEVENTs as icalendar does: every file gives
the same plan either way, and the lane really takes the plain events."""

from __future__ import annotations

import pytest
from ical_helpers import CORPUS
from test_ical_bulk import generate
from test_ical_parallel import busy_bundle, tricky

from sessions_desktop.errors import ValidationError
from sessions_desktop.ical import batch, export_calendar, parse_calendar
from sessions_desktop.ical.fast_lane import read_plain

BUSINESS = "Europe/Berlin"


def _plan(data: bytes, fast: bool, monkeypatch):
    monkeypatch.setattr(batch, "FAST", fast)
    monkeypatch.setattr(batch, "PARALLEL_FROM", 10**9)
    try:
        plan = parse_calendar(data, business_time_zone=BUSINESS, partial=True)
    except ValidationError as error:
        return [(v.field, v.description) for v in error.violations]
    return ([(i.uid, i.fields, i.overrides, i.status, i.free, i.inherited, i.schedule_hint)
             for i in plan.items], plan.skipped, plan.warnings)


FILES = {path.name: path.read_bytes()
         for path in [*sorted(CORPUS.rglob("*.ics")), CORPUS / "not_ical.txt"]}
FILES.update({"generated": generate(600), "tricky": tricky(300),
              "our export": export_calendar(busy_bundle())})


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_fast_lane_reads_as_icalendar_does(name, monkeypatch):
    data = FILES[name]
    assert _plan(data, True, monkeypatch) == _plan(data, False, monkeypatch)


def test_plain_events_take_the_lane_and_others_do_not():
    plain = ("BEGIN:VEVENT\nUID:a\\,b\nDTSTART;TZID=Europe/Berlin:20250101T100000\n"
             "DTEND:20250101T110000Z\nSUMMARY:x\\, y\\nz\nCATEGORIES:a,b\n"
             "EXDATE;TZID=Europe/Berlin:20250108T100000,20250115T100000\n"
             "X-SESSIONS-TYPE:EVENT\nEND:VEVENT\n")
    event = read_plain(plain)
    assert event is not None and event["UID"] == "a,b" and event["SUMMARY"] == "x, y\nz"
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert [d.dt.day for d in event["EXDATE"].dts] == [8, 15]
    for odd in ('ATTENDEE;CN="A: B":mailto:a@example.org', "BEGIN:VALARM\nEND:VALARM",
                "URL:https://example.org", "DTSTART:2025-01-01", "X-FOO:a\\,b"):
        assert read_plain(plain.replace("SUMMARY:", odd + "\nSUMMARY:")) is None


IMPOSSIBLE = (b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\n"
              b"BEGIN:VEVENT\nUID:bad\nDTSTART:20250101T250000Z\nDTEND:20250101T260000Z\n"
              b"SUMMARY:Hour 25\nEND:VEVENT\n"
              b"BEGIN:VEVENT\nUID:feb\nDTSTART;VALUE=DATE:20250230\nSUMMARY:30 February\n"
              b"END:VEVENT\n"
              b"BEGIN:VEVENT\nUID:good\nDTSTART:20250101T100000Z\nDTEND:20250101T110000Z\n"
              b"SUMMARY:Good\nEND:VEVENT\nEND:VCALENDAR\n")


def test_an_impossible_time_is_reported_not_a_crash(monkeypatch):
    assert read_plain("BEGIN:VEVENT\nDTSTART:20251301T100000Z\nEND:VEVENT\n") is None
    plan = _plan(IMPOSSIBLE, True, monkeypatch)
    assert plan == _plan(IMPOSSIBLE, False, monkeypatch)
    items, skipped, _ = plan
    assert [uid for uid, *_ in items] == ["good"]
    assert [(s.uid, s.broken) for s in skipped] == [("bad", True), ("feb", True)]
    with pytest.raises(ValidationError):
        parse_calendar(IMPOSSIBLE, business_time_zone=BUSINESS)
