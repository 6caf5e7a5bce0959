"""The calendar by keyboard alone: a slot cursor, sessions in Tab order, and nudges.

* The slot cursor of a time grid is one snap-long stretch of one day: arrows move it a snap up
  or down and a day left or right (past the shown days the view asks for the next period).
  It is where Enter creates and Paste puts a copy.
* Tab and Shift+Tab go through the sessions of a view in time order, from the cursor; past
  the last one, focus leaves the view (never a keyboard trap).
* A nudge moves or resizes the focused session by a step (Alt+arrows, Alt+Shift+arrows), on
  wall-clock times, as a drag would propose it; the window writes once, when the keys are let
  go, through the same path as a drop.

Everything is on naive wall-clock times of the zone the view shows, like ``geometry``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import Enum

DAY = timedelta(days=1)


class Arrow(Enum):
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Slot:
    """``length`` minutes of ``day`` from ``minute`` (minutes after midnight)."""

    day: date
    minute: int
    length: int

    @property
    def start(self) -> datetime:
        return datetime.combine(self.day, time()) + timedelta(minutes=self.minute)

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.length)


def slot_at(moment: datetime, snap: int, first_minute: int = 0, last_minute: int = 1440) -> Slot:
    """The slot holding ``moment``, kept inside the visible hours."""
    minute = moment.hour * 60 + moment.minute
    minute = minute // snap * snap
    minute = max(first_minute, min(last_minute - snap, minute))
    return Slot(moment.date(), minute, snap)


def move_slot(slot: Slot, arrow: Arrow, first_minute: int = 0,
              last_minute: int = 1440) -> Slot:
    """One step: a slot up or down (stopping at the visible hours' edges), a day sideways."""
    if arrow is Arrow.UP:
        return Slot(slot.day, max(first_minute, slot.minute - slot.length), slot.length)
    if arrow is Arrow.DOWN:
        return Slot(slot.day, min(last_minute - slot.length, slot.minute + slot.length),
                    slot.length)
    step = -DAY if arrow is Arrow.LEFT else DAY
    return Slot(slot.day + step, slot.minute, slot.length)


def tab_target(ordered: Sequence[tuple[str, datetime]], current: str | None,
               cursor: datetime | None, forward: bool) -> str | None:
    """The session Tab (``forward``) or Shift+Tab goes to: after or before the current one in
    (start, id) order, or from the cursor's time when none is current; None past the end,
    when focus leaves the view."""
    keys = [key for key, _ in ordered]
    if current in keys:
        index = keys.index(current) + (1 if forward else -1)
        return keys[index] if 0 <= index < len(keys) else None
    if cursor is None:
        return (keys[0] if forward else keys[-1]) if keys else None
    if forward:
        return next((key for key, start in ordered if start >= cursor), None)
    return next((key for key, start in reversed(ordered) if start < cursor), None)


@dataclass(frozen=True, slots=True)
class Nudge:
    """What one key press does to the pending proposal: move both ends or only the end."""

    arrow: Arrow
    resize: bool = False


def step_of(arrow: Arrow, snap: int, by_week: bool = False) -> timedelta:
    """The size of one nudge: a snap up or down in time views, a week in the month; a day
    sideways."""
    if arrow in (Arrow.LEFT, Arrow.RIGHT):
        return DAY
    return timedelta(days=7) if by_week else timedelta(minutes=snap)


def nudge(start: datetime, end: datetime, move: Nudge, snap: int, *, all_day: bool = False,
          by_week: bool = False) -> tuple[datetime, datetime]:
    """The proposal after one nudge. Up and Left are earlier. A resize changes only the end
    and never makes the session shorter than one step (a day for an all-day session). An
    all-day session moves and resizes by whole days; Up and Down move it a week."""
    if all_day:
        by_week = True
    step = step_of(move.arrow, snap, by_week)
    if all_day and step < DAY:
        step = DAY
    sign = -1 if move.arrow in (Arrow.UP, Arrow.LEFT) else 1
    if not move.resize:
        return start + sign * step, end + sign * step
    shortest = DAY if all_day else timedelta(minutes=snap)
    new_end = end + sign * step
    if new_end - start < shortest:
        new_end = start + shortest if end - start >= shortest else end
    return start, new_end
