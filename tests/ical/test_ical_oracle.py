"""recurring-ical-events, run over what we export, yields the instances our domain yields."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ical_helpers import BERLIN, SYDNEY, at, domain_starts, export, oracle_starts, session

from sessions_desktop.domain.enums import SessionStatus
from sessions_desktop.domain.time import localize
from sessions_desktop.ical import SeriesExport, parse_calendar

LO = datetime(2024, 6, 1, tzinfo=UTC)
HI = datetime(2027, 1, 1, tzinfo=UTC)


def _series(rule: str, start: datetime, minutes: int = 60, **changes) -> SeriesExport:
    exceptions = changes.pop("exceptions", [])
    start = start.astimezone(UTC).astimezone(start.tzinfo)     # a real wall-clock time
    end = (start.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(start.tzinfo)
    definition = session("r", start, end, recurrence=rule, **changes)
    return SeriesExport(definition, exceptions)


CASES = {
    # weekly at 02:30 across the spring gap and the autumn fold in Berlin
    "berlin-dst-weekly": _series("FREQ=WEEKLY;BYDAY=SU", at(BERLIN, 2025, 3, 2, 2, 30)),
    "berlin-daily-count": _series("FREQ=DAILY;COUNT=40", at(BERLIN, 2025, 3, 10, 23, 30), 90),
    "sydney-dst-weekly": _series("FREQ=WEEKLY;BYDAY=SU,WE", at(SYDNEY, 2025, 3, 30, 2, 30)),
    "sydney-monthly-last-friday": _series("FREQ=MONTHLY;BYDAY=-1FR", at(SYDNEY, 2025, 1, 31, 18)),
    "monthly-setpos": _series("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
                              at(BERLIN, 2025, 1, 31, 17)),
    "yearly-interval": _series("FREQ=YEARLY;INTERVAL=2;BYMONTH=3;BYDAY=-1SU",
                               at(BERLIN, 2024, 3, 31, 2, 30)),
    "until-local-naive": _series("FREQ=WEEKLY;UNTIL=20250601T090000;BYDAY=MO",
                                 at(BERLIN, 2025, 3, 3, 9)),
    "until-date": _series("FREQ=DAILY;UNTIL=20250405", at(BERLIN, 2025, 3, 28, 9)),
    # DTSTART is not a rule slot: export moves it to the first real instance
    "start-off-rule": _series("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=6",
                              at(BERLIN, 2025, 3, 5, 9)),
    # the first instance is an extra date before the first rule slot (COUNT becomes UNTIL)
    # the first rule slot is in Sydney's spring-forward gap: DTSTART stays on the definition
    "first-slot-in-gap": _series("FREQ=YEARLY;BYMONTH=2,10", at(SYDNEY, 2025, 6, 5, 2, 30), 30),
    "rdate-first": _series("FREQ=WEEKLY;BYDAY=FR;COUNT=3", at(BERLIN, 2025, 3, 4, 9),
                           recurrence_dates=(at(BERLIN, 2025, 3, 4, 9),
                                             at(BERLIN, 2025, 3, 12, 9))),
    "rdate-after-start": _series("FREQ=WEEKLY;BYDAY=FR;COUNT=3", at(BERLIN, 2025, 3, 4, 9),
                                 recurrence_dates=(at(BERLIN, 2025, 3, 5, 9),)),
    "all-day-weekly": _series("FREQ=WEEKLY;BYDAY=SA;COUNT=10", at(BERLIN, 2025, 3, 22), 1440,
                              all_day=True, excluded_dates=(at(BERLIN, 2025, 4, 5),)),
    "utc-zone": _series("FREQ=DAILY;COUNT=5", datetime(2025, 3, 28, 12, tzinfo=UTC),
                        time_zone="UTC"),
    "with-exceptions": _series(
        "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=12", at(BERLIN, 2025, 3, 18, 19),
        excluded_dates=(at(BERLIN, 2025, 3, 20, 19),),
        exceptions=[
            session("x1", at(BERLIN, 2025, 3, 27, 20), at(BERLIN, 2025, 3, 27, 21),
                    original_start=at(BERLIN, 2025, 3, 27, 19), recurring_session_id="r"),
            session("x2", at(BERLIN, 2025, 4, 1, 19), at(BERLIN, 2025, 4, 1, 20),
                    original_start=at(BERLIN, 2025, 4, 1, 19), recurring_session_id="r",
                    status=SessionStatus.CANCELLED),
        ]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_oracle_yields_our_instances(name):
    series = CASES[name]
    data = export(series=[series])
    expected = domain_starts(series, LO, HI)
    assert expected, "the case must have instances in the window"
    tz = series.definition.start.tzinfo
    assert oracle_starts(data, LO, HI, tz) == expected


@pytest.mark.parametrize("name", sorted(CASES))
def test_reimported_series_yields_the_same_instances(name):
    series = CASES[name]
    plan = parse_calendar(export(series=[series]), business_time_zone="Europe/Berlin")
    [item] = plan.items
    definition = series.definition.with_changes(**{
        k: item.fields[k] for k in ("start", "end", "recurrence", "recurrence_dates",
                                    "excluded_dates")})
    cancelled = [e for e in series.exceptions if e.is_cancelled]
    changed = [e for e in series.exceptions if not e.is_cancelled]
    assert [o.original_start for o in item.overrides] == [e.original_start for e in changed]
    again = SeriesExport(definition, changed)
    assert domain_starts(again, LO, HI) == domain_starts(SeriesExport(
        series.definition, changed + cancelled), LO, HI)


RULES = st.sampled_from([
    "FREQ=DAILY", "FREQ=DAILY;INTERVAL=3", "FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=MO,WE,FR",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU", "FREQ=MONTHLY", "FREQ=MONTHLY;BYDAY=2TU",
    "FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=YEARLY;BYMONTH=2,10",
    "FREQ=WEEKLY;BYDAY=SA;WKST=SU;INTERVAL=2",
])
ENDS = st.sampled_from(["", ";COUNT=7", ";UNTIL=20260101T000000Z"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rule=RULES, end=ENDS, zone=st.sampled_from([BERLIN, SYDNEY]),
       day=st.integers(0, 400), minute=st.sampled_from([0, 150, 570, 1410]),
       length=st.sampled_from([30, 90, 1440]))
def test_oracle_agrees_for_many_rules(rule, end, zone, day, minute, length):
    wall = datetime(2025, 1, 1) + timedelta(days=day, minutes=minute)
    start = localize(wall, zone)
    text = rule + end
    series = _series(text, start, length)
    expected = domain_starts(series, LO, HI)
    assert oracle_starts(export(series=[series]), LO, HI, zone) == expected
