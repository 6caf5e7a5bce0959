"""The drag state machine, driven with pointer positions as the week view would send them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from sessions_desktop.presentation.geometry import TimeGrid
from sessions_desktop.presentation.hits import Part
from sessions_desktop.presentation.interaction import (
    DragMachine,
    DragState,
    Gesture,
    Pointer,
    Target,
)

MONDAY = date(2026, 11, 23)
GRID = TimeGrid(MONDAY, hour_height=60.0, column_width=100.0, gutter_width=50.0)


def point(day: int, hour: int, minute: int = 0, *, dx: float = 40) -> Pointer:
    """The pointer at a wall-clock time in column ``day``, located through the grid's pixels."""
    x = GRID.x_for_day(day) + dx
    y = GRID.y_for_minute(hour * 60 + minute)
    return Pointer(x, y, *GRID.locate(x, y))


def wall(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 23 + day, hour, minute)


TEN, ELEVEN = wall(0, 10), wall(0, 11)


def session(part: Part, start: datetime = TEN, end: datetime = ELEVEN) -> Target:
    """Session "s1" (Monday 10:00 to 11:00 unless told) pressed on ``part``."""
    return Target("s1", part, start, end)


@pytest.fixture
def machine() -> DragMachine:
    return DragMachine.for_grid(GRID, threshold=6)


def test_press_on_empty_time_shows_a_one_slot_ghost(machine: DragMachine) -> None:
    machine.press(point(1, 10, 7))
    assert machine.state is DragState.CREATING
    assert machine.proposal == (wall(1, 10), wall(1, 10, 15))


def test_dragging_down_covers_every_slot_to_the_pointer(machine: DragMachine) -> None:
    machine.press(point(1, 10, 7))
    assert machine.move(point(1, 11, 20)) == (wall(1, 10), wall(1, 11, 30))
    result = machine.release()
    assert (result.gesture, result.key) == (Gesture.CREATE, None)
    assert (result.start, result.end) == (wall(1, 10), wall(1, 11, 30))
    assert result.changed and machine.state is DragState.IDLE


def test_dragging_up_grows_the_ghost_upward(machine: DragMachine) -> None:
    machine.press(point(1, 10, 7))
    result = machine.release(point(1, 9, 20))
    assert (result.start, result.end) == (wall(1, 9, 15), wall(1, 10, 15))


def test_creating_stays_in_the_column_it_started_in(machine: DragMachine) -> None:
    machine.press(point(1, 10))
    result = machine.release(point(3, 12, 10))
    assert (result.start, result.end) == (wall(1, 10), wall(1, 12, 15))


def test_creating_at_the_bottom_of_the_day_ends_at_midnight(machine: DragMachine) -> None:
    machine.press(point(1, 23, 55))
    result = machine.release(Pointer(90, 10_000, *GRID.locate(90, 10_000)))
    assert (result.start, result.end) == (wall(1, 23, 45), wall(2, 0))


def test_creating_stays_within_the_visible_hours() -> None:
    grid = TimeGrid(MONDAY, hour_height=60.0, day_start_hour=8, day_end_hour=18)
    machine = DragMachine.for_grid(grid)
    machine.press(Pointer(100, 0, MONDAY, 17 * 60 + 50))
    result = machine.release(Pointer(100, 50, MONDAY, 18 * 60))
    assert (result.start, result.end) == (wall(0, 17, 45), wall(0, 18))


def test_a_click_on_empty_time_is_not_a_drag(machine: DragMachine) -> None:
    machine.press(point(2, 14, 40))
    result = machine.release(point(2, 14, 42))  # 2 px: below the threshold
    assert result.gesture is Gesture.CLICK and not result.changed
    assert (result.start, result.end) == (wall(2, 14, 30), wall(2, 14, 45))


def test_moving_keeps_the_grab_offset_and_may_change_day(machine: DragMachine) -> None:
    machine.press(point(0, 10, 20), session(Part.BODY))
    assert machine.state is DragState.MOVING and machine.proposal is None
    assert machine.move(point(2, 14, 37)) == (wall(2, 14, 15), wall(2, 15, 15))
    result = machine.release()
    assert (result.gesture, result.key) == (Gesture.MOVE, "s1")
    assert (result.start, result.end) == (wall(2, 14, 15), wall(2, 15, 15))


def test_a_small_move_does_not_make_the_session_jump(machine: DragMachine) -> None:
    machine.press(point(0, 10, 20), session(Part.BODY))
    assert machine.move(point(0, 10, 24)) is None
    assert not machine.dragging
    assert machine.move(point(0, 10, 27)) == (wall(0, 10), wall(0, 11))  # 10:07 snaps back
    assert machine.move(point(0, 10, 30)) == (wall(0, 10, 15), wall(0, 11, 15))
    assert machine.dragging


