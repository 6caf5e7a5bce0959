"""Custom VTIMEZONEs: the same offsets as icalendar's own reading, bounded for hostile ones."""

from __future__ import annotations

import tracemalloc
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from sessions_desktop.ical import parse_calendar
from sessions_desktop.ical.custom_zone import UnreadableZone, custom_zone

OUTLOOK = """BEGIN:VTIMEZONE
TZID:W. Europe Custom
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE"""

RDATES = """BEGIN:VTIMEZONE
TZID:Listed
BEGIN:STANDARD
DTSTART:20241027T030000
RDATE:20251026T030000,20261025T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:20250330T020000
RDATE:20260329T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE"""


def component(text: str):
    return icalendar.Timezone.from_ical(text)


def hourly_instants(year: int):
    first = datetime(year, 1, 1, tzinfo=UTC)
    return [first + timedelta(hours=h) for h in range(0, 366 * 24, 7)]


@pytest.mark.parametrize("text", [OUTLOOK, RDATES])
def test_offsets_equal_icalendars_reading(text):
    ours = custom_zone(component(text), "x")
    theirs = component(text).to_tz(lookup_tzid=False)
    for moment in hourly_instants(2025) + hourly_instants(2026):
        assert moment.astimezone(ours).utcoffset() == moment.astimezone(theirs).utcoffset()
        wall = moment.astimezone(theirs).replace(tzinfo=None)
        assert wall.replace(tzinfo=ours).utcoffset() == wall.replace(tzinfo=theirs).utcoffset()


def test_outlook_zone_equals_berlin_for_decades():
    ours = custom_zone(component(OUTLOOK), "x")
    berlin = ZoneInfo("Europe/Berlin")
    for year in (1999, 2025, 2040, 2150):
        for moment in hourly_instants(year)[::5]:
            assert moment.astimezone(ours).utcoffset() == moment.astimezone(berlin).utcoffset()


def hostile(rule: str) -> str:
    return OUTLOOK.replace("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", f"RRULE:{rule}")


@pytest.mark.parametrize(("rule", "says"), [
    ("FREQ=MINUTELY", "repeats MINUTELY"),
    ("FREQ=SECONDLY;COUNT=999999999", "repeats SECONDLY"),
    ("FREQ=DAILY", "repeats DAILY"),
    ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR", "more than 24 times a year"),
])
def test_hostile_zone_rules_are_refused_without_expanding_them(rule, says):
    with pytest.raises(UnreadableZone, match=says):
        custom_zone(component(hostile(rule)), "x")


def test_a_zone_rule_that_matches_no_day_costs_nothing():
    zone = custom_zone(component(hostile("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")), "x")
    assert datetime(2025, 7, 1, tzinfo=UTC).astimezone(zone).utcoffset() == timedelta(hours=2)


def calendar_with(vtimezone: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n" +
            vtimezone.replace("\n", "\r\n") + "\r\nBEGIN:VEVENT\r\nUID:e1\r\n"
            "DTSTAMP:20250101T000000Z\r\nDTSTART;TZID=W. Europe Custom:20250715T100000\r\n"
            "DTEND;TZID=W. Europe Custom:20250715T110000\r\nSUMMARY:x\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n").encode()


def test_importing_a_minutely_vtimezone_is_bounded_and_says_so():
    tracemalloc.start()
    try:
        plan = parse_calendar(calendar_with(hostile("FREQ=MINUTELY")),
                              business_time_zone="Europe/Berlin")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(plan.items) == 1
    assert any("repeats MINUTELY" in w for w in plan.warnings)
    assert peak < 100_000_000      # it grew without bound before (hundreds of MB)
