"""The next free hour for a session created with Ctrl+N."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sessions_desktop.domain.enums import SessionStatus, SessionType
from sessions_desktop.domain.model import Session
from sessions_desktop.presentation.free_time import busy_intervals, ceil_hour, next_free_hour


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 25, hour, minute)


def test_the_first_whole_hour_not_overlapping_anything() -> None:
    busy = [(at(9), at(10)), (at(10), at(11, 30))]
    assert next_free_hour(busy, at(9, 15)) == at(12)
    assert next_free_hour(busy, at(8)) == at(8)
    assert next_free_hour(busy, at(8, 1)) == at(12)


def test_a_slot_may_start_where_a_session_ends() -> None:
    assert next_free_hour([(at(9), at(10))], at(9, 30)) == at(10)


def test_a_longer_slot_needs_more_room() -> None:
    busy = [(at(10), at(11)), (at(13), at(14))]
    assert next_free_hour(busy, at(11), length=timedelta(hours=2)) == at(11)
    assert next_free_hour(busy, at(11), length=timedelta(hours=3)) == at(14)


def test_a_full_or_ending_day_has_no_free_hour() -> None:
    assert next_free_hour([(at(0), at(23, 59))], at(0)) is None
    assert next_free_hour([], at(23, 30)) is None
    assert next_free_hour([], at(22, 10)) == at(23)


def test_aware_times_work_too() -> None:
    start = datetime(2026, 11, 25, 9, tzinfo=UTC)
    assert next_free_hour([(start, start + timedelta(hours=1))], start) == start.replace(hour=10)


def test_only_sessions_that_take_time_are_busy() -> None:
    start = datetime(2026, 11, 25, 9, tzinfo=UTC)

    def make(key: str, **changes: object) -> Session:
        base = Session(key, "sch", start, start + timedelta(hours=1), "UTC")
        return base.with_changes(**changes)

    sessions = [
        make("booked"),
        make("hours", type=SessionType.WORKING_HOURS),
        make("cancelled", status=SessionStatus.CANCELLED),
        make("holiday", all_day=True),
    ]
    assert busy_intervals(sessions) == [(start, start + timedelta(hours=1))]


def test_ceil_hour() -> None:
    assert ceil_hour(at(9)) == at(9)
    assert ceil_hour(datetime(2026, 11, 25, 9, 0, 0, 1)) == at(10)
    assert ceil_hour(at(23, 1)) == datetime(2026, 11, 26)
