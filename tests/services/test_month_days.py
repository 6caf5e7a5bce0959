"""The month's days (``queries.month_days``): per local day, how many events touch it and
its first chips, equal to what the window read gives placed as the month view places it
(each session on every local day it touches, in chip order), however the sessions are
made: singles, plain, moved and cancelled instances, instances past the materialised
horizon, all-day and multi-day sessions, across a DST change, with sidebar filters."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sessions_desktop.domain.day_order import chip_order
from sessions_desktop.domain.enums import SessionType
from sessions_desktop.domain.time import local_midnight
from sessions_desktop.errors import ValidationError
from sessions_desktop.presentation.visibility import visible_sessions
from sessions_desktop.ui.shell.month_summary import joined_days
from tests.services.test_queries import busy_db  # noqa: F401 (a module fixture)


def expected(svc, first: date, days: int, chips: int, cancelled: bool = False, keep=None):
    """The oracle: every session of the window, placed day by day as the month view does."""
    return [(day, len(items), tuple(sorted(items, key=chip_order)[:chips]))
            for day, _, items in placed(svc, first, days, cancelled, keep)]


def placed(svc, first: date, days: int, cancelled: bool = False, keep=None):
    """Each day with the sessions of the window read that the month places on it."""
    tz = svc.ctx.business_zone
    sessions = svc.queries.window_sessions(local_midnight(first, tz),
                                           local_midnight(first + timedelta(days=days), tz),
                                           include_cancelled=True, fieldsets="ALL_PI")
    out = {first + timedelta(days=i): [] for i in range(days)}
    for s in sessions:
        if s.type is not SessionType.EVENT or (s.is_cancelled and not cancelled):
            continue
        if keep is not None and not keep(s):
            continue
        if s.all_day:
            day, last = s.start.date(), s.end.date() - timedelta(days=1)
        else:
            start, end = s.start.astimezone(tz), s.end.astimezone(tz)
            day = start.date()
            last = end.date() - timedelta(days=1) if end.time() == time() else end.date()
        day = max(day, first)
        while day <= last and day in out:
            out[day].append(s)
            day += timedelta(days=1)
    return [(day, len(items), items) for day, items in out.items()]


def got(svc, first: date, days: int, chips: int, cancelled: bool = False, keep=None):
    result = svc.queries.month_days(first, days, chips, include_cancelled=cancelled,
                                    keep=keep)
    assert result.first == first and result.chips == chips
    # each session once in the total, however many days it touches, and so when the
    # days are asked for in parts and joined (the window's prefetch)
    distinct = {s.id for _, _, items in placed(svc, first, days, cancelled, keep)
                for s in items}
    assert result.total == len(distinct)
    parts = [svc.queries.month_days(first + timedelta(days=i), min(3, days - i), 0,
                                    include_cancelled=cancelled, keep=keep)
             for i in range(0, days, 3)]
    assert joined_days(parts).total == len(distinct)
    return [(d.day, d.count, d.chips) for d in result.days]


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start_day=st.integers(1, 28), days=st.integers(1, 42), chips=st.integers(0, 9),
       cancelled=st.booleans())
def test_the_days_equal_the_window_read_placed_by_day(busy_db, start_day,  # noqa: F811
                                                      days, chips, cancelled):
    first = date(2026, 11, start_day)
    assert got(busy_db, first, days, chips, cancelled) == \
        expected(busy_db, first, days, chips, cancelled)


def test_a_busy_day_counts_every_session_and_builds_only_its_first(busy_db):  # noqa: F811
    first = date(2026, 11, 30)
    summary = busy_db.queries.month_days(first, 42, 3)
    counts = [d.count for d in summary.days]
    assert max(counts) > 3 and all(len(d.chips) == min(3, d.count) for d in summary.days)
    assert len(summary.sessions) <= 3 * 42
    assert {s.id for s in summary.sessions} == {s.id for d in summary.days for s in d.chips}


@pytest.fixture
def month(svc, yoga, anna):
    """October 2026 in Berlin (summer time ends on the 25th): singles at equal times with
    different titles, a night across midnight, a week-long retreat, an all-day day off,
    working hours, a daily series with a moved and a cancelled instance, a cancelled
    series, a series at 00:30 (the night the clocks go back) and one past the horizon."""
    create = svc.sessions.create_session
    for title in ("Zumba", "Aerial", "Mat"):
        create({"schedule_id": yoga.id, "title": title, "start": datetime(2026, 10, 5, 9),
                "end": datetime(2026, 10, 5, 10)})
    create({"schedule_id": yoga.id, "title": "Long", "start": datetime(2026, 10, 5, 9),
            "end": datetime(2026, 10, 5, 12)})
    create({"schedule_id": yoga.id, "title": "Night", "start": datetime(2026, 10, 24, 22),
            "end": datetime(2026, 10, 25, 4)})
    create({"schedule_id": yoga.id, "title": "To midnight", "start": datetime(2026, 10, 26, 20),
            "end": datetime(2026, 10, 27, 0)})
    create({"schedule_id": yoga.id, "title": "Retreat", "start": datetime(2026, 10, 20, 10),
            "end": datetime(2026, 10, 27, 16)})
    create({"schedule_id": anna.id, "title": "Day off", "start": date(2026, 10, 14),
            "end": date(2026, 10, 16), "all_day": True})
    create({"schedule_id": anna.id, "type": "WORKING_HOURS", "start": datetime(2026, 10, 5, 8),
            "end": datetime(2026, 10, 5, 18), "recurrence": "FREQ=DAILY"})
    daily = create({"schedule_id": yoga.id, "title": "Daily", "start": datetime(2026, 9, 1, 9),
                    "end": datetime(2026, 9, 1, 10), "recurrence": "FREQ=DAILY"})
    items = svc.queries.query_sessions(datetime(2026, 10, 6), datetime(2026, 10, 9),
                                       filter={"recurringSessionId": daily.id}).items
    svc.sessions.update_session(items[0].id, {"start": datetime(2026, 10, 12, 7),
                                              "end": datetime(2026, 10, 12, 8)}, scope="THIS")
    svc.sessions.delete_session(items[1].id, scope="THIS")
    gone = create({"schedule_id": anna.id, "title": "Gone", "start": datetime(2026, 10, 1, 11),
                   "end": datetime(2026, 10, 1, 12), "recurrence": "FREQ=WEEKLY"})
    svc.sessions.delete_session(gone.id)
    create({"schedule_id": yoga.id, "title": "Late night", "start": datetime(2026, 10, 1, 0, 30),
            "end": datetime(2026, 10, 1, 1, 30), "recurrence": "FREQ=DAILY;COUNT=40"})
    create({"schedule_id": yoga.id, "title": "Far", "start": datetime(2026, 10, 1, 15),
            "end": datetime(2026, 10, 1, 16), "recurrence": "FREQ=WEEKLY"})
    return svc


@pytest.mark.parametrize("chips", [0, 1, 2, 4, 40])
@pytest.mark.parametrize("cancelled", [False, True])
def test_a_dst_month_with_every_kind_of_session(month, chips, cancelled):
    first = date(2026, 9, 28)
    assert got(month, first, 42, chips, cancelled) == \
        expected(month, first, 42, chips, cancelled)
    days = {d: n for d, n, _ in got(month, first, 42, 0)}
    assert days[date(2026, 10, 25)] == 4   # the night, the retreat, the daily, the late night
    assert days[date(2026, 10, 27)] == 3   # "to midnight" ends as the 27th begins


def test_past_the_materialised_horizon(month):
    first = date(2030, 6, 1)   # the horizon is three years ahead of 2026-11-25
    assert got(month, first, 14, 3) == expected(month, first, 14, 3)
    assert sum(n for _, n, _ in got(month, first, 7, 3)) == 8   # daily, and far once a week


def test_sidebar_filters_hide_what_they_hide(month, yoga, anna):
    schedules = month.schedules.by_id()
    first = date(2026, 9, 28)
    for hidden, search in (({yoga.id}, ""), ({anna.id}, ""), (set(), "daily"),
                           (set(), "retreat night")):
        def keep(session, hidden=hidden, search=search):
            return bool(visible_sessions([session], hidden, schedules, search=search,
                                         cancelled=True))
        assert got(month, first, 42, 3, True, keep) == expected(month, first, 42, 3, True, keep)
    nothing = got(month, first, 42, 3, keep=lambda s: False)
    assert all(n == 0 and not chips for _, n, chips in nothing)


def test_an_edit_is_counted_at_once(month, yoga):
    first = date(2026, 9, 28)
    before = dict((d, n) for d, n, _ in got(month, first, 42, 2))
    month.sessions.create_session({"schedule_id": yoga.id, "title": "New",
                                   "start": datetime(2026, 10, 7, 0, 10),
                                   "end": datetime(2026, 10, 7, 7)})
    after = got(month, first, 42, 2)
    assert dict((d, n) for d, n, _ in after)[date(2026, 10, 7)] == before[date(2026, 10, 7)] + 1
    assert next(c for d, _, c in after if d == date(2026, 10, 7))[0].title == "New"


def test_bad_requests_are_refused(svc):
    for days, chips in ((0, 3), (63, 3), (7, -1), (7, True)):
        with pytest.raises(ValidationError):
            svc.queries.month_days(date(2026, 10, 1), days, chips)
