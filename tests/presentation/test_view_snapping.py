"""Snapping minutes and wall-clock datetimes to the time grid."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sessions_desktop.presentation.snapping import (
    at_minute,
    floor_minute,
    minute_of_day,
    snap_datetime,
    snap_minute,
)

SNAPS = st.sampled_from([1, 2, 3, 5, 6, 10, 12, 15, 20, 30, 60])
IN_DAY = st.floats(min_value=0, max_value=1440, allow_nan=False)


@given(minute=IN_DAY, snap=SNAPS)
def test_snapped_minute_is_a_multiple_within_half_a_snap(minute: float, snap: int) -> None:
    snapped = snap_minute(minute, snap)
    assert snapped % snap == 0
    assert abs(snapped - minute) <= snap / 2 + 1e-9
    assert 0 <= snapped <= 1440


@given(minute=IN_DAY, snap=SNAPS)
def test_floor_minute_is_the_slot_holding_the_minute(minute: float, snap: int) -> None:
    slot = floor_minute(minute, snap)
    assert slot % snap == 0
    assert slot <= minute < slot + snap or slot == minute == 1440


@given(
    moment=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    snap=SNAPS,
)
def test_snapped_datetime_is_on_the_grid_and_near(moment: datetime, snap: int) -> None:
    snapped = snap_datetime(moment, snap)
    assert snapped.second == snapped.microsecond == 0
    assert (snapped.hour * 60 + snapped.minute) % snap == 0
    assert abs(snapped - moment) <= timedelta(minutes=snap / 2)
    assert moment.date() <= snapped.date() <= moment.date() + timedelta(days=1)


def test_a_tie_rounds_later_and_the_day_end_is_next_midnight() -> None:
    assert snap_minute(7.5, 15) == 15
    assert snap_datetime(datetime(2026, 3, 1, 23, 55), 15) == datetime(2026, 3, 2)


def test_minutes_outside_the_day_are_clamped_to_it() -> None:
    assert snap_minute(-20, 15) == 0
    assert snap_minute(1500, 15) == 1440
    assert floor_minute(-1, 30) == 0


def test_snaps_that_do_not_divide_an_hour_are_refused() -> None:
    for bad in (0, -15, 7, 45, 90):
        with pytest.raises(ValueError):
            snap_minute(30, bad)


def test_minute_helpers_round_trip() -> None:
    moment = at_minute(date(2026, 11, 25), 9 * 60 + 30.5)
    assert moment == datetime(2026, 11, 25, 9, 30, 30)
    assert minute_of_day(moment) == pytest.approx(570.5)
    assert at_minute(date(2026, 11, 25), 1440) == datetime(2026, 11, 26)
