"""Time <-> pixel mapping of the day-column grid."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from sessions_desktop.presentation.geometry import Rect, Segment, TimeGrid

MONDAY = date(2026, 11, 23)


def week(**changes: object) -> TimeGrid:
    options: dict = {"first_day": MONDAY, "hour_height": 60.0, "column_width": 100.0,
                     "gutter_width": 50.0}
    options.update(changes)
    return TimeGrid(**options)


def test_an_hour_is_hour_height_pixels_from_the_first_visible_hour() -> None:
    grid = week(day_start_hour=8, day_end_hour=20, hour_height=40.0)
    assert grid.y_for_minute(8 * 60) == 0
    assert grid.y_for_time(datetime(2026, 11, 23, 9, 30)) == 60
    assert grid.height == 12 * 40
    assert grid.minute_for_y(60) == 9 * 60 + 30


def test_y_outside_the_grid_clamps_to_the_visible_hours() -> None:
    grid = week(day_start_hour=8, day_end_hour=20)
    assert grid.minute_for_y(-100) == 8 * 60
    assert grid.minute_for_y(10_000) == 20 * 60


def test_columns_follow_the_gutter() -> None:
    grid = week()
    assert grid.width == 50 + 7 * 100
    assert grid.day_index_for_x(20) is None
    assert grid.day_index_for_x(50) == 0
    assert grid.day_index_for_x(349) == 2
    assert grid.day_index_for_x(760) is None
    assert grid.day_index_for_x(760, clamp=True) == 6
    assert grid.day_index_for_x(0, clamp=True) == 0
    assert grid.x_for_day(3) == 350


def test_dates_and_indices_map_both_ways() -> None:
    grid = week()
    assert grid.date_for_index(2) == date(2026, 11, 25)
    assert grid.index_for_date(date(2026, 11, 25)) == 2
    assert grid.index_for_date(date(2026, 11, 30)) is None
    assert grid.days[-1] == date(2026, 11, 29)


def test_locate_clamps_a_pointer_outside_the_grid() -> None:
    grid = week()
    assert grid.locate(175, 9 * 60) == (date(2026, 11, 24), 9 * 60)
    assert grid.locate(5000, -30) == (date(2026, 11, 29), 0)


def test_a_session_in_one_day_is_one_segment() -> None:
    segments = week().segments(datetime(2026, 11, 24, 9), datetime(2026, 11, 24, 10, 30))
    assert segments == [Segment(1, 540, 630, False, False)]


def test_a_session_across_midnight_is_clipped_per_day() -> None:
    segments = week().segments(datetime(2026, 11, 24, 22), datetime(2026, 11, 26, 2))
    assert segments == [
        Segment(1, 22 * 60, 1440, False, True),
        Segment(2, 0, 1440, True, True),
        Segment(3, 0, 120, True, False),
    ]


def test_a_session_ending_at_midnight_stays_in_its_day() -> None:
    segments = week().segments(datetime(2026, 11, 24, 23), datetime(2026, 11, 25))
    assert [s.day_index for s in segments] == [1]


def test_a_zero_length_session_still_has_a_segment() -> None:
    at = datetime(2026, 11, 25, 12)
    assert week().segments(at, at) == [Segment(2, 720, 720, False, False)]
    assert week().segments(datetime(2026, 11, 25), datetime(2026, 11, 25)) == [
        Segment(2, 0, 0, False, False)
    ]


def test_sessions_outside_the_days_or_hours_have_no_segment() -> None:
    grid = week(day_start_hour=8, day_end_hour=20)
    assert grid.segments(datetime(2026, 11, 30, 9), datetime(2026, 11, 30, 10)) == []
    assert grid.segments(datetime(2026, 11, 24, 6), datetime(2026, 11, 24, 8)) == []
    assert grid.segments(datetime(2026, 11, 24, 6), datetime(2026, 11, 24, 9)) == [
        Segment(1, 480, 540, True, False)
    ]


def test_a_dst_day_is_drawn_in_wall_clock_rows() -> None:
    # Berlin springs forward at 02:00 on 29 March 2026: 01:30 to 03:30 lasts one real hour
    # but spans two rows of the grid, so every day keeps the same 24 hour lines.
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2026, 3, 29, 1, 30, tzinfo=berlin)
    end = datetime(2026, 3, 29, 3, 30, tzinfo=berlin)
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=1)
    grid = week(first_day=date(2026, 3, 23))
    [segment] = grid.segments(start.replace(tzinfo=None), end.replace(tzinfo=None))
    assert segment.end_minute - segment.start_minute == 120


def test_an_inverted_range_is_drawn_zero_length() -> None:
    # An autumn-fold session can look as if it ended before it started in wall-clock time.
    [segment] = week().segments(datetime(2026, 11, 24, 2, 30), datetime(2026, 11, 24, 2, 10))
    assert segment.start_minute == segment.end_minute == 150


def test_lanes_split_the_column_width() -> None:
    grid = week()
    rect = grid.segment_rect(Segment(2, 600, 660, False, False), lane=1, lanes=4, spacing=2)
    assert rect == Rect(250 + 25, 600, 25 - 2, 60)


def test_min_height_keeps_short_sessions_clickable_inside_the_grid() -> None:
    grid = week()
    short = grid.segment_rect(Segment(0, 600, 600, False, False), min_height=20)
    assert short.height == 20 and short.y == 600
    at_bottom = grid.segment_rect(Segment(0, 1439, 1440, False, False), min_height=20)
    assert at_bottom.bottom == grid.height


def test_day_span_clips_all_day_sessions_to_the_visible_days() -> None:
    grid = week()
    assert grid.day_span(date(2026, 11, 24), date(2026, 11, 26)) == (1, 2)
    assert grid.day_span(date(2026, 11, 20), date(2026, 12, 5)) == (0, 6)
    assert grid.day_span(date(2026, 11, 25), date(2026, 11, 25)) == (2, 2)
    assert grid.day_span(date(2026, 12, 1), date(2026, 12, 2)) is None


def test_rect_contains_its_area_but_not_its_right_side() -> None:
    rect = Rect(10, 10, 20, 20)
    assert rect.contains(10, 10) and rect.contains(29.9, 30)
    assert not rect.contains(30, 20) and not rect.contains(9, 20)


@pytest.mark.parametrize(
    "changes",
    [{"day_start_hour": 10, "day_end_hour": 10}, {"day_end_hour": 25}, {"snap_minutes": 7},
     {"day_count": 0}, {"hour_height": 0}],
)
def test_impossible_grids_are_refused(changes: dict) -> None:
    with pytest.raises(ValueError):
        week(**changes)
