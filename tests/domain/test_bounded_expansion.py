"""Bounded expansion gives exactly dateutil's instances, and never runs away.

The frame (dateutil run 7,600 years later) and the day-by-day expansion of sub-daily rules are
checked against plain dateutil from DTSTART on generated rules; hostile rules (no matching day,
an impossible clock) come back empty or refused instead of searching until year 9999.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil import rrule as du
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sessions_desktop.domain.limits import ExpansionBudget, ExpansionLimitError
from sessions_desktop.domain.recurrence import (
    SeriesTiming,
    first_slot,
    last_slot,
    local_slots,
    parse_rule,
    rule_count_before,
)
from sessions_desktop.domain.rrule_frame import set_positions_can_match
from sessions_desktop.domain.rule_limits import rule_limit_problems, sessions_per_day
from sessions_desktop.errors import ValidationError

UTC_ZONE = ZoneInfo("UTC")
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def plain(rule_text: str, start: datetime, lo: datetime, hi: datetime) -> list[datetime]:
    """dateutil itself, from DTSTART, no frame, no seeking: the reference."""
    rule = du.rrulestr(f"RRULE:{rule_text}", dtstart=start, cache=False)
    return [d for d in rule.between(lo, hi, inc=True)]


def timing(rule_text: str, start: datetime) -> SeriesTiming:
    return SeriesTiming(parse_rule(rule_text), start, timedelta(minutes=30), UTC_ZONE)


@st.composite
def sub_daily_rules(draw):
    freq = draw(st.sampled_from(["HOURLY", "MINUTELY", "SECONDLY"]))
    interval = {"HOURLY": st.integers(1, 30) | st.integers(25, 100),
                "MINUTELY": st.integers(5, 200) | st.integers(1400, 4000),
                "SECONDLY": st.integers(300, 9000) | st.integers(86_000, 200_000)}[freq]
    parts = [f"FREQ={freq}", f"INTERVAL={draw(interval)}"]
    if draw(st.booleans()):
        parts.append("BYHOUR=" + ",".join(map(str, draw(st.lists(
            st.integers(0, 23), min_size=1, max_size=4, unique=True)))))
    if freq != "SECONDLY" and draw(st.booleans()):
        parts.append("BYMINUTE=" + ",".join(map(str, draw(st.lists(
            st.integers(0, 59), min_size=1, max_size=3, unique=True)))))
    if draw(st.booleans()):
        parts.append("BYDAY=" + ",".join(draw(st.lists(st.sampled_from(DAYS), min_size=1,
                                                         max_size=3, unique=True))))
    if draw(st.booleans()):
        parts.append(f"BYMONTHDAY={draw(st.sampled_from([1, 13, 28, 29, 31, -1]))}")
    if draw(st.booleans()):
        parts.append(f"COUNT={draw(st.integers(1, 80))}")
    return ";".join(parts)


@settings(max_examples=120, deadline=None)
@given(rule=sub_daily_rules(),
       start=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 1, 1)),
       offset_hours=st.integers(0, 24 * 60), span_hours=st.integers(1, 24 * 30))
@example(rule="FREQ=HOURLY;INTERVAL=42;BYHOUR=1;BYDAY=MO", start=datetime(2024, 1, 2),
         offset_hours=0, span_hours=1)    # dateutil: empty; we: no slot
def test_sub_daily_day_by_day_equals_dateutil(rule, start, offset_hours, span_hours):
    start = start.replace(microsecond=0)
    lo = start + timedelta(hours=offset_hours)
    hi = lo + timedelta(hours=span_hours)
    try:
        expected = plain(rule, start, lo, hi)
    except (ValueError, TypeError):     # dateutil refuses an impossible clock...
        try:        # ...and so does validation: first_slot refuses it, or finds no slot,
            found = first_slot(timing(rule, start))   # which creating refuses ("gives no
        except ValidationError:                       # sessions after the start")
            return
        assert found is None, f"dateutil finds {rule!r} empty; we found {found}"
        return
    assert list(local_slots(timing(rule, start), lo, hi)) == expected


@settings(max_examples=100, deadline=None)
@given(freq=st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]),
       interval=st.integers(1, 4), byday=st.lists(st.sampled_from(DAYS), max_size=3,
                                                  unique=True),
       count=st.none() | st.integers(1, 40),
       start=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2030, 1, 1)),
       offset_days=st.integers(0, 4000), span_days=st.integers(1, 400))
def test_framed_rules_equal_dateutil(freq, interval, byday, count, start, offset_days,
                                     span_days):
    start = start.replace(microsecond=0)
    rule = f"FREQ={freq};INTERVAL={interval}"
    if byday and freq in ("DAILY", "WEEKLY"):
        rule += ";BYDAY=" + ",".join(byday)
    if count:
        rule += f";COUNT={count}"
    lo = start + timedelta(days=offset_days)
    hi = lo + timedelta(days=span_days)
    assert list(local_slots(timing(rule, start), lo, hi)) == plain(rule, start, lo, hi)


@pytest.mark.parametrize("rule", [
    "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=HOURLY;BYMONTH=4;BYMONTHDAY=31",
    "FREQ=MINUTELY;INTERVAL=5;BYHOUR=9;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=WEEKLY;BYMONTH=11;BYMONTHDAY=31",
    "FREQ=DAILY;INTERVAL=7;BYDAY=TU",          # every 7 days from a Monday: never a Tuesday
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
    # found by the fuzz suite: 13 December is never the 1st, 6th, 7th or 25th
    "FREQ=YEARLY;BYMONTHDAY=1,-7,7,-26;BYMINUTE=37,35,20,2;BYYEARDAY=-19",
    "FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31",
    "FREQ=DAILY;UNTIL=19701231T000000Z",      # ended before it started
])
def test_rules_that_match_no_day_give_nothing(rule):
    assert first_slot(timing(rule, datetime(2027, 1, 4, 10))) is None


@pytest.mark.parametrize("rule", [
    # found by the fuzz suite: three times a day, positions 5 and -5 never exist; dateutil
    # walked every day from 1900 to UNTIL before saying so, three times per import
    "FREQ=DAILY;UNTIL=20271231T000000Z;BYHOUR=9,9,2,4;BYSETPOS=5,-5;"
    "BYYEARDAY=-35,-47,-56,329",
    "FREQ=DAILY;BYHOUR=9,12;BYSETPOS=3",
    "FREQ=WEEKLY;BYDAY=MO,TU;BYSETPOS=-3",
    "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=32",
    "FREQ=MINUTELY;INTERVAL=1;BYMINUTE=19;BYSETPOS=5,4,4,5",   # fuzz: a minute holds one second
    "FREQ=HOURLY;BYMINUTE=0,30;BYSETPOS=3",
])
def test_set_positions_past_the_set_give_nothing_without_a_walk(rule):
    t = timing(rule, datetime(1900, 1, 4, 10))
    assert not set_positions_can_match(t.rule)
    assert first_slot(t) is None and (t.rule.until is None or last_slot(t) is None)
    if any(f"FREQ={freq}" in rule for freq in ("HOURLY", "MINUTELY")):
        return    # plain dateutil would itself walk minute by minute to year 9999
    open_ended = ";".join(part for part in rule.split(";") if not part.startswith("UNTIL"))
    assert plain(open_ended, t.start_local, datetime(2026, 1, 1), datetime(2026, 3, 1)) == []


@pytest.mark.parametrize("rule", [
    "FREQ=DAILY;BYHOUR=9,12;BYSETPOS=-1",
    "FREQ=WEEKLY;BYDAY=MO,TU,FR;BYSETPOS=3",
    "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=5",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1",
])
def test_set_positions_inside_the_set_still_equal_dateutil(rule):
    t = timing(rule, datetime(2026, 1, 5, 10))
    assert set_positions_can_match(t.rule)
    lo, hi = datetime(2026, 1, 5), datetime(2029, 1, 1)
    assert list(local_slots(t, lo, hi)) == plain(rule, t.start_local, lo, hi) != []


def test_a_clock_that_drifts_is_given_up_not_walked_for_centuries():
    # A step just short of a day: 05:00:00 comes back once in 236 years. Refused for new
    # rules (the step must divide the day); an old file's rule ends instead of searching.
    t = timing("FREQ=SECONDLY;INTERVAL=86399;BYHOUR=5;BYMINUTE=0;BYSECOND=0",
               datetime(2027, 1, 4, 10))
    assert first_slot(t) is None
    assert any("divide the day" in p for p in rule_limit_problems(t.rule))


def test_a_sparse_rule_still_finds_its_days():
    # 29 February on a Monday, at nine, every five minutes: next in 2044.
    found = first_slot(timing("FREQ=MINUTELY;INTERVAL=5;BYHOUR=9;BYMONTH=2;BYMONTHDAY=29;"
                              "BYDAY=MO", datetime(2027, 1, 4, 10)))
    assert found == datetime(2044, 2, 29, 9, 0)


def test_until_far_away_finds_the_last_slot_by_looking_back():
    t = timing("FREQ=HOURLY;UNTIL=22001231T000000Z", datetime(2027, 1, 4, 10, 15))
    assert last_slot(t) == datetime(2200, 12, 30, 23, 15)


def test_nothing_expands_past_2399():
    t = timing("FREQ=YEARLY", datetime(2027, 1, 4, 10))
    slots = list(local_slots(t, datetime(2390, 1, 1), datetime.max))
    assert slots[-1] == datetime(2399, 1, 4, 10)


def test_count_rules_replay_within_the_budget():
    t = timing("FREQ=HOURLY;COUNT=10000", datetime(2027, 1, 4, 10))
    assert rule_count_before(t, datetime(2027, 1, 5, 10)) == 24
    assert last_slot(t) == datetime(2027, 1, 4, 10) + timedelta(hours=9999)


def test_a_budget_stops_expansion_inside_the_rule():
    t = timing("FREQ=HOURLY", datetime(2027, 1, 4, 10))
    with pytest.raises(ExpansionLimitError, match="more than 100 instances"):
        list(local_slots(t, datetime(2027, 1, 4), datetime(2028, 1, 1),
                         ExpansionBudget(100, what="the test")))


@pytest.mark.parametrize(("rule", "all_day", "says"), [
    ("FREQ=SECONDLY;COUNT=999999999", False, "COUNT=999,999,999 is more than the 10,000"),
    ("FREQ=MINUTELY", False, "at most every five minutes (INTERVAL=5 or more)"),
    ("FREQ=HOURLY;BYMINUTE=0,1,2,3,4,5,6,7,8,9,10,11,12,13", False, "336 sessions a day"),
    ("FREQ=HOURLY;COUNT=5", True, "an all-day session repeats by whole days"),
    ("FREQ=DAILY;BYHOUR=9", True, "an all-day session repeats by whole days"),
    ("FREQ=DAILY;UNTIL=99991231T000000Z", False, "outside the supported years 1900 to 2200"),
    ("FREQ=HOURLY;INTERVAL=25", False, "steps more than a day"),
])
def test_rule_limits_name_the_limit(rule, all_day, says):
    assert any(says in p for p in rule_limit_problems(parse_rule(rule), all_day))


@pytest.mark.parametrize("rule", ["FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=MINUTELY;INTERVAL=10",
                                  "FREQ=HOURLY;BYHOUR=9,10,11,12,13,14,15,16;BYDAY=MO,TU",
                                  "FREQ=DAILY;COUNT=10000", "FREQ=YEARLY;UNTIL=22001231"])
def test_ordinary_rules_are_within_the_limits(rule):
    assert rule_limit_problems(parse_rule(rule)) == []


def test_sessions_per_day_is_an_upper_bound():
    assert sessions_per_day(parse_rule("FREQ=MINUTELY;INTERVAL=10")) == 144
    assert sessions_per_day(parse_rule("FREQ=HOURLY;INTERVAL=5")) == 5
    assert sessions_per_day(parse_rule("FREQ=DAILY;BYHOUR=9,17;BYMINUTE=0,30")) == 4


def test_overlong_and_odd_rule_texts_are_refused_cleanly():
    with pytest.raises(ValidationError, match="at most 1,000"):
        parse_rule("FREQ=DAILY;" + "BYHOUR=1;" * 200)
    with pytest.raises(ValidationError, match="whole number"):
        parse_rule("FREQ=DAILY;INTERVAL=²")
    with pytest.raises(ValidationError, match="too large"):
        parse_rule("FREQ=DAILY;COUNT=" + "9" * 50)