def test_moving_back_to_the_same_place_changes_nothing(machine: DragMachine) -> None:
    machine.press(point(0, 10, 20), session(Part.BODY))
    machine.move(point(1, 12))
    result = machine.release(point(0, 10, 22))
    assert result.gesture is Gesture.MOVE and result.key == "s1"
    assert result.start is None and result.end is None and not result.changed


def test_a_click_on_a_session_is_a_click(machine: DragMachine) -> None:
    machine.press(point(0, 10, 30), session(Part.BODY))
    result = machine.release(point(0, 10, 31))
    assert (result.gesture, result.key, result.start) == (Gesture.CLICK, "s1", None)


def test_a_session_across_midnight_moves_from_its_second_day(machine: DragMachine) -> None:
    target = session(Part.BODY, wall(0, 22), wall(1, 2))
    machine.press(point(1, 1), target)
    result = machine.release(point(1, 1, 15))
    assert (result.start, result.end) == (wall(0, 22, 15), wall(1, 2, 15))


def test_moving_snaps_an_unaligned_start(machine: DragMachine) -> None:
    machine.press(point(0, 10, 30), session(Part.BODY, wall(0, 10, 7), wall(0, 10, 52)))
    result = machine.release(point(0, 10, 52))
    assert (result.start, result.end) == (wall(0, 10, 30), wall(0, 11, 15))


def test_resizing_the_bottom_edge_moves_only_the_end(machine: DragMachine) -> None:
    machine.press(point(0, 11), session(Part.BOTTOM_EDGE))
    assert machine.state is DragState.RESIZING_END
    result = machine.release(point(0, 12, 40))
    assert (result.gesture, result.key) == (Gesture.RESIZE, "s1")
    assert (result.start, result.end) == (wall(0, 10), wall(0, 12, 45))


def test_resizing_the_top_edge_moves_only_the_start(machine: DragMachine) -> None:
    machine.press(point(0, 10), session(Part.TOP_EDGE))
    assert machine.state is DragState.RESIZING_START
    result = machine.release(point(0, 8, 50))
    assert (result.start, result.end) == (wall(0, 8, 45), wall(0, 11))


def test_the_end_can_be_dragged_into_the_next_day(machine: DragMachine) -> None:
    machine.press(point(0, 11), session(Part.BOTTOM_EDGE))
    result = machine.release(point(1, 1))
    assert (result.start, result.end) == (wall(0, 10), wall(1, 1))


def test_an_edge_cannot_pass_the_other_edge(machine: DragMachine) -> None:
    machine.press(point(0, 11), session(Part.BOTTOM_EDGE))
    result = machine.release(point(0, 8))
    assert (result.start, result.end) == (wall(0, 10), wall(0, 10, 15))
    machine.press(point(0, 10), session(Part.TOP_EDGE))
    result = machine.release(point(0, 13))
    assert (result.start, result.end) == (wall(0, 10, 45), wall(0, 11))


def test_resizing_back_to_the_original_edge_changes_nothing(machine: DragMachine) -> None:
    machine.press(point(0, 11), session(Part.BOTTOM_EDGE))
    machine.move(point(0, 13))
    result = machine.release(point(0, 11, 3))
    assert result.gesture is Gesture.RESIZE and not result.changed


def test_escape_cancels_the_drag_and_its_ghost(machine: DragMachine) -> None:
    machine.press(point(0, 10, 20), session(Part.BODY))
    machine.move(point(3, 15))
    machine.cancel()
    assert machine.state is DragState.IDLE and machine.proposal is None
    assert machine.move(point(3, 16)) is None
    assert machine.release(point(3, 16)).gesture is Gesture.NONE


def test_a_new_press_starts_a_new_gesture(machine: DragMachine) -> None:
    machine.press(point(0, 10), session(Part.BODY))
    machine.move(point(2, 12))
    machine.press(point(4, 9))
    assert machine.state is DragState.CREATING and not machine.dragging
    assert machine.proposal == (wall(4, 9), wall(4, 9, 15))


def test_a_coarser_snap_and_threshold_apply() -> None:
    machine = DragMachine(snap_minutes=30, threshold=20)
    machine.press(Pointer(0, 0, MONDAY, 600), session(Part.BOTTOM_EDGE))
    assert machine.move(Pointer(0, 15, MONDAY, 700)) is None  # 15 px < 20 px
    assert machine.move(Pointer(0, 25, MONDAY, 700)) == (wall(0, 10), wall(0, 11, 30))
    with pytest.raises(ValueError):
        DragMachine(snap_minutes=25)
