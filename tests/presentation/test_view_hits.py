"""Hit testing of drawn session rects, and moving a month chip to another date."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sessions_desktop.presentation.geometry import Rect
from sessions_desktop.presentation.hits import Hit, HitBox, Part, hit_test, move_to_date

TALL = HitBox("tall", Rect(100, 100, 80, 60))


def test_edges_resize_and_the_rest_moves() -> None:
    assert hit_test([TALL], 120, 102) == Hit("tall", Part.TOP_EDGE)
    assert hit_test([TALL], 120, 158) == Hit("tall", Part.BOTTOM_EDGE)
    assert hit_test([TALL], 120, 130) == Hit("tall", Part.BODY)


def test_outside_every_box_is_empty_time() -> None:
    assert hit_test([TALL], 99, 130) is None
    assert hit_test([TALL], 120, 161) is None
    assert hit_test([], 0, 0) is None


def test_a_short_box_keeps_a_body_to_grab() -> None:
    short = HitBox("short", Rect(0, 0, 50, 6))
    assert hit_test([short], 10, 3) == Hit("short", Part.BODY)
    assert hit_test([short], 10, 1) == Hit("short", Part.TOP_EDGE)
    assert hit_test([short], 10, 5.5) == Hit("short", Part.BOTTOM_EDGE)


def test_clipped_segments_have_no_handle_on_the_clipped_side() -> None:
    evening = HitBox("late", Rect(0, 0, 50, 100), top_edge=True, bottom_edge=False)
    assert hit_test([evening], 10, 99) == Hit("late", Part.BODY)
    morning = HitBox("late", Rect(60, 0, 50, 100), top_edge=False, bottom_edge=True)
    assert hit_test([morning], 70, 1) == Hit("late", Part.BODY)


def test_the_box_painted_last_wins() -> None:
    under, over = HitBox("under", Rect(0, 0, 100, 100)), HitBox("over", Rect(50, 50, 100, 100))
    assert hit_test([under, over], 60, 70).key == "over"
    assert hit_test([under, over], 20, 70).key == "under"
    assert hit_test(iter([under, over]), 60, 70, edge=30) == Hit("over", Part.TOP_EDGE)


def test_a_chip_moved_to_another_date_keeps_time_and_duration() -> None:
    start, end = datetime(2026, 11, 25, 9, 30), datetime(2026, 11, 25, 11)
    assert move_to_date(start, end, date(2026, 12, 2)) == (
        datetime(2026, 12, 2, 9, 30), datetime(2026, 12, 2, 11))


def test_a_session_across_midnight_keeps_crossing_it() -> None:
    start, end = datetime(2026, 11, 25, 22), datetime(2026, 11, 26, 1)
    assert move_to_date(start, end, date(2026, 11, 20)) == (
        datetime(2026, 11, 20, 22), datetime(2026, 11, 21, 1))


def test_an_aware_move_across_dst_keeps_the_wall_clock_time() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2026, 10, 20, 10, tzinfo=berlin)  # summer time, +02:00
    new_start, new_end = move_to_date(start, start + timedelta(hours=1), date(2026, 11, 3))
    assert (new_start.hour, new_start.utcoffset()) == (10, timedelta(hours=1))
    assert new_end.astimezone(UTC) - new_start.astimezone(UTC) == timedelta(hours=1)
