"""Our expansion equals an independent oracle (recurring-ical-events) on generated rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from hypothesis import event, given, settings
from hypothesis import strategies as st

from sessions_desktop.domain.recurrence import SeriesTiming, occurrences, parse_rule

ZONES = ["Europe/Berlin", "Australia/Sydney", "America/New_York", "UTC", "Asia/Kolkata"]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@st.composite
def rules(draw):
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
    parts = [f"FREQ={freq}", f"INTERVAL={draw(st.integers(1, 3))}"]
    if freq == "WEEKLY" and draw(st.booleans()):
        parts.append("BYDAY=" + ",".join(draw(st.lists(st.sampled_from(DAYS), min_size=1,
                                                         max_size=3, unique=True))))
    if freq == "MONTHLY":
        choice = draw(st.sampled_from(["nth", "day", "last", "plain"]))
        if choice == "nth":
            parts.append(f"BYDAY={draw(st.sampled_from([1, 2, 3, 4, -1]))}"
                         f"{draw(st.sampled_from(DAYS))}")
        elif choice == "day":
            parts.append(f"BYMONTHDAY={draw(st.integers(1, 28))}")
        elif choice == "last":
            parts.append(f"BYDAY={draw(st.sampled_from(DAYS))};BYSETPOS=-1")
    if draw(st.booleans()):
        parts.append(f"COUNT={draw(st.integers(1, 60))}")
    return ";".join(parts)


def oracle(rule: str, start: datetime, duration: timedelta, tz: ZoneInfo,
           lo: datetime, hi: datetime) -> list[datetime]:
    cal = icalendar.Calendar()
    event = icalendar.Event()
    event.add("uid", "x")
    event.add("dtstart", start.replace(tzinfo=tz))
    event.add("dtend", (start + duration).replace(tzinfo=tz))
    event.add("rrule", icalendar.vRecur.from_ical(rule))
    cal.add_component(event)
    found = recurring_ical_events.of(cal).between(lo, hi)
    return sorted(e["DTSTART"].dt.astimezone(UTC) for e in found)


@settings(max_examples=150, deadline=None)
@given(rule=rules(), zone=st.sampled_from(ZONES),
       start=st.datetimes(min_value=datetime(2015, 1, 1), max_value=datetime(2027, 1, 1)),
       hours=st.integers(1, 3), offset_days=st.integers(0, 3000), span=st.integers(1, 60))
def test_expansion_matches_recurring_ical_events(rule, zone, start, hours, offset_days, span):
    tz = ZoneInfo(zone)
    start = start.replace(second=0, microsecond=0, minute=start.minute // 15 * 15)
    parsed = parse_rule(rule)
    timing = SeriesTiming(parsed, start, timedelta(hours=hours), tz)
    # RFC 5545 counts DTSTART as an instance; the contract (and dateutil) only a matching slot.
    # Anchor DTSTART on its own first slot so both readings agree.
    first = next(iter(occurrences(timing, start.replace(tzinfo=tz) - timedelta(days=1),
                                  start.replace(tzinfo=tz) + timedelta(days=800))), None)
    if first is None:
        return
    anchored = SeriesTiming(parsed, first[0], timedelta(hours=hours), tz)
    lo = (first[0] + timedelta(days=offset_days)).replace(tzinfo=tz).astimezone(UTC)
    hi = lo + timedelta(days=span)
    ours = [s.astimezone(UTC) for _, s, _ in occurrences(anchored, lo, hi)]
    theirs = oracle(rule, first[0], timedelta(hours=hours), tz, lo, hi)
    event("has instances" if ours else "empty window")
    assert ours == theirs


def test_first_slot_skips_excluded_dates():
    from sessions_desktop.domain.recurrence import first_slot

    tz = ZoneInfo("Europe/Berlin")
    start = datetime(2027, 1, 4, 9)
    timing = SeriesTiming(parse_rule("FREQ=WEEKLY;COUNT=3"), start, timedelta(hours=1), tz,
                          exdates=frozenset({start}))
    assert first_slot(timing) == datetime(2027, 1, 11, 9)
    only = SeriesTiming(parse_rule("FREQ=WEEKLY;COUNT=1"), start, timedelta(hours=1), tz,
                        exdates=frozenset({start}))
    assert first_slot(only) is None
