"""Properties of the report arithmetic on random sessions (hypothesis), without a database:
totals equal the sum of their parts, fill never passes capacity unless the row is flagged as
overbooked, and resource hours agree with counting minute by minute."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sessions_desktop.domain.enums import OwnerKind, ScheduleKind, SessionStatus, SessionType
from sessions_desktop.domain.model import LinkedSchedule, Participant, Schedule, Session
from sessions_desktop.services.reports import spans as sp
from sessions_desktop.services.reports.load import Timed
from sessions_desktop.services.reports.period import ReportPeriod
from sessions_desktop.services.reports.resource_time import group_by_resource, resource_time
from sessions_desktop.services.reports.utilisation import count_sessions, utilisation_tables

TZ = ZoneInfo("Europe/Berlin")
START = date(2027, 3, 22)            # a span across the spring DST change
DAYS = 14
PERIOD = ReportPeriod(START, START + timedelta(days=DAYS), TZ)
CLASSES = ("Morning", "Evening", "Weekend")


def schedule(sid: str, kind: ScheduleKind) -> Schedule:
    owner = OwnerKind.RESOURCE if kind in (ScheduleKind.STAFF, ScheduleKind.ROOM) else \
        OwnerKind.SERVICE
    return Schedule(sid, sid.title(), owner, kind, "Europe/Berlin")


SCHEDULES = {"yoga": schedule("yoga", ScheduleKind.GROUP),
             "anna": schedule("anna", ScheduleKind.STAFF)}


def timed(session: Session) -> Timed:
    return Timed(session, session.start.timestamp(), session.end.timestamp())


def make(n: int, day: int, minute: int, length: int, **fields) -> Session:
    start = datetime.combine(START, datetime.min.time(), TZ) + timedelta(days=day,
                                                                          minutes=minute)
    start = start.astimezone(UTC).astimezone(TZ)
    return Session(f"s{n}", fields.pop("schedule_id", "yoga"), start,
                   start + timedelta(minutes=length), "Europe/Berlin", **fields)


class_sessions = st.lists(st.tuples(
    st.integers(-1, DAYS), st.integers(0, 23 * 60), st.sampled_from(CLASSES),
    st.integers(0, 20), st.integers(0, 25), st.booleans()), max_size=40)


@settings(max_examples=150, deadline=None)
@given(class_sessions, st.floats(0, 1))
def test_utilisation_totals_are_sums_and_fill_passes_capacity_only_when_flagged(rows,
                                                                                threshold):
    items = []
    for n, (day, minute, title, capacity, booked, cancelled) in enumerate(rows):
        people = tuple(Participant(name=str(i)) for i in range(booked))
        items.append(timed(make(n, day, minute, 60, title=title, capacity=capacity,
                                participants=people, total_number_of_participants=booked,
                                status=SessionStatus.CANCELLED if cancelled
                                else SessionStatus.CONFIRMED)))
    counted = count_sessions(items, {"yoga"}, PERIOD, SCHEDULES)
    buckets = PERIOD.buckets("week")
    (classes, weeks, below), chart = utilisation_tables(counted, SCHEDULES, buckets, "week",
                                                        threshold, TZ)
    inside = [i for i in items if PERIOD.low <= i.low < PERIOD.high]
    live = [i for i in inside if not i.cancelled and i.session.capacity]
    for table in (classes, weeks):
        for key in ("sessions", "cancelled", "booked", "capacity", "overbooked"):
            parts = sum(table.values(key))
            if table.total is not None:
                assert table.total[table.column(key)] == parts
        assert sum(table.values("sessions")) == len(live)
        assert sum(table.values("booked")) == sum(i.session.total_number_of_participants
                                                  for i in live)
        assert sum(table.values("cancelled")) == sum(i.cancelled for i in inside)
        rows_and_total = [*table.rows, *([table.total] if table.total else [])]
        for row in rows_and_total:
            fill, over = row[table.column("fill")], row[table.column("overbooked")]
            assert fill is None or fill <= 1 or over > 0
            if table is classes and over:
                assert "overbooked" in row[table.column("flag")]
    assert len(below.rows) == sum(classes.values("below"))
    over_by_week = weeks.values("overbooked")
    for series in chart.series:
        for value, over in zip(series.values, over_by_week, strict=True):
            assert value is None or value <= 1 or over > 0


spans_strategy = st.lists(st.tuples(st.integers(-1, DAYS), st.integers(0, 24 * 60 - 15),
                                    st.integers(15, 10 * 60)), max_size=12)


@settings(max_examples=150, deadline=None)
@given(spans_strategy, spans_strategy, spans_strategy, st.sampled_from(("week", "month")))
def test_resource_hours_agree_with_counting_minutes(hours, off, busy, grouping):
    sessions = []
    n = 0
    for kind, rows in (("hours", hours), ("off", off), ("busy", busy)):
        for day, minute, length in rows:
            n += 1
            if kind == "hours":
                sessions.append(make(n, day, minute, length, schedule_id="anna",
                                     type=SessionType.WORKING_HOURS))
            elif kind == "off":
                sessions.append(make(n, day, minute, length, schedule_id="anna",
                                     tags=("Blocked",)))
            else:
                sessions.append(make(n, day, minute, length,
                                     affected_schedules=(LinkedSchedule("anna"),)))
    items = [timed(s) for s in sessions]
    buckets = PERIOD.buckets(grouping)
    grouped, business = group_by_resource(items, PERIOD, set())
    result = resource_time("anna", grouped.get("anna", []), business, PERIOD, buckets)
    whole = result.whole

    def minutes(kind_sessions) -> set[int]:
        out = set()
        for s in kind_sessions:
            low = max(s.start.timestamp(), PERIOD.low)
            high = min(s.end.timestamp(), PERIOD.high)
            out.update(range(int(low) // 60, int(high) // 60))
        return out

    working = minutes(s for s in sessions if s.type is SessionType.WORKING_HOURS)
    time_off = minutes(s for s in sessions if s.tags) & working
    available = working - time_off
    booked = minutes(s for s in sessions if s.affected_schedules)
    assert whole.working == pytest.approx(len(working) * 60)
    assert whole.time_off == pytest.approx(len(time_off) * 60)
    assert whole.available == pytest.approx(len(available) * 60)
    assert whole.booked == pytest.approx(len(booked) * 60)
    assert whole.booked_in_hours == pytest.approx(len(booked & available) * 60)
    assert whole.use is None or whole.use <= 1
    assert whole.working == pytest.approx(whole.available + whole.time_off)
    for name in ("working", "time_off", "available", "booked", "booked_in_hours",
                 "double_booked", "sessions"):
        assert sum(getattr(b, name) for b in result.by_bucket) == pytest.approx(
            getattr(whole, name))


@given(st.lists(st.tuples(st.integers(0, 500), st.integers(1, 100)), max_size=20),
       st.lists(st.tuples(st.integers(0, 500), st.integers(1, 100)), max_size=20))
def test_span_algebra(a, b):
    first = sp.union((x, x + n) for x, n in a)
    second = sp.union((x, x + n) for x, n in b)
    cover = {m for x, y in first for m in range(x, y)}
    other = {m for x, y in second for m in range(x, y)}
    assert sp.length(first) == len(cover)
    assert sp.length(sp.intersect(first, second)) == len(cover & other)
    assert sp.length(sp.subtract(first, second)) == len(cover - other)
    raw = [(x, x + n) for x, n in a]
    assert sp.overlap(raw) == sum(n for _, n in a) - len(cover)


money_sessions = st.lists(st.tuples(
    st.integers(-1, DAYS), st.sampled_from(("yoga", "pilates")),
    st.sampled_from(("EUR", "USD", None)), st.integers(0, 9999), st.integers(0, 12),
    st.booleans()), max_size=40)


@settings(max_examples=150, deadline=None)
@given(money_sessions, st.sampled_from(("week", "month")))
def test_revenue_totals_are_the_sums_of_the_cells_per_currency(rows, grouping):
    from decimal import Decimal

    from sessions_desktop.domain.model import Price, Rate
    from sessions_desktop.services.reports.revenue import count_revenue, revenue_tables

    schedules = {**SCHEDULES, "pilates": schedule("pilates", ScheduleKind.GROUP)}
    items = []
    for n, (day, sid, currency, cents, people, cancelled) in enumerate(rows):
        rate = None if currency is None else Rate(
            (("general", Price(str(Decimal(cents) / 100), currency)),))
        items.append(timed(make(n, day, 600, 60, schedule_id=sid, rate=rate,
                                total_number_of_participants=people,
                                status=SessionStatus.CANCELLED if cancelled
                                else SessionStatus.CONFIRMED)))
    buckets = PERIOD.buckets(grouping)
    counts = count_revenue(items, {"yoga", "pilates"}, PERIOD, buckets)
    (cells, services, currencies), chart = revenue_tables(counts, schedules, buckets, grouping)
    inside = [i for i in items if PERIOD.low <= i.low < PERIOD.high]
    for currency_row in currencies.rows:
        currency = currency_row[0]
        expected = sum((Decimal(i.session.rate.labeled_price_options[0][1].amount)
                        * i.session.total_number_of_participants for i in inside
                        if not i.cancelled and i.session.rate is not None
                        and i.session.rate.labeled_price_options[0][1].currency == currency),
                       Decimal(0))
        assert currency_row[3] == expected
        assert sum(r[4] for r in cells.rows if r[5] == currency) == expected
        assert sum(r[3] for r in services.rows if r[4] == currency) == expected
    assert (services.total is None) == (len(currencies.rows) != 1)
    priced = sum(1 for i in inside if not i.cancelled and i.session.rate is not None)
    assert sum(r[2] for r in cells.rows) == priced
    assert counts.unpriced == sum(1 for i in inside if not i.cancelled and i.session.rate is None)
    if currencies.rows:                  # the stacked bars add up to the money of each bucket
        for index, label in enumerate(buckets.labels):
            money = sum(r[4] for r in cells.rows if r[1] == label and r[5] == chart.unit)
            assert sum(s.values[index] for s in chart.series) == pytest.approx(float(money))
