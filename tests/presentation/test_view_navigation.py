"""The periods of the views and stepping between them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sessions_desktop.presentation.navigation import (
    ViewKind,
    iso_week,
    next_period,
    period_of,
    previous_period,
    step,
    today,
    week_start,
    work_run_start,
)

WEDNESDAY = date(2026, 11, 25)
DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
WEEKDAYS = st.integers(0, 6)


def span(kind: ViewKind, day: date, first_weekday: int = 0, **options) -> tuple[date, date]:
    period = period_of(kind, day, first_weekday, **options)
    return period.start, period.last


def test_day_and_agenda_start_at_the_date() -> None:
    assert span(ViewKind.DAY, WEDNESDAY) == (WEDNESDAY, WEDNESDAY)
    assert span(ViewKind.AGENDA, WEDNESDAY) == (WEDNESDAY, date(2026, 12, 24))
    assert period_of(ViewKind.AGENDA, WEDNESDAY, agenda_days=7).day_count == 7


def test_a_week_starts_at_the_first_weekday() -> None:
    assert span(ViewKind.WEEK, WEDNESDAY, 0) == (date(2026, 11, 23), date(2026, 11, 29))
    assert span(ViewKind.WEEK, WEDNESDAY, 6) == (date(2026, 11, 22), date(2026, 11, 28))
    assert span(ViewKind.WEEK, date(2026, 11, 22), 0) == (date(2026, 11, 16), date(2026, 11, 22))


def test_the_work_week_is_monday_to_friday_of_the_shown_week() -> None:
    assert span(ViewKind.WORK_WEEK, WEDNESDAY, 0) == (date(2026, 11, 23), date(2026, 11, 27))
    # Weeks starting on Sunday: Saturday the 28th belongs to the week of the 22nd...
    assert span(ViewKind.WORK_WEEK, date(2026, 11, 28), 6) == (date(2026, 11, 23),
                                                               date(2026, 11, 27))
    # ...and Sunday the 29th opens the next one.
    assert span(ViewKind.WORK_WEEK, date(2026, 11, 29), 6) == (date(2026, 11, 30),
                                                               date(2026, 12, 4))
    # With Monday-started weeks Sunday the 29th still belongs to the 23rd.
    assert span(ViewKind.WORK_WEEK, date(2026, 11, 29), 0) == (date(2026, 11, 23),
                                                               date(2026, 11, 27))


def test_a_sunday_to_thursday_work_week() -> None:
    assert span(ViewKind.WORK_WEEK, WEDNESDAY, 5, work_days={6, 0, 1, 2, 3}) == (
        date(2026, 11, 22), date(2026, 11, 26))


def test_work_days_must_be_consecutive() -> None:
    assert work_run_start({0, 1, 2, 3, 4}) == 0
    assert work_run_start({5, 6, 0}) == 5
    assert work_run_start(range(7)) is None
    with pytest.raises(ValueError):
        period_of(ViewKind.WORK_WEEK, WEDNESDAY, work_days={0, 2, 4})


def test_a_month_is_six_full_weeks_around_the_first() -> None:
    # 1 November 2026 is a Sunday.
    assert span(ViewKind.MONTH, WEDNESDAY, 0) == (date(2026, 10, 26), date(2026, 12, 6))
    assert span(ViewKind.MONTH, WEDNESDAY, 6) == (date(2026, 11, 1), date(2026, 12, 12))


@given(DATES, WEEKDAYS)
def test_every_month_grid_holds_its_month(day: date, first_weekday: int) -> None:
    period = period_of(ViewKind.MONTH, day, first_weekday)
    assert period.day_count == 42 and period.start.weekday() == first_weekday
    first = day.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    assert first in period and last in period
    assert period.start > first - timedelta(days=7)


@given(DATES, WEEKDAYS)
def test_every_week_holds_its_date(day: date, first_weekday: int) -> None:
    period = period_of(ViewKind.WEEK, day, first_weekday)
    assert period.day_count == 7 and day in period
    assert period.start.weekday() == first_weekday == week_start(day, first_weekday).weekday()


@given(DATES, WEEKDAYS)
def test_a_work_week_is_five_weekdays_of_the_shown_week(day: date, first_weekday: int) -> None:
    work = period_of(ViewKind.WORK_WEEK, day, first_weekday)
    week = period_of(ViewKind.WEEK, day, first_weekday)
    assert [d.weekday() for d in work.days] == [0, 1, 2, 3, 4]
    assert week.start <= work.start <= week.last


@given(DATES, st.sampled_from(list(ViewKind)), WEEKDAYS)
def test_next_then_previous_comes_back_and_periods_follow_each_other(
    day: date, kind: ViewKind, first_weekday: int
) -> None:
    later = next_period(kind, day)
    if kind is not ViewKind.MONTH or day.day <= 28:
        assert previous_period(kind, later) == day
    if kind in (ViewKind.DAY, ViewKind.WEEK, ViewKind.AGENDA):
        assert period_of(kind, later, first_weekday).start == period_of(
            kind, day, first_weekday).end


def test_month_steps_clamp_the_day() -> None:
    assert step(ViewKind.MONTH, date(2027, 1, 31)) == date(2027, 2, 28)
    assert step(ViewKind.MONTH, date(2026, 11, 25), -12) == date(2025, 11, 25)
    assert step(ViewKind.AGENDA, WEDNESDAY, agenda_days=10) == date(2026, 12, 5)
    assert previous_period(ViewKind.WORK_WEEK, WEDNESDAY) == date(2026, 11, 18)


def test_period_membership_and_days() -> None:
    period = period_of(ViewKind.WEEK, WEDNESDAY)
    assert date(2026, 11, 29) in period and date(2026, 11, 30) not in period
    assert "2026-11-25" not in period
    assert period.days[0] == date(2026, 11, 23) and len(period.days) == 7


def test_today_in_a_zone() -> None:
    before = datetime.now(UTC).date()
    assert today(UTC) in (before, datetime.now(UTC).date())


def test_iso_weeks() -> None:
    assert iso_week(WEDNESDAY) == 48
    assert iso_week(date(2026, 1, 1)) == 1  # a Thursday opens week 1
    assert iso_week(date(2027, 1, 1)) == 53  # a Friday still belongs to 2026's last week
    assert iso_week(date(2024, 12, 30)) == 1  # a Monday already in 2025's first week
