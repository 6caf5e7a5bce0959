"""The drag state machine of the time grid: pointer positions in, a snapped proposal out.

The recipe of KOrganizer and GNOME Calendar: a press on empty time starts a ghost, a press on a
session's body moves it, a press near its top or bottom edge resizes it; during the drag only the
graphic follows ``proposal``; ``release`` returns a *request* the ui turns into one service call
(after asking "this, following or all" for a recurring session); Escape calls ``cancel``. The
view redraws from the service's broadcast, never from where the item was dropped.

Times are naive wall-clock times of the view's zone; pointers carry pixels too, for the drag
threshold that keeps a click from being a drag.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sessions_desktop.presentation.geometry import TimeGrid
from sessions_desktop.presentation.hits import Part
from sessions_desktop.presentation.snapping import (
    MINUTES_PER_DAY,
    at_minute,
    check_snap,
    floor_minute,
    snap_datetime,
    snap_minute,
)


class DragState(StrEnum):
    IDLE = "idle"
    CREATING = "creating"
    MOVING = "moving"
    RESIZING_START = "resizing_start"
    RESIZING_END = "resizing_end"


class Gesture(StrEnum):
    """What a finished press-release was: nothing, a plain click, or a drag of some kind."""

    NONE = "none"
    CLICK = "click"
    CREATE = "create"
    MOVE = "move"
    RESIZE = "resize"


_STATE_FOR_PART = {
    Part.BODY: DragState.MOVING,
    Part.TOP_EDGE: DragState.RESIZING_START,
    Part.BOTTOM_EDGE: DragState.RESIZING_END,
}
_GESTURE_FOR_STATE = {
    DragState.CREATING: Gesture.CREATE,
    DragState.MOVING: Gesture.MOVE,
    DragState.RESIZING_START: Gesture.RESIZE,
    DragState.RESIZING_END: Gesture.RESIZE,
}


@dataclass(frozen=True, slots=True)
class Pointer:
    """A pointer position: scene pixels plus the day and unsnapped minute under it.

    Day and minute stay apart (rather than one datetime) so 24:00 of a column is not mistaken
    for 00:00 of the next; ``TimeGrid.locate`` gives them: ``Pointer(x, y, *grid.locate(x, y))``.
    """

    x: float
    y: float
    day: date
    minute: float

    @property
    def at(self) -> datetime:
        return at_minute(self.day, self.minute)


@dataclass(frozen=True, slots=True)
class Target:
    """The session under a press: its key, the part hit and its wall-clock start and end."""

    key: Hashable
    part: Part
    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class DragResult:
    """What ``release`` hands the ui. ``start``/``end`` are None when nothing is to change.

    A click on empty time carries the snap slot clicked (for selection or a double-click).
    """

    gesture: Gesture
    key: Hashable | None = None
    start: datetime | None = None
    end: datetime | None = None

    @property
    def changed(self) -> bool:
        return self.gesture in (Gesture.CREATE, Gesture.MOVE, Gesture.RESIZE) and (
            self.start is not None
        )


class DragMachine:
    """One drag at a time. ``press`` -> ``move``* -> ``release`` (or ``cancel``)."""

    def __init__(self, snap_minutes: int = 15, threshold: float = 6.0,
                 first_minute: int = 0, last_minute: int = MINUTES_PER_DAY) -> None:
        check_snap(snap_minutes)
        self.snap_minutes = snap_minutes
        self.threshold = threshold
        self.bounds = (first_minute, last_minute)
        self._reset()

    @classmethod
    def for_grid(cls, grid: TimeGrid, threshold: float = 6.0) -> DragMachine:
        """A machine snapping like ``grid`` and creating only within its visible hours."""
        return cls(grid.snap_minutes, threshold, grid.first_minute, grid.last_minute)

    def _reset(self) -> None:
        self._state = DragState.IDLE
        self._press: Pointer | None = None
        self._target: Target | None = None
        self._dragging = False
        self._proposal: tuple[datetime, datetime] | None = None

    @property
    def state(self) -> DragState:
        return self._state

    @property
    def dragging(self) -> bool:
        """True once the pointer went past the threshold: the press became a drag."""
        return self._dragging

    @property
    def proposal(self) -> tuple[datetime, datetime] | None:
        """The (start, end) the ghost shows now; None while a session is merely pressed."""
        return self._proposal

    @property
    def snap(self) -> timedelta:
        return timedelta(minutes=self.snap_minutes)

    def press(self, pointer: Pointer, target: Target | None = None) -> None:
        """Start a gesture; ``target`` is the session part under the pointer (``hit_test``)."""
        self._reset()
        self._press, self._target = pointer, target
        if target is None:
            self._state = DragState.CREATING
            self._proposal = self._create(pointer)
        else:
            self._state = _STATE_FOR_PART[target.part]

    def move(self, pointer: Pointer) -> tuple[datetime, datetime] | None:
        """Follow the pointer; returns the proposal to draw (unchanged below the threshold)."""
        if self._press is None:
            return None
        if not self._dragging:
            distance = abs(pointer.x - self._press.x) + abs(pointer.y - self._press.y)
            if distance < self.threshold:
                return self._proposal
            self._dragging = True
        self._proposal = self._propose(pointer)
        return self._proposal

    def release(self, pointer: Pointer | None = None) -> DragResult:
        """Finish the gesture and return to IDLE; ``pointer`` is a last move if given."""
        if pointer is not None:
            self.move(pointer)
        result = self._result()
        self._reset()
        return result

    def cancel(self) -> None:
        """Escape: drop the gesture and its ghost; the next release reports nothing."""
        self._reset()

    def _result(self) -> DragResult:
        if self._state is DragState.IDLE:
            return DragResult(Gesture.NONE)
        key = self._target.key if self._target else None
        if not self._dragging:
            start, end = self._proposal or (None, None)
            return DragResult(Gesture.CLICK, key, start, end)
        gesture = _GESTURE_FOR_STATE[self._state]
        if self._target and self._proposal == (self._target.start, self._target.end):
            return DragResult(gesture, key)
        start, end = self._proposal or (None, None)
        return DragResult(gesture, key, start, end)

    def _propose(self, pointer: Pointer) -> tuple[datetime, datetime]:
        if self._state is DragState.CREATING:
            return self._create(pointer)
        if self._state is DragState.MOVING:
            return self._move(pointer)
        return self._resize(pointer)

    def _create(self, pointer: Pointer) -> tuple[datetime, datetime]:
        """Cover every snap slot from the press to the pointer, in the press's day only.

        Creation stays in its column: the pointer's time of day counts, not its day, so a
        sideways slip never makes a multi-day session (resize the end for that).
        """
        assert self._press is not None
        first, last = self.bounds
        low, high = sorted(max(first, min(last, m)) for m in (self._press.minute, pointer.minute))
        start = floor_minute(low, self.snap_minutes)
        end = min(last, floor_minute(high, self.snap_minutes) + self.snap_minutes)
        start = min(start, end - self.snap_minutes)
        return at_minute(self._press.day, start), at_minute(self._press.day, end)

    def _move(self, pointer: Pointer) -> tuple[datetime, datetime]:
        """Keep the grab offset (no jump), snap the new start; may land on another day."""
        assert self._press is not None and self._target is not None
        grab = self._press.at - self._target.start
        start = snap_datetime(pointer.at - grab, self.snap_minutes)
        return start, start + (self._target.end - self._target.start)

    def _resize(self, pointer: Pointer) -> tuple[datetime, datetime]:
        """Move one edge to the snapped pointer; it stops one snap short of the other edge."""
        assert self._target is not None
        edge = at_minute(pointer.day, snap_minute(pointer.minute, self.snap_minutes))
        start, end = self._target.start, self._target.end
        if self._state is DragState.RESIZING_START:
            return min(edge, end - self.snap), end
        return start, max(edge, start + self.snap)
