"""Plain daily and weekly rules expanded by arithmetic give dateutil's slots, in any window."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sessions_desktop.domain.plain_slots import is_plain
from sessions_desktop.domain.recurrence import (
    SeriesTiming,
    dateutil_slots,
    local_slots,
    parse_rule,
    rule_slots,
    until_local,
)

DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
ZONE = ZoneInfo("Europe/Berlin")


@st.composite
def plain_rules(draw):
    freq = draw(st.sampled_from(["DAILY", "WEEKLY"]))
    parts = [f"FREQ={freq}"]
    interval = draw(st.integers(1, 4))
    if interval > 1 or draw(st.booleans()):
        parts.append(f"INTERVAL={interval}")
    if draw(st.booleans()) and (freq == "WEEKLY" or interval == 1):
        parts.append("BYDAY=" + ",".join(draw(st.lists(st.sampled_from(DAYS), min_size=1,
                                                         max_size=7, unique=True))))
    if draw(st.booleans()):
        parts.append(f"WKST={draw(st.sampled_from(DAYS))}")
    ending = draw(st.sampled_from(["none", "count", "until", "until date"]))
    if ending == "count":
        parts.append(f"COUNT={draw(st.integers(1, 80))}")
    elif ending.startswith("until"):
        until = draw(st.datetimes(min_value=datetime(2019, 6, 1), max_value=datetime(2023, 1, 1)))
        parts.append("UNTIL=" + (until.strftime("%Y%m%d") if ending == "until date"
                                 else until.strftime("%Y%m%dT%H%M%SZ")))
    return ";".join(parts)


def timing(rule: str, start: datetime) -> SeriesTiming:
    return SeriesTiming(parse_rule(rule), start, timedelta(hours=1), ZONE)


def both(series: SeriesTiming, lo: datetime, hi: datetime, most: int = 400):
    """The plain expansion and dateutil's of the same window, as rule_slots bounds it."""
    lo = max(lo, series.start_local)
    until = until_local(series.rule, series.zone)
    ours = list(islice(rule_slots(series, lo, hi), most))
    if lo > hi or (until is not None and until < lo):
        return ours, []
    return ours, list(islice(dateutil_slots(series, lo, hi, until), most))


@settings(max_examples=400, deadline=None)
@given(rule=plain_rules(),
       start=st.datetimes(min_value=datetime(2019, 1, 1), max_value=datetime(2022, 1, 1)),
       offset_days=st.integers(-30, 900), span_days=st.integers(0, 120))
def test_plain_rules_give_dateutils_slots(rule, start, offset_days, span_days):
    start = start.replace(microsecond=0)
    series = timing(rule, start)
    assert is_plain(series.rule, start)
    lo = start + timedelta(days=offset_days, hours=-5)
    ours, theirs = both(series, lo, lo + timedelta(days=span_days))
    assert ours == theirs, rule


@pytest.mark.parametrize("rule", [
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU;WKST=SU",      # the week's start decides the pairs
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU;WKST=MO",
    "FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,TH;COUNT=7",       # DTSTART (a Friday) is not a slot
    "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=12",         # every weekday
    "FREQ=DAILY;INTERVAL=3;UNTIL=20210115T090000Z",
])
def test_known_rules_from_a_friday(rule):
    start = datetime(2021, 1, 1, 10, 30)         # a Friday
    series = timing(rule, start)
    ours, theirs = both(series, start, datetime(2021, 12, 31))
    assert ours == theirs and ours
    later, end = start + timedelta(days=40), start + timedelta(days=70)
    inside, theirs_inside = both(series, later, end)    # a window that starts mid-series
    assert inside == theirs_inside == [s for s in ours if later <= s <= end]


@pytest.mark.parametrize("rule", [
    "FREQ=MONTHLY;BYDAY=2MO", "FREQ=WEEKLY;BYDAY=MO,TU;BYSETPOS=1",
    "FREQ=DAILY;INTERVAL=2;BYDAY=MO", "FREQ=WEEKLY;BYHOUR=9,17", "FREQ=DAILY;BYMONTH=3",
    "FREQ=YEARLY",
])
def test_other_rules_stay_with_dateutil(rule):
    assert not is_plain(parse_rule(rule), datetime(2021, 1, 1, 10))


def test_a_start_with_microseconds_stays_with_dateutil():
    """dateutil drops DTSTART's microseconds; the plain expansion does not try to."""
    assert not is_plain(parse_rule("FREQ=DAILY"), datetime(2021, 1, 1, 10, 0, 0, 5))


def test_exdates_and_rdates_still_apply():
    start = datetime(2021, 1, 4, 9)    # a Monday
    series = SeriesTiming(parse_rule("FREQ=WEEKLY;COUNT=4"), start, timedelta(hours=1), ZONE,
                          rdates=(datetime(2021, 1, 6, 9),),
                          exdates=frozenset({datetime(2021, 1, 11, 9)}))
    assert list(local_slots(series, start, datetime(2021, 3, 1))) == [
        datetime(2021, 1, 4, 9), datetime(2021, 1, 6, 9), datetime(2021, 1, 18, 9),
        datetime(2021, 1, 25, 9)]
