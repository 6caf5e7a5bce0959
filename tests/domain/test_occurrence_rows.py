"""The quick way of building a series' materialised rows (``occurrence_rows._quick``) gives
exactly the general way's rows (``recurrence.occurrences``), across DST gaps and folds, zones
with odd offsets, all-day series, changed instances and the row limit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from sessions_desktop.domain import occurrence_rows
from sessions_desktop.domain.occurrence_rows import _general, _quick_applies, rows_until
from sessions_desktop.domain.recurrence import SeriesTiming, parse_rule
from sessions_desktop.domain.time import localize, zone

ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe",
         "Europe/Dublin", "Asia/Kathmandu", "UTC", "America/Santiago"]
RULES = ["FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,WE,SU", "FREQ=WEEKLY;INTERVAL=2;COUNT=30",
         "FREQ=MONTHLY;BYDAY=2TU", "FREQ=DAILY;INTERVAL=3;UNTIL=20270101T000000Z",
         "FREQ=HOURLY;INTERVAL=7;COUNT=200", "FREQ=YEARLY", "FREQ=WEEKLY;UNTIL=20260329"]


def rows_both(timing: SeriesTiming, horizon: datetime, taken: set[str], limit: int):
    first = localize(timing.start_local, timing.zone)
    quick = rows_until(timing, first, horizon, taken, "s_", limit)
    return quick, _general(timing, first, horizon, taken, "s_", limit)


@settings(max_examples=300, deadline=None)
@given(zone_name=st.sampled_from(ZONES), rule=st.sampled_from(RULES),
       start=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 12, 31)),
       minutes=st.integers(1, 3000), all_day=st.booleans(),
       horizon_in_zone=st.booleans(), limit=st.sampled_from([3, 50, 2000]),
       skip=st.sets(st.integers(0, 40), max_size=5))
def test_quick_rows_are_the_general_rows(zone_name, rule, start, minutes, all_day,
                                         horizon_in_zone, limit, skip):
    tz = zone(zone_name)
    start = start.replace(microsecond=0)
    if all_day:
        start = start.replace(hour=0, minute=0, second=0)
        minutes = 1440 * (1 + minutes % 3)
    timing = SeriesTiming(parse_rule(rule), start, timedelta(minutes=minutes), tz, all_day)
    horizon = datetime(2027, 6, 1, 12, tzinfo=UTC)
    if horizon_in_zone:
        horizon = horizon.astimezone(tz)
    every, _ = _general(timing, localize(start, tz), horizon, set(), "s_", 10**6)
    taken = {every[i][3] for i in skip if i < len(every)}
    quick, slow = rows_both(timing, horizon, taken, limit)
    assert quick == slow


def test_the_quick_way_is_taken_for_plain_series_and_not_in_a_gap():
    horizon = datetime(2027, 1, 1, tzinfo=UTC)
    plain = SeriesTiming(parse_rule("FREQ=WEEKLY"), datetime(2026, 3, 2, 9),
                         timedelta(hours=1), zone("Europe/Berlin"))
    assert _quick_applies(plain, localize(plain.start_local, plain.zone), horizon)
    in_gap = SeriesTiming(parse_rule("FREQ=WEEKLY"), datetime(2026, 3, 29, 2, 30),
                          timedelta(minutes=40), zone("Europe/Berlin"))
    assert not _quick_applies(in_gap, localize(in_gap.start_local, in_gap.zone), horizon)
    same_zone = horizon.astimezone(zone("Europe/Berlin"))
    assert not _quick_applies(plain, localize(plain.start_local, plain.zone), same_zone)
    quick, slow = rows_both(in_gap, horizon, set(), 2000)
    assert quick == slow and quick[0]      # the general way, the same rows


def test_a_slot_with_microseconds_keeps_its_id(monkeypatch):
    extra = datetime(2026, 5, 10, 9, 0, 0, 250)
    timing = SeriesTiming(parse_rule("FREQ=DAILY;COUNT=3"), datetime(2026, 5, 1, 9),
                          timedelta(hours=1), zone("Asia/Kathmandu"), rdates=(extra,))
    horizon = datetime(2027, 1, 1, tzinfo=UTC)
    quick, slow = rows_both(timing, horizon, set(), 2000)
    assert quick == slow
    assert [row[0] for row in quick[0]] == ["s_20260501T090000", "s_20260502T090000",
                                            "s_20260503T090000", "s_20260510T090000"]
    assert quick[0][-1][3] == extra.isoformat()
    monkeypatch.setattr(occurrence_rows, "_quick_applies", lambda *a: False)
    assert rows_both(timing, horizon, set(), 2000)[0] == slow
